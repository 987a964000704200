import BoardPackCore
import Foundation
import Testing
@testable import BoardPackScoring

private typealias T = TestPlans

private let availability = KPI(
    id: "KPI-2", title: "Service Availability", unit: .percent, target: 95, amber: .threshold(93),
    partners: ["CCC", "HDC", "SCDC"], combine: "mean", workstream: "core")

private func score(_ kpis: [KPI], _ rows: [KPIValue], at period: Period) -> ScoredPack {
    T.scorer.score(plan: T.plan(kpis: kpis), returns: Returns(kpiValues: rows), period: period)
}

@Test func figuresComeOverallFirstThenPartnersInPlanOrder() {
    let pack = score([availability, KPI(id: "KPI-1", title: "Customer Satisfaction", unit: .percent, target: 80)], [],
                     at: T.q(2017, 1))
    #expect(pack.kpis.map { "\($0.kpiID) \($0.partner ?? "-")" }
            == ["KPI-2 -", "KPI-2 CCC", "KPI-2 HDC", "KPI-2 SCDC", "KPI-1 -"])
}

@Test func aMissingPartnerReturnLeavesTheOverallFigureNoData() throws {
    let p = T.q(2017, 3)
    let pack = score([availability], [
        T.value("KPI-2", p, "96", partner: "CCC"), T.value("KPI-2", p, "97", partner: "HDC"),
    ], at: p)
    let overall = try #require(pack.figure("KPI-2"))
    #expect(overall.status == .noData)
    #expect(overall.value == nil)
    #expect(pack.figure("KPI-2", partner: "CCC")?.status == .green)
    #expect(pack.figure("KPI-2", partner: "SCDC")?.status == .noData)
    #expect(pack.exceptions.filter { $0.kind == .kpiNoData }.map { $0.partner ?? "-" } == ["-", "SCDC"])
    #expect(pack.exceptions.map(\.detail) == [
        "no return from SCDC for 2017/18 Q3", "no return for 2017/18 Q3",
    ])
    #expect(pack.dataQuality.filter { $0.kind == .missingReturn }.map(\.message) == [
        "KPI-2 Service Availability: no return for 2017/18 Q3",
        "KPI-2 Service Availability (SCDC): no return for 2017/18 Q3",
    ])
}

@Test func partnersCombineByMeanWhenEveryPartnerReturned() {
    let p = T.q(2017, 3)
    let pack = score([availability], [
        T.value("KPI-2", p, "94.9", partner: "CCC"), T.value("KPI-2", p, "95.1", partner: "HDC"),
        T.value("KPI-2", p, "95", partner: "SCDC"),
    ], at: p)
    #expect(pack.figure("KPI-2")?.value == 95)
    #expect(pack.figure("KPI-2")?.status == .green)
}

@Test func anExplicitOverallRowWinsOverThePartners() {
    let p = T.q(2017, 3)
    let pack = score([availability], [
        T.value("KPI-2", p, "92", commentary: "Outage in November"),
        T.value("KPI-2", p, "96", partner: "CCC"), T.value("KPI-2", p, "96", partner: "HDC"),
        T.value("KPI-2", p, "96", partner: "SCDC"),
    ], at: p)
    #expect(pack.figure("KPI-2")?.value == 92)
    #expect(pack.figure("KPI-2")?.status == .red)
    #expect(pack.figure("KPI-2")?.commentary == "Outage in November")
    #expect(pack.figure("KPI-2", partner: "HDC")?.status == .green)
}

@Test func exactDecimalsDecideTheBoundary() {
    let p = T.q(2017, 1)
    let pack = score([availability], [T.value("KPI-2", p, "94.999")], at: p)
    #expect(pack.figure("KPI-2")?.status == .amber, "94.999 is not 95")
    let tenths = KPI(id: "K", title: "Tenths", unit: .number, target: dec("0.6"), aggregation: "cumulative")
    let sum = score([tenths], [T.value("K", T.q(2017, 1), "0.1"), T.value("K", T.q(2017, 2), "0.2")], at: T.q(2017, 2))
    #expect(sum.figure("K")?.value == dec("0.3"))
    #expect(sum.figure("K")?.target == dec("0.3"))
    #expect(sum.figure("K")?.status == .green)
    let annual = KPI(id: "A", title: "Tenths", unit: .number, frequency: .annual, target: dec("0.3"),
                     aggregation: "cumulative")
    let year = score([annual], [T.value("A", T.q(2017, 1), "0.1"), T.value("A", T.q(2017, 4), "0.2")], at: T.q(2017, 4))
    #expect(year.figure("A")?.value == dec("0.3"))
    #expect(year.figure("A")?.target == dec("0.3"))
    #expect(year.figure("A")?.status == .green, "0.1 + 0.2 against a target of 0.3")
}

