import BoardPackCore
import Foundation

/// Reads a plan folder: `plan.yaml` and the returns in `actuals/*.csv`.
public struct PlanFolderLoader: PlanLoader {
    public static let descriptor = PluginDescriptor(
        name: "plan-folder", kind: .loader,
        summary: "Reads plan.yaml (YAML) and the actuals/*.csv returns of a plan folder, checking every value")

    public init() {}

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
        // The YAML reader (and the document's node tree it holds) is done with before the
        // returns, by far the larger part, are read.
        let (plan, planDiagnostics) = Self.readPlan(text, file: planPath, registry: registry)
        guard let plan else { return LoadOutcome(plan: nil, diagnostics: planDiagnostics.sortedForReading()) }
        var returns = ReturnsReader(plan: plan, folder: "\(folder)/actuals")
        let values = returns.read()
        return LoadOutcome(plan: plan, returns: values, diagnostics: (planDiagnostics + returns.diagnostics).sortedForReading())
    }

    private static func readPlan(_ text: String, file: String, registry: PluginRegistry) -> (Plan?, [Diagnostic]) {
        var yaml = PlanYAMLReader(file: file, registry: registry)
        let plan = yaml.read(text)
        return (plan, yaml.diagnostics)
    }
}
