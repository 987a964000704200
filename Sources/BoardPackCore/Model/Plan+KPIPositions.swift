extension Plan {
    /// Where each KPI id is first declared: its position in `kpis`. Positions rather than
    /// copies of the KPIs, for looking a large plan's KPIs up by id.
    public func kpiPositions() -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(kpis.count)
        for (position, kpi) in kpis.enumerated() where positions[kpi.id] == nil { positions[kpi.id] = position }
        return positions
    }
}
