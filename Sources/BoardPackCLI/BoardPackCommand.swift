import ArgumentParser

/// The `boardpack` command and its subcommands.
public struct BoardPackCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "boardpack",
        abstract: "Scores a council strategy plan's quarter and writes the board pack.",
        discussion: """
            A plan is a folder: plan.yaml (programme, phases, workstreams, projects, \
            milestones, stage gates, KPIs, risks, finance) and actuals/*.csv (the quarterly \
            returns). `boardpack report` scores a quarter and writes the board pack as a \
            workbook (xlsx), plain text and json. Exit codes: 0 ok, 1 usage, 65 bad input \
            data, 73 cannot write output.
            """,
        version: "1.0.0",
        subcommands: [ReportCommand.self, ValidateCommand.self, PluginsCommand.self, InitCommand.self],
        defaultSubcommand: nil)

    public init() {}
}
