/// Plugins by kind, looked up by name. `BuiltInPlugins.registry` lists the built-in ones.
public struct PluginRegistry: Sendable {
    public var loaders: [any PlanLoader.Type]
    public var aggregations: [any AggregationRule.Type]
    public var combiners: [any PartnerCombiner.Type]
    public var rollups: [any RollupRule.Type]
    public var exporters: [any Exporter.Type]

    public init(
        loaders: [any PlanLoader.Type] = [], aggregations: [any AggregationRule.Type] = [],
        combiners: [any PartnerCombiner.Type] = [], rollups: [any RollupRule.Type] = [],
        exporters: [any Exporter.Type] = []
    ) {
        self.loaders = loaders
        self.aggregations = aggregations
        self.combiners = combiners
        self.rollups = rollups
        self.exporters = exporters
    }

    /// Every descriptor, by kind in listing order.
    public var descriptors: [PluginDescriptor] {
        loaders.map { $0.descriptor } + aggregations.map { $0.descriptor } + combiners.map { $0.descriptor }
            + rollups.map { $0.descriptor } + exporters.map { $0.descriptor }
    }

    /// The names of one kind's plugins, in registry order.
    public func names(of kind: PluginKind) -> [String] {
        descriptors.filter { $0.kind == kind }.map(\.name)
    }

    public func aggregation(named name: String) -> (any AggregationRule)? {
        aggregations.first { $0.descriptor.name == name }.map { $0.init() }
    }

    public func combiner(named name: String) -> (any PartnerCombiner)? {
        combiners.first { $0.descriptor.name == name }.map { $0.init() }
    }

    public func rollup(named name: String) -> (any RollupRule)? {
        rollups.first { $0.descriptor.name == name }.map { $0.init() }
    }

    public func exporter(named name: String) -> (any Exporter)? {
        exporters.first { $0.descriptor.name == name }.map { $0.init() }
    }
}
