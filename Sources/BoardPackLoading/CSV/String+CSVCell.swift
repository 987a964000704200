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
