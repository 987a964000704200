import BoardPackCore
import CXLSXWriter

/// An xlsx file being written: owns the libxlsxwriter workbook and every format made for it.
///
/// Nothing is on disk until ``close()``: libxlsxwriter assembles the file then, and frees
/// the workbook whatever happens. A workbook dropped without closing is freed unwritten.
/// Use from one thread.
final class Workbook {
    let path: String
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    /// Each distinct look is created once: libxlsxwriter formats live as long as the workbook.
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

    /// Starts a workbook at `path`. Temporary files go beside it, so a folder that cannot
    /// take the workbook fails the same way whether or not temporary files are used.
    /// `constantMemory` streams each row to disk as soon as the next one starts, so rows
    /// must be written in order (the sheet writers always do).
    init(path: String, constantMemory: Bool = false) throws {
        self.path = path
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        let created = Workbook.folder(of: path).withCString { folder -> UnsafeMutablePointer<lxw_workbook>? in
            // libxlsxwriter copies tmpdir, so a borrowed string is enough.
            options.tmpdir = UnsafeMutablePointer(mutating: folder)
            return workbook_new_opt(path, &options)
        }
        guard let created else {
            throw XLSXError(path: path, operation: "create workbook", reason: "libxlsxwriter could not allocate a workbook")
        }
        handle = created
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
    }

    /// The folder a file is in: where libxlsxwriter keeps its temporary files.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    func open(_ operation: String) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else {
            throw XLSXError(path: path, operation: operation, reason: "the workbook is already closed")
        }
        return handle
    }

    func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws {
        guard result != LXW_NO_ERROR else { return }
        throw XLSXError(path: path, operation: operation(), lxw: result)
    }

    /// Adds a sheet at the end. Sheet order is the order of these calls.
    func addWorksheet(named name: String) throws -> Worksheet {
        let wb = try open("add sheet \(name)")
        try check(workbook_validate_sheet_name(wb, name), "add sheet \(name)")
        guard let sheet = workbook_add_worksheet(wb, name) else {
            throw XLSXError(path: path, operation: "add sheet \(name)", reason: "libxlsxwriter could not add the sheet")
        }
        return Worksheet(workbook: self, handle: sheet, name: name)
    }

    /// Adds a chart; place it with ``Worksheet/insert(_:row:column:xScale:yScale:)``.
    func addChart(_ kind: ChartKind) throws -> Chart {
        let wb = try open("add chart")
        guard let chart = workbook_add_chart(wb, kind.lxw) else {
            throw XLSXError(path: path, operation: "add chart", reason: "libxlsxwriter could not add the chart")
        }
        return Chart(workbook: self, handle: chart)
    }

    /// The libxlsxwriter format for a look, made on first use.
    func format(_ style: CellStyle?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let made = formats[style] { return made }
        let wb = try open("add format")
        guard let made = workbook_add_format(wb) else {
            throw XLSXError(path: path, operation: "add format", reason: "libxlsxwriter could not add a format")
        }
        style.apply(to: made)
        formats[style] = made
        return made
    }

    /// A look made into its format once, for writing many cells with it.
    func resolve(_ style: CellStyle?) throws -> ResolvedStyle { ResolvedStyle(format: try format(style)) }

    /// How many distinct formats were made (for tests: formats are cached, not per cell).
    var formatCount: Int { formats.count }

    /// Document properties. `created` is a whole day (midnight UTC) so the same pack gives
    /// the same bytes: libxlsxwriter would otherwise stamp the current time.
    func setProperties(title: String, subject: String, author: String?, created: Day) throws {
        let wb = try open("set document properties")
        let result = title.withCString { t in
            subject.withCString { s in
                (author ?? "").withCString { a -> lxw_error in
                    var properties = lxw_doc_properties()
                    properties.title = UnsafeMutablePointer(mutating: t)
                    properties.subject = UnsafeMutablePointer(mutating: s)
                    if author != nil { properties.author = UnsafeMutablePointer(mutating: a) }
                    properties.created = time_t(created.daysSinceEpoch) * 86_400
                    // The library copies every string it is given.
                    return workbook_set_properties(wb, &properties)
                }
            }
        }
        try check(result, "set document properties")
    }

    /// Writes the file and frees the workbook (also when writing fails).
    func close() throws {
        let wb = try open("close workbook")
        handle = nil
        formats = [:]
        try check(workbook_close(wb), "close workbook")
    }
}
