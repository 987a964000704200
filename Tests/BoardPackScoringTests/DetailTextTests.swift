import BoardPackCore
import Foundation
import Testing
@testable import BoardPackScoring

private typealias T = TestPlans

@Test(arguments: [
    ("210000", KPIUnit.gbp, "£210,000"), ("-1250.5", .gbp, "-£1,250.50"), ("95.5", .percent, "95.5%"),
    ("94.333333333333", .percent, "94.3%"), ("1", .days, "1 day"), ("12", .days, "12 days"),
    ("1234567", .count, "1,234,567"), ("999", .number, "999"),
])
func figuresPrintWithoutTheLocale(value: String, unit: KPIUnit, expected: String) {
    // Exception details and the packs print figures the same way.
    #expect(FigureText.format(dec(value), unit: unit) == expected)
}

@Test func aCumulativeRedFigureSaysToDate() {
    let kpi = KPI(id: "C", title: "Savings", unit: .gbp, target: 80000, aggregation: "cumulative")
    let pack = T.scorer.score(
        plan: T.plan(kpis: [kpi]),
        returns: Returns(kpiValues: [T.value("C", T.q(2017, 1), "10000"), T.value("C", T.q(2017, 2), "20000")]),
        period: T.q(2017, 2))
    #expect(pack.exceptions.first?.detail == "£30,000 to date against a target to date of £40,000 (amber from £38,000)")
}

@Test func anExplicitAmberOnACumulativeKPIIsProRatedLikeItsTarget() {
    let kpi = KPI(id: "C", title: "Savings", unit: .gbp, target: 80000, amber: .threshold(60000),
                  aggregation: "cumulative")
    let figure = T.scorer.score(
        plan: T.plan(kpis: [kpi]), returns: Returns(kpiValues: [T.value("C", T.q(2017, 2), "30000")]),
        period: T.q(2017, 2)
    ).figure("C")
    #expect(figure?.target == 40000)
    #expect(figure?.amber == 30000)
    #expect(figure?.status == .amber)
}

@Test func unknownRuleNamesAreScoredByTheDefaultsWithANote() {
    let kpi = KPI(id: "K", title: "Odd", unit: .percent, target: 95, aggregation: "median", combine: "mode")
    let pack = T.scorer.score(
        plan: T.plan(kpis: [kpi]), returns: Returns(kpiValues: [T.value("K", T.q(2017, 1), "95")]),
        period: T.q(2017, 1))
    #expect(pack.figure("K")?.status == .green)
    #expect(pack.dataQuality.map(\.message) == [
        "K: unknown aggregation \"median\"; scored as point", "K: unknown combine \"mode\"; partners combined by mean",
    ])
}

@Test func aPackCarriesThePlanPeriodAndReportDate() {
    let plan = T.plan()
    let pack = T.scorer.score(plan: plan, returns: Returns(), period: T.q(2019, 4))
    #expect(pack.plan == plan)
    #expect(pack.period == T.q(2019, 4))
    #expect(pack.reportDate == T.day("2020-03-31"))
    #expect(pack.overall == .notDue)
    #expect(pack.finance == nil)
    #expect(pack.exceptions.isEmpty)
}
