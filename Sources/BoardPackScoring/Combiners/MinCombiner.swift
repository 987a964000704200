import BoardPackCore
import Foundation

/// `combine: min`: the lowest partner figure.
public struct MinCombiner: PartnerCombiner, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "min", kind: .combiner, summary: "Lowest of the partners' figures")
    public static let ruleName = "min"

    public init() {}

    public var isAdditive: Bool { false }

    public func combine(_ figures: [PartnerFigure]) -> Decimal? { figures.map(\.value).min() }

    public static func evaluate(_ input: [PartnerFigure]) -> Decimal? { run(input) }

    public static let examples: [RuleExample<[PartnerFigure], Decimal?>] = [
        RuleExample("lowest of 96, 92.5, 94", threeCouncils("96", "92.5", "94"), dec("92.5")),
        RuleExample("no partners: no figure", [], nil),
    ]
}
