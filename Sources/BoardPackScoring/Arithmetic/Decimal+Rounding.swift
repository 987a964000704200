import Foundation

extension Decimal {
    /// Rounded to `places` decimal places, halves away from zero (half up for the
    /// positive figures packs print).
    func rounded(places: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }
}
