import BoardPackCore
import Foundation

/// Scores a quarter of a plan's returns into a ``ScoredPack`` (brief section 5).
///
/// The scoring rules are looked up by name in the registry: each KPI's `aggregation` and
/// `combine`, and the programme's `rollup`. A name the registry does not know (the loader
/// reports these as errors) falls back to `point`, `mean` or `worst`, with a data-quality
/// note, so a pack is never silently scored by a rule nobody chose.
public struct Scorer: Sendable {
    public let registry: PluginRegistry

    public init(registry: PluginRegistry) {
        self.registry = registry
    }

    /// Scores `period`; `warnings` from validation become data-quality notes.
    public func score(plan: Plan, returns: Returns, period: Period, warnings: [Diagnostic] = []) -> ScoredPack {
        let context = ScoringContext(plan: plan, returns: returns, registry: registry)
        let previousPeriod = context.isInsideProgramme(period.previous) ? period.previous : nil
        let kpis = context.kpiScores(at: period, previous: previousPeriod)
        let current = context.snapshot(at: period, kpis: kpis.current)
        let previous = previousPeriod.map { context.snapshot(at: $0, kpis: kpis.previous) }

        var pack = ScoredPack(
            plan: plan, period: period, reportDate: plan.calendar.reportDate(of: period), overall: current.overall,
            previousOverall: previous?.overall)
        pack.kpis = current.kpis
        pack.kpiHistory = kpis.history
        // Built once: looking each item up in the previous quarter must not rescan it.
        let before = previous.map(PreviousStatuses.init)
        pack.milestones = Self.attach(before?.milestones, to: current.milestones, id: \.id, status: \.previousStatus)
        pack.projects = Self.attach(before?.projects, to: current.projects, id: \.id, status: \.previousStatus)
        pack.workstreams = Self.attach(before?.workstreams, to: current.workstreams, id: \.id, status: \.previousStatus)
        pack.risks = Self.attach(before?.risks, to: current.risks, id: \.id, status: \.previousStatus)
        pack.finance = context.finance(upTo: period)
        pack.exceptions = context.exceptions(
            kpis: pack.kpis, milestones: pack.milestones, risks: pack.risks, finance: pack.finance, period: period)
        pack.dataQuality = context.dataQuality(kpis: pack.kpis, period: period, warnings: warnings)
        return pack
    }

    /// Each item with the status it had a quarter earlier, looked up by id.
    private static func attach<Item>(
        _ previous: [String: Status]?, to items: [Item], id: KeyPath<Item, String>,
        status: WritableKeyPath<Item, Status?>
    ) -> [Item] {
        guard let previous else { return items }
        return items.map { item in
            var item = item
            item[keyPath: status] = previous[item[keyPath: id]]
            return item
        }
    }
}
