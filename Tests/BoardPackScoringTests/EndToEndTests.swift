import BoardPackCore
import Foundation
import Testing
@testable import BoardPackScoring

private typealias T = TestPlans

/// The brief's example plan, scored for 2017/18 Q3 end to end.
@Test func theBriefsExamplePlanScoredEndToEnd() {
    let kpis = [
        KPI(id: "KPI-1", title: "Customer Satisfaction", unit: .percent, target: 80, amber: .tolerance(.percent(5))),
        KPI(id: "KPI-2", title: "Service Availability", unit: .percent, target: 95, amber: .threshold(93),
            partners: ["CCC", "HDC", "SCDC"], workstream: "core", targets: [2018: 96]),
        KPI(id: "KPI-7", title: "Staff Budget Savings", unit: .gbp, frequency: .annual, target: 210000, aggregation: "cumulative"),
        KPI(id: "SAV-Q", title: "Savings delivered to date", unit: .gbp, target: 80000, aggregation: "cumulative",
            partners: ["CCC", "HDC", "SCDC"], combine: "sum", profile: [10, 30, 60, 100],
            partnerTargets: ["CCC": 36000, "HDC": 25000, "SCDC": 19000]),
    ]
    let ws = [Workstream(id: "core", title: "Core", projects: [Project(id: "DO17-003", title: "DC", milestones: [
        Milestone(id: "DO17-003-G3", title: "Investment decision", due: T.day("2017-06-30"), gate: "G3"),
        Milestone(id: "DO17-003-M1", title: "New SAN installed", due: T.day("2017-10-31")),
        Milestone(id: "DO17-003-M2", title: "Data centres consolidated", due: T.day("2017-12-31")),
    ])])]
    var rows: [KPIValue] = []
    for q in 1...3 {
        rows.append(T.value("KPI-1", T.q(2017, q), ["78", "81", "75"][q-1]))
        for (i, p) in ["CCC", "HDC", "SCDC"].enumerated() {
            rows.append(T.value("KPI-2", T.q(2017, q), ["96", "94", "95.5"][i], partner: p))
            rows.append(T.value("SAV-Q", T.q(2017, q), ["3000", "3000", "2000"][i], partner: p))
        }
    }
    let plan = T.plan(kpis: kpis, workstreams: ws, gates: [Gate(id: "G3", title: "Inv", criteria: ["a", "b"])],
                      risks: [Risk(id: "R1", title: "Cyber", likelihood: 3, impact: 5)], finance: T.finance3C)
    let pack = T.scorer.score(plan: plan, returns: Returns(kpiValues: rows, milestoneUpdates: [
        MilestoneUpdate(milestone: "DO17-003-G3", period: T.q(2017, 1), decision: .passed, criteriaMet: .numbers([1])),
        MilestoneUpdate(milestone: "DO17-003-M1", period: T.q(2017, 3), status: .inProgress, forecast: T.day("2018-01-15")),
    ]), period: T.q(2017, 3))
    #expect(pack.kpis.map { "\($0.kpiID) \($0.partner ?? "-") \($0.status.word)" } == [
        "KPI-1 - RED", "KPI-2 - GREEN", "KPI-2 CCC GREEN", "KPI-2 HDC AMBER", "KPI-2 SCDC GREEN", "KPI-7 - NOT_DUE",
        "SAV-Q - RED", "SAV-Q CCC RED", "SAV-Q HDC RED", "SAV-Q SCDC RED",
    ])
    #expect(pack.figure("SAV-Q")?.target == 48000)         // 60 % of 80,000
    #expect(pack.figure("SAV-Q", partner: "CCC")?.target == 21600)
    #expect(pack.figure("SAV-Q")?.trend == .worsening)    // 16000/24000 → 24000/48000
    #expect(pack.figure("KPI-1")?.previousStatus == .green)
    #expect(pack.milestones.map(\.status) == [.blue, .red, .green])
    #expect(pack.milestone("DO17-003-G3")?.completed == T.day("2017-06-30"))
    #expect(pack.milestone("DO17-003-M1")?.slipDays == 76)
    #expect(pack.projects.map(\.status) == [.red])
    #expect(pack.overall == .red)
    #expect(pack.previousOverall == .red)
    #expect(pack.exceptions.map(\.kind) == [
        .kpiRed, .kpiRed, .kpiRed, .kpiRed, .kpiRed, .milestoneOverdue, .gateCriteriaUnmet, .riskRed,
    ])
    #expect(pack.exceptions.first { $0.kind == .milestoneOverdue }?.detail == "61 days overdue (due 2017-10-31)")
    #expect(pack.kpiHistory.map(\.kpiID) == ["KPI-1", "KPI-2", "KPI-7", "SAV-Q"])
    #expect(pack.kpiHistory.last?.points.map(\.status) == [.green, .red, .red])
    #expect(pack.finance?.total.cumulativeSavings == 4261974)
}
