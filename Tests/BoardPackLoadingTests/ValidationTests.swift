import BoardPackCore
import Foundation
import Testing

@testable import BoardPackLoading

/// One way to break a plan or its returns, and exactly what a user then reads. `PLAN` in an
/// expected message stands for the plan folder.
struct ValidationCase: CustomTestStringConvertible, Sendable {
    var name: String
    var plan: String = basePlan
    var returns: [String: String] = baseReturns
    var expected: [String]
    var testDescription: String { name }
}

/// Problems in plan.yaml, each with its line and column.
let planCases: [ValidationCase] = [
    ValidationCase(
        name: "YAML syntax error",
        plan: replacing("  title: Test programme", with: "  title: [Test programme", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:4:8: error: the plan is not valid YAML: did not find expected ',' or ']'; expected YAML as in the plan format: \"key: value\" pairs, lists with \"- \", consistent indentation",
        ]),
    ValidationCase(
        name: "unknown key with a suggestion",
        plan: replacing("target: 80, partners", with: "targt: 80, partners", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:25:54: error: unknown key \"targt\" in KPI KPI-1 (did you mean \"target\"?); expected one of id, title, unit, polarity, frequency, target, amber, tolerance, aggregation, partners, combine, workstream, targets, profile, partner_targets, scale",
        ]),
    ValidationCase(
        name: "missing required key",
        plan: replacing("KPI-2, title: Availability, unit: percent, ", with: "KPI-2, title: Availability, ", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:5: error: KPI KPI-2 has no \"unit\"; expected unit: and its value (a required key)",
        ]),
    ValidationCase(
        name: "wrong type",
        plan: replacing("title: Project one", with: "title: [a, b]", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:18:16: error: title of project P1 is a list; expected text",
        ]),
    ValidationCase(
        name: "duplicate id",
        plan: replacing("id: KPI-2", with: "id: KPI-1", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:11: error: duplicate KPI id \"KPI-1\"; expected each KPI id once (first declared at line 25)",
        ]),
    ValidationCase(
        name: "programme id unusable in file names",
        plan: replacing("id: test-plan", with: "id: Test Plan", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:2:7: error: programme id \"Test Plan\" cannot be used in file names; expected lower-case letters, digits and hyphens only, e.g. 3c-ict",
        ]),
    ValidationCase(
        name: "unknown project partner",
        plan: replacing("partners: [CCC]", with: "partners: [XYZ]", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:17:13: error: project P1 names partner \"XYZ\", which is not declared; expected one of CCC, HDC",
        ]),
    ValidationCase(
        name: "unknown project phase",
        plan: replacing("phase: short", with: "phase: long", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:17:13: error: project P1 names phase \"long\", which is not declared; expected one of short",
        ]),
    ValidationCase(
        name: "unknown milestone gate",
        plan: replacing("gate: G3 }", with: "gate: G9 }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:22:19: error: milestone P1-G3 names gate \"G9\", which is not declared; expected one of G3",
        ]),
    ValidationCase(
        name: "unknown KPI workstream",
        plan: replacing("amber: 93 }", with: "amber: 93, workstream: digital }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:11: error: KPI KPI-2 names workstream \"digital\", which is not declared; expected one of core",
        ]),
    ValidationCase(
        name: "unknown KPI partner",
        plan: replacing("partners: [CCC, HDC] }", with: "partners: [CCC, SCDC] }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:25:11: error: KPI KPI-1 names partner \"SCDC\", which is not declared; expected one of CCC, HDC",
        ]),
    ValidationCase(
        name: "partner target for a partner not on the KPI",
        plan: replacing("partners: [CCC, HDC] }", with: "partners: [CCC, HDC], combine: sum, partner_targets: { CCC: 40, SCDC: 40 } }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:25:130: error: partner_targets of KPI KPI-1 names \"SCDC\", which is not in its partners; expected one of CCC, HDC",
        ]),
    ValidationCase(
        name: "impossible date",
        plan: replacing("due: 2017-12-31", with: "due: 2019-02-30", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:23:49: error: due of milestone P1-M1 \"2019-02-30\" is not a date; expected a real date written YYYY-MM-DD",
        ]),
    ValidationCase(
        name: "bad number",
        plan: replacing("target: 95", with: "target: 9O", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:62: error: target of KPI KPI-2 \"9O\" is not a number; expected a number such as 95 or 95.5",
        ]),
    ValidationCase(
        name: "unknown unit",
        plan: replacing("unit: percent, target: 95", with: "unit: percentage, target: 95", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:45: error: unit \"percentage\" of KPI KPI-2 is not known; expected one of percent, number, count, gbp, days, hours, status",
        ]),
    ValidationCase(
        name: "unknown polarity",
        plan: replacing("amber: 93 }", with: "amber: 93, polarity: up }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:87: error: polarity \"up\" of KPI KPI-2 is not known; expected one of higher, lower",
        ]),
    ValidationCase(
        name: "unknown frequency",
        plan: replacing("amber: 93 }", with: "amber: 93, frequency: monthly }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:88: error: frequency \"monthly\" of KPI KPI-2 is not known; expected one of quarterly, biannual, annual",
        ]),
    ValidationCase(
        name: "unknown priority",
        plan: replacing("        phase: short\n", with: "        phase: short\n        priority: high\n", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:20:19: error: priority \"high\" of project P1 is not known; expected one of must, should, could, wont",
        ]),
    ValidationCase(
        name: "unknown aggregation",
        plan: replacing("amber: 93 }", with: "amber: 93, aggregation: rolling }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:90: error: aggregation \"rolling\" of KPI KPI-2 is not known; expected one of point, cumulative, average",
        ]),
    ValidationCase(
        name: "unknown combine rule",
        plan: replacing("partners: [CCC, HDC] }", with: "partners: [CCC, HDC], combine: median }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:25:97: error: combine \"median\" of KPI KPI-1 is not known; expected one of mean, sum, weighted, min, max",
        ]),
    ValidationCase(
        name: "unknown roll-up",
        plan: replacing("  end: 2019-03-31\n", with: "  end: 2019-03-31\n  rollup: best\n", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:6:11: error: rollup \"best\" is not known; expected one of worst, average",
        ]),
    ValidationCase(
        name: "amber and tolerance both",
        plan: replacing("amber: 93 }", with: "amber: 93, tolerance: 5% }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:88: error: KPI KPI-2 gives both amber and tolerance; expected one of them: amber (a threshold) or tolerance (a band)",
        ]),
    ValidationCase(
        name: "status target not on the scale",
        plan: replacing("target: Complete }", with: "target: Done }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:27:97: error: target of KPI BP-1 \"Done\" is not on its scale; expected one of Not started, Ongoing, Complete",
        ]),
    ValidationCase(
        name: "tolerance that is not a tolerance",
        plan: replacing("target: 80, partners", with: "target: 80, tolerance: lots, partners", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:25:77: error: tolerance of KPI KPI-1 \"lots\" is not a tolerance; expected a percentage of the target such as 5% or a number of units such as 2",
        ]),
    ValidationCase(
        name: "profile not rising",
        plan: replacing("amber: 93 }", with: "amber: 93, aggregation: cumulative, profile: [50, 30, 60, 100] }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:26:111: error: profile of KPI KPI-2 is not four rising percentages; expected four percentages of the annual target due by the end of Q1..Q4, e.g. [10, 30, 60, 100]",
        ]),
    ValidationCase(
        name: "status KPI without a scale",
        plan: replacing("scale: [Not started, Ongoing, Complete], target: Complete", with: "target: Complete", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:27:5: error: status KPI BP-1 has no \"scale\"; expected scale: a list of words, worst first",
        ]),
    ValidationCase(
        name: "shares not summing to 100",
        plan: replacing("share: 40", with: "share: 39.9", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:7:3: error: partner shares add up to 99.9; expected shares that add up to exactly 100",
        ]),
    ValidationCase(
        name: "fiscal year start month 13",
        plan: replacing("  end: 2019-03-31\n", with: "  end: 2019-03-31\n  fiscal_year_start_month: 13\n", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:6:28: error: fiscal_year_start_month of the programme is 13; expected a whole number from 1 to 12",
        ]),
    ValidationCase(
        name: "risk likelihood 6",
        plan: replacing("likelihood: 3", with: "likelihood: 6", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:29:48: error: likelihood of risk R1 is 6; expected a whole number from 1 to 5",
        ]),
    ValidationCase(
        name: "programme ends before it starts",
        plan: replacing("  end: 2019-03-31", with: "  end: 2016-03-31", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:5:8: error: the programme ends (2016-03-31) before it starts (2017-04-01); expected an end date after the start",
            "PLAN/plan.yaml:10:11: warning: phase short (2017-04-01 to 2018-03-31) lies outside the programme (2017-04-01 to 2016-03-31); expected phases within the programme's dates",
        ]),
    ValidationCase(
        name: "finance line with too few amounts",
        plan: replacing("baseline: { Staff: [100, 110] }", with: "baseline: { Staff: [100] }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:32:22: error: finance baseline line Staff has 1 amount for 2 years; expected one amount per year in finance.years",
        ]),
    ValidationCase(
        name: "budget lines differ from baseline lines",
        plan: replacing("budget: { Staff: [90, 95] }", with: "budget: { Staf: [90, 95] }", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:33:11: error: budget lines (Staf) differ from baseline lines (Staff); expected the same lines in the same order",
        ]),
    ValidationCase(
        name: "milestone due outside its phase (warning)",
        plan: replacing("due: 2017-12-31", with: "due: 2018-06-30", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:23:19: warning: milestone P1-M1 is due 2018-06-30, outside its project's phase short (2017-04-01 to 2018-03-31); expected a due date within the phase, or the project in a later phase",
        ]),
    ValidationCase(
        name: "phase outside the programme (warning)",
        plan: replacing("end: 2018-03-31 }\n", with: "end: 2018-03-31 }\n  - { id: later, title: Later, start: 2020-04-01, end: 2021-03-31 }\n", in: basePlan),
        returns: [:],
        expected: [
            "PLAN/plan.yaml:11:11: warning: phase later (2020-04-01 to 2021-03-31) lies outside the programme (2017-04-01 to 2019-03-31); expected phases within the programme's dates",
        ]),
]

