import BoardPackCore

/// Writes a scored pack's sheets into a workbook, in the order a board reads them.
struct PackWorkbook {
    let context: SheetContext

    init(pack: ScoredPack, workbook: Workbook) {
        context = SheetContext(pack: pack, workbook: workbook)
    }

    /// The sheets, in order.
    static let sheetNames = [
        SummarySheet.name, KPISheet.name, TrendsSheet.name, RoadmapSheet.name, MilestonesSheet.name,
        FinanceSheet.name, RisksSheet.name, ExceptionsSheet.name, DataQualitySheet.name, KeySheet.name,
    ]

    func write() throws {
        let pack = context.pack
        let programme = pack.plan.programme
        try context.workbook.setProperties(
            title: "\(programme.title) board pack \(pack.periodLabel)",
            subject: "Performance and roadmap report for \(pack.periodLabel)", author: programme.owner,
            created: pack.reportDate)
        try SummarySheet.write(context)
        try KPISheet.write(context)
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
