import BoardPackCore
import Foundation

/// An exact decimal held as `units × 10^-scale` in an `Int64`, for the arithmetic scoring
/// does on every figure of every quarter: Foundation's `Decimal` takes most of a
/// microsecond to add and several to divide, an integer a nanosecond.
///
/// Exactness is the contract. Only a `Decimal` whose bits this type reproduces is taken in,
/// every operation returns nil rather than overflow or round, and ``decimal`` gives the
/// bits Foundation's own arithmetic gives for the same value (compact: no trailing zeros
/// in the mantissa). A caller that gets nil does the sum in `Decimal` instead, so a pack
/// never depends on which path scored it.
struct ScaledDecimal: Sendable {
    /// The value in units of 10^-scale.
    var units: Int64
    /// Digits after the decimal point, 0...``maxScale``.
    var scale: Int

    static let maxScale = 18

    init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// The value of `value`, or nil when it is NaN, too long for 64 bits or more precise
    /// than 10^-18, or when its bits are not the compact form Foundation computes (such a
    /// value must keep its own bits, so it stays a `Decimal`).
    init?(exactly value: Decimal) {
        guard Self.layoutVerified, let decoded = Self.decode(value) else { return nil }
        self = decoded
    }

    /// The same value as a `Decimal`, bit for bit what Foundation's arithmetic gives.
    var decimal: Decimal {
        guard Self.layoutVerified else { return Self.publicDecimal(units: units, scale: scale) }
        return Self.encode(units: units, scale: scale)
    }

    // MARK: Arithmetic (nil: not exact in 64 bits)

    func adding(_ other: ScaledDecimal) -> ScaledDecimal? {
        let scale = max(self.scale, other.scale)
        guard let a = rescaled(to: scale), let b = other.rescaled(to: scale) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : ScaledDecimal(units: sum, scale: scale)
    }

    func multiplied(by other: ScaledDecimal) -> ScaledDecimal? {
        let (product, overflow) = units.multipliedReportingOverflow(by: other.units)
        guard !overflow else { return nil }
        var result = ScaledDecimal(units: product, scale: scale + other.scale)
        while result.scale > Self.maxScale, result.units % 10 == 0 {
            result.units /= 10
            result.scale -= 1
        }
        return result.scale > Self.maxScale ? nil : result
    }

