import BoardPackCore
import BoardPackTestSupport
import Foundation
import Testing

@testable import BoardPackExport

@Suite("json pack")
struct JSONExporterTests {
    let text = JSONExporter().render(SamplePack.pack)

    private func object() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func isValidJSONWithTheBriefsTopLevelKeysInOrder() throws {
        let keys = try object().keys
        let expected = ["schema_version", "programme", "period", "report_date", "overall", "previous_overall", "kpis",
                        "kpi_history", "milestones", "projects", "workstreams", "risks", "finance", "exceptions",
                        "data_quality"]
        #expect(Set(keys) == Set(expected))
        let order = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { line in
            String(line.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(order == expected)
    }

    @Test func headerFields() throws {
        let pack = try object()
        #expect(pack["schema_version"] as? Int == ScoredPack.schemaVersion)
        #expect(pack["period"] as? String == "2017/18 Q3")
        #expect(pack["report_date"] as? String == "2017-12-31")
        #expect(text.hasSuffix("}\n"))
    }

    @Test func kpiEntriesCarryTheComparedFiguresAsExactNumbers() throws {
        let kpis = try #require(try object()["kpis"] as? [[String: Any]])
        let overall = try #require(kpis.first { $0["id"] as? String == "KPI-1" })
        #expect(overall["partner"] is NSNull)
        #expect(overall["status"] as? String == "RED")
        #expect(text.contains("\"value\": 72.5,"))
        let hdc = try #require(kpis.first { $0["id"] as? String == "KPI-2" && $0["partner"] as? String == "HDC" })
        #expect(hdc["status"] as? String == "AMBER")
        #expect(hdc["trend"] as? String == "worsening")
        // Status KPIs give words from their scale, not positions.
        let bp2 = try #require(kpis.first { $0["id"] as? String == "BP-2" })
        #expect(bp2["value"] as? String == "Ongoing")
        #expect(bp2["target"] as? String == "Complete")
    }

    @Test func financeKeepsOneDecimalPlaceAndExactAmounts() throws {
        #expect(text.contains("\"savings_pct\": 4.2,"))
        #expect(text.contains("\"savings_pct\": 11.1,"))
        #expect(text.contains("\"cumulative_savings\": 1095284,"))
        #expect(text.contains("\"amount\": 2935782.245"))
        let finance = try #require(try object()["finance"] as? [String: Any])
        let lines = try #require(finance["lines"] as? [[String: Any]])
        #expect(lines.map { $0["status"] as? String } == ["GREEN", "RED"])
        #expect(lines.first?["year"] as? String == "2017/18")
    }

    @Test func formulaLookingCommentaryIsAPlainString() throws {
        #expect(text.contains("\"commentary\": \"=SUM(A1:A2)\""))
    }

    @Test func numbersNeverUseExponentsOrBinaryFloatingPoint() {
        #expect(DecimalText.plain(Decimal(string: "210000")!) == "210000")
        #expect(DecimalText.plain(Decimal(string: "0.1")! + Decimal(string: "0.2")!) == "0.3")
        #expect(DecimalText.fixed(13, places: 1) == "13.0")
        #expect(DecimalText.fixed(Decimal(string: "14.25")!, places: 1) == "14.3")
        #expect(DecimalText.fixed(Decimal(string: "-0.04")!, places: 1) == "0.0")
        #expect(DecimalText.grouped("4261974") == "4,261,974")
        #expect(DecimalText.grouped("-1250.5") == "-1,250.5")
    }

    @Test func stringsAreEscaped() {
        var w = JSONWriter()
        w.beginObject()
        w.key("s"); w.string("quote \" backslash \\ line\nbell \u{07} tab\t cr\r us\u{1F} £ ✖")
        w.endObject()
        #expect(w.text == "{\n  \"s\": \"quote \\\" backslash \\\\ line\\nbell \\u0007 tab\\t cr\\r us\\u001f £ ✖\"\n}\n")
    }

    @Test func emptyContainersStayOnOneLineAndNestedOnesIndent() {
        var w = JSONWriter()
        w.beginObject()
        w.key("a"); w.beginArray(); w.endArray()
        w.key("o"); w.beginObject(); w.endObject()
        w.key("n"); w.beginArray(); w.number(-12); w.decimal(Decimal(string: "0.050")); w.null(); w.bool(true)
        w.beginObject(); w.key("k"); w.string(nil as String?); w.endObject()
        w.endArray()
        w.endObject()
        #expect(w.text == """
            {
              "a": [],
              "o": {},
              "n": [
                -12,
                0.05,
                null,
                true,
                {
                  "k": null
                }
              ]
            }

            """)
    }

    @Test func sameInputsGiveTheSameBytes() {
        #expect(JSONExporter().render(SamplePack.pack) == text)
    }

    @Test("a large pack streams to its file with the same bytes as rendered whole")
    func writtenFileMatchesRendering() throws {
        // Several megabytes of json, so the writer empties its buffer into the file many times.
        let pack = SamplePack.large(kpiFigures: 12_000)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-json-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try JSONExporter().write(pack, to: path)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.count > 4 * JSONWriter.flushBytes)
        #expect(written == Data(JSONExporter().render(pack).utf8))
    }

    @Test("a file that cannot be created is an error naming it")
    func unwritable() {
        let path = "/nonexistent-folder/pack.json"
        let error = #expect(throws: JSONWriteError.self) { try JSONExporter().write(SamplePack.pack, to: path) }
        #expect(error?.description == "/nonexistent-folder/pack.json: No such file or directory")
    }
}
