import BoardPackCore

/// What one piece of the first, side-by-side step of loading produced.
enum LoadPart: Sendable {
    /// The plan read from plan.yaml, and its checks across sections still to make; or
    /// nil, and the problems that stopped it being read.
    case plan(Plan?, PlanChecks?, [Diagnostic])
    /// A piece of a returns file, as CSV.swift read it; `table` is the file's position in
    /// ``ReturnsReader/tables(folder:pieceBytes:)``.
    case piece(table: Int, CSVPiece)
}

/// What each of the two pieces of work finishing loading produced.
enum LoadEnd: Sendable {
    case returns(Returns, [Diagnostic])
    case checks([Diagnostic])
}
