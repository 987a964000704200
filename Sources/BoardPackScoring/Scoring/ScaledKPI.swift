import BoardPackCore
import Foundation

/// A KPI's values, partner shares and rules in scaled integers, for
/// ``KPIScoring``'s fast path. Nil (the KPI is scored in Decimal throughout) when its
/// aggregation or combiner has no scaled form or any of its numbers does not fit.
struct ScaledKPI: Sendable {
    let aggregation: any ScaledAggregationRule
    let combiner: any ScaledPartnerCombiner
    /// Values by quarter (index 0 is `rows.base`), overall and per listed partner.
    private let overall: [ScaledDecimal?]
    private let partners: [[ScaledDecimal?]]
    /// Each listed partner's cost share.
    let shares: [ScaledDecimal?]
    private let base: Int

    init?(rows: KPIRows, aggregation: any AggregationRule, combiner: any PartnerCombiner, shares: [Decimal?]) {
        guard let aggregation = aggregation as? any ScaledAggregationRule,
              let combiner = combiner as? any ScaledPartnerCombiner
        else { return nil }
        func scaled(_ series: Int?) -> [ScaledDecimal?]? {
            var values = [ScaledDecimal?](repeating: nil, count: rows.count)
            for index in 0..<rows.count {
                guard let value = rows.value(series, rows.base + index) else { continue }
                guard let exact = ScaledDecimal(exactly: value) else { return nil }
                values[index] = exact
            }
            return values
        }
        guard let overall = scaled(nil) else { return nil }
        var partners: [[ScaledDecimal?]] = []
        for series in 0..<rows.partnerCount {
            guard let values = scaled(series) else { return nil }
            partners.append(values)
        }
        var scaledShares: [ScaledDecimal?] = []
        for share in shares {
            guard let share else {
                scaledShares.append(nil)
                continue
            }
            guard let exact = ScaledDecimal(exactly: share) else { return nil }
            scaledShares.append(exact)
        }
        self.aggregation = aggregation
        self.combiner = combiner
        self.overall = overall
        self.partners = partners
        self.shares = scaledShares
        self.base = rows.base
    }

    /// A figure's row value for the quarter with this ordinal.
    func value(_ series: Int?, _ ordinal: Int) -> ScaledDecimal? {
        let index = ordinal - base
        guard index >= 0, index < overall.count else { return nil }
        guard let series else { return overall[index] }
        return partners[series][index]
    }
}
