import BoardPackCore
import CXLSXWriter
import Foundation
import Synchronization

/// An xlsx file being written: owns the libxlsxwriter workbook and every format made for it.
///
/// Sheet writers never call the library themselves. Each ``Worksheet`` call is checked
/// against Excel's limits and recorded as a ``SheetOp``; the thread that opened the
/// workbook hands the calls to libxlsxwriter in exactly the order they were made, so the
/// file is the same, byte for byte, however the work was spread. ``write(recording:)`` runs
/// the sheet writers on a thread of their own while this thread writes what they have
/// recorded so far (building a 10,000-KPI scorecard's rows and writing its XML then take
/// a core each); ``close()`` writes whatever was recorded, on the calling thread. In
/// constant-memory mode the cells of the sheets named by ``writeOnSecondThread(sheets:)``
/// are written by a ``SecondLane`` beside this thread's, in their own order.
///
/// Nothing is on disk until the file is closed: libxlsxwriter assembles it then, and frees
/// the workbook whatever happens. A workbook dropped without closing is freed unwritten.
/// Only the opening thread calls the library for the workbook as a whole (formats aside,
/// made under a lock); a second thread only ever writes its own sheets' cells.
final class Workbook: @unchecked Sendable {
    let path: String
    let constantMemory: Bool
    /// Touched by the opening thread only.
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private let isClosed = Atomic<Bool>(false)

    /// Each distinct look, in the order first asked for: its place is its ``ResolvedStyle``.
    private let registry = Mutex(StyleRegistry())
    /// The libxlsxwriter format of each registered look, made in the order the looks were
    /// registered (whichever thread writes first with one) and numbered as it is made, so
    /// the file's styles do not depend on which thread wrote what when. Formats live as
    /// long as the workbook.
    private let made = Mutex(MadeFormats())
    /// The opening thread's copy of the formats made, read for every cell it writes, and
    /// only by that thread, so the run-time exclusivity check is left out.
    @exclusivity(unchecked) private var formats = FormatCache()

    /// Sheets in order (set up by the opening thread before writing, then only read).
    private var sheets: [(handle: UnsafeMutablePointer<lxw_worksheet>, name: String)] = []
    /// Sheets whose cells a second thread hands to libxlsxwriter (constant-memory mode).
    private var secondThreadSheets: Set<Int> = []

    /// Recorded calls on their way to the library, and the chunk being filled (touched by
    /// the recording thread only).
    private var channel = OpChannel(capacity: nil)
    private var pending: OpChannel.Chunk?
    /// Chunks sent so far: each chunk's number is its place in recorded order.
    private var chunksSent = 0
    /// The thread writing the ``writeOnSecondThread(sheets:)`` sheets' cells, started with
    /// their first chunk (by the recording thread; finished by the opening thread once
    /// recording has stopped).
    private var secondLane: SecondLane?
    /// Calls on those sheets that touch the whole workbook, in recorded order, for the
    /// opening thread once both threads are done.
    private var keptBack: [(sheet: Int, op: SheetOp)] = []
    /// Rows are built faster than libxlsxwriter writes them, so the channel is mostly full
    /// and the row-building thread waits for a free place after every chunk: large chunks
    /// (and few of them in flight, the same quarter-million calls at most) keep those
    /// hand-overs rare.
    private static let chunkSize = 16_384
    private static let chunksInFlight = 16

    /// Starts a workbook at `path`. Temporary files go beside it, so a folder that cannot
    /// take the workbook fails the same way whether or not temporary files are used.
    /// `constantMemory` streams each row to disk as soon as the next one starts, so rows
    /// must be written in order (the sheet writers always do).
    init(path: String, constantMemory: Bool = false) throws {
        self.path = path
        self.constantMemory = constantMemory
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

    func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws {
        guard result != LXW_NO_ERROR else { return }
        throw XLSXError(path: path, operation: operation(), lxw: result)
    }

    /// Throws when the workbook has been closed.
    func checkOpen(_ operation: @autoclosure () -> String) throws {
        guard !isClosed.load(ordering: .acquiring) else {
            throw XLSXError(path: path, operation: operation(), reason: "the workbook is already closed")
        }
    }

    private func open(_ operation: String) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else {
            throw XLSXError(path: path, operation: operation, reason: "the workbook is already closed")
        }
        return handle
    }

    // MARK: Setting up (opening thread, before the sheets are written)

