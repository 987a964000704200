import BoardPackCore
import BoardPackTestSupport
import Foundation
import Testing
@testable import BoardPackScoring

private typealias Generator = SplitMix

extension SplitMix {
    /// A decimal as plans write them: up to `digits` digits, up to 3 decimal places,
    /// sometimes negative, sometimes with trailing zeros.
    mutating func decimalText(digits: Int = 7, negative: Bool = true) -> String {
        let whole = int(0...Int(pow(10, Double(int(1...digits)))))
        let places = int(0...3)
        var text = "\(whole)"
        if places > 0 { text += "." + (0..<places).map { _ in String(int(0...9)) }.joined() }
        return negative && int(0...4) == 0 ? "-" + text : text
    }
}

@Test func decimalLayoutIsUnderstoodOnThisPlatform() {
    // Without it every figure silently takes the (slow) Decimal path.
    #expect(ScaledDecimal.layoutVerified)
}

@Test func scaledDecimalsRoundTripBitForBit() {
    var generator = Generator(state: 1)
    for _ in 0..<2000 {
        let value = dec(generator.decimalText(digits: 12))
        guard let scaled = ScaledDecimal(exactly: value) else {
            // A zero parsed from "0.00" or "-0" keeps an exponent or sign Foundation's
            // own zero lacks: it must stay a Decimal, and does.
            #expect(value == 0, "\(value) not taken in")
            continue
        }
        #expect(ScaledDecimal.sameBits(scaled.decimal, value), "\(value)")
    }
    #expect(ScaledDecimal(exactly: .nan) == nil)
    #expect(ScaledDecimal(exactly: Decimal(1) / 3) == nil)
    #expect(ScaledDecimal(exactly: dec("123456789012345678901234")) == nil)
}

