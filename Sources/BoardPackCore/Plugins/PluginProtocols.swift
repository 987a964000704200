import Foundation

/// Loads a plan folder (plan and returns), collecting every problem it finds.
public protocol PlanLoader: Plugin {
    /// `directory` is the plan folder as the user gave it; diagnostics name files under it.
    /// `registry` tells which plugin names (`aggregation`, `combine`, `rollup`) exist.
    func load(directory: String, registry: PluginRegistry) -> LoadOutcome
}

/// A loaded plan folder: the plan (nil if it could not be read at all), its returns, and
/// every error and warning found.
public struct LoadOutcome: Sendable {
    public var plan: Plan?
    public var returns: Returns
    public var diagnostics: [Diagnostic]

    public init(plan: Plan?, returns: Returns = Returns(), diagnostics: [Diagnostic] = []) {
        self.plan = plan
        self.returns = returns
        self.diagnostics = diagnostics
    }
}

/// How a KPI's values over the fiscal year become the figure compared with a target
/// (`aggregation: point | cumulative | average`).
public protocol AggregationRule: Plugin {
    /// The figure for the report quarter from the fiscal year's values up to and including
    /// it (`yearToDate[i]` is quarter i+1's value, nil where none was given). Nil: no value.
    func figure(yearToDate: [Decimal?]) -> Decimal?

    /// The target for the report quarter (1...4) from the annual target and an optional
    /// `profile` (percent of the annual target due by the end of each quarter).
    func targetToDate(annualTarget: Decimal, quarter: Int, profile: [Decimal]?) -> Decimal

    /// Whether the figure is a year-to-date running total (shown as such in packs).
    var isCumulative: Bool { get }
}

/// One partner's figure, for combining into the overall figure.
public struct PartnerFigure: Hashable, Sendable {
    public var partner: String
    /// The partner's cost share in percent, if the plan gives one.
    public var share: Decimal?
    public var value: Decimal

    public init(partner: String, share: Decimal?, value: Decimal) {
        self.partner = partner
        self.share = share
        self.value = value
    }
}

/// Combines partner figures into the overall figure (`combine: mean | sum | weighted | min | max`).
public protocol PartnerCombiner: Plugin {
    /// Nil when the figures cannot be combined (e.g. `weighted` without shares).
    func combine(_ figures: [PartnerFigure]) -> Decimal?

    /// Whether partner figures are parts of a total (so they have no target of their own
    /// unless `partner_targets` gives one).
    var isAdditive: Bool { get }
}

/// Rolls statuses up into one (`programme.rollup: worst | average`).
public protocol RollupRule: Plugin {
    /// `statuses` holds only GREEN, AMBER and RED (BLUE already counted as GREEN), and is
    /// never empty.
    func rollUp(_ statuses: [Status]) -> Status
}

/// Writes a scored pack in one format.
public protocol Exporter: Plugin {
    /// The file extension, e.g. `xlsx`.
    static var fileExtension: String { get }
    /// Whether this format takes longest to write and uses more than one core while it
    /// does (the workbook). It starts first, and the other formats wait until it calls
    /// `spareCore`, then take the core it has left instead of slowing it down.
    static var writesLongest: Bool { get }
    /// Writes the pack to `path` (a temporary file the caller renames into place).
    func write(_ pack: ScoredPack, to path: String) throws
    /// The same, calling `spareCore` (once, from any thread) when what is left of the work
    /// takes one core. A format that only ever uses one core need not implement it: by
    /// default `spareCore` is called before the pack is written.
    func write(_ pack: ScoredPack, to path: String, spareCore: @escaping @Sendable () -> Void) throws
    /// The same for a pack still being scored. A format that can start on the KPI figures
    /// before the rest is scored implements it (the workbook, whose scorecard is most of
    /// its rows); by default the pack is waited for and written as above.
    func write(_ pack: PackInProgress, to path: String, spareCore: @escaping @Sendable () -> Void) throws
}

extension Exporter {
    public static var writesLongest: Bool { false }

    public func write(_ pack: ScoredPack, to path: String, spareCore: @escaping @Sendable () -> Void) throws {
        spareCore()
        try write(pack, to: path)
    }

    public func write(_ pack: PackInProgress, to path: String, spareCore: @escaping @Sendable () -> Void) throws {
        try write(pack.pack(), to: path, spareCore: spareCore)
    }
}
