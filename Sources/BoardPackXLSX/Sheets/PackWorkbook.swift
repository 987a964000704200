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
        workbook.writeOnSecondThread(sheets: Self.secondThreadSheets)
    }

    /// The sheets whose cells a second thread writes, beside the rest, once the quarter is
    /// scored: the roadmap's grid, mostly blank cells (libxlsxwriter's slowest), takes about
    /// as long as the sheets left to the first thread then. (The trends too, beside the
    /// scorecard while the KPIs are scored, measured no faster: both cores are busy then.)
    static let secondThreadSheets = [RoadmapSheet.name]

    /// The sheets, in order.
    static let sheetNames = [
        SummarySheet.name, KPISheet.name, TrendsSheet.name, RoadmapSheet.name, MilestonesSheet.name,
        FinanceSheet.name, RisksSheet.name, ExceptionsSheet.name, DataQualitySheet.name, KeySheet.name,
    ]

    /// A pack already scored.
    init(pack: ScoredPack, workbook: Workbook) throws {
        try self.init(pack: PackInProgress(scored: pack), workbook: workbook)
    }

    /// Runs every sheet writer; may run on any one thread. The KPI scorecard and the trends
    /// come first, stretch by stretch as the KPIs are scored, each stretch's scorecard rows
    /// then its trend rows: libxlsxwriter writes both while the rest is scored, where it
    /// would otherwise wait for the scorecard's next figures. The Summary needs the whole
    /// pack, and its place as the first sheet was set when the sheets were added.
    func write() throws {
        let progress = context.progress
        var scorecard = try KPISheet.Table(context)
        var trends = try TrendsSheet.Table(context)
        for stretch in 0..<progress.kpiStretchCount {
            let figures = progress.kpiFigures(stretch: stretch)
            try scorecard.write(figures)
            try trends.write(progress.kpiHistory(stretch: stretch), figures)
        }
        try scorecard.finish()
        try trends.finish()
        // The Key needs only the plan: it is written while the scorer rolls the quarter up.
        try KeySheet.write(context)
        // The second thread's sheet first, for it to start while this thread still writes
        // the scorecard's last rows.
        try RoadmapSheet.write(context)
        try SummarySheet.write(context)
        try MilestonesSheet.write(context)
        try FinanceSheet.write(context)
        try RisksSheet.write(context)
        try ExceptionsSheet.write(context)
        try DataQualitySheet.write(context)
    }
}
