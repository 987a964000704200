import BoardPackCore

/// One KPI's returns, by figure and quarter: the overall rows and each partner's, keyed by
/// `Period.ordinal`. Looked up once per KPI, so scoring a quarter hashes small integers
/// rather than (kpi, partner, period) keys.
struct KPIRows: Sendable {
    var overall: [Int: KPIValue] = [:]
    var partners: [String: [Int: KPIValue]] = [:]
    /// The earliest quarter any row of the KPI has, to bound backward searches.
    var first: Period?

    /// A figure's rows: the overall ones (partner nil) or a partner's.
    func series(_ partner: String?) -> [Int: KPIValue] {
        guard let partner else { return overall }
        return partners[partner] ?? [:]
    }

    mutating func add(_ row: KPIValue) {
        // Duplicates are a loader error; if one slips through, the later row wins.
        if let partner = row.partner {
            partners[partner, default: [:]][row.period.ordinal] = row
        } else {
            overall[row.period.ordinal] = row
        }
        if first.map({ row.period < $0 }) ?? true { first = row.period }
    }
}
