import CXLSXWriter

/// A chart being described by a sheet writer; ``Worksheet/insert(_:row:column:xScale:yScale:)``
/// places it, and the workbook builds it in libxlsxwriter when it writes that sheet.
final class Chart {
    private(set) var spec: ChartSpec

    init(kind: ChartKind) { spec = ChartSpec(kind: kind) }

    /// One line or set of bars, read from cells of the workbook.
    struct Series: Sendable {
        var name: String
        var categories: CellRange
        var values: CellRange
        /// RGB line (or bar outline) colour.
        var lineColor: UInt32?
        var dashed = false
        var markers = false
        /// One fill per point (bar colours), RGB, in category order.
        var pointFills: [UInt32] = []
    }

    func add(_ series: Series) throws { spec.series.append(series) }

    func setTitle(_ title: String) { spec.title = title }

    func setAxisNames(x: String?, y: String?) {
        spec.xAxisName = x
        spec.yAxisName = y
    }

    /// A number format for the value axis, e.g. `0"%"` or `£#,##0`.
    func setValueAxisFormat(_ format: String) { spec.valueAxisFormat = format }

    func setValueAxisMinimum(_ minimum: Double) { spec.valueAxisMinimum = minimum }

    func setLegend(_ position: LegendPosition) { spec.legend = position }

    /// Missing quarters show as gaps, not as zero.
    func showBlanksAsGaps() { spec.blanksAsGaps = true }

    enum LegendPosition: Sendable { case none, bottom }
}

/// Everything a chart shows, as a value the writing thread can build from.
struct ChartSpec: Sendable {
    var kind: ChartKind
    var title: String?
    var series: [Chart.Series] = []
    var xAxisName: String?
    var yAxisName: String?
    var valueAxisFormat: String?
    var valueAxisMinimum: Double?
    var legend: Chart.LegendPosition?
    var blanksAsGaps = false

    init(kind: ChartKind) { self.kind = kind }

    /// Adds the chart to the workbook and sets it up; the workbook owns and frees it.
    func build(in workbook: UnsafeMutablePointer<lxw_workbook>, path: String) throws -> UnsafeMutablePointer<lxw_chart> {
        guard let chart = workbook_add_chart(workbook, kind.lxw) else {
            throw XLSXError(path: path, operation: "add chart", reason: "libxlsxwriter could not add the chart")
        }
        if let title { chart_title_set_name(chart, title) }
        for one in series { try add(one, to: chart, path: path) }
        if let xAxisName, let axis = chart_axis_get(chart, LXW_CHART_AXIS_TYPE_X) { chart_axis_set_name(axis, xAxisName) }
        if let axis = chart_axis_get(chart, LXW_CHART_AXIS_TYPE_Y) {
            if let yAxisName { chart_axis_set_name(axis, yAxisName) }
            if let valueAxisFormat { chart_axis_set_num_format(axis, valueAxisFormat) }
            if let valueAxisMinimum { chart_axis_set_min(axis, valueAxisMinimum) }
        }
        switch legend {
        case .none?: chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        case .bottom?: chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        case nil: break
        }
        if blanksAsGaps { chart_show_blanks_as(chart, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue)) }
        return chart
    }

    private func add(_ series: Chart.Series, to chart: UnsafeMutablePointer<lxw_chart>, path: String) throws {
        guard let s = chart_add_series(chart, nil, nil) else {
            throw XLSXError(path: path, operation: "add chart series \(series.name)", reason: "libxlsxwriter could not add the series")
        }
        let c = series.categories, v = series.values
        chart_series_set_categories(
            s, c.sheet, lxw_row_t(c.firstRow), lxw_col_t(c.firstColumn), lxw_row_t(c.lastRow), lxw_col_t(c.lastColumn))
        chart_series_set_values(
            s, v.sheet, lxw_row_t(v.firstRow), lxw_col_t(v.firstColumn), lxw_row_t(v.lastRow), lxw_col_t(v.lastColumn))
        chart_series_set_name(s, series.name)
        if series.lineColor != nil || series.dashed {
            var line = lxw_chart_line()
            if let color = series.lineColor { line.color = color }
            line.width = 2.25
            line.dash_type = UInt8(series.dashed ? LXW_CHART_LINE_DASH_DASH.rawValue : LXW_CHART_LINE_DASH_SOLID.rawValue)
            chart_series_set_line(s, &line)
        }
        if series.markers {
            chart_series_set_marker_type(s, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
            chart_series_set_marker_size(s, 5)
        } else if series.lineColor != nil {
            chart_series_set_marker_type(s, UInt8(LXW_CHART_MARKER_NONE.rawValue))
        }
        if !series.pointFills.isEmpty { try setPointFills(s, series.pointFills, name: series.name, path: path) }
    }

    /// Colours each bar; the library copies the point styles, so they live only for the call.
    private func setPointFills(
        _ series: UnsafeMutablePointer<lxw_chart_series>, _ colors: [UInt32], name: String, path: String
    ) throws {
        var fills = colors.map { lxw_chart_fill(color: $0, none: 0, transparency: 0) }
        var outline = lxw_chart_line(color: 0x595959, none: 0, width: 0.75, dash_type: 0, transparency: 0)
        let result = fills.withUnsafeMutableBufferPointer { fillBuffer in
            withUnsafeMutablePointer(to: &outline) { outlinePointer -> lxw_error in
                var points = (0..<fillBuffer.count).map { i in
                    lxw_chart_point(line: outlinePointer, fill: fillBuffer.baseAddress.map { $0 + i }, pattern: nil)
                }
                return points.withUnsafeMutableBufferPointer { pointBuffer -> lxw_error in
                    // A NULL-terminated array of pointers to points.
                    var pointers: [UnsafeMutablePointer<lxw_chart_point>?] =
                        (0..<pointBuffer.count).map { i in pointBuffer.baseAddress.map { $0 + i } }
                    pointers.append(nil)
                    return pointers.withUnsafeMutableBufferPointer { chart_series_set_points(series, $0.baseAddress) }
                }
            }
        }
        guard result == LXW_NO_ERROR else {
            throw XLSXError(path: path, operation: "colour the bars of chart series \(name)", lxw: result)
        }
    }
}
