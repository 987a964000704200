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
