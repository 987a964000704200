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
        for (i, figure) in context.pack.kpis.enumerated() {
            let row = 1 + i
            let id = figure.kpiID, unit = figure.unit
            try sheet.fitRow(row, [(figure.title, columns[1].width), (figure.commentary, columns[15].width)])
            try sheet.string(row, 0, id, PackStyles.text)
            try sheet.string(row, 1, figure.title, PackStyles.wrapped)
            try sheet.string(row, 2, figure.partner ?? overallPartner, PackStyles.text)
            try sheet.string(row, 3, figure.frequency.rawValue, PackStyles.text)
            try sheet.string(row, 4, unit.rawValue, PackStyles.text)
            try sheet.figure(row, 5, figure.target, kpiID: id, unit: unit, context: context)
            try sheet.figure(row, 6, figure.amber, kpiID: id, unit: unit, context: context)
            try sheet.figure(row, 7, figure.value, kpiID: id, unit: unit, context: context)
            try sheet.string(row, statusColumn, figure.status.label, PackStyles.status)
            try sheet.string(row, 9, figure.trend.label, PackStyles.text)
            try sheet.string(row, 10, figure.trendYear.label, PackStyles.text)
            try sheet.figure(row, 11, figure.yearToDate, kpiID: id, unit: unit, context: context)
            try sheet.figure(row, 12, figure.annualTarget, kpiID: id, unit: unit, context: context)
            try sheet.figure(row, 13, figure.latestValue, kpiID: id, unit: unit, context: context)
            try sheet.string(row, 14, figure.latestPeriod.map(calendar.label), PackStyles.text)
            try sheet.string(row, 15, figure.commentary ?? "", PackStyles.wrapped)
        }
        let last = max(context.pack.kpis.count, 1)
        try sheet.colourStatuses(rows: 1...last, columns: statusColumn...statusColumn)
        try sheet.autofilter(rows: 0...last, columns: 0...(columns.count - 1))
        try sheet.freeze(row: 1, column: 2)
    }
}
