import BoardPackCore
import Foundation

/// The returns arranged for lookup by KPI (then figure and quarter), milestone, risk and
/// finance line, built once per score so that no KPI ever scans every row.
struct ReturnsIndex: Sendable {
    struct FinanceKey: Hashable, Sendable {
        var line: String
        var year: Int
    }

    /// Every KPI row, as given: the index refers to rows by position.
    let kpiValues: [KPIValue]
    /// Each KPI's rows by position, in file order.
    private var kpiPositions: [String: [Int]] = [:]
    /// Each milestone's updates in period order (file order within a period).
    private(set) var milestoneUpdates: [String: [MilestoneUpdate]] = [:]
    /// Each risk's updates in period order (file order within a period).
    private(set) var riskUpdates: [String: [RiskUpdate]] = [:]
    private(set) var financeActuals: [FinanceKey: Decimal] = [:]

    init(_ returns: Returns) {
        kpiValues = returns.kpiValues
        // Stretches of the rows are grouped on every core, then put together in file order.
        let values = kpiValues, pieces = min(16, max(1, values.count / 8_192))
        let runs = Parallel.map(pieces) { piece in
            Self.runs(of: values, in: (values.count * piece / pieces)..<(values.count * (piece + 1) / pieces))
        }
        for piece in runs {
            for run in piece { kpiPositions[run.kpi, default: []] += run.positions }
        }
        for row in returns.milestoneUpdates { milestoneUpdates[row.milestone, default: []].append(row) }
        milestoneUpdates = milestoneUpdates.mapValues { Self.inPeriodOrder($0, \.period) }
        for row in returns.riskUpdates { riskUpdates[row.risk, default: []].append(row) }
        riskUpdates = riskUpdates.mapValues { Self.inPeriodOrder($0, \.period) }
        for row in returns.financeActuals { financeActuals[FinanceKey(line: row.line, year: row.year)] = row.actual }
    }

    /// The positions of each KPI's consecutive rows in `range`. Returns list a KPI's rows
    /// (and its partners') one after another, so comparing with the previous row's KPI
    /// spares hashing every row.
    private static func runs(of values: [KPIValue], in range: Range<Int>) -> [(kpi: String, positions: [Int])] {
        var runs: [(kpi: String, positions: [Int])] = []
        var previous: String?
        var group: [Int] = []
        for position in range {
            let kpi = values[position].kpi
            if kpi != previous {
                if let previous { runs.append((previous, group)) }
                previous = kpi
                group = []
            }
            group.append(position)
        }
        if let previous { runs.append((previous, group)) }
        return runs
    }

    /// Sorted by period, keeping file order within a period (the later row wins).
    private static func inPeriodOrder<T>(_ rows: [T], _ period: KeyPath<T, Period>) -> [T] {
        rows.enumerated().sorted { a, b in
            let pa = a.element[keyPath: period], pb = b.element[keyPath: period]
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)
    }

    /// A KPI's rows, arranged for its listed partners (empty when it has none).
    func rows(forKPI kpi: String, partners: [String]) -> KPIRows {
        KPIRows(values: kpiValues, positions: kpiPositions[kpi] ?? [], partners: partners)
    }

    /// A figure's value for a quarter (the later row wins); for the few lookups that do
    /// not go through ``KPIRows``.
    func kpiValue(_ kpi: String, partner: String?, period: Period) -> Decimal? {
        var value: Decimal?
        for position in kpiPositions[kpi] ?? [] {
            let row = kpiValues[position]
            if row.period == period, row.partner == partner { value = row.value }
        }
        return value
    }
}
