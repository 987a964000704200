import Foundation

/// The quarterly returns of `actuals/*.csv`. Every row keeps the line it came from, so
/// later steps can point a user at it.
public struct Returns: Hashable, Sendable {
    public var kpiValues: [KPIValue]
    public var milestoneUpdates: [MilestoneUpdate]
    public var riskUpdates: [RiskUpdate]
    public var financeActuals: [FinanceActual]

    public init(
        kpiValues: [KPIValue] = [], milestoneUpdates: [MilestoneUpdate] = [],
        riskUpdates: [RiskUpdate] = [], financeActuals: [FinanceActual] = []
    ) {
        self.kpiValues = kpiValues
        self.milestoneUpdates = milestoneUpdates
        self.riskUpdates = riskUpdates
        self.financeActuals = financeActuals
    }

    /// Every period that has a return of any kind, in order.
    public var periods: [Period] {
        Set(kpiValues.map(\.period) + milestoneUpdates.map(\.period) + riskUpdates.map(\.period)).sorted()
    }
}

/// Where a row came from.
public struct SourceLine: Hashable, Sendable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}

/// A row of `actuals/kpis.csv`: a KPI's value for a period, overall or for a partner.
public struct KPIValue: Hashable, Sendable {
    public var kpi: String
    public var period: Period
    /// nil: the overall figure.
    public var partner: String?
    /// nil: not given. For status KPIs, the position on the scale.
    public var value: Decimal?
    public var commentary: String?
    public var source: SourceLine?

    public init(
        kpi: String, period: Period, partner: String? = nil, value: Decimal?, commentary: String? = nil,
        source: SourceLine? = nil
    ) {
        self.kpi = kpi
        self.period = period
        self.partner = partner
        self.value = value
        self.commentary = commentary
        self.source = source
    }
}

/// What a milestone's owner reported, as written in `actuals/milestones.csv`.
public enum MilestoneState: String, CaseIterable, Hashable, Sendable {
    case notStarted = "not started"
    case inProgress = "in progress"
    case complete
    case onHold = "on hold"
    case cancelled
}

/// A gateway review's decision.
public enum GateDecision: String, CaseIterable, Hashable, Sendable {
    case passed, failed, deferred
}

/// A Delivery Confidence Assessment, five-point or three-point (since 2021).
public enum DeliveryConfidence: String, CaseIterable, Hashable, Sendable {
    case green = "GREEN"
    case amberGreen = "AMBER/GREEN"
    case amber = "AMBER"
    case amberRed = "AMBER/RED"
    case red = "RED"

    /// Gates assessed RED or AMBER/RED are exceptions.
    public var isException: Bool { self == .red || self == .amberRed }
}

/// Which of a gate's quality criteria were met.
public enum CriteriaMet: Hashable, Sendable {
    case all
    /// 1-based criterion numbers.
    case numbers([Int])

    /// 1-based numbers of the criteria not met, out of `count`.
    public func unmet(outOf count: Int) -> [Int] {
        switch self {
        case .all: return []
        case .numbers(let met): return (1...max(count, 1)).filter { $0 <= count && !met.contains($0) }
        }
    }
}

/// A row of `actuals/milestones.csv`.
public struct MilestoneUpdate: Hashable, Sendable {
    public var milestone: String
    public var period: Period
    public var status: MilestoneState?
    public var forecast: Day?
    public var completed: Day?
    public var decision: GateDecision?
    public var dca: DeliveryConfidence?
    public var criteriaMet: CriteriaMet?
    public var commentary: String?
    public var source: SourceLine?

    public init(
        milestone: String, period: Period, status: MilestoneState? = nil, forecast: Day? = nil,
        completed: Day? = nil, decision: GateDecision? = nil, dca: DeliveryConfidence? = nil,
        criteriaMet: CriteriaMet? = nil, commentary: String? = nil, source: SourceLine? = nil
    ) {
        self.milestone = milestone
        self.period = period
        self.status = status
        self.forecast = forecast
        self.completed = completed
        self.decision = decision
        self.dca = dca
        self.criteriaMet = criteriaMet
        self.commentary = commentary
        self.source = source
    }
}

/// A row of `actuals/risks.csv`: a reassessment of a risk.
public struct RiskUpdate: Hashable, Sendable {
    public var risk: String
    public var period: Period
    public var likelihood: Int?
    public var impact: Int?
    public var commentary: String?
    public var source: SourceLine?

    public init(
        risk: String, period: Period, likelihood: Int? = nil, impact: Int? = nil, commentary: String? = nil,
        source: SourceLine? = nil
    ) {
        self.risk = risk
        self.period = period
        self.likelihood = likelihood
        self.impact = impact
        self.commentary = commentary
        self.source = source
    }
}

/// A row of `actuals/finance.csv`: spend to date on a finance line in a fiscal year.
public struct FinanceActual: Hashable, Sendable {
    public var line: String
    public var year: Int
    public var actual: Decimal
    public var source: SourceLine?

    public init(line: String, year: Int, actual: Decimal, source: SourceLine? = nil) {
        self.line = line
        self.year = year
        self.actual = actual
        self.source = source
    }
}
