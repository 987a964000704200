import BoardPackCore
import Foundation

/// The returns arranged for lookup by KPI (then figure and quarter), milestone, risk and
/// finance line, built once per score so that no KPI ever scans every row.
struct ReturnsIndex: Sendable {
    struct FinanceKey: Hashable, Sendable {
        var line: String
        var year: Int
    }

    private(set) var kpis: [String: KPIRows] = [:]
    /// Each milestone's updates in period order (file order within a period).
    private(set) var milestoneUpdates: [String: [MilestoneUpdate]] = [:]
    /// Each risk's updates in period order (file order within a period).
    private(set) var riskUpdates: [String: [RiskUpdate]] = [:]
    private(set) var financeActuals: [FinanceKey: Decimal] = [:]

    init(_ returns: Returns) {
        for row in returns.kpiValues { kpis[row.kpi, default: KPIRows()].add(row) }
        for row in returns.milestoneUpdates { milestoneUpdates[row.milestone, default: []].append(row) }
        milestoneUpdates = milestoneUpdates.mapValues { Self.inPeriodOrder($0, \.period) }
        for row in returns.riskUpdates { riskUpdates[row.risk, default: []].append(row) }
        riskUpdates = riskUpdates.mapValues { Self.inPeriodOrder($0, \.period) }
        for row in returns.financeActuals { financeActuals[FinanceKey(line: row.line, year: row.year)] = row.actual }
    }

    /// Sorted by period, keeping file order within a period (the later row wins).
    private static func inPeriodOrder<T>(_ rows: [T], _ period: KeyPath<T, Period>) -> [T] {
        rows.enumerated().sorted { a, b in
            let pa = a.element[keyPath: period], pb = b.element[keyPath: period]
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)
    }

    /// A KPI's rows (empty when it has none).
    func rows(forKPI kpi: String) -> KPIRows { kpis[kpi] ?? KPIRows() }

    func kpiValue(_ kpi: String, partner: String?, period: Period) -> Decimal? {
        kpis[kpi]?.series(partner)[period.ordinal]?.value
    }
}
