import BoardPackCore
import BoardPackTestSupport
import Foundation
import Synchronization
import Testing
@testable import BoardPackXLSX

@Suite("libxlsxwriter layer")
struct WorkbookLayerTests {
    @Test("a look used for many cells is one format")
    func formatsAreCached() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let workbook = try Workbook(path: folder.appendingPathComponent("f.xlsx").path)
        let sheet = try workbook.addWorksheet(named: "Data")
        for row in 0..<1000 {
            try sheet.number(row, 0, Double(row), PackStyles.percentFigure)
            try sheet.string(row, 1, "text \(row)", PackStyles.wrapped)
        }
        #expect(workbook.formatCount == 2)
        try workbook.close()
    }

    @Test("a cell beyond Excel's limits is an error naming the sheet, not a crash")
    func outOfRange() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("r.xlsx").path
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Data")
        let error = #expect(throws: XLSXError.self) { try sheet.string(Worksheet.maxRows, 0, "x") }
        #expect(error?.reason == "Worksheet row or column index out of range.")
        #expect(error?.operation == "write text on Data")
    }

    @Test("writing rows out of order in constant-memory mode surfaces libxlsxwriter's error")
    func constantMemoryOrder() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let workbook = try Workbook(path: folder.appendingPathComponent("c.xlsx").path, constantMemory: true)
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.number(5, 0, 1.0)
        let error = #expect(throws: XLSXError.self) { try sheet.number(2, 0, 1.0) }
        #expect(error?.description.hasSuffix("(write a number to Data!A3): Worksheet row or column index out of range.") == true)
    }

    @Test("an invalid sheet name is refused with the library's reason")
    func badSheetName() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let workbook = try Workbook(path: folder.appendingPathComponent("n.xlsx").path)
        let error = #expect(throws: XLSXError.self) { _ = try workbook.addWorksheet(named: "Risks [draft]") }
        #expect(error?.reason.contains("invalid characters") == true, "\(String(describing: error))")
    }

    @Test("a closed workbook cannot be written to")
    func closedWorkbook() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let workbook = try Workbook(path: folder.appendingPathComponent("x.xlsx").path)
        let sheet = try workbook.addWorksheet(named: "Data")
        try workbook.close()
        let error = #expect(throws: XLSXError.self) { try sheet.string(0, 0, "late", PackStyles.text) }
        #expect(error?.reason == "the workbook is already closed")
    }

    @Test("sheets recorded on another thread, and written on one thread or two, give the same bytes")
    func recordedOnAnotherThread() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let pack = SamplePack.large(kpiFigures: 10_000)
        // Whether the sheets are recorded on a thread of their own; which sheets' cells a
        // second thread writes (nil: the pack's choice). Every sheet on the second thread
        // keeps back its charts, conditional formats and the active sheet for the first.
        let ways: [(overlapped: Bool, second: [String]?)] = [
            (false, []), (true, []), (false, nil), (true, nil), (true, PackWorkbook.sheetNames),
        ]
        var bytes: [Data] = []
        for (i, way) in ways.enumerated() {
            let path = folder.appendingPathComponent("p\(i).xlsx").path
            try NumericLocale.withCNumerics(path: path) {
                let workbook = try Workbook(path: path, constantMemory: true)
                let sheets = try PackWorkbook(pack: pack, workbook: workbook)
                if let second = way.second { workbook.writeOnSecondThread(sheets: second) }
                if way.overlapped {
                    try workbook.write(recording: sheets.write)
                } else {
                    try sheets.write()
                    try workbook.close()
                }
            }
            bytes.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(!PackWorkbook.secondThreadSheets.isEmpty)
        #expect(bytes[0].count > 10_000)
        for (i, written) in bytes.enumerated().dropFirst() {
            #expect(written == bytes[0], "way \(i): \(ways[i])")
        }
    }

    @Test(
        "a library failure on either writing thread is thrown as it was made, the earlier of two, and no file is written",
        arguments: [(secondFailsFirst: true, expected: "merge Second!A20001:A20001"), (false, "merge First!B3:B3")])
    func failureOnTheSecondThread(secondFailsFirst: Bool, expected: String) throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let (path, workbook, first, second) = try Self.firstAndSecond(in: folder, file: "s.xlsx")
        workbook.writeOnSecondThread(sheets: ["Second"])
        // libxlsxwriter refuses to merge a single cell only when the call reaches it.
        let spared = Mutex(0)
        let error = #expect(throws: XLSXError.self) {
            try workbook.write(
                recording: {
                    if !secondFailsFirst { try first.merge(rows: 2...2, columns: 1...1, "one cell") }
                    // More rows than a chunk, so the second thread is still busy when the first goes on.
                    for row in 0..<20_000 { try second.number(row, 0, Double(row), PackStyles.percentFigure) }
                    try second.merge(rows: 20_000...20_000, columns: 0...0, "one cell")
                    for row in 0..<20_000 { try first.number(row + 3, 0, Double(row), PackStyles.percentFigure) }
                    try first.merge(rows: 20_003...20_003, columns: 1...1, "one cell")
                },
                recorded: { spared.withLock { $0 += 1 } })
        }
        #expect(error?.operation == expected)
        #expect(error?.reason.isEmpty == false)
        #expect(!FileManager.default.fileExists(atPath: path))
        // The core is spared once, failure or not.
        #expect(spared.withLock { $0 } == 1)
    }

    @Test("a mistake in a later sheet is reported as made and no file is written")
    func failureWhileRecording() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let (path, workbook, first, second) = try Self.firstAndSecond(in: folder, file: "e.xlsx")
        let error = #expect(throws: XLSXError.self) {
            try workbook.write {
                // More rows than one chunk, so the writing thread is busy when the mistake comes.
                for row in 0..<20_000 { try first.number(row, 0, Double(row), PackStyles.percentFigure) }
                try second.string(3, 0, "fine")
                try second.string(1, 0, "too late: row 4 is already on disk")
            }
        }
        #expect(error?.operation == "write text to Second!A2")
        #expect(error?.reason == "Worksheet row or column index out of range.")
        #expect(!FileManager.default.fileExists(atPath: path))
        let late = #expect(throws: XLSXError.self) { try first.string(30_000, 0, "after") }
        #expect(late?.reason == "the workbook is already closed")
    }

    @Test("page header and footer escape ampersands and carry period, classification and page numbers")
    func printSetup() {
        let setup = PrintSetup(repeatRows: 0...0, title: "3C ICT & Digital Strategy", period: "2017/18 Q3", classification: "OFFICIAL")
        #expect(setup.header == "&L&\"-,Bold\"3C ICT && Digital Strategy&ROFFICIAL")
        #expect(setup.footer == "&L3C ICT && Digital Strategy · 2017/18 Q3&COFFICIAL&RPage &P of &N")
        let long = PrintSetup(repeatRows: nil, title: String(repeating: "&", count: 400), period: "2017/18 Q3", classification: String(repeating: "&", count: 100))
        #expect(long.header.count <= 255)
        #expect(long.footer.count <= 255)
    }

    /// A constant-memory workbook at `file` in `folder`, with the sheets First and Second.
    private static func firstAndSecond(
        in folder: URL, file: String
    ) throws -> (path: String, workbook: Workbook, first: Worksheet, second: Worksheet) {
        let path = folder.appendingPathComponent(file).path
        let workbook = try Workbook(path: path, constantMemory: true)
        return (path, workbook, try workbook.addWorksheet(named: "First"), try workbook.addWorksheet(named: "Second"))
    }

    @Test("column names", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(column: Int, name: String) {
        #expect(Worksheet.columnName(column) == name)
    }
}
