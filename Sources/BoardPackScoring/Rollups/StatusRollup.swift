import BoardPackCore

/// The part of every roll-up that does not depend on the rule (brief 5.3): BLUE counts as
/// GREEN; CANCELLED, NOT_DUE, DATA_ONLY and NO_DATA are left out; when everything left is
/// BLUE the result is BLUE.
///
/// When nothing is left (no items, or only CANCELLED, NOT_DUE, DATA_ONLY and NO_DATA
/// ones) the result is NOT_DUE: there is nothing to rate yet, and inventing GREEN would
/// read as on track. Missing returns are not hidden by this: each NO_DATA figure is an
/// exception and a data-quality note of its own.
public enum StatusRollup: ExampleCarryingRule {
    public struct Input: Hashable, Sendable {
        public var statuses: [Status]
        /// `worst` or `average`.
        public var rule: String

        public init(_ statuses: [Status], rule: String = "worst") {
            self.statuses = statuses
            self.rule = rule
        }
    }

    public static let ruleName = "Roll-up"

    public static func rollUp(_ statuses: [Status], rule: any RollupRule) -> Status {
        let counted = statuses.filter { [.green, .amber, .red, .blue].contains($0) }
        if counted.isEmpty { return .notDue }
        if counted.allSatisfy({ $0 == .blue }) { return .blue }
        return rule.rollUp(counted.map { $0 == .blue ? .green : $0 })
    }

    public static func evaluate(_ input: Input) -> Status {
        let rule: any RollupRule = input.rule == AverageRollup.descriptor.name ? AverageRollup() : WorstRollup()
        return rollUp(input.statuses, rule: rule)
    }

    public static let examples: [RuleExample<Input, Status>] = [
        RuleExample("everything complete is BLUE", Input([.blue, .blue, .cancelled]), .blue),
        RuleExample("BLUE counts as GREEN", Input([.blue, .green]), .green),
        RuleExample("BLUE with AMBER is AMBER", Input([.blue, .amber]), .amber),
        RuleExample("left-out statuses do not pull down", Input([.green, .noData, .notDue, .dataOnly, .cancelled]), .green),
        RuleExample("average: BLUE, BLUE, RED (1.33) is AMBER", Input([.blue, .blue, .red], rule: "average"), .amber),
        RuleExample("average: everything complete is BLUE", Input([.blue, .blue], rule: "average"), .blue),
        RuleExample("nothing at all is NOT_DUE", Input([]), .notDue),
        RuleExample("all cancelled leaves nothing: NOT_DUE", Input([.cancelled, .cancelled]), .notDue),
        RuleExample("only missing returns leaves nothing: NOT_DUE", Input([.noData, .notDue, .dataOnly]), .notDue),
        RuleExample("only figures without targets leaves nothing: NOT_DUE", Input([.dataOnly]), .notDue),
        RuleExample("worst: one RED among BLUE is RED", Input([.blue, .blue, .red]), .red),
    ]
}
