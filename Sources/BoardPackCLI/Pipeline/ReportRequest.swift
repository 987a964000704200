/// What `boardpack report` was asked to do.
public struct ReportRequest: Sendable {
    /// The plan folder, as the user wrote it.
    public var planDirectory: String
    /// The quarter as the user wrote it; nil for the latest quarter with returns.
    public var period: String?
    /// Format names: built-in exporters or external `boardpack-export-<name>` programs.
    public var formats: [String]
    public var outputDirectory: String
    /// How long an external exporter may run.
    public var pluginTimeout: Duration
    /// The PATH searched for external exporters.
    public var searchPath: String?

    public init(
        planDirectory: String = ReportRequest.bundledPlan, period: String? = nil,
        formats: [String] = ReportRequest.defaultFormats, outputDirectory: String = "Reports",
        pluginTimeout: Duration = .seconds(60), searchPath: String? = nil
    ) {
        self.planDirectory = planDirectory
        self.period = period
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.pluginTimeout = pluginTimeout
        self.searchPath = searchPath
    }

    /// The bundled example plan, used when no plan folder is given.
    public static let bundledPlan = "Plans/3c-ict"
    public static let defaultFormats = ["xlsx", "text", "json"]
}
