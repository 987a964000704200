import BoardPackCore
import Testing

@Suite("Fiscal periods")
struct PeriodTests {
    let april = FiscalCalendar()

    @Test("accepted spellings", arguments: ["2017/18 Q3", "2017-18 Q3", "FY2017/18 Q3", "fy2017/18 q3", "  2017/18 Q3  ", "FY 2017-18 Q3"])
    func acceptedSpellings(_ text: String) {
        #expect(april.parsePeriod(text) == Period(fiscalYear: 2017, quarter: 3))
    }

    @Test("rejected spellings", arguments: ["2017/18 Q5", "2017/18 Q0", "2017/19 Q1", "2017 Q1", "Q3", "2017/18", "17/18 Q3", "2017/18 Q33", "next quarter", ""])
    func rejectedSpellings(_ text: String) {
        #expect(april.parsePeriod(text) == nil)
    }

    @Test func labelsAndFileStems() {
        let p = Period(fiscalYear: 2017, quarter: 3)
        #expect(april.label(p) == "2017/18 Q3")
        #expect(april.fileStem(p) == "2017-18-Q3")
        #expect(april.yearLabel(2099) == "2099/00")
        #expect(april.yearLabel(2008) == "2008/09")
    }

    @Test("report dates are the quarter's last day", arguments: [
        (2017, 1, "2017-06-30"), (2017, 2, "2017-09-30"), (2017, 3, "2017-12-31"), (2017, 4, "2018-03-31"),
        (2020, 4, "2021-03-31"), (2019, 4, "2020-03-31"),
    ])
    func reportDates(_ year: Int, _ quarter: Int, _ date: String) {
        #expect(april.reportDate(of: Period(fiscalYear: year, quarter: quarter)).description == date)
    }

    @Test func fiscalYearBoundaries() {
        #expect(april.period(containing: Day(year: 2018, month: 3, day: 31)!) == Period(fiscalYear: 2017, quarter: 4))
        #expect(april.period(containing: Day(year: 2018, month: 4, day: 1)!) == Period(fiscalYear: 2018, quarter: 1))
        #expect(april.firstDay(ofYear: 2018).description == "2018-04-01")
        #expect(april.lastDay(ofYear: 2018).description == "2019-03-31")
        #expect(april.firstDay(of: Period(fiscalYear: 2017, quarter: 4)).description == "2018-01-01")
    }

    @Test func aJanuaryStartWritesCalendarYears() {
        let january = FiscalCalendar(startMonth: 1)
        #expect(january.parsePeriod("2019 Q1") == Period(fiscalYear: 2019, quarter: 1))
        #expect(january.parsePeriod("FY2019 Q4") == Period(fiscalYear: 2019, quarter: 4))
        #expect(january.parsePeriod("2019/20 Q1") == nil)
        #expect(january.label(Period(fiscalYear: 2019, quarter: 4)) == "2019 Q4")
        #expect(january.fileStem(Period(fiscalYear: 2019, quarter: 4)) == "2019-Q4")
        #expect(january.reportDate(of: Period(fiscalYear: 2019, quarter: 1)).description == "2019-03-31")
        #expect(january.reportDate(of: Period(fiscalYear: 2019, quarter: 4)).description == "2019-12-31")
        #expect(january.period(containing: Day(year: 2019, month: 12, day: 31)!) == Period(fiscalYear: 2019, quarter: 4))
    }

    @Test func aJulyStart() {
        let july = FiscalCalendar(startMonth: 7)
        #expect(july.reportDate(of: Period(fiscalYear: 2019, quarter: 1)).description == "2019-09-30")
        #expect(july.reportDate(of: Period(fiscalYear: 2019, quarter: 4)).description == "2020-06-30")
        #expect(july.period(containing: Day(year: 2020, month: 6, day: 30)!) == Period(fiscalYear: 2019, quarter: 4))
        #expect(july.period(containing: Day(year: 2020, month: 7, day: 1)!) == Period(fiscalYear: 2020, quarter: 1))
    }

    @Test func stepsBetweenQuarters() {
        let q1 = Period(fiscalYear: 2018, quarter: 1)
        #expect(q1.previous == Period(fiscalYear: 2017, quarter: 4))
        #expect(Period(fiscalYear: 2017, quarter: 4).next == q1)
        #expect(q1.sameQuarterLastYear == Period(fiscalYear: 2017, quarter: 1))
        #expect(Period(fiscalYear: 2018, quarter: 3).yearToDate.map(\.quarter) == [1, 2, 3])
        #expect(Period(ordinal: q1.ordinal) == q1)
    }

    @Test func previousDuePeriodByFrequency() {
        let q1 = Period(fiscalYear: 2018, quarter: 1), q4 = Period(fiscalYear: 2018, quarter: 4)
        #expect(q1.previousDue(for: .quarterly) == Period(fiscalYear: 2017, quarter: 4))
        #expect(q1.previousDue(for: .biannual) == Period(fiscalYear: 2017, quarter: 4))
        #expect(q4.previousDue(for: .biannual) == Period(fiscalYear: 2018, quarter: 2))
        #expect(q4.previousDue(for: .annual) == Period(fiscalYear: 2017, quarter: 4))
    }

    @Test("quarters each frequency is due in", arguments: [
        (Frequency.quarterly, [true, true, true, true]), (.biannual, [false, true, false, true]), (.annual, [false, false, false, true]),
    ])
    func dueQuarters(_ frequency: Frequency, _ due: [Bool]) {
        #expect((1...4).map(frequency.isDue(inQuarter:)) == due)
    }

    @Test func quartersOfAProgramme() {
        let quarters = april.periods(from: Day(year: 2017, month: 4, day: 1)!, through: Day(year: 2022, month: 3, day: 31)!)
        #expect(quarters.count == 20)
        #expect(quarters.first.map(april.label) == "2017/18 Q1")
        #expect(quarters.last.map(april.label) == "2021/22 Q4")
    }
}

@Suite("Days")
struct DayTests {
    @Test func validity() {
        #expect(Day(iso: "2019-02-30") == nil)
        #expect(Day(iso: "2020-02-29") != nil)
        #expect(Day(iso: "2100-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "2019-13-01") == nil)
        #expect(Day(iso: "2019-04-31") == nil)
    }

    @Test("ISO dates only", arguments: ["2019-2-3", "19-02-03", "2019/02/03", "03-02-2019", "2019-02-03T00:00", "", "２０１９-02-03"])
    func rejectsOtherSpellings(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func arithmeticAcrossALeapYear() {
        let start = Day(year: 2020, month: 2, day: 28)!
        #expect(start.adding(days: 1).description == "2020-02-29")
        #expect(start.adding(days: 2).description == "2020-03-01")
        #expect(Day(year: 2021, month: 3, day: 1)!.days(since: Day(year: 2020, month: 3, day: 1)!) == 365)
        #expect(Day(year: 2020, month: 3, day: 1)!.days(since: Day(year: 2019, month: 3, day: 1)!) == 366)
        #expect(Day(year: 2017, month: 12, day: 31)!.days(since: Day(year: 2018, month: 1, day: 30)!) == -30)
        #expect(Day(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(Day(iso: "2017-06-30")!.daysSinceEpoch == 17347)
    }

    @Test func ordering() {
        #expect(Day(iso: "2017-12-31")! < Day(iso: "2018-01-01")!)
        #expect(Day(iso: "2018-01-01")!.description == "2018-01-01")
    }
}
