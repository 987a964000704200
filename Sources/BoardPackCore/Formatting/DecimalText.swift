import Foundation

/// Exact, locale-free text for decimals: `4261974`, `14.3`, `-0.25`; never an exponent.
public enum DecimalText {
    /// The decimal's plain digits.
    public static func plain(_ value: Decimal) -> String {
        var bytes: [UInt8] = []
        guard appendPlain(value, to: &bytes) else { return foundationPlain(value) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends what ``plain(_:)`` gives, as UTF-8, and returns `true` for the figures the
    /// fast path spells (any finite, non-zero decimal of ordinary magnitude); otherwise leaves
    /// `out` as it was and returns `false`, and the caller falls back to ``plain(_:)``.
    public static func appendPlain(_ value: Decimal, to out: inout [UInt8]) -> Bool {
        guard let parts = parts(value) else { return false }
        if parts.negative { out.append(UInt8(ascii: "-")) }
        appendDigits(high: parts.high, low: parts.low, exponent: parts.exponent, to: &out)
        return true
    }

    /// Rounded half up (away from zero) to `places` decimal places, always showing them:
    /// `fixed(13, places: 1)` is `13.0`.
    public static func fixed(_ value: Decimal, places: Int) -> String {
        guard places >= 0, places <= 18, let parts = parts(value), parts.high == 0 else {
            return foundationFixed(value, places: places)
        }
        var significand = parts.low, exponent = parts.exponent
        if exponent < -places {
            let drop = -places - exponent
            // Past 10^19 the power no longer fits; Foundation rounds those few.
            guard drop <= 19 else { return foundationFixed(value, places: places) }
            let power = powersOfTen[drop]
            let remainder = significand % power
            significand /= power
            if remainder >= power / 2 { significand += 1 }
            exponent = -places
        }
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if parts.negative && significand != 0 { out.append(UInt8(ascii: "-")) }
        if significand == 0 {
            out.append(UInt8(ascii: "0"))
            exponent = 0
        } else {
            appendDigits(high: 0, low: significand, exponent: exponent, to: &out)
        }
        if places > 0 {
            // As Foundation's text is padded: a whole number gains a point, a shorter
            // fraction gains zeros.
            if exponent >= 0 { out.append(UInt8(ascii: ".")) }
            let have = max(0, -exponent)
            for _ in 0..<max(0, places - have) { out.append(UInt8(ascii: "0")) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `1234567.5` → `1,234,567.5` (grouping the whole part by thousands).
    public static func grouped(_ text: String) -> String {
        // Bytes are characters only for ASCII without "\r\n" (one character in Swift).
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 128 && $0 != UInt8(ascii: "\r") }) else { return foundationGrouped(text) }
        let bytes = Array(utf8)
        var start = 0
        if bytes.first == UInt8(ascii: "-") { start = 1 }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        let length = end - start
        guard length > 3 else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + length / 3)
        out.append(contentsOf: bytes[..<start])
        let lead = length % 3 == 0 ? 3 : length % 3
        out.append(contentsOf: bytes[start..<(start + lead)])
        var i = start + lead
        while i < end {
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: bytes[i..<(i + 3)])
            i += 3
        }
        out.append(contentsOf: bytes[end...])
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Fast path

    private static let powersOfTen: [UInt64] = (0...19).map { n in (0..<n).reduce(1) { power, _ in power * 10 } }
    private static let tenToThe19: UInt64 = 10_000_000_000_000_000_000

    /// Sign, integer significand and power of ten of a finite, non-zero decimal, the
    /// significand as `high × 10^19 + low` (`high` is 0 when it fits 64 bits): `-14.25` is
    /// `(true, 0, 1425, -2)`. Read from the decimal's bytes (``DecimalBits``); nil where
    /// they cannot be read, and Foundation spells the text.
    private static func parts(_ value: Decimal) -> (negative: Bool, high: UInt64, low: UInt64, exponent: Int)? {
        guard let bits = DecimalBits(value) else { return nil }
        // Outside the range the exact-text tests cover, Foundation decides.
        guard bits.mantissa != 0, bits.exponent >= -40, bits.exponent <= 40 else { return nil }
        let (high, low) = bits.mantissa.quotientAndRemainder(dividingBy: UInt128(tenToThe19))
        guard let high = UInt64(exactly: high) else { return nil }
        return (bits.negative, high, UInt64(low), bits.exponent)
    }

    /// `(high × 10^19 + low) × 10^exponent` as Foundation's `description` spells it: every
    /// digit of the significand kept (trailing zeros too), zeros added for a positive
    /// exponent, and `0.` plus leading zeros when the point falls before the first digit.
    private static func appendDigits(high: UInt64, low: UInt64, exponent: Int, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var count = 0
            func put(_ value: UInt64, atLeast minimum: Int) {
                var n = value, written = 0
                repeat {
                    buffer[39 - count] = UInt8(truncatingIfNeeded: n % 10) &+ UInt8(ascii: "0")
                    n /= 10
                    count += 1
                    written += 1
                } while n > 0 || written < minimum
            }
            if high == 0 {
                put(low, atLeast: 1)
            } else {
                put(low, atLeast: 19)
                put(high, atLeast: 1)
            }
            let digits = UnsafeBufferPointer(rebasing: buffer[(40 - count)...])
            if exponent >= 0 {
                out.append(contentsOf: digits)
                for _ in 0..<exponent { out.append(UInt8(ascii: "0")) }
            } else if -exponent < count {
                let point = count + exponent
                out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<point]))
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[point...]))
            } else {
                out.append(UInt8(ascii: "0"))
                out.append(UInt8(ascii: "."))
                for _ in 0..<(-exponent - count) { out.append(UInt8(ascii: "0")) }
                out.append(contentsOf: digits)
            }
        }
    }

    // MARK: Foundation's path, for what the fast path leaves

    static func foundationPlain(_ value: Decimal) -> String {
        // Decimal's description is locale-independent and plain for the magnitudes a plan
        // holds; guard against exponent forms all the same.
        let text = value.description
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return text }
        return foundationFixed(value, places: 10).trimmingTrailingZeros()
    }

    static func foundationFixed(_ value: Decimal, places: Int) -> String {
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

    static func foundationGrouped(_ text: String) -> String {
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
