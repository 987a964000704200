import BoardPackCore
import Foundation
import Testing
@testable import BoardPackScoring

private typealias T = TestPlans

private let r1 = Risk(id: "R1", title: "Cyber crime threat to PSN compliance", owner: "Head of 3C ICT",
                      likelihood: 3, impact: 5, mitigation: "External audit programme")

private func scoreRisks(_ updates: [RiskUpdate], at period: Period) -> ScoredPack {
    T.scorer.score(plan: T.plan(risks: [r1]), returns: Returns(riskUpdates: updates), period: period)
}

private let riskUpdates = [
    RiskUpdate(risk: "R1", period: T.q(2017, 2), likelihood: 2, commentary: "Audit passed"),
    RiskUpdate(risk: "R1", period: T.q(2017, 3), impact: 5),
    RiskUpdate(risk: "R1", period: T.q(2017, 4), likelihood: 4, impact: 4),
]

@Test func aRiskIsScoredOnItsPlanAssessmentUntilUpdated() throws {
    let risk = try #require(scoreRisks(riskUpdates, at: T.q(2017, 1)).risks.first)
    #expect(risk.score == 15)
    #expect(risk.status == .red)
    #expect(risk.trend == Trend.none)
    #expect(risk.previousScore == nil)
    #expect(risk.mitigation == "External audit programme")
}

@Test func theLatestUpdateUpToThePeriodOverridesAndTheTrendKeepsTheLastChange() throws {
    let q2 = try #require(scoreRisks(riskUpdates, at: T.q(2017, 2)).risks.first)
    #expect((q2.likelihood, q2.impact, q2.score) == (2, 5, 10))
    #expect(q2.status == .amber)
    #expect(q2.trend == .improving)
    #expect(q2.previousScore == 15)
    #expect(q2.previousStatus == .red)
    #expect(q2.commentary == "Audit passed")
    let q3 = try #require(scoreRisks(riskUpdates, at: T.q(2017, 3)).risks.first)
    #expect(q3.score == 10)
    #expect(q3.trend == .improving, "a repeated score keeps the last movement")
    #expect(q3.previousScore == 15)
    #expect(q3.previousStatus == .amber)
    let q4 = try #require(scoreRisks(riskUpdates, at: T.q(2017, 4)).risks.first)
    #expect(q4.score == 16)
    #expect(q4.status == .red)
    #expect(q4.trend == .worsening)
    #expect(q4.previousScore == 10)
}

/// Reassessed at the same score, a risk has held steady: "unchanged", not "no trend"
/// (`none` is for a risk nobody has reassessed).
@Test func aRiskReassessedWithoutChangeIsUnchanged() throws {
    let same = [RiskUpdate(risk: "R1", period: T.q(2017, 2), likelihood: 3, impact: 5, commentary: "No change")]
    let risk = try #require(scoreRisks(same, at: T.q(2017, 3)).risks.first)
    #expect(risk.score == 15)
    #expect(risk.trend == .unchanged)
    #expect(try #require(scoreRisks([], at: T.q(2017, 3)).risks.first).trend == Trend.none)
    #expect(risk.previousScore == nil)
    #expect(risk.commentary == "No change")
}

@Test func aRedRiskIsAnException() {
    let pack = scoreRisks([], at: T.q(2017, 1))
    #expect(pack.exceptions.map(\.kind) == [.riskRed])
    #expect(pack.exceptions.first?.detail == "score 15 (likelihood 3 × impact 5)")
}

@Test func theThreeCouncilsFinanceFigures() throws {
    let pack = T.scorer.score(plan: T.plan(finance: T.finance3C), returns: Returns(), period: T.q(2017, 3))
    let finance = try #require(pack.finance)
    #expect(finance.years.map(\.year) == [2017, 2018, 2019, 2020, 2021])
    #expect(finance.years.map(\.savingsPercent) == [dec("4.2"), dec("11.1"), 13, dec("14.3"), dec("14.3")])
    #expect(finance.years.map(\.baseline) == [6793372, 7320132, 7459214, 7601078, 7753100])
    #expect(finance.years.map(\.budget) == [6509495, 6508725, 6489619, 6512972, 6644111])
    #expect(finance.years.map(\.savings) == [283877, 811407, 969595, 1088106, 1108989])
    #expect(finance.years.map(\.cumulativeSavings) == [283877, 1095284, 2064879, 3152985, 4261974])
    #expect(finance.total.year == nil)
    #expect(finance.total.baseline == 36926896)
    #expect(finance.total.savings == 4261974)
    #expect(finance.total.cumulativeSavings == 4261974)
    #expect(finance.total.savingsPercent == dec("11.5"))
    #expect(finance.years[0].partnerShares == [
        PartnerAmount(partner: "CCC", amount: dec("2935782.245")),
        PartnerAmount(partner: "HDC", amount: dec("2037471.935")),
        PartnerAmount(partner: "SCDC", amount: dec("1536240.82")),
    ])
    #expect(finance.lines.isEmpty)
}

@Test func savingsPercentRoundsHalfUp() {
    let finance = Finance(
        years: [2017], baseline: [FinanceLine(name: "Staff", amounts: [1000])],
        budget: [FinanceLine(name: "Staff", amounts: [999])])
    // 1 / 1000 = 0.1 %; 0.05 % would round to 0.1 as well: check with 0.5 / 1000.
    let half = Finance(
        years: [2017], baseline: [FinanceLine(name: "Staff", amounts: [1000])],
        budget: [FinanceLine(name: "Staff", amounts: [dec("999.5")])])
    let pack = T.scorer.score(plan: T.plan(finance: finance), returns: Returns(), period: T.q(2017, 1))
    let halfPack = T.scorer.score(plan: T.plan(finance: half), returns: Returns(), period: T.q(2017, 1))
    #expect(pack.finance?.years.first?.savingsPercent == dec("0.1"))
    #expect(halfPack.finance?.years.first?.savingsPercent == dec("0.1"), "0.05 rounds half up to 0.1")
}

@Test func spendAgainstBudgetAtTheOverspendTolerance() throws {
    // Staff 2017/18 budget 3,198,000; 5 % is 159,900.
    let actuals = [
        FinanceActual(line: "Staff", year: 2017, actual: 3357900),
        FinanceActual(line: "Other", year: 2017, actual: 3311495),
        FinanceActual(line: "Staff", year: 2018, actual: 3240901),
        FinanceActual(line: "Other", year: 2019, actual: 1),
    ]
    let pack = T.scorer.score(
        plan: T.plan(finance: T.finance3C), returns: Returns(financeActuals: actuals), period: T.q(2018, 2))
    let lines = try #require(pack.finance?.lines)
    #expect(lines.map { "\($0.line) \($0.year) \($0.status.word)" } == [
        "Staff 2017 AMBER", "Staff 2018 RED", "Other 2017 GREEN",
    ], "actuals for years after the report period's are not shown")
    #expect(lines[0].variance == 159900)
    #expect(lines[1].variance == 159901)
    #expect(lines[2].variance == 0)
    #expect(pack.exceptions.map(\.id) == ["Staff 2018/19"])
    #expect(pack.exceptions.first?.kind == .financeRed)
    #expect(pack.exceptions.first?.detail == "spend £3,240,901 against a budget of £3,081,000 (£159,901 over)")
}

@Test func riskScoresOutsideTheFactorsDoNotCrash() {
    #expect(ScoringContext.riskScore(Int.max, 5) == Int.max)
    #expect(RiskBandRule.status(score: ScoringContext.riskScore(Int.max, 5)) == .red)
    #expect(ScoringContext.riskScore(3, 5) == 15)
}
