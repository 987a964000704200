/// What an exact integer fast path of a rule gives.
enum ScaledOutcome: Sendable {
    /// The rule's figure.
    case figure(ScaledDecimal)
    /// No figure: the rule's Decimal form gives nil here too.
    case none
    /// The integers cannot hold the answer exactly (overflow, or a quotient that does not
    /// terminate): ask the rule's Decimal form.
    case needsDecimal
}
