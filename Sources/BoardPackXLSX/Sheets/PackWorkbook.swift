import BoardPackCore

/// Writes a scored pack's sheets into a workbook, in the order a board reads them.
struct PackWorkbook: Sendable {
    let context: SheetContext

    /// Sets the workbook up for the pack: its properties and its sheets, in order. Call on
    /// the workbook's own thread.
    init(pack: PackInProgress, workbook: Workbook) throws {
        let programme = pack.plan.programme
        try workbook.setProperties(
            title: "\(programme.title) board pack \(pack.periodLabel)",
            subject: "Performance and roadmap report for \(pack.periodLabel)", author: programme.owner,
            created: pack.reportDate)
        context = try SheetContext(pack: pack, workbook: workbook, sheetNames: Self.sheetNames)
    }

    /// The sheets, in order.
    static let sheetNames = [
        SummarySheet.name, KPISheet.name, TrendsSheet.name, RoadmapSheet.name, MilestonesSheet.name,
        FinanceSheet.name, RisksSheet.name, ExceptionsSheet.name, DataQualitySheet.name, KeySheet.name,
    ]

    /// A pack already scored.
    init(pack: ScoredPack, workbook: Workbook) throws {
        try self.init(pack: PackInProgress(scored: pack), workbook: workbook)
    }

    /// Runs every sheet writer; may run on any one thread. The KPI scorecard comes first,
    /// as its figures are scored: the Summary needs the whole pack, and its place as the
    /// first sheet was set when the sheets were added.
    func write() throws {
        try KPISheet.write(context)
        try SummarySheet.write(context)
        try TrendsSheet.write(context)
        try RoadmapSheet.write(context)
        try MilestonesSheet.write(context)
        try FinanceSheet.write(context)
        try RisksSheet.write(context)
        try ExceptionsSheet.write(context)
        try DataQualitySheet.write(context)
        try KeySheet.write(context)
    }
}
