import Foundation

/// The programme's finance tables: baseline and revised budget per line per fiscal year.
public struct Finance: Hashable, Sendable {
    /// Fiscal years (2017 for 2017/18), in order.
    public var years: [Int]
    /// Cost before the programme, one line per cost heading, one amount per year.
    public var baseline: [FinanceLine]
    /// The revised budget, the same lines.
    public var budget: [FinanceLine]
    /// The amber band for spend over budget (default 5 %).
    public var overspendTolerance: Tolerance

    public init(
        years: [Int], baseline: [FinanceLine], budget: [FinanceLine],
        overspendTolerance: Tolerance = .percent(5)
    ) {
        self.years = years
        self.baseline = baseline
        self.budget = budget
        self.overspendTolerance = overspendTolerance
    }
}

/// One cost heading ("Staff", "Other") with an amount per finance year.
public struct FinanceLine: Hashable, Sendable {
    public var name: String
    public var amounts: [Decimal]

    public init(name: String, amounts: [Decimal]) {
        self.name = name
        self.amounts = amounts
    }
}
