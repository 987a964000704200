import ArgumentParser
import BoardPackCore
import Foundation

/// `boardpack report`: score a quarter and write the board pack.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Scores a quarter and writes the board pack.",
        discussion: """
            Loads the plan folder, checks it and its returns, scores the quarter and writes \
            one file per format, named <programme id>-<fiscal year>-Q<n>.<ext> \
            (e.g. Reports/3c-ict-2017-18-Q3.xlsx). If the plan or its returns have errors, \
            every problem is printed and nothing is written; an earlier pack is never damaged.
            """)

    @Argument(help: ArgumentHelp("The plan folder.", valueName: "plan-dir"))
    var planDirectory: String = ReportRequest.bundledPlan

    @Option(help: ArgumentHelp(
        "The quarter to report, e.g. \"2017/18 Q3\" (default: the latest quarter with returns).",
        valueName: "quarter"))
    var period: String?

    @Option(help: ArgumentHelp(
        "Formats to write, comma-separated: xlsx, text, json, or an external exporter's name.",
        valueName: "formats"))
    var format: String = ReportRequest.defaultFormats.joined(separator: ",")

    @Option(help: ArgumentHelp("The folder to write the pack into.", valueName: "folder"))
    var out: String = "Reports"

    @Option(help: ArgumentHelp("Seconds an external exporter may run before it is stopped.", valueName: "seconds"))
    var pluginTimeout: Int = 60

    @Flag(name: .shortAndLong, help: "Print each step as it runs.")
    var verbose = false

    func validate() throws {
        guard pluginTimeout > 0 else { throw ValidationError("--plugin-timeout must be a whole number of seconds above 0") }
    }

    func run() throws {
        let console = Console.current
        let request = ReportRequest(
            planDirectory: planDirectory.trimmingTrailingSlash, period: period,
            formats: format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            outputDirectory: out.trimmingTrailingSlash, pluginTimeout: .seconds(pluginTimeout),
            searchPath: ProcessInfo.processInfo.environment["PATH"])
        do {
            let outcome = try ReportPipeline().run(request, log: ConsoleLogHandler.logger(verbose: verbose))
            for warning in outcome.warnings.sortedForReading() { console.err(warning.description) }
            for line in PackSummary.lines(for: outcome.pack) { console.out(line) }
            for path in outcome.written { console.out("Wrote \(path)") }
        } catch {
            console.err(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}

extension String {
    var trimmingTrailingSlash: String {
        count > 1 && hasSuffix("/") ? String(dropLast()) : self
    }
}
