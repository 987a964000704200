import BoardPackCore
import Foundation

/// `combine: mean` (the default): the plain mean of the partners' figures.
public struct MeanCombiner: PartnerCombiner, ScaledPartnerCombiner, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "mean", kind: .combiner, summary: "Mean of the partners' figures (default)")
    public static let ruleName = "mean"

    public init() {}

    public var isAdditive: Bool { false }

    public func combine(_ figures: [PartnerFigure]) -> Decimal? {
        guard !figures.isEmpty else { return nil }
        return figures.reduce(Decimal(0)) { $0 + $1.value } / Decimal(figures.count)
    }

    func scaledCombine(_ figures: [ScaledPartnerFigure]) -> ScaledOutcome {
        guard !figures.isEmpty else { return .none }
        guard let sum = figures.lazy.map(\.value).exactSum(),
              let mean = sum.divided(by: ScaledDecimal(units: Int64(figures.count), scale: 0))
        else { return .needsDecimal }
        return .figure(mean)
    }

    public static func evaluate(_ input: [PartnerFigure]) -> Decimal? { run(input) }

    public static let examples: [RuleExample<[PartnerFigure], Decimal?>] = [
        RuleExample("mean of 94.9, 95.1 and 95 is exactly 95", threeCouncils("94.9", "95.1", "95"), 95),
        RuleExample("mean of 96, 93 and 94.5", threeCouncils("96", "93", "94.5"), dec("94.5")),
        RuleExample("no partners: no figure", [], nil),
    ]
}
