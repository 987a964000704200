/// An aligned plain-text table that fits a page width: columns size to their content and
/// one flexible column (a title) takes what is left, wrapping its text.
struct TextTable {
    struct Column {
        var header: String
        var rightAligned = false
        /// Takes the remaining width and wraps.
        var flexible = false
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// Lines printed under a row (e.g. its commentary), indented.
    var notes: [Int: [String]] = [:]

    init(_ columns: [Column]) { self.columns = columns }

    mutating func add(_ cells: [String], notes rowNotes: [String] = []) {
        rows.append(cells)
        if !rowNotes.isEmpty { notes[rows.count - 1] = rowNotes }
    }

    func render(width: Int) -> [String] {
        let gap = 2
        var widths = columns.map { TextWrap.columns($0.header) }
        for row in rows {
            for i in widths.indices { widths[i] = max(widths[i], TextWrap.columns(row[i])) }
        }
        let fixed = columns.indices.filter { !columns[$0].flexible }.map { widths[$0] }.reduce(0, +)
        let gaps = gap * (columns.count - 1)
        if let flex = columns.firstIndex(where: \.flexible) {
            widths[flex] = max(12, min(widths[flex], width - fixed - gaps))
        }
        // Still too wide: shrink the widest columns until it fits.
        while widths.reduce(0, +) + gaps > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 6 {
            widths[widest] -= 1
        }
        var out = line(columns.map(\.header), widths: widths)
        out.append(TextWrap.trimmedRight(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")))
        for (r, row) in rows.enumerated() {
            out += line(row, widths: widths)
            for note in notes[r] ?? [] { out += Self.hangingNote(note, width: width) }
        }
        return out
    }

    /// A note under a row, its continuation lines lined up after its label
    /// (`    Commentary: ...`).
    static func hangingNote(_ note: String, width: Int) -> [String] {
        if let colon = TextWrap.range(of: ": ", in: note), note.distance(from: note.startIndex, to: colon.lowerBound) <= 24 {
            return TextWrap.hanging("    " + note[..<colon.upperBound], String(note[colon.upperBound...]), width: width)
        }
        return TextWrap.hanging("    ", note, width: width)
    }

    private func line(_ cells: [String], widths: [Int]) -> [String] {
        // Nearly every row fits its columns as it is: lay it out without wrapping any cell.
        if let single = singleLine(cells, widths: widths) { return [single] }
        let wrapped = cells.indices.map { TextWrap.lines(cells[$0], width: widths[$0]) }
        let height = wrapped.map(\.count).max() ?? 1
        var out: [String] = []
        out.reserveCapacity(height)
        // Each line is laid out in one byte buffer rather than joined from padded strings.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128)
        for l in 0..<height {
            bytes.removeAll(keepingCapacity: true)
            for i in cells.indices {
                if i > 0 {
                    bytes.append(UInt8(ascii: " "))
                    bytes.append(UInt8(ascii: " "))
                }
                let text = l < wrapped[i].count ? wrapped[i][l] : ""
                let gap = max(0, widths[i] - TextWrap.columns(text))
                if columns[i].rightAligned { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: gap)) }
                bytes.append(contentsOf: text.utf8)
                if !columns[i].rightAligned { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: gap)) }
            }
            out.append(TextWrap.trimmedRight(String(decoding: bytes, as: UTF8.self)))
        }
        return out
    }

    /// The row's one line when every cell fits its column unwrapped, else nil.
    private func singleLine(_ cells: [String], widths: [Int]) -> String? {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: cells.count) { measured -> String? in
            for i in cells.indices {
                guard let cellColumns = TextWrap.unchangedColumns(cells[i], width: widths[i]) else { return nil }
                measured[i] = cellColumns
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(128)
            for i in cells.indices {
                if i > 0 {
                    bytes.append(UInt8(ascii: " "))
                    bytes.append(UInt8(ascii: " "))
                }
                let gap = max(0, widths[i] - measured[i])
                if columns[i].rightAligned { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: gap)) }
                bytes.append(contentsOf: cells[i].utf8)
                if !columns[i].rightAligned { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: gap)) }
            }
            return TextWrap.trimmedRight(String(decoding: bytes, as: UTF8.self))
        }
    }
}
