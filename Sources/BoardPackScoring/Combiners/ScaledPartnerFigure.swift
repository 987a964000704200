/// A ``BoardPackCore/PartnerFigure`` in scaled integers.
struct ScaledPartnerFigure: Sendable {
    var share: ScaledDecimal?
    var value: ScaledDecimal
}
