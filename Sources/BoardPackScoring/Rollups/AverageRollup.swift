import BoardPackCore

/// `rollup: average`: GREEN = 2, AMBER = 1, RED = 0; a mean ≥ 1.5 is GREEN, ≥ 0.75 AMBER,
/// else RED. Compared in whole numbers (2 × sum ≥ 3 × count, 4 × sum ≥ 3 × count), so a
/// mean exactly on a boundary is never lost to rounding.
public struct AverageRollup: RollupRule, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "average", kind: .rollup,
        summary: "Mean of GREEN = 2, AMBER = 1, RED = 0: ≥ 1.5 GREEN, ≥ 0.75 AMBER, else RED")
    public static let ruleName = "average roll-up"

    public init() {}

    public func rollUp(_ statuses: [Status]) -> Status {
        guard !statuses.isEmpty else { return .green }
        let sum = statuses.reduce(0) { total, status in
            total + (status == .green ? 2 : status == .amber ? 1 : 0)
        }
        let count = statuses.count
        if 2 * sum >= 3 * count { return .green }
        if 4 * sum >= 3 * count { return .amber }
        return .red
    }

    public static func evaluate(_ input: [Status]) -> Status { Self().rollUp(input) }

    public static let examples: [RuleExample<[Status], Status>] = [
        RuleExample("all GREEN (2.0) is GREEN", [.green, .green, .green], .green),
        RuleExample("GREEN, AMBER (1.5 exactly) is GREEN", [.green, .amber], .green),
        RuleExample("GREEN, GREEN, AMBER, RED (1.25) is AMBER", [.green, .green, .amber, .red], .amber),
        RuleExample("GREEN, RED (1.0) is AMBER", [.green, .red], .amber),
        RuleExample("AMBER, AMBER, AMBER, RED (0.75 exactly) is AMBER", [.amber, .amber, .amber, .red], .amber),
        RuleExample("AMBER, RED, RED (0.67) is RED", [.amber, .red, .red], .red),
        RuleExample("one RED among many GREEN (1.8) is GREEN", [.green, .green, .green, .green, .red], .green),
    ]
}
