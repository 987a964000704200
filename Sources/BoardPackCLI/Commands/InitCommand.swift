import ArgumentParser
import BoardPackCore

/// `boardpack init`: start a new plan folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Writes a new plan folder with a commented plan.yaml and empty returns.",
        discussion: """
            The new plan.yaml shows every key of the plan format once, with its default, and \
            validates as it stands. The actuals/ folder gets the four returns files with their \
            header rows. An existing plan is never overwritten.
            """)

    @Argument(help: ArgumentHelp("The folder to create, e.g. Plans/my-strategy.", valueName: "plan-dir"))
    var planDirectory: String

    func run() throws {
        let console = Console.current
        let directory = planDirectory.trimmingTrailingSlash
        do {
            try PlanTemplate.write(to: directory)
        } catch {
            console.err("error: \(error)")
            throw ExitCode(ExitStatus.cannotWrite)
        }
        console.out("Wrote a new plan in \(directory)/ (plan.yaml and actuals/).")
        console.out("Next: edit \(directory)/plan.yaml, add returns to \(directory)/actuals/, then run")
        console.out("  boardpack validate \(directory)")
        console.out("  boardpack report \(directory) --period \"<quarter>\"")
    }
}
