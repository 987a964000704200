import BoardPackCore
import CSV
import Foundation

/// One returns file, read row by row with the CSV.swift library: checks the header against
/// the columns the file may have, and gives each row its physical line number (quoted
/// fields may span lines).
struct CSVTable {
    let path: String
    let known: [String]
    let required: [String]

    /// Reads the file, calling `row` for each non-blank data row. A missing file has no rows.
    /// Header problems are reported and the rows skipped.
    func read(into diagnostics: inout [Diagnostic], row handle: (CSVRow) -> Void) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        // Read whole, then parse row by row: CSV.swift's stream reader reports the end of a
        // file as a read error on Linux, and a returns file is small next to memory.
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error(path, "cannot open the file"))
            return
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error(path, "the file is not UTF-8 text", expected: "a CSV file saved as UTF-8"))
            return
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            diagnostics.append(.error(path, line: 1, "the file has no header row",
                                      expected: "a first line naming the columns: \(known.joined(separator: ","))"))
            return
        }
        let header = (reader.headerRow ?? []).enumerated().map { i, name in
            (i == 0 && name.hasPrefix("\u{FEFF}") ? String(name.dropFirst()) : name)
                .trimmingCharacters(in: .whitespaces).lowercased()
        }
        var columns: [String: Int] = [:]
        var headerOK = true
        for (i, name) in header.enumerated() {
            if !known.contains(name) {
                let hint = ValueText.suggestion(for: name, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
                diagnostics.append(.error(path, line: 1, "unknown column \"\(name)\"\(hint)",
                                          expected: "columns from \(known.joined(separator: ", "))"))
                headerOK = false
            } else if columns[name] != nil {
                diagnostics.append(.error(path, line: 1, "column \"\(name)\" appears twice", expected: "each column once"))
                headerOK = false
            } else {
                columns[name] = i
            }
        }
        for name in required where columns[name] == nil {
            diagnostics.append(.error(path, line: 1, "no \"\(name)\" column",
                                      expected: "a header row with \(required.joined(separator: ", ")) (and optionally the others of \(known.joined(separator: ",")))"))
            headerOK = false
        }
        guard headerOK else { return }

        var line = 1 + (reader.headerRow ?? []).reduce(0) { $0 + $1.newlineCount }
        while let fields = reader.next() {
            line += 1
            let start = line
            line += fields.reduce(0) { $0 + $1.newlineCount }
            if fields.count == 1, fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if fields.count > header.count {
                diagnostics.append(.error(path, line: start, "the row has \(fields.count) cells",
                                          expected: "\(header.count) cells, as in the header row (quote cells that contain commas)"))
                continue
            }
            handle(CSVRow(path: path, line: start, fields: fields, columns: columns))
        }
        if let error = reader.error {
            diagnostics.append(.error(path, line: line, "cannot read the file: \(error)", expected: "CSV saved as UTF-8"))
        }
    }
}

/// A data row of a returns file.
struct CSVRow {
    let path: String
    let line: Int
    let fields: [String]
    let columns: [String: Int]

    /// The cell's text, trimmed; nil when the column is absent or the cell empty.
    subscript(column: String) -> String? {
        guard let i = columns[column], i < fields.count else { return nil }
        let text = fields[i].trimmedOfSpaces
        return text.isEmpty ? nil : text
    }

    var source: SourceLine { SourceLine(file: path, line: line) }

    func error(_ message: String, expected: String? = nil) -> Diagnostic {
        .error(path, line: line, message, expected: expected)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs; most cells have none, so this is a
    /// cheap check rather than Foundation's general trimming.
    var trimmedOfSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first != 32 && first != 9 && last != 32 && last != 9 { return self }
        return String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    var newlineCount: Int { utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } }
}
