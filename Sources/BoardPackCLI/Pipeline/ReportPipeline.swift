import BoardPackCore
import BoardPackExport
import BoardPackScoring
import Foundation
import Logging
import Synchronization

/// load → validate → score → export: the whole of `boardpack report`, callable from tests.
public struct ReportPipeline: Sendable {
    public let registry: PluginRegistry

    public init(registry: PluginRegistry = BuiltInPlugins.registry) { self.registry = registry }

    /// What a successful run produced.
    public struct Outcome: Sendable {
        public var pack: ScoredPack
        /// Paths written, in format order.
        public var written: [String]
        /// Validation warnings (they do not stop a pack).
        public var warnings: [Diagnostic]
    }

    /// Loads and validates a plan folder: the plan and returns, or every problem found.
    public func loadValidated(
        _ planDirectory: String, log: Logger? = nil
    ) throws(ReportError) -> (plan: Plan, returns: Returns, warnings: [Diagnostic]) {
        let log = log ?? ConsoleLogHandler.logger(verbose: false)
        log.info("\(PipelineStep.load.progressLabel) \(planDirectory)")
        guard let loaderType = registry.loaders.first else {
            throw .usage("no plan loader is registered")
        }
        let outcome = loaderType.init().load(directory: planDirectory, registry: registry)
        log.info("\(PipelineStep.validate.progressLabel) \(outcome.diagnostics.count) finding(s)")
        guard let plan = outcome.plan, !outcome.diagnostics.hasErrors else {
            throw .badInput(outcome.diagnostics)
        }
        return (plan, outcome.returns, outcome.diagnostics.warnings)
    }

    /// Runs the whole pipeline. Nothing is written unless the plan and its returns are
    /// valid; each pack is written to a temporary file and renamed into place, so an
    /// earlier pack is never damaged.
    public func run(
        _ request: ReportRequest, log: Logger? = nil
    ) throws(ReportError) -> Outcome {
        let log = log ?? ConsoleLogHandler.logger(verbose: false)
        let targets = try resolveFormats(request)
        let (plan, returns, warnings) = try loadValidated(request.planDirectory, log: log)
        let period = try choosePeriod(request.period, plan: plan, returns: returns)

        // Scoring and exporting overlap: the exporters run on a thread of their own, the
        // workbook starting on the KPI figures as they are scored, while this thread scores
        // (where the returns were loaded, so memory it frees is reused here).
        log.info("\(PipelineStep.score.progressLabel) \(plan.calendar.label(period))")
        let scorer = Scorer(registry: registry)
        let pack = scorer.pack(toScore: plan, period: period)
        log.info("\(PipelineStep.export.progressLabel) \(request.formats.joined(separator: ", "))")
        let exported = Mutex<Result<[String], ReportError>?>(nil)
        let exportDone = Latch()
        let exporting = Thread {
            let result = Result { () throws(ReportError) in try self.export(pack, to: targets, request: request) }
            exported.withLock { $0 = result }
            exportDone.open()
        }
        exporting.stackSize = 8 << 20
        exporting.start()
        scorer.score(plan: plan, returns: consume returns, period: period, warnings: warnings, into: pack)
        exportDone.wait()
        let written = try exported.withLock { $0 }?.get() ?? []
        return Outcome(pack: pack.pack(), written: written, warnings: warnings)
    }

    // MARK: Steps

    private enum Target {
        case builtIn(any Exporter, fileExtension: String)
        case external(ExternalExporter)

        /// Where this format's pack lands: `<folder>/<pack name>.<extension or format name>`.
        func path(for pack: PackInProgress, in folder: String) -> String {
            switch self {
            case .builtIn(_, let ext): return "\(folder)/\(pack.packName).\(ext)"
            case .external(let external): return "\(folder)/\(pack.packName).\(external.name)"
            }
        }
    }

    /// Every requested format, before any work is done, so a typo costs nothing.
    private func resolveFormats(_ request: ReportRequest) throws(ReportError) -> [Target] {
        let externals = ExternalExporters.discover(
            planDirectory: request.planDirectory, searchPath: request.searchPath)
        var targets: [Target] = []
        for name in request.formats {
            if let type = registry.exporters.first(where: { $0.descriptor.name == name }) {
                targets.append(.builtIn(type.init(), fileExtension: type.fileExtension))
            } else if let external = externals.first(where: { $0.name == name }) {
                targets.append(.external(external))
            } else {
                let known = registry.names(of: .exporter) + externals.map(\.name)
                throw .usage(
                    "unknown format \"\(name)\"; expected one of \(known.joined(separator: ", ")) "
                        + "(or an executable boardpack-export-\(name) in the plan's plugins/ folder or on PATH)")
            }
        }
        if targets.isEmpty { throw .usage("no format given; expected e.g. --format xlsx,text,json") }
        return targets
    }

