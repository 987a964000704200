import BoardPackCore
import Foundation
import Testing
@testable import BoardPackScoring

private typealias T = TestPlans

/// A plan of `count` KPIs reported by three partners for every quarter of five years.
private func largeProgramme(kpis count: Int) -> (Plan, Returns) {
    var kpis: [KPI] = []
    var rows: [KPIValue] = []
    let periods = (0..<20).map { Period(ordinal: T.q(2017, 1).ordinal + $0) }
    for i in 0..<count {
        let cumulative = i % 2 == 0
        kpis.append(KPI(
            id: "K\(i)", title: "KPI \(i)", unit: .number, target: 100,
            aggregation: cumulative ? "cumulative" : "point", partners: ["CCC", "HDC", "SCDC"],
            combine: cumulative ? "sum" : "mean"))
        for (n, period) in periods.enumerated() {
            for partner in ["CCC", "HDC", "SCDC"] {
                rows.append(KPIValue(kpi: "K\(i)", period: period, partner: partner, value: Decimal(90 + (n + i) % 15)))
            }
        }
    }
    return (T.plan(kpis: kpis), Returns(kpiValues: rows))
}

@Test func scoringTimeGrowsLinearlyWithTheNumberOfKPIs() {
    let clock = ContinuousClock()
    func time(_ count: Int) -> Duration {
        let (plan, returns) = largeProgramme(kpis: count)
        let start = clock.now
        let pack = T.scorer.score(plan: plan, returns: returns, period: T.q(2021, 4))
        #expect(pack.kpis.count == count * 4)
        #expect(pack.kpiHistory.allSatisfy { $0.points.count == 20 })
        return clock.now - start
    }
    _ = time(50)  // warm up
    let small = time(200), large = time(800)
    print("scoring 200 KPIs: \(small), 800 KPIs: \(large)")
    // Four times the KPIs may cost about four times as long; a scan of every row per KPI
    // would cost sixteen times. Generous, so a busy machine does not fail it.
    #expect(large < small * 9)
}
