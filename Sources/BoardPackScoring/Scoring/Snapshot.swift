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

    var milestoneStatus: [String: Status] { Dictionary(milestones.map { ($0.id, $0.status) }) { a, _ in a } }
    var projectStatus: [String: Status] { Dictionary(projects.map { ($0.id, $0.status) }) { a, _ in a } }
    var workstreamStatus: [String: Status] { Dictionary(workstreams.map { ($0.id, $0.status) }) { a, _ in a } }
    var riskStatus: [String: Status] { Dictionary(risks.map { ($0.id, $0.status) }) { a, _ in a } }
}
