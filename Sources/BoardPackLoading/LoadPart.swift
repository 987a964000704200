import BoardPackCore

/// What one piece of the first, side-by-side step of loading produced.
enum LoadPart: Sendable {
    /// The plan read from plan.yaml, with the problems found in it.
    case plan((Plan?, [Diagnostic]))
    /// A piece of a returns file, as CSV.swift read it; `table` is the file's position in
    /// ``ReturnsReader/tables(folder:pieceBytes:)``.
    case piece(table: Int, CSVPiece)
}
