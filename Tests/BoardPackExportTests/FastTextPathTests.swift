import BoardPackCore
import BoardPackTestSupport
import Foundation
import Testing

@testable import BoardPackCore
@testable import BoardPackExport

/// The byte-level fast paths against the Foundation and character-by-character code they
/// stand in for, on many generated inputs: the packs must come out byte for byte the same.
@Suite("fast text paths")
struct FastTextPathTests {
    static func decimals() -> [Decimal] {
        var g = SplitMix(state: 42)
        var out: [Decimal] = ["0.1", "14.25", "-14.25", "0.05", "-0.04", "210000", "1e3", "0.000", "99.995", "-2.675",
                              "78.633333333333333333333333333333333333", "18446744073709551615", "18446744073709551616"]
            .compactMap { Decimal(string: $0) }
        out.append(Decimal(1) / Decimal(3))
        out.append(Decimal(-2) / Decimal(3) * Decimal(100))
        for i in 0..<20_000 {
            let bits = Int.random(in: 1...64, using: &g)
            let u = bits == 64 ? UInt64.random(in: 0...UInt64.max, using: &g) : UInt64.random(in: 0..<(1 << UInt64(bits)), using: &g)
            var d = Decimal(sign: Bool.random(using: &g) ? .minus : .plus, exponent: Int.random(in: -30...12, using: &g),
                            significand: Decimal(u))
            // Arithmetic leaves other spellings: unnormalised trailing zeros, 38-digit quotients.
            switch i % 5 {
            case 1: d *= Decimal(string: "1.00") ?? 1
            case 2: d /= Decimal(Int.random(in: 3...97, using: &g))
            case 3: d *= Decimal(u)
            default: break
            }
            out.append(d)
        }
        return out
    }

    @Test func plainDecimalsMatchFoundation() {
        for d in Self.decimals() {
            #expect(DecimalText.plain(d) == DecimalText.foundationPlain(d), "\(d)")
        }
    }

    @Test func fixedDecimalsMatchFoundation() {
        for (i, d) in Self.decimals().enumerated() {
            let places = i % 4
            #expect(DecimalText.fixed(d, places: places) == DecimalText.foundationFixed(d, places: places), "\(d) to \(places)")
        }
    }

    @Test func groupingMatchesTheCharacterVersion() {
        for text in ["", "-", "1", "123", "1234", "-1234567.50", "12345678901", "1.2345", "ab-cdef", "--1234", "£1234", "12\r\n345"] {
            #expect(DecimalText.grouped(text) == DecimalText.foundationGrouped(text), "\(text)")
        }
    }

    // MARK: Wrapping

    /// The wrapper as it was before the byte paths: Foundation's label guard and wrapping by
    /// characters.
    static func referenceLines(_ text: String, width: Int) -> [String] {
        var previous: UInt8 = 32, unchanged = true
        for byte in text.utf8 {
            if byte == 10 || (byte == 32 && previous == 32) || (byte == 0xA0 && previous == 0xC2) { unchanged = false }
            previous = byte
        }
        unchanged = unchanged && (previous != 32 || text.isEmpty)
        if text.utf8.count <= width, unchanged { return [text] }
        // Wrapping by characters is the path the byte paths stand in for.
        func wrap(_ text: String) -> [String] { TextWrap.characterWrap(text, width: width) }
        if text.utf8.allSatisfy({ $0 < 128 }) { return wrap(text) }
        var protected = text
        for status in Status.allCases where protected.contains(status.label) {
            protected = protected.replacingOccurrences(of: status.label, with: status.label.replacingOccurrences(of: " ", with: "\u{00A0}"))
        }
        return wrap(protected).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
    }

    static let pieces: [String] = Status.allCases.map(\.label) + Trend.allCases.map(\.label) + [
        "a", "word", "Commentary:", "longerwordthanmost", " ", " ", "  ", "\n", "\u{00A0}", "£1,250", "—", "é",
        "e\u{301}", "\r\n", "\r", "👍", "→", "KPI-1", "(better)", "ü", "█", "Action: ", "x", "? NO_DATA", "\t",
    ]

    static func texts(count: Int) -> [String] {
        var g = SplitMix(state: 7)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...14, using: &g)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &g)] }.joined()
        }
    }

    @Test func wrappingMatchesTheCharacterWrapper() {
        var g = SplitMix(state: 11)
        for text in Self.texts(count: 6_000) {
            let width = Int.random(in: 1...24, using: &g)
            #expect(TextWrap.lines(text, width: width) == Self.referenceLines(text, width: width), "\(text.debugDescription) at \(width)")
        }
    }

    @Test func measuringTrimmingAndSearchingMatchTheCharacterVersions() {
        for text in Self.texts(count: 4_000) {
            #expect(TextWrap.columns(text) == text.count, "\(text.debugDescription)")
            var trimmed = Substring(text)
            while trimmed.last == " " { trimmed.removeLast() }
            #expect(TextWrap.trimmedRight(text) == String(trimmed), "\(text.debugDescription)")
            for needle in [": ", "Action:", "✖ RED"] {
                let fast = TextWrap.range(of: needle, in: text).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                let slow = text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                #expect(fast == slow, "\(needle) in \(text.debugDescription)")
            }
        }
    }

    @Test("exception numbers keep a space before the status, however many exceptions there are")
    func exceptionNumbersFitTheirColumn() {
        #expect(TextPackWriter.exceptionNumberColumns(count: 9) == 4)
        #expect(TextPackWriter.exceptionNumberColumns(count: 99) == 4)
        #expect(TextPackWriter.exceptionNumberColumns(count: 100) == 5)
        #expect(TextPackWriter.exceptionNumberColumns(count: 9_588) == 6)
        #expect(TextPackWriter.exceptionNumber(1, columns: 4) == "1.  ")
        #expect(TextPackWriter.exceptionNumber(99, columns: 4) == "99. ")
        #expect(TextPackWriter.exceptionNumber(7, columns: 6) == "7.    ")
        #expect(TextPackWriter.exceptionNumber(1000, columns: 6) == "1000. ")
        #expect(TextPackWriter.exceptionNumber(9_588, columns: 6) == "9588. ")
    }
}
