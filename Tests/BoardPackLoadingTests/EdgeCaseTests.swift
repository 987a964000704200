import BoardPackCore
@testable import BoardPackLoading
import Foundation
import Testing

/// Less common shapes of input a loader still has to get right.
@Suite("plan.yaml edge cases")
struct PlanEdgeCaseTests {
    static let programme = """
        programme:
          id: test
          title: Test programme
          start: 2017-04-01
          end: 2019-03-31

        """

    @Test("A tab in the indentation is a YAML error")
    func yamlTab() throws {
        #expect(try Loading.problems(plan: "programme:\n\tid: test\n") == [
            "plan.yaml:2:1: error: the plan is not valid YAML: found character that cannot start any token; expected YAML as in the plan format: \"key: value\" pairs, lists with \"- \", consistent indentation",
        ])
    }

    @Test("A key given twice in one mapping")
    func duplicateKey() throws {
        #expect(try Loading.problems(plan: Self.programme + """
            kpis:
              - id: KPI-1
                title: Satisfaction
                unit: percent
                title: Availability
            """) == [
                "plan.yaml:8:5: error: a key is given twice: title; expected each key once",
            ])
    }

    @Test("An empty plan")
    func emptyPlan() throws {
        #expect(try Loading.problems(plan: "# nothing yet\n") == [
            "plan.yaml:1: error: the plan is empty; expected a programme: section",
        ])
    }

    @Test("A YAML anchor and alias for repeated partner lists")
    func aliases() throws {
        #expect(try Loading.problems(plan: Self.programme + """
            partners:
              - { id: CCC, name: Cambridge City Council }
              - { id: HDC, name: Huntingdonshire District Council }
            kpis:
              - { id: KPI-1, title: Satisfaction, unit: percent, partners: &all [CCC, HDC] }
              - { id: KPI-2, title: Availability, unit: percent, partners: *all }
            """) == [])
    }

    @Test("Per-year targets with a bad year, and targets for a January-start plan")
    func targetYears() throws {
        #expect(try Loading.problems(plan: Self.programme + """
            kpis:
              - { id: KPI-1, title: Satisfaction, unit: percent, target: 80, targets: { "2018/20": 81, 2018: 82 } }
            """) == [
                "plan.yaml:7:77: error: \"2018/20\" in the targets of KPI KPI-1 is not a fiscal year; expected a fiscal year such as \"2017/18\"",
                "plan.yaml:7:92: error: \"2018\" in the targets of KPI KPI-1 is not a fiscal year; expected a fiscal year such as \"2017/18\"",
            ])
        let (_, outcome) = try Loading.load(plan: """
            programme:
              id: test
              title: Test programme
              fiscal_year_start_month: 1
              start: 2019-01-01
              end: 2020-12-31
            kpis:
              - { id: KPI-1, title: Satisfaction, unit: percent, target: 80, targets: { "2020": 85 } }
            """)
        #expect(outcome.diagnostics.map(\.description) == [])
        #expect(outcome.plan?.kpis.first?.targets == [2020: 85])
        #expect(outcome.plan?.programme.fiscalYearStartMonth == 1)
    }
}

@Suite("Returns line numbers")
struct ReturnsLineTests {
    @Test("Blank lines and a byte-order mark are tolerated")
    func blankLinesAndBOM() throws {
        let (_, outcome) = try Loading.load(plan: Loading.returnsPlan, actuals: [
            "kpis.csv": "\u{FEFF}kpi,period,value\r\nKPI-1,2017/18 Q3,82\r\n\r\nKPI-1,2017/18 Q4,83\r\n",
        ])
        #expect(outcome.diagnostics.map(\.description) == [])
        #expect(outcome.returns.kpiValues.map(\.value) == [82, 83])
        #expect(outcome.returns.kpiValues.map { $0.source?.line } == [2, 4])
    }

    @Test("Windows line endings, inside and outside quoted cells, keep line numbers right")
    func crlf() throws {
        let (_, outcome) = try Loading.load(plan: Loading.returnsPlan, actuals: [
            "kpis.csv": "kpi,period,value,commentary\r\nKPI-1,2017/18 Q1,80,\"first line\r\nsecond line\"\r\nKPI-1,2017/18 Q2,9O\r\n",
        ])
        #expect(outcome.returns.kpiValues.first?.commentary == "first line\r\nsecond line")
        #expect(outcome.diagnostics.map(\.line) == [4])
    }

    /// Room for a piece's cells is reserved from its first row and its lines: a first row of
    /// tens of thousands of cells above as many lines must not ask for room for their product.
    @Test("A very wide first row above very many lines is read, with room kept to what the piece holds")
    func wideFirstRowAboveManyLines() {
        let wide = 60_000
        let text = "KPI-1,2017/18 Q1,80" + String(repeating: ",", count: wide) + "\n"
            + String(repeating: "\n", count: wide) + "KPI-1,2017/18 Q2,81\n"
        let piece = CSVPiece.read(text[...], first: false, countNewlines: false)
        #expect(piece.readError == nil)
        #expect(piece.rowEnds.first == 3 + wide)
        #expect(Array(piece.cells.suffix(3)) == ["KPI-1", "2017/18 Q2", "81"])
        #expect(piece.cells.capacity < 2 * (text.utf8.count + 1))
    }

    @Test("A header-only file has no rows and no problems")
    func headerOnly() throws {
        let (_, outcome) = try Loading.load(plan: Loading.returnsPlan, actuals: ["risks.csv": "risk,period,likelihood,impact\n"])
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.returns.riskUpdates.isEmpty)
    }

    @Test("An empty returns file needs at least its header row")
    func emptyFile() throws {
        #expect(try Loading.returnsProblems(["finance.csv": ""]) == [
            "actuals/finance.csv:1: error: the file has no header row; expected a first line naming the columns: line,year,actual",
        ])
    }
}

@Suite("Suggestions for slips")
struct SuggestionTests {
    @Test("a likely slip gets the nearest known word", arguments: [
        ("shrot", "short"), ("targt", "target"), ("tolerence", "tolerance"), ("polarty", "polarity"), ("cumulatve", "cumulative"),
    ])
    func suggests(_ typo: String, _ word: String) {
        #expect(ValueText.suggestion(for: typo, among: ["short", "target", "tolerance", "polarity", "cumulative", "mid"]) == word)
    }

    @Test func aDifferentWordGetsNoSuggestion() {
        #expect(ValueText.suggestion(for: "long", among: ["short", "mid"]) == nil)
    }

    @Test func anOutOfRangeStartMonthIsAnErrorNotACrash() throws {
        let (_, outcome) = try Loading.load(plan: PlanEdgeCaseTests.programme.replacingOccurrences(
            of: "  end: 2019-03-31\n", with: "  end: 2019-03-31\n  fiscal_year_start_month: 0\n"))
        #expect(outcome.diagnostics.map(\.message) == ["fiscal_year_start_month of the programme is 0"])
        #expect(outcome.plan?.programme.fiscalYearStartMonth == 4)
    }
}
