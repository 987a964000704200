import Foundation

/// A programme's strategy as its strategic lead keeps it in `plan.yaml`.
public struct Plan: Hashable, Sendable {
    public var programme: Programme
    public var partners: [Partner]
    public var phases: [Phase]
    public var gates: [Gate]
    public var workstreams: [Workstream]
    public var kpis: [KPI]
    public var risks: [Risk]
    public var finance: Finance?

    public init(
        programme: Programme, partners: [Partner] = [], phases: [Phase] = [], gates: [Gate] = [],
        workstreams: [Workstream] = [], kpis: [KPI] = [], risks: [Risk] = [], finance: Finance? = nil
    ) {
        self.programme = programme
        self.partners = partners
        self.phases = phases
        self.gates = gates
        self.workstreams = workstreams
        self.kpis = kpis
        self.risks = risks
        self.finance = finance
    }

    /// The fiscal calendar the plan reports in.
    public var calendar: FiscalCalendar { FiscalCalendar(startMonth: programme.fiscalYearStartMonth) }

    /// Every project, in plan order, with the workstream that holds it.
    public var projects: [(workstream: Workstream, project: Project)] {
        workstreams.flatMap { ws in ws.projects.map { (ws, $0) } }
    }

    /// Every milestone, in plan order, with its project and workstream.
    public var milestones: [(workstream: Workstream, project: Project, milestone: Milestone)] {
        workstreams.flatMap { ws in ws.projects.flatMap { p in p.milestones.map { (ws, p, $0) } } }
    }
}

/// The strategy being delivered, e.g. "3C ICT & Digital Strategy".
public struct Programme: Hashable, Sendable {
    /// `[a-z0-9-]+`, used in output file names.
    public var id: String
    public var title: String
    public var owner: String?
    /// 1...12; default 4 (April).
    public var fiscalYearStartMonth: Int
    public var start: Day
    public var end: Day
    /// Printed on every page of a pack, e.g. OFFICIAL.
    public var classification: String?
    /// The amber band for milestone slippage, in days (default 30).
    public var milestoneToleranceDays: Int
    /// The name of the roll-up plugin (default `worst`).
    public var rollup: String

    public init(
        id: String, title: String, owner: String? = nil, fiscalYearStartMonth: Int = 4,
        start: Day, end: Day, classification: String? = nil, milestoneToleranceDays: Int = 30,
        rollup: String = "worst"
    ) {
        self.id = id
        self.title = title
        self.owner = owner
        self.fiscalYearStartMonth = fiscalYearStartMonth
        self.start = start
        self.end = end
        self.classification = classification
        self.milestoneToleranceDays = milestoneToleranceDays
        self.rollup = rollup
    }
}

/// A council sharing the programme, with its cost share in percent.
public struct Partner: Hashable, Sendable {
    public var id: String
    public var name: String
    public var share: Decimal?

    public init(id: String, name: String, share: Decimal? = nil) {
        self.id = id
        self.name = name
        self.share = share
    }
}

/// A time slice of the roadmap, e.g. "Short term (0-1 years)".
public struct Phase: Hashable, Sendable {
    public var id: String
    public var title: String
    public var start: Day
    public var end: Day

    public init(id: String, title: String, start: Day, end: Day) {
        self.id = id
        self.title = title
        self.start = start
        self.end = end
    }
}

/// A stage-gate definition (OGC Gateway style) with its quality criteria.
public struct Gate: Hashable, Sendable {
    public var id: String
    public var title: String
    public var criteria: [String]

    public init(id: String, title: String, criteria: [String] = []) {
        self.id = id
        self.title = title
        self.criteria = criteria
    }
}

/// A strand of the strategy, holding projects.
public struct Workstream: Hashable, Sendable {
    public var id: String
    public var title: String
    public var lead: String?
    public var projects: [Project]

    public init(id: String, title: String, lead: String? = nil, projects: [Project] = []) {
        self.id = id
        self.title = title
        self.lead = lead
        self.projects = projects
    }
}

/// MoSCoW priority.
public enum Priority: String, CaseIterable, Hashable, Sendable {
    case must, should, could, wont
}

/// A project within a workstream, with dated milestones.
public struct Project: Hashable, Sendable {
    public var id: String
    public var title: String
    /// A phase id.
    public var phase: String?
    public var lead: String?
    /// Partner ids.
    public var partners: [String]
    public var priority: Priority?
    public var milestones: [Milestone]

    public init(
        id: String, title: String, phase: String? = nil, lead: String? = nil, partners: [String] = [],
        priority: Priority? = nil, milestones: [Milestone] = []
    ) {
        self.id = id
        self.title = title
        self.phase = phase
        self.lead = lead
        self.partners = partners
        self.priority = priority
        self.milestones = milestones
    }
}

/// A dated deliverable of a project; with `gate` it is a stage gate.
public struct Milestone: Hashable, Sendable {
    public var id: String
    public var title: String
    public var due: Day
    /// A gate id: this milestone is a stage gate.
    public var gate: String?

    public init(id: String, title: String, due: Day, gate: String? = nil) {
        self.id = id
        self.title = title
        self.due = due
        self.gate = gate
    }
}

/// A risk on the register; likelihood and impact are 1...5.
public struct Risk: Hashable, Sendable {
    public var id: String
    public var title: String
    public var owner: String?
    public var likelihood: Int
    public var impact: Int
    public var mitigation: String?

    public init(
        id: String, title: String, owner: String? = nil, likelihood: Int, impact: Int,
        mitigation: String? = nil
    ) {
        self.id = id
        self.title = title
        self.owner = owner
        self.likelihood = likelihood
        self.impact = impact
        self.mitigation = mitigation
    }
}
