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
        try Data(render(pack).utf8).write(to: URL(fileURLWithPath: path))
    }

    /// The pack's text, ending in a newline.
    public func render(_ pack: ScoredPack) -> String {
        TextPackWriter(pack: pack, width: Self.width).lines().joined(separator: "\n") + "\n"
    }
}
