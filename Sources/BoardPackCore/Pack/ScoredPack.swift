import Foundation

/// A quarter scored: everything an exporter writes. Built by the scoring engine from a
/// ``Plan`` and its ``Returns``; exporters only format it.
public struct ScoredPack: Hashable, Sendable {
    /// The version of the json pack's schema; bump it when a field changes meaning or goes.
    public static let schemaVersion = 1

    public var plan: Plan
    public var period: Period
    /// The last day of `period`.
    public var reportDate: Day
    public var overall: Status
    /// The overall status a quarter earlier, when that quarter is inside the programme.
    public var previousOverall: Status?
    /// One entry per figure: each KPI's overall figure, then its partners' figures.
    public var kpis: [KPIResult]
    /// Each KPI's overall figure for every quarter of the programme up to `period`.
    public var kpiHistory: [KPIHistory]
    public var milestones: [MilestoneResult]
    public var projects: [RollupResult]
    public var workstreams: [RollupResult]
    public var risks: [RiskResult]
    public var finance: FinanceResult?
    /// Worst first.
    public var exceptions: [PackException]
    public var dataQuality: [DataQualityNote]

    public init(
        plan: Plan, period: Period, reportDate: Day, overall: Status, previousOverall: Status? = nil,
        kpis: [KPIResult] = [], kpiHistory: [KPIHistory] = [], milestones: [MilestoneResult] = [],
        projects: [RollupResult] = [], workstreams: [RollupResult] = [], risks: [RiskResult] = [],
        finance: FinanceResult? = nil, exceptions: [PackException] = [], dataQuality: [DataQualityNote] = []
    ) {
        self.plan = plan
        self.period = period
        self.reportDate = reportDate
        self.overall = overall
        self.previousOverall = previousOverall
        self.kpis = kpis
        self.kpiHistory = kpiHistory
        self.milestones = milestones
        self.projects = projects
        self.workstreams = workstreams
        self.risks = risks
        self.finance = finance
        self.exceptions = exceptions
        self.dataQuality = dataQuality
    }

    public var calendar: FiscalCalendar { plan.calendar }
    /// `2017/18 Q3`.
    public var periodLabel: String { calendar.label(period) }
    /// `<programme id>-<fiscal year with '-'>-Q<n>`, e.g. `3c-ict-2017-18-Q3`.
    public var packName: String { "\(plan.programme.id)-\(calendar.fileStem(period))" }
}

/// One scored KPI figure (the overall figure, or one partner's).
public struct KPIResult: Hashable, Sendable {
    public var kpiID: String
    public var title: String
    /// nil: the overall figure.
    public var partner: String?
    public var unit: KPIUnit
    public var polarity: Polarity
    public var frequency: Frequency
    public var aggregation: String
    public var status: Status
    /// The figure compared: for cumulative KPIs the year to date.
    public var value: Decimal?
    /// The target compared: for cumulative KPIs the target to date.
    public var target: Decimal?
    public var amber: Decimal?
    /// The full-year target, for cumulative KPIs.
    public var annualTarget: Decimal?
    /// The latest value reported up to the period (shown for NOT_DUE figures).
    public var latestValue: Decimal?
    public var latestPeriod: Period?
    /// The fiscal year to date, for cumulative KPIs (also when NOT_DUE).
    public var yearToDate: Decimal?
    public var trend: Trend
    public var trendYear: Trend
    public var commentary: String?
    public var previousStatus: Status?
    public var workstream: String?

    public init(
        kpiID: String, title: String, partner: String? = nil, unit: KPIUnit, polarity: Polarity = .higher,
        frequency: Frequency = .quarterly, aggregation: String = "point", status: Status,
        value: Decimal? = nil, target: Decimal? = nil, amber: Decimal? = nil, annualTarget: Decimal? = nil,
        latestValue: Decimal? = nil, latestPeriod: Period? = nil, yearToDate: Decimal? = nil,
        trend: Trend = .none, trendYear: Trend = .none, commentary: String? = nil,
        previousStatus: Status? = nil, workstream: String? = nil
    ) {
        self.kpiID = kpiID
        self.title = title
        self.partner = partner
        self.unit = unit
        self.polarity = polarity
        self.frequency = frequency
        self.aggregation = aggregation
        self.status = status
        self.value = value
        self.target = target
        self.amber = amber
        self.annualTarget = annualTarget
        self.latestValue = latestValue
        self.latestPeriod = latestPeriod
        self.yearToDate = yearToDate
        self.trend = trend
        self.trendYear = trendYear
        self.commentary = commentary
        self.previousStatus = previousStatus
        self.workstream = workstream
    }
}

/// A KPI's overall figure quarter by quarter, for trend sheets and charts.
public struct KPIHistory: Hashable, Sendable {
    public var kpiID: String
    public var points: [KPIHistoryPoint]

