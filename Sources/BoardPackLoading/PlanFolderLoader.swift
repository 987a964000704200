import BoardPackCore
import Foundation
import Synchronization

/// Reads a plan folder: `plan.yaml` and the returns in `actuals/*.csv`.
public struct PlanFolderLoader: PlanLoader {
    public static let descriptor = PluginDescriptor(
        name: "plan-folder", kind: .loader,
        summary: "Reads plan.yaml (YAML) and the actuals/*.csv returns of a plan folder, checking every value")

    /// About how many bytes of a returns file CSV.swift reads in one piece of work.
    let pieceBytes: Int

    public init() { self.init(pieceBytes: CSVTable.defaultPieceBytes) }

    /// Tests cut returns into tiny pieces, to check that pieces read side by side give what
    /// one pass over the file gives.
    init(pieceBytes: Int) { self.pieceBytes = pieceBytes }

    public func load(directory: String, registry: PluginRegistry) -> LoadOutcome {
        let folder = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let planPath = "\(folder)/plan.yaml"
        guard let data = FileManager.default.contents(atPath: planPath) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
            return LoadOutcome(plan: nil, diagnostics: [.error(
                planPath, exists ? "the folder has no plan.yaml" : "there is no plan folder \(folder)",
                expected: "a plan folder holding plan.yaml and actuals/, such as Plans/3c-ict")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return LoadOutcome(plan: nil, diagnostics: [.error(planPath, "the plan is not UTF-8 text", expected: "a UTF-8 YAML file")])
        }
        // CSV.swift reads the returns while Yams reads the plan: neither needs the other.
        // The rows are checked against the plan once both are done, while the plan's checks
        // across sections are made beside them and the YAML node tree is released.
        let opened = ReturnsReader.tables(folder: "\(folder)/actuals", pieceBytes: pieceBytes)
        let pieces = opened.enumerated().flatMap { table, t in t.texts.indices.map { (table, $0) } }
        let parts = Parallel.map(1 + pieces.count) { task -> LoadPart in
            guard task > 0 else { return Self.readPlan(text, file: planPath, registry: registry) }
            let (table, piece) = pieces[task - 1]
            return .piece(table: table, opened[table].read(piece: piece))
        }
        var tables = opened
        var planRead: (Plan?, PlanChecks?, [Diagnostic]) = (nil, nil, [])
        var read = [[CSVPiece]](repeating: [], count: tables.count)
        for part in parts {
            switch part {
            case let .plan(plan, checks, found): planRead = (plan, checks, found)
            case .piece(let table, let piece): read[table].append(piece)
            }
        }
        // The pieces' other hold on the checks (and the tree) ends here.
        _ = consume parts
        guard let plan = planRead.0, planRead.1 != nil else {
            return LoadOutcome(plan: nil, diagnostics: planRead.2.sortedForReading())
        }
        // The checks are taken by their own piece of work, so the tree is released on its
        // thread beside the rows being checked, not here once both pieces are done.
        let pending = Mutex(planRead.1)
        planRead = (nil, nil, [])
        for index in tables.indices { tables[index].accept(read[index]) }
        let reader = ReturnsReader(plan: plan, folder: "\(folder)/actuals")
        let ends = Parallel.map(2) { [tables] task -> LoadEnd in
            guard task == 0 else { return .checks(pending.withLock { $0.take() }?.run() ?? []) }
            var returns = reader
            let values = returns.read(tables)
            return .returns(values, returns.diagnostics)
        }
        var returns = Returns()
        var diagnostics: [Diagnostic] = []
        for end in ends {
            switch end {
            case let .returns(values, found): returns = values; diagnostics += found
            case let .checks(found): diagnostics += found
            }
        }
        return LoadOutcome(plan: plan, returns: returns, diagnostics: diagnostics.sortedForReading())
    }

    private static func readPlan(_ text: String, file: String, registry: PluginRegistry) -> LoadPart {
        var yaml = PlanYAMLReader(file: file, registry: registry)
        guard let (plan, checks) = yaml.readLeavingChecks(text) else { return .plan(nil, nil, yaml.diagnostics) }
        return .plan(plan, checks, [])
    }
}
