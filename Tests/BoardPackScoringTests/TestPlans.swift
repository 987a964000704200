import BoardPackCore
import Foundation
@testable import BoardPackScoring

/// Builders for small plans written in Swift, as the scenario tests need them.
enum TestPlans {
    static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(daysSinceEpoch: 0) }
    static func q(_ year: Int, _ quarter: Int) -> Period { Period(fiscalYear: year, quarter: quarter) }

    static let registry = PluginRegistry(
        aggregations: [PointAggregation.self, CumulativeAggregation.self, AverageAggregation.self],
        combiners: [MeanCombiner.self, SumCombiner.self, WeightedCombiner.self, MinCombiner.self, MaxCombiner.self],
        rollups: [WorstRollup.self, AverageRollup.self])

    static let scorer = Scorer(registry: registry)

    static let partners = [
        Partner(id: "CCC", name: "Cambridge City Council", share: dec("45.1")),
        Partner(id: "HDC", name: "Huntingdonshire District Council", share: dec("31.3")),
        Partner(id: "SCDC", name: "South Cambridgeshire District Council", share: dec("23.6")),
    ]

    static func programme(rollup: String = "worst", tolerance: Int = 30) -> Programme {
        Programme(
            id: "3c-ict", title: "3C ICT & Digital Strategy", start: day("2017-04-01"), end: day("2022-03-31"),
            milestoneToleranceDays: tolerance, rollup: rollup)
    }

    static func plan(
        kpis: [KPI] = [], workstreams: [Workstream] = [], gates: [Gate] = [], risks: [Risk] = [],
        finance: Finance? = nil, rollup: String = "worst", tolerance: Int = 30
    ) -> Plan {
        Plan(
            programme: programme(rollup: rollup, tolerance: tolerance), partners: partners, gates: gates,
            workstreams: workstreams, kpis: kpis, risks: risks, finance: finance)
    }

    /// One workstream holding one project with the given milestones.
    static func project(_ milestones: [Milestone], id: String = "DO17-003") -> [Workstream] {
        [Workstream(id: "core", title: "Core infrastructure", projects: [
            Project(id: id, title: "Consolidate data centres", milestones: milestones),
        ])]
    }

    static func value(
        _ kpi: String, _ period: Period, _ value: String?, partner: String? = nil, commentary: String? = nil
    ) -> KPIValue {
        KPIValue(kpi: kpi, period: period, partner: partner, value: value.map(dec), commentary: commentary)
    }

    /// The 3C finance tables from the brief.
    static let finance3C = Finance(
        years: [2017, 2018, 2019, 2020, 2021],
        baseline: [
            FinanceLine(name: "Staff", amounts: [3406695, 3492568, 3562419, 3633667, 3706341]),
            FinanceLine(name: "Other", amounts: [3386677, 3827564, 3896795, 3967411, 4046759]),
        ],
        budget: [
            FinanceLine(name: "Staff", amounts: [3198000, 3081000, 3100660, 3163553, 3227704]),
            FinanceLine(name: "Other", amounts: [3311495, 3427725, 3388959, 3349419, 3416407]),
        ])
}

extension ScoredPack {
    func figure(_ kpi: String, partner: String? = nil) -> KPIResult? {
        kpis.first { $0.kpiID == kpi && $0.partner == partner }
    }

    func milestone(_ id: String) -> MilestoneResult? { milestones.first { $0.id == id } }
}
