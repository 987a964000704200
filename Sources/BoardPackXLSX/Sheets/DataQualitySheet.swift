import BoardPackCore

/// Missing returns, RED or NO_DATA figures without commentary, and validation warnings.
enum DataQualitySheet {
    static let name = "Data quality"

    static let columns: [TableColumn] = [
        TableColumn(title: "#", width: 5), TableColumn(title: "Kind", width: 20),
        TableColumn(title: "ID", width: 16), TableColumn(title: "Note", width: 90),
    ]

    static func kindTitle(_ kind: DataQualityNote.Kind) -> String {
        switch kind {
        case .missingReturn: return "Missing return"
        case .noCommentary: return "No commentary"
        case .validationWarning: return "Validation warning"
        }
    }

    static func write(_ context: SheetContext) throws {
        let sheet = try context.addSheet(name, repeatRows: 0...0)
        try sheet.writeHeader(row: 0, columns)
        // Each look found in the workbook once for the sheet, not for every cell.
        let integer = try context.workbook.resolve(PackStyles.integer)
        let text = try context.workbook.resolve(PackStyles.text)
        let wrapped = try context.workbook.resolve(PackStyles.wrapped)
        let notes = context.pack.dataQuality
        for (i, note) in notes.enumerated() {
            let row = 1 + i
            try sheet.fitRow(row, [(note.message, columns[3].width)])
            try sheet.number(row, 0, i + 1, integer)
            try sheet.string(row, 1, kindTitle(note.kind), text)
            try sheet.string(row, 2, note.id ?? "", text)
            try sheet.string(row, 3, note.message, wrapped)
        }
        if notes.isEmpty {
            try sheet.string(1, 3, "No data-quality notes this quarter.", PackStyles.note)
        }
        try sheet.autofilter(rows: 0...max(notes.count, 1), columns: 0...(columns.count - 1))
        try sheet.freeze(row: 1)
    }
}