/// Problems in the returns, each with its file and line.
let returnsCases: [ValidationCase] = [
    ValidationCase(
        name: "unknown column with a suggestion",
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "kpi,period,partner,value,commentary", with: "kpi,period,partner,valu,commentary")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:1: error: no \"value\" column; expected a header row with kpi, period, value (and optionally the others of kpi,period,partner,value,commentary)",
            "PLAN/actuals/kpis.csv:1: error: unknown column \"valu\" (did you mean \"value\"?); expected columns from kpi, period, partner, value, commentary",
        ]),
    ValidationCase(
        name: "missing required column",
        returns: baseReturns.merging(["kpis.csv": "kpi,partner,value\nKPI-2,,96\n"]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:1: error: no \"period\" column; expected a header row with kpi, period, value (and optionally the others of kpi,period,partner,value,commentary)",
        ]),
    ValidationCase(
        name: "unknown KPI",
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "KPI-2,2017/18 Q1,,96,", with: "KPI-9,2017/18 Q1,,96,")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:4: error: unknown KPI \"KPI-9\" (did you mean \"KPI-1\"?); expected a KPI id declared in plan.yaml",
        ]),
    ValidationCase(
        // The checks across the plan's sections are made beside the rows' checks: both are told.
        name: "a plan reference and a returns row wrong together",
        plan: replacing("partners: [CCC]", with: "partners: [XYZ]", in: basePlan),
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "KPI-2,2017/18 Q1,,96,", with: "KPI-9,2017/18 Q1,,96,")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:4: error: unknown KPI \"KPI-9\" (did you mean \"KPI-1\"?); expected a KPI id declared in plan.yaml",
            "PLAN/plan.yaml:17:13: error: project P1 names partner \"XYZ\", which is not declared; expected one of CCC, HDC",
        ]),
    ValidationCase(
        name: "not a quarter",
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "KPI-2,2017/18 Q1,,96,", with: "KPI-2,2017/18 Q5,,96,")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:4: error: period \"2017/18 Q5\" is not a quarter; expected a quarter such as \"2017/18 Q3\"",
        ]),
    ValidationCase(
        name: "period outside the programme",
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "KPI-2,2017/18 Q1,,96,", with: "KPI-2,2019/20 Q1,,96,")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:4: error: period 2019/20 Q1 is outside the programme (2017/18 Q1 to 2018/19 Q4); expected a quarter from 2017/18 Q1 to 2018/19 Q4",
        ]),
    ValidationCase(
        name: "partner not listed for the KPI",
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "KPI-2,2017/18 Q1,,96,", with: "KPI-2,2017/18 Q1,CCC,96,")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:4: error: partner \"CCC\" is not listed for KPI-2; expected an empty partner cell: KPI-2 is reported overall only",
        ]),
    ValidationCase(
        name: "value that is not a number",
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "KPI-2,2017/18 Q1,,96,", with: "KPI-2,2017/18 Q1,,9O.5,")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:4: error: value \"9O.5\" for KPI-2 is not a number; expected a number such as 95, 95% or £1,250",
        ]),
    ValidationCase(
        name: "status value not on the scale",
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "KPI-2,2017/18 Q1,,96,", with: "BP-1,2017/18 Q1,,Done,")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:4: error: value \"Done\" for BP-1 is not on its scale; expected one of Not started, Ongoing, Complete",
        ]),
    ValidationCase(
        name: "duplicate KPI row",
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "KPI-2,2017/18 Q1,,96,", with: "KPI-2,2017/18 Q1,,96,\nKPI-2,2017/18 Q1,,97,")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:5: error: a second row for KPI-2, 2017/18 Q1, overall figure; expected one row per KPI, period and partner (the first is at line 4)",
        ]),
    ValidationCase(
        name: "a row with too many cells",
        returns: baseReturns.merging(["kpis.csv": baseReturns["kpis.csv", default: ""].replacingOccurrences(of: "KPI-2,2017/18 Q1,,96,", with: "KPI-2,2017/18 Q1,,96,fine,extra")]) { $1 },
        expected: [
            "PLAN/actuals/kpis.csv:4: error: the row has 6 cells; expected 5 cells, as in the header row (quote cells that contain commas)",
        ]),
    ValidationCase(
        name: "milestone status word",
        returns: baseReturns.merging(["milestones.csv": baseReturns["milestones.csv", default: ""].replacingOccurrences(of: "complete,,2017-06-28", with: "finished,,2017-06-28")]) { $1 },
        expected: [
            "PLAN/actuals/milestones.csv:2: error: status \"finished\" for P1-G3 is not a milestone status; expected one of not started, in progress, complete, on hold, cancelled",
        ]),
    ValidationCase(
        name: "bad completed date",
        returns: baseReturns.merging(["milestones.csv": baseReturns["milestones.csv", default: ""].replacingOccurrences(of: "2017-06-28", with: "2017-13-01")]) { $1 },
        expected: [
            "PLAN/actuals/milestones.csv:2: error: completed \"2017-13-01\" for P1-G3 is not a date; expected a real date written YYYY-MM-DD",
        ]),
    ValidationCase(
        name: "decision on a milestone that is not a gate",
        returns: baseReturns.merging(["milestones.csv": baseReturns["milestones.csv", default: ""].replacingOccurrences(of: "P1-G3,2017/18 Q1", with: "P1-M1,2017/18 Q1")]) { $1 },
        expected: [
            "PLAN/actuals/milestones.csv:2: error: decision, dca, criteria_met given for P1-M1, which is not a stage gate; expected decision, dca and criteria_met only for milestones with a gate",
        ]),
    ValidationCase(
        name: "criteria beyond the gate's criteria",
        returns: baseReturns.merging(["milestones.csv": baseReturns["milestones.csv", default: ""].replacingOccurrences(of: ",all,", with: ",1;3,")]) { $1 },
        expected: [
            "PLAN/actuals/milestones.csv:2: error: criteria_met \"1;3\" for P1-G3 does not name criteria of gate G3; expected all, or criterion numbers from 1 to 2 separated by ';' (e.g. 1;3)",
        ]),
    ValidationCase(
        name: "DCA word",
        returns: baseReturns.merging(["milestones.csv": baseReturns["milestones.csv", default: ""].replacingOccurrences(of: "GREEN", with: "PURPLE")]) { $1 },
        expected: [
            "PLAN/actuals/milestones.csv:2: error: DCA \"PURPLE\" for P1-G3 is not a delivery confidence assessment; expected one of GREEN, AMBER/GREEN, AMBER, AMBER/RED, RED",
        ]),
    ValidationCase(
        name: "risk impact 0",
        returns: baseReturns.merging(["risks.csv": baseReturns["risks.csv", default: ""].replacingOccurrences(of: "R1,2017/18 Q1,2,5,", with: "R1,2017/18 Q1,2,0,")]) { $1 },
        expected: [
            "PLAN/actuals/risks.csv:2: error: impact \"0\" for R1 is not a score from 1 to 5; expected a whole number from 1 to 5",
        ]),
    ValidationCase(
        name: "unknown finance line",
        returns: baseReturns.merging(["finance.csv": baseReturns["finance.csv", default: ""].replacingOccurrences(of: "Staff,2017/18", with: "Travel,2017/18")]) { $1 },
        expected: [
            "PLAN/actuals/finance.csv:2: error: unknown finance line \"Travel\"; expected one of Staff",
        ]),
    ValidationCase(
        name: "finance year not in the plan",
        returns: baseReturns.merging(["finance.csv": baseReturns["finance.csv", default: ""].replacingOccurrences(of: "Staff,2017/18", with: "Staff,2019/20")]) { $1 },
        expected: [
            "PLAN/actuals/finance.csv:2: error: year \"2019/20\" is not a finance year of the plan; expected one of 2017/18, 2018/19",
        ]),
]

@Suite("Validation messages")
struct ValidationTests {
    @Test("a problem in plan.yaml", arguments: planCases)
    func planProblem(_ c: ValidationCase) throws {
        let (outcome, folder) = try loadPlan("plan " + c.name, plan: c.plan, returns: c.returns)
        #expect(outcome.diagnostics.map(\.description) == c.expected.map { $0.replacingOccurrences(of: "PLAN", with: folder) })
    }

    @Test("a problem in the returns", arguments: returnsCases)
    func returnsProblem(_ c: ValidationCase) throws {
        let (outcome, folder) = try loadPlan("returns " + c.name, plan: c.plan, returns: c.returns)
        #expect(outcome.diagnostics.map(\.description) == c.expected.map { $0.replacingOccurrences(of: "PLAN", with: folder) })
    }
}
