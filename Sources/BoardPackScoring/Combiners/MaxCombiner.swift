import BoardPackCore
import Foundation

/// `combine: max`: the highest partner figure.
public struct MaxCombiner: PartnerCombiner, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "max", kind: .combiner, summary: "Highest of the partners' figures")
    public static let ruleName = "max"

    public init() {}

    public var isAdditive: Bool { false }

    public func combine(_ figures: [PartnerFigure]) -> Decimal? { figures.map(\.value).max() }

    public static func evaluate(_ input: [PartnerFigure]) -> Decimal? { run(input) }

    public static let examples: [RuleExample<[PartnerFigure], Decimal?>] = [
        RuleExample("highest of 96, 92.5, 96.001", threeCouncils("96", "92.5", "96.001"), dec("96.001")),
        RuleExample("no partners: no figure", [], nil),
    ]
}
