import Foundation
import CXLSXWriter

/// A failure while writing a workbook, with libxlsxwriter's own reason.
public struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The workbook being written.
    public var path: String
    /// What was being done, e.g. `write cell Summary!B3` or `close workbook`.
    public var operation: String
    /// The reason as libxlsxwriter words it (`lxw_strerror`), or ours when the failure
    /// happened before the library was called.
    public var reason: String
    /// The library's `lxw_error` number; 0 when the failure is not the library's.
    public var code: Int

    public init(path: String, operation: String, reason: String, code: Int = 0) {
        self.path = path
        self.operation = operation
        self.reason = reason
        self.code = code
    }

    /// Builds the error for a library result, reading the library's reason.
    init(path: String, operation: String, lxw: lxw_error) {
        let reason = lxw_strerror(lxw).map { String(cString: $0) } ?? "unknown libxlsxwriter error"
        self.init(path: path, operation: operation, reason: reason, code: Int(lxw.rawValue))
    }

    /// `cannot write Reports/x.xlsx (close workbook): Error creating output xlsx file. ...`
    public var description: String { "cannot write \(path) (\(operation)): \(reason)" }
}

extension XLSXError: LocalizedError {
    public var errorDescription: String? { description }
}
