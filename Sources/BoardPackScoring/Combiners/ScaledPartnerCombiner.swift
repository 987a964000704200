import BoardPackCore

/// A combiner that can also combine exact scaled integers. As for
/// ``ScaledAggregationRule``, `combine(_:)` is the definition and the scaled form must
/// agree with it whenever it does not answer `.needsDecimal`.
protocol ScaledPartnerCombiner: PartnerCombiner {
    func scaledCombine(_ figures: [ScaledPartnerFigure]) -> ScaledOutcome
}
