import BoardPackCore
import Testing

@Suite("status and trend labels")
struct StatusTests {
    @Test("a status label is its symbol and its word", arguments: Status.allCases)
    func statusLabel(status: Status) {
        #expect(status.label == "\(status.symbol) \(status.word)")
    }

    @Test("a trend label is its arrow and its word", arguments: Trend.allCases)
    func trendLabel(trend: Trend) {
        #expect(trend.label == "\(trend.arrow) \(trend.rawValue)")
    }

    @Test("statuses are tallied in one pass, absent ones left out")
    func tally() {
        #expect(Status.tally([Status.green, .red, .green, .notDue]) == [.green: 2, .red: 1, .notDue: 1])
        #expect(Status.tally([Status]()).isEmpty)
    }
}
