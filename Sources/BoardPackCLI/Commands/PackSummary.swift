import BoardPackCore

/// The few lines `boardpack report` prints about the pack it wrote.
enum PackSummary {
    static func lines(for pack: ScoredPack) -> [String] {
        var lines = ["\(pack.plan.programme.title): \(pack.periodLabel) (report date \(pack.reportDate))"]
        var overall = "Overall: \(pack.overall.label)"
        if let previous = pack.previousOverall { overall += " (previous quarter: \(previous.label))" }
        lines.append(overall)
        lines.append("KPIs: " + counts(pack.kpis.filter { $0.partner == nil }.map(\.status)))
        lines.append("Milestones: " + counts(pack.milestones.map(\.status)))
        lines.append("Exceptions: \(pack.exceptions.count)")
        return lines
    }

    /// `3 GREEN, 1 AMBER, 1 RED` in status order, leaving out statuses with none.
    static func counts(_ statuses: [Status]) -> String {
        let parts = Status.allCases.compactMap { status -> String? in
            let n = statuses.filter { $0 == status }.count
            return n == 0 ? nil : "\(n) \(status.word)"
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
