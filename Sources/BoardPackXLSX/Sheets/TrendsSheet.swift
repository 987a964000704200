import BoardPackCore

/// Every KPI's overall figure quarter by quarter, laid out as councils print trend tables:
/// one row per KPI with the quarters across, then this quarter's target, status and
/// direction of travel. Below the table, the charted KPIs' targets quarter by quarter, and
/// a small line chart per KPI (value against target), two across.
///
/// One row per KPI rather than one per KPI and quarter keeps the sheet readable on paper and
/// a large portfolio's workbook a quarter of the size (10,000 KPIs over 20 quarters: 260,000
/// cells instead of 1.2 million). Each quarter's status stays in the json pack's history.
enum TrendsSheet {
    static let name = "Trends"
    /// Charts beyond this many would make the sheet unreadable; the table still has every KPI.
    static let maxCharts = 60

    static let leadColumns: [TableColumn] = [
        TableColumn(title: "ID", width: 10), TableColumn(title: "KPI", width: 28), TableColumn(title: "Unit", width: 8),
    ]
    static let quarterWidth = 9.5
    static let tailColumns: [TableColumn] = [
        TableColumn(title: "Target", width: 11), TableColumn(title: "Status", width: 13),
        TableColumn(title: "Trend", width: 13),
    ]
    static let chartRowsTall = 16
    static let chartScale = (x: 0.9, y: 0.85)
    /// libxlsxwriter's default chart width, in pixels.
    static let chartWidthPixels = 480.0

    /// The trends table being written: its header first, then each stretch of KPIs in
    /// order, then the charts' targets and the charts below it.
    struct Table {
        let context: SheetContext
        let sheet: Worksheet
        private let quarters: [Period]
        private let header: [TableColumn]
        private let firstQuarter: Int, tail: Int, statusColumn: Int
        private let text: ResolvedStyle, wrapped: ResolvedStyle, status: ResolvedStyle
        private let figures: FigureStyles
        private var rows = 0
        private var charted: [(row: Int, history: KPIHistory, title: String, unit: KPIUnit)] = []

        /// Adds the sheet and writes its header, a column per quarter the histories cover.
        init(_ context: SheetContext) throws {
            self.context = context
            let progress = context.progress
            sheet = try context.addSheet(name, repeatRows: 0...0)
            quarters = progress.historyQuarters
            firstQuarter = leadColumns.count
            tail = firstQuarter + quarters.count
            statusColumn = tail + 1
            header = leadColumns
                + quarters.map { TableColumn(title: progress.calendar.label($0), width: quarterWidth) } + tailColumns
            try sheet.writeHeader(row: 0, header)
            text = try context.workbook.resolve(PackStyles.text)
            wrapped = try context.workbook.resolve(PackStyles.wrapped)
            status = try context.workbook.resolve(PackStyles.status)
            figures = try FigureStyles(context.workbook)
        }

        /// A row for each of the next KPIs' histories; `scored` holds their figures (for
        /// the direction of travel, and the title and unit of a KPI the plan does not have).
        mutating func write(_ histories: ArraySlice<KPIHistory>, _ scored: ArraySlice<KPIResult>) throws {
            var trends: [String: Trend] = [:]
            for figure in scored where figure.partner == nil && trends[figure.kpiID] == nil {
                trends[figure.kpiID] = figure.trend
            }
            for history in histories {
                rows += 1
                let row = rows
                let id = history.kpiID
                let known = context.kpi(id)
                // A KPI the plan does not have is described by its figures, found once.
                let figure = known == nil ? scored.first { $0.kpiID == id } : nil
                let unit = known?.unit ?? figure?.unit ?? .number
                let title = known?.title ?? figure?.title ?? id
                try sheet.fitRow(row, [(title, leadColumns[1].width)])
                try sheet.string(row, 0, id, text)
                try sheet.string(row, 1, title, wrapped)
                try sheet.string(row, 2, unit.rawValue, text)
                for (offset, point) in aligned(history, to: quarters).enumerated() {
                    try sheet.figure(
                        row, firstQuarter + offset, point?.value, kpiID: id, unit: unit, context: context, styles: figures)
                }
                let latest = history.points.last
                try sheet.figure(row, tail, latest?.target, kpiID: id, unit: unit, context: context, styles: figures)
                try sheet.string(row, statusColumn, latest?.status.label, status)
                try sheet.string(row, statusColumn + 1, trends[id]?.label, text)
                // Status KPIs are words on a scale: a line through scale positions would mislead.
                if unit != .status, !history.points.isEmpty, charted.count < maxCharts {
                    charted.append((row, history, title, unit))
                }
            }
        }

