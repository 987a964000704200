import BoardPackCore
import Foundation

/// `aggregation: cumulative`: the sum of the fiscal year's values up to the report quarter
/// against the target to date, the annual target × quarter/4 or, with `profile`, the
/// profile's percentage for the quarter.
///
/// The figure is nil (NO_DATA) when the report quarter's own value is missing: a year to
/// date that silently stops at last quarter would look like a flat quarter, and the
/// missing return is what a board must be told about. Earlier quarters that were not
/// returned add nothing.
public struct CumulativeAggregation: AggregationRule, ScaledAggregationRule, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "cumulative", kind: .aggregation,
        summary: "Fiscal year to date (sum) against the target to date (pro rata or profile)")
    public static let ruleName = "cumulative"

    public init() {}

    public var isCumulative: Bool { true }

    public func figure(yearToDate: [Decimal?]) -> Decimal? {
        guard let last = yearToDate.last, last != nil else { return nil }
        return yearToDate.reduce(Decimal(0)) { $0 + ($1 ?? 0) }
    }

    func scaledFigure(yearToDate: [ScaledDecimal?]) -> ScaledOutcome {
        guard let last = yearToDate.last, last != nil else { return .none }
        return yearToDate.lazy.compactMap { $0 }.exactSum().map(ScaledOutcome.figure) ?? .needsDecimal
    }

    /// A profile shorter than the quarter falls back to pro rata.
    public func targetToDate(annualTarget: Decimal, quarter: Int, profile: [Decimal]?) -> Decimal {
        if let profile, profile.indices.contains(quarter - 1) {
            return annualTarget.percent(profile[quarter - 1])
        }
        // quarter/4 of the year is quarter × 25 %.
        return annualTarget.percent(Decimal(quarter * 25))
    }

    public static func evaluate(_ input: AggregationInput) -> AggregationOutput { run(input) }

    public static let examples: [RuleExample<AggregationInput, AggregationOutput>] = [
        RuleExample(
            "Q1: a quarter of the annual target",
            AggregationInput(yearToDate: [20000], annualTarget: 80000),
            AggregationOutput(figure: 20000, target: 20000)),
        RuleExample(
            "Q3: sum of three quarters against three quarters of the target",
            AggregationInput(yearToDate: [10000, 20000, 25000], annualTarget: 80000),
            AggregationOutput(figure: 55000, target: 60000)),
        RuleExample(
            "Q2 with profile [10, 30, 60, 100]: 30% of the target",
            AggregationInput(yearToDate: [8000, 16000], annualTarget: 80000, profile: [10, 30, 60, 100]),
            AggregationOutput(figure: 24000, target: 24000)),
        RuleExample(
            "Q4 with a profile: the whole target",
            AggregationInput(yearToDate: [1, 2, 3, 4], annualTarget: 80000, profile: [10, 30, 60, 100]),
            AggregationOutput(figure: 10, target: 80000)),
        RuleExample(
            "0.1 + 0.2 is exactly 0.3",
            AggregationInput(yearToDate: [dec("0.1"), dec("0.2")], annualTarget: dec("0.6")),
            AggregationOutput(figure: dec("0.3"), target: dec("0.3"))),
        RuleExample(
            "an earlier quarter not returned adds nothing",
            AggregationInput(yearToDate: [nil, 500, 700], annualTarget: 4000),
            AggregationOutput(figure: 1200, target: 3000)),
        RuleExample(
            "the report quarter not returned: no figure",
            AggregationInput(yearToDate: [500, 700, nil], annualTarget: 4000),
            AggregationOutput(figure: nil, target: 3000)),
    ]
}
