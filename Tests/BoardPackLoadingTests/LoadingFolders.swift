import BoardPackCore
import BoardPackLoading
import BoardPackScoring
import Foundation
import Testing

/// Writing small plan folders and loading them the way `boardpack validate` does.
enum Loading {
    static let registry = ScoringPlugins.registry

    /// `Tests/Fixtures/loading/<name>`.
    static func fixture(_ name: String, file: String = #filePath) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/loading/\(name)").path
    }

    static func load(_ folder: String) -> LoadOutcome {
        let outcome = PlanFolderLoader().load(directory: folder, registry: registry)
        expectSameInPieces(outcome, folder: folder)
        return outcome
    }

    /// A fresh folder under the temporary directory, named after the test.
    static func folder(_ name: String) throws -> String {
        let base = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("boardpack-loading-tests-\(ProcessInfo.processInfo.processIdentifier)")
        let safe = String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
        let url = base.appendingPathComponent(safe)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Writes plan.yaml and any `actuals/<name>` files into a fresh folder and loads it.
    static func load(
        plan: String, actuals: [String: String] = [:], test: String = #function
    ) throws -> (folder: String, outcome: LoadOutcome) {
        let folder = try folder(test)
        try plan.write(toFile: "\(folder)/plan.yaml", atomically: true, encoding: .utf8)
        if !actuals.isEmpty {
            try FileManager.default.createDirectory(atPath: "\(folder)/actuals", withIntermediateDirectories: true)
            for (name, text) in actuals {
                try text.write(toFile: "\(folder)/actuals/\(name)", atomically: true, encoding: .utf8)
            }
        }
        return (folder, load(folder))
    }

    /// Every problem as a user reads it, with the folder path dropped from the front so
    /// expectations read `plan.yaml:3:7: error: ...`.
    static func problems(
        plan: String, actuals: [String: String] = [:], test: String = #function
    ) throws -> [String] {
        let (folder, outcome) = try load(plan: plan, actuals: actuals, test: test)
        return outcome.diagnostics.map { d in
            let text = d.description
            return text.hasPrefix(folder + "/") ? String(text.dropFirst(folder.count + 1)) : text
        }
    }

    /// Problems in returns files, read against ``returnsPlan``.
    static func returnsProblems(_ actuals: [String: String], test: String = #function) throws -> [String] {
        try problems(plan: returnsPlan, actuals: actuals, test: test)
    }

    /// A small valid plan the returns tests report against. Programme 2017/18 Q1 to 2018/19 Q4.
    static let returnsPlan = """
        programme:
          id: test
          title: Test programme
          start: 2017-04-01
          end: 2019-03-31
        partners:
          - { id: CCC, name: Cambridge City Council, share: 50 }
          - { id: HDC, name: Huntingdonshire District Council, share: 50 }
        gates:
          - { id: G3, title: Investment decision, criteria: [Business case approved, Funding confirmed] }
        workstreams:
          - id: core
            title: Core infrastructure
            projects:
              - id: P1
                title: Project one
                milestones:
                  - { id: P1-G3, title: Investment decision, due: 2017-06-30, gate: G3 }
                  - { id: P1-M1, title: New SAN installed, due: 2017-12-31 }
        kpis:
          - { id: KPI-1, title: Customer Satisfaction, unit: percent, target: 80 }
          - { id: KPI-2, title: Service Availability, unit: percent, target: 95, partners: [CCC, HDC] }
          - { id: BP-2, title: Sign-off, unit: status, scale: [Not started, Ongoing, Complete], target: Complete }
        risks:
          - { id: R1, title: Cyber crime, likelihood: 3, impact: 5 }
        finance:
          years: ["2017/18", "2018/19"]
          baseline: { Staff: [100, 100] }
          budget: { Staff: [90, 90] }

        """
}