    /// Adds a sheet at the end. Sheet order is the order of these calls.
    func addWorksheet(named name: String) throws -> Worksheet {
        let wb = try open("add sheet \(name)")
        try check(workbook_validate_sheet_name(wb, name), "add sheet \(name)")
        guard let sheet = workbook_add_worksheet(wb, name) else {
            throw XLSXError(path: path, operation: "add sheet \(name)", reason: "libxlsxwriter could not add the sheet")
        }
        sheets.append((sheet, name))
        return Worksheet(workbook: self, index: sheets.count - 1, name: name)
    }

    /// In constant-memory mode, cells of the sheets named are handed to libxlsxwriter by a
    /// thread of their own while this thread writes the others' (see ``SecondLane``). Call
    /// before writing.
    func writeOnSecondThread(sheets names: [String]) {
        secondThreadSheets = Set(sheets.indices.filter { names.contains(sheets[$0].name) })
    }

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

    // MARK: Recording (any one thread at a time)

    /// A chart to describe and then place with ``Worksheet/insert(_:row:column:xScale:yScale:)``.
    func addChart(_ kind: ChartKind) throws -> Chart {
        try checkOpen("add chart")
        return Chart(kind: kind)
    }

    /// A look registered once, for writing many cells with it.
    func resolve(_ style: CellStyle?) throws -> ResolvedStyle {
        guard let style else { return .none }
        try checkOpen("add format")
        return registry.withLock { $0.index(of: style) }
    }

    /// How many distinct looks were registered (for tests: formats are cached, not per cell).
    var formatCount: Int { registry.withLock { $0.styles.count } }

    /// Records one call on sheet `sheet`.
    func record(_ op: SheetOp, sheet: Int) throws {
        if pending?.sheet != sheet {
            try flush()
            pending = OpChannel.Chunk(sheet: sheet, ops: [])
            pending?.ops.reserveCapacity(Self.chunkSize)
        }
        pending?.ops.append(op)
        if pending?.ops.count ?? 0 >= Self.chunkSize { try flush() }
    }

    private func flush() throws {
        guard var chunk = pending, !chunk.ops.isEmpty else { return }
        pending = nil
        chunk.sequence = chunksSent
        chunksSent += 1
        do {
            if writesOnTwoThreads, secondThreadSheets.contains(chunk.sheet) {
                try sendToSecondThread(chunk)
            } else {
                try channel.send(chunk)
            }
        } catch {
            throw XLSXError(path: path, operation: "write \(sheetName(chunk.sheet))", reason: "the workbook stopped being written")
        }
    }

    /// Hands a chunk of one of the second thread's sheets straight to it, so its cells are
    /// written while this thread's are still queued; calls that touch the whole workbook
    /// are kept back for the opening thread.
    private func sendToSecondThread(_ chunk: OpChannel.Chunk) throws {
        try channel.checkOpen()
        var cells = OpChannel.Chunk(sheet: chunk.sheet, ops: [], sequence: chunk.sequence)
        cells.ops.reserveCapacity(chunk.ops.count)
        for op in chunk.ops {
            if op.touchesWorkbook { keptBack.append((chunk.sheet, op)) } else { cells.ops.append(op) }
        }
        if secondLane == nil { secondLane = SecondLane { [self] chunk, cache in try write(chunk, formats: &cache) } }
        secondLane?.send(cells)
    }

    private func sheetName(_ index: Int) -> String { index < sheets.count ? sheets[index].name : "sheet \(index + 1)" }

    // MARK: Writing the file (opening thread)

    /// Runs `record` (the sheet writers) on a thread of its own and writes what it records
    /// as it comes, then writes the file. `recorded` is called once, when the work left
    /// takes this thread only: on the recording thread when `record` has returned or
    /// thrown, as it stops using its core; or, when a second thread writes some sheets,
    /// here once both have written every cell, before the file is assembled. Throws the
    /// first failure in the order the calls were made, as if everything had run on one
    /// thread; nothing is written then.
    func write(
        recording record: @escaping @Sendable () throws -> Void, recorded: @escaping @Sendable () -> Void = {}
    ) throws {
        _ = try open("write workbook")
        channel = OpChannel(capacity: Self.chunksInFlight)
        let finished = DispatchSemaphore(value: 0)
        let twoThreads = writesOnTwoThreads
        let recorder = Thread { [self] in
            do {
                try record()
                try flush()
                channel.end(nil)
            } catch {
                channel.end(error)
            }
            if !twoThreads { recorded() }
            finished.signal()
        }
        recorder.stackSize = 8 << 20
        recorder.start()
        let failure = writeOwnChunks()
        if failure != nil { channel.cancel() }
        // Nothing more is recorded or sent to either thread once the recorder has stopped.
        finished.wait()
        do {
            try finishCells(after: failure, whenCellsWritten: twoThreads ? { recorded() } : nil)
        } catch {
            discard()
            throw error
        }
        try finish()
    }

