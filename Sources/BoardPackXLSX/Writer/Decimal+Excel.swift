import Foundation

extension Decimal {
    /// The nearest double to the exact decimal, so 0.1 stays 0.1 and 94.999 stays 94.999.
    ///
    /// A significand below 2^53 and a power of ten up to 10^22 are both exact doubles, so a
    /// single multiplication or division by IEEE rules gives the correctly rounded result:
    /// the same double as parsing the decimal's text, at a fiftieth of the cost. Anything
    /// larger falls back to parsing the (locale-free) text.
    var excelDouble: Double {
        let exponent = self.exponent
        if (-22...22).contains(exponent) {
            let significand = NSDecimalNumber(decimal: self.significand).doubleValue
            if significand < 9_007_199_254_740_992 {
                let power = Decimal.powersOfTen[abs(exponent)]
                let magnitude = exponent < 0 ? significand / power : significand * power
                return isSignMinus ? -magnitude : magnitude
            }
        }
        return Double(description) ?? NSDecimalNumber(decimal: self).doubleValue
    }

    /// 10^0 ... 10^22, every one exact as a double.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
