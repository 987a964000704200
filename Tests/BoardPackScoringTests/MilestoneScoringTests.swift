import BoardPackCore
import Foundation
import Testing
@testable import BoardPackScoring

private typealias T = TestPlans

/// Report period 2017/18 Q3: report date D = 2017-12-31.
private let p = T.q(2017, 3)

private func scoreMilestones(
    _ milestones: [Milestone], _ updates: [MilestoneUpdate], at period: Period = p, gates: [Gate] = [],
    tolerance: Int = 30
) -> ScoredPack {
    T.scorer.score(
        plan: T.plan(workstreams: T.project(milestones), gates: gates, tolerance: tolerance),
        returns: Returns(milestoneUpdates: updates), period: period)
}

private func m(_ id: String, due: String, gate: String? = nil) -> Milestone {
    Milestone(id: id, title: "Milestone \(id)", due: T.day(due), gate: gate)
}

@Test func reportDateIsTheLastDayOfTheQuarter() {
    #expect(scoreMilestones([], []).reportDate == T.day("2017-12-31"))
}

@Test func cancelledMilestonesAreCancelled() {
    let pack = scoreMilestones([m("M1", due: "2017-10-31")], [
        MilestoneUpdate(milestone: "M1", period: T.q(2017, 2), status: .cancelled),
    ])
    #expect(pack.milestone("M1")?.status == .cancelled)
    #expect(pack.exceptions.isEmpty)
}

@Test func completedOnOrBeforeTheReportDateIsBlueWithDaysLate() throws {
    let pack = scoreMilestones([m("M1", due: "2017-10-31"), m("M2", due: "2017-12-31"), m("M3", due: "2018-01-31")], [
        MilestoneUpdate(milestone: "M1", period: p, status: .complete, completed: T.day("2017-11-15")),
        MilestoneUpdate(milestone: "M2", period: p, status: .complete, completed: T.day("2017-12-31")),
        MilestoneUpdate(milestone: "M3", period: p, status: .inProgress, completed: T.day("2018-01-05")),
    ])
    let m1 = try #require(pack.milestone("M1"))
    #expect(m1.status == .blue)
    #expect(m1.daysLate == 15)
    #expect(pack.milestone("M2")?.status == .blue, "completed on the report date itself")
    #expect(pack.milestone("M2")?.daysLate == nil)
    #expect(pack.milestone("M3")?.status == .green, "a completion after D is not complete yet")
}

@Test func completeWithoutADateCountsFromTheQuarterItWasReported() {
    let pack = scoreMilestones([m("M1", due: "2017-08-31")], [
        MilestoneUpdate(milestone: "M1", period: T.q(2017, 2), status: .complete),
    ])
    #expect(pack.milestone("M1")?.status == .blue)
    #expect(pack.milestone("M1")?.completed == T.day("2017-09-30"))
    #expect(pack.milestone("M1")?.daysLate == 30)
}

@Test func dueBeforeTheReportDateAndNotCompleteIsOverdue() throws {
    let pack = scoreMilestones([m("M1", due: "2017-12-30"), m("M2", due: "2017-12-31")], [])
    let overdue = try #require(pack.milestone("M1"))
    #expect(overdue.status == .red)
    #expect(overdue.overdue)
    let boundary = try #require(pack.milestone("M2"))
    #expect(boundary.status == .green, "due on the report date is not overdue yet")
    #expect(!boundary.overdue)
    #expect(boundary.slipDays == 0)
    #expect(boundary.forecast == T.day("2017-12-31"))
    #expect(pack.exceptions.map(\.kind) == [.milestoneOverdue])
    #expect(pack.exceptions.first?.detail == "1 day overdue (due 2017-12-30)")
}

@Test func slipOfExactlyTheToleranceIsAmberOneMoreIsRed() {
    let pack = scoreMilestones([m("M1", due: "2018-02-01"), m("M2", due: "2018-02-01"), m("M3", due: "2018-02-01")], [
        MilestoneUpdate(milestone: "M1", period: p, status: .inProgress, forecast: T.day("2018-03-03")),
        MilestoneUpdate(milestone: "M2", period: p, status: .inProgress, forecast: T.day("2018-03-04")),
        MilestoneUpdate(milestone: "M3", period: p, status: .inProgress, forecast: T.day("2018-01-20")),
    ])
    #expect(pack.milestone("M1")?.slipDays == 30)
    #expect(pack.milestone("M1")?.status == .amber)
    #expect(pack.milestone("M2")?.slipDays == 31)
    #expect(pack.milestone("M2")?.status == .red)
    #expect(pack.milestone("M3")?.status == .green)
    #expect(pack.exceptions.map(\.kind) == [.milestoneRed])
    #expect(pack.exceptions.first?.detail == "forecast 2018-03-04, 31 days after due 2018-02-01")
}

