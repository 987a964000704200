import BoardPackCore
import Foundation

/// `combine: min`: the lowest partner figure.
public struct MinCombiner: PartnerCombiner, ScaledPartnerCombiner, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "min", kind: .combiner, summary: "Lowest of the partners' figures")
    public static let ruleName = "min"

    public init() {}

    public var isAdditive: Bool { false }

    public func combine(_ figures: [PartnerFigure]) -> Decimal? { figures.map(\.value).min() }

    func scaledCombine(_ figures: [ScaledPartnerFigure]) -> ScaledOutcome {
        guard var best = figures.first?.value else { return .none }
        for figure in figures.dropFirst() where figure.value.compare(best) < 0 { best = figure.value }
        return .figure(best)
    }

    public static func evaluate(_ input: [PartnerFigure]) -> Decimal? { run(input) }

    public static let examples: [RuleExample<[PartnerFigure], Decimal?>] = [
        RuleExample("lowest of 96, 92.5, 94", threeCouncils("96", "92.5", "94"), dec("92.5")),
        RuleExample("no partners: no figure", [], nil),
    ]
}
