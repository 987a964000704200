import BoardPackCore

extension ScoringContext {
    /// Projects from their milestones; workstreams from their projects and the overall
    /// figures of KPIs linked to them; the programme from its workstreams and every KPI's
    /// overall figure (brief 5.3). Empty or left-out inputs: see ``StatusRollup``.
    func rollups(kpis: [KPIResult], milestones: [MilestoneResult])
        -> (projects: [RollupResult], workstreams: [RollupResult], overall: Status)
    {
        let overallFigures = kpis.filter { $0.partner == nil }
        var milestonesByProject: [String: [Status]] = [:]
        for milestone in milestones { milestonesByProject[milestone.projectID, default: []].append(milestone.status) }
        var kpisByWorkstream: [String: [Status]] = [:]
        for figure in overallFigures {
            if let workstream = figure.workstream { kpisByWorkstream[workstream, default: []].append(figure.status) }
        }
        var projects: [RollupResult] = []
        var workstreams: [RollupResult] = []
        for workstream in plan.workstreams {
            var statuses: [Status] = []
            for project in workstream.projects {
                let status = StatusRollup.rollUp(milestonesByProject[project.id] ?? [], rule: rollupRule)
                projects.append(RollupResult(id: project.id, title: project.title, status: status))
                statuses.append(status)
            }
            statuses += kpisByWorkstream[workstream.id] ?? []
            workstreams.append(RollupResult(
                id: workstream.id, title: workstream.title, status: StatusRollup.rollUp(statuses, rule: rollupRule)))
        }
        let overall = StatusRollup.rollUp(
            workstreams.map(\.status) + overallFigures.map(\.status), rule: rollupRule)
        return (projects, workstreams, overall)
    }
}
