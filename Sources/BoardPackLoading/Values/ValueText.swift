import BoardPackCore
import Foundation

/// Reading the values people type into plans and returns: exact decimals (never through
/// binary floating point), money and percentages, ISO dates, words from a list.
enum ValueText {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A plain decimal number: `95`, `-3.5`, `0.25`. Nil for anything else.
    static func plainDecimal(_ text: String) -> Decimal? {
        // One pass over the bytes: every accepted character is ASCII, so bytes are characters.
        var digits = 0, dots = 0, index = 0
        var first: UInt8 = 0, second: UInt8 = 0, last: UInt8 = 0
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if index != 0 { return nil }
            default: return nil
            }
            if index == 0 { first = c } else if index == 1 { second = c }
            last = c
            index += 1
        }
        guard digits > 0, dots <= 1 else { return nil }
        // Without its sign, the number neither starts nor ends with a dot.
        let signed = first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        if (signed ? second : first) == UInt8(ascii: ".") || last == UInt8(ascii: ".") { return nil }
        if digits <= 18 { return exactDecimal(text) }
        return Decimal(string: text, locale: posix)
    }

    /// Digits read straight into a significand and a decimal exponent: exact, and much
    /// faster than `Decimal(string:)` on the hundreds of thousands of values a return holds.
    private static func exactDecimal(_ text: String) -> Decimal {
        var significand: UInt64 = 0
        var scale = 0, negative = false, afterDot = false
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): afterDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                significand = significand * 10 + UInt64(c - UInt8(ascii: "0"))
                if afterDot { scale += 1 }
            default: break
            }
        }
        // A negative zero would be Foundation's NaN.
        guard significand != 0 else { return 0 }
        return Decimal(sign: negative ? .minus : .plus, exponent: -scale, significand: Decimal(significand))
    }

    /// A reported value: a plain number, or with `£`, `%` and thousands separators
    /// (`£210,000`, `95%`, `-£800`, `1,250.5`). Nil when it is not a number.
    static func reportedNumber(_ raw: String) -> Decimal? {
        // Most returns hold plain numbers: no symbols, separators or spaces to remove.
        if raw.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 }) { return plainDecimal(raw) }
        var text = raw.trimmingWhitespace
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        if text.hasPrefix("£") { text.removeFirst() }
        if !negative, text.hasPrefix("-") { negative = true; text.removeFirst() }
        if text.hasSuffix("%") { text.removeLast() }
        if text.contains(",") {
            // Thousands separators only where they belong: 1,250 or 12,500,000.5
            let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            text = groups.joined() + (parts.count > 1 ? "." + parts[1] : "")
        }
        guard !text.hasPrefix("+"), !text.hasPrefix("-"), let value = plainDecimal(text) else { return nil }
        return negative ? -value : value
    }

    /// A whole number.
    static func integer(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) || (text.hasPrefix("-") && text.count > 1
            && text.dropFirst().utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })) else { return nil }
        return Int(text)
    }

    /// A tolerance: `5%` (percent of a reference) or `2` (units).
    static func tolerance(_ raw: String) -> Tolerance? {
        let text = raw.trimmingWhitespace
        if text.hasSuffix("%") {
            guard let p = plainDecimal(text.dropLast().trimmingWhitespace), p >= 0 else { return nil }
            return .percent(p)
        }
        guard let u = plainDecimal(text), u >= 0 else { return nil }
        return .units(u)
    }

    /// `one of a, b or c` for messages.
    static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
    }

    /// The known word nearest to a typo, if it is near enough to be a likely slip.
    static func suggestion(for word: String, among known: [String]) -> String? {
        let lower = word.lowercased()
        let scored = known.map { ($0, distance(lower, $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let (best, d) = scored, d <= max(1, min(3, best.count / 3)) else { return nil }
        return best
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit (the optimal
    /// string alignment distance), so `shrot` is one slip from `short`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
