import ArgumentParser
import Foundation

/// Runs `boardpack` with the given arguments and returns the exit code, printing through
/// ``Console/current``. The executable's `main.swift` is a call to this.
public enum BoardPackCLI {
    public static func run(_ arguments: [String]) -> Int32 {
        let console = Console.current
        do {
            var command = try BoardPackCommand.parseAsRoot(arguments)
            try command.run()
            return ExitStatus.ok
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = BoardPackCommand.exitCode(for: error)
            let message = BoardPackCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { console.out(message) }
                return ExitStatus.ok
            }
            if !message.isEmpty { console.err(message) }
            // ArgumentParser's usage failures (64) are reported as the brief's usage code.
            return code == .validationFailure ? ExitStatus.usage : code.rawValue
        }
    }

    /// Runs with a capturing console, for tests.
    public static func runCapturing(_ arguments: [String]) -> (code: Int32, output: String, error: String) {
        let capture = CapturedOutput()
        let code = Console.$current.withValue(capture.console) { run(arguments) }
        return (code, capture.output, capture.error)
    }
}
