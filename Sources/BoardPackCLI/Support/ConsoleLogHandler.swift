import Logging

/// A swift-log handler that prints progress to the console's standard error, so logs
/// never mix with a command's own output and tests can capture them.
struct ConsoleLogHandler: LogHandler {
    let console: Console
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        console.err(event.level >= .warning ? "\(event.level): \(event.message)" : "\(event.message)")
    }

    /// A logger for one command run: `info` and above with `--verbose`, else warnings only.
    static func logger(verbose: Bool, console: Console = .current) -> Logger {
        Logger(label: "boardpack") { _ in
            ConsoleLogHandler(console: console, logLevel: verbose ? .info : .warning)
        }
    }
}
