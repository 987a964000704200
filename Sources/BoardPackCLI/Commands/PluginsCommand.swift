import ArgumentParser
import BoardPackCore
import Foundation

/// `boardpack plugins`: list loaders, scoring rules, roll-ups and exporters.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "Lists the loaders, scoring rules, roll-ups and exporters.",
        discussion: """
            Built-in plugins are listed by kind with the name a plan or --format selects \
            them by. External exporters are executables named boardpack-export-<name> in \
            the plan's plugins/ folder or on PATH; they are listed with their paths.
            """)

    @Argument(help: ArgumentHelp("A plan folder whose plugins/ folder to search too.", valueName: "plan-dir"))
    var planDirectory: String?

    func run() throws {
        let console = Console.current
        for line in Self.listing(
            registry: BuiltInPlugins.registry,
            externals: ExternalExporters.discover(
                planDirectory: planDirectory?.trimmingTrailingSlash,
                searchPath: ProcessInfo.processInfo.environment["PATH"]))
        {
            console.out(line)
        }
    }

    static func listing(registry: PluginRegistry, externals: [ExternalExporter]) -> [String] {
        var lines: [String] = []
        let width = (registry.descriptors.map(\.name.count) + externals.map(\.name.count)).max() ?? 0
        for kind in PluginKind.allCases {
            lines.append(kind.heading)
            for descriptor in registry.descriptors where descriptor.kind == kind {
                lines.append("  " + descriptor.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + descriptor.summary)
            }
            if kind == .exporter {
                for external in externals {
                    lines.append("  " + external.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                        + "external: \(external.path)")
                }
            }
            lines.append("")
        }
        if externals.isEmpty {
            lines.append("No external exporters found (boardpack-export-<name> in the plan's plugins/ folder or on PATH).")
        }
        return lines
    }
}