@Test func weightedCombinesByShareAndNeedsShares() {
    let weighted = KPI(id: "W", title: "Weighted", unit: .percent, target: 92, partners: ["CCC", "HDC", "SCDC"],
                       combine: "weighted")
    let p = T.q(2017, 1)
    let rows = [T.value("W", p, "100", partner: "CCC"), T.value("W", p, "90", partner: "HDC"),
                T.value("W", p, "80", partner: "SCDC")]
    let pack = score([weighted], rows, at: p)
    #expect(pack.figure("W")?.value == dec("92.15"))
    #expect(pack.figure("W")?.status == .green)
    var plan = T.plan(kpis: [weighted])
    plan.partners = plan.partners.map { Partner(id: $0.id, name: $0.name) }
    let noShares = T.scorer.score(plan: plan, returns: Returns(kpiValues: rows), period: p)
    #expect(noShares.figure("W")?.status == .noData)
}

@Test func sumPartnersAreDataOnlyUnlessTheyHavePartnerTargets() {
    let savings = KPI(
        id: "SAV-Q", title: "Savings delivered to date", unit: .gbp, target: 80000, aggregation: "cumulative",
        partners: ["CCC", "HDC", "SCDC"], combine: "sum", profile: [10, 30, 60, 100],
        partnerTargets: ["CCC": 36000, "HDC": 25000])
    var rows: [KPIValue] = []
    for (quarter, amounts) in [(1, ["3600", "2500", "1900"]), (2, ["7200", "4000", "3800"])] {
        for (partner, amount) in zip(["CCC", "HDC", "SCDC"], amounts) {
            rows.append(T.value("SAV-Q", T.q(2017, quarter), amount, partner: partner))
        }
    }
    let pack = score([savings], rows, at: T.q(2017, 2))
    let overall = pack.figure("SAV-Q")
    #expect(overall?.value == 23000)       // 8000 + 15000
    #expect(overall?.target == 24000)      // 30 % of 80000
    #expect(overall?.annualTarget == 80000)
    #expect(overall?.status == .amber)     // 22800 ≤ 23000 < 24000
    let ccc = pack.figure("SAV-Q", partner: "CCC")
    #expect(ccc?.value == 10800)
    #expect(ccc?.target == 10800)          // 30 % of 36000
    #expect(ccc?.status == .green)
    #expect(pack.figure("SAV-Q", partner: "HDC")?.target == 7500)
    #expect(pack.figure("SAV-Q", partner: "HDC")?.status == .red)  // 6500 < 7125
    #expect(pack.figure("SAV-Q", partner: "SCDC")?.status == .dataOnly)
    #expect(pack.figure("SAV-Q", partner: "SCDC")?.value == 5700)
}

@Test func anExplicitAmberIsInProportionForPartnersWithTheirOwnTargets() {
    let savings = KPI(
        id: "SAV-Q", title: "Savings delivered to date", unit: .gbp, target: 80000, amber: .threshold(70000),
        aggregation: "cumulative", partners: ["CCC", "HDC", "SCDC"], combine: "sum", profile: [10, 30, 60, 100],
        partnerTargets: ["CCC": 36000, "HDC": 25000, "SCDC": 19000])
    let rows = [T.value("SAV-Q", T.q(2017, 1), "3150", partner: "CCC"),
                T.value("SAV-Q", T.q(2017, 1), "3149", partner: "HDC"),
                T.value("SAV-Q", T.q(2017, 1), "1900", partner: "SCDC")]
    let pack = score([savings], rows, at: T.q(2017, 1))
    // Overall: amber 70000 of the year, 10 % by Q1 is 7000; 8199 of 8000 is GREEN.
    #expect(pack.figure("SAV-Q")?.amber == 7000)
    // CCC: 70000 × 36000 / 80000 = 31500 for the year, 3150 by Q1: exactly on it is AMBER.
    #expect(pack.figure("SAV-Q", partner: "CCC")?.amber == 3150)
    #expect(pack.figure("SAV-Q", partner: "CCC")?.status == .amber)
    // HDC: 70000 × 25000 / 80000 = 21875, 2187.5 by Q1; 3149 of 2500 is GREEN.
    #expect(pack.figure("SAV-Q", partner: "HDC")?.amber == dec("2187.5"))
    #expect(pack.figure("SAV-Q", partner: "HDC")?.status == .green)
}

