/// What a KPI value is for: one value per KPI, period and partner. Positions, not texts,
/// so a return of hundreds of thousands of rows hashes a few integers per row.
struct KPIValueKey: Hashable, Sendable {
    /// The KPI's position in the plan.
    let kpi: Int
    let ordinal: Int
    /// 0 for the overall figure, else 1 + the partner's position in the KPI's partners.
    let partner: Int
}