        /// Status colours, the filter and the frozen panes over the table; below it the
        /// charted KPIs' targets quarter by quarter, and their charts.
        func finish() throws {
            let last = max(rows, 1)
            try sheet.colourStatuses(rows: 1...last, columns: statusColumn...statusColumn)
            try sheet.autofilter(rows: 0...last, columns: 0...(header.count - 1))
            try sheet.freeze(row: 1, column: 2)

            guard !charted.isEmpty, let quarterColumns = dataRows(first: firstQuarter, count: quarters.count) else {
                try sheet.string(last + 2, 0, "No KPI history to chart yet.", PackStyles.note)
                return
            }
            // The charts' targets, quarter by quarter (a cumulative KPI's target grows through the year).
            let titleRow = last + 2
            try sheet.note(
                titleRow, columns: 0...(firstQuarter - 1), width: leadColumns.map(\.width).reduce(0, +),
                "Targets quarter by quarter, for the charts below")
            for (k, item) in charted.enumerated() {
                let row = titleRow + 1 + k
                try sheet.string(row, 0, item.history.kpiID, text)
                try sheet.string(row, 1, item.title, text)
                try sheet.string(row, 2, "target", text)
                for (offset, point) in aligned(item.history, to: quarters).enumerated() {
                    try sheet.figure(
                        row, firstQuarter + offset, point?.target, kpiID: item.history.kpiID, unit: item.unit,
                        context: context, styles: figures)
                }
            }
            let chartsRow = titleRow + charted.count + 2
            let secondColumn = column(startingAfter: chartWidthPixels * chartScale.x + 12, in: header)
            for (k, item) in charted.enumerated() {
                try addChart(
                    context, sheet, item.history.kpiID, item.title, item.unit, quarters: quarterColumns,
                    valueRow: item.row, targetRow: titleRow + 1 + k,
                    at: (chartsRow + (k / 2) * chartRowsTall, k % 2 == 0 ? 0 : secondColumn))
            }
        }
    }

    /// A history's points in the order of `quarters`, nil where it has none.
    static func aligned(_ history: KPIHistory, to quarters: [Period]) -> [KPIHistoryPoint?] {
        // Compared in place: the scorer gives every KPI the quarters, and this runs per row.
        if history.points.count == quarters.count, zip(history.points, quarters).allSatisfy({ $0.period == $1 }) {
            return history.points
        }
        var byQuarter: [Period: KPIHistoryPoint] = [:]
        for point in history.points { byQuarter[point.period] = point }
        return quarters.map { byQuarter[$0] }
    }

    /// The first column whose left edge is at least `pixels` from the sheet's left edge.
    static func column(startingAfter pixels: Double, in columns: [TableColumn]) -> Int {
        var edge = 0.0
        for (i, column) in columns.enumerated() {
            if edge >= pixels { return i }
            // Excel's pixel width of a column `width` characters wide in the default font.
            edge += (column.width * 7 + 5).rounded(.down)
        }
        return columns.count + Int(((pixels - edge) / 64).rounded(.up))
    }

    private static func addChart(
        _ context: SheetContext, _ sheet: Worksheet, _ id: String, _ title: String, _ unit: KPIUnit,
        quarters: ClosedRange<Int>, valueRow: Int, targetRow: Int, at position: (row: Int, column: Int)
    ) throws {
        let chart = try context.workbook.addChart(.line)
        chart.setTitle("\(id) \(title)")
        let periods = CellRange(sheet: name, row: 0, columns: quarters)
        try chart.add(
            Chart.Series(
                name: "Value", categories: periods, values: CellRange(sheet: name, row: valueRow, columns: quarters),
                lineColor: PackStyles.navy, markers: true))
        try chart.add(
            Chart.Series(
                name: "Target", categories: periods, values: CellRange(sheet: name, row: targetRow, columns: quarters),
                lineColor: 0xC00000, dashed: true))
        if let format = PackStyles.numberFormat(for: unit) { chart.setValueAxisFormat(format.replacingZeroDecimal) }
        chart.setLegend(.bottom)
        chart.showBlanksAsGaps()
        try sheet.insert(chart, row: position.row, column: position.column, xScale: chartScale.x, yScale: chartScale.y)
    }
}

private extension String {
    /// Axis labels read better without a decimal place: `0"%"` rather than `0.0"%"`.
    var replacingZeroDecimal: String { self == PackStyles.percentFormat ? "0\"%\"" : self }
}
