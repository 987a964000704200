import BoardPackCore
import Foundation

/// The returns arranged for lookup by (kpi, partner, period), milestone and risk, built
/// once per score so that no KPI ever scans every row.
struct ReturnsIndex: Sendable {
    struct SeriesKey: Hashable, Sendable {
        var kpi: String
        var partner: String?
    }

    struct FinanceKey: Hashable, Sendable {
        var line: String
        var year: Int
    }

    /// Each figure's rows in period order: the only copy of the KPI rows (a figure has at
    /// most a row a quarter, so a lookup by period searches a short list).
    private(set) var kpiSeries: [SeriesKey: [KPIValue]] = [:]
    /// The earliest period any row of a KPI has, to bound backward searches.
    private(set) var firstKPIPeriod: [String: Period] = [:]
    /// Each milestone's updates in period order (file order within a period).
    private(set) var milestoneUpdates: [String: [MilestoneUpdate]] = [:]
    /// Each risk's updates in period order (file order within a period).
    private(set) var riskUpdates: [String: [RiskUpdate]] = [:]
    private(set) var financeActuals: [FinanceKey: Decimal] = [:]

    init(_ returns: Returns) {
        for row in returns.kpiValues {
            kpiSeries[SeriesKey(kpi: row.kpi, partner: row.partner), default: []].append(row)
            if let first = firstKPIPeriod[row.kpi], first <= row.period { continue }
            firstKPIPeriod[row.kpi] = row.period
        }
        kpiSeries = kpiSeries.mapValues { Self.inPeriodOrder($0, \.period) }
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

    /// Duplicates are a loader error; if one slips through, the later row wins.
    func kpiRow(_ kpi: String, partner: String?, period: Period) -> KPIValue? {
        kpiSeries[SeriesKey(kpi: kpi, partner: partner)]?.last { $0.period == period }
    }

    func kpiValue(_ kpi: String, partner: String?, period: Period) -> Decimal? {
        kpiRow(kpi, partner: partner, period: period)?.value
    }

    func kpiRows(_ kpi: String, partner: String?) -> [KPIValue] {
        kpiSeries[SeriesKey(kpi: kpi, partner: partner)] ?? []
    }
}
