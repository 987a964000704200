import BoardPackCore

/// A data row of a returns file.
struct CSVRow {
    let path: String
    let line: Int
    let fields: ArraySlice<String>
    let columns: [String: Int]

    /// The cell's text, trimmed; nil when the column is absent or the cell empty.
    subscript(column: String) -> String? { self[columns[column]] }

    /// The cell at a header position (see ``CSVTable/column(_:)``), trimmed; nil when the
    /// column is absent or the cell empty. Hot loops look columns up once, not per row.
    subscript(index: Int?) -> String? {
        guard let index, index < fields.count else { return nil }
        let text = fields[fields.startIndex + index].trimmedOfSpaces
        return text.isEmpty ? nil : text
    }

    var source: SourceLine { SourceLine(file: path, line: line) }

    func error(_ message: String, expected: String? = nil) -> Diagnostic {
        .error(path, line: line, message, expected: expected)
    }
}
