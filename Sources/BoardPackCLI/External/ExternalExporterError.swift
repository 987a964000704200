/// Why an external exporter produced no file, with its name, path and standard error.
public struct ExternalExporterError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case couldNotStart(String)
        case failed(Int32)
        case signalled(Int32)
        case wroteNothing
        case timedOut(Duration)
        case couldNotMove(String)
    }

    public var exporter: ExternalExporter
    public var problem: Problem
    /// The last lines the plugin wrote to standard error.
    public var standardError: String

    public init(exporter: ExternalExporter, problem: Problem, standardError: String) {
        self.exporter = exporter
        self.problem = problem
        let lines = standardError.split(separator: "\n", omittingEmptySubsequences: false)
        self.standardError = lines.suffix(20).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public var description: String {
        let who = "external exporter \"\(exporter.name)\" (\(exporter.path))"
        let what: String
        switch problem {
        case .couldNotStart(let reason): what = "could not be started: \(reason)"
        case .failed(let status): what = "failed with exit status \(status)"
        case .signalled(let signal): what = "was stopped by signal \(signal)"
        case .wroteNothing: what = "exited 0 but wrote no file at the path it was given"
        case .timedOut(let limit): what = "did not finish within \(limit.components.seconds) seconds and was stopped"
        case .couldNotMove(let reason): what = "wrote its file, but it could not be moved into place: \(reason)"
        }
        return standardError.isEmpty ? "\(who) \(what)" : "\(who) \(what); its standard error:\n\(standardError)"
    }
}

import Foundation