@Test func theLatestRowUpToTheReportPeriodWinsAndLaterRowsAreIgnored() {
    let updates = [
        MilestoneUpdate(milestone: "M1", period: T.q(2017, 1), status: .notStarted, forecast: T.day("2018-04-30")),
        MilestoneUpdate(milestone: "M1", period: T.q(2017, 2), status: .inProgress, commentary: "Supplier chosen"),
        MilestoneUpdate(milestone: "M1", period: T.q(2017, 4), status: .complete, completed: T.day("2018-02-01")),
    ]
    let pack = scoreMilestones([m("M1", due: "2018-03-31")], updates, tolerance: 10)
    let milestone = pack.milestone("M1")
    #expect(milestone?.reported == .inProgress)
    #expect(milestone?.forecast == T.day("2018-04-30"), "the latest forecast given up to P")
    #expect(milestone?.slipDays == 30)
    #expect(milestone?.status == .red)
    #expect(milestone?.commentary == "Supplier chosen")
    #expect(milestone?.completed == nil)
}

private let g3 = Gate(id: "G3", title: "Investment decision", criteria: ["Business case approved", "Funding confirmed"])

@Test(arguments: [
    (GateDecision.passed, Status.blue), (.failed, .red), (.deferred, .amber),
])
func gateDecisions(decision: GateDecision, expected: Status) {
    let pack = scoreMilestones([m("G", due: "2017-09-30", gate: "G3")], [
        MilestoneUpdate(milestone: "G", period: T.q(2017, 2), decision: decision),
    ], gates: [g3])
    #expect(pack.milestone("G")?.status == expected)
    #expect(pack.milestone("G")?.decision == decision)
}

@Test func aPassWithoutACompletedDateCompletesAtTheDecisionsReportDate() {
    let pack = scoreMilestones([m("G", due: "2017-09-15", gate: "G3")], [
        MilestoneUpdate(milestone: "G", period: T.q(2017, 2), decision: .passed),
        MilestoneUpdate(milestone: "G", period: T.q(2017, 3), decision: .passed, commentary: "Confirmed"),
    ], gates: [g3])
    #expect(pack.milestone("G")?.completed == T.day("2017-09-30"))
    #expect(pack.milestone("G")?.daysLate == 15)
    let dated = scoreMilestones([m("G", due: "2017-09-15", gate: "G3")], [
        MilestoneUpdate(milestone: "G", period: T.q(2017, 3), completed: T.day("2017-09-10"), decision: .passed),
    ], gates: [g3])
    #expect(dated.milestone("G")?.completed == T.day("2017-09-10"))
    #expect(dated.milestone("G")?.daysLate == nil)
}

@Test func unmetCriteriaFailedGatesAndLowConfidenceAreExceptions() throws {
    let pack = scoreMilestones([m("G1", due: "2017-07-31", gate: "G3"), m("G2", due: "2017-08-31", gate: "G3")], [
        MilestoneUpdate(milestone: "G1", period: p, decision: .passed, dca: .amberRed, criteriaMet: .numbers([1]),
                        commentary: "Funding letter awaited"),
        MilestoneUpdate(milestone: "G2", period: p, decision: .failed, dca: .red),
    ], gates: [g3])
    let g1 = try #require(pack.milestone("G1"))
    #expect(g1.unmetCriteria == [2])
    #expect(g1.criteriaMet == .numbers([1]))
    #expect(g1.dca == .amberRed)
    // G2 was decided after G1's pass, so it is not a bypass.
    #expect(pack.exceptions.map(\.kind) == [.gateFailed, .gateCriteriaUnmet, .gateDCA, .gateDCA])
    #expect(pack.exceptions[1].detail == "passed with 1 of 2 criteria not met (criterion 2)")
    #expect(pack.exceptions[1].commentary == "Funding letter awaited")
    #expect(pack.exceptions[2].detail == "delivery confidence AMBER/RED")
    let allMet = scoreMilestones([m("G1", due: "2017-07-31", gate: "G3")], [
        MilestoneUpdate(milestone: "G1", period: p, decision: .passed, dca: .amberGreen, criteriaMet: .all),
    ], gates: [g3])
    #expect(allMet.exceptions.isEmpty)
}

