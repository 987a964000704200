import BoardPackCore
import Foundation

/// Where the amber band starts (brief 5.1 step 5): the explicit `amber` threshold, or the
/// target less (higher polarity) or plus (lower polarity) the tolerance's width, where
/// `N%` is N percent of the target and `N` is N units.
public enum AmberThresholdRule: ExampleCarryingRule {
    public struct Input: Hashable, Sendable {
        public var value: Decimal
        public var target: Decimal
        public var rule: AmberRule
        public var polarity: Polarity

        public init(value: Decimal, target: Decimal, rule: AmberRule, polarity: Polarity) {
            self.value = value
            self.target = target
            self.rule = rule
            self.polarity = polarity
        }
    }

    public static let ruleName = "Amber threshold"

    /// The amber threshold for `target` (already the target to date for cumulative KPIs).
    public static func threshold(target: Decimal, rule: AmberRule, polarity: Polarity) -> Decimal {
        switch rule {
        case .threshold(let amber):
            return amber
        case .tolerance(let tolerance):
            let width = width(of: tolerance, around: target)
            return polarity == .higher ? target - width : target + width
        }
    }

    /// The same value as `Tolerance.width(around:)` (a test holds them equal), without a
    /// Decimal division: see ``Foundation/Decimal/hundredth``.
    static func width(of tolerance: Tolerance, around reference: Decimal) -> Decimal {
        switch tolerance {
        case .percent(let percent): return abs(reference).percent(percent)
        case .units: return tolerance.width(around: reference)
        }
    }

    /// The status a value gets with the threshold this rule derives.
    public static func evaluate(_ input: Input) -> Status {
        let amber = threshold(target: input.target, rule: input.rule, polarity: input.polarity)
        return KPIStatusRule.status(value: input.value, target: input.target, amber: amber, polarity: input.polarity)
    }

    private static func ex(
        _ note: String, _ value: String, _ target: String, _ rule: AmberRule, _ polarity: Polarity,
        _ expected: Status, line: Int = #line, column: Int = #column
    ) -> RuleExample<Input, Status> {
        RuleExample(
            note, Input(value: dec(value), target: dec(target), rule: rule, polarity: polarity), expected,
            line: line, column: column)
    }

    public static let examples: [RuleExample<Input, Status>] = [
        ex("5% of 80 puts amber at 76: on it is AMBER", "76", "80", .tolerance(.percent(5)), .higher, .amber),
        ex("5% of 80: just under 76 is RED", "75.99", "80", .tolerance(.percent(5)), .higher, .red),
        ex("5% of 80: on target is GREEN", "80", "80", .tolerance(.percent(5)), .higher, .green),
        ex("default tolerance is 5%", "76", "80", .defaultTolerance, .higher, .amber),
        ex("default tolerance: 75.999 is RED", "75.999", "80", .defaultTolerance, .higher, .red),
        ex("2 units under 95 is 93: on it is AMBER", "93", "95", .tolerance(.units(2)), .higher, .amber),
        ex("2 units: 92.99 is RED", "92.99", "95", .tolerance(.units(2)), .higher, .red),
        ex("lower: 10% above 20 is 22, on it AMBER", "22", "20", .tolerance(.percent(10)), .lower, .amber),
        ex("lower: 22.01 is beyond 10% of 20, RED", "22.01", "20", .tolerance(.percent(10)), .lower, .red),
        ex("lower: 3 units above 5 days, 8 is AMBER", "8", "5", .tolerance(.units(3)), .lower, .amber),
        ex("lower: 8.5 days is RED", "8.5", "5", .tolerance(.units(3)), .lower, .red),
        ex("explicit amber 93: 93 is AMBER", "93", "95", .threshold(93), .higher, .amber),
        ex("explicit amber 93: 92.9 is RED", "92.9", "95", .threshold(93), .higher, .red),
        ex("explicit amber, lower polarity: 12 on 12 is AMBER", "12", "10", .threshold(12), .lower, .amber),
        ex("zero target, 5%: only on target is GREEN, above is RED", "0.1", "0", .defaultTolerance, .lower, .red),
    ]
}
