import BoardPackCore
import Foundation

/// A KPI figure against its target and amber threshold (brief 5.1 step 6).
///
/// Higher polarity: value ≥ target → GREEN, value ≥ amber → AMBER, else RED. Lower
/// polarity mirrors it. Boundaries count as the better status, compared as exact decimals.
public enum KPIStatusRule: ExampleCarryingRule {
    public struct Input: Hashable, Sendable {
        public var value: Decimal
        public var target: Decimal
        public var amber: Decimal
        public var polarity: Polarity

        public init(value: Decimal, target: Decimal, amber: Decimal, polarity: Polarity) {
            self.value = value
            self.target = target
            self.amber = amber
            self.polarity = polarity
        }
    }

    public static let ruleName = "KPI status"

    /// GREEN, AMBER or RED for a value against its target and amber threshold.
    public static func status(value: Decimal, target: Decimal, amber: Decimal, polarity: Polarity) -> Status {
        switch polarity {
        case .higher:
            if value >= target { return .green }
            return value >= amber ? .amber : .red
        case .lower:
            if value <= target { return .green }
            return value <= amber ? .amber : .red
        }
    }

    /// The same status from exact scaled integers (compared exactly, as Decimals are).
    static func status(value: ScaledDecimal, target: ScaledDecimal, amber: ScaledDecimal, polarity: Polarity) -> Status {
        switch polarity {
        case .higher:
            if value.compare(target) >= 0 { return .green }
            return value.compare(amber) >= 0 ? .amber : .red
        case .lower:
            if value.compare(target) <= 0 { return .green }
            return value.compare(amber) <= 0 ? .amber : .red
        }
    }

    public static func evaluate(_ input: Input) -> Status {
        status(value: input.value, target: input.target, amber: input.amber, polarity: input.polarity)
    }

    private static func ex(
        _ note: String, _ value: String, _ target: String, _ amber: String, _ polarity: Polarity,
        _ expected: Status, line: Int = #line, column: Int = #column
    ) -> RuleExample<Input, Status> {
        RuleExample(
            note, Input(value: dec(value), target: dec(target), amber: dec(amber), polarity: polarity), expected,
            line: line, column: column)
    }

    public static let examples: [RuleExample<Input, Status>] = [
        ex("higher: on target is GREEN", "95", "95", "93", .higher, .green),
        ex("higher: above target is GREEN", "99.5", "95", "93", .higher, .green),
        ex("higher: a thousandth under target is AMBER", "94.999", "95", "93", .higher, .amber),
        ex("higher: on the amber threshold is AMBER", "93", "95", "93", .higher, .amber),
        ex("higher: just under the amber threshold is RED", "92.999", "95", "93", .higher, .red),
        ex("lower: on target is GREEN", "10", "10", "12", .lower, .green),
        ex("lower: under target is GREEN", "3", "10", "12", .lower, .green),
        ex("lower: just over target is AMBER", "10.001", "10", "12", .lower, .amber),
        ex("lower: on the amber threshold is AMBER", "12", "10", "12", .lower, .amber),
        ex("lower: just over the amber threshold is RED", "12.001", "10", "12", .lower, .red),
        ex("status scale: best word against target Complete", "3", "3", "2", .higher, .green),
        ex("status scale: Ongoing on the amber word", "2", "3", "2", .higher, .amber),
        ex("status scale: Business case below amber", "1", "3", "2", .higher, .red),
    ]
}
