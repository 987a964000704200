import BoardPackCore

/// An aggregation rule that can also give its figure on exact scaled integers, for the
/// thousands of figures a large plan scores every quarter.
///
/// `figure(yearToDate:)` stays the rule's definition: whenever the scaled form does not
/// answer `.needsDecimal` it must give the same value, which a test checks on every
/// example the rule carries. A rule that does not adopt this protocol is always scored in
/// `Decimal`.
protocol ScaledAggregationRule: AggregationRule {
    func scaledFigure(yearToDate: [ScaledDecimal?]) -> ScaledOutcome
}
