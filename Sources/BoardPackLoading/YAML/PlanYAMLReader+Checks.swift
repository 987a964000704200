import BoardPackCore
import Foundation
import Yams

extension PlanYAMLReader {
    /// Cross-references and sums that need the whole plan.
    mutating func checkPlan(_ plan: Plan, top: Fields) {
        let partners = plan.partners.map(\.id)
        let phases = Dictionary(plan.phases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let gates = Set(plan.gates.map(\.id))
        let workstreams = plan.workstreams.map(\.id)

        let shares = plan.partners.compactMap(\.share)
        if !shares.isEmpty {
            let sum = shares.reduce(0, +)
            if shares.count != plan.partners.count {
                reader.error(top["partners"], "only some partners have a share", expected: "a share for every partner, or none")
            } else if sum != 100 {
                reader.error(top["partners"], "partner shares add up to \(sum)", expected: "shares that add up to exactly 100")
            }
        }
        for phase in plan.phases where phase.end < plan.programme.start || phase.start > plan.programme.end {
            reader.warning(declared["phase"]?[phase.id], "phase \(phase.id) (\(phase.start) to \(phase.end)) lies outside the programme (\(plan.programme.start) to \(plan.programme.end))",
                           expected: "phases within the programme's dates")
        }
        for (_, project) in plan.projects {
            let node = declared["project"]?[project.id]
            for partner in project.partners where !partners.contains(partner) {
                reader.error(node, "project \(project.id) names partner \"\(partner)\", which is not declared",
                             expected: partners.isEmpty ? "partners declared under partners:" : "one of \(partners.joined(separator: ", "))")
            }
            var phase: Phase?
            if let id = project.phase {
                phase = phases[id]
                if phase == nil {
                    reader.error(node, "project \(project.id) names phase \"\(id)\", which is not declared",
                                 expected: "one of \(plan.phases.map(\.id).joined(separator: ", "))")
                }
            }
            for milestone in project.milestones {
                let milestoneNode = declared["milestone"]?[milestone.id]
                if let gate = milestone.gate, !gates.contains(gate) {
                    reader.error(milestoneNode, "milestone \(milestone.id) names gate \"\(gate)\", which is not declared",
                                 expected: gates.isEmpty ? "gates declared under gates:" : "one of \(plan.gates.map(\.id).joined(separator: ", "))")
                }
                if let phase, milestone.due < phase.start || milestone.due > phase.end {
                    reader.warning(milestoneNode, "milestone \(milestone.id) is due \(milestone.due), outside its project's phase \(phase.id) (\(phase.start) to \(phase.end))",
                                   expected: "a due date within the phase, or the project in a later phase")
                }
            }
        }
        for kpi in plan.kpis {
            let node = declared["KPI"]?[kpi.id]
            for partner in kpi.partners where !partners.contains(partner) {
                reader.error(node, "KPI \(kpi.id) names partner \"\(partner)\", which is not declared",
                             expected: partners.isEmpty ? "partners declared under partners:" : "one of \(partners.joined(separator: ", "))")
            }
            if let ws = kpi.workstream, !workstreams.contains(ws) {
                reader.error(node, "KPI \(kpi.id) names workstream \"\(ws)\", which is not declared",
                             expected: "one of \(workstreams.joined(separator: ", "))")
            }
            if kpi.combine == "weighted", !kpi.partners.isEmpty, kpi.partners.contains(where: { id in plan.partners.first { $0.id == id }?.share == nil }) {
                reader.error(node, "KPI \(kpi.id) combines partners by share, but not every partner has a share",
                             expected: "a share for each of \(kpi.partners.joined(separator: ", ")), or another combine rule")
            }
        }
    }
}
