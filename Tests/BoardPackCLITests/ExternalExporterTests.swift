import Foundation
import Testing

@testable import BoardPackCLI

@Suite("External exporters")
struct ExternalExporterTests {
    /// Writes an executable script and returns its exporter.
    private func exporter(_ name: String, _ script: String, in folder: String) throws -> ExternalExporter {
        let path = "\(folder)/\(ExternalExporters.prefix)\(name)"
        try write(script, to: path)
        chmod(path, 0o755)
        return ExternalExporter(name: name, path: path)
    }

    private let pack = Data(#"{"period": "2017/18 Q3", "overall": "AMBER"}"#.utf8)

    @Test func anExporterInAnotherLanguageWritesItsFileWhichIsRenamedIntoPlace() throws {
        let folder = try scratchFolder()
        let python = try exporter("summary", """
            #!/usr/bin/env python3
            import json, sys
            pack = json.load(sys.stdin)
            open(sys.argv[1], "w").write(pack["period"] + ": " + pack["overall"] + "\\n")
            """, in: folder)
        let out = "\(folder)/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try python.run(json: pack, outputDirectory: out, finalPath: "\(out)/p.summary", timeout: .seconds(30))
        #expect(try read("\(out)/p.summary") == "2017/18 Q3: AMBER\n")
        #expect(files(in: out) == ["p.summary"])
    }

    @Test func aFailingExporterIsReportedWithItsStandardErrorAndLeavesNoFile() throws {
        let folder = try scratchFolder()
        let failing = try exporter("csv", "#!/bin/sh\ncat > /dev/null\necho partial > \"$1\"\necho 'no template for 2017/18' >&2\nexit 3\n", in: folder)
        #expect {
            try failing.run(json: pack, outputDirectory: folder, finalPath: "\(folder)/p.csv", timeout: .seconds(30))
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("external exporter \"csv\" (\(failing.path)) failed with exit status 3")
                && message.hasSuffix("its standard error:\nno template for 2017/18")
        }
        #expect(files(in: folder) == ["\(ExternalExporters.prefix)csv"])
    }

    @Test func aHangingExporterIsStoppedAtTheTimeLimitAndLeavesNoFile() throws {
        let folder = try scratchFolder()
        let hanging = try exporter("slow", "#!/bin/sh\necho started >&2\necho partial > \"$1\"\nsleep 30\n", in: folder)
        let clock = ContinuousClock()
        let started = clock.now
        #expect {
            try hanging.run(json: pack, outputDirectory: folder, finalPath: "\(folder)/p.slow", timeout: .seconds(1))
        } throws: { error in
            "\(error)" == "external exporter \"slow\" (\(hanging.path)) did not finish within 1 seconds and was stopped; its standard error:\nstarted"
        }
        #expect(clock.now - started < .seconds(10))
        #expect(files(in: folder) == ["\(ExternalExporters.prefix)slow"])
    }

    @Test func anExporterThatWritesNothingIsAnError() throws {
        let folder = try scratchFolder()
        let silent = try exporter("none", "#!/bin/sh\nexit 0\n", in: folder)
        #expect {
            try silent.run(json: pack, outputDirectory: folder, finalPath: "\(folder)/p.none", timeout: .seconds(30))
        } throws: { error in
            "\(error)" == "external exporter \"none\" (\(silent.path)) exited 0 but wrote no file at the path it was given"
        }
    }

    @Test func anExporterThatNeverReadsItsInputDoesNotHang() throws {
        let folder = try scratchFolder()
        let deaf = try exporter("deaf", "#!/bin/sh\necho done > \"$1\"\n", in: folder)
        let big = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        try deaf.run(json: big, outputDirectory: folder, finalPath: "\(folder)/p.deaf", timeout: .seconds(30))
        #expect(try read("\(folder)/p.deaf") == "done\n")
    }

    @Test func discoveryPrefersThePlanFolderAndIgnoresNonExecutables() throws {
        let folder = try scratchFolder()
        let plan = "\(folder)/plan", bin = "\(folder)/bin"
        _ = try exporter("csv", "#!/bin/sh\n", in: "\(plan)/plugins")
        _ = try exporter("csv", "#!/bin/sh\n", in: bin)
        _ = try exporter("pdf", "#!/bin/sh\n", in: bin)
        try write("not executable", to: "\(bin)/\(ExternalExporters.prefix)txt")
        let found = ExternalExporters.discover(planDirectory: plan, searchPath: "/nonexistent:\(bin)")
        #expect(found == [
            ExternalExporter(name: "csv", path: "\(plan)/plugins/\(ExternalExporters.prefix)csv"),
            ExternalExporter(name: "pdf", path: "\(bin)/\(ExternalExporters.prefix)pdf"),
        ])
    }
}
