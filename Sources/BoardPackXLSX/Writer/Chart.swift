import CXLSXWriter

/// A chart in a ``Workbook``; the workbook owns and frees it. Valid until the workbook closes.
final class Chart {
    private unowned let workbook: Workbook
    let handle: UnsafeMutablePointer<lxw_chart>

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_chart>) {
        self.workbook = workbook
        self.handle = handle
    }

    /// One line or set of bars, read from cells of the workbook.
    struct Series {
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

    func add(_ series: Series) throws {
        _ = try workbook.open("add a chart series")
        guard let s = chart_add_series(handle, nil, nil) else {
            throw XLSXError(path: workbook.path, operation: "add chart series \(series.name)", reason: "libxlsxwriter could not add the series")
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
        if !series.pointFills.isEmpty { try setPointFills(s, series.pointFills, name: series.name) }
    }

    /// Colours each bar; the library copies the point styles, so they live only for the call.
    private func setPointFills(_ series: UnsafeMutablePointer<lxw_chart_series>, _ colors: [UInt32], name: String) throws {
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
        try workbook.check(result, "colour the bars of chart series \(name)")
    }

    func setTitle(_ title: String) { chart_title_set_name(handle, title) }

    func setAxisNames(x: String?, y: String?) {
        if let x, let axis = chart_axis_get(handle, LXW_CHART_AXIS_TYPE_X) { chart_axis_set_name(axis, x) }
        if let y, let axis = chart_axis_get(handle, LXW_CHART_AXIS_TYPE_Y) { chart_axis_set_name(axis, y) }
    }

    /// A number format for the value axis, e.g. `0"%"` or `£#,##0`.
    func setValueAxisFormat(_ format: String) {
        if let axis = chart_axis_get(handle, LXW_CHART_AXIS_TYPE_Y) { chart_axis_set_num_format(axis, format) }
    }

    func setValueAxisMinimum(_ minimum: Double) {
        if let axis = chart_axis_get(handle, LXW_CHART_AXIS_TYPE_Y) { chart_axis_set_min(axis, minimum) }
    }

    func setLegend(_ position: LegendPosition) {
        switch position {
        case .none: chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        case .bottom: chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        }
    }

    /// Missing quarters show as gaps, not as zero.
    func showBlanksAsGaps() { chart_show_blanks_as(handle, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue)) }

    enum LegendPosition { case none, bottom }
}
