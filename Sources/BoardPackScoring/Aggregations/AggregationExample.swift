import BoardPackCore
import Foundation

/// The input of an aggregation example: the year's values up to the report quarter, and
/// the annual target with an optional profile.
public struct AggregationInput: Hashable, Sendable {
    /// Quarter i+1's value at index i; the last is the report quarter's.
    public var yearToDate: [Decimal?]
    public var annualTarget: Decimal
    public var profile: [Decimal]?

    public init(yearToDate: [Decimal?], annualTarget: Decimal, profile: [Decimal]? = nil) {
        self.yearToDate = yearToDate
        self.annualTarget = annualTarget
        self.profile = profile
    }

    public var quarter: Int { yearToDate.count }
}

/// What an aggregation gives: the figure compared and the target for the quarter.
public struct AggregationOutput: Hashable, Sendable {
    public var figure: Decimal?
    public var target: Decimal

    public init(figure: Decimal?, target: Decimal) {
        self.figure = figure
        self.target = target
    }
}

extension AggregationRule {
    /// Applies the aggregation to an example's input.
    static func run(_ input: AggregationInput) -> AggregationOutput {
        let rule = Self()
        return AggregationOutput(
            figure: rule.figure(yearToDate: input.yearToDate),
            target: rule.targetToDate(annualTarget: input.annualTarget, quarter: input.quarter, profile: input.profile))
    }
}
