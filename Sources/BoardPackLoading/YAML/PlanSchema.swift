/// The keys of plan.yaml, level by level, exactly as the brief names them.
enum PlanSchema {
    static let top = ["programme", "partners", "phases", "gates", "workstreams", "kpis", "risks", "finance"]
    static let programme = ["id", "title", "owner", "fiscal_year_start_month", "start", "end", "classification",
                            "milestone_tolerance_days", "rollup"]
    static let programmeRequired = ["id", "title", "start", "end"]
    static let partner = ["id", "name", "share"]
    static let phase = ["id", "title", "start", "end"]
    static let gate = ["id", "title", "criteria"]
    static let workstream = ["id", "title", "lead", "projects"]
    static let project = ["id", "title", "phase", "lead", "partners", "priority", "milestones"]
    static let milestone = ["id", "title", "due", "gate"]
    static let kpi = ["id", "title", "unit", "polarity", "frequency", "target", "amber", "tolerance", "aggregation",
                      "partners", "combine", "workstream", "targets", "profile", "partner_targets", "scale"]
    static let risk = ["id", "title", "owner", "likelihood", "impact", "mitigation"]
    static let finance = ["years", "baseline", "budget", "overspend_tolerance"]
}
