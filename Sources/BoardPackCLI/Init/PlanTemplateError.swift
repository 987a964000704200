/// Why `boardpack init` wrote nothing.
public enum PlanTemplateError: Error, Equatable, CustomStringConvertible {
    case exists(String)
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .exists(let directory): return "\(directory) already exists; choose a new folder for the plan"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