    /// Writes everything recorded and the file, and frees the workbook (also when writing fails).
    func close() throws {
        _ = try open("close workbook")
        do {
            try flush()
            channel.end(nil)
            try finishCells(after: writeOwnChunks(), whenCellsWritten: nil)
        } catch {
            discard()
            throw error
        }
        try finish()
    }

    /// Whether a second thread writes some sheets' cells.
    private var writesOnTwoThreads: Bool { constantMemory && !secondThreadSheets.isEmpty }

    /// Hands this thread's recorded calls to the library until recording ends or one
    /// fails: the failure, placed in recorded order (a failure while recording comes after
    /// every chunk sent).
    private func writeOwnChunks() -> (sequence: Int, error: any Error)? {
        while true {
            switch channel.receive() {
            case .chunk(let chunk):
                do {
                    try write(chunk, formats: &formats)
                } catch {
                    return (chunk.sequence, error)
                }
            case .end(nil):
                return nil
            case .end(let error?):
                return (Int.max, error)
            }
        }
    }

    /// Once recording has stopped: waits for the second thread to write what it was sent,
    /// calls `whenCellsWritten`, and throws the first failure in recorded order, this
    /// thread's or the second's; then makes the calls kept back for this thread, in
    /// recorded order.
    private func finishCells(after failure: (sequence: Int, error: any Error)?, whenCellsWritten: (() -> Void)?) throws {
        let laneFailure = secondLane?.finish()
        secondLane = nil
        whenCellsWritten?()
        if let first = [failure, laneFailure].compactMap({ $0 }).min(by: { $0.sequence < $1.sequence }) {
            throw first.error
        }
        let kept = keptBack
        keptBack = []
        guard !kept.isEmpty else { return }
        let wb = try open("write workbook")
        for (index, op) in kept {
            let (sheet, name) = sheets[index]
            try write(op, to: sheet, named: name, workbook: wb, formats: &formats)
        }
    }

    private func finish() throws {
        let wb = try open("close workbook")
        // Every look asked for has its format, used or not, as when formats were made on request.
        do {
            let count = registry.withLock { $0.styles.count }
            if count > 0 { _ = try makeFormats(through: count - 1) }
        } catch {
            discard()
            throw error
        }
        handle = nil
        isClosed.store(true, ordering: .releasing)
        formats = FormatCache()
        try check(workbook_close(wb), "close workbook")
    }

    private func discard() {
        // The second thread may still be writing into the workbook about to be freed.
        _ = secondLane?.finish()
        secondLane = nil
        isClosed.store(true, ordering: .releasing)
        if let handle { lxw_workbook_free(handle) }
        handle = nil
        formats = FormatCache()
    }

    /// The formats of every look registered up to `index`, making those not yet made, in
    /// the order the looks were registered. Each is numbered (its xf index) as it is made:
    /// libxlsxwriter would otherwise number it when first written with, and then only one
    /// thread may write at a time.
    func makeFormats(through index: Int) throws -> [UnsafeMutablePointer<lxw_format>] {
        let wb = try open("add format")
        return try made.withLock { made in
            while made.list.count <= index {
                let style = registry.withLock { $0.styles[made.list.count] }
                guard let format = workbook_add_format(wb) else {
                    throw XLSXError(path: path, operation: "add format", reason: "libxlsxwriter could not add a format")
                }
                style.apply(to: format)
                _ = lxw_format_get_xf_index(format)
                made.list.append(format)
            }
            return made.list
        }
    }

