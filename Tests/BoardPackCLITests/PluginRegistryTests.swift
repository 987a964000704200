import BoardPackCore
import Foundation
import Testing

@testable import BoardPackCLI

@Suite("Plugins")
struct PluginRegistryTests {
    let registry = BuiltInPlugins.registry

    @Test func namesAreUniqueWithinEachKind() {
        for kind in PluginKind.allCases {
            let names = registry.names(of: kind)
            #expect(Set(names).count == names.count, "duplicate \(kind) names: \(names)")
        }
    }

    @Test func theBriefsNamesAreAllRegistered() {
        #expect(registry.names(of: .aggregation) == ["point", "cumulative", "average"])
        #expect(registry.names(of: .combiner) == ["mean", "sum", "weighted", "min", "max"])
        #expect(registry.names(of: .rollup) == ["worst", "average"])
        #expect(registry.names(of: .exporter) == ["xlsx", "text", "json"])
        #expect(registry.names(of: .loader).count == 1)
    }

    @Test func descriptorsMatchTheListTheyAreIn() {
        #expect(registry.loaders.allSatisfy { $0.descriptor.kind == .loader })
        #expect(registry.aggregations.allSatisfy { $0.descriptor.kind == .aggregation })
        #expect(registry.combiners.allSatisfy { $0.descriptor.kind == .combiner })
        #expect(registry.rollups.allSatisfy { $0.descriptor.kind == .rollup })
        #expect(registry.exporters.allSatisfy { $0.descriptor.kind == .exporter })
        #expect(registry.descriptors.allSatisfy { !$0.summary.isEmpty })
    }

    @Test func pluginsCommandListsEveryBuiltInPlugin() {
        let result = BoardPackCLI.runCapturing(["plugins"])
        #expect(result.code == 0)
        for descriptor in registry.descriptors {
            #expect(result.output.contains("  \(descriptor.name) "), "\(descriptor.name) not listed")
            #expect(result.output.contains(descriptor.summary))
        }
        for kind in PluginKind.allCases { #expect(result.output.contains(kind.heading)) }
    }

    @Test func externalExporterInThePlanFolderIsListedAndUsed() throws {
        let scratch = try scratchFolder()
        let plan = try copyOfFolder(repoPath("Plans/3c-ict"), into: scratch, as: "plan")
        let script = "\(plan)/plugins/boardpack-export-period"
        // An exporter in another language: reads the json pack, writes its period.
        try write("""
            #!/usr/bin/env python3
            import json, sys
            pack = json.load(sys.stdin)
            with open(sys.argv[1], "w") as f:
                f.write(pack["period"] + " " + pack["overall"] + "\\n")
            """, to: script)
        chmod(script, 0o755)

        let listing = BoardPackCLI.runCapturing(["plugins", plan])
        #expect(listing.output.contains("period"))
        #expect(listing.output.contains("external: \(script)"))

        let out = "\(scratch)/out"
        let result = BoardPackCLI.runCapturing(
            ["report", plan, "--period", "2017/18 Q3", "--format", "period,json", "--out", out])
        #expect(result.code == 0, "\(result.error)")
        #expect(files(in: out) == ["3c-ict-2017-18-Q3.json", "3c-ict-2017-18-Q3.period"])
        let written = try read("\(out)/3c-ict-2017-18-Q3.period")
        #expect(written.hasPrefix("2017/18 Q3 "))
    }

    @Test func failingExternalExporterExits73WithItsStandardErrorAndNoFile() throws {
        let scratch = try scratchFolder()
        let plan = try copyOfFolder(repoPath("Plans/3c-ict"), into: scratch, as: "plan")
        let script = "\(plan)/plugins/boardpack-export-broken"
        try write("#!/bin/sh\necho 'cannot reach the intranet' >&2\nexit 3\n", to: script)
        chmod(script, 0o755)
        let out = "\(scratch)/out"
        let result = BoardPackCLI.runCapturing(["report", plan, "--format", "broken", "--out", out])
        #expect(result.code == 73)
        #expect(result.error.contains("\"broken\""))
        #expect(result.error.contains("cannot reach the intranet"))
        #expect(files(in: out).isEmpty)
    }
}

@Suite("New plans")
struct InitTests {
    @Test func initWritesAPlanThatValidatesAndRefusesToOverwrite() throws {
        let scratch = try scratchFolder()
        let plan = "\(scratch)/My Strategy"
        let created = BoardPackCLI.runCapturing(["init", plan])
        #expect(created.code == 0, "\(created.error)")
        #expect(files(in: plan).contains("plan.yaml"))
        #expect(files(in: "\(plan)/actuals").contains("kpis.csv"))
        let validate = BoardPackCLI.runCapturing(["validate", plan])
        #expect(validate.code == 0, "\(validate.output)")

        let again = BoardPackCLI.runCapturing(["init", plan])
        #expect(again.code != 0)
        #expect(again.error.contains("already exists"))
    }
}
