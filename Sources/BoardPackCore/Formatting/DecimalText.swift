import Foundation

/// Exact, locale-free text for decimals: `4261974`, `14.3`, `-0.25`; never an exponent.
public enum DecimalText {
    /// The decimal's plain digits.
    public static func plain(_ value: Decimal) -> String {
        // Decimal's description is locale-independent and plain for the magnitudes a plan
        // holds; guard against exponent forms all the same.
        let text = value.description
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return text }
        return fixed(value, places: 10).trimmingTrailingZeros()
    }

    /// Rounded half up (away from zero) to `places` decimal places, always showing them:
    /// `fixed(13, places: 1)` is `13.0`.
    public static func fixed(_ value: Decimal, places: Int) -> String {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, places, .plain)
        let negative = rounded < 0
        var text = (negative ? -rounded : rounded).description
        if places > 0 {
            if let dot = text.firstIndex(of: ".") {
                let have = text.distance(from: dot, to: text.endIndex) - 1
                text += String(repeating: "0", count: max(0, places - have))
            } else {
                text += "." + String(repeating: "0", count: places)
            }
        }
        return (negative && rounded != 0 ? "-" : "") + text
    }

    /// `1234567.5` → `1,234,567.5` (grouping the whole part by thousands).
    public static func grouped(_ text: String) -> String {
        var sign = "", body = Substring(text)
        if body.first == "-" { sign = "-"; body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = String(parts[0]), result = ""
        while whole.count > 3 {
            result = "," + whole.suffix(3) + result
            whole = String(whole.dropLast(3))
        }
        result = whole + result
        return sign + result + (parts.count > 1 ? "." + parts[1] : "")
    }
}

extension String {
    func trimmingTrailingZeros() -> String {
        guard contains(".") else { return self }
        var s = self
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
