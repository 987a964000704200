import BoardPackCore
import Foundation
import Testing

@testable import BoardPackCLI
@testable import BoardPackLoading

/// docs/plan-format.md cannot drift from the loader: every example in it loads.
@Suite("The plan format document")
struct PlanFormatDocTests {
    struct Example {
        var language: String
        var marker: String?
        var text: String
    }

    /// Fenced examples with the HTML comment marker just before each, if any.
    static func examples() throws -> [Example] {
        let lines = try read(repoPath("docs/plan-format.md")).components(separatedBy: "\n")
        var examples: [Example] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("```"), line.count > 3 {
                let language = String(line.dropFirst(3))
                let previous = i > 0 ? lines[i - 1].trimmingCharacters(in: .whitespaces) : ""
                let marker = previous.hasPrefix("<!--") ? previous : nil
                var body: [String] = []
                i += 1
                while i < lines.count, lines[i] != "```" { body.append(lines[i]); i += 1 }
                examples.append(Example(language: language, marker: marker, text: body.joined(separator: "\n") + "\n"))
            }
            i += 1
        }
        return examples
    }

    /// Appends a fragment's sections (`kpis:`, `gates:` ...) to the same sections of a plan.
    static func merge(_ fragment: String, into plan: String) -> String {
        var sections: [(key: String, lines: [String])] = []
        for line in plan.components(separatedBy: "\n") {
            if let first = line.first, first != " ", first != "#", line.hasSuffix(":") || line.contains(": ") {
                sections.append((String(line.prefix { $0 != ":" }), [line]))
            } else if !sections.isEmpty {
                sections[sections.count - 1].lines.append(line)
            }
        }
        var current: String?
        for line in fragment.components(separatedBy: "\n") where !line.isEmpty {
            if let first = line.first, first != " ", first != "#" {
                current = String(line.prefix { $0 != ":" })
                if !sections.contains(where: { $0.key == current }) { sections.append((current ?? "", [line])) }
            } else if let current, let index = sections.firstIndex(where: { $0.key == current }) {
                sections[index].lines.append(line)
            }
        }
        return sections.flatMap(\.lines).joined(separator: "\n") + "\n"
    }

    @Test func everyExampleLoadsWithoutErrors() throws {
        let examples = try Self.examples()
        let complete = examples.filter { $0.marker == "<!-- complete plan -->" }
        #expect(complete.count == 1)
        var plan = try #require(complete.first).text
        let fragments = examples.filter { $0.language == "yaml" && $0.marker == nil }
        #expect(fragments.count >= 5)
        for fragment in fragments { plan = Self.merge(fragment.text, into: plan) }

        let folder = try scratchFolder()
        try write(plan, to: "\(folder)/plan.yaml")
        var files: [String: String] = [:]
        for example in examples where example.language == "csv" {
            let name = try #require(example.marker?.replacingOccurrences(of: "<!-- file: ", with: "")
                .replacingOccurrences(of: " -->", with: ""))
            let rows = example.text.components(separatedBy: "\n")
            files[name] = files[name].map { $0 + rows.dropFirst().joined(separator: "\n") } ?? example.text
        }
        #expect(Set(files.keys) == ["kpis.csv", "milestones.csv", "risks.csv", "finance.csv"])
        for (name, text) in files { try write(text, to: "\(folder)/actuals/\(name)") }

        let outcome = PlanFolderLoader().load(directory: folder, registry: BuiltInPlugins.registry)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description).joined(separator: "\n"))")
        let loaded = try #require(outcome.plan)
        #expect(loaded.kpis.map(\.id) == ["KPI-1", "KPI-2", "KPI-3", "SAV-1", "KPI-4", "BP-1", "SAT-1"])
        #expect(loaded.gates.map(\.id) == ["G3", "G4"])
        #expect(outcome.returns.kpiValues.count == 4)
        #expect(outcome.returns.financeActuals.count == 2)
    }

    @Test func everyKeyOfThePlanFormatIsDocumented() throws {
        let doc = try read(repoPath("docs/plan-format.md"))
        let keys = Set(PlanSchema.programme + PlanSchema.partner + PlanSchema.phase + PlanSchema.gate
            + PlanSchema.workstream + PlanSchema.project + PlanSchema.milestone + PlanSchema.kpi + PlanSchema.risk
            + PlanSchema.finance)
        for key in keys.sorted() {
            #expect(doc.contains(".\(key)`") || doc.contains("`\(key)`") || doc.contains("`\(key):"), "\(key) is not documented")
        }
    }
}
