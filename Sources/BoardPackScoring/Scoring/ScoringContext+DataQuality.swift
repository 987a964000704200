import BoardPackCore

extension ScoringContext {
    /// Missing returns, RED or NO_DATA figures without commentary, then every validation
    /// warning passed in, then notes about rule names the registry did not know.
    func dataQuality(kpis: [KPIResult], period: Period, warnings: [Diagnostic]) -> [DataQualityNote] {
        let label = calendar.label(period)
        var notes: [DataQualityNote] = []
        for figure in kpis where figure.status == .noData {
            notes.append(DataQualityNote(
                kind: .missingReturn, id: figure.kpiID, message: "\(name(figure)): no return for \(label)"))
        }
        for figure in kpis where (figure.status == .red || figure.status == .noData) && figure.commentary == nil {
            notes.append(DataQualityNote(
                kind: .noCommentary, id: figure.kpiID,
                message: "\(name(figure)) is \(figure.status.word) with no commentary for \(label)"))
        }
        for warning in warnings {
            notes.append(DataQualityNote(kind: .validationWarning, id: nil, message: warning.description))
        }
        return notes + ruleNotes
    }

    /// `KPI-2 Service Availability` or `KPI-2 Service Availability (CCC)`.
    private func name(_ figure: KPIResult) -> String {
        "\(figure.kpiID) \(figure.title)" + (figure.partner.map { " (\($0))" } ?? "")
    }
}
