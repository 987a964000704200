import BoardPackCore
import Foundation
import Testing
import Yams

@testable import BoardPackLoading

@Suite("The full plan format")
struct FullSchemaTests {
    let outcome = PlanFolderLoader().load(directory: fixture("full-schema"), registry: registry)

    @Test func loadsWithNoProblems() throws {
        #expect(outcome.diagnostics.map(\.description) == [])
        #expect(outcome.plan != nil)
    }

    @Test func programmeAndPartners() throws {
        let plan = try #require(outcome.plan)
        #expect(plan.programme.id == "3c-ict")
        #expect(plan.programme.title == "3C ICT & Digital Strategy")
        #expect(plan.programme.owner == "Head of 3C ICT Shared Service")
        #expect(plan.programme.start == Day(year: 2017, month: 4, day: 1))
        #expect(plan.programme.end == Day(year: 2022, month: 3, day: 31))
        #expect(plan.programme.classification == "OFFICIAL")
        #expect(plan.programme.fiscalYearStartMonth == 4)
        #expect(plan.programme.milestoneToleranceDays == 30)
        #expect(plan.programme.rollup == "worst")
        #expect(plan.partners.map(\.id) == ["CCC", "HDC", "SCDC"])
        #expect(plan.partners.compactMap(\.share) == [Decimal(string: "45.1")!, Decimal(string: "31.3")!, Decimal(string: "23.6")!])
        #expect(plan.phases.map(\.id) == ["short", "mid"])
        #expect(plan.gates.first?.criteria.count == 2)
    }

    @Test func workstreamsProjectsAndMilestones() throws {
        let plan = try #require(outcome.plan)
        let project = try #require(plan.workstreams.first?.projects.first)
        #expect(plan.workstreams.first?.lead == "Technical Architect")
        #expect(project.phase == "short")
        #expect(project.lead == "Technical Architect & Network/Infrastructure Manager")
        #expect(project.partners == ["CCC", "HDC", "SCDC"])
        #expect(project.priority == .must)
        #expect(project.milestones.map(\.id) == ["DO17-003-G3", "DO17-003-M1", "DO17-003-M2"])
        #expect(project.milestones.first?.gate == "G3")
        #expect(project.milestones.last?.due == Day(year: 2017, month: 12, day: 31))
    }

    @Test func kpisWithEveryKeyAndTheirDefaults() throws {
        let plan = try #require(outcome.plan)
        let kpis = Dictionary(uniqueKeysWithValues: plan.kpis.map { ($0.id, $0) })
        let k1 = try #require(kpis["KPI-1"]), k2 = try #require(kpis["KPI-2"]), k7 = try #require(kpis["KPI-7"])
        let sav = try #require(kpis["SAV-Q"]), bp2 = try #require(kpis["BP-2"]), k3 = try #require(kpis["KPI-3"])
        #expect(k1.amber == .tolerance(.percent(5)))
        #expect(k2.amber == .threshold(93))
        #expect(k2.targets == [2018: 96])
        #expect(k2.annualTarget(forYear: 2018) == 96)
        #expect(k2.annualTarget(forYear: 2017) == 95)
        #expect(k2.workstream == "core")
        #expect(k7.amber == AmberRule.defaultTolerance)
        #expect(k7.frequency == .annual)
        #expect(k7.aggregation == "cumulative")
        #expect(k7.combine == "mean")
        #expect(sav.profile == [10, 30, 60, 100])
        #expect(sav.combine == "sum")
        #expect(sav.partnerTargets == ["CCC": 36000, "HDC": 25000, "SCDC": 19000])
        // Status KPIs hold positions on their scale.
        #expect(bp2.scale == ["Not started", "Business case", "Ongoing", "Complete"])
        #expect(bp2.target == 3)
        #expect(bp2.amber == .threshold(2))
        #expect(bp2.polarity == .higher)
        #expect(bp2.frequency == .quarterly)
        #expect(bp2.aggregation == "point")
        #expect(k3.amber == .tolerance(.units(2)))
        #expect(k3.polarity == .lower)
        #expect(k3.frequency == .biannual)
    }

