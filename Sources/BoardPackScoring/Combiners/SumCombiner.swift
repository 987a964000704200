import BoardPackCore
import Foundation

/// `combine: sum`: the partners' figures are parts of a total, so they have no target of
/// their own unless `partner_targets` gives one.
public struct SumCombiner: PartnerCombiner, ScaledPartnerCombiner, ExampleCarryingRule {
    public static let descriptor = PluginDescriptor(
        name: "sum", kind: .combiner, summary: "Total of the partners' figures (partners need partner_targets)")
    public static let ruleName = "sum"

    public init() {}

    public var isAdditive: Bool { true }

    public func combine(_ figures: [PartnerFigure]) -> Decimal? {
        guard !figures.isEmpty else { return nil }
        return figures.reduce(Decimal(0)) { $0 + $1.value }
    }

    func scaledCombine(_ figures: [ScaledPartnerFigure]) -> ScaledOutcome {
        guard !figures.isEmpty else { return .none }
        return figures.lazy.map(\.value).exactSum().map(ScaledOutcome.figure) ?? .needsDecimal
    }

    public static func evaluate(_ input: [PartnerFigure]) -> Decimal? { run(input) }

    public static let examples: [RuleExample<[PartnerFigure], Decimal?>] = [
        RuleExample("total of three councils", threeCouncils("36000", "25000", "19000"), 80000),
        RuleExample("0.1 + 0.2 + 0 is exactly 0.3", threeCouncils("0.1", "0.2", "0"), dec("0.3")),
    ]
}
