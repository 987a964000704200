import BoardPackCore

/// A snapshot's statuses by id, for the next quarter's `previousStatus`.
struct PreviousStatuses {
    let milestones: [String: Status]
    let projects: [String: Status]
    let workstreams: [String: Status]
    let risks: [String: Status]

    init(_ snapshot: Snapshot) {
        milestones = Dictionary(snapshot.milestones.map { ($0.id, $0.status) }) { a, _ in a }
        projects = Dictionary(snapshot.projects.map { ($0.id, $0.status) }) { a, _ in a }
        workstreams = Dictionary(snapshot.workstreams.map { ($0.id, $0.status) }) { a, _ in a }
        risks = Dictionary(snapshot.risks.map { ($0.id, $0.status) }) { a, _ in a }
    }
}
