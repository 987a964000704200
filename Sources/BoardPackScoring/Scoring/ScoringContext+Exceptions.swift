import BoardPackCore
import Foundation

extension ScoringContext {
    /// One list, worst first in the brief's order (5.6); plan order within each kind.
    ///
    /// A milestone is listed once for what makes it RED: a bypassed gate as GATE_BYPASSED
    /// and a failed gate as GATE_FAILED, not again as a RED milestone. DCA and unmet
    /// criteria are separate facts and listed as such.
    func exceptions(
        kpis: [KPIResult], milestones: [MilestoneResult], risks: [RiskResult], finance: FinanceResult?,
        period: Period
    ) -> [PackException] {
        let kpisByID = Dictionary(plan.kpis.map { ($0.id, $0) }) { a, _ in a }
        let label = calendar.label(period)
        var list: [PackException] = []

        for figure in kpis where figure.status == .red {
            guard let kpi = kpisByID[figure.kpiID], let value = figure.value, let target = figure.target else { continue }
            let toDate = figure.yearToDate != nil ? " to date" : ""
            list.append(PackException(
                kind: .kpiRed, id: figure.kpiID, title: figure.title, partner: figure.partner, status: .red,
                detail: "\(FigureText.kpi(value, kpi))\(toDate) against a target\(toDate) of \(FigureText.kpi(target, kpi))"
                    + (figure.amber.map { " (amber from \(FigureText.kpi($0, kpi)))" } ?? ""),
                commentary: figure.commentary))
        }
        var missingPartners: [String: [String]] = [:]
        for figure in kpis where figure.status == .noData {
            if let partner = figure.partner { missingPartners[figure.kpiID, default: []].append(partner) }
        }
        for figure in kpis where figure.status == .noData {
            // An overall figure missing only because partners did not return says who.
            var detail = "no return for \(label)"
            if figure.partner == nil, index.kpiValue(figure.kpiID, partner: nil, period: period) == nil,
               let partners = missingPartners[figure.kpiID] {
                detail = "no return from \(partners.joined(separator: ", ")) for \(label)"
            }
            list.append(PackException(
                kind: .kpiNoData, id: figure.kpiID, title: figure.title, partner: figure.partner, status: .noData,
                detail: detail, commentary: figure.commentary))
        }
        let reportDate = calendar.reportDate(of: period)
        for milestone in milestones
        where milestone.status == .red && !milestone.gateBypassed && milestone.decision != .failed {
            if milestone.overdue {
                let days = reportDate.days(since: milestone.due)
                list.append(PackException(
                    kind: .milestoneOverdue, id: milestone.id, title: milestone.title, status: .red,
                    detail: "\(FigureText.days(days)) overdue (due \(milestone.due))", commentary: milestone.commentary))
            } else {
                let forecast = milestone.forecast ?? milestone.due
                list.append(PackException(
                    kind: .milestoneRed, id: milestone.id, title: milestone.title, status: .red,
                    detail: "forecast \(forecast), \(FigureText.days(milestone.slipDays ?? 0)) after due \(milestone.due)",
                    commentary: milestone.commentary))
            }
        }
        let byID = Dictionary(milestones.map { ($0.id, $0) }) { a, _ in a }
        for milestone in milestones where milestone.gateBypassed {
            let gate = milestone.bypassedGate ?? "a gate"
            let gateTitle = milestone.bypassedGate.flatMap { byID[$0]?.title }.map { " (\($0))" } ?? ""
            let state = milestone.reported?.rawValue ?? "started"
            list.append(PackException(
                kind: .gateBypassed, id: milestone.id, title: milestone.title, status: milestone.status,
                detail: "reported \(state) while gate \(gate)\(gateTitle) is not passed",
                commentary: milestone.commentary))
        }
        for milestone in milestones where milestone.decision == .failed {
            list.append(PackException(
                kind: .gateFailed, id: milestone.id, title: milestone.title, status: milestone.status,
                detail: "gate \(milestone.gate ?? "") failed", commentary: milestone.commentary))
        }
        let criteria = Dictionary(plan.gates.map { ($0.id, $0.criteria.count) }) { a, _ in a }
        for milestone in milestones where milestone.decision == .passed && !milestone.unmetCriteria.isEmpty {
            let count = milestone.gate.flatMap { criteria[$0] } ?? 0
            let unmet = milestone.unmetCriteria
            // "passed with 1 of 2 criteria not met (criterion 2)".
            let which = unmet.count == 1
                ? "criterion \(unmet[0])"
                : "criteria " + unmet.dropLast().map(String.init).joined(separator: ", ") + " and \(unmet[unmet.count - 1])"
            list.append(PackException(
                kind: .gateCriteriaUnmet, id: milestone.id, title: milestone.title, status: milestone.status,
                detail: "passed with \(unmet.count) of \(count) criteria not met (\(which))", commentary: milestone.commentary))
        }
        for milestone in milestones where milestone.dca?.isException == true {
            list.append(PackException(
                kind: .gateDCA, id: milestone.id, title: milestone.title, status: milestone.status,
                detail: "delivery confidence \(milestone.dca?.rawValue ?? "")", commentary: milestone.commentary))
        }
        for risk in risks where risk.status == .red {
            list.append(PackException(
                kind: .riskRed, id: risk.id, title: risk.title, status: .red,
                detail: "score \(risk.score) (likelihood \(risk.likelihood) × impact \(risk.impact))",
                commentary: risk.commentary))
        }
        for line in finance?.lines ?? [] where line.status == .red {
            let actual = line.actual ?? 0
            list.append(PackException(
                kind: .financeRed, id: "\(line.line) \(calendar.yearLabel(line.year))", title: line.line, status: .red,
                detail: "spend \(FigureText.money(actual)) against a budget of \(FigureText.money(line.budget))"
                    + " (\(FigureText.money(actual - line.budget)) over)"))
        }
        return list
    }
}
