import BoardPackCore

/// What a milestone's updates say as of a quarter: for each field the latest value given
/// in a row up to the quarter (an empty cell means "not given", so it does not erase an
/// earlier report); commentary is the latest row's own.
struct MilestoneReport {
    var state: MilestoneState?
    /// The quarter in which the current state was first reported.
    var statePeriod: Period?
    var forecast: Day?
    var completed: Day?
    var decision: GateDecision?
    /// The quarter in which the current decision was first recorded.
    var decisionPeriod: Period?
    var dca: DeliveryConfidence?
    var criteriaMet: CriteriaMet?
    var commentary: String?

    init(_ rows: [MilestoneUpdate], upTo period: Period) {
        for row in rows where row.period <= period {
            if let state = row.status {
                if state != self.state { statePeriod = row.period }
                self.state = state
            }
            if let forecast = row.forecast { self.forecast = forecast }
            if let completed = row.completed { self.completed = completed }
            if let decision = row.decision {
                if decision != self.decision { decisionPeriod = row.period }
                self.decision = decision
            }
            if let dca = row.dca { self.dca = dca }
            if let criteriaMet = row.criteriaMet { self.criteriaMet = criteriaMet }
            commentary = nonEmpty(row.commentary)
        }
    }
}
