import BoardPackCore
import Foundation
import Yams

/// Reads typed values out of a composed YAML document, collecting a diagnostic (with line
/// and column) for every problem instead of stopping at the first.
struct YAMLReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func error(_ node: Node?, _ message: String, expected: String? = nil) {
        diagnostics.append(.error(file, line: node?.mark?.line, column: node?.mark?.column, message, expected: expected))
    }

    mutating func warning(_ node: Node?, _ message: String, expected: String? = nil) {
        diagnostics.append(.warning(file, line: node?.mark?.line, column: node?.mark?.column, message, expected: expected))
    }

    /// What a node is, for "is a list; expected a number" messages.
    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping of keys"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// A scalar's text; nil for null (`~`, `null` or nothing).
    static func text(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        if scalar.style == .plain, isNullWord(scalar.string) { return nil }
        return scalar.string
    }

    static func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain, isNullWord(scalar.string) {
            return true
        }
        return false
    }

    private static func isNullWord(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// A mapping's fields, checked against the keys its schema knows and requires.
    mutating func fields(_ node: Node, of what: String, known: [String], required: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(node, "\(what) is \(Self.kind(node))", expected: "a mapping with keys \(ValueText.list(required))")
            return nil
        }
        var values = [Node?](repeating: nil, count: known.count)
        // One pass over the pairs; problems wait for the item's name, found on the way.
        var idText: String?, idSeen = false
        var strays: [(keyNode: Node, key: String?)] = []
        for position in mapping.pairPositions {
            let (keyNode, value) = mapping[position]
            guard let key = Self.text(keyNode) else {
                strays.append((keyNode, nil))
                continue
            }
            if !idSeen, key == "id" {
                idSeen = true
                idText = Self.text(value)
            }
            guard let slot = known.firstIndex(of: key) else {
                strays.append((keyNode, key))
                continue
            }
            values[slot] = value
        }
        // Name the item by its id when it has one: "KPI KPI-2", not "a KPI".
        var what = what
        if what.hasPrefix("a "), let idText { what = "\(what.dropFirst(2)) \(idText)" }
        for (keyNode, key) in strays {
            guard let key else {
                error(keyNode, "a key in \(what) is not a name", expected: "snake_case keys")
                continue
            }
            let hint = ValueText.suggestion(for: key, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
            error(keyNode, "unknown key \"\(key)\" in \(what)\(hint)", expected: "one of \(known.joined(separator: ", "))")
        }
        let fields = Fields(node: node, what: what, known: known, values: values)
        for key in required where fields.given(key).map(Self.isNull) ?? true {
            error(fields.given(key) ?? node, "\(what) has no \"\(key)\"", expected: "\(key): and its value (a required key)")
        }
        return fields
    }

    // MARK: Typed values

    mutating func string(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard case .scalar = node else {
            error(node, "\(key) of \(fields.what) is \(Self.kind(node))", expected: "text")
            return nil
        }
        return Self.text(node)
    }

    mutating func decimal(_ fields: Fields, _ key: String, expected: String = "a number such as 95 or 95.5") -> Decimal? {
        guard let node = fields[key] else { return nil }
        return decimal(node, "\(key) of \(fields.what)", expected: expected)
    }

    mutating func decimal(_ node: Node, _ what: String, expected: String = "a number such as 95 or 95.5") -> Decimal? {
        guard case .scalar = node, let text = Self.text(node) else {
            error(node, "\(what) is \(Self.kind(node))", expected: expected)
            return nil
        }
        guard let value = ValueText.plainDecimal(text) else {
            error(node, "\(what) \"\(text)\" is not a number", expected: expected)
            return nil
        }
        return value
    }

    mutating func integer(_ fields: Fields, _ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let node = fields[key] else { return nil }
        let expected = range.map { "a whole number from \($0.lowerBound) to \($0.upperBound)" } ?? "a whole number"
        guard let text = Self.text(node), let value = ValueText.integer(text) else {
            error(node, "\(key) of \(fields.what) \(Self.text(node).map { "\"\($0)\" " } ?? "")is not a whole number", expected: expected)
            return nil
        }
        if let range, !range.contains(value) {
            error(node, "\(key) of \(fields.what) is \(value)", expected: expected)
            return nil
        }
        return value
    }

    mutating func day(_ fields: Fields, _ key: String) -> Day? {
        guard let node = fields[key] else { return nil }
        guard let text = Self.text(node), let day = Day(iso: text) else {
            error(node, "\(key) of \(fields.what) \"\(Self.text(node) ?? "")\" is not a date", expected: "a real date written YYYY-MM-DD")
            return nil
        }
        return day
    }

    /// A word from a fixed list (an enum's raw values).
    mutating func word<T: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, as _: T.Type) -> T? where T.RawValue == String {
        guard let node = fields[key], let text = Self.text(node) else { return nil }
        if let value = T(rawValue: text) { return value }
        let words = T.allCases.map(\.rawValue)
        let hint = ValueText.suggestion(for: text, among: words).map { " (did you mean \"\($0)\"?)" } ?? ""
        error(node, "\(key) \"\(text)\" of \(fields.what) is not known\(hint)", expected: "one of \(words.joined(separator: ", "))")
        return nil
    }

    /// A list of texts (`[CCC, HDC]`).
    mutating func strings(_ fields: Fields, _ key: String) -> [(String, Node)] {
        guard let node = fields[key] else { return [] }
        guard case .sequence(let sequence) = node else {
            error(node, "\(key) of \(fields.what) is \(Self.kind(node))", expected: "a list such as [A, B]")
            return []
        }
        return sequence.compactMap { item in
            guard let text = Self.text(item) else {
                error(item, "an item of \(key) in \(fields.what) is \(Self.kind(item))", expected: "text")
                return nil
            }
            return (text, item)
        }
    }

    /// A list of mappings, one per item (partners, phases, projects ...).
    mutating func items(_ node: Node?, of what: String) -> [Node] {
        guard let node, !Self.isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            error(node, "\(what) is \(Self.kind(node))", expected: "a list of items, each starting with \"- \"")
            return []
        }
        return Array(sequence)
    }
}

/// A mapping's known keys and their value nodes.
struct Fields {
    let node: Node
    /// How messages name the mapping, e.g. `KPI KPI-1`.
    var what: String
    /// The keys the mapping may have; `values` holds their nodes, position by position. A
    /// schema has a handful of keys, so finding one by comparing short strings beats hashing.
    let known: [String]
    var values: [Node?]

    /// The key's node as written, null or not; nil when the key is absent.
    func given(_ key: String) -> Node? {
        guard let position = known.firstIndex(of: key) else { return nil }
        return values[position]
    }

    subscript(key: String) -> Node? {
        guard let node = given(key), !YAMLReader.isNull(node) else { return nil }
        return node
    }

    func has(_ key: String) -> Bool { self[key] != nil }
}
