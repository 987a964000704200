import BoardPackCore
import Foundation
import Testing

@Suite("Decimal bits")
struct DecimalBitsTests {
    private static let locale = Locale(identifier: "en_US_POSIX")

    @Test("the byte layout is the one Foundation uses on this platform")
    func layoutVerified() {
        #expect(DecimalBits.layoutVerified)
    }

    @Test("fields read from the bytes are the ones Foundation's public API gives", arguments: [
        "0", "1", "-1", "95", "94.999", "0.000001", "-14.25", "4261974", "20000", "1e-30",
        "18446744073709551616", "-99999999999999999999999999999999999999", "123.4500",
    ])
    func fields(text: String) throws {
        let value = try #require(Decimal(string: text, locale: Self.locale))
        let bits = try #require(DecimalBits(value))
        #expect(bits.negative == (value.sign == .minus && !value.isZero))
        if !value.isZero {
            #expect(bits.exponent == value.exponent)
            #expect("\(bits.mantissa)" == value.significand.description)
        }
        let written = try #require(bits.decimal)
        #expect(DecimalBits.sameBytes(written, value), "\(text)")
    }

    @Test("computed values round-trip through their fields")
    func computed() throws {
        for value in [Decimal(1) / 3, Decimal(2) / 3 * 100, Decimal(9215) / 100, Decimal(-7) * Decimal(0.5)] {
            let bits = try #require(DecimalBits(value))
            let written = try #require(bits.decimal)
            #expect(DecimalBits.sameBytes(written, value))
            #expect(written == value)
        }
    }

    @Test("NaN has no fields")
    func notANumber() {
        #expect(DecimalBits(.nan) == nil)
    }
}