    public init(kpiID: String, points: [KPIHistoryPoint]) {
        self.kpiID = kpiID
        self.points = points
    }

    /// The quarters every history covers, oldest first.
    public static func quarters(of histories: [KPIHistory]) -> [Period] {
        guard let first = histories.first?.points.map(\.period) else { return [] }
        // The scorer gives every KPI the same quarters; a pack built otherwise gets their union.
        if histories.allSatisfy({ $0.points.count == first.count && $0.points.first?.period == first.first }) {
            return first
        }
        return Set(histories.flatMap { $0.points.map(\.period) }).sorted()
    }
}

public struct KPIHistoryPoint: Hashable, Sendable {
    public var period: Period
    public var value: Decimal?
    public var target: Decimal?
    public var status: Status

    public init(period: Period, value: Decimal?, target: Decimal?, status: Status) {
        self.period = period
        self.value = value
        self.target = target
        self.status = status
    }
}

/// A milestone or stage gate, scored at the report date.
public struct MilestoneResult: Hashable, Sendable {
    public var id: String
    public var title: String
    public var projectID: String
    public var workstreamID: String
    public var due: Day
    /// The latest forecast reported up to the period (default: the due date).
    public var forecast: Day?
    public var completed: Day?
    /// Forecast − due, in days, for milestones not yet complete.
    public var slipDays: Int?
    /// Days late, for milestones completed after their due date.
    public var daysLate: Int?
    /// The latest reported state up to the period.
    public var reported: MilestoneState?
    public var status: Status
    /// True when due before the report date and not complete.
    public var overdue: Bool
    public var gate: String?
    public var decision: GateDecision?
    public var dca: DeliveryConfidence?
    public var criteriaMet: CriteriaMet?
    /// 1-based numbers of the gate's criteria not met.
    public var unmetCriteria: [Int]
    /// Reported in progress or complete while a gate guarding it is not passed.
    public var gateBypassed: Bool
    /// The gate milestone that was bypassed, when `gateBypassed`.
    public var bypassedGate: String?
    public var commentary: String?
    public var previousStatus: Status?

    public init(
        id: String, title: String, projectID: String, workstreamID: String, due: Day, forecast: Day? = nil,
        completed: Day? = nil, slipDays: Int? = nil, daysLate: Int? = nil, reported: MilestoneState? = nil,
        status: Status, overdue: Bool = false, gate: String? = nil, decision: GateDecision? = nil,
        dca: DeliveryConfidence? = nil, criteriaMet: CriteriaMet? = nil, unmetCriteria: [Int] = [],
        gateBypassed: Bool = false, bypassedGate: String? = nil, commentary: String? = nil,
        previousStatus: Status? = nil
    ) {
        self.id = id
        self.title = title
        self.projectID = projectID
        self.workstreamID = workstreamID
        self.due = due
        self.forecast = forecast
        self.completed = completed
        self.slipDays = slipDays
        self.daysLate = daysLate
        self.reported = reported
        self.status = status
        self.overdue = overdue
        self.gate = gate
        self.decision = decision
        self.dca = dca
        self.criteriaMet = criteriaMet
        self.unmetCriteria = unmetCriteria
        self.gateBypassed = gateBypassed
        self.bypassedGate = bypassedGate
        self.commentary = commentary
        self.previousStatus = previousStatus
    }
}

/// A project's or workstream's rolled-up status.
public struct RollupResult: Hashable, Sendable {
    public var id: String
    public var title: String
    public var status: Status
    public var previousStatus: Status?

    public init(id: String, title: String, status: Status, previousStatus: Status? = nil) {
        self.id = id
        self.title = title
        self.status = status
        self.previousStatus = previousStatus
    }
}

/// A risk, scored on its latest assessment up to the period.
public struct RiskResult: Hashable, Sendable {
    public var id: String
    public var title: String
    public var owner: String?
    public var likelihood: Int
    public var impact: Int
    /// likelihood × impact.
    public var score: Int
    public var status: Status
    /// Against the previous score (lower is better).
    public var trend: Trend
    public var previousScore: Int?
    public var mitigation: String?
    public var commentary: String?
    public var previousStatus: Status?

    public init(
        id: String, title: String, owner: String? = nil, likelihood: Int, impact: Int, score: Int,
        status: Status, trend: Trend = .none, previousScore: Int? = nil, mitigation: String? = nil,
        commentary: String? = nil, previousStatus: Status? = nil
    ) {
        self.id = id
        self.title = title
        self.owner = owner
        self.likelihood = likelihood
        self.impact = impact
        self.score = score
        self.status = status
        self.trend = trend
        self.previousScore = previousScore
        self.mitigation = mitigation
        self.commentary = commentary
        self.previousStatus = previousStatus
    }
}

