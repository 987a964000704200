import BoardPackTestSupport
import BoardPackCore
import Foundation
import Synchronization
import Testing
@testable import BoardPackXLSX

@Suite("xlsx board pack")
struct XLSXExporterTests {
    @Test("the exporter is registered under the name xlsx with extension xlsx")
    func descriptor() {
        #expect(XLSXExporter.descriptor.name == "xlsx")
        #expect(XLSXExporter.descriptor.kind == .exporter)
        #expect(XLSXExporter.fileExtension == "xlsx")
    }

    @Test("writes a workbook that passes the openpyxl checks", arguments: [false, true])
    func writesCheckedWorkbook(constantMemory: Bool) throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("3c-ict-2017-18-Q3.xlsx").path
        // Constant memory streams rows as they are written, so it also proves every sheet
        // writes its rows in order.
        try XLSXExporter(constantMemory: constantMemory).write(SamplePack.pack, to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: [0x50, 0x4B]), "an xlsx file is a zip archive")

        let run = try TestFiles.python([TestFiles.checker, path])
        #expect(run.status == 0, "check_workbook.py failed:\n\(run.output)")
        #expect(run.output.contains(" passed, 0 failed"), "\(run.output)")
    }

    @Test("the same pack gives the same bytes")
    func deterministic() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let first = folder.appendingPathComponent("a.xlsx").path
        let second = folder.appendingPathComponent("b.xlsx").path
        try XLSXExporter().write(SamplePack.pack, to: first)
        try XLSXExporter().write(SamplePack.pack, to: second)
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a.count > 10_000)
        #expect(a == b)
    }

    @Test("KPI figures and histories arriving stretch by stretch, out of order, give the bytes of the pack scored at once")
    func writtenWhileScored() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let pack = SamplePack.large(kpiFigures: 10_000)
        #expect(pack.kpiHistory.count > 1)
        let stretches = 5
        let inProgress = PackInProgress(
            plan: pack.plan, period: pack.period, kpiStretchCount: stretches,
            historyQuarters: KPIHistory.quarters(of: pack.kpiHistory))
        // Published from another thread, last stretch first, the pack only after them all.
        let scoring = Thread {
            func part<Item>(_ items: [Item], _ stretch: Int) -> [Item] {
                Array(items[(items.count * stretch / stretches)..<(items.count * (stretch + 1) / stretches)])
            }
            for stretch in (0..<stretches).reversed() {
                Thread.sleep(forTimeInterval: 0.02)
                inProgress.publish(stretch: stretch, part(pack.kpis, stretch), history: part(pack.kpiHistory, stretch))
            }
            inProgress.finish(pack)
        }
        scoring.start()
        let streamed = folder.appendingPathComponent("streamed.xlsx").path
        let atOnce = folder.appendingPathComponent("at-once.xlsx").path
        try XLSXExporter().write(inProgress, to: streamed, spareCore: {})
        try XLSXExporter().write(pack, to: atOnce)
        let a = try Data(contentsOf: URL(fileURLWithPath: streamed))
        #expect(a.count > 100_000)
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: atOnce))))
    }

    @Test("the exporter spares a core once, when every row is built and before the file is written")
    func sparesACoreBeforeWritingTheFile() throws {
        #expect(XLSXExporter.writesLongest)
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("pack.xlsx").path
        // Each call notes whether the file was there yet: libxlsxwriter writes it on closing.
        let calls = Mutex<[Bool]>([])
        try XLSXExporter().write(SamplePack.large(kpiFigures: 2_000), to: path) {
            calls.withLock { $0.append(FileManager.default.fileExists(atPath: path)) }
        }
        #expect(calls.withLock { $0 } == [false])
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("the workbook's creation date is the report date")
    func createdIsReportDate() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("pack.xlsx").path
        try XLSXExporter().write(SamplePack.pack, to: path)
        let run = try TestFiles.openpyxl("print(wb.properties.created.isoformat())", path)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "2017-12-31T00:00:00")
    }

    @Test("writing into a folder that does not exist throws libxlsxwriter's reason and leaves no file")
    func missingFolder() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("no-such-folder/pack.xlsx").path
        let error = #expect(throws: XLSXError.self) {
            try XLSXExporter().write(SamplePack.pack, to: path)
        }
        #expect(error?.path == path)
        #expect(error?.operation == "close workbook")
        #expect(error?.reason == "Error creating output xlsx file. Usually a permissions error.")
        #expect(error?.description == "cannot write \(path) (close workbook): Error creating output xlsx file. Usually a permissions error.")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a pack with 10,000 KPI figures writes", arguments: [false, true])
    func tenThousandRows(constantMemory: Bool) throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("large.xlsx").path
        try XLSXExporter(constantMemory: constantMemory).write(SamplePack.large(kpiFigures: 10_000), to: path)
        let run = try TestFiles.python([
            "-c",
            "import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1], read_only=True)['KPIs']\n"
                + "rows = list(ws.iter_rows(min_row=10001, max_row=10001, values_only=True))\n"
                + "print(ws.max_row, rows[0][0], rows[0][7])",
            path,
        ])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "10001 K-9999 99.5")
    }

    @Test("commentary that looks like a formula stays text")
    func noFormulaInjection() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("pack.xlsx").path
        try XLSXExporter().write(SamplePack.pack, to: path)
        let script = """
            found = []
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    for c in row:
                        ours = c.data_type == 'f' and ws.cell(row=c.row, column=1).value == 'Total'
                        if isinstance(c.value, str) and c.value[:1] in '=+-@' and not ours:
                            found.append(ws.title + ':' + c.data_type + ':' + c.value)
            print('\\n'.join(sorted(set(found))))
            """
        let run = try TestFiles.openpyxl(script, path)
        #expect(run.status == 0, "\(run.output)")
        let lines = Set(run.output.split(separator: "\n").map(String.init))
        for expected in [
            "KPIs:s:=SUM(A1:A2)", "Exceptions:s:=SUM(A1:A2)", "Summary:s:=SUM(A1:A2)", "KPIs:s:+2 outages in November",
            "KPIs:s:-1 engineer on long-term leave", "KPIs:s:@helpdesk: return not received",
            "Milestones:s:+ started before the gate", "Risks:s:=HYPERLINK(\"http://x\")",
        ] {
            #expect(lines.contains(expected), "missing \(expected) in \(lines.sorted())")
        }
        // Only our own totals (rows labelled Total) are formulas.
        #expect(!lines.contains { $0.contains(":f:") }, "\(lines.sorted())")
    }

    @Test("KPI figures keep their numbers and carry unit formats; status KPIs show words")
    func kpiFigures() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("pack.xlsx").path
        try XLSXExporter().write(SamplePack.pack, to: path)
        let script = """
            ws = wb['KPIs']
            for r in range(2, ws.max_row + 1):
                v = ws.cell(row=r, column=8)
                print(ws.cell(row=r, column=1).value, ws.cell(row=r, column=3).value, repr(v.value), v.number_format, ws.cell(row=r, column=9).value)
            """
        let run = try TestFiles.openpyxl(script, path)
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "KPI-1 Overall 72.5 0.0\"%\" ✖ RED")
        #expect(lines.contains("SAV-Q Overall 45000 £#,##0 ▲ AMBER"))
        #expect(lines.contains("KPI-3 Overall 12850 General ● GREEN"))
        #expect(lines.contains("BP-2 Overall 'Ongoing' General ▲ AMBER"))
        #expect(lines.contains("KPI-2 HDC 94 0.0\"%\" ▲ AMBER"))
        #expect(lines.contains("KPI-5 Overall None General ? NO_DATA"))
        #expect(lines.count == SamplePack.kpis.count)
    }

    @Test("milestone dates are date cells and the heat map counts risks by band")
    func datesAndHeatMap() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("pack.xlsx").path
        try XLSXExporter().write(SamplePack.pack, to: path)
        let script = """
            ws = wb['Milestones']
            c = ws['E2']
            print(c.is_date, c.value.date().isoformat(), c.number_format)
            ws = wb['Risks']
            cells = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and ' · ' in c.value]
            print(len(cells), cells.count('1 · RED'), cells.count('1 · AMBER'), cells.count('1 · GREEN'), cells.count('0 · RED'))
            """
        let run = try TestFiles.openpyxl(script, path)
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "True 2017-06-30 d mmm yyyy")
        // 25 cells; R1 (3×5) is RED, R2 (3×3) and R4 (2×4) are AMBER, R3 (1×4) GREEN.
        #expect(lines.dropFirst().first == "25 1 2 1 5")
    }

    @Test("the checker fails a workbook that is not a board pack")
    func checkerFails() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("other.xlsx").path
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Summary")
        try sheet.string(0, 0, "not a pack")
        try workbook.close()
        let run = try TestFiles.python([TestFiles.checker, path])
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("FAIL sheets are ['Summary']"), "\(run.output)")
    }
}
