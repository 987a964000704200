import Foundation

/// Names for files written before they are renamed into place.
enum TemporaryPath {
    /// A hidden sibling of `final`, unique to this process: `Reports/.x.xlsx.tmp-1234`.
    static func beside(_ final: String) -> String {
        let url = URL(fileURLWithPath: final)
        let folder = url.deletingLastPathComponent().path
        return "\(folder)/.\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)"
    }
}
