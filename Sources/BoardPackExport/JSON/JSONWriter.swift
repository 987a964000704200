import BoardPackCore
import Foundation

/// Two-space indented json written straight into UTF-8 bytes, members in the order they
/// are written, with a newline after the top-level value.
///
/// A scale-5 pack runs to ~50 MB, so nothing is built first as a tree or as Swift strings:
/// every value goes into a byte buffer. Given a file, the writer empties the buffer into it
/// whenever an object or array closes with a megabyte or more waiting.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private let file: UnsafeMutablePointer<FILE>?
    /// The first write error (an errno), if the file refused bytes.
    private var failure: Int32?
    static let flushBytes = 1 << 20
    /// One entry per open object or array: whether it has a member yet, which decides the
    /// comma before the next one and `{}` / `[]` when it closes empty.
    private var containers: [Bool] = []
    /// A key was just written: the next value goes on its line, not on a new one.
    private var afterKey = false
    init(capacity: Int = 0, file: UnsafeMutablePointer<FILE>? = nil) {
        self.file = file
        bytes.reserveCapacity(capacity)
    }

    /// Writes what is left to the file; the first write error, if any.
    mutating func finish() -> Int32? {
        flush()
        return failure
    }

    private mutating func flush() {
        guard let file, !bytes.isEmpty else { return }
        if failure == nil {
            let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            if written != bytes.count { failure = ferror(file) != 0 ? errno : EIO }
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// The document's text so far (for a writer without a file), ending in a newline once
    /// the top-level value is closed.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Containers

    mutating func beginObject() { openContainer(UInt8(ascii: "{")) }
    mutating func endObject() { closeContainer(UInt8(ascii: "}")) }
    mutating func beginArray() { openContainer(UInt8(ascii: "[")) }
    mutating func endArray() { closeContainer(UInt8(ascii: "]")) }

    /// A member's key; its value is whatever is written next.
    mutating func key(_ name: StaticString) {
        newMember()
        bytes.append(UInt8(ascii: "\""))
        // Keys are the exporter's own literals, which need no escaping.
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: Self.keyEnd)
        afterKey = true
    }

    private static let keyEnd: [UInt8] = Array("\": ".utf8)

    // MARK: Values

    mutating func null() {
        beginValue()
        appendLiteral("null")
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        appendLiteral(value ? "true" : "false")
    }

    mutating func string(_ value: String) {
        beginValue()
        var value = value
        value.withUTF8 { appendQuoted($0) }
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func number(_ value: Int) {
        beginValue()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            repeat {
                digits[19 - count] = UInt8(truncatingIfNeeded: magnitude % 10) &+ UInt8(ascii: "0")
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    mutating func number(_ value: Int?) {
        if let value { number(value) } else { null() }
    }

    /// A number already spelled out, e.g. `DecimalText.fixed`'s `8.0`.
    mutating func number(text: String) {
        beginValue()
        bytes.append(contentsOf: text.utf8)
    }

    /// The decimal's exact digits, as ``DecimalText/plain(_:)`` spells them.
    mutating func decimal(_ value: Decimal) {
        beginValue()
        // Zeros, NaNs and extreme exponents are left to Foundation's text.
        if !DecimalText.appendPlain(value, to: &bytes) { bytes.append(contentsOf: DecimalText.plain(value).utf8) }
    }

    mutating func decimal(_ value: Decimal?) {
        if let value { decimal(value) } else { null() }
    }

    // MARK: Layout

    private mutating func openContainer(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        containers.append(false)
    }

    private mutating func closeContainer(_ bracket: UInt8) {
        let hadMembers = containers.popLast() ?? false
        if hadMembers {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
        bytes.append(bracket)
        if containers.isEmpty { bytes.append(UInt8(ascii: "\n")) }
        if file != nil, bytes.count >= Self.flushBytes { flush() }
    }

    /// Before a value: after a key it follows on the same line; in an array it starts a
    /// new member line; at the top level it starts the document.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !containers.isEmpty {
            newMember()
        }
    }

    private mutating func newMember() {
        guard let last = containers.indices.last else { return }
        let comma = containers[last]
        containers[last] = true
        // The comma (after the first member), the line break and the indent in one append.
        let depth = containers.count
        if depth < Self.memberBreaks.count {
            bytes.append(contentsOf: comma ? Self.nextMemberBreaks[depth] : Self.memberBreaks[depth])
        } else {
            if comma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * containers.count))
    }

    /// A line break and the indent of each depth up to 15; then the same after a comma.
    private static let memberBreaks: [[UInt8]] = (0..<16).map { depth in
        [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 2 * depth)
    }
    private static let nextMemberBreaks: [[UInt8]] = memberBreaks.map { [UInt8(ascii: ",")] + $0 }

    private mutating func appendLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// The string in quotes. Only `"`, `\` and control characters need escaping, all ASCII,
    /// so bytes of other characters (always 0x80 and above in UTF-8) are copied as they are.
    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 { appendEscaped(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): appendLiteral("\\\"")
        case UInt8(ascii: "\\"): appendLiteral("\\\\")
        case UInt8(ascii: "\n"): appendLiteral("\\n")
        case UInt8(ascii: "\r"): appendLiteral("\\r")
        case UInt8(ascii: "\t"): appendLiteral("\\t")
        case ..<0x20:
            let hex: StaticString = "0123456789abcdef"
            appendLiteral("\\u00")
            hex.withUTF8Buffer { digits in
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0x0F)])
            }
        default: bytes.append(byte)
        }
    }
}
