/// One problem found in a plan or its returns, as a user reads it:
/// `Plans/x/actuals/kpis.csv:14: error: value "9O.5" for KPI-2 is not a number; expected a number such as 95, 95% or £1,250`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    public var severity: Severity
    /// The path as the user gave it (e.g. `Plans/x/plan.yaml`).
    public var file: String
    public var line: Int?
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// What was expected, if it helps.
    public var expected: String?

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String,
        expected: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.expected = expected
    }

    public static func error(
        _ file: String, line: Int? = nil, column: Int? = nil, _ message: String, expected: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, message, expected: expected)
    }

    public static func warning(
        _ file: String, line: Int? = nil, column: Int? = nil, _ message: String, expected: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, message, expected: expected)
    }

    /// `file:line:column` (as much as is known).
    public var location: String {
        var s = file
        if let line { s += ":\(line)" }
        if line != nil, let column { s += ":\(column)" }
        return s
    }

    public var description: String {
        "\(location): \(severity.rawValue): \(message)" + (expected.map { "; expected \($0)" } ?? "")
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Ordered for reading: by file, then line, then column, then message.
    public func sortedForReading() -> [Diagnostic] {
        sorted {
            ($0.file, $0.line ?? 0, $0.column ?? 0, $0.message) < ($1.file, $1.line ?? 0, $1.column ?? 0, $1.message)
        }
    }
}

/// Bad input: every problem found, so a user can fix them all in one go.
public struct InputProblems: Error, Hashable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
