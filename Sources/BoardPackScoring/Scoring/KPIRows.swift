import BoardPackCore
import Foundation

/// One KPI's returns as dense arrays by quarter: for the overall figure and for each listed
/// partner, the position of the quarter's row in the returns. Built once per KPI, so that
/// scoring a quarter indexes an array rather than hashing (kpi, partner, period) keys,
/// and no row is copied.
///
/// A figure is a series: nil for the overall figure, else the partner's index in
/// `kpi.partners`.
struct KPIRows: Sendable {
    /// Every KPI row of the returns; `overall` and `partners` hold positions in it.
    private let values: [KPIValue]
    /// The ordinal of the quarter at index 0.
    let base: Int
    /// How many quarters the arrays cover.
    let count: Int
    private let overall: [Int?]
    private let partners: [[Int?]]
    /// The earliest quarter any row of the KPI has (any partner's, listed or not), to
    /// bound backward searches.
    let first: Period?

    /// `positions`: the KPI's rows in file order. Duplicates are a loader error; if one
    /// slips through, the later row wins.
    init(values: [KPIValue], positions: ArraySlice<Int>, partners listed: [String]) {
        self.values = values
        var low = Int.max, high = Int.min
        for position in positions {
            let ordinal = values[position].period.ordinal
            low = min(low, ordinal)
            high = max(high, ordinal)
        }
        let count = positions.isEmpty ? 0 : high - low + 1
        base = positions.isEmpty ? 0 : low
        self.count = count
        first = positions.isEmpty ? nil : Period(ordinal: low)
        var overall = [Int?](repeating: nil, count: count)
        var partners = [[Int?]](repeating: overall, count: listed.count)
        for position in positions {
            let row = values[position]
            let index = row.period.ordinal - low
            guard let partner = row.partner else {
                overall[index] = position
                continue
            }
            for (series, name) in listed.enumerated() where name == partner { partners[series][index] = position }
        }
        self.overall = overall
        self.partners = partners
    }

    /// The position of a figure's row for the quarter with this ordinal.
    private func position(_ series: Int?, _ ordinal: Int) -> Int? {
        let index = ordinal - base
        guard index >= 0, index < count else { return nil }
        guard let series else { return overall[index] }
        return partners[series][index]
    }

    /// A figure's value for a quarter (nil: no row, or a row without a value).
    func value(_ series: Int?, _ ordinal: Int) -> Decimal? {
        position(series, ordinal).flatMap { values[$0].value }
    }

    func commentary(_ series: Int?, _ ordinal: Int) -> String? {
        position(series, ordinal).flatMap { values[$0].commentary }
    }

    /// Whether a figure has a row (with or without a value) for the quarter.
    func hasRow(_ series: Int?, _ ordinal: Int) -> Bool { position(series, ordinal) != nil }

    /// The number of listed partners the rows were arranged for.
    var partnerCount: Int { partners.count }
}
