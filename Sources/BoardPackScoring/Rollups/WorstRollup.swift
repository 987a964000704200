import BoardPackCore

/// `rollup: worst` (the default): the worst status present.
public struct WorstRollup: RollupRule, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "worst", kind: .rollup, summary: "The worst status present (default)")
    public static let ruleName = "worst"

    public init() {}

    public func rollUp(_ statuses: [Status]) -> Status {
        if statuses.contains(.red) { return .red }
        if statuses.contains(.amber) { return .amber }
        return .green
    }

    public static func evaluate(_ input: [Status]) -> Status { Self().rollUp(input) }

    public static let examples: [RuleExample<[Status], Status>] = [
        RuleExample("all GREEN is GREEN", [.green, .green], .green),
        RuleExample("one AMBER among GREEN is AMBER", [.green, .amber, .green], .amber),
        RuleExample("one RED among GREEN and AMBER is RED", [.green, .amber, .red, .green], .red),
    ]
}
