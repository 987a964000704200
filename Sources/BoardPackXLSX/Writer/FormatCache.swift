import CXLSXWriter

/// One writing thread's copy of a workbook's formats, so that looking a cell's format up
/// takes no lock: only a look not yet in the copy goes to the workbook.
struct FormatCache {
    private var list: [UnsafeMutablePointer<lxw_format>] = []

    /// The format for a registered look; nil for none.
    mutating func format(_ style: ResolvedStyle, in workbook: Workbook) throws -> UnsafeMutablePointer<lxw_format>? {
        guard style.index >= 0 else { return nil }
        let index = Int(style.index)
        if index >= list.count { list = try workbook.makeFormats(through: index) }
        return list[index]
    }
}
