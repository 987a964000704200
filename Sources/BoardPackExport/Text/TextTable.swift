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
        var widths = columns.indices.map { i in
            ([columns[i].header] + rows.map { $0[i] }).map(\.count).max() ?? 0
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
        if let colon = note.range(of: ": "), note.distance(from: note.startIndex, to: colon.lowerBound) <= 24 {
            return TextWrap.hanging("    " + note[..<colon.upperBound], String(note[colon.upperBound...]), width: width)
        }
        return TextWrap.hanging("    ", note, width: width)
    }

    private func line(_ cells: [String], widths: [Int]) -> [String] {
        let wrapped = cells.indices.map { TextWrap.lines(cells[$0], width: widths[$0]) }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { l in
            let parts = cells.indices.map { i -> String in
                let text = l < wrapped[i].count ? wrapped[i][l] : ""
                return TextWrap.padded(text, widths[i], right: columns[i].rightAligned)
            }
            return TextWrap.trimmedRight(parts.joined(separator: "  "))
        }
    }
}
