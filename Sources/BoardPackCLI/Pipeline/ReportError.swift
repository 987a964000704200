import BoardPackCore

/// Why a report was not written, with the exit code the brief gives it.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// The plan or its returns have errors (every one of them).
    case badInput([Diagnostic])
    /// The command was asked for something that does not exist (a format, a period).
    case usage(String)
    /// A pack could not be written.
    case cannotWrite(step: PipelineStep, String)

    public var exitCode: Int32 {
        switch self {
        case .badInput: return ExitStatus.badInput
        case .usage: return ExitStatus.usage
        case .cannotWrite: return ExitStatus.cannotWrite
        }
    }

    public var description: String {
        switch self {
        case .badInput(let diagnostics):
            let errors = diagnostics.errors.count
            return (diagnostics.sortedForReading().map(\.description)
                + ["\(errors) \(errors == 1 ? "error" : "errors"): no pack written."]).joined(separator: "\n")
        case .usage(let message):
            return "error: \(message)"
        case .cannotWrite(let step, let message):
            return "error: [\(step.rawValue)] \(message)"
        }
    }
}
