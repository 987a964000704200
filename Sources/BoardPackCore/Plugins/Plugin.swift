/// The kinds of plugin BoardPack has, in the order `boardpack plugins` lists them.
public enum PluginKind: String, CaseIterable, Hashable, Sendable {
    case loader
    case aggregation
    case combiner
    case rollup
    case exporter

    /// A heading for listings.
    public var heading: String {
        switch self {
        case .loader: return "Loaders"
        case .aggregation: return "KPI aggregation rules (kpis[].aggregation)"
        case .combiner: return "Partner combiners (kpis[].combine)"
        case .rollup: return "Roll-ups (programme.rollup)"
        case .exporter: return "Exporters (--format)"
        }
    }
}

/// What a plugin is called, what kind it is and what it does.
public struct PluginDescriptor: Hashable, Sendable {
    /// The name plans and the command line select it by.
    public var name: String
    public var kind: PluginKind
    /// One line for `boardpack plugins`.
    public var summary: String

    public init(name: String, kind: PluginKind, summary: String) {
        self.name = name
        self.kind = kind
        self.summary = summary
    }
}

/// Every plugin is a type with a static descriptor, listed in one registry.
public protocol Plugin: Sendable {
    static var descriptor: PluginDescriptor { get }
    init()
}
