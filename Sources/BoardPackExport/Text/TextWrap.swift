import BoardPackCore
import Foundation

/// Word wrapping by characters, for a fixed-width plain-text pack.
///
/// A pack's text is nearly all ASCII plus the pack's own symbols (`✖`, `→`, `£`, `—`), in
/// which every character is one Unicode scalar that nothing can combine with or be
/// canonically equivalent to. Such "simple" text is measured, searched and wrapped on its
/// UTF-8 bytes. Anything else (combining marks, emoji sequences, `\r\n`) keeps the
/// character-by-character path with Foundation's searches, so every text comes out as it
/// always has.
enum TextWrap {
    private static let labels = Status.allCases.map { ($0.label, $0.label.replacingOccurrences(of: " ", with: "\u{00A0}")) }
    /// The labels as bytes, their space made non-breaking (C2 A0).
    private static let labelBytes: [(label: [UInt8], joined: [UInt8])] = Status.allCases.map { status in
        let label = Array(status.label.utf8)
        return (label, label.flatMap { $0 == UInt8(ascii: " ") ? [0xC2, 0xA0] : [$0] })
    }
    private static let spaceRuns: [String] = (0...TextExporter.width).map { String(repeating: " ", count: $0) }

    /// Lines of at most `width` characters; words longer than the width are split. A status
    /// label (`✖ RED`) is never split from its symbol.
    static func lines(_ text: String, width: Int) -> [String] {
        // Most table cells fit their column and wrapping would leave them as they are: also
        // simple text with a label (`● GREEN`, 9 bytes in 7 columns), which the guard below
        // would join and then print as it was.
        let unchanged = wrapsUnchanged(text)
        if unchanged, text.utf8.count <= width { return [text] }
        if unchanged, let length = simpleLength(text), length <= width { return [text] }
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // The status symbols are not ASCII: plain ASCII text holds no label to protect.
            // "\r\n" is one character, so only text without "\r" wraps by bytes.
            if utf8.contains(UInt8(ascii: "\r")) { return characterWrap(text, width: width) }
            return byteWrap(Array(utf8), width: width)
        }
        guard simpleLength(text) != nil else {
            var protected = text
            for (label, joined) in labels where protected.contains(label) {
                protected = protected.replacingOccurrences(of: label, with: joined)
            }
            return characterWrap(protected, width: width).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
        }
        var protected = Array(utf8)
        for (label, joined) in labelBytes { replace(label, with: joined, in: &protected) }
        return byteWrap(protected, width: width, printingNonBreakingSpaces: true)
    }

    /// The text's width when ``lines(_:width:)`` would give it back as its one line, else nil.
    static func unchangedColumns(_ text: String, width: Int) -> Int? {
        guard wrapsUnchanged(text) else { return nil }
        if let length = simpleLength(text) { return length <= width ? length : nil }
        return text.utf8.count <= width ? text.count : nil
    }

    /// `first` then the wrapped text, continuation lines indented to line up after it:
    /// `    Commentary: the text that goes on`.
    static func hanging(_ label: String, _ text: String, width: Int) -> [String] {
        let labelWidth = columns(label)
        let indent = spaces(labelWidth)
        var out: [String] = []
        for (i, line) in lines(text, width: width - labelWidth).enumerated() {
            out.append(trimmedRight((i == 0 ? label : indent) + line))
        }
        return out
    }

    static func trimmedRight(_ s: String) -> String {
        let utf8 = s.utf8
        guard utf8.last == UInt8(ascii: " ") else { return s }
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") {
            end = utf8.index(before: end)
        }
        // After an ASCII character (or nothing) each space is a character of its own; after
        // anything else it might belong to that character, so trim by characters.
        guard end == utf8.startIndex || utf8[utf8.index(before: end)] < 0x80 else {
            var s = Substring(s)
            while s.last == " " { s.removeLast() }
            return String(s)
        }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }

    static func padded(_ s: String, _ width: Int, right: Bool = false) -> String {
        let gap = width - columns(s)
        guard gap > 0 else { return s }
        return right ? spaces(gap) + s : s + spaces(gap)
    }

    /// `count` spaces.
    static func spaces(_ count: Int) -> String {
        count < spaceRuns.count ? spaceRuns[max(0, count)] : String(repeating: " ", count: count)
    }

    /// The text's width in characters (`count`), without grapheme breaking for simple text.
    static func columns(_ s: String) -> Int { simpleLength(s) ?? s.count }

    /// The characters in `text` when it is simple (each character one scalar that nothing
    /// combines with or is canonically equivalent to), nil otherwise.
    static func simpleLength(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { utf8 -> Int? in
            var i = 0, count = 0
            while i < utf8.count {
                let lead = utf8[i]
                if lead < 0x80 {
                    if lead == UInt8(ascii: "\r") { return nil }
                    i += 1
                } else if lead < 0xE0 {
                    // Swift strings hold valid UTF-8, so a lead byte's continuation bytes are there.
                    let scalar = UInt32(lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                    guard isSimple(scalar) else { return nil }
                    i += 2
                } else if lead < 0xF0 {
                    let scalar = UInt32(lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                    guard isSimple(scalar) else { return nil }
                    i += 3
                } else {
                    // Beyond the Basic Multilingual Plane: emoji and rarer scripts.
                    return nil
                }
                count += 1
            }
            return count
        }
    }

    /// Where `needle` first occurs in `text`, as Foundation's `range(of:)` finds it.
    static func range(of needle: String, in text: String) -> Range<String.Index>? {
        guard simpleLength(text) != nil, simpleLength(needle) != nil else { return text.range(of: needle) }
        let haystack = text.utf8, pattern = Array(needle.utf8)
        guard let first = pattern.first, haystack.count >= pattern.count else { return nil }
        var start = haystack.startIndex
        while let found = haystack[start...].firstIndex(of: first) {
            if let end = haystack.index(found, offsetBy: pattern.count, limitedBy: haystack.endIndex),
               haystack[found..<end].elementsEqual(pattern) {
                return found..<end
            }
            start = haystack.index(after: found)
        }
        return nil
    }

    // MARK: Wrapping

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

    /// Scalars from the blocks a pack's text uses, none of which combines with a neighbour,
    /// is a control that joins (`\r`), or decomposes canonically into ASCII or a label's symbol.
    private static func isSimple(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0D: return false
        case 0..<0x300: return true  // ASCII, Latin-1, Latin Extended (combining marks start at U+0300)
        case 0x2010...0x205E: return true  // dashes, quotes, bullets, ellipsis (not the zero-width joiners)
        case 0x20A0...0x20C0: return true  // currency signs
        case 0x2190...0x22FF: return true  // arrows, mathematical operators (⊘)
        case 0x2500...0x27BF: return true  // box drawing, blocks, shapes, symbols, dingbats (✖ ✔)
        default: return false
        }
    }

    /// Every occurrence of `label`, left to right, becomes `joined`.
    private static func replace(_ label: [UInt8], with joined: [UInt8], in bytes: inout [UInt8]) {
        guard let first = label.first, bytes.count >= label.count else { return }
        var out: [UInt8] = []
        var i = 0, copied = 0
        while i <= bytes.count - label.count {
            if bytes[i] == first, bytes[i..<(i + label.count)].elementsEqual(label) {
                if out.isEmpty { out.reserveCapacity(bytes.count + 8) }
                out.append(contentsOf: bytes[copied..<i])
                out.append(contentsOf: joined)
                i += label.count
                copied = i
            } else {
                i += 1
            }
        }
        guard copied > 0 else { return }
        out.append(contentsOf: bytes[copied...])
        bytes = out
    }

    /// ``characterWrap(_:width:)`` for ASCII or simple text, counting a character at each
    /// byte that starts a scalar.
    private static func byteWrap(_ text: [UInt8], width: Int, printingNonBreakingSpaces: Bool = false) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        var line: [UInt8] = []
        var lineCount = 0
        func emit(_ bytes: ArraySlice<UInt8>) {
            guard printingNonBreakingSpaces, bytes.contains(0xA0) else {
                lines.append(String(decoding: bytes, as: UTF8.self))
                return
            }
            var printed: [UInt8] = []
            printed.reserveCapacity(bytes.count)
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0xA0 && previous == 0xC2 {
                    printed[printed.count - 1] = UInt8(ascii: " ")
                } else {
                    printed.append(byte)
                }
                previous = byte
            }
            lines.append(String(decoding: printed, as: UTF8.self))
        }
        func characters(_ range: Range<Int>) -> Int {
            var count = 0
            for i in range where text[i] & 0xC0 != 0x80 { count += 1 }
            return count
        }
        // Paragraphs end at "\n", words at runs of spaces, scanned in place rather than split.
        var paragraphStart = 0
        while true {
            let paragraphEnd = text[paragraphStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
            line.removeAll(keepingCapacity: true)
            lineCount = 0
            var i = paragraphStart
            while i < paragraphEnd {
                if text[i] == UInt8(ascii: " ") { i += 1; continue }
                var wordStart = i
                while i < paragraphEnd, text[i] != UInt8(ascii: " ") { i += 1 }
                var count = characters(wordStart..<i)
                while count > width {
                    if !line.isEmpty {
                        emit(line[...])
                        line.removeAll(keepingCapacity: true)
                        lineCount = 0
                    }
                    // Cut before the scalar that would be character `width + 1`.
                    var cut = wordStart, seen = 0
                    while cut < i {
                        if text[cut] & 0xC0 != 0x80 {
                            if seen == width { break }
                            seen += 1
                        }
                        cut += 1
                    }
                    emit(text[wordStart..<cut])
                    wordStart = cut
                    count -= width
                }
                if line.isEmpty {
                    line.append(contentsOf: text[wordStart..<i])
                    lineCount = count
                } else if lineCount + 1 + count <= width {
                    line.append(UInt8(ascii: " "))
                    line.append(contentsOf: text[wordStart..<i])
                    lineCount += 1 + count
                } else {
                    emit(line[...])
                    line.removeAll(keepingCapacity: true)
                    line.append(contentsOf: text[wordStart..<i])
                    lineCount = count
                }
            }
            emit(line[...])
            guard paragraphEnd < text.count else { break }
            paragraphStart = paragraphEnd + 1
        }
        return lines.isEmpty ? [""] : lines
    }

    /// Wraps by characters: the general path, and the one the byte paths must match.
    static func characterWrap(_ text: String, width: Int) -> [String] {
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
}