@Test func cumulativeToleranceIsOnTheTargetToDate() {
    let kpi = KPI(id: "C", title: "Savings", unit: .gbp, target: 80000, aggregation: "cumulative")
    // Q1 target to date 20000; 5 % of it is 1000, so 19000 is AMBER and 18999 RED. A band
    // on the annual target (4000) would have called 16000 AMBER.
    let amber = score([kpi], [T.value("C", T.q(2017, 1), "19000")], at: T.q(2017, 1)).figure("C")
    #expect(amber?.status == .amber)
    #expect(amber?.amber == 19000)
    let red = score([kpi], [T.value("C", T.q(2017, 1), "16000")], at: T.q(2017, 1)).figure("C")
    #expect(red?.status == .red)
}

@Test func bothTrendsByPolarity() {
    let p = T.q(2018, 3)
    let rows = [T.value("KPI-2", T.q(2017, 3), "97"), T.value("KPI-2", T.q(2018, 2), "93"),
                T.value("KPI-2", p, "94")]
    let higher = score([availability], rows, at: p).figure("KPI-2")
    #expect(higher?.trend == .improving)
    #expect(higher?.trendYear == .worsening)
    var lower = availability
    lower.polarity = .lower
    let lowerFigure = score([lower], rows, at: p).figure("KPI-2")
    #expect(lowerFigure?.trend == .worsening)
    #expect(lowerFigure?.trendYear == .improving)
    let first = score([availability], [T.value("KPI-2", T.q(2017, 1), "95")], at: T.q(2017, 1)).figure("KPI-2")
    #expect(first?.trend == Trend.none)
    #expect(first?.trendYear == Trend.none)
    let same = score([availability], [T.value("KPI-2", T.q(2018, 2), "94"), T.value("KPI-2", p, "94.0")], at: p)
    #expect(same.figure("KPI-2")?.trend == .unchanged)
}

@Test func biannualTrendComparesWithThePreviousDuePeriod() {
    let kpi = KPI(id: "B", title: "Survey", unit: .percent, frequency: .biannual, target: 80)
    let rows = [T.value("B", T.q(2017, 2), "78"), T.value("B", T.q(2017, 3), "99"), T.value("B", T.q(2017, 4), "79")]
    let figure = score([kpi], rows, at: T.q(2017, 4)).figure("B")
    #expect(figure?.trend == .improving, "Q4 compares with Q2 (78), not with Q3's off-cycle 99")
    #expect(figure?.previousStatus == .amber)
}

@Test func cumulativeTrendsCompareValueOverTargetToDate() {
    let kpi = KPI(id: "C", title: "Savings", unit: .gbp, target: 80000, aggregation: "cumulative")
    // Q1: 20000 / 20000 = 1.0; Q2: 38000 / 40000 = 0.95, although the total grew.
    let rows = [T.value("C", T.q(2017, 1), "20000"), T.value("C", T.q(2017, 2), "18000")]
    #expect(score([kpi], rows, at: T.q(2017, 2)).figure("C")?.trend == .worsening)
}

@Test func notDueFiguresKeepTheirLatestValueYearToDateAndCommentary() throws {
    let kpi = KPI(id: "KPI-7", title: "Staff Budget Savings", unit: .gbp, frequency: .annual, target: 210000,
                  aggregation: "cumulative")
    let rows = [T.value("KPI-7", T.q(2017, 1), "50000", commentary: "Restructure agreed"),
                T.value("KPI-7", T.q(2017, 2), "60000")]
    let pack = score([kpi], rows, at: T.q(2017, 3))
    let figure = try #require(pack.figure("KPI-7"))
    #expect(figure.status == .notDue)
    #expect(figure.latestValue == 60000)
    #expect(figure.latestPeriod == T.q(2017, 2))
    #expect(figure.yearToDate == 110000)
    #expect(figure.annualTarget == 210000)
    #expect(figure.commentary == "Restructure agreed")
    #expect(pack.overall == .notDue, "nothing due and no milestones: nothing to report yet")
    #expect(pack.dataQuality.isEmpty)
}

