import BoardPackCore
import Foundation

/// A plan, its indexed returns and its resolved rules: built once per score call.
struct ScoringContext: Sendable {
    let plan: Plan
    let index: ReturnsIndex
    let calendar: FiscalCalendar
    /// The quarter holding the programme's start.
    let firstPeriod: Period
    let rollupRule: any RollupRule
    /// Each KPI's aggregation and combiner, in plan order. Evaluators are built while
    /// scoring, in parallel, as arranging a KPI's rows is a good part of the work.
    let kpiRules: [(aggregation: any AggregationRule, combiner: any PartnerCombiner)]
    /// Partner cost shares, for `weighted`.
    let shares: [String: Decimal]
    /// Notes about rule names the registry does not know.
    let ruleNotes: [DataQualityNote]

    init(plan: Plan, returns: Returns, registry: PluginRegistry) {
        self.plan = plan
        self.index = ReturnsIndex(returns, kpiIDs: plan.kpis.map(\.id))
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
        shares = Dictionary(plan.partners.compactMap { p in p.share.map { (p.id, $0) } }) { a, _ in a }
        var rules: [(aggregation: any AggregationRule, combiner: any PartnerCombiner)] = []
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
            rules.append((aggregation, combiner))
        }
        self.kpiRules = rules
        self.ruleNotes = notes
    }

    func isInsideProgramme(_ period: Period) -> Bool { period >= firstPeriod }

    /// Everything that has a status for one quarter, from its KPI figures, milestones and
    /// risks already scored (see ``kpiScores(at:previous:)``): the roll-ups are added.
    func snapshot(kpis: [KPIResult], milestones: [MilestoneResult], risks: [RiskResult]) -> Snapshot {
        let (projects, workstreams, overall) = rollups(kpis: kpis, milestones: milestones)
        return Snapshot(
            kpis: kpis, milestones: milestones, projects: projects, workstreams: workstreams, risks: risks,
            overall: overall)
    }
}
