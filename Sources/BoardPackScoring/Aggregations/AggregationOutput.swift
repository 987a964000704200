import Foundation

/// What an aggregation gives: the figure compared and the target for the quarter.
public struct AggregationOutput: Hashable, Sendable {
    public var figure: Decimal?
    public var target: Decimal

    public init(figure: Decimal?, target: Decimal) {
        self.figure = figure
        self.target = target
    }
}
