import BoardPackCore
import BoardPackExport
import BoardPackLoading
import BoardPackScoring
import BoardPackXLSX

/// Every built-in plugin, in one list. Adding a plugin is one file and one line here.
public enum BuiltInPlugins {
    public static let registry = PluginRegistry(
        loaders: [PlanFolderLoader.self],
        aggregations: [PointAggregation.self, CumulativeAggregation.self, AverageAggregation.self],
        combiners: [MeanCombiner.self, SumCombiner.self, WeightedCombiner.self, MinCombiner.self, MaxCombiner.self],
        rollups: [WorstRollup.self, AverageRollup.self],
        exporters: [XLSXExporter.self, TextExporter.self, JSONExporter.self])
}
