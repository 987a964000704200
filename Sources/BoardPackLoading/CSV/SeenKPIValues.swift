/// Where the first row for each KPI, period and partner is among the values read, to find
/// second rows.
///
/// A return has a row for most slots (KPI × programme quarter × overall or partner), so a
/// flat table of first lines is small and needs no hashing; a table that would be large
/// (a very long programme) falls back to a dictionary.
struct SeenKPIValues {
    private let offsets: [Int]
    private let widths: [Int]
    private let firstOrdinal: Int
    private let quarterCount: Int
    private var table: [Int]
    private var dictionary: [KPIValueKey: Int] = [:]
    private let flat: Bool

    private static let largestTable = 1 << 22

    /// `partnerCounts[k]` is the number of partners of the plan's KPI `k`; `quarters` the
    /// programme's quarter ordinals (every value's ordinal lies in it).
    init(partnerCounts: [Int], quarters: ClosedRange<Int>?) {
        firstOrdinal = quarters?.lowerBound ?? 0
        quarterCount = quarters?.count ?? 0
        var offsets: [Int] = [], widths: [Int] = []
        var total = 0
        for count in partnerCounts where total <= Self.largestTable {
            offsets.append(total)
            widths.append(count + 1)
            total += (count + 1) * quarterCount
        }
        flat = total <= Self.largestTable
        self.offsets = flat ? offsets : []
        self.widths = flat ? widths : []
        table = flat ? [Int](repeating: 0, count: total) : []
    }

    /// The position of the first value for `key`; nil, and `position` remembered, when this
    /// is the first. Positions, not lines: the values themselves need not be read to be
    /// checked, only the few second rows' firsts to be reported.
    mutating func first(_ key: KPIValueKey, at position: Int) -> Int? {
        guard flat else {
            if let first = dictionary[key] { return first }
            dictionary[key] = position
            return nil
        }
        let slot = offsets[key.kpi] + (key.ordinal - firstOrdinal) * widths[key.kpi] + key.partner
        // Kept one up, so 0 marks a slot not yet seen.
        let first = table[slot]
        if first != 0 { return first - 1 }
        table[slot] = position + 1
        return nil
    }
}
