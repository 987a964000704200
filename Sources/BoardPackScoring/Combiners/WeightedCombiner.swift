import BoardPackCore
import Foundation

/// `combine: weighted`: the partners' figures weighted by their cost shares. Nil (so the
/// overall figure is NO_DATA) when any partner has no share or the shares add up to 0:
/// a guessed weighting would be worse than none.
public struct WeightedCombiner: PartnerCombiner, ScaledPartnerCombiner, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "weighted", kind: .combiner, summary: "Mean of the partners' figures weighted by cost share")
    public static let ruleName = "weighted"

    public init() {}

    public var isAdditive: Bool { false }

    public func combine(_ figures: [PartnerFigure]) -> Decimal? {
        guard !figures.isEmpty else { return nil }
        var weighted = Decimal(0), total = Decimal(0)
        for figure in figures {
            guard let share = figure.share else { return nil }
            weighted += figure.value * share
            total += share
        }
        return total == 0 ? nil : weighted / total
    }

    func scaledCombine(_ figures: [ScaledPartnerFigure]) -> ScaledOutcome {
        guard !figures.isEmpty else { return .none }
        var weighted = ScaledDecimal(units: 0, scale: 0), total = ScaledDecimal(units: 0, scale: 0)
        for figure in figures {
            guard let share = figure.share else { return .none }
            guard let product = figure.value.multiplied(by: share), let sum = weighted.adding(product),
                  let shares = total.adding(share)
            else { return .needsDecimal }
            weighted = sum
            total = shares
        }
        if total.units == 0 { return .none }
        return weighted.divided(by: total).map(ScaledOutcome.figure) ?? .needsDecimal
    }

    public static func evaluate(_ input: [PartnerFigure]) -> Decimal? { run(input) }

    public static let examples: [RuleExample<[PartnerFigure], Decimal?>] = [
        // (100 × 45.1 + 90 × 31.3 + 80 × 23.6) / 100 = 92.15
        RuleExample("weighted by 45.1 / 31.3 / 23.6", threeCouncils("100", "90", "80"), dec("92.15")),
        RuleExample("equal figures give the figure", threeCouncils("95", "95", "95"), 95),
        RuleExample("without shares there is no weighted figure", threeCouncils("100", "90", "80", shares: false), nil),
    ]
}
