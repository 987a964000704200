import BoardPackCore

/// The headline page: programme, period, overall status, counts by status with two charts,
/// and the top exceptions.
enum SummarySheet {
    static let name = "Summary"
    /// Exceptions shown here; the Exceptions sheet has them all.
    static let topExceptions = 10

    static func write(_ context: SheetContext) throws {
        let pack = context.pack
        let programme = pack.plan.programme
        let sheet = try context.addSheet(name, repeatRows: 0...1)
        try sheet.activate()

        let widths: [Double] = [24, 13, 13, 13, 13, 34, 36, 48]
        for (column, width) in widths.enumerated() {
            try sheet.setColumn(column, width: width)
        }

        // Headline block.
        try sheet.setRow(0, height: 28)
        try sheet.merge(rows: 0...0, columns: 0...7, programme.title, PackStyles.title)
        try sheet.setRow(1, height: 20)
        try sheet.merge(rows: 1...1, columns: 0...7, "Board pack · \(pack.periodLabel)", PackStyles.subtitle)
        try sheet.string(2, 0, "Report date", PackStyles.label)
        try sheet.date(2, 1, pack.reportDate, PackStyles.plainDate)
        try sheet.string(3, 0, "Classification", PackStyles.label)
        try sheet.string(3, 1, programme.classification ?? "Not classified")
        try sheet.string(4, 0, "Owner", PackStyles.label)
        try sheet.string(4, 1, programme.owner ?? "Not given")
        try sheet.setRow(5, height: 26)
        try sheet.string(5, 0, "Overall status", PackStyles.label)
        try sheet.merge(rows: 5...5, columns: 1...2, pack.overall.label, PackStyles.bigStatus)
        let lastQuarter = pack.previousOverall.map { "Last quarter: \($0.label)" } ?? "Last quarter: not reported"
        try sheet.string(5, 3, lastQuarter, CellStyle(vAlign: .center))
        try sheet.colourStatuses(rows: 5...5, columns: 1...2)

        // Counts by status, also the charts' data.
        let countsHeader = 7
        try sheet.writeHeaderCells(
            row: countsHeader, ["Status", "KPIs (overall figures)", "Milestones", "Risks", "Projects"])
        // Statuses only: a large pack's figures are not copied to be counted.
        let columns: [[Status: Int]] = [
            Status.tally(pack.kpis.lazy.filter { $0.partner == nil }.map(\.status)),
            Status.tally(pack.milestones.lazy.map(\.status)), Status.tally(pack.risks.lazy.map(\.status)),
            Status.tally(pack.projects.lazy.map(\.status)),
        ]
        let firstCountRow = countsHeader + 1
        for (i, status) in Status.allCases.enumerated() {
            let row = firstCountRow + i
            try sheet.string(row, 0, status.label, PackStyles.status)
            for (c, tally) in columns.enumerated() {
                try sheet.number(row, 1 + c, tally[status, default: 0], PackStyles.integer)
            }
        }
        let lastCountRow = firstCountRow + Status.allCases.count - 1
        let totalRow = lastCountRow + 1
        try sheet.string(totalRow, 0, "Total", PackStyles.bold)
        for (c, tally) in columns.enumerated() {
            let letter = Worksheet.columnName(1 + c)
            try sheet.formula(
                totalRow, 1 + c, "=SUM(\(letter)\(firstCountRow + 1):\(letter)\(lastCountRow + 1))",
                value: Double(tally.values.reduce(0, +)), CellStyle(bold: true, numberFormat: "0", border: .thin, borderColor: PackStyles.gridGrey))
        }
        try sheet.colourStatuses(rows: firstCountRow...lastCountRow, columns: 0...0)

        try addStatusChart(
            context, sheet, title: "KPI statuses (overall figures)", valueColumn: 1,
            rows: firstCountRow...lastCountRow, at: (countsHeader, 5))
        try addStatusChart(
            context, sheet, title: "Milestone statuses", valueColumn: 2,
            rows: firstCountRow...lastCountRow, at: (countsHeader, 7))

        // Top exceptions, below the charts (about 14 rows tall).
        let titleRow = countsHeader + 16
        let exceptions = pack.exceptions
        let shown = exceptions.prefix(topExceptions)
        let heading = exceptions.isEmpty
            ? "Exceptions: none this quarter"
            : "Top exceptions, worst first (\(shown.count) of \(exceptions.count); all on the Exceptions sheet)"
        try sheet.string(titleRow, 0, heading, PackStyles.subtitle)
        let headerRow = titleRow + 1
        try sheet.writeHeaderCells(
            row: headerRow, ["Status", "ID", "Partner", "Kind", "", "Title", "Detail", "Commentary"])
        try sheet.merge(rows: headerRow...headerRow, columns: 3...4, "Kind", PackStyles.header)
        for (i, item) in shown.enumerated() {
            let row = headerRow + 1 + i
            try sheet.fitRow(
                row,
                [(item.id, widths[1]), (item.kind.title, widths[3] + widths[4]), (item.title, widths[5]),
                 (item.detail, widths[6]), (item.commentary, widths[7])])
            try sheet.string(row, 0, item.status.label, PackStyles.status)
            try sheet.string(row, 1, item.id, PackStyles.wrapped)
            try sheet.string(row, 2, item.partner ?? "", PackStyles.text)
            try sheet.merge(rows: row...row, columns: 3...4, item.kind.title, PackStyles.wrapped)
            try sheet.string(row, 5, item.title, PackStyles.wrapped)
            try sheet.string(row, 6, item.detail, PackStyles.wrapped)
            try sheet.string(row, 7, item.commentary ?? "", PackStyles.wrapped)
        }
        if let rows = dataRows(first: headerRow + 1, count: shown.count) {
            try sheet.colourStatuses(rows: rows, columns: 0...0)
            try sheet.autofilter(rows: headerRow...rows.upperBound, columns: 0...7)
        } else {
            try sheet.autofilter(rows: headerRow...headerRow, columns: 0...7)
        }
        try sheet.freeze(row: 2)
    }

    private static func addStatusChart(
        _ context: SheetContext, _ sheet: Worksheet, title: String, valueColumn: Int, rows: ClosedRange<Int>,
        at position: (row: Int, column: Int)
    ) throws {
        let chart = try context.workbook.addChart(.column)
        chart.setTitle(title)
        try chart.add(
            Chart.Series(
                name: title, categories: CellRange(sheet: name, column: 0, rows: rows),
                values: CellRange(sheet: name, column: valueColumn, rows: rows),
                pointFills: Status.allCases.map(PackStyles.statusFill)))
        chart.setLegend(.none)
        chart.setValueAxisMinimum(0)
        chart.setValueAxisFormat("0")
        try sheet.insert(chart, row: position.row, column: position.column, xScale: 0.95, yScale: 0.95)
    }
}

extension Worksheet {
    /// A header row of cells without changing column widths.
    func writeHeaderCells(row: Int, _ titles: [String], from first: Int = 0) throws {
        try setRow(row, height: 30)
        for (i, title) in titles.enumerated() {
            try string(row, first + i, title, PackStyles.header)
        }
    }
}
