import BoardPackCore

/// Word wrapping by characters, for a fixed-width plain-text pack.
enum TextWrap {
    private static let labels = Status.allCases.map { ($0.label, $0.label.replacingOccurrences(of: " ", with: "\u{00A0}")) }

    /// Lines of at most `width` characters; words longer than the width are split. A status
    /// label (`✖ RED`) is never split from its symbol.
    static func lines(_ text: String, width: Int) -> [String] {
        // Most table cells fit their column and wrapping would leave them as they are.
        if text.utf8.count <= width, wrapsUnchanged(text) { return [text] }
        // The status symbols are not ASCII: plain ASCII text holds no label to protect.
        if text.utf8.allSatisfy({ $0 < 128 }) { return wrap(text, width: width) }
        var protected = text
        for (label, joined) in labels where protected.contains(label) {
            protected = protected.replacingOccurrences(of: label, with: joined)
        }
        return wrap(protected, width: width).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
    }

    /// No line breaks, no runs of spaces and no space at either end: the text a wrap
    /// that fits would give back untouched.
    private static func wrapsUnchanged(_ text: String) -> Bool {
        var previous: UInt8 = 32
        for byte in text.utf8 {
            if byte == 10 || (byte == 32 && previous == 32) { return false }
            // A non-breaking space (C2 A0) only holds words together while wrapping; the pack
            // prints a plain space, so such text takes the wrapping path.
            if byte == 0xA0 && previous == 0xC2 { return false }
            previous = byte
        }
        return previous != 32 || text.isEmpty
    }

    private static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                while word.count > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    lines.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines.isEmpty ? [""] : lines
    }

    /// `first` then the wrapped text, continuation lines indented to line up after it:
    /// `    Commentary: the text that goes on`.
    static func hanging(_ label: String, _ text: String, width: Int) -> [String] {
        let indent = String(repeating: " ", count: label.count)
        return lines(text, width: width - label.count).enumerated().map { i, line in
            (i == 0 ? label : indent) + line
        }.map(trimmedRight)
    }

    static func trimmedRight(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    static func padded(_ s: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - s.count))
        return right ? gap + s : s + gap
    }
}
