import BoardPackCore

/// Every KPI's overall figure quarter by quarter, with a small line chart per KPI
/// (value against target).
enum TrendsSheet {
    static let name = "Trends"
    /// Charts beyond this many would make the sheet unreadable; the table still has every KPI.
    static let maxCharts = 60

    static let columns: [TableColumn] = [
        TableColumn(title: "ID", width: 10), TableColumn(title: "KPI", width: 28),
        TableColumn(title: "Period", width: 11), TableColumn(title: "Value", width: 11),
        TableColumn(title: "Target", width: 11), TableColumn(title: "Status", width: 13),
    ]
    static let chartColumn = columns.count + 1
    static let chartRowsTall = 13

    static func write(_ context: SheetContext) throws {
        let pack = context.pack
        let sheet = try context.addSheet(name, repeatRows: 0...0)
        try sheet.writeHeader(row: 0, columns)
        try sheet.setColumns(columns.count...(columns.count + 16), width: 8.5)
        let chartable = pack.kpiHistory.filter { !$0.points.isEmpty && unit(of: $0.kpiID, context) != .status }
        if chartable.isEmpty {
            try sheet.string(0, chartColumn, "No KPI history to chart yet.", PackStyles.note)
        }

        var row = 1
        var charted = 0
        for history in pack.kpiHistory {
            let unit = unit(of: history.kpiID, context)
            let title = context.kpi(history.kpiID)?.title
                ?? pack.kpis.first { $0.kpiID == history.kpiID }?.title ?? history.kpiID
            let first = row
            for point in history.points {
                try sheet.string(row, 0, history.kpiID, PackStyles.text)
                try sheet.string(row, 1, title, PackStyles.text)
                try sheet.string(row, 2, pack.calendar.label(point.period), PackStyles.text)
                try sheet.figure(row, 3, point.value, kpiID: history.kpiID, unit: unit, context: context)
                try sheet.figure(row, 4, point.target, kpiID: history.kpiID, unit: unit, context: context)
                try sheet.string(row, 5, point.status.label, PackStyles.status)
                row += 1
            }
            // Status KPIs are words on a scale: a line through scale positions would mislead.
            guard let points = dataRows(first: first, count: history.points.count), unit != .status,
                  charted < maxCharts else { continue }
            try addChart(context, sheet, history.kpiID, title, unit, points, index: charted)
            charted += 1
        }
        let last = max(row - 1, 1)
        try sheet.colourStatuses(rows: 1...last, columns: 5...5)
        try sheet.autofilter(rows: 0...last, columns: 0...(columns.count - 1))
        try sheet.freeze(row: 1)
    }

    private static func unit(of id: String, _ context: SheetContext) -> KPIUnit {
        context.kpi(id)?.unit ?? context.pack.kpis.first { $0.kpiID == id }?.unit ?? .number
    }

    private static func addChart(
        _ context: SheetContext, _ sheet: Worksheet, _ id: String, _ title: String, _ unit: KPIUnit,
        _ rows: ClosedRange<Int>, index: Int
    ) throws {
        let chart = try context.workbook.addChart(.line)
        chart.setTitle("\(id) \(title)")
        let periods = CellRange(sheet: name, column: 2, rows: rows)
        try chart.add(
            Chart.Series(
                name: "Value", categories: periods, values: CellRange(sheet: name, column: 3, rows: rows),
                lineColor: PackStyles.navy, markers: true))
        try chart.add(
            Chart.Series(
                name: "Target", categories: periods, values: CellRange(sheet: name, column: 4, rows: rows),
                lineColor: 0xC00000, dashed: true))
        if let format = PackStyles.numberFormat(for: unit) { chart.setValueAxisFormat(format.replacingZeroDecimal) }
        chart.setLegend(.bottom)
        chart.showBlanksAsGaps()
        // Two charts across, top to bottom.
        try sheet.insert(
            chart, row: 1 + (index / 2) * chartRowsTall, column: chartColumn + (index % 2) * 8,
            xScale: 0.9, yScale: 0.85)
    }
}

private extension String {
    /// Axis labels read better without a decimal place: `0"%"` rather than `0.0"%"`.
    var replacingZeroDecimal: String { self == PackStyles.percentFormat ? "0\"%\"" : self }
}
