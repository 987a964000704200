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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128)
        // Nearly every row fits its columns as it is: lay it out without wrapping any cell.
        let fitted = cells.indices.map { TextWrap.unchangedColumns(cells[$0], width: widths[$0]) }
        if fitted.allSatisfy({ $0 != nil }) {
            return [layOut(cells, measured: fitted.map { $0 ?? 0 }, widths: widths, into: &bytes)]
        }
        let wrapped = cells.indices.map { TextWrap.lines(cells[$0], width: widths[$0]) }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { l in
            let texts = wrapped.map { l < $0.count ? $0[l] : "" }
            return layOut(texts, measured: texts.map(TextWrap.columns), widths: widths, into: &bytes)
        }
    }

    /// One line from texts that fit their columns (`measured` is each one's width): two
    /// spaces between columns, each text padded on the side away from its alignment, the
    /// end trimmed. Laid out in one byte buffer rather than joined from padded strings.
    private func layOut(_ texts: [String], measured: [Int], widths: [Int], into bytes: inout [UInt8]) -> String {
        bytes.removeAll(keepingCapacity: true)
        for i in texts.indices {
            if i > 0 {
                bytes.append(UInt8(ascii: " "))
                bytes.append(UInt8(ascii: " "))
            }
            let gap = max(0, widths[i] - measured[i])
            if columns[i].rightAligned { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: gap)) }
            bytes.append(contentsOf: texts[i].utf8)
            if !columns[i].rightAligned { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: gap)) }
        }
        return TextWrap.trimmedRight(String(decoding: bytes, as: UTF8.self))
    }
}
