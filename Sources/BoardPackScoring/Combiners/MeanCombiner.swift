import BoardPackCore
import Foundation

/// `combine: mean` (the default): the plain mean of the partners' figures.
public struct MeanCombiner: PartnerCombiner, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "mean", kind: .combiner, summary: "Mean of the partners' figures (default)")
    public static let ruleName = "mean"

    public init() {}

    public var isAdditive: Bool { false }

    public func combine(_ figures: [PartnerFigure]) -> Decimal? {
        guard !figures.isEmpty else { return nil }
        return figures.reduce(Decimal(0)) { $0 + $1.value } / Decimal(figures.count)
    }

    public static func evaluate(_ input: [PartnerFigure]) -> Decimal? { run(input) }

    public static let examples: [RuleExample<[PartnerFigure], Decimal?>] = [
        RuleExample("mean of 94.9, 95.1 and 95 is exactly 95", threeCouncils("94.9", "95.1", "95"), 95),
        RuleExample("mean of 96, 93 and 94.5", threeCouncils("96", "93", "94.5"), dec("94.5")),
        RuleExample("no partners: no figure", [], nil),
    ]
}