@Test func workOnAMilestoneGuardedByAnUnpassedGateIsABypass() throws {
    let milestones = [m("G", due: "2017-09-30", gate: "G3"), m("M1", due: "2018-01-31"), m("M2", due: "2018-02-28"),
                      m("M0", due: "2017-09-01")]
    let pack = scoreMilestones(milestones, [
        MilestoneUpdate(milestone: "G", period: T.q(2017, 2), decision: .deferred),
        MilestoneUpdate(milestone: "M1", period: p, status: .inProgress, commentary: "Started to keep to time"),
        MilestoneUpdate(milestone: "M2", period: p, status: .notStarted),
        MilestoneUpdate(milestone: "M0", period: p, status: .complete, completed: T.day("2017-08-30")),
    ], gates: [g3])
    let bypass = try #require(pack.milestone("M1"))
    #expect(bypass.gateBypassed)
    #expect(bypass.bypassedGate == "G")
    #expect(bypass.status == .red)
    #expect(pack.milestone("M2")?.gateBypassed == false, "not started is not a bypass")
    #expect(pack.milestone("M0")?.status == .blue, "due before the gate: not guarded")
    let exception = try #require(pack.exceptions.first { $0.kind == .gateBypassed })
    #expect(exception.id == "M1")
    #expect(exception.detail == "reported in progress while gate G (Milestone G) is not passed")
    #expect(!pack.exceptions.contains { $0.kind == .milestoneRed && $0.id == "M1" }, "listed once, as the bypass")

    let passed = scoreMilestones(milestones, [
        MilestoneUpdate(milestone: "G", period: T.q(2017, 2), decision: .passed),
        MilestoneUpdate(milestone: "M1", period: p, status: .inProgress),
    ], gates: [g3])
    #expect(passed.milestone("M1")?.gateBypassed == false)
    #expect(passed.milestone("M1")?.status == .green)

    // The gate is passed only in a later quarter: as of P it is still a bypass.
    let passedLater = scoreMilestones(milestones, [
        MilestoneUpdate(milestone: "G", period: T.q(2017, 4), decision: .passed),
        MilestoneUpdate(milestone: "M1", period: p, status: .complete, completed: T.day("2017-12-01")),
    ], gates: [g3])
    #expect(passedLater.milestone("M1")?.gateBypassed == true)
    #expect(passedLater.milestone("M1")?.status == .red)
}

@Test func previousStatusesComeFromThePreviousQuarter() {
    let pack = scoreMilestones([m("M1", due: "2017-11-30")], [
        MilestoneUpdate(milestone: "M1", period: T.q(2017, 2), status: .inProgress, forecast: T.day("2017-12-20")),
        MilestoneUpdate(milestone: "M1", period: p, status: .complete, completed: T.day("2017-12-15")),
    ])
    #expect(pack.milestone("M1")?.previousStatus == .amber)
    #expect(pack.milestone("M1")?.status == .blue)
    #expect(pack.projects.first?.previousStatus == .amber)
    #expect(pack.projects.first?.status == .blue)
    #expect(pack.workstreams.first?.status == .blue)
    #expect(pack.overall == .blue)
    #expect(pack.previousOverall == .amber)
}

@Test(arguments: [MilestoneState.notStarted, .inProgress, .onHold])
func openStatesAreScoredByTheirDates(state: MilestoneState) {
    let pack = scoreMilestones([m("LATE", due: "2017-12-01"), m("ON", due: "2018-01-15")], [
        MilestoneUpdate(milestone: "LATE", period: p, status: state),
        MilestoneUpdate(milestone: "ON", period: p, status: state, forecast: T.day("2018-01-25")),
    ])
    #expect(pack.milestone("LATE")?.status == .red)
    #expect(pack.milestone("LATE")?.overdue == true)
    #expect(pack.milestone("LATE")?.reported == state)
    #expect(pack.milestone("ON")?.status == .amber)
    #expect(pack.milestone("ON")?.slipDays == 10)
}

@Test func aGateReportedCompleteWithoutADecisionCountsAsPassed() {
    let milestones = [m("G", due: "2017-09-30", gate: "G3"), m("M1", due: "2018-01-31")]
    let pack = scoreMilestones(milestones, [
        MilestoneUpdate(milestone: "G", period: T.q(2017, 2), status: .complete, completed: T.day("2017-09-28")),
        MilestoneUpdate(milestone: "M1", period: p, status: .inProgress),
    ], gates: [g3])
    #expect(pack.milestone("G")?.status == .blue)
    #expect(pack.milestone("M1")?.gateBypassed == false)
    #expect(pack.milestone("M1")?.status == .green)
}

@Test func aPassDatedAfterTheReportDateIsNotCompleteYet() {
    // Recorded in Q3 with a completed date in Q4: at 2017-12-31 the gate is still open and
    // due on 2017-12-31, so it is scored by its dates, not BLUE.
    let pack = scoreMilestones([m("G", due: "2017-12-31", gate: "G3")], [
        MilestoneUpdate(milestone: "G", period: p, completed: T.day("2018-01-10"), decision: .passed),
    ], gates: [g3])
    #expect(pack.milestone("G")?.status == .green)
    #expect(pack.milestone("G")?.completed == nil)
    let later = scoreMilestones([m("G", due: "2017-12-31", gate: "G3")], [
        MilestoneUpdate(milestone: "G", period: p, completed: T.day("2018-01-10"), decision: .passed),
    ], at: T.q(2017, 4), gates: [g3])
    #expect(later.milestone("G")?.status == .blue)
    #expect(later.milestone("G")?.daysLate == 10)
}
