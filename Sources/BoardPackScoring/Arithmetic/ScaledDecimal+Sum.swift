extension Sequence where Element == ScaledDecimal {
    /// The exact sum from 0, as `reduce(Decimal(0), +)`; nil on overflow.
    func exactSum() -> ScaledDecimal? {
        var total = ScaledDecimal(units: 0, scale: 0)
        for value in self {
            guard let sum = total.adding(value) else { return nil }
            total = sum
        }
        return total
    }
}
