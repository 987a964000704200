import BoardPackCore
import Foundation
import Testing

@testable import BoardPackCLI

@Suite("Bad input through report and validate")
struct BadInputTests {
    /// A copy of the bundled plan with one bad KPI value and one unknown key.
    private func brokenPlan(in scratch: String) throws -> String {
        let plan = try copyOfFolder(repoPath("Plans/3c-ict"), into: scratch, as: "broken")
        let kpis = "\(plan)/actuals/kpis.csv"
        var csv = try read(kpis)
        if !csv.hasSuffix("\n") { csv += "\n" }
        let header = try #require(csv.split(separator: "\n").first).split(separator: ",").map(String.init)
        let row = header.map { column -> String in
            switch column {
            case "kpi": return "KPI-2"
            case "period": return "2017/18 Q1"
            case "partner": return ""
            case "value": return "9O.5"
            default: return ""
            }
        }
        try write(csv + row.joined(separator: ",") + "\n", to: kpis)
        let yaml = try read("\(plan)/plan.yaml")
        try write(yaml.replacingOccurrences(of: "\n  title:", with: "\n  titel: oops\n  title:", options: [], range: yaml.range(of: "\n  title:")), to: "\(plan)/plan.yaml")
        return plan
    }

    @Test func validateReportsEveryProblemAndExits65() throws {
        let scratch = try scratchFolder()
        let plan = try brokenPlan(in: scratch)
        let result = BoardPackCLI.runCapturing(["validate", plan])
        #expect(result.code == 65)
        #expect(result.output.contains("\(plan)/actuals/kpis.csv:"))
        #expect(result.output.contains("value \"9O.5\" for KPI-2 is not a number"))
        #expect(result.output.contains("\(plan)/plan.yaml:"))
        #expect(result.output.contains("unknown key \"titel\""))
        #expect(result.output.contains("not valid ("))
    }

    @Test func reportOnBadInputWritesNothingAndLeavesAnEarlierPackUntouched() throws {
        let scratch = try scratchFolder()
        let good = try copyOfFolder(repoPath("Plans/3c-ict"), into: scratch, as: "plan")
        let out = "\(scratch)/Reports"
        let first = BoardPackCLI.runCapturing(["report", good, "--period", "2017/18 Q4", "--out", out])
        #expect(first.code == 0, "\(first.error)")
        let before = try files(in: out).map { try Data(contentsOf: URL(fileURLWithPath: "\(out)/\($0)")) }

        let broken = try brokenPlan(in: scratch)
        let second = BoardPackCLI.runCapturing(["report", broken, "--period", "2017/18 Q4", "--out", out])
        #expect(second.code == 65)
        #expect(second.error.contains("value \"9O.5\" for KPI-2 is not a number"))
        #expect(second.error.contains("no pack written"))
        #expect(second.output.isEmpty)
        let after = try files(in: out).map { try Data(contentsOf: URL(fileURLWithPath: "\(out)/\($0)")) }
        #expect(after == before)
        #expect(files(in: out).allSatisfy { !$0.hasPrefix(".") }, "no temporary file left behind")

        // The same problems, in the same words, as validate prints.
        let validate = BoardPackCLI.runCapturing(["validate", broken])
        let problems = validate.output.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!problems.isEmpty)
        for line in problems { #expect(second.error.contains(line)) }
    }
}
