@testable import BoardPackXLSX
import Foundation
import Testing

@Suite("Decimal to Excel number")
struct ExcelDoubleTests {
    @Test("every figure becomes the double its text parses to", arguments: [
        "0", "95", "94.999", "0.1", "-14.25", "4261974", "0.000001", "123.4500", "1e22", "1e-22",
        "9007199254740991", "9007199254740993", "12345678901234567890.5", "1e-30", "-0.3333333333333333333333333333333333333",
    ])
    func sameAsText(text: String) throws {
        let value = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        #expect(value.excelDouble == Double(value.description), "\(text)")
    }

    @Test("computed figures (averages, shares) land on the nearest double")
    func computed() {
        var value = Decimal(1) / 7
        for _ in 0..<200 {
            #expect(value.excelDouble == Double(value.description), "\(value)")
            value = value * 3 / 2 + Decimal(1) / 100
        }
    }
}
