import ArgumentParser
import BoardPackCore

/// `boardpack validate`: check a plan and its returns, printing every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Checks a plan and its returns and prints every problem.",
        discussion: """
            Prints each error and warning as file:line[:column], what is wrong and what was \
            expected, then a one-line summary. Exits 0 when there are no errors (warnings \
            allowed) and 65 when there are.
            """)

    @Argument(help: ArgumentHelp("The plan folder.", valueName: "plan-dir"))
    var planDirectory: String

    func run() throws {
        let console = Console.current
        let directory = planDirectory.trimmingTrailingSlash
        do {
            let (_, _, warnings) = try ReportPipeline().loadValidated(directory)
            for warning in warnings.sortedForReading() { console.out(warning.description) }
            console.out("\(directory): valid (\(Self.count(0, "error")), \(Self.count(warnings.count, "warning")))")
        } catch .badInput(let diagnostics) {
            for diagnostic in diagnostics.sortedForReading() { console.out(diagnostic.description) }
            console.out("\(directory): not valid (\(Self.count(diagnostics.errors.count, "error")), "
                + "\(Self.count(diagnostics.warnings.count, "warning")))")
            throw ExitCode(ExitStatus.badInput)
        } catch {
            console.err(error.description)
            throw ExitCode(error.exitCode)
        }
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
