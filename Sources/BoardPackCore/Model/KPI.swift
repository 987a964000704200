import Foundation

/// A measure with a target, e.g. "Service Availability 95%".
///
/// For `unit: status` KPIs every figure (target, amber, values) is the 0-based position
/// of a word on `scale`, worst first, so scoring compares numbers throughout; use
/// ``scaleWord(for:)`` to print them.
public struct KPI: Hashable, Sendable {
    public var id: String
    public var title: String
    public var unit: KPIUnit
    public var polarity: Polarity
    public var frequency: Frequency
    /// The annual target (nil: DATA_ONLY).
    public var target: Decimal?
    /// The amber band: an explicit threshold or a tolerance (default 5 %).
    public var amber: AmberRule
    /// The name of the aggregation plugin (default `point`).
    public var aggregation: String
    /// Partner ids whose figures may be reported one by one.
    public var partners: [String]
    /// The name of the combiner plugin (default `mean`).
    public var combine: String
    /// A workstream id, for roll-up.
    public var workstream: String?
    /// Per-fiscal-year target overrides, keyed by fiscal year (2018 for 2018/19).
    public var targets: [Int: Decimal]
    /// Percent of the annual target due by the end of Q1...Q4 (cumulative KPIs).
    public var profile: [Decimal]?
    /// Partner targets, for `combine: sum`.
    public var partnerTargets: [String: Decimal]
    /// Words worst to best, for `unit: status`.
    public var scale: [String]?

    public init(
        id: String, title: String, unit: KPIUnit, polarity: Polarity = .higher,
        frequency: Frequency = .quarterly, target: Decimal? = nil, amber: AmberRule = .defaultTolerance,
        aggregation: String = "point", partners: [String] = [], combine: String = "mean",
        workstream: String? = nil, targets: [Int: Decimal] = [:], profile: [Decimal]? = nil,
        partnerTargets: [String: Decimal] = [:], scale: [String]? = nil
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.polarity = polarity
        self.frequency = frequency
        self.target = target
        self.amber = amber
        self.aggregation = aggregation
        self.partners = partners
        self.combine = combine
        self.workstream = workstream
        self.targets = targets
        self.profile = profile
        self.partnerTargets = partnerTargets
        self.scale = scale
    }

    /// The annual target for a fiscal year: its override, else `target`.
    public func annualTarget(forYear fiscalYear: Int) -> Decimal? { targets[fiscalYear] ?? target }

    /// The word for a position on a status KPI's scale.
    public func scaleWord(for position: Decimal) -> String? {
        guard let scale, let i = NSDecimalNumberBridge.int(position),
              scale.indices.contains(i) else { return nil }
        return scale[i]
    }
}

/// How a KPI is measured; `status` KPIs report a word from their scale.
public enum KPIUnit: String, CaseIterable, Hashable, Sendable {
    case percent, number, count, gbp, days, hours, status
}

/// Which direction is better.
public enum Polarity: String, CaseIterable, Hashable, Sendable {
    case higher, lower
}

/// How often a KPI is due: quarterly every quarter, biannual in Q2 and Q4, annual in Q4.
public enum Frequency: String, CaseIterable, Hashable, Sendable {
    case quarterly, biannual, annual

    public func isDue(inQuarter quarter: Int) -> Bool {
        switch self {
        case .quarterly: return true
        case .biannual: return quarter == 2 || quarter == 4
        case .annual: return quarter == 4
        }
    }

    public func isDue(in period: Period) -> Bool { isDue(inQuarter: period.quarter) }
}

/// Where the amber band lies: an explicit threshold, or a tolerance around the target.
public enum AmberRule: Hashable, Sendable {
    case threshold(Decimal)
    case tolerance(Tolerance)

    /// Neither `amber` nor `tolerance` given: 5 % of the target.
    public static let defaultTolerance = AmberRule.tolerance(.percent(5))
}

/// A band written `N%` (percent of a reference figure) or `N` (units).
public enum Tolerance: Hashable, Sendable, CustomStringConvertible {
    case percent(Decimal)
    case units(Decimal)

    /// The band's width around `reference`.
    public func width(around reference: Decimal) -> Decimal {
        switch self {
        // × 0.01 rather than ÷ 100: the same exact result, and Decimal division is slow.
        case .percent(let p): return abs(reference) * p * Decimal(sign: .plus, exponent: -2, significand: 1)
        case .units(let u): return u
        }
    }

    public var description: String {
        switch self {
        case .percent(let p): return "\(p)%"
        case .units(let u): return "\(u)"
        }
    }
}

enum NSDecimalNumberBridge {
    /// The integer value of a whole decimal, or nil.
    static func int(_ d: Decimal) -> Int? {
        var value = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        guard rounded == d else { return nil }
        return Int((rounded as NSDecimalNumber).intValue)
    }
}
