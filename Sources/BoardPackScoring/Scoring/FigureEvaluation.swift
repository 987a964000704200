import BoardPackCore
import Foundation

/// One KPI figure scored for one quarter, before trends: what history points, trends and
/// previous statuses need.
struct FigureEvaluation: Hashable, Sendable {
    var status: Status
    /// The figure compared (year to date for cumulative KPIs); nil when NOT_DUE.
    var value: Decimal?
    /// The target to date.
    var target: Decimal?
    var amber: Decimal?
    /// The full-year target (cumulative KPIs).
    var annualTarget: Decimal?
    /// Sum of the year's values given so far (cumulative KPIs, also when NOT_DUE).
    var yearToDate: Decimal?
    /// Whether `value` is a year to date (cumulative KPIs).
    var cumulative = false

    /// What trends compare: the value, or for cumulative KPIs value ÷ target to date (nil
    /// without a target to date, so a DATA_ONLY year to date has no direction). Computed
    /// only when asked: history points never need it, and division is costly.
    var comparable: Decimal? {
        guard cumulative else { return value }
        guard let value, let target, target != 0 else { return nil }
        // Most quotients of a year to date by a target to date terminate; those are exact
        // in integers and the same bits as Foundation's division.
        if let exactValue = ScaledDecimal(exactly: value), let exactTarget = ScaledDecimal(exactly: target),
           let quotient = exactValue.divided(by: exactTarget) {
            return quotient.decimal
        }
        return value / target
    }
}
