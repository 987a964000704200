import BoardPackCore

/// The KPI scorecard: one row per figure, each KPI's overall figure first, then its partners'.
enum KPISheet {
    static let name = "KPIs"
    /// The partner column's word for a KPI's overall figure.
    static let overallPartner = "Overall"

    static let columns: [TableColumn] = [
        TableColumn(title: "ID", width: 10), TableColumn(title: "KPI", width: 30),
        TableColumn(title: "Partner", width: 9), TableColumn(title: "Frequency", width: 10),
        TableColumn(title: "Unit", width: 8), TableColumn(title: "Target", width: 11),
        TableColumn(title: "Amber", width: 11), TableColumn(title: "Value", width: 11),
        TableColumn(title: "Status", width: 13), TableColumn(title: "Trend", width: 13),
        TableColumn(title: "Trend vs last year", width: 13), TableColumn(title: "Year to date", width: 11),
        TableColumn(title: "Annual target", width: 11), TableColumn(title: "Latest value", width: 11),
        TableColumn(title: "Latest period", width: 11), TableColumn(title: "Commentary", width: 50),
    ]
    static let statusColumn = 8

    static func write(_ context: SheetContext) throws {
        let sheet = try context.addSheet(name, repeatRows: 0...0)
        try sheet.writeHeader(row: 0, columns)
        let calendar = context.pack.calendar
        let text = try context.workbook.resolve(PackStyles.text)
        let wrapped = try context.workbook.resolve(PackStyles.wrapped)
        let status = try context.workbook.resolve(PackStyles.status)
        let figures = try FigureStyles(context.workbook)
        for (i, figure) in context.pack.kpis.enumerated() {
            let row = 1 + i
            let id = figure.kpiID, unit = figure.unit
            try sheet.fitRow(row, [(figure.title, columns[1].width), (figure.commentary, columns[15].width)])
            try sheet.string(row, 0, id, text)
            try sheet.string(row, 1, figure.title, wrapped)
            try sheet.string(row, 2, figure.partner ?? overallPartner, text)
            try sheet.string(row, 3, figure.frequency.rawValue, text)
            try sheet.string(row, 4, unit.rawValue, text)
            for (column, value) in [(5, figure.target), (6, figure.amber), (7, figure.value)] {
                try sheet.figure(row, column, value, kpiID: id, unit: unit, context: context, styles: figures)
            }
            try sheet.string(row, statusColumn, figure.status.label, status)
            try sheet.string(row, 9, figure.trend.label, text)
            try sheet.string(row, 10, figure.trendYear.label, text)
            for (column, value) in [(11, figure.yearToDate), (12, figure.annualTarget), (13, figure.latestValue)] {
                try sheet.figure(row, column, value, kpiID: id, unit: unit, context: context, styles: figures)
            }
            try sheet.string(row, 14, figure.latestPeriod.map(calendar.label), text)
            try sheet.string(row, 15, figure.commentary ?? "", wrapped)
        }
        let last = max(context.pack.kpis.count, 1)
        try sheet.colourStatuses(rows: 1...last, columns: statusColumn...statusColumn)
        try sheet.autofilter(rows: 0...last, columns: 0...(columns.count - 1))
        try sheet.freeze(row: 1, column: 2)
    }
}
