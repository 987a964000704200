import Foundation
import Testing

@testable import BoardPackCLI

/// The repository's top folder, found from this file.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A path under the repository.
func repoPath(_ relative: String) -> String { repositoryRoot.appendingPathComponent(relative).path }

/// The bundled plans, by folder name.
let bundledPlans: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: repoPath("Plans"))) ?? []
    return names.filter { FileManager.default.fileExists(atPath: repoPath("Plans/\($0)/plan.yaml")) }.sorted()
}()

/// A fresh, empty folder for one test, named after it (no clock, no randomness needed:
/// the name is unique per test and cleared first).
func scratchFolder(_ name: String = #function) throws -> String {
    let safe = name.map { $0.isLetter || $0.isNumber ? $0 : "-" }
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("boardpack-cli-tests-\(ProcessInfo.processInfo.processIdentifier)")
        .appendingPathComponent(String(safe)).path
    try? FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Copies a folder (e.g. a bundled plan) into a scratch folder and returns the copy's path.
func copyOfFolder(_ source: String, into scratch: String, as name: String) throws -> String {
    let destination = "\(scratch)/\(name)"
    try FileManager.default.copyItem(atPath: source, toPath: destination)
    return destination
}

func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
        atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

func read(_ path: String) throws -> String {
    try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
}

func files(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

/// Runs a program to completion and returns its exit status, standard output and error.
func runProcess(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                currentDirectory: String? = nil) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}
