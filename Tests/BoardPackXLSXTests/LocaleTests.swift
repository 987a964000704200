import BoardPackTestSupport
import BoardPackCore
import Foundation
import Glibc
import Testing
@testable import BoardPackXLSX

/// libxlsxwriter prints numbers with snprintf, which follows LC_NUMERIC. Under a
/// comma-decimal locale an unprotected writer would store `1234,5`, which Excel cannot read.
@Suite("xlsx numbers under a comma-decimal locale")
struct LocaleTests {
    static let german = "de_DE.UTF-8"

    /// Runs `work` with the calling thread in the German locale; nil if it is not installed.
    static func inGermanLocale<T>(_ work: () throws -> T) rethrows -> T? {
        guard let german = newlocale(Int32(1) << LC_NUMERIC, LocaleTests.german, nil) else { return nil }
        let previous = uselocale(german)
        defer {
            uselocale(previous)
            freelocale(german)
        }
        return try work()
    }

    @Test("1234.5 is written as 1234.5 when the thread's locale writes 1234,5")
    func commaDecimalLocale() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let path = folder.appendingPathComponent("locale.xlsx").path
        var pack = SamplePack.pack
        pack.kpis[0].value = Decimal(string: "1234.5", locale: Locale(identifier: "en_US_POSIX"))

        let printed = try Self.inGermanLocale { () -> String in
            // The locale really is comma-decimal for C formatting on this thread...
            var buffer = [CChar](repeating: 0, count: 32)
            _ = withVaList([1234.5]) { vsnprintf(&buffer, buffer.count, "%g", $0) }
            // ...and the exporter writes while it is in force.
            try XLSXExporter().write(pack, to: path)
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        guard let printed else {
            Issue.record("the \(Self.german) locale is not installed: run `apt-get install -y locales && sed -i 's/# de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen && locale-gen`")
            return
        }
        #expect(printed == "1234,5", "the test locale must format with a decimal comma")

        let run = try TestFiles.openpyxl(
            "c = wb['KPIs']['H2']\nprint(repr(c.value), c.data_type)", path)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1234.5 n")

        // The whole pack still checks out, numbers compared with a json pack.
        let json = folder.appendingPathComponent("pack.json")
        try Self.json(pack).write(to: json)
        let check = try TestFiles.python([TestFiles.checker, path, json.path])
        #expect(check.status == 0, "check_workbook.py failed:\n\(check.output)")
    }

    @Test("the writer restores the thread's locale afterwards")
    func localeRestored() throws {
        let folder = try TestFiles.folder()
        defer { TestFiles.cleanUp(folder) }
        let after = try Self.inGermanLocale { () -> String in
            try XLSXExporter().write(SamplePack.pack, to: folder.appendingPathComponent("p.xlsx").path)
            var buffer = [CChar](repeating: 0, count: 32)
            _ = withVaList([0.5]) { vsnprintf(&buffer, buffer.count, "%g", $0) }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        guard let after else {
            Issue.record("the \(Self.german) locale is not installed")
            return
        }
        #expect(after == "0,5")
    }

    /// The fields of the json pack the checker compares.
    static func json(_ pack: ScoredPack) throws -> Data {
        func number(_ d: Decimal?) -> Any { d.map { NSDecimalNumber(decimal: $0) } ?? NSNull() }
        let kpis: [[String: Any]] = pack.kpis.map { k in
            let isStatus = k.unit == .status
            let scale = pack.plan.kpis.first { $0.id == k.kpiID }
            return [
                "id": k.kpiID, "partner": k.partner ?? NSNull(), "status": k.status.word,
                "value": isStatus ? (k.value.flatMap { scale?.scaleWord(for: $0) } as Any? ?? NSNull()) : number(k.value),
                "target": isStatus ? (k.target.flatMap { scale?.scaleWord(for: $0) } as Any? ?? NSNull()) : number(k.target),
            ]
        }
        let object: [String: Any] = ["period": pack.periodLabel, "overall": pack.overall.word, "kpis": kpis]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}
