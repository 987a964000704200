import Foundation

/// Finds external exporters: `boardpack-export-<name>` in the plan's `plugins/` folder,
/// then on PATH. The first found for a name wins.
public enum ExternalExporters {
    public static let prefix = "boardpack-export-"

    /// Every external exporter, sorted by name.
    public static func discover(planDirectory: String?, searchPath: String?) -> [ExternalExporter] {
        var folders: [String] = []
        if let planDirectory { folders.append("\(planDirectory)/plugins") }
        folders += (searchPath ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        var found: [String: ExternalExporter] = [:]
        for folder in folders {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for entry in entries.sorted() where entry.hasPrefix(prefix) && entry.count > prefix.count {
                let name = String(entry.dropFirst(prefix.count))
                let path = "\(folder)/\(entry)"
                guard found[name] == nil, isExecutableFile(path) else { continue }
                found[name] = ExternalExporter(name: name, path: path)
            }
        }
        return found.values.sorted { $0.name < $1.name }
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }
}
