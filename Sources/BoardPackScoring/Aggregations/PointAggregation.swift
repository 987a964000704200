import BoardPackCore
import Foundation

/// `aggregation: point` (the default): the report quarter's own value against the annual
/// target.
public struct PointAggregation: AggregationRule, ScaledAggregationRule, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "point", kind: .aggregation, summary: "The period's own value against the target (default)")
    public static let ruleName = "point"

    public init() {}

    public var isCumulative: Bool { false }

    /// The report quarter's value; nil when it has none (earlier quarters do not stand in).
    public func figure(yearToDate: [Decimal?]) -> Decimal? { yearToDate.last ?? nil }

    func scaledFigure(yearToDate: [ScaledDecimal?]) -> ScaledOutcome {
        guard let last = yearToDate.last, let last else { return .none }
        return .figure(last)
    }

    public func targetToDate(annualTarget: Decimal, quarter: Int, profile: [Decimal]?) -> Decimal { annualTarget }

    public static func evaluate(_ input: AggregationInput) -> AggregationOutput { run(input) }

    public static let examples: [RuleExample<AggregationInput, AggregationOutput>] = [
        RuleExample(
            "Q3 is Q3's value against the annual target",
            AggregationInput(yearToDate: [90, 92, dec("94.5")], annualTarget: 95),
            AggregationOutput(figure: dec("94.5"), target: 95)),
        RuleExample(
            "a missing Q3 value is no value, even with earlier ones",
            AggregationInput(yearToDate: [90, 92, nil], annualTarget: 95),
            AggregationOutput(figure: nil, target: 95)),
    ]
}