/// The finance tables, computed.
public struct FinanceResult: Hashable, Sendable {
    public var years: [FinanceYearResult]
    /// All years together (`year` nil).
    public var total: FinanceYearResult
    /// Budget against actual spend, for each line and year that has an actual.
    public var lines: [FinanceLineResult]

    public init(years: [FinanceYearResult], total: FinanceYearResult, lines: [FinanceLineResult]) {
        self.years = years
        self.total = total
        self.lines = lines
    }
}

public struct FinanceYearResult: Hashable, Sendable {
    /// The fiscal year, nil for the total.
    public var year: Int?
    public var baseline: Decimal
    public var budget: Decimal
    /// baseline − budget.
    public var savings: Decimal
    /// Savings as a percentage of baseline, rounded to one decimal place (8.0 is 8 %).
    public var savingsPercent: Decimal
    public var cumulativeSavings: Decimal
    /// Each partner's share of the budget, in plan order.
    public var partnerShares: [PartnerAmount]

    public init(
        year: Int?, baseline: Decimal, budget: Decimal, savings: Decimal, savingsPercent: Decimal,
        cumulativeSavings: Decimal, partnerShares: [PartnerAmount] = []
    ) {
        self.year = year
        self.baseline = baseline
        self.budget = budget
        self.savings = savings
        self.savingsPercent = savingsPercent
        self.cumulativeSavings = cumulativeSavings
        self.partnerShares = partnerShares
    }
}

public struct PartnerAmount: Hashable, Sendable {
    public var partner: String
    public var amount: Decimal

    public init(partner: String, amount: Decimal) {
        self.partner = partner
        self.amount = amount
    }
}

public struct FinanceLineResult: Hashable, Sendable {
    public var line: String
    public var year: Int
    public var budget: Decimal
    public var actual: Decimal?
    /// actual − budget.
    public var variance: Decimal?
    public var status: Status

    public init(line: String, year: Int, budget: Decimal, actual: Decimal?, variance: Decimal?, status: Status) {
        self.line = line
        self.year = year
        self.budget = budget
        self.actual = actual
        self.variance = variance
        self.status = status
    }
}

/// What kind of exception a board is asked to look at. Raw values are the json words.
public enum ExceptionKind: String, CaseIterable, Hashable, Sendable {
    case kpiRed = "KPI_RED"
    case kpiNoData = "KPI_NO_DATA"
    case milestoneOverdue = "MILESTONE_OVERDUE"
    case milestoneRed = "MILESTONE_RED"
    case gateBypassed = "GATE_BYPASSED"
    case gateFailed = "GATE_FAILED"
    case gateCriteriaUnmet = "GATE_CRITERIA_UNMET"
    case gateDCA = "GATE_DCA"
    case riskRed = "RISK_RED"
    case financeRed = "FINANCE_RED"

    /// A heading for readers.
    public var title: String {
        switch self {
        case .kpiRed: return "KPI off target"
        case .kpiNoData: return "KPI return missing"
        case .milestoneOverdue: return "Milestone overdue"
        case .milestoneRed: return "Milestone slipping beyond tolerance"
        case .gateBypassed: return "Stage gate bypassed"
        case .gateFailed: return "Stage gate failed"
        case .gateCriteriaUnmet: return "Gate passed with criteria unmet"
        case .gateDCA: return "Low delivery confidence at gate"
        case .riskRed: return "Red risk"
        case .financeRed: return "Overspend beyond tolerance"
        }
    }
}

/// One item a board manages by exception.
public struct PackException: Hashable, Sendable {
    public var kind: ExceptionKind
    /// The item's id (KPI id, milestone id, risk id, or `line year` for finance).
    public var id: String
    public var title: String
    /// The partner, for a partner's KPI figure.
    public var partner: String?
    public var status: Status
    /// A short fact, e.g. "45 days overdue" or "76.0% against a target of 80%".
    public var detail: String
    public var commentary: String?

    public init(
        kind: ExceptionKind, id: String, title: String, partner: String? = nil, status: Status,
        detail: String, commentary: String? = nil
    ) {
        self.kind = kind
        self.id = id
        self.title = title
        self.partner = partner
        self.status = status
        self.detail = detail
        self.commentary = commentary
    }
}

/// A data-quality note: a missing return, a RED or NO_DATA figure without commentary, or a
/// warning from validation.
public struct DataQualityNote: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case missingReturn = "missing_return"
        case noCommentary = "no_commentary"
        case validationWarning = "validation_warning"
    }

    public var kind: Kind
    public var id: String?
    public var message: String

    public init(kind: Kind, id: String?, message: String) {
        self.kind = kind
        self.id = id
        self.message = message
    }
}
