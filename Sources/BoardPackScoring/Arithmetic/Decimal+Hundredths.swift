import Foundation

extension Decimal {
    /// `self / 100`, exactly, without a Decimal division: the decimal point moves two
    /// places. Percentages of targets are taken for every figure of every quarter, and
    /// Foundation's division is by far the slowest Decimal operation.
    var hundredth: Decimal {
        guard isFinite, self != 0, exponent > Int(Int8.min) + 2 else { return self / 100 }
        return Decimal(sign: sign, exponent: exponent - 2, significand: significand)
    }

    /// `percent` percent of `self`, exactly.
    func percent(_ percent: Decimal) -> Decimal { (self * percent).hundredth }
}
