import CSV
import Foundation

/// The rows CSV.swift read from one piece of a returns file, cell after cell in one array
/// (one allocation per piece rather than one per row).
struct CSVPiece: Sendable {
    /// The header row; only the first piece of a file has one.
    var header: [String]?
    /// False when the first piece has no row at all to be the header.
    var hasHeader = true
    var cells: [String] = []
    /// Where each row's cells end in `cells`.
    var rowEnds: [Int] = []
    /// The line each row starts on, counted from the piece's start (1 is its first line).
    var rowLines: [Int] = []
    /// How many lines the piece's rows take.
    var lineCount = 0
    /// What CSV.swift reported, if it stopped early.
    var readError: String?

    /// Reads one piece. `countNewlines` is false when the file has no quotes, so no cell
    /// can hold a line break and the count is not needed.
    static func read(_ text: Substring, first: Bool, countNewlines: Bool) -> CSVPiece {
        var piece = CSVPiece()
        let reader: CSVReader
        do {
            reader = try CSVReader(string: String(text), hasHeaderRow: first)
        } catch {
            piece.hasHeader = false
            return piece
        }
        piece.header = reader.headerRow
        var line = 0
        while let fields = reader.next() {
            line += 1
            piece.rowLines.append(line)
            if countNewlines { line += fields.reduce(0) { $0 + $1.newlineCount } }
            piece.cells.append(contentsOf: fields)
            piece.rowEnds.append(piece.cells.count)
        }
        piece.lineCount = line
        piece.readError = reader.error.map { "\($0)" }
        return piece
    }
}
