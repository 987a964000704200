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
    ///
    /// Milestones, risks and finance need none of the KPI figures, so they are scored on
    /// another core while the KPIs (most of the work) are; then the two quarters are rolled
    /// up side by side, then exceptions and data quality. Each part is a pure function of
    /// the plan and returns, so the pack is the same however the work was spread.
    public func score(plan: Plan, returns: Returns, period: Period, warnings: [Diagnostic] = []) -> ScoredPack {
        score(ScoringContext(plan: plan, returns: returns, registry: registry), period: period, warnings: warnings)
    }

    /// A pack of `period` to be scored by ``score(plan:returns:period:warnings:into:)``, for
    /// exporters to start on while it is.
    public func pack(toScore plan: Plan, period: Period) -> PackInProgress {
        PackInProgress(
            plan: plan, period: period, kpiStretchCount: ScoringContext.kpiChunkCount(plan),
            historyQuarters: plan.kpis.isEmpty ? [] : ScoringContext.historyQuarters(plan, upTo: period))
    }

    /// Scores `period` into `pack` (made by ``pack(toScore:period:)``): each stretch of KPI
    /// figures and histories is published as soon as it is scored, for exporters running meanwhile on
    /// other threads, then the whole pack, the same as ``score(plan:returns:period:warnings:)``
    /// gives. Run it on the thread that loaded the returns: memory it frees is reused there.
    ///
    /// The KPIs are scored on one core fewer than the machine has, leaving one to the
    /// exporters: libxlsxwriter writing the rows is what the user waits for, and it finishes
    /// sooner on a core of its own, even waiting now and then for KPIs to be scored, than
    /// sharing every core with the scoring (bench/README.md has the figures).
    public func score(plan: Plan, returns: Returns, period: Period, warnings: [Diagnostic] = [], into pack: PackInProgress) {
        let context = ScoringContext(plan: plan, returns: returns, registry: registry)
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
        pack.finish(score(context, period: period, warnings: warnings, cores: cores) { pack.publish(stretch: $0, $1, history: $2) })
    }

    private func score(
        _ context: ScoringContext, period: Period, warnings: [Diagnostic],
        cores: Int = ProcessInfo.processInfo.activeProcessorCount, publish: (@Sendable (Int, [KPIResult], [KPIHistory]) -> Void)? = nil
    ) -> ScoredPack {
        let plan = context.plan
        let previousPeriod = context.isInsideProgramme(period.previous) ? period.previous : nil
        let quarters = [period] + (previousPeriod.map { [$0] } ?? [])
        let scored = Parallel.map(2) { part -> ScoredParts in
            guard part == 1 else {
                return ScoredParts(kpis: context.kpiScores(at: period, previous: previousPeriod, cores: cores, scored: publish))
            }
            return ScoredParts(
                milestones: quarters.map(context.milestoneResults), risks: quarters.map(context.riskResults),
                finance: context.finance(upTo: period))
        }
        let (kpis, others) = (scored[0].kpis, scored[1])
        let snapshots = Parallel.map(quarters.count) { q in
            context.snapshot(
                kpis: q == 0 ? kpis.current : kpis.previous, milestones: others.milestones[q], risks: others.risks[q])
        }
        let current = snapshots[0]
        let previous = snapshots.count > 1 ? snapshots[1] : nil

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
        pack.finance = others.finance
        let scoredPack = pack
        let lists = Parallel.map(2) { part -> ScoredLists in
            guard part == 1 else {
                return ScoredLists(exceptions: context.exceptions(
                    kpis: scoredPack.kpis, milestones: scoredPack.milestones, risks: scoredPack.risks,
                    finance: scoredPack.finance, period: period))
            }
            return ScoredLists(dataQuality: context.dataQuality(kpis: scoredPack.kpis, period: period, warnings: warnings))
        }
        pack.exceptions = lists[0].exceptions
        pack.dataQuality = lists[1].dataQuality
        return pack
    }

    /// What each core scored: the KPIs on one, the rest on the other.
    private struct ScoredParts: Sendable {
        var kpis = KPIScores()
        /// Per quarter scored: the report quarter, then the one before it.
        var milestones: [[MilestoneResult]] = []
        var risks: [[RiskResult]] = []
        var finance: FinanceResult?
    }

    private struct ScoredLists: Sendable {
        var exceptions: [PackException] = []
        var dataQuality: [DataQualityNote] = []
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
