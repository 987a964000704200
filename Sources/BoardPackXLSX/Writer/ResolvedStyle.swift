import CXLSXWriter

/// A ``CellStyle`` already turned into its workbook format, for sheets that write many rows:
/// looking a style up costs a hash of the whole style, and a 10,000-KPI scorecard would pay
/// it for every cell. Valid while the workbook that resolved it is open.
struct ResolvedStyle {
    let format: UnsafeMutablePointer<lxw_format>?
}
