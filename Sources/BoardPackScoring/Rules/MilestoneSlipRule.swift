import BoardPackCore

/// A milestone not yet complete nor overdue, by its slip (forecast − due, in days) against
/// `milestone_tolerance_days` (brief 5.2): ≤ 0 GREEN, ≤ tolerance AMBER, more RED.
public enum MilestoneSlipRule: ExampleCarryingRule {
    public struct Input: Hashable, Sendable {
        public var slipDays: Int
        public var toleranceDays: Int

        public init(slipDays: Int, toleranceDays: Int) {
            self.slipDays = slipDays
            self.toleranceDays = toleranceDays
        }
    }

    public static let ruleName = "Milestone slip"

    public static func status(slipDays: Int, toleranceDays: Int) -> Status {
        if slipDays <= 0 { return .green }
        return slipDays <= toleranceDays ? .amber : .red
    }

    public static func evaluate(_ input: Input) -> Status {
        status(slipDays: input.slipDays, toleranceDays: input.toleranceDays)
    }

    public static let examples: [RuleExample<Input, Status>] = [
        RuleExample("forecast early is GREEN", Input(slipDays: -10, toleranceDays: 30), .green),
        RuleExample("forecast on the due date is GREEN", Input(slipDays: 0, toleranceDays: 30), .green),
        RuleExample("one day late is AMBER", Input(slipDays: 1, toleranceDays: 30), .amber),
        RuleExample("slip of exactly the tolerance is AMBER", Input(slipDays: 30, toleranceDays: 30), .amber),
        RuleExample("one day beyond the tolerance is RED", Input(slipDays: 31, toleranceDays: 30), .red),
        RuleExample("zero tolerance: any slip is RED", Input(slipDays: 1, toleranceDays: 0), .red),
    ]
}
