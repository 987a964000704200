import BoardPackCore
import Foundation

/// The board pack as plain UTF-8 text, at most 100 columns: for email, intranet pages and
/// screen readers. Every status is a word with a symbol; nothing relies on colour.
public struct TextExporter: Exporter {
    public static let descriptor = PluginDescriptor(
        name: "text", kind: .exporter,
        summary: "The board pack as plain text (100 columns), for email, intranets and screen readers")
    public static let fileExtension = "txt"

    /// The widest line a pack may have.
    public static let width = 100

    public init() {}

    public func write(_ pack: ScoredPack, to path: String) throws {
        try Data(encoded(pack)).write(to: URL(fileURLWithPath: path))
    }

    /// The pack's text, ending in a newline.
    public func render(_ pack: ScoredPack) -> String { String(decoding: encoded(pack), as: UTF8.self) }

    /// The pack's lines as UTF-8, each ending in a newline, gathered in one buffer.
    func encoded(_ pack: ScoredPack) -> [UInt8] {
        let lines = TextPackWriter(pack: pack, width: Self.width).lines()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines {
            bytes.append(contentsOf: line.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }
}
