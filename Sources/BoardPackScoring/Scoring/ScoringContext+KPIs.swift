import BoardPackCore
import Foundation

extension ScoringContext {
    /// Every KPI's overall figure, then each listed partner's, in plan order. Without
    /// `detailed` only the statuses (and figures) are filled: enough to roll a quarter up.
    func kpiResults(at period: Period, detailed: Bool = true) -> [KPIResult] {
        evaluators.flatMap { evaluator in
            ([nil] + evaluator.kpi.partners.map(Optional.some)).map { partner in
                detailed ? kpiResult(evaluator, partner: partner, at: period)
                    : statusOnly(evaluator, partner: partner, at: period)
            }
        }
    }

    private func statusOnly(_ evaluator: KPIEvaluator, partner: String?, at period: Period) -> KPIResult {
        let kpi = evaluator.kpi, now = evaluator.evaluate(partner: partner, at: period)
        return KPIResult(
            kpiID: kpi.id, title: kpi.title, partner: partner, unit: kpi.unit, polarity: kpi.polarity,
            frequency: kpi.frequency, aggregation: kpi.aggregation, status: now.status, value: now.value,
            target: now.target, amber: now.amber, annualTarget: now.annualTarget, yearToDate: now.yearToDate,
            workstream: kpi.workstream)
    }

    /// One figure with its trends, latest value, commentary and previous status.
    func kpiResult(_ evaluator: KPIEvaluator, partner: String?, at period: Period) -> KPIResult {
        let kpi = evaluator.kpi
        let now = evaluator.evaluate(partner: partner, at: period)
        let due = now.status != .notDue
        let previousDue = period.previousDue(for: kpi.frequency)
        let before = evaluator.evaluate(partner: partner, at: previousDue)
        let yearAgo = due ? evaluator.evaluate(partner: partner, at: period.sameQuarterLastYear) : nil
        let latest = evaluator.latest(partner: partner, upTo: period)
        return KPIResult(
            kpiID: kpi.id, title: kpi.title, partner: partner, unit: kpi.unit, polarity: kpi.polarity,
            frequency: kpi.frequency, aggregation: kpi.aggregation, status: now.status, value: now.value,
            target: now.target, amber: now.amber, annualTarget: now.annualTarget, latestValue: latest?.value,
            latestPeriod: latest?.period, yearToDate: now.yearToDate,
            trend: due ? TrendRule.trend(current: now.comparable, previous: before.comparable, polarity: kpi.polarity)
                : .none,
            trendYear: TrendRule.trend(current: now.comparable, previous: yearAgo?.comparable, polarity: kpi.polarity),
            commentary: evaluator.commentary(partner: partner, at: period, due: due),
            previousStatus: isInsideProgramme(previousDue) ? before.status : nil, workstream: kpi.workstream)
    }

    /// Each KPI's overall figure for every quarter from the programme's first up to
    /// `period`. A NOT_DUE quarter has no value or target: the figure was not scored then.
    func kpiHistory(upTo period: Period) -> [KPIHistory] {
        let quarters = period < firstPeriod ? [] : (firstPeriod.ordinal...period.ordinal).map(Period.init(ordinal:))
        return evaluators.map { evaluator in
            KPIHistory(kpiID: evaluator.kpi.id, points: quarters.map { quarter in
                let figure = evaluator.evaluate(partner: nil, at: quarter)
                return KPIHistoryPoint(period: quarter, value: figure.value, target: figure.target, status: figure.status)
            })
        }
    }
}
