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
        // A piece has at most as many rows as lines: room for them all up front spares the
        // arrays' growing, each time copied to memory touched for the first time (at scale
        // 10 that growing cost four times what it did at scale 5). Cells are reserved as
        // the first row has them, and never more than the piece has separators and lines.
        let lines = Self.lineFeeds(in: text) + 1
        piece.rowLines.reserveCapacity(lines)
        piece.rowEnds.reserveCapacity(lines)
        var line = 0
        while let fields = reader.next() {
            if piece.cells.isEmpty {
                let bound = text.utf8.count + 1
                let (asFirst, overflow) = lines.multipliedReportingOverflow(by: fields.count)
                piece.cells.reserveCapacity(overflow ? bound : min(asFirst, bound))
            }
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

    private static func lineFeeds(in text: Substring) -> Int {
        func count(_ bytes: some Sequence<UInt8>) -> Int { bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        // Read as one buffer where the text has one (the usual case), byte by byte otherwise.
        return text.utf8.withContiguousStorageIfAvailable(count) ?? count(text.utf8)
    }
}
