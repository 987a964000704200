import BoardPackCore
import Foundation
import Testing
@testable import BoardPackScoring

private typealias T = TestPlans

@Test func exceptionsComeWorstFirstInTheBriefsOrder() {
    let p = T.q(2017, 3)
    let gate = Gate(id: "G3", title: "Investment decision", criteria: ["Business case", "Funding"])
    let plan = T.plan(
        kpis: [
            KPI(id: "K-RED", title: "Red KPI", unit: .percent, target: 95),
            KPI(id: "K-MISSING", title: "Missing KPI", unit: .percent, target: 95),
        ],
        workstreams: [Workstream(id: "core", title: "Core", projects: [
            Project(id: "P1", title: "Gated", milestones: [
                Milestone(id: "P1-G", title: "Gate", due: T.day("2017-09-30"), gate: "G3"),
                Milestone(id: "P1-M", title: "After gate", due: T.day("2018-03-31")),
            ]),
            Project(id: "P2", title: "Failing", milestones: [
                Milestone(id: "P2-G", title: "Failed gate", due: T.day("2017-09-30"), gate: "G3"),
            ]),
            Project(id: "P3", title: "Late", milestones: [
                Milestone(id: "P3-LATE", title: "Overdue", due: T.day("2017-11-30")),
                Milestone(id: "P3-SLIP", title: "Slipping", due: T.day("2018-01-31")),
                Milestone(id: "P3-PASS", title: "Passed, criteria unmet", due: T.day("2017-08-31"), gate: "G3"),
            ]),
        ])],
        gates: [gate],
        risks: [Risk(id: "R1", title: "Cyber", likelihood: 5, impact: 5)],
        finance: Finance(
            years: [2017], baseline: [FinanceLine(name: "Staff", amounts: [200])],
            budget: [FinanceLine(name: "Staff", amounts: [100])]))
    let returns = Returns(
        kpiValues: [T.value("K-RED", p, "50")],
        milestoneUpdates: [
            MilestoneUpdate(milestone: "P1-G", period: p, decision: .deferred),
            MilestoneUpdate(milestone: "P1-M", period: p, status: .inProgress),
            MilestoneUpdate(milestone: "P2-G", period: p, decision: .failed, dca: .red),
            MilestoneUpdate(milestone: "P3-SLIP", period: p, forecast: T.day("2018-06-30")),
            MilestoneUpdate(milestone: "P3-PASS", period: p, decision: .passed, criteriaMet: .numbers([2])),
        ],
        financeActuals: [FinanceActual(line: "Staff", year: 2017, actual: 200)])
    let pack = T.scorer.score(plan: plan, returns: returns, period: p)
    #expect(pack.exceptions.map(\.kind) == [
        .kpiRed, .kpiNoData, .milestoneOverdue, .milestoneRed, .gateBypassed, .gateFailed, .gateCriteriaUnmet,
        .gateDCA, .riskRed, .financeRed,
    ])
    #expect(pack.exceptions.map(\.id) == [
        "K-RED", "K-MISSING", "P3-LATE", "P3-SLIP", "P1-M", "P2-G", "P3-PASS", "P2-G", "R1", "Staff 2017/18",
    ])
    let statuses: [Status] = [.red, .noData, .red, .red, .red, .red, .blue, .red, .red, .red]
    #expect(pack.exceptions.map(\.status) == statuses)
    #expect(pack.exceptions.allSatisfy { !$0.detail.isEmpty && !$0.title.isEmpty })
    #expect(pack.overall == .red)
}
