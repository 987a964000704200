import BoardPackCore

/// The scoring plugins BoardPack ships, for the one registry that lists every plugin.
public enum ScoringPlugins {
    public static let aggregations: [any AggregationRule.Type] = [
        PointAggregation.self, CumulativeAggregation.self, AverageAggregation.self,
    ]
    public static let combiners: [any PartnerCombiner.Type] = [
        MeanCombiner.self, SumCombiner.self, WeightedCombiner.self, MinCombiner.self, MaxCombiner.self,
    ]
    public static let rollups: [any RollupRule.Type] = [WorstRollup.self, AverageRollup.self]

    /// A registry holding only the scoring plugins.
    public static var registry: PluginRegistry {
        PluginRegistry(aggregations: aggregations, combiners: combiners, rollups: rollups)
    }
}
