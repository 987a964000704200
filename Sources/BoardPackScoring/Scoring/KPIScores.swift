import BoardPackCore

/// Every KPI scored for a report, in plan order: each figure (overall, then each listed
/// partner) for the report quarter and, status only, for the quarter before, and each
/// overall figure's history.
struct KPIScores: Sendable {
    var current: [KPIResult] = []
    /// Empty when the quarter before is outside the programme.
    var previous: [KPIResult] = []
    var history: [KPIHistory] = []

    mutating func append(_ other: KPIScores) {
        current += other.current
        previous += other.previous
        history += other.history
    }
}
