import BoardPackCore

/// The board pack as an Excel workbook, written with libxlsxwriter: Summary, KPIs, Trends,
/// Roadmap, Milestones, Finance, Risks, Exceptions, Data quality and Key, each set up to print.
public struct XLSXExporter: Exporter {
    public static let descriptor = PluginDescriptor(
        name: "xlsx", kind: .exporter,
        summary: "Excel workbook: summary, KPI scorecard, trends, roadmap, milestones, finance, risks, exceptions")
    public static let fileExtension = "xlsx"
    /// The longest format to write, on two cores until its rows are built.
    public static let writesLongest = true

    /// Streams rows to disk as they are written, for very large packs.
    public var constantMemory: Bool

    /// Constant-memory mode by default: every sheet writes its rows in order, so a workbook
    /// of tens of thousands of KPI rows streams to disk instead of building up in memory.
    public init() { constantMemory = true }

    public init(constantMemory: Bool) { self.constantMemory = constantMemory }

    /// Writes the pack to `path`. Nothing is written unless every sheet could be built; a
    /// library failure is thrown as an ``XLSXError`` with libxlsxwriter's reason.
    public func write(_ pack: ScoredPack, to path: String) throws {
        try write(pack, to: path, spareCore: {})
    }

    /// Calls `spareCore` once every row is built: what is left, libxlsxwriter writing and
    /// compressing the file, takes this thread only.
    public func write(_ pack: ScoredPack, to path: String, spareCore: @escaping @Sendable () -> Void) throws {
        try write(PackInProgress(scored: pack), to: path, spareCore: spareCore)
    }

    /// Starts on the KPI scorecard as its figures are scored: libxlsxwriter writes the
    /// first rows while the rest of the quarter is scored and rolled up.
    public func write(_ pack: PackInProgress, to path: String, spareCore: @escaping @Sendable () -> Void) throws {
        // Numbers must be written with a decimal point whatever the user's locale.
        try NumericLocale.withCNumerics(path: path) {
            let workbook = try Workbook(path: path, constantMemory: constantMemory)
            let sheets = try PackWorkbook(pack: pack, workbook: workbook)
            // The sheets' rows are built on another core while this thread writes them.
            try workbook.write(recording: sheets.write, recorded: spareCore)
        }
    }
}
