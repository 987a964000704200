import BoardPackCore
import Foundation

extension ScoringContext {
    /// Every KPI's figures for `period` with trends, latest values and commentary; their
    /// statuses for `previous` (enough to roll that quarter up), when given; and each
    /// overall figure's history up to `period`.
    ///
    /// KPIs are independent, so they are scored in parallel: in chunks, several to a core
    /// so that a core finishing early takes another, each chunk filling only its own slot.
    /// The slots are joined in plan order, so the result does not depend on scheduling.
    /// Each chunk's figures for `period` and histories are also handed to `scored` as soon as it is done
    /// (chunk numbers run from 0 to ``kpiChunkCount(_:)`` - 1), for exporters that start on
    /// them; `cores` is how many to score on.
    func kpiScores(
        at period: Period, previous: Period?, cores: Int = ProcessInfo.processInfo.activeProcessorCount,
        scored: (@Sendable (Int, [KPIResult], [KPIHistory]) -> Void)? = nil
    ) -> KPIScores {
        let count = plan.kpis.count
        let chunks = Self.kpiChunkCount(plan)
        guard chunks > 0 else { return KPIScores() }
        // Every KPI's history covers the same quarters: listed once, not per KPI.
        let quarters = Self.historyQuarters(plan, upTo: period)
        let parts = Parallel.map(chunks, width: cores) { chunk in
            var scores = KPIScores()
            for kpi in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                score(kpi: kpi, at: period, previous: previous, history: quarters, into: &scores)
            }
            scored?(chunk, scores.current, scores.history)
            return scores
        }
        // Sized once: growing by doubling would hold two copies of a large pack's figures.
        var all = KPIScores()
        all.current.reserveCapacity(parts.reduce(0) { $0 + $1.current.count })
        all.previous.reserveCapacity(parts.reduce(0) { $0 + $1.previous.count })
        all.history.reserveCapacity(count)
        for part in parts { all.append(part) }
        return all
    }

    /// The quarters of every KPI's history: from the programme's first to `period`.
    static func historyQuarters(_ plan: Plan, upTo period: Period) -> [Period] {
        let first = plan.calendar.period(containing: plan.programme.start)
        return period < first ? [] : (first.ordinal...period.ordinal).map(Period.init(ordinal:))
    }

    /// How many chunks ``kpiScores(at:previous:scored:)`` scores the KPIs in: several to a
    /// core, and few enough that handing them out costs nothing.
    static func kpiChunkCount(_ plan: Plan) -> Int { min(plan.kpis.count, 64) }

    private func score(
        kpi position: Int, at period: Period, previous: Period?, history quarters: [Period], into scores: inout KPIScores
    ) {
        let kpi = plan.kpis[position]
        let rules = kpiRules[position]
        var scoring = KPIScoring(evaluator: KPIEvaluator(
            kpi: kpi, aggregation: rules.aggregation, combiner: rules.combiner, shares: shares, index: index))
        let figures = [nil] + kpi.partners.indices.map(Optional.some)
        for series in figures { scores.current.append(result(&scoring, series, at: period)) }
        if let previous {
            for series in figures { scores.previous.append(statusOnly(&scoring, series, at: previous)) }
        }
        // A NOT_DUE quarter has no value or target: the figure was not scored then.
        scores.history.append(KPIHistory(kpiID: kpi.id, points: quarters.map { quarter in
            let figure = scoring.evaluate(nil, at: quarter)
            return KPIHistoryPoint(period: quarter, value: figure.value, target: figure.target, status: figure.status)
        }))
    }

    private func statusOnly(_ scoring: inout KPIScoring, _ series: Int?, at period: Period) -> KPIResult {
        let kpi = scoring.evaluator.kpi, now = scoring.evaluate(series, at: period)
        return KPIResult(
            kpiID: kpi.id, title: kpi.title, partner: scoring.evaluator.partner(series), unit: kpi.unit,
            polarity: kpi.polarity, frequency: kpi.frequency, aggregation: kpi.aggregation, status: now.status,
            value: now.value, target: now.target, amber: now.amber, annualTarget: now.annualTarget,
            yearToDate: now.yearToDate, workstream: kpi.workstream)
    }

    /// One figure with its trends, latest value, commentary and previous status.
    private func result(_ scoring: inout KPIScoring, _ series: Int?, at period: Period) -> KPIResult {
        let kpi = scoring.evaluator.kpi
        let now = scoring.evaluate(series, at: period)
        let due = now.status != .notDue
        let previousDue = period.previousDue(for: kpi.frequency)
        let before = scoring.evaluate(series, at: previousDue)
        let yearAgo = due ? scoring.evaluate(series, at: period.sameQuarterLastYear) : nil
        let latest = scoring.latest(series, upTo: period)
        return KPIResult(
            kpiID: kpi.id, title: kpi.title, partner: scoring.evaluator.partner(series), unit: kpi.unit,
            polarity: kpi.polarity, frequency: kpi.frequency, aggregation: kpi.aggregation, status: now.status,
            value: now.value, target: now.target, amber: now.amber, annualTarget: now.annualTarget,
            latestValue: latest?.value, latestPeriod: latest?.period, yearToDate: now.yearToDate,
            trend: due ? TrendRule.trend(current: now.comparable, previous: before.comparable, polarity: kpi.polarity)
                : .none,
            trendYear: TrendRule.trend(current: now.comparable, previous: yearAgo?.comparable, polarity: kpi.polarity),
            commentary: scoring.evaluator.commentary(series, at: period, due: due),
            previousStatus: isInsideProgramme(previousDue) ? before.status : nil, workstream: kpi.workstream)
    }
}
