import ArgumentParser
import BoardPackCore

/// The `boardpack` command.
public struct BoardPackCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "boardpack",
        abstract: "Scores a council strategy plan's quarter and writes the board pack.")

    public init() {}
}