@Test func scaledArithmeticGivesFoundationsBits() {
    var generator = Generator(state: 2)
    var quotients = 0
    for _ in 0..<3000 {
        let a = dec(generator.decimalText()), b = dec(generator.decimalText())
        guard let x = ScaledDecimal(exactly: a), let y = ScaledDecimal(exactly: b) else {
            // Only a zero with an exponent or sign ("0.00", "-0") stays out.
            #expect(a == 0 || b == 0, "\(a) or \(b) not taken in")
            continue
        }
        if let sum = x.adding(y) { #expect(ScaledDecimal.sameBits(sum.decimal, a + b), "\(a) + \(b)") }
        if let product = x.multiplied(by: y) {
            #expect(ScaledDecimal.sameBits(product.decimal, a * b), "\(a) × \(b)")
        }
        if b != 0, let quotient = x.divided(by: y) {
            quotients += 1
            #expect(ScaledDecimal.sameBits(quotient.decimal, a / b), "\(a) / \(b)")
        }
        for divisor in [2, 3, 4, 100] {
            let d = ScaledDecimal(units: Int64(divisor), scale: 0)
            if let quotient = x.divided(by: d) {
                #expect(ScaledDecimal.sameBits(quotient.decimal, a / Decimal(divisor)), "\(a) / \(divisor)")
            }
        }
        let order = a < b ? -1 : a == b ? 0 : 1
        #expect(x.compare(y) == order, "\(a) vs \(b)")
    }
    #expect(quotients > 100)
    #expect(ScaledDecimal(units: 1, scale: 0).divided(by: ScaledDecimal(units: 3, scale: 0)) == nil)
    #expect(ScaledDecimal(units: Int64.max, scale: 0).adding(ScaledDecimal(units: 1, scale: 0)) == nil)
}

/// The scaled form of a plugin agrees with its Decimal form on the plugin's own examples.
@Test func scaledAggregationsAgreeWithTheirExamples() {
    func check<R: ScaledAggregationRule & ExampleCarryingRule>(_ rule: R.Type)
    where R.Input == AggregationInput, R.Output == AggregationOutput {
        for example in R.examples {
            let scaled = example.input.yearToDate.map { $0.flatMap(ScaledDecimal.init(exactly:)) }
            let expected = R().figure(yearToDate: example.input.yearToDate)
            switch R().scaledFigure(yearToDate: scaled) {
            case .figure(let value):
                #expect(expected.map { ScaledDecimal.sameBits(value.decimal, $0) } == true, "\(example.note)")
            case .none: #expect(expected == nil, "\(example.note)")
            case .needsDecimal: break
            }
        }
    }
    check(PointAggregation.self)
    check(CumulativeAggregation.self)
    check(AverageAggregation.self)
}

@Test func scaledCombinersAgreeWithTheirExamples() {
    func check<R: ScaledPartnerCombiner & ExampleCarryingRule>(_ rule: R.Type)
    where R.Input == [PartnerFigure], R.Output == Decimal? {
        for example in R.examples {
            let scaled = example.input.compactMap { figure in
                ScaledDecimal(exactly: figure.value).map {
                    ScaledPartnerFigure(share: figure.share.flatMap(ScaledDecimal.init(exactly:)), value: $0)
                }
            }
            let expected = R().combine(example.input)
            switch R().scaledCombine(scaled) {
            case .figure(let value):
                #expect(expected.map { ScaledDecimal.sameBits(value.decimal, $0) } == true, "\(example.note)")
            case .none: #expect(expected == nil, "\(example.note)")
            case .needsDecimal: break
            }
        }
    }
    check(MeanCombiner.self)
    check(SumCombiner.self)
    check(WeightedCombiner.self)
    check(MinCombiner.self)
    check(MaxCombiner.self)
}

private func sameBits(_ a: Decimal?, _ b: Decimal?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return ScaledDecimal.sameBits(a, b)
}

/// The fast path scores every figure of random KPIs exactly as the Decimal evaluator
/// does: same statuses and the same bits of every figure, for every rule combination,
/// missing returns, overall rows and partner targets.
@Test func fastScoringMatchesTheDecimalEvaluator() {
    var generator = Generator(state: 3)
    let registry = ScoringPlugins.registry
    let aggregations = ["point", "cumulative", "average"], combiners = ["mean", "sum", "weighted", "min", "max"]
    let frequencies: [Frequency] = [.quarterly, .biannual, .annual]
    let shares: [String: Decimal] = ["A": dec("45.1"), "B": dec("31.3"), "C": dec("23.6")]
    let periods = (0..<12).map { Period(ordinal: Period(fiscalYear: 2019, quarter: 1).ordinal + $0) }
    var compared = 0
    for kpiNumber in 0..<300 {
        let partners = generator.int(0...2) == 0 ? [] : ["A", "B", "C"]
        let amber: AmberRule = switch generator.int(0...2) {
        case 0: .threshold(dec(generator.decimalText(digits: 3, negative: false)))
        case 1: .tolerance(.units(dec(generator.decimalText(digits: 2, negative: false))))
        default: .tolerance(.percent(Decimal(generator.int(0...20))))
        }
        let kpi = KPI(
            id: "K\(kpiNumber)", title: "KPI", unit: .number, polarity: generator.int(0...1) == 0 ? .higher : .lower,
            frequency: frequencies[generator.int(0...2)],
            target: generator.int(0...5) == 0 ? nil : dec(generator.decimalText(digits: 4, negative: false)),
            amber: amber, aggregation: aggregations[generator.int(0...2)], partners: partners,
            combine: combiners[generator.int(0...4)],
            targets: [2020: dec(generator.decimalText(digits: 4, negative: false))],
            profile: generator.int(0...2) == 0 ? [10, 30, 60, 100] : nil,
            partnerTargets: generator.int(0...1) == 0 ? ["A": 4000, "B": dec("2500.5")] : [:])
        var rows: [KPIValue] = []
        let overallRows = partners.isEmpty || generator.int(0...2) == 0
        for period in periods {
            if overallRows, generator.int(0...5) != 0 {
                rows.append(KPIValue(kpi: kpi.id, period: period, value: dec(generator.decimalText(digits: 4))))
            }
            for partner in partners where generator.int(0...7) != 0 {
                let value = generator.int(0...9) == 0 ? nil : dec(generator.decimalText(digits: 4))
                rows.append(KPIValue(kpi: kpi.id, period: period, partner: partner, value: value))
            }
        }
        let evaluator = KPIEvaluator(
            kpi: kpi, aggregation: registry.aggregation(named: kpi.aggregation) ?? PointAggregation(),
            combiner: registry.combiner(named: kpi.combine) ?? MeanCombiner(), shares: shares,
            index: ReturnsIndex(Returns(kpiValues: rows)))
        var scoring = KPIScoring(evaluator: evaluator)
        for series in [nil] + partners.indices.map(Optional.some) {
            for period in periods {
                let fast = scoring.evaluate(series, at: period), slow = evaluator.evaluate(series, at: period)
                let same = fast.status == slow.status && sameBits(fast.value, slow.value)
                    && sameBits(fast.target, slow.target) && sameBits(fast.amber, slow.amber)
                    && sameBits(fast.annualTarget, slow.annualTarget) && sameBits(fast.yearToDate, slow.yearToDate)
                    && fast.cumulative == slow.cumulative && sameBits(fast.comparable, slow.comparable)
                #expect(same, "\(kpi.id) \(series.map(String.init) ?? "overall") \(period): \(fast) vs \(slow)")
                let fastLatest = scoring.latest(series, upTo: period), slowLatest = evaluator.latest(series, upTo: period)
                #expect(
                    fastLatest?.period == slowLatest?.period && sameBits(fastLatest?.value, slowLatest?.value),
                    "\(kpi.id) latest \(period)")
                compared += 1
            }
        }
    }
    #expect(compared > 3000)
}
