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
    /// What trends compare: the value, or value ÷ target to date for cumulative KPIs.
    var comparable: Decimal?
}