    @Test func risksAndFinance() throws {
        let plan = try #require(outcome.plan)
        #expect(plan.risks.first?.mitigation == "External audit programme; PSN compliance plan")
        #expect(plan.risks.first?.likelihood == 3)
        let finance = try #require(plan.finance)
        #expect(finance.years == [2017, 2018, 2019, 2020, 2021])
        #expect(finance.baseline.map(\.name) == ["Staff", "Other"])
        #expect(finance.budget.first?.amounts.first == 3_198_000)
        #expect(finance.overspendTolerance == .percent(5))
    }

    @Test func returnsInEveryColumnAndSpelling() throws {
        let values = outcome.returns.kpiValues
        #expect(values.map(\.kpi) == ["KPI-1", "KPI-2", "KPI-2", "KPI-7", "BP-2"])
        #expect(values[0].value == Decimal(string: "81.5"))
        #expect(values[0].commentary == "Survey of 412 users, up 2 points")
        #expect(values[1].value == 95)
        #expect(values[1].partner == "CCC")
        #expect(values[1].commentary == "Two outages:\nGuildhall SAN, 3 August")
        // The row after a two-line quoted cell starts on line 5.
        #expect(values[2].source?.line == 5)
        #expect(values[3].value == 210_000)
        #expect(values[4].value == 2)
        let gate = try #require(outcome.returns.milestoneUpdates.first)
        #expect(gate.decision == .passed)
        #expect(gate.dca == .amberGreen)
        #expect(gate.criteriaMet == .numbers([1, 2]))
        #expect(gate.commentary == "Approved, with conditions")
        #expect(gate.completed == Day(year: 2017, month: 6, day: 28))
        #expect(outcome.returns.milestoneUpdates.last?.forecast == Day(year: 2017, month: 11, day: 20))
        #expect(outcome.returns.riskUpdates.first?.likelihood == 2)
        #expect(outcome.returns.financeActuals.map(\.actual) == [3_245_000, Decimal(string: "3290000.5")!])
        #expect(outcome.returns.financeActuals.map(\.year) == [2017, 2017])
    }
}