    /// The exact quotient, or nil when it does not terminate within 18 decimal places and
    /// 64 bits (then Foundation rounds it to 38 digits, which only Foundation can repeat),
    /// or when `divisor` is 0.
    func divided(by divisor: ScaledDecimal) -> ScaledDecimal? {
        // (u / 10^s) / (v / 10^t) = (u × 10^t) / (v × 10^s).
        var numerator = Int128(units) * Self.powers128[divisor.scale]
        var denominator = Int128(divisor.units) * Self.powers128[scale]
        guard denominator != 0 else { return nil }
        if denominator < 0 {
            numerator = -numerator
            denominator = -denominator
        }
        let common = Self.gcd(numerator.magnitude, denominator.magnitude)
        numerator /= Int128(common)
        var rest = denominator / Int128(common)
        // A quotient terminates when the reduced divisor is 2^a × 5^b; it then needs
        // max(a, b) decimal places.
        var twos = 0, fives = 0
        while rest % 2 == 0 { rest /= 2; twos += 1 }
        while rest % 5 == 0 { rest /= 5; fives += 1 }
        let places = max(twos, fives)
        guard rest == 1, places <= Self.maxScale else { return nil }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: Self.powers128[places])
        guard !overflow else { return nil }
        let quotient = scaled / (denominator / Int128(common))
        guard let units = Int64(exactly: quotient) else { return nil }
        return ScaledDecimal(units: units, scale: places)
    }

    /// -1, 0 or 1 as `self` is less than, equal to or greater than `other`; always exact.
    func compare(_ other: ScaledDecimal) -> Int {
        let scale = max(self.scale, other.scale)
        let a = Int128(units) * Self.powers128[scale - self.scale]
        let b = Int128(other.units) * Self.powers128[scale - other.scale]
        return a < b ? -1 : a == b ? 0 : 1
    }

    private func rescaled(to scale: Int) -> Int64? {
        if scale == self.scale { return units }
        let (result, overflow) = units.multipliedReportingOverflow(by: Self.powers[scale - self.scale])
        return overflow ? nil : result
    }

    private static let powers: [Int64] = (0...maxScale).map { (0..<$0).reduce(Int64(1)) { power, _ in power * 10 } }
    private static let powers128: [Int128] = powers.map { Int128($0) }

    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var a = a, b = b
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    // MARK: Decimal's bits

    private static func decode(_ value: Decimal) -> ScaledDecimal? {
        guard let bits = DecimalBits(value) else { return nil }
        if bits.mantissa == 0 { return ScaledDecimal(units: 0, scale: 0) }
        // Only the compact form Foundation computes, and 63 bits.
        guard bits.compact, bits.mantissa % 10 != 0, let magnitude = Int64(exactly: bits.mantissa) else { return nil }
        let units = bits.negative ? -magnitude : magnitude
        if bits.exponent >= 0 {
            guard bits.exponent <= maxScale else { return nil }
            let (scaled, overflow) = units.multipliedReportingOverflow(by: powers[bits.exponent])
            return overflow ? nil : ScaledDecimal(units: scaled, scale: 0)
        }
        return -bits.exponent <= maxScale ? ScaledDecimal(units: units, scale: -bits.exponent) : nil
    }

    private static func encode(units: Int64, scale: Int) -> Decimal {
        guard units != 0 else { return Decimal() }
        var mantissa = units.magnitude, exponent = -scale
        while mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        let bits = DecimalBits(negative: units < 0, exponent: exponent, mantissa: UInt128(mantissa), compact: true)
        return bits.decimal ?? publicDecimal(units: units, scale: scale)
    }

    /// The value built with Foundation's public API only, the reference `encode` must
    /// match bit for bit.
    static func publicDecimal(units: Int64, scale: Int) -> Decimal {
        guard units != 0 else { return Decimal() }
        return Decimal(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(units.magnitude))
    }

    /// Whether two Decimals are the same bits, not merely the same value (95 and 95.0
    /// are equal but print differently).
    static func sameBits(_ a: Decimal, _ b: Decimal) -> Bool { DecimalBits.sameBytes(a, b) }

    /// Whether the integer form agrees with Foundation on values it parsed and computed
    /// itself (on top of ``DecimalBits/layoutVerified``, which checks the bytes).
    static let layoutVerified: Bool = {
        guard DecimalBits.layoutVerified else { return false }
        let locale = Locale(identifier: "en_US_POSIX")
        let samples: [(text: String, units: Int64, scale: Int)] = [
            ("0", 0, 0), ("1", 1, 0), ("-3.5", -35, 1), ("92.15", 9215, 2), ("20000", 20000, 0),
            ("123456789.123456789", 123_456_789_123_456_789, 9), ("-0.000001", -1, 6),
            ("9223372036854775807", Int64.max, 0), ("65536", 65536, 0), ("4294967296.5", 42_949_672_965, 1),
        ]
        for sample in samples {
            guard let parsed = Decimal(string: sample.text, locale: locale),
                  let decoded = decode(parsed), decoded.units == sample.units, decoded.scale == sample.scale,
                  sameBits(encode(units: sample.units, scale: sample.scale), parsed),
                  sameBits(publicDecimal(units: sample.units, scale: sample.scale), parsed)
            else { return false }
        }
        let computed: [(Decimal, Int64, Int)] = [
            (Decimal(string: "0.5", locale: locale).map { $0 + $0 } ?? .nan, 1, 0),
            (Decimal(9215) / 100, 9215, 2), (Decimal(25) * Decimal(4), 100, 0), (Decimal(1) - Decimal(1), 0, 0),
        ]
        for (value, units, scale) in computed {
            guard sameBits(encode(units: units, scale: scale), value) else { return false }
        }
        return decode(.nan) == nil && decode(Decimal(1) / 3) == nil
    }()
}
