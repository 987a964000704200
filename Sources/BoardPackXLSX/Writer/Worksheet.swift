import BoardPackCore
import CXLSXWriter
import Foundation

/// One sheet of a ``Workbook``, written from one thread at a time. Each call is checked
/// against Excel's limits (and, in constant-memory mode, the order of rows) when it is made,
/// so a mistake is reported where it happens, then recorded for the workbook to write.
///
/// Text always goes in as a string cell (`worksheet_write_string`): a commentary that
/// starts with `=`, `+`, `-` or `@` stays text and is never read as a formula.
final class Worksheet: @unchecked Sendable {
    /// Excel's limits.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    /// Excel keeps at most 32,767 characters in a cell; longer text is cut with a mark.
    static let maxStringLength = 32_767

    let name: String
    private let workbook: Workbook
    private let index: Int
    /// The row libxlsxwriter is holding in constant-memory mode: rows above it are on disk.
    /// Touched only by the thread writing the sheet.
    private var currentRow = 0

    init(workbook: Workbook, index: Int, name: String) {
        self.workbook = workbook
        self.index = index
        self.name = name
    }

    // MARK: Cells
    //
    // Each writer takes a ``CellStyle`` (looked up in the workbook) or, for sheets that write
    // many rows, a ``ResolvedStyle`` made once with ``Workbook/resolve(_:)``.

    /// Writes text as a string cell, never as a formula or number.
    func string(_ row: Int, _ column: Int, _ text: String, _ style: CellStyle? = nil) throws {
        try string(row, column, text, try workbook.resolve(style))
    }

    func string(_ row: Int, _ column: Int, _ text: String, _ style: ResolvedStyle) throws {
        if text.isEmpty {
            // libxlsxwriter skips empty strings; keep the cell's look.
            if style.hasFormat { try blank(row, column, style) }
            return
        }
        let (r, c) = try cell(row, column, "write text")
        try record(.string(r, c, Worksheet.fitted(text), style))
    }

    /// Writes text, or a blank cell when there is none.
    func string(_ row: Int, _ column: Int, _ text: String?, _ style: CellStyle? = nil) throws {
        try string(row, column, text, try workbook.resolve(style))
    }

    func string(_ row: Int, _ column: Int, _ text: String?, _ style: ResolvedStyle) throws {
        if let text { try string(row, column, text, style) } else { try blank(row, column, style) }
    }

    func number(_ row: Int, _ column: Int, _ value: Double, _ style: CellStyle? = nil) throws {
        try number(row, column, value, try workbook.resolve(style))
    }

    func number(_ row: Int, _ column: Int, _ value: Double, _ style: ResolvedStyle) throws {
        let (r, c) = try cell(row, column, "write a number")
        guard value.isFinite else {
            throw XLSXError(
                path: workbook.path, operation: "write a number to \(address(row, column))",
                reason: "\(value) is not a finite number")
        }
        try record(.number(r, c, value, style))
    }

    /// Writes an exact decimal as a number cell, or a blank cell when there is none.
    func number(_ row: Int, _ column: Int, _ value: Decimal?, _ style: CellStyle? = nil) throws {
        try number(row, column, value, try workbook.resolve(style))
    }

    func number(_ row: Int, _ column: Int, _ value: Decimal?, _ style: ResolvedStyle) throws {
        guard let value else { return try blank(row, column, style) }
        try number(row, column, value.excelDouble, style)
    }

    func number(_ row: Int, _ column: Int, _ value: Int?, _ style: CellStyle? = nil) throws {
        try number(row, column, value, try workbook.resolve(style))
    }

    func number(_ row: Int, _ column: Int, _ value: Int?, _ style: ResolvedStyle) throws {
        guard let value else { return try blank(row, column, style) }
        try number(row, column, Double(value), style)
    }

    /// Writes a real date cell (an Excel serial date), or a blank cell when there is none.
    /// `style` must carry a date number format.
    func date(_ row: Int, _ column: Int, _ day: Day?, _ style: CellStyle) throws {
        try date(row, column, day, try workbook.resolve(style))
    }

    func date(_ row: Int, _ column: Int, _ day: Day?, _ style: ResolvedStyle) throws {
        guard let day else { return try blank(row, column, style) }
        let (r, c) = try cell(row, column, "write a date")
        try record(.date(r, c, day, style))
    }

    /// A formula of our own with its value already computed, so readers that do not
    /// recalculate (viewers, openpyxl) still see the figure.
    func formula(_ row: Int, _ column: Int, _ formula: String, value: Double, _ style: CellStyle? = nil) throws {
        let (r, c) = try cell(row, column, "write a formula")
        try record(.formula(r, c, formula, value: value, try workbook.resolve(style)))
    }

    func blank(_ row: Int, _ column: Int, _ style: CellStyle? = nil) throws {
        try blank(row, column, try workbook.resolve(style))
    }

    /// A blank cell keeps only its look: without a format there is nothing to write.
    func blank(_ row: Int, _ column: Int, _ style: ResolvedStyle) throws {
        // Without a format the library ignores the call, checks and all.
        guard style.hasFormat else {
            _ = try position(row, column, "write a blank cell")
            return
        }
        let (r, c) = try cell(row, column, "write a blank cell")
        try record(.blank(r, c, style))
    }

