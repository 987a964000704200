import BoardPackCore
import Foundation

/// One returns file, read with the CSV.swift library: checks the header against the
/// columns the file may have, and gives each row its physical line number (quoted fields
/// may span lines).
///
/// A large file is read in pieces side by side. Only a file without a `"` is cut: then no
/// cell can hold a line break, CSV.swift ends a row at every line feed, and so pieces cut
/// just after line feeds hold exactly the rows of the whole file, in order.
struct CSVTable: Sendable {
    let path: String
    let known: [String]
    let required: [String]
    /// Problems with the file or its header, in the order they were found. Rows are only
    /// read when there are none.
    private(set) var problems: [Diagnostic] = []
    /// The file's text in pieces (none when the file is missing or unreadable).
    private(set) var texts: [Substring] = []
    private(set) var hasQuotes = false
    /// The pieces as read, once ``read(piece:)`` results are handed to ``accept(_:)``.
    private(set) var pieces: [CSVPiece] = []
    /// The line before each piece's first row.
    private var baseLines: [Int] = []
    private var columns: [String: Int] = [:]
    private var headerCount = 0
    private var headerOK = false

    /// Pieces are cut at about this many bytes; small files stay whole.
    static let defaultPieceBytes = 512 * 1024

    /// Opens the file and cuts its text into pieces. A missing file has no rows.
    init(path: String, known: [String], required: [String], pieceBytes: Int = CSVTable.defaultPieceBytes) {
        self.path = path
        self.known = known
        self.required = required
        guard FileManager.default.fileExists(atPath: path) else { return }
        // Read whole, then parse row by row: CSV.swift's stream reader reports the end of a
        // file as a read error on Linux, and a returns file is small next to memory.
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(.error(path, "cannot open the file"))
            return
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(.error(path, "the file is not UTF-8 text", expected: "a CSV file saved as UTF-8"))
            return
        }
        hasQuotes = Self.containsQuote(text)
        texts = hasQuotes ? [text[...]] : Self.cut(text, pieceBytes: max(1, pieceBytes))
    }

    /// Reads one piece with CSV.swift; pieces may be read in any order, side by side.
    func read(piece index: Int) -> CSVPiece {
        CSVPiece.read(texts[index], first: index == 0, countNewlines: hasQuotes)
    }

    /// Takes the pieces as read (in order) and checks the header. Header problems are
    /// reported and the rows skipped.
    mutating func accept(_ read: [CSVPiece]) {
        pieces = read
        guard let first = pieces.first else { return }
        guard first.hasHeader else {
            problems.append(.error(path, line: 1, "the file has no header row",
                                   expected: "a first line naming the columns: \(known.joined(separator: ","))"))
            return
        }
        let rawHeader = first.header ?? []
        let header = rawHeader.enumerated().map { i, name in
            (i == 0 && name.hasPrefix("\u{FEFF}") ? String(name.dropFirst()) : name)
                .trimmingCharacters(in: .whitespaces).lowercased()
        }
        var headerOK = true
        for (i, name) in header.enumerated() {
            if !known.contains(name) {
                let hint = ValueText.suggestion(for: name, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
                problems.append(.error(path, line: 1, "unknown column \"\(name)\"\(hint)",
                                       expected: "columns from \(known.joined(separator: ", "))"))
                headerOK = false
            } else if columns[name] != nil {
                problems.append(.error(path, line: 1, "column \"\(name)\" appears twice", expected: "each column once"))
                headerOK = false
            } else {
                columns[name] = i
            }
        }
        for name in required where columns[name] == nil {
            problems.append(.error(path, line: 1, "no \"\(name)\" column",
                                   expected: "a header row with \(required.joined(separator: ", ")) (and optionally the others of \(known.joined(separator: ",")))"))
            headerOK = false
        }
        guard headerOK else { return }
        self.headerOK = true
        headerCount = header.count
        var line = 1 + rawHeader.reduce(0) { $0 + $1.newlineCount }
        for piece in pieces {
            baseLines.append(line)
            line += piece.lineCount
        }
    }

    /// How many rows a piece holds, blank ones included.
    func rowCount(inPiece index: Int) -> Int { pieces[index].rowEnds.count }

    /// Where a column is in the header; nil when the file has no such column.
    func column(_ name: String) -> Int? { columns[name] }

    /// Calls `row` for each non-blank data row of one piece, in order. Problems with rows
    /// (too many cells, a read error) go to `problems`, as they would for the whole file.
    func forEachRow(inPiece index: Int, problems: inout [Diagnostic], _ handle: (CSVRow) -> Void) {
        guard headerOK else { return }
        let piece = pieces[index], base = baseLines[index]
        var start = 0
        for (end, relativeLine) in zip(piece.rowEnds, piece.rowLines) {
            let fields = piece.cells[start..<end]
            start = end
            let line = base + relativeLine
            if fields.count == 1, fields[fields.startIndex].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if fields.count > headerCount {
                problems.append(.error(path, line: line, "the row has \(fields.count) cells",
                                       expected: "\(headerCount) cells, as in the header row (quote cells that contain commas)"))
                continue
            }
            handle(CSVRow(path: path, line: line, fields: fields, columns: columns))
        }
        if let error = piece.readError {
            problems.append(.error(path, line: base + piece.lineCount, "cannot read the file: \(error)",
                                   expected: "CSV saved as UTF-8"))
        }
    }

    /// Every data row of every piece, in order.
    func forEachRow(problems: inout [Diagnostic], _ handle: (CSVRow) -> Void) {
        for index in pieces.indices { forEachRow(inPiece: index, problems: &problems, handle) }
    }

    // MARK: Cutting

    private static func containsQuote(_ text: String) -> Bool {
        let quote = UInt8(ascii: "\"")
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(quote), bytes.count) != nil
        } ?? text.utf8.contains(quote)
    }

    /// Pieces of about `pieceBytes` bytes, each ending just after a line feed (the last at
    /// the end of the text). A cut after a line feed is always between characters.
    private static func cut(_ text: String, pieceBytes: Int) -> [Substring] {
        let utf8 = text.utf8
        var pieces: [Substring] = []
        var start = utf8.startIndex
        while utf8.distance(from: start, to: utf8.endIndex) > pieceBytes {
            let target = utf8.index(start, offsetBy: pieceBytes)
            guard let lineFeed = utf8[target...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let end = utf8.index(after: lineFeed)
            pieces.append(text[start..<end])
            start = end
        }
        if start < utf8.endIndex || pieces.isEmpty { pieces.append(text[start...]) }
        return pieces
    }
}
