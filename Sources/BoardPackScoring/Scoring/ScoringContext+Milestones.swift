import BoardPackCore
import Foundation

extension ScoringContext {
    /// Every milestone in plan order, scored at the quarter's report date (brief 5.2).
    func milestoneResults(at period: Period) -> [MilestoneResult] {
        let reportDate = calendar.reportDate(of: period)
        let gates = Dictionary(plan.gates.map { ($0.id, $0) }) { a, _ in a }
        return plan.workstreams.flatMap { workstream in
            workstream.projects.flatMap { project in
                let scored = project.milestones.map { milestone in
                    scoreMilestone(
                        milestone, report: MilestoneReport(index.milestoneUpdates[milestone.id] ?? [], upTo: period),
                        project: project, workstream: workstream, reportDate: reportDate,
                        criteriaCount: milestone.gate.flatMap { gates[$0] }?.criteria.count ?? 0)
                }
                return applyStageGateControl(scored, reportDate: reportDate)
            }
        }
    }

    private func scoreMilestone(
        _ milestone: Milestone, report: MilestoneReport, project: Project, workstream: Workstream,
        reportDate: Day, criteriaCount: Int
    ) -> MilestoneResult {
        var result = MilestoneResult(
            id: milestone.id, title: milestone.title, projectID: project.id, workstreamID: workstream.id,
            due: milestone.due, forecast: report.forecast ?? milestone.due, reported: report.state, status: .green,
            gate: milestone.gate, decision: milestone.gate == nil ? nil : report.decision, dca: report.dca,
            criteriaMet: report.criteriaMet, commentary: report.commentary)
        if milestone.gate != nil, let met = report.criteriaMet {
            result.unmetCriteria = met.unmet(outOf: criteriaCount)
        }
        if report.state == .cancelled {
            result.status = .cancelled
            return result
        }
        if milestone.gate != nil, let decision = report.decision {
            switch decision {
            case .passed:
                // Passed is complete: on its completed date, or else at the report date of
                // the quarter in which the decision was recorded. A completed date after
                // the report date is not complete yet, and is scored by its dates below.
                let completed = report.completed ?? report.decisionPeriod.map(calendar.reportDate(of:))
                if let completed, completed <= reportDate {
                    result.completed = completed
                    if completed > milestone.due { result.daysLate = completed.days(since: milestone.due) }
                    result.status = .blue
                    return result
                }
            case .failed:
                result.status = .red
                return result
            case .deferred:
                result.status = .amber
                return result
            }
        }
        // A milestone reported complete without a date counts as completed at the report
        // date of the quarter it was first reported complete in.
        let completed = report.completed
            ?? (report.state == .complete ? report.statePeriod.map(calendar.reportDate(of:)) : nil)
        if let completed, completed <= reportDate {
            result.completed = completed
            if completed > milestone.due { result.daysLate = completed.days(since: milestone.due) }
            result.status = .blue
            return result
        }
        let forecast = report.forecast ?? milestone.due
        let slip = forecast.days(since: milestone.due)
        result.slipDays = slip
        if milestone.due < reportDate {
            result.overdue = true
            result.status = .red
            return result
        }
        result.status = MilestoneSlipRule.status(slipDays: slip, toleranceDays: plan.programme.milestoneToleranceDays)
        return result
    }

    /// Within a project, a gate milestone guards every milestone due after it. A guarded
    /// milestone reported in progress or complete (or a later gate decided) while a
    /// guarding gate is not passed is RED, naming the earliest such gate. A gate counts as
    /// passed when its decision up to the quarter is `passed`, or when it is complete
    /// (BLUE) as of the report date: a gate reported complete without a decision column
    /// was held, and flagging the work after it would be a false alarm. A cancelled gate
    /// guards nothing.
    private func applyStageGateControl(_ milestones: [MilestoneResult], reportDate: Day) -> [MilestoneResult] {
        let gates = milestones.filter { $0.gate != nil && $0.status != .cancelled }.sorted { $0.due < $1.due }
        guard !gates.isEmpty else { return milestones }
        return milestones.map { milestone in
            let active = milestone.reported == .inProgress || milestone.reported == .complete
                || (milestone.completed.map { $0 <= reportDate } ?? false)
                || (milestone.gate != nil && milestone.decision != nil)
            guard active, milestone.status != .cancelled,
                  let gate = gates.first(where: {
                      $0.id != milestone.id && $0.due < milestone.due && $0.decision != .passed && $0.status != .blue
                  })
            else { return milestone }
            var bypassed = milestone
            bypassed.gateBypassed = true
            bypassed.bypassedGate = gate.id
            bypassed.status = .red
            return bypassed
        }
    }
}