    /// Merges a block and writes text into it.
    func merge(rows: ClosedRange<Int>, columns: ClosedRange<Int>, _ text: String, _ style: CellStyle? = nil) throws {
        let block = try self.block(rows, columns, "merge cells")
        _ = try cell(rows.lowerBound, columns.lowerBound, "merge cells")
        try record(.merge(block, Worksheet.fitted(text), try workbook.resolve(style)))
    }

    // MARK: Layout

    func setColumns(_ columns: ClosedRange<Int>, width: Double, _ style: CellStyle? = nil) throws {
        let (_, c1) = try position(0, columns.lowerBound, "set column width")
        let (_, c2) = try position(0, columns.upperBound, "set column width")
        try record(.columns(c1, c2, width: width, try workbook.resolve(style)))
    }

    func setColumn(_ column: Int, width: Double, _ style: CellStyle? = nil) throws {
        try setColumns(column...column, width: width, style)
    }

    /// Row height in points. Set rows in order, before or while writing them.
    func setRow(_ row: Int, height: Double, _ style: CellStyle? = nil) throws {
        let (r, _) = try position(row, 0, "set row height")
        try record(.rowHeight(r, height, try workbook.resolve(style)))
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    func freeze(row: Int, column: Int = 0) throws {
        let (r, c) = try position(row, column, "freeze panes")
        try record(.freeze(r, c))
    }

    /// Drop-down filters on a table's header row (one filter block per sheet).
    func autofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws {
        try record(.autofilter(try block(rows, columns, "add a filter")))
    }

    /// Colours every cell of a block whose text contains `text` (case-insensitive, as
    /// Excel's "Text that contains" rule).
    func highlight(containing text: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>, _ style: CellStyle) throws {
        let block = try block(rows, columns, "add a conditional format")
        try record(.highlight(containing: text, block, try workbook.resolve(style)))
    }

    /// Places a chart as described so far: describe it fully before inserting it.
    func insert(_ chart: Chart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1) throws {
        let (r, c) = try position(row, column, "insert a chart")
        try record(.chart(chart.spec, r, c, xScale: xScale, yScale: yScale))
    }

    func hideGridlines() throws { try record(.hideGridlines) }

    func setTabColor(_ rgb: UInt32) throws { try record(.tabColor(rgb)) }

    func activate() throws { try record(.activate) }

    // MARK: Printing

    /// Landscape A4, one page wide, the given rows repeated on every page, and a header
    /// and footer on every page.
    func setUpPrinting(_ setup: PrintSetup) throws {
        if let rows = setup.repeatRows {
            _ = try position(rows.lowerBound, 0, "repeat header rows")
            _ = try position(rows.upperBound, 0, "repeat header rows")
        }
        try record(.printing(setup))
    }

    // MARK: Helpers

    private func record(_ op: SheetOp) throws {
        try workbook.record(op, sheet: index)
    }

    /// Checks a position against Excel's limits before it reaches the library.
    private func position(_ row: Int, _ column: Int, _ operation: String) throws -> (lxw_row_t, lxw_col_t) {
        try workbook.checkOpen("\(operation) on \(name)")
        guard (0..<Worksheet.maxRows).contains(row), (0..<Worksheet.maxColumns).contains(column) else {
            throw XLSXError(
                path: workbook.path, operation: "\(operation) on \(name)",
                lxw: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    /// A cell's position, checked against Excel's limits and, in constant-memory mode,
    /// against the rows already streamed to disk: libxlsxwriter refuses those (as it does
    /// here, and only for the calls it checks), and says so at the call rather than later.
    private func cell(_ row: Int, _ column: Int, _ operation: String) throws -> (lxw_row_t, lxw_col_t) {
        let checked = try position(row, column, operation)
        if workbook.constantMemory {
            guard row >= currentRow else {
                throw XLSXError(
                    path: workbook.path, operation: "\(operation) to \(address(row, column))",
                    lxw: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
            }
            currentRow = row
        }
        return checked
    }

    private func block(_ rows: ClosedRange<Int>, _ columns: ClosedRange<Int>, _ operation: String) throws -> CellBlock {
        let (r1, c1) = try position(rows.lowerBound, columns.lowerBound, operation)
        let (r2, c2) = try position(rows.upperBound, columns.upperBound, operation)
        return CellBlock(firstRow: r1, firstColumn: c1, lastRow: r2, lastColumn: c2)
    }

    /// `Summary!B3`, for messages.
    func address(_ row: Int, _ column: Int) -> String { "\(name)!\(Worksheet.columnName(column))\(row + 1)" }

    /// `A`, `B`, ... `Z`, `AA`, ...
    static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let rem = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + rem))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// Text cut to what a cell can hold, with a visible mark when cut.
    static func fitted(_ text: String) -> String {
        // A scalar takes at least one byte: text this short in bytes cannot be too long.
        guard text.utf8.count > maxStringLength else { return text }
        let scalars = text.unicodeScalars
        guard scalars.count > maxStringLength else { return text }
        let kept = String(String.UnicodeScalarView(scalars.prefix(maxStringLength - 20)))
        return kept + " … [text cut]"
    }
}
