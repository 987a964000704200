import Synchronization

/// A quarter being scored, for exporters that can start before it is done: its KPI figures
/// become available stretch by stretch, in plan order, and then the whole pack.
///
/// KPI figures are most of a large pack and need nothing but the plan and the returns, so
/// a workbook can write its scorecard while the rest of the KPIs are scored and rolled up.
/// The stretches joined are exactly the pack's `kpis`, however the work was spread.
public final class PackInProgress: Sendable {
    public let plan: Plan
    public let period: Period
    /// How many stretches of KPI figures there will be (none for a plan without KPIs).
    public let kpiStretchCount: Int

    private struct State {
        var stretches: [ArraySlice<KPIResult>?]
        var pack: ScoredPack?
    }

    private let state: Mutex<State>
    private let stretchScored: [Latch]
    private let packScored = Latch()

    /// A pack to be scored: the scorer calls ``publish(stretch:_:)`` for every stretch, in
    /// any order, then ``finish(_:)``.
    public init(plan: Plan, period: Period, kpiStretchCount: Int) {
        self.plan = plan
        self.period = period
        self.kpiStretchCount = kpiStretchCount
        state = Mutex(State(stretches: Array(repeating: nil, count: kpiStretchCount)))
        stretchScored = (0..<kpiStretchCount).map { _ in Latch() }
    }

    /// A pack already scored: its KPI figures are one stretch.
    public convenience init(scored pack: ScoredPack) {
        self.init(plan: pack.plan, period: pack.period, kpiStretchCount: pack.kpis.isEmpty ? 0 : 1)
        if !pack.kpis.isEmpty { publish(stretch: 0, pack.kpis) }
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

    /// The whole pack, waiting until it is scored.
    public func pack() -> ScoredPack {
        packScored.wait()
        // Set before the latch opened, and never cleared: the empty pack is never returned.
        return state.withLock { $0.pack }
            ?? ScoredPack(plan: plan, period: period, reportDate: reportDate, overall: .noData)
    }

    /// Called by the scorer once per stretch.
    public func publish(stretch index: Int, _ figures: [KPIResult]) {
        state.withLock { $0.stretches[index] = figures[...] }
        stretchScored[index].open()
    }

    /// Called by the scorer when everything is scored, after every stretch was published
    /// (the pack's `kpis` being the stretches joined). Stretches not yet read are then
    /// read from the pack, so the figures are held once.
    public func finish(_ pack: ScoredPack) {
        state.withLock { state in
            var start = pack.kpis.startIndex
            for (index, stretch) in state.stretches.enumerated() {
                let end = start + (stretch?.count ?? 0)
                guard end <= pack.kpis.endIndex else { break }
                state.stretches[index] = pack.kpis[start..<end]
                start = end
            }
            state.pack = pack
        }
        packScored.open()
    }
}
