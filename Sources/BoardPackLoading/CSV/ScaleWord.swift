/// A status word as reported for a KPI, for remembering where it falls on the KPI's scale.
struct ScaleWord: Hashable, Sendable {
    /// The KPI's position in the plan.
    let kpi: Int
    let word: String
}
