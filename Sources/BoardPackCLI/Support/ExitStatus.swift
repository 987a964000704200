/// The exit codes the brief promises, in one place.
public enum ExitStatus {
    public static let ok: Int32 = 0
    /// Usage: a bad option, an unknown format, a malformed --period.
    public static let usage: Int32 = 1
    /// Bad input data: the plan or its returns have errors.
    public static let badInput: Int32 = 65
    /// Cannot write output.
    public static let cannotWrite: Int32 = 73
}
