/// A block of cells on a named sheet, zero-based and inclusive, e.g. for chart data.
struct CellRange: Hashable, Sendable {
    var sheet: String
    var firstRow: Int
    var firstColumn: Int
    var lastRow: Int
    var lastColumn: Int

    init(sheet: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.sheet = sheet
        self.firstRow = rows.lowerBound
        self.lastRow = rows.upperBound
        self.firstColumn = columns.lowerBound
        self.lastColumn = columns.upperBound
    }

    init(sheet: String, column: Int, rows: ClosedRange<Int>) {
        self.init(sheet: sheet, rows: rows, columns: column...column)
    }

    init(sheet: String, row: Int, columns: ClosedRange<Int>) {
        self.init(sheet: sheet, rows: row...row, columns: columns)
    }
}
