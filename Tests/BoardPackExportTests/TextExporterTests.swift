import BoardPackCore
import BoardPackTestSupport
import Foundation
import Testing

@testable import BoardPackExport

@Suite("text pack")
struct TextExporterTests {
    let text = TextExporter().render(SamplePack.pack)
    var lines: [String] { text.components(separatedBy: "\n") }

    @Test func everyLineFitsIn100ColumnsWithNoTrailingSpaces() {
        for (i, line) in lines.enumerated() {
            #expect(line.count <= 100, "line \(i + 1) has \(line.count) columns: \(line)")
            #expect(!line.hasSuffix(" "), "line \(i + 1) ends in a space")
        }
        #expect(text.hasSuffix("\n"))
        #expect(!text.contains("\u{1B}"), "no terminal colour codes")
    }

    @Test func sectionsComeInTheBriefsOrder() throws {
        let headings = ["1 Summary", "2 Exceptions", "3 KPI scorecard", "4 Roadmap and milestones", "5 Stage gates",
                        "6 Finance", "7 Risks", "8 Data quality", "Key"]
        let positions = try headings.map { heading in try #require(lines.firstIndex(of: heading), "missing \(heading)") }
        #expect(positions == positions.sorted())
        #expect(lines.first == "OFFICIAL")
        #expect(lines.dropLast().last == "OFFICIAL")
        #expect(text.contains("OVERALL STATUS: \(SamplePack.pack.overall.label)"))
    }

    @Test func statusesAreWordsWithSymbolsNeverBareColour() {
        for status in Set(SamplePack.pack.kpis.map(\.status)) {
            #expect(text.contains(status.label), "\(status.word) should appear as \(status.label)")
        }
        for status in Status.allCases { #expect(text.contains("\(status.label)")) }
    }

    @Test func unitsAreFormattedForReaders() {
        #expect(text.contains("72.5%"))
        #expect(text.contains("80.0%"))
        #expect(text.contains("12,850"))
        #expect(text.contains("5.5 days"))
        #expect(text.contains("£4") || text.contains("£2"))
        #expect(text.contains("Ongoing"))
        #expect(FigureText.format(210000, unit: .gbp) == "£210,000")
        #expect(FigureText.format(Decimal(string: "1250.5")!, unit: .gbp) == "£1,250.50")
        #expect(FigureText.format(-800, unit: .gbp) == "-£800")
        #expect(FigureText.format(Decimal(string: "96.0731")!, unit: .percent) == "96.1%")
        #expect(FigureText.format(1, unit: .days) == "1 day")
        #expect(FigureText.format(Decimal(string: "3.5")!, unit: .hours) == "3.5 hrs")
    }

    @Test func financeShowsSavingsPercentToOneDecimalPlace() {
        #expect(text.contains("4.2%"))
        #expect(text.contains("11.1%"))
        #expect(text.contains("£1,095,284"))
    }

    @Test func formulaLookingCommentaryIsPrintedAsText() {
        #expect(text.contains("=SUM(A1:A2)"))
        #expect(text.contains("-Supplier delay on storage shelves"))
        #expect(text.contains("@helpdesk: return not received"))
    }

    @Test func longCommentaryWrapsWithAHangingIndent() {
        var pack = SamplePack.pack
        let long = String(repeating: "The supplier has confirmed a revised delivery plan. ", count: 8)
        pack.kpis[0].commentary = long
        let rendered = TextExporter().render(pack).components(separatedBy: "\n")
        let start = rendered.firstIndex { $0.contains("Commentary: The supplier has confirmed") }
        #expect(start != nil)
        if let start {
            let continuation = rendered[start + 1]
            #expect(continuation.hasPrefix(String(repeating: " ", count: 8)))
            #expect(rendered.allSatisfy { $0.count <= 100 })
        }
    }

    @Test func changesSayWhetherTheyAreBetterOrWorse() {
        #expect(TextPackWriter.direction(from: .green, to: .red) == "\u{00A0}(worse)")
        #expect(TextPackWriter.direction(from: .amber, to: .blue) == "\u{00A0}(better)")
        #expect(TextPackWriter.direction(from: .green, to: .noData) == "")
        #expect(text.contains("Overall: ▲ AMBER → ✖ RED (worse)"))
        #expect(!text.contains("\u{00A0}"), "the pack prints plain spaces")
    }

    @Test func correctiveActionIsPulledOutOfTheCommentary() {
        #expect(TextPackWriter.correctiveAction(in: "Backlog. Action: weekend overtime.") == "weekend overtime.")
        #expect(TextPackWriter.correctiveAction(in: "No plan yet.") == nil)
    }

    @Test func wideProgrammesFallBackToOneColumnAYear() {
        var pack = SamplePack.pack
        pack.plan.programme.start = Day(iso: "2010-04-01")!
        pack.plan.programme.end = Day(iso: "2030-03-31")!
        let rendered = TextExporter().render(pack)
        #expect(rendered.components(separatedBy: "\n").allSatisfy { $0.count <= 100 })
        #expect(!rendered.contains("Q1Q2Q3Q4"))
    }

    @Test func sameInputsGiveTheSameBytes() {
        #expect(TextExporter().render(SamplePack.pack) == text)
    }
}
