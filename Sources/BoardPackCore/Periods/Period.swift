/// One fiscal quarter. `fiscalYear` is the calendar year in which the fiscal year
/// starts (2017 for 2017/18); `quarter` is 1...4. Labels and dates need a
/// ``FiscalCalendar``, which knows the start month.
public struct Period: Hashable, Comparable, Sendable {
    public let fiscalYear: Int
    public let quarter: Int

    public init(fiscalYear: Int, quarter: Int) {
        precondition((1...4).contains(quarter), "quarter must be 1...4")
        self.fiscalYear = fiscalYear
        self.quarter = quarter
    }

    /// A running count of quarters, so periods can be compared and stepped.
    public var ordinal: Int { fiscalYear * 4 + (quarter - 1) }

    public init(ordinal: Int) {
        let fy = ordinal >= 0 ? ordinal / 4 : (ordinal - 3) / 4
        self.init(fiscalYear: fy, quarter: ordinal - fy * 4 + 1)
    }

    public var previous: Period { Period(ordinal: ordinal - 1) }
    public var next: Period { Period(ordinal: ordinal + 1) }
    /// The same quarter of the previous fiscal year.
    public var sameQuarterLastYear: Period { Period(fiscalYear: fiscalYear - 1, quarter: quarter) }

    /// The previous period in which a KPI of `frequency` was due.
    public func previousDue(for frequency: Frequency) -> Period {
        var p = previous
        while !frequency.isDue(inQuarter: p.quarter) { p = p.previous }
        return p
    }

    /// Quarters of the same fiscal year up to and including this one.
    public var yearToDate: [Period] {
        (1...quarter).map { Period(fiscalYear: fiscalYear, quarter: $0) }
    }

    public static func < (a: Period, b: Period) -> Bool { a.ordinal < b.ordinal }
}
