/// A status as a board reads it. The raw value is the exact word every output uses;
/// colour is never the only signal, so each status also has a symbol.
public enum Status: String, CaseIterable, Hashable, Sendable {
    case green = "GREEN"
    case amber = "AMBER"
    case red = "RED"
    /// Complete.
    case blue = "BLUE"
    case noData = "NO_DATA"
    case notDue = "NOT_DUE"
    case dataOnly = "DATA_ONLY"
    case cancelled = "CANCELLED"

    /// The word printed in every output.
    public var word: String { rawValue }

    /// A shape that tells the statuses apart without colour.
    public var symbol: String {
        switch self {
        case .green: return "●"
        case .amber: return "▲"
        case .red: return "✖"
        case .blue: return "✔"
        case .noData: return "?"
        case .notDue: return "○"
        case .dataOnly: return "◇"
        case .cancelled: return "⊘"
        }
    }

    /// Symbol and word, e.g. `✖ RED`. Spelled out rather than joined, as packs print it
    /// in every row of every table.
    public var label: String {
        switch self {
        case .green: return "● GREEN"
        case .amber: return "▲ AMBER"
        case .red: return "✖ RED"
        case .blue: return "✔ BLUE"
        case .noData: return "? NO_DATA"
        case .notDue: return "○ NOT_DUE"
        case .dataOnly: return "◇ DATA_ONLY"
        case .cancelled: return "⊘ CANCELLED"
        }
    }

    /// What the status means, for keys and legends.
    public var meaning: String {
        switch self {
        case .green: return "On target / on track"
        case .amber: return "Within tolerance of target / slipping within tolerance"
        case .red: return "Off target / overdue / beyond tolerance"
        case .blue: return "Complete"
        case .noData: return "Due but no value was returned"
        case .notDue: return "Not due this period"
        case .dataOnly: return "Reported for information; no target"
        case .cancelled: return "Cancelled; left out of roll-ups"
        }
    }

    /// Fill colour (RGB hex) for outputs that use colour alongside the word.
    public var colourHex: String {
        switch self {
        case .green: return "C6EFCE"
        case .amber: return "FFEB9C"
        case .red: return "FFC7CE"
        case .blue: return "BDD7EE"
        case .noData: return "D9D9D9"
        case .notDue, .dataOnly, .cancelled: return "F2F2F2"
        }
    }

    /// Severity for ordering, worst first: RED, NO_DATA, AMBER, GREEN, BLUE, then the rest.
    public var severity: Int {
        switch self {
        case .red: return 0
        case .noData: return 1
        case .amber: return 2
        case .green: return 3
        case .blue: return 4
        case .dataOnly: return 5
        case .notDue: return 6
        case .cancelled: return 7
        }
    }
}

/// Direction of travel against an earlier period, by polarity.
public enum Trend: String, CaseIterable, Hashable, Sendable {
    case improving, unchanged, worsening, none

    public var arrow: String {
        switch self {
        case .improving: return "↑"
        case .unchanged: return "→"
        case .worsening: return "↓"
        case .none: return "–"
        }
    }

    /// Arrow and word, e.g. `↑ improving`.
    public var label: String {
        switch self {
        case .improving: return "↑ improving"
        case .unchanged: return "→ unchanged"
        case .worsening: return "↓ worsening"
        case .none: return "– none"
        }
    }
}

extension Status {
    /// How many of each status there are, in one pass (statuses that do not occur are absent).
    public static func tally(_ statuses: some Sequence<Status>) -> [Status: Int] {
        var tally: [Status: Int] = [:]
        for status in statuses { tally[status, default: 0] += 1 }
        return tally
    }
}
