/// Fiscal years and quarters for a given start month (UK local government: April).
///
/// With an April start, fiscal year 2017 is written `2017/18` and runs 2017-04-01 to
/// 2018-03-31; its Q3 (`2017/18 Q3`) is October-December 2017. With a January start the
/// year is written `2019` and its quarters `2019 Q1` ... `2019 Q4`.
public struct FiscalCalendar: Hashable, Sendable {
    /// 1 (January) ... 12 (December).
    public let startMonth: Int

    public init(startMonth: Int = 4) {
        precondition((1...12).contains(startMonth), "start month must be 1...12")
        self.startMonth = startMonth
    }

    /// What a period looks like in this calendar, for messages ("expected ...").
    public var periodFormatHint: String {
        startMonth == 1 ? "a quarter such as \"2019 Q3\"" : "a quarter such as \"2017/18 Q3\""
    }

    /// What a fiscal year looks like in this calendar, for messages.
    public var yearFormatHint: String {
        startMonth == 1 ? "a year such as \"2019\"" : "a fiscal year such as \"2017/18\""
    }

    // MARK: Labels

    /// `2017/18`, or `2019` with a January start.
    public func yearLabel(_ fiscalYear: Int) -> String {
        if startMonth == 1 { return String(fiscalYear) }
        let next = (fiscalYear + 1) % 100
        return "\(fiscalYear)/" + (next < 10 ? "0" : "") + String(next)
    }

    /// `2017/18 Q3`, or `2019 Q3` with a January start.
    public func label(_ period: Period) -> String { "\(yearLabel(period.fiscalYear)) Q\(period.quarter)" }

    /// The period as used in output file names: `2017-18-Q3` (or `2019-Q3`).
    public func fileStem(_ period: Period) -> String {
        yearLabel(period.fiscalYear).replacingSlashes() + "-Q\(period.quarter)"
    }

    // MARK: Parsing

    /// Parses a fiscal year: `2017/18`, `2017-18`, `FY2017/18` (or `2019`, `FY2019`
    /// with a January start). Nil when the text is not a year of this calendar.
    public func parseYear(_ text: String) -> Int? {
        var s = Substring(text.trimmingSpaces())
        if s.uppercased().hasPrefix("FY") { s = s.dropFirst(2).drop(while: { $0 == " " }) }
        if startMonth == 1 {
            guard s.count == 4, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let first = Int(parts[0]), let second = Int(parts[1]),
              (first + 1) % 100 == second else { return nil }
        return first
    }

    /// Parses a quarter: `2017/18 Q3`, `2017-18 Q3`, `FY2017/18 Q3` (or `2019 Q3` with a
    /// January start). Nil when it is not a quarter of this calendar (e.g. `Q5`).
    public func parsePeriod(_ text: String) -> Period? {
        let s = text.trimmingSpaces()
        guard let q = s.lastIndex(where: { $0 == "Q" || $0 == "q" }) else { return nil }
        let yearPart = s[..<q].trimmingSpaces()
        let quarterPart = s[s.index(after: q)...]
        guard quarterPart.count == 1, let quarter = Int(quarterPart), (1...4).contains(quarter),
              let year = parseYear(yearPart) else { return nil }
        return Period(fiscalYear: year, quarter: quarter)
    }

    // MARK: Dates

    /// The first day of a fiscal year.
    public func firstDay(ofYear fiscalYear: Int) -> Day {
        Day(year: fiscalYear, month: startMonth, day: 1) ?? Day(daysSinceEpoch: 0)
    }

    /// The last day of a fiscal year.
    public func lastDay(ofYear fiscalYear: Int) -> Day { firstDay(ofYear: fiscalYear + 1).adding(days: -1) }

    /// The first day of a quarter.
    public func firstDay(of period: Period) -> Day {
        let monthIndex = startMonth - 1 + (period.quarter - 1) * 3
        let year = period.fiscalYear + monthIndex / 12
        return Day(year: year, month: monthIndex % 12 + 1, day: 1) ?? Day(daysSinceEpoch: 0)
    }

    /// The report date of a quarter: its last day.
    public func reportDate(of period: Period) -> Day { firstDay(of: period.next).adding(days: -1) }

    /// The quarter a day falls in.
    public func period(containing day: Day) -> Period {
        var monthsIn = day.month - startMonth
        var fiscalYear = day.year
        if monthsIn < 0 { monthsIn += 12; fiscalYear -= 1 }
        return Period(fiscalYear: fiscalYear, quarter: monthsIn / 3 + 1)
    }

    /// The fiscal year a day falls in.
    public func fiscalYear(containing day: Day) -> Int { period(containing: day).fiscalYear }

    /// Every quarter that overlaps `start...end`, in order.
    public func periods(from start: Day, through end: Day) -> [Period] {
        guard start <= end else { return [] }
        let first = period(containing: start), last = period(containing: end)
        return (first.ordinal...last.ordinal).map(Period.init(ordinal:))
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    func replacingSlashes() -> String { String(map { $0 == "/" ? "-" : $0 }) }
}
