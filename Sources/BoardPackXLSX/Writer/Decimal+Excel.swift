import BoardPackCore
import Foundation

extension Decimal {
    /// The nearest double to the exact decimal, so 0.1 stays 0.1 and 94.999 stays 94.999.
    ///
    /// A significand below 2^53 and a power of ten up to 10^22 are both exact doubles, so a
    /// single multiplication or division by IEEE rules gives the correctly rounded result:
    /// the same double as parsing the decimal's text, at a fiftieth of the cost. Anything
    /// larger (a mean of several partners' figures keeps 38 digits) is parsed from its exact,
    /// locale-free digits, which the C library rounds correctly.
    var excelDouble: Double {
        if let bits = DecimalBits(self), bits.mantissa < 9_007_199_254_740_992, (-22...22).contains(bits.exponent) {
            let significand = Double(UInt64(bits.mantissa))
            let power = Decimal.powersOfTen[abs(bits.exponent)]
            let magnitude = bits.exponent < 0 ? significand / power : significand * power
            return bits.negative ? -magnitude : magnitude
        }
        return Double(DecimalText.plain(self)) ?? NSDecimalNumber(decimal: self).doubleValue
    }

    /// 10^0 ... 10^22, every one exact as a double.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
