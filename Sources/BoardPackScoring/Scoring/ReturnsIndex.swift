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
    /// Each KPI's number: its rows are `kpiPositions[kpiStarts[n]..<kpiStarts[n + 1]]`,
    /// positions in file order.
    private var kpiNumbers: [String: Int] = [:]
    private var kpiStarts: [Int] = [0]
    private var kpiPositions: [Int] = []
    /// The rows of KPIs that were not numbered (not in the plan), by KPI.
    private var otherPositions: [String: [Int]] = [:]
    /// Each milestone's updates in period order (file order within a period).
    private(set) var milestoneUpdates: [String: [MilestoneUpdate]] = [:]
    /// Each risk's updates in period order (file order within a period).
    private(set) var riskUpdates: [String: [RiskUpdate]] = [:]
    private(set) var financeActuals: [FinanceKey: Decimal] = [:]

    /// `kpiIDs`: the plan's KPIs, numbered in this order; without them, the KPIs of the
    /// rows, in the order they first appear.
    init(_ returns: Returns, kpiIDs: [String]? = nil) {
        kpiValues = returns.kpiValues
        for id in kpiIDs ?? kpiValues.map(\.kpi) where kpiNumbers[id] == nil { kpiNumbers[id] = kpiNumbers.count }
        indexKPIs()
        for row in returns.milestoneUpdates { milestoneUpdates[row.milestone, default: []].append(row) }
        milestoneUpdates = milestoneUpdates.mapValues { Self.inPeriodOrder($0, \.period) }
        for row in returns.riskUpdates { riskUpdates[row.risk, default: []].append(row) }
        riskUpdates = riskUpdates.mapValues { Self.inPeriodOrder($0, \.period) }
        for row in returns.financeActuals { financeActuals[FinanceKey(line: row.line, year: row.year)] = row.actual }
    }

    /// Groups the KPI rows by KPI, keeping file order. Returns list every KPI for one
    /// quarter, then for the next, so a KPI's rows are spread over the whole file: stretches
    /// of rows are numbered by KPI on every core, then the positions are sorted by number in
    /// two passes over the numbers (merging each stretch's groups in a dictionary, on one
    /// core, took most of the time before the KPIs were scored).
    private mutating func indexKPIs() {
        let values = kpiValues, numbers = kpiNumbers, pieces = min(16, max(1, values.count / 8_192))
        let numbered = Parallel.map(pieces) { piece in
            Self.numbers(of: values, in: (values.count * piece / pieces)..<(values.count * (piece + 1) / pieces), numbers)
        }
        var starts = [Int](repeating: 0, count: numbers.count + 1)
        for stretch in numbered {
            for number in stretch where number >= 0 { starts[Int(number) + 1] += 1 }
        }
        for n in 0..<numbers.count { starts[n + 1] += starts[n] }
        var next = starts
        var positions = [Int](repeating: 0, count: starts[numbers.count])
        var position = 0
        for stretch in numbered {
            for number in stretch {
                if number >= 0 {
                    positions[next[Int(number)]] = position
                    next[Int(number)] += 1
                } else {
                    otherPositions[values[position].kpi, default: []].append(position)
                }
                position += 1
            }
        }
        kpiStarts = starts
        kpiPositions = positions
    }

    /// The number of each row's KPI in `range`, -1 when it has none. A KPI's partners'
    /// rows come one after another, so comparing with the previous row's KPI spares hashing
    /// most rows.
    private static func numbers(of values: [KPIValue], in range: Range<Int>, _ numbers: [String: Int]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(range.count)
        var previous: String?
        var number: Int32 = -1
        for position in range {
            let kpi = values[position].kpi
            if kpi != previous {
                previous = kpi
                number = numbers[kpi].map { Int32($0) } ?? -1
            }
            result.append(number)
        }
        return result
    }

    /// A KPI's rows by position, in file order.
    private func positions(of kpi: String) -> ArraySlice<Int> {
        if let number = kpiNumbers[kpi] { return kpiPositions[kpiStarts[number]..<kpiStarts[number + 1]] }
        return otherPositions[kpi]?[...] ?? []
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
        KPIRows(values: kpiValues, positions: positions(of: kpi), partners: partners)
    }

    /// A figure's value for a quarter (the later row wins); for the few lookups that do
    /// not go through ``KPIRows``.
    func kpiValue(_ kpi: String, partner: String?, period: Period) -> Decimal? {
        var value: Decimal?
        for position in positions(of: kpi) {
            let row = kpiValues[position]
            if row.period == period, row.partner == partner { value = row.value }
        }
        return value
    }
}
