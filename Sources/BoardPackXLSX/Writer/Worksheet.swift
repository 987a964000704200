import BoardPackCore
import CXLSXWriter
import Foundation

/// One sheet of a ``Workbook``. Valid until the workbook is closed.
///
/// Text always goes in as a string cell (`worksheet_write_string`): a commentary that
/// starts with `=`, `+`, `-` or `@` stays text and is never read as a formula.
final class Worksheet {
    /// Excel's limits.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    /// Excel keeps at most 32,767 characters in a cell; longer text is cut with a mark.
    static let maxStringLength = 32_767

    let name: String
    private unowned let workbook: Workbook
    private let handle: UnsafeMutablePointer<lxw_worksheet>

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
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
        let (r, c) = try cell(row, column, "write text")
        if text.isEmpty {
            // libxlsxwriter skips empty strings; keep the cell's look.
            if style.format != nil { try blank(row, column, style) }
            return
        }
        let fitted = Worksheet.fitted(text)
        try workbook.check(
            worksheet_write_string(handle, r, c, fitted, style.format), "write text to \(address(row, column))")
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
        try workbook.check(
            worksheet_write_number(handle, r, c, value, style.format), "write a number to \(address(row, column))")
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
        var datetime = lxw_datetime(year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0)
        try workbook.check(
            worksheet_write_datetime(handle, r, c, &datetime, style.format), "write a date to \(address(row, column))")
    }

    /// A formula of our own with its value already computed, so readers that do not
    /// recalculate (viewers, openpyxl) still see the figure.
    func formula(_ row: Int, _ column: Int, _ formula: String, value: Double, _ style: CellStyle? = nil) throws {
        let (r, c) = try cell(row, column, "write a formula")
        try workbook.check(
            worksheet_write_formula_num(handle, r, c, formula, try workbook.format(style), value),
            "write a formula to \(address(row, column))")
    }

    func blank(_ row: Int, _ column: Int, _ style: CellStyle? = nil) throws {
        try blank(row, column, try workbook.resolve(style))
    }

    /// A blank cell keeps only its look: without a format there is nothing to write.
    func blank(_ row: Int, _ column: Int, _ style: ResolvedStyle) throws {
        let (r, c) = try cell(row, column, "write a blank cell")
        guard let format = style.format else { return }
        try workbook.check(worksheet_write_blank(handle, r, c, format), "write a blank cell to \(address(row, column))")
    }

    /// Merges a block and writes text into it.
    func merge(rows: ClosedRange<Int>, columns: ClosedRange<Int>, _ text: String, _ style: CellStyle? = nil) throws {
        let (r1, c1) = try cell(rows.lowerBound, columns.lowerBound, "merge cells")
        let (r2, c2) = try cell(rows.upperBound, columns.upperBound, "merge cells")
        try workbook.check(
            worksheet_merge_range(handle, r1, c1, r2, c2, Worksheet.fitted(text), try workbook.format(style)),
            "merge \(address(rows.lowerBound, columns.lowerBound)):\(address(rows.upperBound, columns.upperBound))")
    }

    // MARK: Layout

    func setColumns(_ columns: ClosedRange<Int>, width: Double, _ style: CellStyle? = nil) throws {
        let (_, c1) = try cell(0, columns.lowerBound, "set column width")
        let (_, c2) = try cell(0, columns.upperBound, "set column width")
        try workbook.check(
            worksheet_set_column(handle, c1, c2, width, try workbook.format(style)), "set column width on \(name)")
    }

    func setColumn(_ column: Int, width: Double, _ style: CellStyle? = nil) throws {
        try setColumns(column...column, width: width, style)
    }

    /// Row height in points. Set rows in order, before or while writing them.
    func setRow(_ row: Int, height: Double, _ style: CellStyle? = nil) throws {
        let (r, _) = try cell(row, 0, "set row height")
        try workbook.check(worksheet_set_row(handle, r, height, try workbook.format(style)), "set row height on \(name)")
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    func freeze(row: Int, column: Int = 0) throws {
        let (r, c) = try cell(row, column, "freeze panes")
        worksheet_freeze_panes(handle, r, c)
    }

    /// Drop-down filters on a table's header row (one filter block per sheet).
    func autofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws {
        let (r1, c1) = try cell(rows.lowerBound, columns.lowerBound, "add a filter")
        let (r2, c2) = try cell(rows.upperBound, columns.upperBound, "add a filter")
        try workbook.check(worksheet_autofilter(handle, r1, c1, r2, c2), "add a filter on \(name)")
    }

    /// Colours every cell of a block whose text contains `text` (case-insensitive, as
    /// Excel's "Text that contains" rule).
    func highlight(containing text: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>, _ style: CellStyle) throws {
        let (r1, c1) = try cell(rows.lowerBound, columns.lowerBound, "add a conditional format")
        let (r2, c2) = try cell(rows.upperBound, columns.upperBound, "add a conditional format")
        let format = try workbook.format(style)
        let result = text.withCString { value -> lxw_error in
            var rule = lxw_conditional_format()
            rule.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
            rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
            // The library copies the text.
            rule.value_string = UnsafeMutablePointer(mutating: value)
            rule.format = format
            return worksheet_conditional_format_range(handle, r1, c1, r2, c2, &rule)
        }
        try workbook.check(result, "add a conditional format on \(name)")
    }

    func insert(_ chart: Chart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1) throws {
        let (r, c) = try cell(row, column, "insert a chart")
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        try workbook.check(
            worksheet_insert_chart_opt(handle, r, c, chart.handle, &options), "insert a chart on \(name)")
    }

    func hideGridlines() {
        worksheet_gridlines(handle, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
    }

    func setTabColor(_ rgb: UInt32) { worksheet_set_tab_color(handle, rgb) }

    func activate() { worksheet_activate(handle) }

    // MARK: Printing

    /// Landscape A4, one page wide, the given rows repeated on every page, and a header
    /// and footer on every page.
    func setUpPrinting(_ setup: PrintSetup) throws {
        worksheet_set_landscape(handle)
        worksheet_set_paper(handle, 9)  // A4
        worksheet_fit_to_pages(handle, 1, 0)
        worksheet_set_margins(handle, 0.4, 0.4, 0.75, 0.75)
        if let rows = setup.repeatRows {
            let (r1, _) = try cell(rows.lowerBound, 0, "repeat header rows")
            let (r2, _) = try cell(rows.upperBound, 0, "repeat header rows")
            try workbook.check(worksheet_repeat_rows(handle, r1, r2), "repeat header rows on \(name)")
        }
        try workbook.check(worksheet_set_header(handle, setup.header), "set the page header on \(name)")
        try workbook.check(worksheet_set_footer(handle, setup.footer), "set the page footer on \(name)")
    }

    // MARK: Helpers

    /// Checks a position against Excel's limits before it reaches the library.
    private func cell(_ row: Int, _ column: Int, _ operation: String) throws -> (lxw_row_t, lxw_col_t) {
        guard (0..<Worksheet.maxRows).contains(row), (0..<Worksheet.maxColumns).contains(column) else {
            throw XLSXError(
                path: workbook.path, operation: "\(operation) on \(name)",
                lxw: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        }
        return (lxw_row_t(row), lxw_col_t(column))
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