@Test func perYearTargetsAndDataOnly() {
    let p = T.q(2018, 1)
    #expect(score([availability], [T.value("KPI-2", p, "95")], at: p).figure("KPI-2")?.status == .green)
    var overridden = availability
    overridden.targets = [2018: 96]
    let pack = score([overridden], [T.value("KPI-2", p, "95")], at: p)
    #expect(pack.figure("KPI-2")?.target == 96)
    #expect(pack.figure("KPI-2")?.status == .amber)
    let noTarget = KPI(id: "D", title: "Calls handled", unit: .count, targets: [2019: 100])
    let dataOnly = score([noTarget], [T.value("D", p, "120")], at: p).figure("D")
    #expect(dataOnly?.status == .dataOnly)
    #expect(dataOnly?.value == 120)
}

@Test func previousStatusAndHistory() throws {
    let rows = [T.value("KPI-2", T.q(2017, 1), "90"), T.value("KPI-2", T.q(2017, 2), "94"),
                T.value("KPI-2", T.q(2017, 3), "96")]
    let pack = score([availability], rows, at: T.q(2017, 3))
    #expect(pack.figure("KPI-2")?.previousStatus == .amber)
    let history = try #require(pack.kpiHistory.first)
    #expect(history.kpiID == "KPI-2")
    #expect(history.points.map(\.period) == [T.q(2017, 1), T.q(2017, 2), T.q(2017, 3)])
    #expect(history.points.map(\.status) == [.red, .amber, .green])
    #expect(history.points.map(\.value) == [90, 94, 96])
    #expect(history.points.map(\.target) == [95, 95, 95])
    let first = score([availability], rows, at: T.q(2017, 1))
    #expect(first.figure("KPI-2")?.previousStatus == nil, "the previous quarter is before the programme")
    #expect(first.previousOverall == nil)
    #expect(pack.previousOverall == .amber)
}

@Test func historyIncludesNotDueQuarters() throws {
    let kpi = KPI(id: "A", title: "Annual", unit: .percent, frequency: .annual, target: 50)
    let pack = score([kpi], [T.value("A", T.q(2017, 4), "55")], at: T.q(2018, 1))
    let points = try #require(pack.kpiHistory.first?.points)
    #expect(points.map(\.status) == [.notDue, .notDue, .notDue, .green, .notDue])
}

@Test func redAndMissingFiguresWithoutCommentaryAreDataQualityNotes() {
    let p = T.q(2017, 3)
    let kpi1 = KPI(id: "KPI-1", title: "Customer Satisfaction", unit: .percent, target: 80)
    let pack = T.scorer.score(
        plan: T.plan(kpis: [kpi1]), returns: Returns(kpiValues: [T.value("KPI-1", p, "70")]), period: p,
        warnings: [.warning("Plans/x/plan.yaml", line: 40, "milestone M1 is due outside its phase short")])
    #expect(pack.dataQuality.map(\.kind) == [.noCommentary, .validationWarning])
    #expect(pack.dataQuality.first?.message == "KPI-1 Customer Satisfaction is RED with no commentary for 2017/18 Q3")
    #expect(pack.dataQuality.last?.message
            == "Plans/x/plan.yaml:40: warning: milestone M1 is due outside its phase short")
    let explained = score([kpi1], [T.value("KPI-1", p, "70", commentary: "New system bedding in")], at: p)
    #expect(explained.dataQuality.isEmpty)
    #expect(explained.exceptions.first?.detail == "70.0% against a target of 80.0% (amber from 76.0%)")
    #expect(explained.exceptions.first?.commentary == "New system bedding in")
}

@Test func statusKPIsComparePositionsOnTheScale() {
    let kpi = KPI(id: "BP-2", title: "Sign-off", unit: .status, target: 3, amber: .threshold(2),
                  scale: ["Not started", "Business case", "Ongoing", "Complete"])
    let pack = score([kpi], [T.value("BP-2", T.q(2017, 1), "1")], at: T.q(2017, 1))
    #expect(pack.figure("BP-2")?.status == .red)
    #expect(pack.exceptions.first?.detail == "Business case against a target of Complete (amber from Ongoing)")
}

