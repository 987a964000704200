import Foundation
import Synchronization

/// A council's own exporter: an executable `boardpack-export-<name>` that receives the json
/// pack on standard input and writes the file at the path given as its one argument.
public struct ExternalExporter: Sendable, Equatable {
    /// The format name, as used with `--format`.
    public let name: String
    /// The executable's path.
    public let path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }

    /// Runs the exporter on `json` and renames its file to `finalPath`. On any failure
    /// (non-zero exit, no file, a run past `timeout`) no file is left behind.
    public func run(
        json: Data, outputDirectory: String, finalPath: String, timeout: Duration
    ) throws(ExternalExporterError) {
        let temporary = "\(outputDirectory)/.\(URL(fileURLWithPath: finalPath).lastPathComponent).tmp-"
            + "\(getpid())-\(ExternalExporter.counter.add(1, ordering: .relaxed).newValue)"
        unlink(temporary)
        let result: ChildProcess.Result
        do {
            result = try ChildProcess.run(path, arguments: [temporary], input: json, timeout: timeout)
        } catch {
            throw ExternalExporterError(exporter: self, problem: .couldNotStart(error.reason), standardError: "")
        }
        let problem: ExternalExporterError.Problem?
        switch result.ending {
        case .timedOut: problem = .timedOut(timeout)
        case .signalled(let signal): problem = .signalled(signal)
        case .exited(let status) where status != 0: problem = .failed(status)
        case .exited:
            problem = FileManager.default.fileExists(atPath: temporary) ? nil : .wroteNothing
        }
        if let problem {
            unlink(temporary)
            throw ExternalExporterError(exporter: self, problem: problem, standardError: result.standardError)
        }
        guard rename(temporary, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ExternalExporterError(exporter: self, problem: .couldNotMove(reason), standardError: result.standardError)
        }
    }

    private static let counter = Atomic<Int>(0)
}
