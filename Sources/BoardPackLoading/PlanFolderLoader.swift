import BoardPackCore
import Foundation

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
        // The rows are checked against the plan once both are done. The YAML node tree is
        // released inside its own piece of work, before the rows are checked.
        let opened = ReturnsReader.tables(folder: "\(folder)/actuals", pieceBytes: pieceBytes)
        let pieces = opened.enumerated().flatMap { table, t in t.texts.indices.map { (table, $0) } }
        let parts = Parallel.map(1 + pieces.count) { task -> LoadPart in
            guard task > 0 else { return .plan(Self.readPlan(text, file: planPath, registry: registry)) }
            let (table, piece) = pieces[task - 1]
            return .piece(table: table, opened[table].read(piece: piece))
        }
        var tables = opened
        var planRead: (Plan?, [Diagnostic]) = (nil, [])
        var read = [[CSVPiece]](repeating: [], count: tables.count)
        for part in parts {
            switch part {
            case .plan(let result): planRead = result
            case .piece(let table, let piece): read[table].append(piece)
            }
        }
        let (plan, planDiagnostics) = planRead
        guard let plan else { return LoadOutcome(plan: nil, diagnostics: planDiagnostics.sortedForReading()) }
        for index in tables.indices { tables[index].accept(read[index]) }
        var returns = ReturnsReader(plan: plan, folder: "\(folder)/actuals")
        let values = returns.read(tables)
        return LoadOutcome(plan: plan, returns: values, diagnostics: (planDiagnostics + returns.diagnostics).sortedForReading())
    }

    private static func readPlan(_ text: String, file: String, registry: PluginRegistry) -> (Plan?, [Diagnostic]) {
        var yaml = PlanYAMLReader(file: file, registry: registry)
        let plan = yaml.read(text)
        return (plan, yaml.diagnostics)
    }
}
