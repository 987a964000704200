import BoardPackCore
import CXLSXWriter

/// One call a sheet writer made, kept until the workbook's writing thread hands it to
/// libxlsxwriter, in the order the calls were made. Positions are already checked
/// against Excel's limits.
enum SheetOp: Sendable {
    case string(lxw_row_t, lxw_col_t, String, ResolvedStyle)
    case number(lxw_row_t, lxw_col_t, Double, ResolvedStyle)
    case blank(lxw_row_t, lxw_col_t, ResolvedStyle)
    case date(lxw_row_t, lxw_col_t, Day, ResolvedStyle)
    case formula(lxw_row_t, lxw_col_t, String, value: Double, ResolvedStyle)
    case merge(CellBlock, String, ResolvedStyle)
    case columns(lxw_col_t, lxw_col_t, width: Double, ResolvedStyle)
    case rowHeight(lxw_row_t, Double, ResolvedStyle)
    case freeze(lxw_row_t, lxw_col_t)
    case autofilter(CellBlock)
    case highlight(containing: String, CellBlock, ResolvedStyle)
    indirect case chart(ChartSpec, lxw_row_t, lxw_col_t, xScale: Double, yScale: Double)
    /// Page set-up; its repeated rows are already checked.
    indirect case printing(PrintSetup)
    case hideGridlines
    case tabColor(UInt32)
    case activate
}

extension SheetOp {
    /// Whether the call reaches beyond its sheet into the workbook as a whole: a
    /// conditional format's look is numbered among the workbook's, a chart is added to the
    /// workbook, and only one sheet is active. Only the workbook's opening thread makes these.
    var touchesWorkbook: Bool {
        switch self {
        case .highlight, .chart, .activate: return true
        default: return false
        }
    }
}

/// A checked block of cells, first and last inclusive.
struct CellBlock: Sendable {
    var firstRow: lxw_row_t
    var firstColumn: lxw_col_t
    var lastRow: lxw_row_t
    var lastColumn: lxw_col_t
}
