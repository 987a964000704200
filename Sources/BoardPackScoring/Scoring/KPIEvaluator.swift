import BoardPackCore
import Foundation

/// Scores one KPI's figures (overall and per partner) for any quarter, from the indexed
/// returns (brief 5.1 steps 1-6), in Decimal through the KPI's plugins. This is the
/// definition of a figure's score; ``KPIScoring`` gives the same results faster where
/// the numbers allow.
///
/// A figure is a series: nil for the overall figure, else the partner's index in
/// `kpi.partners`.
struct KPIEvaluator: Sendable {
    let kpi: KPI
    let aggregation: any AggregationRule
    let combiner: any PartnerCombiner
    /// This KPI's returns, arranged once.
    let rows: KPIRows
    /// Each listed partner's cost share, for `weighted`.
    let shares: [Decimal?]
    /// The same KPI in scaled integers; nil when it must be scored in Decimal.
    let scaled: ScaledKPI?

    init(
        kpi: KPI, aggregation: any AggregationRule, combiner: any PartnerCombiner, shares: [String: Decimal],
        index: ReturnsIndex
    ) {
        self.kpi = kpi
        self.aggregation = aggregation
        self.combiner = combiner
        self.rows = index.rows(forKPI: kpi.id, partners: kpi.partners)
        self.shares = kpi.partners.map { shares[$0] }
        self.scaled = ScaledKPI(rows: rows, aggregation: aggregation, combiner: combiner, shares: self.shares)
    }

    /// The partner a series belongs to (nil: overall).
    func partner(_ series: Int?) -> String? { series.map { kpi.partners[$0] } }

    /// The annual target a figure is scored against in a fiscal year: the KPI's (with
    /// `targets` overrides) or, for a partner of an additive KPI, its `partner_targets`
    /// entry, without which the partner's figure is DATA_ONLY.
    func annualTarget(_ series: Int?, year: Int) -> Decimal? {
        if let series, combiner.isAdditive { return kpi.partnerTargets[kpi.partners[series]] }
        return kpi.annualTarget(forYear: year)
    }

    /// The value a figure has for one quarter on its own: the partner's row, or the overall
    /// row, else the partners' values combined when every listed partner has one.
    func quarterValue(_ series: Int?, _ period: Period) -> Decimal? {
        if series != nil { return rows.value(series, period.ordinal) }
        if let overall = rows.value(nil, period.ordinal) { return overall }
        return combined(kpi.partners.indices.map { rows.value($0, period.ordinal) })
    }

    /// The partners' figures combined, only when every listed partner has one.
    private func combined(_ values: [Decimal?]) -> Decimal? {
        guard !kpi.partners.isEmpty, values.count == kpi.partners.count else { return nil }
        var figures: [PartnerFigure] = []
        for (series, value) in values.enumerated() {
            guard let value else { return nil }
            figures.append(PartnerFigure(partner: kpi.partners[series], share: shares[series], value: value))
        }
        return combiner.combine(figures)
    }

    /// The figure compared for `period`.
    ///
    /// An overall row for the period makes the overall series win (quarters of the year
    /// without an overall row use the partners' values combined). Without one, the overall
    /// figure combines the partners' aggregated figures, so `min` of a cumulative KPI is
    /// the lowest partner's year to date rather than a sum of quarterly minimums.
    func figure(_ series: Int?, _ period: Period) -> Decimal? {
        if series != nil || rows.value(nil, period.ordinal) != nil {
            return aggregation.figure(yearToDate: period.yearToDate.map { quarterValue(series, $0) })
        }
        return combined(kpi.partners.indices.map { figure($0, period) })
    }

    /// The target to date and amber threshold of a figure with annual target `annual`.
    func targetsToDate(_ series: Int?, annual: Decimal, period: Period) -> (target: Decimal, amber: Decimal) {
        let target = aggregation.targetToDate(annualTarget: annual, quarter: period.quarter, profile: kpi.profile)
        switch kpi.amber {
        case .threshold(let threshold):
            // An explicit amber is on the same (annual) scale as the target, so a
            // cumulative KPI's threshold is pro-rated or profiled like its target.
            let annualAmber = annualAmber(threshold, series: series, partnerTarget: annual, year: period.fiscalYear)
            let amber = aggregation.targetToDate(annualTarget: annualAmber, quarter: period.quarter, profile: kpi.profile)
            return (target, amber)
        case .tolerance:
            // For cumulative KPIs the band is a tolerance of the target to date, not of
            // the annual target: 5% of a quarter's target, not 5% of the year's.
            return (target, AmberThresholdRule.threshold(target: target, rule: kpi.amber, polarity: kpi.polarity))
        }
    }

    /// Scores a figure for a quarter.
    func evaluate(_ series: Int?, at period: Period) -> FigureEvaluation {
        let cumulative = aggregation.isCumulative
        let annual = annualTarget(series, year: period.fiscalYear)
        guard kpi.frequency.isDue(in: period) else {
            var yearToDate: Decimal?
            if cumulative {
                let given = period.yearToDate.compactMap { quarterValue(series, $0) }
                yearToDate = given.isEmpty ? nil : given.reduce(Decimal(0), +)
            }
            return FigureEvaluation(status: .notDue, annualTarget: cumulative ? annual : nil, yearToDate: yearToDate)
        }
        let value = figure(series, period)
        guard let annual else {
            // Without a target a cumulative figure has no target to date to compare, so
            // its trends are `none`; other figures still compare their values.
            return FigureEvaluation(
                status: .dataOnly, value: value, yearToDate: cumulative ? value : nil, cumulative: cumulative)
        }
        let (target, amber) = targetsToDate(series, annual: annual, period: period)
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
    private func annualAmber(_ threshold: Decimal, series: Int?, partnerTarget: Decimal, year: Int) -> Decimal {
        guard series != nil, combiner.isAdditive, let whole = kpi.annualTarget(forYear: year), whole != 0 else {
            return threshold
        }
        return threshold * partnerTarget / whole
    }

    /// The latest value a figure has up to `period`, and its quarter.
    func latest(_ series: Int?, upTo period: Period) -> (value: Decimal, period: Period)? {
        guard let first = rows.first, first <= period else { return nil }
        var quarter = period
        while quarter >= first {
            if let value = quarterValue(series, quarter) { return (value, quarter) }
            quarter = quarter.previous
        }
        return nil
    }

    /// The commentary for a figure: the period's row's, or for a figure not due, the latest
    /// given up to the period.
    func commentary(_ series: Int?, at period: Period, due: Bool) -> String? {
        if due { return nonEmpty(rows.commentary(series, period.ordinal)) }
        guard let first = rows.first else { return nil }
        var quarter = period
        while quarter >= first {
            if let text = nonEmpty(rows.commentary(series, quarter.ordinal)) { return text }
            quarter = quarter.previous
        }
        return nil
    }
}