    private func write(_ chunk: OpChannel.Chunk, formats: inout FormatCache) throws {
        let wb = try open("write \(sheetName(chunk.sheet))")
        let (sheet, name) = sheets[chunk.sheet]
        for op in chunk.ops {
            try write(op, to: sheet, named: name, workbook: wb, formats: &formats)
        }
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private func write(
        _ op: SheetOp, to sheet: UnsafeMutablePointer<lxw_worksheet>, named name: String,
        workbook wb: UnsafeMutablePointer<lxw_workbook>, formats: inout FormatCache
    ) throws {
        func format(_ style: ResolvedStyle) throws -> UnsafeMutablePointer<lxw_format>? {
            try formats.format(style, in: self)
        }
        func cell(_ row: lxw_row_t, _ column: lxw_col_t) -> String {
            "\(Worksheet.columnName(Int(column)))\(Int(row) + 1)"
        }
        func at(_ row: lxw_row_t, _ column: lxw_col_t) -> String { "\(name)!\(cell(row, column))" }
        switch op {
        case let .string(r, c, text, style):
            let format = try format(style)
            // withCString puts a short string on the stack; passing the String itself copies
            // short strings to the heap first, and most cells are short.
            let result = text.withCString { worksheet_write_string(sheet, r, c, $0, format) }
            try check(result, "write text to \(at(r, c))")
        case let .number(r, c, value, style):
            try check(worksheet_write_number(sheet, r, c, value, try format(style)), "write a number to \(at(r, c))")
        case let .blank(r, c, style):
            try check(worksheet_write_blank(sheet, r, c, try format(style)), "write a blank cell to \(at(r, c))")
        case let .date(r, c, day, style):
            var datetime = lxw_datetime(
                year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0)
            try check(worksheet_write_datetime(sheet, r, c, &datetime, try format(style)), "write a date to \(at(r, c))")
        case let .formula(r, c, formula, value, style):
            try check(
                worksheet_write_formula_num(sheet, r, c, formula, try format(style), value), "write a formula to \(at(r, c))")
        case let .merge(block, text, style):
            try check(
                worksheet_merge_range(
                    sheet, block.firstRow, block.firstColumn, block.lastRow, block.lastColumn, text, try format(style)),
                "merge \(at(block.firstRow, block.firstColumn)):\(cell(block.lastRow, block.lastColumn))")
        case let .columns(first, last, width, style):
            try check(worksheet_set_column(sheet, first, last, width, try format(style)), "set column width on \(name)")
        case let .rowHeight(r, height, style):
            try check(worksheet_set_row(sheet, r, height, try format(style)), "set row height on \(name)")
        case let .freeze(r, c):
            worksheet_freeze_panes(sheet, r, c)
        case let .autofilter(block):
            try check(
                worksheet_autofilter(sheet, block.firstRow, block.firstColumn, block.lastRow, block.lastColumn),
                "add a filter on \(name)")
        case let .highlight(text, block, style):
            let format = try format(style)
            let result = text.withCString { value -> lxw_error in
                var rule = lxw_conditional_format()
                rule.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
                rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
                // The library copies the text.
                rule.value_string = UnsafeMutablePointer(mutating: value)
                rule.format = format
                return worksheet_conditional_format_range(
                    sheet, block.firstRow, block.firstColumn, block.lastRow, block.lastColumn, &rule)
            }
            try check(result, "add a conditional format on \(name)")
        case let .chart(spec, r, c, xScale, yScale):
            let chart = try spec.build(in: wb, path: path)
            var options = lxw_chart_options()
            options.x_scale = xScale
            options.y_scale = yScale
            try check(worksheet_insert_chart_opt(sheet, r, c, chart, &options), "insert a chart on \(name)")
        case let .printing(setup):
            worksheet_set_landscape(sheet)
            worksheet_set_paper(sheet, 9)  // A4
            worksheet_fit_to_pages(sheet, 1, 0)
            worksheet_set_margins(sheet, 0.4, 0.4, 0.75, 0.75)
            if let rows = setup.repeatRows {
                try check(
                    worksheet_repeat_rows(sheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
                    "repeat header rows on \(name)")
            }
            try check(worksheet_set_header(sheet, setup.header), "set the page header on \(name)")
            try check(worksheet_set_footer(sheet, setup.footer), "set the page footer on \(name)")
        case .hideGridlines:
            worksheet_gridlines(sheet, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
        case let .tabColor(rgb):
            worksheet_set_tab_color(sheet, rgb)
        case .activate:
            worksheet_activate(sheet)
        }
    }
}

/// The formats made so far, in the order of their looks.
private struct MadeFormats: @unchecked Sendable {
    var list: [UnsafeMutablePointer<lxw_format>] = []
}

/// The distinct looks of a workbook, numbered in the order they were first asked for.
private struct StyleRegistry {
    var styles: [CellStyle] = []
    var indices: [CellStyle: Int32] = [:]

    mutating func index(of style: CellStyle) -> ResolvedStyle {
        if let known = indices[style] { return ResolvedStyle(index: known) }
        let index = Int32(styles.count)
        styles.append(style)
        indices[style] = index
        return ResolvedStyle(index: index)
    }
}
