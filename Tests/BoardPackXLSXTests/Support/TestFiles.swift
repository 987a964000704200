import Foundation
import Testing

/// Temporary folders and the python3 checks the tests run.
enum TestFiles {
    /// The repository root, found from this file.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let checker = root.appendingPathComponent("Tests/xlsx/check_workbook.py").path

    /// A fresh empty folder; removed by the caller with `cleanUp`.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("boardpack-xlsx-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func cleanUp(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs python3 with arguments, returning its exit status and combined output.
    static func python(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Runs a short openpyxl script with the workbook path as `sys.argv[1]`, returning its output.
    static func openpyxl(_ script: String, _ workbook: String) throws -> Run {
        try python(["-c", "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n" + script, workbook])
    }
}
