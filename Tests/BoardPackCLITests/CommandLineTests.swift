import BoardPackCore
import Foundation
import Testing

@testable import BoardPackCLI

@Suite("Command line")
struct CommandLineTests {
    @Test("--help on every command reads well", arguments: [[], ["report"], ["validate"], ["plugins"], ["init"]])
    func help(_ command: [String]) {
        let result = BoardPackCLI.runCapturing(command + ["--help"])
        #expect(result.code == 0)
        #expect(result.output.contains("USAGE: boardpack"))
        #expect(result.output.contains("OVERVIEW:"))
        #expect(result.error.isEmpty)
    }

    @Test func unknownOptionIsAUsageError() {
        let result = BoardPackCLI.runCapturing(["report", "--colour", "blue"])
        #expect(result.code == 1)
        #expect(result.error.contains("Unknown option '--colour'"))
    }

    @Test func validateWithoutAPlanIsAUsageError() {
        let result = BoardPackCLI.runCapturing(["validate"])
        #expect(result.code == 1)
        #expect(result.error.contains("Missing expected argument '<plan-dir>'"))
    }

    @Test func unknownFormatIsAUsageErrorAndWritesNothing() throws {
        let out = try scratchFolder()
        let result = BoardPackCLI.runCapturing(["report", repoPath("Plans/3c-ict"), "--format", "pdf", "--out", out])
        #expect(result.code == 1)
        #expect(result.error.contains("unknown format \"pdf\"; expected one of xlsx, text, json"))
        #expect(files(in: out).isEmpty)
    }

    @Test func malformedPeriodIsAUsageError() throws {
        let out = try scratchFolder()
        let result = BoardPackCLI.runCapturing(
            ["report", repoPath("Plans/3c-ict"), "--period", "2017/18 Q5", "--format", "json", "--out", out])
        #expect(result.code == 1)
        #expect(result.error.contains("--period \"2017/18 Q5\" is not a quarter; expected a quarter such as \"2017/18 Q3\""))
    }

    @Test func periodOutsideTheProgrammeIsRefused() throws {
        let out = try scratchFolder()
        let result = BoardPackCLI.runCapturing(
            ["report", repoPath("Plans/3c-ict"), "--period", "2030/31 Q1", "--format", "json", "--out", out])
        #expect(result.code == 1)
        #expect(result.error.contains("--period 2030/31 Q1 is outside the programme (2017/18 Q1 to 2021/22 Q4)"))
    }

    @Test func unwritableOutputExits73() throws {
        let scratch = try scratchFolder()
        // A file where the output folder should be: the folder cannot be created.
        try write("not a folder", to: "\(scratch)/Reports")
        let result = BoardPackCLI.runCapturing(
            ["report", repoPath("Plans/3c-ict"), "--format", "json", "--out", "\(scratch)/Reports/q"])
        #expect(result.code == 73)
        #expect(result.error.contains("error: [export] cannot create the output folder"))
    }

    @Test func reportWritesEveryFormatNamedAfterTheProgrammeAndPeriod() throws {
        let out = try scratchFolder()
        let result = BoardPackCLI.runCapturing(
            ["report", repoPath("Plans/3c-ict"), "--period", "2017/18 Q3", "--out", out])
        #expect(result.code == 0, "\(result.error)")
        #expect(files(in: out) == ["3c-ict-2017-18-Q3.json", "3c-ict-2017-18-Q3.txt", "3c-ict-2017-18-Q3.xlsx"])
        #expect(result.output.contains("Wrote \(out)/3c-ict-2017-18-Q3.xlsx"))
        #expect(result.output.contains("Overall: "))
    }

    @Test func noPeriodMeansTheLatestQuarterWithReturns() throws {
        let out = try scratchFolder()
        let result = BoardPackCLI.runCapturing(["report", repoPath("Plans/3c-ict"), "--format", "json", "--out", out])
        #expect(result.code == 0, "\(result.error)")
        let pipeline = ReportPipeline()
        let (plan, returns, _) = try pipeline.loadValidated(repoPath("Plans/3c-ict"))
        let latest = try #require(returns.periods.last)
        #expect(files(in: out) == ["3c-ict-\(plan.calendar.fileStem(latest)).json"])
    }

    @Test func sameInputsGiveByteIdenticalPacks() throws {
        let first = try scratchFolder("same-1"), second = try scratchFolder("same-2")
        for out in [first, second] {
            let result = BoardPackCLI.runCapturing(["report", repoPath("Plans/3c-ict"), "--out", out])
            #expect(result.code == 0, "\(result.error)")
        }
        #expect(files(in: first) == files(in: second))
        for name in files(in: first) {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(name)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(second)/\(name)"))
            #expect(a == b, "\(name) differs between two runs")
        }
    }
}
