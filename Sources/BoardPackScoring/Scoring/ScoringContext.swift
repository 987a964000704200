import BoardPackCore
import Foundation

/// A plan, its indexed returns and its resolved rules: built once per score call.
struct ScoringContext {
    let plan: Plan
    let index: ReturnsIndex
    let calendar: FiscalCalendar
    /// The quarter holding the programme's start.
    let firstPeriod: Period
    let rollupRule: any RollupRule
    /// One evaluator per KPI, in plan order.
    let evaluators: [KPIEvaluator]
    /// Notes about rule names the registry does not know.
    let ruleNotes: [DataQualityNote]

    init(plan: Plan, returns: Returns, registry: PluginRegistry) {
        self.plan = plan
        self.index = ReturnsIndex(returns)
        self.calendar = plan.calendar
        self.firstPeriod = plan.calendar.period(containing: plan.programme.start)
        var notes: [DataQualityNote] = []
        if let rule = registry.rollup(named: plan.programme.rollup) {
            rollupRule = rule
        } else {
            rollupRule = WorstRollup()
            notes.append(DataQualityNote(
                kind: .validationWarning, id: plan.programme.id,
                message: "unknown roll-up \"\(plan.programme.rollup)\"; rolled up by worst"))
        }
        let shares = Dictionary(plan.partners.compactMap { p in p.share.map { (p.id, $0) } }) { a, _ in a }
        var evaluators: [KPIEvaluator] = []
        for kpi in plan.kpis {
            let aggregation: any AggregationRule
            if let rule = registry.aggregation(named: kpi.aggregation) {
                aggregation = rule
            } else {
                aggregation = PointAggregation()
                notes.append(DataQualityNote(
                    kind: .validationWarning, id: kpi.id,
                    message: "\(kpi.id): unknown aggregation \"\(kpi.aggregation)\"; scored as point"))
            }
            let combiner: any PartnerCombiner
            if let rule = registry.combiner(named: kpi.combine) {
                combiner = rule
            } else {
                combiner = MeanCombiner()
                notes.append(DataQualityNote(
                    kind: .validationWarning, id: kpi.id,
                    message: "\(kpi.id): unknown combine \"\(kpi.combine)\"; partners combined by mean"))
            }
            evaluators.append(KPIEvaluator(
                kpi: kpi, aggregation: aggregation, combiner: combiner, shares: shares, index: index))
        }
        self.evaluators = evaluators
        self.ruleNotes = notes
    }

    func isInsideProgramme(_ period: Period) -> Bool { period >= firstPeriod }

    /// Scores everything that has a status for one quarter; `detailed: false` skips KPI
    /// trends, latest values and commentary (the previous quarter needs only statuses).
    func snapshot(at period: Period, detailed: Bool = true) -> Snapshot {
        let kpis = kpiResults(at: period, detailed: detailed)
        let milestones = milestoneResults(at: period)
        let (projects, workstreams, overall) = rollups(kpis: kpis, milestones: milestones)
        return Snapshot(
            kpis: kpis, milestones: milestones, projects: projects, workstreams: workstreams,
            risks: riskResults(at: period), overall: overall)
    }
}
