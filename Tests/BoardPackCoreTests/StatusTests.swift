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
}
