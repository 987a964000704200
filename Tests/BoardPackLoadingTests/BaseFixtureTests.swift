import BoardPackCore
import Testing

@testable import BoardPackLoading

@Test func theBasePlanIsValid() throws {
    let (outcome, _) = try loadPlan(#function)
    #expect(outcome.diagnostics.map(\.description) == [])
    #expect(outcome.plan?.kpis.count == 3)
}
