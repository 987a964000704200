import Foundation

/// A `Decimal`'s stored fields, read from and written to its 20 bytes directly.
///
/// Foundation keeps the fields internal, and its public way to reach the significand
/// (`NSDecimalNumber`) goes through text on Linux: reading a figure's digits for a cell or
/// a line of a pack cost more than everything else done with it. The layout (byte 0 the
/// exponent, byte 1 `length << 4 | negative << 3 | compact << 2`, bytes 2-3 reserved,
/// then eight little-endian 16-bit mantissa words) is checked once against values
/// Foundation made itself, in ``layoutVerified``; should a Foundation release lay Decimal
/// out differently, every caller falls back to the public API rather than misread a figure.
public struct DecimalBits: Sendable, Equatable {
    public var negative: Bool
    /// The power of ten: the value is `mantissa × 10^exponent`.
    public var exponent: Int
    /// The significand, as stored (a non-compact decimal may keep trailing zeros).
    public var mantissa: UInt128
    /// Foundation's mark that the mantissa has no trailing zero to fold into the exponent.
    public var compact: Bool

    public init(negative: Bool, exponent: Int, mantissa: UInt128, compact: Bool) {
        self.negative = negative
        self.exponent = exponent
        self.mantissa = mantissa
        self.compact = compact
    }

    /// The fields of a finite decimal (zero included), or nil for NaN, for bits Foundation
    /// would not make, or when ``layoutVerified`` is false.
    public init?(_ value: Decimal) {
        guard Self.layoutVerified, let read = Self.read(value) else { return nil }
        self = read
    }

    /// The decimal these fields describe; nil when the exponent or mantissa does not fit.
    public var decimal: Decimal? {
        guard Self.layoutVerified else { return nil }
        return Self.write(self)
    }

    /// Whether reading and writing the bytes agrees with Foundation's public API on values
    /// Foundation parsed and computed itself.
    public static let layoutVerified: Bool = {
        guard MemoryLayout<Decimal>.size == size else { return false }
        let locale = Locale(identifier: "en_US_POSIX")
        let texts = [
            "1", "-3.5", "92.15", "20000", "123456789.123456789", "-0.000001", "9223372036854775807",
            "65536", "4294967296.5", "18446744073709551615", "340282366920938463463374607431768211455",
            "-12345678901234567890.123",
        ]
        for text in texts {
            guard let value = Decimal(string: text, locale: locale), let bits = read(value),
                  bits.negative == (value.sign == .minus), bits.exponent == value.exponent,
                  "\(bits.mantissa)" == value.significand.description,
                  let written = write(bits), sameBytes(written, value)
            else { return false }
        }
        let computed = [Decimal(9215) / 100, Decimal(25) * Decimal(4), Decimal(1) / 3, Decimal(1) - Decimal(1)]
        for value in computed {
            guard let bits = read(value), let written = write(bits), sameBytes(written, value),
                  "\(bits.mantissa)" == value.significand.description || value.isZero
            else { return false }
        }
        return read(Decimal()) == DecimalBits(negative: false, exponent: 0, mantissa: 0, compact: false)
            && read(.nan) == nil
    }()

    /// Whether two decimals are the same bytes, not merely the same value (95 and 95.0
    /// are equal but print differently).
    public static func sameBytes(_ a: Decimal, _ b: Decimal) -> Bool {
        withUnsafeBytes(of: a) { x in
            withUnsafeBytes(of: b) { y in
                guard x.count == y.count, let p = x.baseAddress, let q = y.baseAddress else { return false }
                return memcmp(p, q, x.count) == 0
            }
        }
    }

    // MARK: The bytes

    private static let size = 20
    private static let compactFlag: UInt8 = 0b0000_0100
    private static let negativeFlag: UInt8 = 0b0000_1000

    private static func read(_ value: Decimal) -> DecimalBits? {
        guard MemoryLayout<Decimal>.size == size else { return nil }
        return withUnsafeBytes(of: value) { bytes -> DecimalBits? in
            let flags = bytes[1]
            let length = Int(flags >> 4)
            // Zero is all zero bits; anything else of length 0 is NaN.
            if length == 0 {
                return bytes.allSatisfy { $0 == 0 } ? DecimalBits(negative: false, exponent: 0, mantissa: 0, compact: false) : nil
            }
            guard length <= 8, flags & 0b0000_0011 == 0, bytes[2] == 0, bytes[3] == 0 else { return nil }
            var mantissa: UInt128 = 0
            for word in (0..<8).reversed() {
                let w = UInt128(bytes[4 + 2 * word]) | UInt128(bytes[5 + 2 * word]) << 8
                if word >= length {
                    guard w == 0 else { return nil }
                } else {
                    mantissa = mantissa << 16 | w
                }
            }
            // The top word in use is never zero.
            guard mantissa >> (16 * (length - 1)) != 0 else { return nil }
            return DecimalBits(
                negative: flags & negativeFlag != 0, exponent: Int(Int8(bitPattern: bytes[0])),
                mantissa: mantissa, compact: flags & compactFlag != 0)
        }
    }

    private static func write(_ bits: DecimalBits) -> Decimal? {
        var result = Decimal()
        guard bits.mantissa != 0 else { return result }
        guard let exponent = Int8(exactly: bits.exponent) else { return nil }
        var length = 0
        var rest = bits.mantissa
        while rest != 0 {
            length += 1
            rest >>= 16
        }
        withUnsafeMutableBytes(of: &result) { bytes in
            bytes[0] = UInt8(bitPattern: exponent)
            bytes[1] = UInt8(length) << 4 | (bits.negative ? negativeFlag : 0) | (bits.compact ? compactFlag : 0)
            for word in 0..<length {
                let w = bits.mantissa >> (16 * word)
                bytes[4 + 2 * word] = UInt8(truncatingIfNeeded: w)
                bytes[5 + 2 * word] = UInt8(truncatingIfNeeded: w >> 8)
            }
        }
        return result
    }
}
