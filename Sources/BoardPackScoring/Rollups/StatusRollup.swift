import BoardPackCore

/// The part of every roll-up that does not depend on the rule (brief 5.3): BLUE counts as
/// GREEN; CANCELLED, NOT_DUE, DATA_ONLY and NO_DATA are left out; when everything left is
/// BLUE the result is BLUE.
///
/// When nothing is left, the result says why rather than inventing a colour: all
/// CANCELLED → CANCELLED; any NO_DATA → NO_DATA (something was due and not returned, so
/// the board must not read it as on track); else any DATA_ONLY → DATA_ONLY; else (no
/// items, or nothing due yet) → NOT_DUE.
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
        if counted.isEmpty {
            if !statuses.isEmpty, statuses.allSatisfy({ $0 == .cancelled }) { return .cancelled }
            if statuses.contains(.noData) { return .noData }
            if statuses.contains(.dataOnly) { return .dataOnly }
            return .notDue
        }
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
        RuleExample("all cancelled is CANCELLED", Input([.cancelled, .cancelled]), .cancelled),
        RuleExample("only missing returns is NO_DATA", Input([.noData, .notDue, .dataOnly]), .noData),
        RuleExample("only figures without targets is DATA_ONLY", Input([.dataOnly, .notDue]), .dataOnly),
    ]
}
