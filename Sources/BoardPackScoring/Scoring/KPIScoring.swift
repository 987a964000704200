import BoardPackCore
import Foundation

/// Scores one KPI for a report: each figure's result, its status a quarter earlier and
/// the overall figure's history.
///
/// Every figure goes through the KPI's scaled integers where its numbers allow (see
/// ``ScaledDecimal``) and through ``KPIEvaluator``'s Decimal rules otherwise: any step
/// the integers cannot do exactly sends the whole figure to the evaluator, so both paths
/// give the same bits. Targets to date are computed once per figure and quarter, in
/// Decimal, by the evaluator.
struct KPIScoring {
    let evaluator: KPIEvaluator
    private var targets: [TargetKey: TargetsToDate] = [:]
    /// Reused buffers, so a figure allocates nothing.
    private var yearToDate: [ScaledDecimal?] = []
    private var partnerFigures: [ScaledPartnerFigure] = []

    /// What targets to date depend on besides the annual targets: the quarter, and for an
    /// explicit amber whether the figure is a partner's of an additive KPI.
    private struct TargetKey: Hashable {
        var quarter: Int
        var additivePartner: Bool
    }

    private struct TargetsToDate {
        /// The annual target, and the KPI's own for the year, these were computed from.
        var annual: Decimal
        var whole: Decimal?
        var target: Decimal
        var amber: Decimal
        var scaledTarget: ScaledDecimal?
        var scaledAmber: ScaledDecimal?
    }

    init(evaluator: KPIEvaluator) {
        self.evaluator = evaluator
    }

    /// Scores a figure for a quarter: the same as `evaluator.evaluate`.
    mutating func evaluate(_ series: Int?, at period: Period) -> FigureEvaluation {
        if let scaled = evaluator.scaled, let evaluation = scaledEvaluation(scaled, series, period) {
            return evaluation
        }
        return evaluator.evaluate(series, at: period)
    }

    /// The latest value a figure has up to `period`, and its quarter: the same as
    /// `evaluator.latest`.
    mutating func latest(_ series: Int?, upTo period: Period) -> (value: Decimal, period: Period)? {
        guard let scaled = evaluator.scaled else { return evaluator.latest(series, upTo: period) }
        guard let first = evaluator.rows.first, first <= period else { return nil }
        var quarter = period
        while quarter >= first {
            if let value = quarterValue(scaled, series, quarter.ordinal).decimal { return (value, quarter) }
            quarter = quarter.previous
        }
        return nil
    }

    /// A figure's value as far as the integers got: exact, or a Decimal where a rule had
    /// to answer in Decimal (a mean whose quotient does not terminate, say).
    private enum FigureValue {
        case none
        case exact(ScaledDecimal)
        case decimal(Decimal)

        var decimal: Decimal? {
            switch self {
            case .none: return nil
            case .exact(let value): return value.decimal
            case .decimal(let value): return value
            }
        }
    }

    /// `evaluator.evaluate` through the integers; nil where only Decimal can follow.
    private mutating func scaledEvaluation(_ scaled: ScaledKPI, _ series: Int?, _ period: Period) -> FigureEvaluation? {
        let cumulative = evaluator.aggregation.isCumulative
        let annual = evaluator.annualTarget(series, year: period.fiscalYear)
        guard evaluator.kpi.frequency.isDue(in: period) else {
            var yearToDate: ScaledDecimal?
            if cumulative {
                let start = period.ordinal - period.quarter + 1
                for ordinal in start...period.ordinal {
                    switch quarterValue(scaled, series, ordinal) {
                    case .exact(let value):
                        guard let sum = (yearToDate ?? ScaledDecimal(units: 0, scale: 0)).adding(value) else { return nil }
                        yearToDate = sum
                    case .none: continue
                    case .decimal: return nil
                    }
                }
            }
            return FigureEvaluation(
                status: .notDue, annualTarget: cumulative ? annual : nil, yearToDate: yearToDate?.decimal)
        }
        let figure = figure(scaled, series, period)
        let value = figure.decimal
        guard let annual else {
            return FigureEvaluation(
                status: .dataOnly, value: value, yearToDate: cumulative ? value : nil, cumulative: cumulative)
        }
        let toDate = targetsToDate(series, annual: annual, period: period)
        var result = FigureEvaluation(
            status: .noData, value: value, target: toDate.target, amber: toDate.amber,
            annualTarget: cumulative ? annual : nil, yearToDate: cumulative ? value : nil, cumulative: cumulative)
        guard let value else { return result }
        let polarity = evaluator.kpi.polarity
        if case .exact(let exact) = figure, let target = toDate.scaledTarget, let amber = toDate.scaledAmber {
            result.status = KPIStatusRule.status(value: exact, target: target, amber: amber, polarity: polarity)
        } else {
            result.status = KPIStatusRule.status(
                value: value, target: toDate.target, amber: toDate.amber, polarity: polarity)
        }
        return result
    }

