import BoardPackCore
import BoardPackScoring
import Foundation
import Testing

@testable import BoardPackLoading

/// A small valid plan that validation tests break one way at a time. Line numbers in the
/// expected messages refer to this text.
let basePlan = """
    programme:
      id: test-plan
      title: Test programme
      start: 2017-04-01
      end: 2019-03-31
    partners:
      - { id: CCC, name: City Council, share: 60 }
      - { id: HDC, name: District Council, share: 40 }
    phases:
      - { id: short, title: Short term, start: 2017-04-01, end: 2018-03-31 }
    gates:
      - { id: G3, title: Investment decision, criteria: [Approved, Funded] }
    workstreams:
      - id: core
        title: Core
        projects:
          - id: P1
            title: Project one
            phase: short
            partners: [CCC]
            milestones:
              - { id: P1-G3, title: Decision, due: 2017-06-30, gate: G3 }
              - { id: P1-M1, title: Delivered, due: 2017-12-31 }
    kpis:
      - { id: KPI-1, title: Satisfaction, unit: percent, target: 80, partners: [CCC, HDC] }
      - { id: KPI-2, title: Availability, unit: percent, target: 95, amber: 93 }
      - { id: BP-1, title: Sign-off, unit: status, scale: [Not started, Ongoing, Complete], target: Complete }
    risks:
      - { id: R1, title: Cyber attack, likelihood: 3, impact: 5 }
    finance:
      years: ["2017/18", "2018/19"]
      baseline: { Staff: [100, 110] }
      budget: { Staff: [90, 95] }

    """

let baseReturns: [String: String] = [
    "kpis.csv": "kpi,period,partner,value,commentary\nKPI-1,2017/18 Q1,CCC,81,\nKPI-1,2017/18 Q1,HDC,79,\nKPI-2,2017/18 Q1,,96,\n",
    "milestones.csv": "milestone,period,status,forecast,completed,decision,dca,criteria_met,commentary\nP1-G3,2017/18 Q1,complete,,2017-06-28,passed,GREEN,all,\n",
    "risks.csv": "risk,period,likelihood,impact,commentary\nR1,2017/18 Q1,2,5,\n",
    "finance.csv": "line,year,actual\nStaff,2017/18,92\n",
]

/// The registry of names a plan may use.
let registry = ScoringPlugins.registry

/// Writes a plan folder into a fresh temporary folder named after the test and loads it.
/// Returns the outcome and the folder's path (diagnostics name files under it).
func loadPlan(
    _ name: String, plan: String = basePlan, returns: [String: String] = baseReturns
) throws -> (outcome: LoadOutcome, folder: String) {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("boardpack-loading-tests-\(ProcessInfo.processInfo.processIdentifier)")
        .appendingPathComponent(name.map { $0.isLetter || $0.isNumber ? $0 : "-" }.map(String.init).joined()).path
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: "\(folder)/actuals", withIntermediateDirectories: true)
    try Data(plan.utf8).write(to: URL(fileURLWithPath: "\(folder)/plan.yaml"))
    for (file, text) in returns {
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/actuals/\(file)"))
    }
    let outcome = PlanFolderLoader().load(directory: folder, registry: registry)
    expectSameInPieces(outcome, folder: folder)
    return (outcome, folder)
}

/// Returns cut into tiny pieces (read side by side) must load exactly as read in one go:
/// the same plan, values and diagnostics, in the same order. Every test that loads a plan
/// checks this on the way.
func expectSameInPieces(_ outcome: LoadOutcome, folder: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for pieceBytes in [1, 7, 64] {
        let pieces = PlanFolderLoader(pieceBytes: pieceBytes).load(directory: folder, registry: registry)
        #expect(pieces.plan == outcome.plan, "plan, in pieces of \(pieceBytes) bytes", sourceLocation: sourceLocation)
        #expect(pieces.returns == outcome.returns, "returns, in pieces of \(pieceBytes) bytes", sourceLocation: sourceLocation)
        #expect(pieces.diagnostics == outcome.diagnostics, "diagnostics, in pieces of \(pieceBytes) bytes",
                sourceLocation: sourceLocation)
    }
}

/// The plan text with one piece replaced (the piece must be there).
func replacing(_ old: String, with new: String, in text: String = basePlan) -> String {
    precondition(text.contains(old), "the base plan has no \(old)")
    return text.replacingOccurrences(of: old, with: new)
}

/// A fixture folder under Tests/Fixtures/loading.
func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/loading/\(name)").path
}
