import BoardPackCore
import Foundation
import Testing
@testable import BoardPackScoring

private typealias T = TestPlans
private let p = T.q(2017, 3)

private func workstreams() -> [Workstream] {
    [
        Workstream(id: "core", title: "Core infrastructure", projects: [
            Project(id: "P1", title: "Data centres", milestones: [
                Milestone(id: "P1-M1", title: "SAN installed", due: T.day("2017-10-31")),
                Milestone(id: "P1-M2", title: "Consolidated", due: T.day("2018-03-31")),
            ]),
            Project(id: "P2", title: "Network", milestones: [
                Milestone(id: "P2-M1", title: "WAN live", due: T.day("2017-09-30")),
            ]),
            Project(id: "P3", title: "No milestones yet"),
        ]),
        Workstream(id: "apps", title: "Converged Business Systems", projects: [
            Project(id: "P4", title: "Planning system", milestones: [
                Milestone(id: "P4-M1", title: "Cancelled", due: T.day("2017-10-31")),
            ]),
        ]),
    ]
}

private let updates = [
    MilestoneUpdate(milestone: "P1-M1", period: p, status: .complete, completed: T.day("2017-10-20")),
    MilestoneUpdate(milestone: "P1-M2", period: p, status: .inProgress, forecast: T.day("2018-04-15")),
    MilestoneUpdate(milestone: "P2-M1", period: T.q(2017, 2), status: .complete, completed: T.day("2017-09-30")),
    MilestoneUpdate(milestone: "P4-M1", period: p, status: .cancelled),
]

private let linked = KPI(id: "KPI-2", title: "Availability", unit: .percent, target: 95, amber: .threshold(93),
                         workstream: "apps")

private func scored(rollup: String, kpiValue: String?) -> ScoredPack {
    T.scorer.score(
        plan: T.plan(kpis: [linked], workstreams: workstreams(), rollup: rollup),
        returns: Returns(
            kpiValues: kpiValue.map { [T.value("KPI-2", p, $0)] } ?? [], milestoneUpdates: updates),
        period: p)
}

@Test func worstRollUpAcrossProjectsWorkstreamsAndTheProgramme() {
    let pack = scored(rollup: "worst", kpiValue: "90")
    #expect(pack.projects.map(\.status) == [.amber, .blue, .notDue, .notDue])
    // core: AMBER, BLUE (as GREEN); NOT_DUE left out. apps: CANCELLED left out, KPI RED.
    #expect(pack.workstreams.map(\.status) == [.amber, .red])
    #expect(pack.overall == .red)
}

@Test func averageRollUp() {
    let pack = scored(rollup: "average", kpiValue: "94")
    // P1: BLUE (2) and AMBER (1) → 1.5 → GREEN.
    #expect(pack.projects.map(\.status) == [.green, .blue, .notDue, .notDue])
    #expect(pack.workstreams.map(\.status) == [.green, .amber])
    // core GREEN (2), apps AMBER (1), KPI AMBER (1): 4/3 → AMBER.
    #expect(pack.overall == .amber)
    let red = scored(rollup: "average", kpiValue: "90")
    // core GREEN (2), apps RED (0), KPI RED (0): 2/3 → RED.
    #expect(red.overall == .red)
}

@Test func everythingCompleteIsBlue() {
    let plan = T.plan(workstreams: T.project([
        Milestone(id: "M1", title: "One", due: T.day("2017-10-31")),
        Milestone(id: "M2", title: "Two", due: T.day("2017-11-30")),
        Milestone(id: "M3", title: "Dropped", due: T.day("2017-11-30")),
    ]))
    let pack = T.scorer.score(plan: plan, returns: Returns(milestoneUpdates: [
        MilestoneUpdate(milestone: "M1", period: p, status: .complete, completed: T.day("2017-10-31")),
        MilestoneUpdate(milestone: "M2", period: p, status: .complete, completed: T.day("2017-12-02")),
        MilestoneUpdate(milestone: "M3", period: p, status: .cancelled),
    ]), period: p)
    #expect(pack.projects.map(\.status) == [.blue])
    #expect(pack.workstreams.map(\.status) == [.blue])
    #expect(pack.overall == .blue)
}

@Test func missingReturnsAloneLeaveNothingToRollUp() {
    let plan = T.plan(kpis: [linked])
    let pack = T.scorer.score(plan: plan, returns: Returns(), period: p)
    // Nothing rated is NOT_DUE, never GREEN; the missing return is an exception instead.
    #expect(pack.overall == .notDue)
    #expect(pack.exceptions.map(\.kind) == [.kpiNoData])
}

@Test func anUnknownRollUpFallsBackToWorstWithANote() {
    let plan = T.plan(kpis: [linked], rollup: "median")
    let pack = T.scorer.score(plan: plan, returns: Returns(kpiValues: [T.value("KPI-2", p, "90")]), period: p)
    #expect(pack.overall == .red)
    #expect(pack.dataQuality.contains {
        $0.kind == .validationWarning && $0.message == "unknown roll-up \"median\"; rolled up by worst"
    })
}