    /// The requested quarter, or the latest quarter that has returns.
    private func choosePeriod(_ text: String?, plan: Plan, returns: Returns) throws(ReportError) -> Period {
        let calendar = plan.calendar
        let programme = calendar.periods(from: plan.programme.start, through: plan.programme.end)
        let span = "\(programme.first.map(calendar.label) ?? "?") to \(programme.last.map(calendar.label) ?? "?")"
        guard let text else {
            guard let latest = returns.periods.last else {
                throw .usage("the plan has no returns yet; give the quarter to report with --period, e.g. \"\(programme.first.map(calendar.label) ?? "2017/18 Q1")\"")
            }
            return latest
        }
        guard let period = calendar.parsePeriod(text) else {
            throw .usage("--period \"\(text)\" is not a quarter; expected \(calendar.periodFormatHint)")
        }
        guard programme.contains(period) else {
            throw .usage("--period \(calendar.label(period)) is outside the programme (\(span))")
        }
        return period
    }

    /// Writes every built-in format to a temporary file, renames them all into place only
    /// when all succeeded, then runs external exporters (each renames its own file).
    private func export(_ pack: PackInProgress, to targets: [Target], request: ReportRequest) throws(ReportError) -> [String] {
        let folder = request.outputDirectory
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(step: .export, "cannot create the output folder \(folder): \(error)")
        }
        // Built-in exporters only read the pack, so they run side by side, each writing its
        // own temporary file. The workbook takes longest and builds its rows on a second
        // core: it starts at once, and the others wait until it is down to one core
        // (libxlsxwriter writing the file), then share the cores it leaves.
        let builtIns: [(exporter: any Exporter, final: String, temporary: String)] = targets.compactMap { target in
            guard case .builtIn(let exporter, _) = target else { return nil }
            let final = target.path(for: pack, in: folder)
            return (exporter, final, TemporaryPath.beside(final))
        }
        let failures = Mutex<[Int: String]>([:])
        @Sendable func write(_ index: Int, spareCore: @escaping @Sendable () -> Void = {}) {
            let job = builtIns[index]
            do {
                try job.exporter.write(pack, to: job.temporary, spareCore: spareCore)
            } catch {
                let name = type(of: job.exporter).descriptor.name
                failures.withLock { $0[index] = "cannot write the \(name) pack \(job.final): \(error)" }
            }
        }
        let lead = builtIns.indices.first { type(of: builtIns[$0].exporter).writesLongest }
        let others = builtIns.indices.filter { $0 != lead }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let spare = Latch()
        if lead == nil { spare.open() }
        // A thread of its own, not a Dispatch worker: it waits, and scoring shares Dispatch's
        // threads among the cores meanwhile.
        let rest = Latch()
        Thread {
            spare.wait()
            Parallel.forEach(others.count, width: lead == nil ? cores : cores - 1) { write(others[$0]) }
            rest.open()
        }.start()
        if let lead {
            write(lead, spareCore: spare.open)
            // Also when it failed before sparing a core, or never uses a second one.
            spare.open()
        }
        rest.wait()
        let staged = builtIns.map { (temporary: $0.temporary, final: $0.final) }
        // The first failure in format order is the one reported, whatever finished first.
        if let message = failures.withLock({ failed in failed.keys.min().flatMap { failed[$0] } }) {
            for file in staged { unlink(file.temporary) }
            throw .cannotWrite(step: .export, message)
        }
        for (index, file) in staged.enumerated() {
            guard rename(file.temporary, file.final) == 0 else {
                let message = String(cString: strerror(errno))
                for later in staged[index...] { unlink(later.temporary) }
                throw .cannotWrite(step: .export, "cannot move the pack into place at \(file.final): \(message)")
            }
        }

        var json: Data?
        for target in targets {
            guard case .external(let external) = target else { continue }
            let input = json ?? Data(JSONExporter().render(pack.pack()).utf8)
            json = input
            do {
                try external.run(
                    json: input, outputDirectory: folder, finalPath: target.path(for: pack, in: folder),
                    timeout: request.pluginTimeout)
            } catch {
                throw .cannotWrite(step: .export, error.description)
            }
        }
        // Every format was written: report them in the order they were asked for.
        return targets.map { $0.path(for: pack, in: folder) }
    }
}
