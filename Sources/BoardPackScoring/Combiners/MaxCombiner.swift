import BoardPackCore
import Foundation

/// `combine: max`: the highest partner figure.
public struct MaxCombiner: PartnerCombiner, ScaledPartnerCombiner, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "max", kind: .combiner, summary: "Highest of the partners' figures")
    public static let ruleName = "max"

    public init() {}

    public var isAdditive: Bool { false }

    public func combine(_ figures: [PartnerFigure]) -> Decimal? { figures.map(\.value).max() }

    func scaledCombine(_ figures: [ScaledPartnerFigure]) -> ScaledOutcome {
        guard var best = figures.first?.value else { return .none }
        for figure in figures.dropFirst() where figure.value.compare(best) > 0 { best = figure.value }
        return .figure(best)
    }

    public static func evaluate(_ input: [PartnerFigure]) -> Decimal? { run(input) }

    public static let examples: [RuleExample<[PartnerFigure], Decimal?>] = [
        RuleExample("highest of 96, 92.5, 96.001", threeCouncils("96", "92.5", "96.001"), dec("96.001")),
        RuleExample("no partners: no figure", [], nil),
    ]
}
