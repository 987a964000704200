import BoardPackCore
import Foundation

extension AggregationRule {
    /// Applies the aggregation to an example's input.
    static func run(_ input: AggregationInput) -> AggregationOutput {
        let rule = Self()
        return AggregationOutput(
            figure: rule.figure(yearToDate: input.yearToDate),
            target: rule.targetToDate(annualTarget: input.annualTarget, quarter: input.quarter, profile: input.profile))
    }
}
