import BoardPackCore

/// A risk's status from its score, likelihood × impact (brief 5.4): ≥ 15 RED, 8-12 AMBER,
/// ≤ 6 GREEN. Scores of 7, 13 and 14 cannot arise from factors 1-5; any other integer
/// falls in the band it would sit in (≥ 15 RED, ≥ 8 AMBER, else GREEN).
public enum RiskBandRule: ExampleCarryingRule {
    public static let ruleName = "Risk band"

    public static func status(score: Int) -> Status {
        if score >= 15 { return .red }
        if score >= 8 { return .amber }
        return .green
    }

    public static func evaluate(_ input: Int) -> Status { status(score: input) }

    public static let examples: [RuleExample<Int, Status>] = [
        RuleExample("1 × 1 is GREEN", 1, .green),
        RuleExample("2 × 3 = 6 is GREEN", 6, .green),
        RuleExample("2 × 4 = 8 is AMBER", 8, .amber),
        RuleExample("3 × 4 = 12 is AMBER", 12, .amber),
        RuleExample("3 × 5 = 15 is RED", 15, .red),
        RuleExample("5 × 5 = 25 is RED", 25, .red),
        RuleExample("7 (not a product of 1-5) sits in the GREEN band", 7, .green),
        RuleExample("14 (not a product of 1-5) sits in the AMBER band", 14, .amber),
    ]
}