@Suite("Loading")
struct LoadingTests {
    @Test func severalProblemsInDifferentFilesAreReportedTogetherInFileAndLineOrder() throws {
        var returns = baseReturns
        returns["kpis.csv"] = baseReturns["kpis.csv", default: ""] + "KPI-2,2017/18 Q2,,9O.5,\nKPI-9,2017/18 Q2,,90,\n"
        returns["risks.csv"] = "risk,period,likelihood,impact,commentary\nR1,2017/18 Q5,2,5,\n"
        let (outcome, folder) = try loadPlan(#function, plan: replacing("target: 80, partners", with: "targt: 80, partners"),
                                             returns: returns)
        #expect(outcome.diagnostics.map(\.description) == [
            "\(folder)/actuals/kpis.csv:5: error: value \"9O.5\" for KPI-2 is not a number; expected a number such as 95, 95% or £1,250",
            "\(folder)/actuals/kpis.csv:6: error: unknown KPI \"KPI-9\" (did you mean \"KPI-1\"?); expected a KPI id declared in plan.yaml",
            "\(folder)/actuals/risks.csv:2: error: period \"2017/18 Q5\" is not a quarter; expected a quarter such as \"2017/18 Q3\"",
            "\(folder)/plan.yaml:25:54: error: unknown key \"targt\" in KPI KPI-1 (did you mean \"target\"?); expected one of id, title, unit, polarity, frequency, target, amber, tolerance, aggregation, partners, combine, workstream, targets, profile, partner_targets, scale",
        ])
    }

    @Test func warningsAloneLeaveAUsablePlan() throws {
        let (outcome, _) = try loadPlan(#function, plan: replacing("due: 2017-12-31", with: "due: 2018-06-30"))
        #expect(outcome.plan != nil)
        #expect(!outcome.diagnostics.hasErrors)
        #expect(outcome.diagnostics.warnings.count == 1)
    }

    @Test func aMissingPlanFolderIsOneClearError() {
        let outcome = PlanFolderLoader().load(directory: "/nonexistent/Plans/x", registry: registry)
        #expect(outcome.plan == nil)
        #expect(outcome.diagnostics.map(\.description) == [
            "/nonexistent/Plans/x/plan.yaml: error: there is no plan folder /nonexistent/Plans/x; expected a plan folder holding plan.yaml and actuals/, such as Plans/3c-ict",
        ])
    }

    @Test func aPlanWithoutReturnsIsFine() throws {
        let (outcome, _) = try loadPlan(#function, returns: [:])
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.returns == Returns())
    }

    @Test func aTrailingSlashIsIgnoredInMessages() throws {
        let (_, folder) = try loadPlan(#function)
        let outcome = PlanFolderLoader().load(directory: folder + "/", registry: registry)
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test("values people type", arguments: [
        ("95", "95"), ("95%", "95"), ("£1,250", "1250"), ("-£800", "-800"), ("£-800", "-800"),
        ("1,250.5", "1250.5"), ("12,500,000", "12500000"), (" 42 ", "42"), ("0.1", "0.1"), ("-0", "0"),
    ])
    func acceptedValues(_ text: String, _ value: String) {
        #expect(ValueText.reportedNumber(text) == Decimal(string: value))
    }

    @Test("values that are not numbers", arguments: ["1,25", "£", "12a", "9O.5", "1.2.3", ".5", "5.", "1,2345", "--1", ""])
    func rejectedValues(_ text: String) {
        #expect(ValueText.reportedNumber(text) == nil)
    }

    @Test func parsedValuesAreExactDecimals() {
        let a = ValueText.reportedNumber("0.1"), b = ValueText.reportedNumber("0.2")
        #expect(a.flatMap { x in b.map { x + $0 } } == Decimal(string: "0.3"))
        #expect(ValueText.reportedNumber("94.999") != 95)
        #expect(ValueText.reportedNumber("123456789012345678901.5") == Decimal(string: "123456789012345678901.5"))
    }

    @Test func tolerancesAreReadAsPercentOrUnits() {
        #expect(ValueText.tolerance("5%") == .percent(5))
        #expect(ValueText.tolerance("2.5") == .units(Decimal(string: "2.5")!))
        #expect(ValueText.tolerance("lots") == nil)
        #expect(ValueText.tolerance("-1") == nil)
    }
}

@Suite("Loading every section")
struct SectionsTogetherTests {
    /// The KPIs and the other sections of plan.yaml are read side by side: problems in both,
    /// and checks that need both (a KPI naming a workstream), are all reported, with lines.
    @Test func problemsInTheKPIsAndInEveryOtherSectionAreReportedTogether() throws {
        var plan = replacing("share: 60", with: "share: 160")
        plan = replacing("title: Delivered", with: "titel: Delivered", in: plan)
        plan = replacing("id: KPI-2", with: "id: KPI-1", in: plan)
        plan = replacing("target: Complete }", with: "target: Complete, workstream: digital }", in: plan)
        plan = replacing("likelihood: 3", with: "likelihood: 9", in: plan)
        let (outcome, folder) = try loadPlan(#function, plan: plan, returns: [:])
        let file = "\(folder)/plan.yaml"
        #expect(outcome.diagnostics.map(\.description) == [
            "\(file):7:3: error: only some partners have a share; expected a share for every partner, or none",
            "\(file):7:43: error: share of partner CCC is 160; expected a percentage from 0 to 100",
            "\(file):23:13: error: milestone P1-M1 has no \"title\"; expected title: and its value (a required key)",
            "\(file):23:26: error: unknown key \"titel\" in milestone P1-M1 (did you mean \"title\"?); expected one of id, title, due, gate",
            "\(file):26:11: error: duplicate KPI id \"KPI-1\"; expected each KPI id once (first declared at line 25)",
            "\(file):27:11: error: KPI BP-1 names workstream \"digital\", which is not declared; expected one of core",
            "\(file):29:48: error: likelihood of risk R1 is 9; expected a whole number from 1 to 5",
        ])
    }
}

