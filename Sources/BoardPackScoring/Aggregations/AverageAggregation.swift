import BoardPackCore
import Foundation

/// `aggregation: average`: the mean of the fiscal year's values given up to the report
/// quarter, against the annual target.
///
/// The figure is nil (NO_DATA) when the report quarter's own value is missing, as for
/// `cumulative`: an average of older quarters must not pass for this quarter's return.
/// Earlier quarters not returned are left out of the mean.
public struct AverageAggregation: AggregationRule, ScaledAggregationRule, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "average", kind: .aggregation, summary: "Mean of the fiscal year's values to date against the target")
    public static let ruleName = "average"

    public init() {}

    public var isCumulative: Bool { false }

    public func figure(yearToDate: [Decimal?]) -> Decimal? {
        guard let last = yearToDate.last, last != nil else { return nil }
        let given = yearToDate.compactMap { $0 }
        return given.reduce(Decimal(0), +) / Decimal(given.count)
    }

    func scaledFigure(yearToDate: [ScaledDecimal?]) -> ScaledOutcome {
        guard let last = yearToDate.last, last != nil else { return .none }
        var count: Int64 = 0
        for value in yearToDate where value != nil { count += 1 }
        guard let sum = yearToDate.lazy.compactMap({ $0 }).exactSum(),
              let mean = sum.divided(by: ScaledDecimal(units: count, scale: 0))
        else { return .needsDecimal }
        return .figure(mean)
    }

    public func targetToDate(annualTarget: Decimal, quarter: Int, profile: [Decimal]?) -> Decimal { annualTarget }

    public static func evaluate(_ input: AggregationInput) -> AggregationOutput { run(input) }

    public static let examples: [RuleExample<AggregationInput, AggregationOutput>] = [
        RuleExample(
            "mean of 94.9, 95.1 and 95 is exactly 95",
            AggregationInput(yearToDate: [dec("94.9"), dec("95.1"), 95], annualTarget: 95),
            AggregationOutput(figure: 95, target: 95)),
        RuleExample(
            "a quarter not returned is left out of the mean",
            AggregationInput(yearToDate: [90, nil, 96], annualTarget: 95),
            AggregationOutput(figure: 93, target: 95)),
        RuleExample(
            "the report quarter not returned: no figure",
            AggregationInput(yearToDate: [90, 96, nil], annualTarget: 95),
            AggregationOutput(figure: nil, target: 95)),
    ]
}
