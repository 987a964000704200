import BoardPackCore
import Foundation

/// A KPI's overall figure for a quarter, end to end (brief 5.1 steps 1-6): due or not,
/// the year's target (with `targets` overrides), the aggregation's figure and target to
/// date, the amber band and the status. Its examples run through the same evaluator as a
/// real score, with the built-in plugins.
public enum KPIFigureRule: ExampleCarryingRule {
    public struct Input: Hashable, Sendable {
        public var kpi: KPI
        public var period: Period
        /// The overall values of the fiscal year's quarters up to `period` (nil: none).
        public var yearToDate: [Decimal?]

        public init(kpi: KPI, period: Period, yearToDate: [Decimal?]) {
            self.kpi = kpi
            self.period = period
            self.yearToDate = yearToDate
        }
    }

    public static let ruleName = "KPI figure"

    public static func evaluate(_ input: Input) -> Status {
        let rows = zip(input.period.yearToDate, input.yearToDate).map { period, value in
            KPIValue(kpi: input.kpi.id, period: period, value: value)
        }
        let registry = ScoringPlugins.registry
        let evaluator = KPIEvaluator(
            kpi: input.kpi, aggregation: registry.aggregation(named: input.kpi.aggregation) ?? PointAggregation(),
            combiner: registry.combiner(named: input.kpi.combine) ?? MeanCombiner(), shares: [:],
            index: ReturnsIndex(Returns(kpiValues: rows)))
        // Through the scaled fast path a real score takes (it falls back to the evaluator
        // wherever the integers cannot follow).
        var scoring = KPIScoring(evaluator: evaluator)
        return scoring.evaluate(nil, at: input.period).status
    }

    private static func q(_ year: Int, _ quarter: Int) -> Period { Period(fiscalYear: year, quarter: quarter) }

    private static let availability = KPI(
        id: "KPI-2", title: "Service Availability", unit: .percent, target: 95, amber: .threshold(93),
        targets: [2018: 96])
    private static let savings = KPI(
        id: "SAV", title: "Savings to date", unit: .gbp, target: 80000, aggregation: "cumulative")
    private static let profiled = KPI(
        id: "SAV-Q", title: "Savings delivered to date", unit: .gbp, target: 80000, aggregation: "cumulative",
        profile: [10, 30, 60, 100])
    private static let staffSavings = KPI(
        id: "KPI-7", title: "Staff Budget Savings", unit: .gbp, frequency: .annual, target: 210000,
        aggregation: "cumulative")
    private static let resolution = KPI(
        id: "KPI-9", title: "Days to resolve", unit: .days, polarity: .lower, target: 5,
        amber: .tolerance(.units(2)), aggregation: "average")
    private static let signOff = KPI(
        id: "BP-2", title: "Roadmap and Strategy sign-off", unit: .status, target: 3, amber: .threshold(2),
        scale: ["Not started", "Business case", "Ongoing", "Complete"])

    private static func ex(
        _ note: String, _ kpi: KPI, _ period: Period, _ values: [Decimal?], _ expected: Status,
        line: Int = #line, column: Int = #column
    ) -> RuleExample<Input, Status> {
        RuleExample(
            note, Input(kpi: kpi, period: period, yearToDate: values), expected, line: line, column: column)
    }

    public static let examples: [RuleExample<Input, Status>] = [
        ex("point: 95 against 95 is GREEN", availability, q(2017, 1), [95], .green),
        ex("point: 94.999 against 95 is not GREEN", availability, q(2017, 1), [dec("94.999")], .amber),
        ex("per-year target: 95 in 2018/19 (target 96) is AMBER", availability, q(2018, 1), [95], .amber),
        ex("per-year target: 96 in 2018/19 is GREEN", availability, q(2018, 1), [96], .green),
        ex("no value for the quarter is NO_DATA", availability, q(2017, 2), [95, nil], .noData),
        ex(
            "no target for the year is DATA_ONLY",
            KPI(id: "K", title: "Calls", unit: .count), q(2017, 1), [120], .dataOnly),
        ex("cumulative Q2: 40000 of 40000 to date is GREEN", savings, q(2017, 2), [15000, 25000], .green),
        ex("cumulative Q2: 38000 is on 5% of 40000, AMBER", savings, q(2017, 2), [15000, 23000], .amber),
        ex("cumulative Q2: 37999 is beyond 5% of 40000, RED", savings, q(2017, 2), [15000, 22999], .red),
        ex("cumulative Q3, missing Q3 return is NO_DATA", savings, q(2017, 3), [15000, 25000, nil], .noData),
        ex("profile Q1: 10% of 80000 is 8000, GREEN", profiled, q(2017, 1), [8000], .green),
        ex("profile Q2: 30% is 24000; 22800 on amber", profiled, q(2017, 2), [8000, 14800], .amber),
        ex("profile Q2: 22799 is RED", profiled, q(2017, 2), [8000, 14799], .red),
        ex(
            "cumulative 0.1 + 0.2 against 0.3 to date is GREEN",
            KPI(id: "K", title: "Tenths", unit: .number, target: dec("0.6"), aggregation: "cumulative"),
            q(2017, 2), [dec("0.1"), dec("0.2")], .green),
        ex("annual KPI in Q3 is NOT_DUE", staffSavings, q(2017, 3), [50000, 60000, 50000], .notDue),
        ex("annual cumulative in Q4: 210000 is GREEN", staffSavings, q(2017, 4), [50000, 60000, 50000, 50000], .green),
        ex(
            "biannual KPI in Q1 is NOT_DUE",
            KPI(id: "K", title: "Survey", unit: .percent, frequency: .biannual, target: 80), q(2017, 1), [70], .notDue),
        ex("average, lower: mean 6 days is within 2 of 5, AMBER", resolution, q(2017, 3), [4, 6, 8], .amber),
        ex("average, lower: mean 7 days is on the band, AMBER", resolution, q(2017, 2), [6, 8], .amber),
        ex("average, lower: mean 7.5 days is RED", resolution, q(2017, 2), [7, 8], .red),
        ex("average, lower: mean 5 days is GREEN", resolution, q(2017, 3), [dec("4.9"), dec("5.1"), 5], .green),
        ex("status: Complete is GREEN", signOff, q(2017, 1), [3], .green),
        ex("status: Ongoing is AMBER", signOff, q(2017, 1), [2], .amber),
        ex("status: Business case is RED", signOff, q(2017, 1), [1], .red),
    ]
}
