import BoardPackCore

/// Every exception, worst first, with its commentary.
enum ExceptionsSheet {
    static let name = "Exceptions"

    static let columns: [TableColumn] = [
        TableColumn(title: "#", width: 5), TableColumn(title: "Status", width: 13),
        TableColumn(title: "Kind", width: 24), TableColumn(title: "ID", width: 14),
        TableColumn(title: "Partner", width: 9), TableColumn(title: "Title", width: 30),
        TableColumn(title: "Detail", width: 34), TableColumn(title: "Commentary", width: 46),
    ]
    static let statusColumn = 1

    static func write(_ context: SheetContext) throws {
        let sheet = try context.addSheet(name, repeatRows: 0...0)
        try sheet.writeHeader(row: 0, columns)
        // Each look found in the workbook once for the sheet, not for every cell.
        let integer = try context.workbook.resolve(PackStyles.integer)
        let status = try context.workbook.resolve(PackStyles.status)
        let wrapped = try context.workbook.resolve(PackStyles.wrapped)
        let text = try context.workbook.resolve(PackStyles.text)
        // The pack's own order is the brief's "worst first", as in the text pack.
        let exceptions = context.pack.exceptions
        for (i, item) in exceptions.enumerated() {
            let row = 1 + i
            try sheet.fitRow(
                row,
                [(item.kind.title, columns[2].width), (item.id, columns[3].width), (item.title, columns[5].width),
                 (item.detail, columns[6].width), (item.commentary, columns[7].width)])
            try sheet.number(row, 0, i + 1, integer)
            try sheet.string(row, statusColumn, item.status.label, status)
            try sheet.string(row, 2, item.kind.title, wrapped)
            try sheet.string(row, 3, item.id, wrapped)
            try sheet.string(row, 4, item.partner ?? "", text)
            try sheet.string(row, 5, item.title, wrapped)
            try sheet.string(row, 6, item.detail, wrapped)
            try sheet.string(row, 7, item.commentary ?? "", wrapped)
        }
        if exceptions.isEmpty {
            try sheet.string(1, 2, "No exceptions this quarter.", PackStyles.note)
        }
        let last = max(exceptions.count, 1)
        try sheet.colourStatuses(rows: 1...last, columns: statusColumn...statusColumn)
        try sheet.autofilter(rows: 0...last, columns: 0...(columns.count - 1))
        try sheet.freeze(row: 1)
    }
}
