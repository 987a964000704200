/// A ``CellStyle`` registered with its workbook once, for sheets that write many rows:
/// looking a style up costs a hash of the whole style, and a 10,000-KPI scorecard would pay
/// it for every cell. Valid for the workbook that resolved it.
struct ResolvedStyle: Sendable {
    /// The style's place in the workbook's registry; -1 for a cell with no look of its own.
    let index: Int32

    static let none = ResolvedStyle(index: -1)

    var hasFormat: Bool { index >= 0 }
}