@Test func returnsListedQuarterByQuarterScoreAsWhenListedKPIByKPI() throws {
    // Enough rows that the index groups them in more than one stretch, as at scale.
    let kpis = (0..<900).map { n in
        KPI(id: "K-\(n)", title: "Measure \(n)", unit: .number, target: 50, partners: n % 3 == 0 ? ["CCC", "HDC"] : [])
    }
    let quarters = (2017...2021).flatMap { year in (1...4).map { T.q(year, $0) } }
    func rows(of kpi: KPI, in period: Period) -> [KPIValue] {
        let n = Int(kpi.id.dropFirst(2)) ?? 0
        let value = "\(40 + (n * 7 + period.ordinal * 3) % 25)"
        return kpi.partners.isEmpty
            ? [T.value(kpi.id, period, value)]
            : kpi.partners.map { T.value(kpi.id, period, value, partner: $0) }
    }
    let byQuarter = quarters.flatMap { period in kpis.flatMap { rows(of: $0, in: period) } }
    let byKPI = kpis.flatMap { kpi in quarters.flatMap { rows(of: kpi, in: $0) } }
    #expect(byQuarter.count > 16_384)
    // A row for a KPI the plan does not have changes nothing.
    let stray = [T.value("K-unknown", T.q(2019, 2), "1")]
    let last = try #require(quarters.last)
    let a = score(kpis, byQuarter + stray, at: last), b = score(kpis, stray + byKPI, at: last)
    #expect(a.kpis == b.kpis)
    #expect(a.kpiHistory == b.kpiHistory)
    // Every quarter's row was found: each KPI's history has a value for all 20 quarters.
    #expect(a.kpiHistory.allSatisfy { $0.points.count == 20 && $0.points.allSatisfy { $0.value != nil } })
    #expect(a.figure("K-3", partner: "HDC")?.value == Decimal(40 + (21 + last.ordinal * 3) % 25))
}

@Test func aPackScoredWhileExportersReadItIsThePackScoredAtOnce() async throws {
    // Enough KPIs for every stretch to hold several, and partner figures among them.
    let kpis = (0..<300).map { n in
        KPI(id: "K-\(n)", title: "Measure \(n)", unit: .number, target: 50, partners: n % 4 == 0 ? ["CCC", "HDC"] : [])
    }
    let quarters = (2017...2018).flatMap { year in (1...4).map { T.q(year, $0) } }
    let rows = quarters.flatMap { period in
        kpis.enumerated().map { n, kpi in T.value(kpi.id, period, "\(40 + (n * 7 + period.ordinal * 3) % 25)") }
    }
    let last = try #require(quarters.last)
    let plan = T.plan(kpis: kpis)
    let returns = Returns(kpiValues: rows)
    let atOnce = T.scorer.score(plan: plan, returns: returns, period: last)

    let inProgress = T.scorer.pack(toScore: plan, period: last)
    #expect(inProgress.kpiStretchCount > 1)
    #expect(inProgress.packName == atOnce.packName)
    // Read from another thread as it is scored, as the workbook reads it.
    let reader = Task.detached {
        (0..<inProgress.kpiStretchCount).map { (Array(inProgress.kpiFigures(stretch: $0)), Array(inProgress.kpiHistory(stretch: $0))) }
    }
    T.scorer.score(plan: plan, returns: returns, period: last, into: inProgress)
    let streamed = await reader.value
    #expect(streamed.flatMap(\.0) == atOnce.kpis)
    #expect(streamed.flatMap(\.1) == atOnce.kpiHistory)
    // Each stretch holds the histories of the KPIs whose figures it holds, as the trends need.
    for (figures, histories) in streamed {
        #expect(Set(histories.map(\.kpiID)) == Set(figures.map(\.kpiID)))
    }
    #expect(inProgress.historyQuarters == KPIHistory.quarters(of: atOnce.kpiHistory))
    #expect(inProgress.historyQuarters.count == quarters.count)
    #expect(inProgress.pack() == atOnce)
    // Stretches read after the pack is done are the same figures and histories.
    let afterwards = (0..<inProgress.kpiStretchCount).flatMap { Array(inProgress.kpiFigures(stretch: $0)) }
    #expect(afterwards == atOnce.kpis)
    #expect((0..<inProgress.kpiStretchCount).flatMap { Array(inProgress.kpiHistory(stretch: $0)) } == atOnce.kpiHistory)
}
