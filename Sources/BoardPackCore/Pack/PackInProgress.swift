import Synchronization

/// A quarter being scored, for exporters that can start before it is done: its KPI figures
/// and histories become available stretch by stretch, in plan order, and then the whole pack.
///
/// KPI figures and histories are most of a large pack and need nothing but the plan and the
/// returns, so a workbook can write its scorecard and trends while the rest of the KPIs are
/// scored and rolled up. The stretches joined are exactly the pack's `kpis` and
/// `kpiHistory`, however the work was spread; a KPI's history is in the stretch holding its
/// figures.
public final class PackInProgress: Sendable {
    public let plan: Plan
    public let period: Period
    /// How many stretches of KPI figures and histories there will be (none for a plan without KPIs).
    public let kpiStretchCount: Int
    /// The quarters the KPI histories cover, oldest first (as ``KPIHistory/quarters(of:)``
    /// gives for the whole pack), known before any history is scored.
    public let historyQuarters: [Period]

    private struct State {
        var stretches: [ArraySlice<KPIResult>?]
        var histories: [ArraySlice<KPIHistory>?]
        var pack: ScoredPack?
    }

    private let state: Mutex<State>
    private let stretchScored: [Latch]
    private let packScored = Latch()

    /// A pack to be scored: the scorer calls ``publish(stretch:_:history:)`` for every
    /// stretch, in any order, then ``finish(_:)``.
    public init(plan: Plan, period: Period, kpiStretchCount: Int, historyQuarters: [Period]) {
        self.plan = plan
        self.period = period
        self.kpiStretchCount = kpiStretchCount
        self.historyQuarters = historyQuarters
        state = Mutex(State(
            stretches: Array(repeating: nil, count: kpiStretchCount),
            histories: Array(repeating: nil, count: kpiStretchCount)))
        stretchScored = (0..<kpiStretchCount).map { _ in Latch() }
    }

    /// A pack already scored: its KPI figures and histories are one stretch.
    public convenience init(scored pack: ScoredPack) {
        let hasKPIs = !pack.kpis.isEmpty || !pack.kpiHistory.isEmpty
        self.init(
            plan: pack.plan, period: pack.period, kpiStretchCount: hasKPIs ? 1 : 0,
            historyQuarters: KPIHistory.quarters(of: pack.kpiHistory))
        if hasKPIs { publish(stretch: 0, pack.kpis, history: pack.kpiHistory) }
        finish(pack)
    }

    public var calendar: FiscalCalendar { plan.calendar }
    /// `2017/18 Q3`.
    public var periodLabel: String { calendar.label(period) }
    /// The pack's file name without its extension, as ``ScoredPack/packName``.
    public var packName: String { "\(plan.programme.id)-\(calendar.fileStem(period))" }
    /// The last day of the quarter.
    public var reportDate: Day { calendar.reportDate(of: period) }

    /// Stretch `index` of the KPI figures (each KPI's overall figure, then its partners'),
    /// waiting until it is scored.
    public func kpiFigures(stretch index: Int) -> ArraySlice<KPIResult> {
        stretchScored[index].wait()
        return state.withLock { $0.stretches[index] ?? [] }
    }

    /// The KPI histories of stretch `index` (those of the KPIs whose figures it holds),
    /// waiting until it is scored.
    public func kpiHistory(stretch index: Int) -> ArraySlice<KPIHistory> {
        stretchScored[index].wait()
        return state.withLock { $0.histories[index] ?? [] }
    }

    /// The whole pack, waiting until it is scored.
    public func pack() -> ScoredPack {
        packScored.wait()
        // Set before the latch opened, and never cleared: the empty pack is never returned.
        return state.withLock { $0.pack }
            ?? ScoredPack(plan: plan, period: period, reportDate: reportDate, overall: .noData)
    }

    /// Called by the scorer once per stretch, with the histories of the KPIs it scored.
    public func publish(stretch index: Int, _ figures: [KPIResult], history: [KPIHistory]) {
        state.withLock { state in
            state.stretches[index] = figures[...]
            state.histories[index] = history[...]
        }
        stretchScored[index].open()
    }

    /// Called by the scorer when everything is scored, after every stretch was published
    /// (the pack's `kpis` and `kpiHistory` being the stretches joined). Stretches not yet
    /// read are then read from the pack, so the figures are held once.
    public func finish(_ pack: ScoredPack) {
        state.withLock { state in
            Self.repoint(&state.stretches, into: pack.kpis)
            Self.repoint(&state.histories, into: pack.kpiHistory)
            state.pack = pack
        }
        packScored.open()
    }

    /// Each stretch replaced by the same stretch of `whole`, the stretches joined.
    private static func repoint<Item>(_ stretches: inout [ArraySlice<Item>?], into whole: [Item]) {
        var start = whole.startIndex
        for (index, stretch) in stretches.enumerated() {
            let end = start + (stretch?.count ?? 0)
            guard end <= whole.endIndex else { break }
            stretches[index] = whole[start..<end]
            start = end
        }
    }
}
