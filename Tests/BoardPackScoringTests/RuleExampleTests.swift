import BoardPackCore
import Testing
@testable import BoardPackScoring

/// One rule example, checked: the rule is applied when the test runs.
struct CheckedExample: Sendable, CustomTestStringConvertible {
    let rule: String
    let note: String
    let location: ExampleLocation
    let check: @Sendable () -> (passed: Bool, actual: String, expected: String)

    var testDescription: String { "\(rule): \(note)" }
}

func checked<R: ExampleCarryingRule>(_ rule: R.Type) -> [CheckedExample] {
    let name = R.ruleName
    return R.examples.map { example in
        CheckedExample(rule: name, note: example.note, location: example.location) {
            let actual = R.evaluate(example.input)
            return (actual == example.expected, String(describing: actual), String(describing: example.expected))
        }
    }
}

let everyRuleExample: [CheckedExample] =
    checked(KPIStatusRule.self) + checked(AmberThresholdRule.self) + checked(KPIFigureRule.self)
    + checked(PointAggregation.self) + checked(CumulativeAggregation.self) + checked(AverageAggregation.self)
    + checked(MeanCombiner.self) + checked(SumCombiner.self) + checked(WeightedCombiner.self)
    + checked(MinCombiner.self) + checked(MaxCombiner.self)
    + checked(WorstRollup.self) + checked(AverageRollup.self) + checked(StatusRollup.self)
    + checked(RiskBandRule.self) + checked(MilestoneSlipRule.self) + checked(TrendRule.self)

@Test("Every rule gives the output its examples expect", arguments: everyRuleExample)
func ruleExample(_ example: CheckedExample) {
    let outcome = example.check()
    #expect(
        outcome.passed, "\(example.rule): \(example.note): got \(outcome.actual), expected \(outcome.expected)",
        sourceLocation: SourceLocation(
            fileID: example.location.fileID, filePath: example.location.filePath, line: example.location.line,
            column: example.location.column))
}

@Test func everyBuiltInScoringPluginCarriesExamples() {
    let withExamples: [String: Int] = [
        "aggregation point": PointAggregation.examples.count,
        "aggregation cumulative": CumulativeAggregation.examples.count,
        "aggregation average": AverageAggregation.examples.count,
        "combiner mean": MeanCombiner.examples.count, "combiner sum": SumCombiner.examples.count,
        "combiner weighted": WeightedCombiner.examples.count, "combiner min": MinCombiner.examples.count,
        "combiner max": MaxCombiner.examples.count,
        "rollup worst": WorstRollup.examples.count, "rollup average": AverageRollup.examples.count,
    ]
    let listed = ScoringPlugins.registry.descriptors.map { "\($0.kind.rawValue) \($0.name)" }
    #expect(Set(listed) == Set(withExamples.keys))
    #expect(listed.count == Set(listed).count, "plugin names are unique within a kind")
    for (name, count) in withExamples { #expect(count >= 2, "\(name) needs boundary examples") }
}

@Test func pluginNamesAreTheBriefs() {
    let registry = ScoringPlugins.registry
    #expect(registry.names(of: .aggregation) == ["point", "cumulative", "average"])
    #expect(registry.names(of: .combiner) == ["mean", "sum", "weighted", "min", "max"])
    #expect(registry.names(of: .rollup) == ["worst", "average"])
    #expect(SumCombiner().isAdditive)
    #expect(![MeanCombiner().isAdditive, WeightedCombiner().isAdditive, MinCombiner().isAdditive,
              MaxCombiner().isAdditive].contains(true))
    #expect(CumulativeAggregation().isCumulative && !PointAggregation().isCumulative && !AverageAggregation().isCumulative)
}

@Test func examplesRecordTheirOwnLine() throws {
    let example = try #require(RiskBandRule.examples.first)
    #expect(example.location.fileID.hasSuffix("RiskBandRule.swift"))
    #expect(example.location.line > 1)
    let lines = Set(KPIStatusRule.examples.map(\.location.line))
    #expect(lines.count == KPIStatusRule.examples.count, "each example is reported at its own line")
}
