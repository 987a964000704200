import BoardPackCore
import BoardPackExport
import BoardPackLoading
import BoardPackScoring
import BoardPackXLSX

/// Every built-in plugin. Loaders and exporters are listed here; the scoring rules
/// (aggregations, combiners, roll-ups) are listed once in `ScoringPlugins`, because the
/// scoring module's own rule examples run against them. Adding a plugin is one file and one
/// line in one of these two lists.
public enum BuiltInPlugins {
    public static let registry = PluginRegistry(
        loaders: [PlanFolderLoader.self],
        aggregations: ScoringPlugins.aggregations,
        combiners: ScoringPlugins.combiners,
        rollups: ScoringPlugins.rollups,
        exporters: [XLSXExporter.self, TextExporter.self, JSONExporter.self])
}
