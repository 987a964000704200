import BoardPackCore
import Foundation
import Testing

@testable import BoardPackCLI

@Suite("Bundled plans")
struct BundledPlanTests {
    @Test func thereAreFourBundledPlans() {
        #expect(bundledPlans == ["3c-ict", "cambs-peterborough-it", "cumbria-shared-ict", "herts-ict-partnership"])
    }

    @Test("validates with no errors", arguments: bundledPlans)
    func validates(_ plan: String) {
        let result = BoardPackCLI.runCapturing(["validate", repoPath("Plans/\(plan)")])
        #expect(result.code == 0, "\(result.output)\(result.error)")
        #expect(!result.output.contains(": error: "))
    }

    /// The golden text pack of each plan's latest quarter is current.
    @Test("golden text pack is current", arguments: bundledPlans)
    func goldenTextPack(_ plan: String) throws {
        let out = try scratchFolder("golden-\(plan)")
        let result = BoardPackCLI.runCapturing(["report", repoPath("Plans/\(plan)"), "--format", "text", "--out", out])
        #expect(result.code == 0, "\(result.error)")
        let name = try #require(files(in: out).first)
        let golden = repoPath("Reports/\(name)")
        #expect(FileManager.default.fileExists(atPath: golden), "missing golden pack Reports/\(name): run scripts/refresh-golden")
        let expected = try read(golden), actual = try read("\(out)/\(name)")
        #expect(actual == expected, "Reports/\(name) is out of date: run scripts/refresh-golden and review the diff")
    }

    /// Every format of every plan, and the workbook read back by an independent reader
    /// (openpyxl) and compared with the json pack.
    @Test("writes json, text and xlsx; openpyxl reads the workbook back", arguments: bundledPlans)
    func allFormats(_ plan: String) throws {
        let out = try scratchFolder("formats-\(plan)")
        let result = BoardPackCLI.runCapturing(["report", repoPath("Plans/\(plan)"), "--out", out])
        #expect(result.code == 0, "\(result.error)")
        let names = files(in: out)
        #expect(names.count == 3)
        let xlsx = try #require(names.first { $0.hasSuffix(".xlsx") })
        let json = try #require(names.first { $0.hasSuffix(".json") })
        let check = try runProcess(
            "/usr/bin/env", ["python3", repoPath("Tests/xlsx/check_workbook.py"), "\(out)/\(xlsx)", "\(out)/\(json)"])
        #expect(check.status == 0, "\(check.output)\n\(check.error)")
        // The json pack against its published schema, read by the jsonschema package.
        let schema = try runProcess(
            "/usr/bin/env", ["python3", repoPath("Tests/json/check_pack.py"), repoPath("docs/pack.schema.json"), "\(out)/\(json)"])
        #expect(schema.status == 0, "\(schema.output)\n\(schema.error)")
    }

    @Test func threeCFinanceMatchesTheSourceDocument() throws {
        let out = try scratchFolder()
        let result = BoardPackCLI.runCapturing(["report", repoPath("Plans/3c-ict"), "--format", "json", "--out", out])
        #expect(result.code == 0, "\(result.error)")
        let name = try #require(files(in: out).first)
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(name)"))
        let text = String(decoding: data, as: UTF8.self)
        let pack = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let finance = try #require(pack["finance"] as? [String: Any])
        let years = try #require(finance["years"] as? [[String: Any]])
        #expect(years.map { ($0["savings_pct"] as? NSNumber)?.doubleValue } == [4.2, 11.1, 13.0, 14.3, 14.3])
        #expect(years.map { $0["year"] as? String } == ["2017/18", "2018/19", "2019/20", "2020/21", "2021/22"])
        #expect((years.last?["cumulative_savings"] as? NSNumber)?.int64Value == 4_261_974)
        #expect(text.contains("\"cumulative_savings\": 4261974,"))
        #expect(text.contains("\"savings_pct\": 13.0"))
    }
}

@Suite("Bundled plans' text packs")
struct BundledTextPackTests {
    static let sections = ["1 Summary", "2 Exceptions", "3 KPI scorecard", "4 Roadmap and milestones",
                           "5 Stage gates", "6 Finance", "7 Risks", "8 Data quality", "Key"]

    @Test("fits 100 columns, has every section in order, and shows statuses as words with symbols",
          arguments: bundledPlans)
    func textPack(_ plan: String) throws {
        let out = try scratchFolder("text-\(plan)")
        let result = BoardPackCLI.runCapturing(["report", repoPath("Plans/\(plan)"), "--format", "text", "--out", out])
        #expect(result.code == 0, "\(result.error)")
        let text = try read("\(out)/\(try #require(files(in: out).first))")
        let lines = text.components(separatedBy: "\n")
        for (i, line) in lines.enumerated() {
            #expect(line.count <= 100, "line \(i + 1) has \(line.count) columns")
            #expect(!line.hasSuffix(" "), "line \(i + 1) ends in a space")
        }
        let positions = try Self.sections.map { try #require(lines.firstIndex(of: $0), "no section \($0)") }
        #expect(positions == positions.sorted())
        #expect(text.contains("OVERALL STATUS: "))
        // In sections 1 to 7 every status word follows its symbol; the Key and the data
        // quality notes explain the words in prose, and a DCA rating is not a status.
        let body = lines[positions[0]..<positions[7]]
        let words = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0.word, $0.symbol) })
        for line in body {
            let tokens = line.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "(),:;.")) }
            for (i, token) in tokens.enumerated() {
                guard let symbol = words[token] else { continue }
                let before = i > 0 ? tokens[i - 1] : ""
                if ["confidence", "DCA"].contains(before) { continue }
                #expect(before == symbol, "\(token) without its symbol in: \(line)")
            }
        }
    }
}
