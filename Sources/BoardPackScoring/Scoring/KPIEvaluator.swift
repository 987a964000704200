import BoardPackCore
import Foundation

/// Scores one KPI's figures (overall and per partner) for any quarter, from the indexed
/// returns (brief 5.1 steps 1-6). Cheap enough to call for every quarter of the history:
/// each call looks up at most the fiscal year's quarters for the figure and its partners.
struct KPIEvaluator {
    let kpi: KPI
    let aggregation: any AggregationRule
    let combiner: any PartnerCombiner
    /// Partner cost shares, for `weighted`.
    let shares: [String: Decimal]
    /// This KPI's returns, looked up once.
    let rows: KPIRows
    /// Each listed partner's rows, in `kpi.partners` order.
    private let partnerRows: [[Int: KPIValue]]

    init(
        kpi: KPI, aggregation: any AggregationRule, combiner: any PartnerCombiner, shares: [String: Decimal],
        index: ReturnsIndex
    ) {
        self.kpi = kpi
        self.aggregation = aggregation
        self.combiner = combiner
        self.shares = shares
        self.rows = index.rows(forKPI: kpi.id)
        self.partnerRows = kpi.partners.map { [rows] in rows.series($0) }
    }

    private func row(_ partner: String?, _ period: Period) -> KPIValue? {
        rows.series(partner)[period.ordinal]
    }

    /// The annual target a figure is scored against in a fiscal year: the KPI's (with
    /// `targets` overrides) or, for a partner of an additive KPI, its `partner_targets`
    /// entry, without which the partner's figure is DATA_ONLY.
    func annualTarget(partner: String?, year: Int) -> Decimal? {
        if let partner, combiner.isAdditive { return kpi.partnerTargets[partner] }
        return kpi.annualTarget(forYear: year)
    }

    /// The value a figure has for one quarter on its own: the partner's row, or the overall
    /// row, else the partners' values combined when every listed partner has one.
    func quarterValue(partner: String?, period: Period) -> Decimal? {
        if let partner { return row(partner, period)?.value }
        if let overall = rows.overall[period.ordinal]?.value { return overall }
        return combined(partnerRows.map { $0[period.ordinal]?.value })
    }

    /// The partners' figures combined, only when every listed partner has one.
    private func combined(_ values: [Decimal?]) -> Decimal? {
        guard !kpi.partners.isEmpty, values.count == kpi.partners.count else { return nil }
        var figures: [PartnerFigure] = []
        for (partner, value) in zip(kpi.partners, values) {
            guard let value else { return nil }
            figures.append(PartnerFigure(partner: partner, share: shares[partner], value: value))
        }
        return combiner.combine(figures)
    }

    /// The figure compared for `period`.
    ///
    /// An overall row for the period makes the overall series win (quarters of the year
    /// without an overall row use the partners' values combined). Without one, the overall
    /// figure combines the partners' aggregated figures, so `min` of a cumulative KPI is
    /// the lowest partner's year to date rather than a sum of quarterly minimums.
    func figure(partner: String?, period: Period) -> Decimal? {
        if partner != nil || rows.overall[period.ordinal]?.value != nil {
            return aggregation.figure(yearToDate: period.yearToDate.map { quarterValue(partner: partner, period: $0) })
        }
        return combined(kpi.partners.map { figure(partner: $0, period: period) })
    }

    /// Scores a figure for a quarter.
    func evaluate(partner: String?, at period: Period) -> FigureEvaluation {
        let cumulative = aggregation.isCumulative
        let annual = annualTarget(partner: partner, year: period.fiscalYear)
        guard kpi.frequency.isDue(in: period) else {
            var yearToDate: Decimal?
            if cumulative {
                let given = period.yearToDate.compactMap { quarterValue(partner: partner, period: $0) }
                yearToDate = given.isEmpty ? nil : given.reduce(Decimal(0), +)
            }
            return FigureEvaluation(status: .notDue, annualTarget: cumulative ? annual : nil, yearToDate: yearToDate)
        }
        let value = figure(partner: partner, period: period)
        guard let annual else {
            // Without a target a cumulative figure has no target to date to compare, so
            // its trends are `none`; other figures still compare their values.
            return FigureEvaluation(
                status: .dataOnly, value: value, yearToDate: cumulative ? value : nil, cumulative: cumulative)
        }
        let target = aggregation.targetToDate(annualTarget: annual, quarter: period.quarter, profile: kpi.profile)
        let amber: Decimal
        switch kpi.amber {
        case .threshold(let threshold):
            // An explicit amber is on the same (annual) scale as the target, so a
            // cumulative KPI's threshold is pro-rated or profiled like its target.
            let annualAmber = annualAmber(threshold, partner: partner, partnerTarget: annual, year: period.fiscalYear)
            amber = aggregation.targetToDate(annualTarget: annualAmber, quarter: period.quarter, profile: kpi.profile)
        case .tolerance:
            // For cumulative KPIs the band is a tolerance of the target to date, not of
            // the annual target: 5% of a quarter's target, not 5% of the year's.
            amber = AmberThresholdRule.threshold(target: target, rule: kpi.amber, polarity: kpi.polarity)
        }
        var result = FigureEvaluation(
            status: .noData, value: value, target: target, amber: amber,
            annualTarget: cumulative ? annual : nil, yearToDate: cumulative ? value : nil, cumulative: cumulative)
        guard let value else { return result }
        result.status = KPIStatusRule.status(value: value, target: target, amber: amber, polarity: kpi.polarity)
        return result
    }

    /// The annual amber threshold a figure is scored with. An explicit `amber` is written
    /// for the KPI's own target; a partner of an additive KPI scored against its
    /// `partner_targets` entry gets the same threshold in proportion to its target
    /// (amber 70000 of 80000 is amber 31500 of a partner's 36000), not the whole
    /// programme's threshold.
    private func annualAmber(_ threshold: Decimal, partner: String?, partnerTarget: Decimal, year: Int) -> Decimal {
        guard partner != nil, combiner.isAdditive, let whole = kpi.annualTarget(forYear: year), whole != 0 else {
            return threshold
        }
        return threshold * partnerTarget / whole
    }

    /// The latest value a figure has up to `period`, and its quarter.
    func latest(partner: String?, upTo period: Period) -> (value: Decimal, period: Period)? {
        guard let first = rows.first, first <= period else { return nil }
        var quarter = period
        while quarter >= first {
            if let value = quarterValue(partner: partner, period: quarter) { return (value, quarter) }
            quarter = quarter.previous
        }
        return nil
    }

    /// The commentary for a figure: the period's row's, or for a figure not due, the latest
    /// given up to the period.
    func commentary(partner: String?, at period: Period, due: Bool) -> String? {
        if due { return nonEmpty(row(partner, period)?.commentary) }
        guard let first = rows.first else { return nil }
        var quarter = period
        while quarter >= first {
            if let text = nonEmpty(row(partner, quarter)?.commentary) { return text }
            quarter = quarter.previous
        }
        return nil
    }
}
