import BoardPackCore

/// Everything that is scored per quarter, so the report quarter and the one before it are
/// scored by the same code.
struct Snapshot {
    var kpis: [KPIResult]
    var milestones: [MilestoneResult]
    var projects: [RollupResult]
    var workstreams: [RollupResult]
    var risks: [RiskResult]
    var overall: Status
}
