import CXLSXWriter

/// The chart types the pack uses.
enum ChartKind: Sendable {
    case column
    case bar
    case line

    var lxw: UInt8 {
        switch self {
        case .column: return UInt8(LXW_CHART_COLUMN.rawValue)
        case .bar: return UInt8(LXW_CHART_BAR.rawValue)
        case .line: return UInt8(LXW_CHART_LINE.rawValue)
        }
    }
}
