import BoardPackCore
import Foundation
import Synchronization
import Testing

@testable import BoardPackCLI

/// What each format did, in the order it happened, shared by the formats of one test.
private let events = Mutex<[String]>([])
/// Signalled when a follower starts writing: the lead waits for it after sparing its core.
private let followerStarted = DispatchSemaphore(value: 0)

private func note(_ event: String) { events.withLock { $0.append(event) } }

/// Stands in for the workbook: uses two cores, then spares one and waits for the others to
/// take it (which they must do while it is still writing).
private struct LeadExporter: Exporter {
    static let descriptor = PluginDescriptor(name: "lead", kind: .exporter, summary: "test lead")
    static let fileExtension = "lead"
    static let writesLongest = true

    func write(_ pack: ScoredPack, to path: String) throws { try write(pack, to: path, spareCore: {}) }

    func write(_ pack: ScoredPack, to path: String, spareCore: @escaping @Sendable () -> Void) throws {
        note("lead started")
        // Time for a follower to start, were it not held back (it would be noted here).
        if followerStarted.wait(timeout: .now() + .milliseconds(300)) == .success {
            note("lead saw a follower start before sparing a core")
        }
        note("lead spared a core")
        spareCore()
        let joined = followerStarted.wait(timeout: .now() + 20) == .success
        note(joined ? "lead saw a follower start" : "lead finished alone")
        try Data("lead".utf8).write(to: URL(fileURLWithPath: path))
    }
}

private struct FollowerExporter: Exporter {
    static let descriptor = PluginDescriptor(name: "follower", kind: .exporter, summary: "test follower")
    static let fileExtension = "follower"

    func write(_ pack: ScoredPack, to path: String) throws {
        note("follower")
        followerStarted.signal()
        try Data("follower".utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// Fails before it spares a core, as a workbook that cannot be created would.
private struct FailingLeadExporter: Exporter {
    static let descriptor = PluginDescriptor(name: "failing-lead", kind: .exporter, summary: "test failing lead")
    static let fileExtension = "lead"
    static let writesLongest = true

    struct Failure: Error, CustomStringConvertible { var description: String { "the disk is full" } }

    func write(_ pack: ScoredPack, to path: String) throws { throw Failure() }
}

@Suite("Export order", .serialized)
struct ExportOrderTests {
    private func pipeline(_ exporters: [any Exporter.Type]) -> ReportPipeline {
        var registry = BuiltInPlugins.registry
        registry.exporters = exporters
        return ReportPipeline(registry: registry)
    }

    private func request(_ formats: [String], out: String) -> ReportRequest {
        ReportRequest(planDirectory: repoPath("Plans/3c-ict"), formats: formats, outputDirectory: out)
    }

    @Test func otherFormatsStartOnlyOnceTheLongestHasSparedACoreAndWhileItIsStillWriting() throws {
        events.withLock { $0 = [] }
        let out = try scratchFolder()
        let outcome = try pipeline([FollowerExporter.self, LeadExporter.self])
            .run(request(["follower", "lead"], out: out))
        #expect(events.withLock { $0 } == ["lead started", "lead spared a core", "follower", "lead saw a follower start"])
        // Reported in the order asked for, whichever started first.
        #expect(outcome.written.map { URL(fileURLWithPath: $0).pathExtension } == ["follower", "lead"])
        #expect(files(in: out).count == 2)
    }

    @Test func withoutALongestFormatEveryFormatIsWritten() throws {
        events.withLock { $0 = [] }
        let out = try scratchFolder()
        _ = try pipeline([FollowerExporter.self]).run(request(["follower"], out: out))
        #expect(events.withLock { $0 } == ["follower"])
        #expect(files(in: out).map { URL(fileURLWithPath: $0).pathExtension } == ["follower"])
        _ = followerStarted.wait(timeout: .now())
    }

    @Test func whenTheLongestFailsBeforeSparingACoreTheOthersStillRunAndNothingIsKept() throws {
        events.withLock { $0 = [] }
        let out = try scratchFolder()
        #expect {
            try pipeline([FailingLeadExporter.self, FollowerExporter.self])
                .run(request(["failing-lead", "follower"], out: out))
        } throws: { error in
            "\(error)".contains("cannot write the failing-lead pack") && "\(error)".contains("the disk is full")
        }
        #expect(events.withLock { $0 } == ["follower"])
        #expect(files(in: out).isEmpty)
        _ = followerStarted.wait(timeout: .now())
    }
}
