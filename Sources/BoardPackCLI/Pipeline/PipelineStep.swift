/// The report pipeline's named steps; progress lines and errors carry the step's name.
public enum PipelineStep: String, CaseIterable, Sendable {
    case load
    case validate
    case score
    case export

    /// `[2/4] validate`.
    public var progressLabel: String {
        let index = (PipelineStep.allCases.firstIndex(of: self) ?? 0) + 1
        return "[\(index)/\(PipelineStep.allCases.count)] \(rawValue)"
    }
}