    /// The evaluator's targets to date, computed once per quarter for each annual target:
    /// a KPI whose target does not change scores every figure of every year against the
    /// same few Decimals.
    private mutating func targetsToDate(_ series: Int?, annual: Decimal, period: Period) -> TargetsToDate {
        // The amber of an additive partner's explicit threshold also depends on the
        // KPI's own target for the year.
        let whole = evaluator.kpi.annualTarget(forYear: period.fiscalYear)
        let key = TargetKey(quarter: period.quarter, additivePartner: series != nil && evaluator.combiner.isAdditive)
        if let known = targets[key], Self.sameBits(known.annual, annual), Self.sameBits(known.whole, whole) {
            return known
        }
        let (target, amber) = evaluator.targetsToDate(series, annual: annual, period: period)
        let toDate = TargetsToDate(
            annual: annual, whole: whole, target: target, amber: amber, scaledTarget: ScaledDecimal(exactly: target),
            scaledAmber: ScaledDecimal(exactly: amber))
        targets[key] = toDate
        return toDate
    }

    /// `evaluator.quarterValue` through the integers.
    private mutating func quarterValue(_ scaled: ScaledKPI, _ series: Int?, _ ordinal: Int) -> FigureValue {
        if series != nil { return scaled.value(series, ordinal).map(FigureValue.exact) ?? .none }
        if let overall = scaled.value(nil, ordinal) { return .exact(overall) }
        let partners = evaluator.kpi.partners.count
        guard partners > 0 else { return .none }
        var figures = takePartnerFigures()
        defer { partnerFigures = figures }
        for series in 0..<partners {
            guard let value = scaled.value(series, ordinal) else { return .none }
            figures.append(ScaledPartnerFigure(share: scaled.shares[series], value: value))
        }
        return combined(scaled, figures)
    }

    /// `evaluator.figure` through the integers.
    private mutating func figure(_ scaled: ScaledKPI, _ series: Int?, _ period: Period) -> FigureValue {
        let start = period.ordinal - period.quarter + 1
        if series != nil || scaled.value(nil, period.ordinal) != nil {
            var values = yearToDate
            yearToDate = []
            values.removeAll(keepingCapacity: true)
            defer { yearToDate = values }
            var inDecimal = false
            for ordinal in start...period.ordinal {
                switch quarterValue(scaled, series, ordinal) {
                case .exact(let value): values.append(value)
                case .none: values.append(nil)
                case .decimal: inDecimal = true
                }
            }
            if !inDecimal {
                switch scaled.aggregation.scaledFigure(yearToDate: values) {
                case .figure(let value): return .exact(value)
                case .none: return .none
                case .needsDecimal: break
                }
            }
            let decimals = (start...period.ordinal).map { evaluator.quarterValue(series, Period(ordinal: $0)) }
            return evaluator.aggregation.figure(yearToDate: decimals).map(FigureValue.decimal) ?? .none
        }
        let partners = evaluator.kpi.partners.count
        guard partners > 0 else { return .none }
        var exact = takePartnerFigures()
        defer { partnerFigures = exact }
        // Set once a partner's figure is only known as a Decimal: then all are combined so.
        var decimals: [Decimal]?
        for series in 0..<partners {
            switch figure(scaled, series, period) {
            case .none:
                return .none
            case .exact(let value):
                exact.append(ScaledPartnerFigure(share: scaled.shares[series], value: value))
                decimals?.append(value.decimal)
            case .decimal(let value):
                if decimals == nil { decimals = exact.map { $0.value.decimal } }
                decimals?.append(value)
            }
        }
        if let decimals { return combinedInDecimal(decimals) }
        return combined(scaled, exact)
    }

    /// The combiner through the integers, else (a quotient that does not terminate) in
    /// Decimal on the same values.
    private func combined(_ scaled: ScaledKPI, _ figures: [ScaledPartnerFigure]) -> FigureValue {
        switch scaled.combiner.scaledCombine(figures) {
        case .figure(let value): return .exact(value)
        case .none: return .none
        case .needsDecimal: return combinedInDecimal(figures.map { $0.value.decimal })
        }
    }

    private func combinedInDecimal(_ values: [Decimal]) -> FigureValue {
        let figures = values.enumerated().map { series, value in
            PartnerFigure(partner: evaluator.kpi.partners[series], share: evaluator.shares[series], value: value)
        }
        return evaluator.combiner.combine(figures).map(FigureValue.decimal) ?? .none
    }

    private static func sameBits(_ a: Decimal?, _ b: Decimal?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return ScaledDecimal.sameBits(a, b)
    }

    private mutating func takePartnerFigures() -> [ScaledPartnerFigure] {
        var figures = partnerFigures
        partnerFigures = []
        figures.removeAll(keepingCapacity: true)
        return figures
    }
}
