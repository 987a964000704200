import BoardPackCore
import Foundation

/// Direction of travel between two comparable figures, by polarity (brief 5.1 step 7):
/// `none` without both figures.
public enum TrendRule: ExampleCarryingRule {
    public struct Input: Hashable, Sendable {
        public var current: Decimal?
        public var previous: Decimal?
        public var polarity: Polarity

        public init(current: Decimal?, previous: Decimal?, polarity: Polarity) {
            self.current = current
            self.previous = previous
            self.polarity = polarity
        }
    }

    public static let ruleName = "Trend"

    public static func trend(current: Decimal?, previous: Decimal?, polarity: Polarity) -> Trend {
        guard let current, let previous else { return .none }
        if current == previous { return .unchanged }
        let better = polarity == .higher ? current > previous : current < previous
        return better ? .improving : .worsening
    }

    public static func evaluate(_ input: Input) -> Trend {
        trend(current: input.current, previous: input.previous, polarity: input.polarity)
    }

    public static let examples: [RuleExample<Input, Trend>] = [
        RuleExample("higher: up is improving", Input(current: 96, previous: 95, polarity: .higher), .improving),
        RuleExample("higher: down is worsening", Input(current: dec("94.9"), previous: 95, polarity: .higher), .worsening),
        RuleExample("lower: down is improving", Input(current: 4, previous: 5, polarity: .lower), .improving),
        RuleExample("lower: up is worsening", Input(current: 6, previous: 5, polarity: .lower), .worsening),
        RuleExample("same value is unchanged", Input(current: dec("0.3"), previous: dec("0.30"), polarity: .higher), .unchanged),
        RuleExample("nothing to compare with is none", Input(current: 95, previous: nil, polarity: .higher), .none),
        RuleExample("no current value is none", Input(current: nil, previous: 95, polarity: .lower), .none),
    ]
}
