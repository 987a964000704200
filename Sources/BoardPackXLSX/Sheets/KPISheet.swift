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

    /// The scorecard being written: its header first, then each stretch of figures in
    /// order, then what covers the whole table.
    struct Table {
        let context: SheetContext
        let sheet: Worksheet
        private let setup: RowSetup
        private var rows = 0

        /// Adds the sheet and writes its header.
        init(_ context: SheetContext) throws {
            self.context = context
            sheet = try context.addSheet(name, repeatRows: 0...0)
            try sheet.writeHeader(row: 0, columns)
            setup = try RowSetup(context)
        }

        /// The next figures, a row each.
        mutating func write(_ figures: ArraySlice<KPIResult>) throws {
            for figure in figures {
                rows += 1
                try KPISheet.write(figure, row: rows, to: sheet, context: context, setup: setup)
            }
        }

        /// Status colours, the filter and the frozen panes, over every row written.
        func finish() throws {
            let last = max(rows, 1)
            try sheet.colourStatuses(rows: 1...last, columns: statusColumn...statusColumn)
            try sheet.autofilter(rows: 0...last, columns: 0...(columns.count - 1))
            try sheet.freeze(row: 1, column: 2)
        }
    }

    /// What every scorecard row shares, worked out once for the whole table: its looks and
    /// the calendar that labels quarters.
    private struct RowSetup {
        let text: ResolvedStyle, wrapped: ResolvedStyle, status: ResolvedStyle
        let figures: FigureStyles
        let calendar: FiscalCalendar

        init(_ context: SheetContext) throws {
            let workbook = context.workbook
            calendar = context.progress.calendar
            text = try workbook.resolve(PackStyles.text)
            wrapped = try workbook.resolve(PackStyles.wrapped)
            status = try workbook.resolve(PackStyles.status)
            figures = try FigureStyles(workbook)
        }
    }

    private static func write(
        _ figure: KPIResult, row: Int, to sheet: Worksheet, context: SheetContext, setup: RowSetup
    ) throws {
        let id = figure.kpiID, unit = figure.unit
        let (text, wrapped) = (setup.text, setup.wrapped)
        try sheet.fitRow(row, [(figure.title, columns[1].width), (figure.commentary, columns[15].width)])
        try sheet.string(row, 0, id, text)
        try sheet.string(row, 1, figure.title, wrapped)
        try sheet.string(row, 2, figure.partner ?? overallPartner, text)
        try sheet.string(row, 3, figure.frequency.rawValue, text)
        try sheet.string(row, 4, unit.rawValue, text)
        for (column, value) in [(5, figure.target), (6, figure.amber), (7, figure.value)] {
            try sheet.figure(row, column, value, kpiID: id, unit: unit, context: context, styles: setup.figures)
        }
        try sheet.string(row, statusColumn, figure.status.label, setup.status)
        try sheet.string(row, 9, figure.trend.label, text)
        try sheet.string(row, 10, figure.trendYear.label, text)
        for (column, value) in [(11, figure.yearToDate), (12, figure.annualTarget), (13, figure.latestValue)] {
            try sheet.figure(row, column, value, kpiID: id, unit: unit, context: context, styles: setup.figures)
        }
        try sheet.string(row, 14, figure.latestPeriod.map(setup.calendar.label), text)
        try sheet.string(row, 15, figure.commentary ?? "", wrapped)
    }
}