@Suite("A large plan's KPIs read in stretches")
struct KPIStretchTests {
    /// The base plan with `count` more KPIs after its own, one per line: KPI `K-i` is on line
    /// 28 + i (the base plan's risks move down below them).
    static func plan(extraKPIs count: Int, _ change: (Int) -> String? = { _ in nil }) -> String {
        let extra = (0..<count).map { i in
            change(i) ?? "  - { id: K-\(i), title: Measure \(i), unit: number, target: 10 }"
        }
        return basePlan.replacingOccurrences(of: "\nrisks:", with: "\n" + extra.joined(separator: "\n") + "\nrisks:")
    }

    @Test func aLargePlanIsReadInStretchesUnlessAnIdIsWrittenTwice() throws {
        #expect(PlanYAMLReader.kpiStretches([]).isEmpty)
        let unique = try Yams.compose(yaml: Self.plan(extraKPIs: 2_500))?["kpis"]?.sequence.map(Array.init) ?? []
        #expect(PlanYAMLReader.kpiStretches(unique) == [0..<1_024, 1_024..<2_048, 2_048..<2_503])
        let twice = try Yams.compose(yaml: Self.plan(extraKPIs: 2_500) { $0 == 2_400 ? "  - { id: K-3, title: Again, unit: number }" : nil })?["kpis"]?.sequence.map(Array.init) ?? []
        #expect(PlanYAMLReader.kpiStretches(twice) == [0..<2_503])
    }

    /// Problems in different stretches, in the other sections, and checks that need a KPI's
    /// line from a later stretch are all reported, in line order, as one pass would.
    @Test func problemsInEveryStretchAreReportedWithTheirLines() throws {
        var plan = Self.plan(extraKPIs: 2_500) { i in
            switch i {
            case 10: return "  - { id: K-10, title: Measure 10, unit: parsecs }"
            case 1_500: return "  - { id: K-1500, title: Measure 1500, unit: number, targt: 10 }"
            case 2_400: return "  - { id: K-2400, title: Measure 2400, unit: number, workstream: nowhere }"
            default: return nil
            }
        }
        plan = plan.replacingOccurrences(of: "title: Delivered", with: "titel: Delivered")
        let (outcome, folder) = try loadPlan(#function, plan: plan, returns: [:])
        let file = "\(folder)/plan.yaml"
        #expect(outcome.diagnostics.map(\.description) == [
            "\(file):23:13: error: milestone P1-M1 has no \"title\"; expected title: and its value (a required key)",
            "\(file):23:26: error: unknown key \"titel\" in milestone P1-M1 (did you mean \"title\"?); expected one of id, title, due, gate",
            "\(file):38:42: error: unit \"parsecs\" of KPI K-10 is not known; expected one of percent, number, count, gbp, days, hours, status",
            "\(file):1528:54: error: unknown key \"targt\" in KPI K-1500 (did you mean \"target\"?); expected one of \(PlanSchema.kpi.joined(separator: ", "))",
            "\(file):2428:11: error: KPI K-2400 names workstream \"nowhere\", which is not declared; expected one of core",
        ])
    }

    @Test func anIdWrittenTwiceInDifferentStretchesIsADuplicate() throws {
        let plan = Self.plan(extraKPIs: 2_500) { $0 == 2_400 ? "  - { id: K-3, title: Again, unit: parsecs }" : nil }
        let (outcome, folder) = try loadPlan(#function, plan: plan, returns: [:])
        #expect(outcome.diagnostics.map(\.description) == [
            "\(folder)/plan.yaml:2428:11: error: duplicate KPI id \"K-3\"; expected each KPI id once (first declared at line 31)"
        ])
    }

    @Test func aValidLargePlanKeepsItsKPIsInOrder() throws {
        let (outcome, _) = try loadPlan(#function, plan: Self.plan(extraKPIs: 2_500), returns: [:])
        #expect(outcome.diagnostics.map(\.description) == [])
        let ids = try #require(outcome.plan).kpis.map(\.id)
        #expect(ids == ["KPI-1", "KPI-2", "BP-1"] + (0..<2_500).map { "K-\($0)" })
    }
}
