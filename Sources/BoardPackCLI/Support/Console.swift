import Foundation
import Synchronization

/// Where commands print. Production writes straight to the process's standard output and
/// error; tests install a capturing console with `Console.$current.withValue`.
public final class Console: Sendable {
    public enum Stream: Sendable { case output, error }

    private let sink: @Sendable (Stream, String) -> Void

    public init(sink: @escaping @Sendable (Stream, String) -> Void) { self.sink = sink }

    /// Prints a line to standard output.
    public func out(_ line: String) { sink(.output, line + "\n") }

    /// Prints a line to standard error.
    public func err(_ line: String) { sink(.error, line + "\n") }

    /// The process's own standard output and error.
    public static let standard = Console { stream, text in
        let handle = stream == .output ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }

    /// The console commands print to.
    @TaskLocal public static var current: Console = .standard
}

/// A console that keeps what was printed, for tests.
public final class CapturedOutput: Sendable {
    private let state = Mutex<(output: String, error: String)>(("", ""))

    public init() {}

    public var console: Console {
        Console { [self] stream, text in
            self.state.withLock { s in
                if stream == .output { s.output += text } else { s.error += text }
            }
        }
    }

    public var output: String { state.withLock { $0.output } }
    public var error: String { state.withLock { $0.error } }
}
