import BoardPackCore
import Foundation

extension PartnerCombiner {
    /// Applies the combiner to an example's partner figures.
    static func run(_ figures: [PartnerFigure]) -> Decimal? { Self().combine(figures) }
}

/// Partner figures for examples: CCC, HDC and SCDC with the 3C cost shares.
func threeCouncils(_ ccc: String, _ hdc: String, _ scdc: String, shares: Bool = true) -> [PartnerFigure] {
    [
        PartnerFigure(partner: "CCC", share: shares ? dec("45.1") : nil, value: dec(ccc)),
        PartnerFigure(partner: "HDC", share: shares ? dec("31.3") : nil, value: dec(hdc)),
        PartnerFigure(partner: "SCDC", share: shares ? dec("23.6") : nil, value: dec(scdc)),
    ]
}
