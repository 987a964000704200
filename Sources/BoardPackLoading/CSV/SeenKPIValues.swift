/// The line of the first row for each KPI, period and partner, to find second rows.
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

    /// The line of the first row for `key`; nil, and `line` remembered, when this is the first.
    mutating func first(_ key: KPIValueKey, line: Int) -> Int? {
        guard flat else {
            if let first = dictionary[key] { return first }
            dictionary[key] = line
            return nil
        }
        let slot = offsets[key.kpi] + (key.ordinal - firstOrdinal) * widths[key.kpi] + key.partner
        let first = table[slot]
        // Lines start at 1, so 0 marks a slot not yet seen.
        if first != 0 { return first }
        table[slot] = line
        return nil
    }
}
