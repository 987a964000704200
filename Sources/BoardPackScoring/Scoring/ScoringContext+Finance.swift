import BoardPackCore
import Foundation

extension ScoringContext {
    /// The finance tables (brief 5.5); nil when the plan has no finance.
    func finance(upTo period: Period) -> FinanceResult? {
        guard let finance = plan.finance else { return nil }
        func sum(_ lines: [FinanceLine], _ i: Int) -> Decimal {
            lines.reduce(Decimal(0)) { $0 + (i < $1.amounts.count ? $1.amounts[i] : 0) }
        }
        var years: [FinanceYearResult] = []
        var cumulative = Decimal(0)
        for (i, year) in finance.years.enumerated() {
            let baseline = sum(finance.baseline, i), budget = sum(finance.budget, i)
            cumulative += baseline - budget
            years.append(yearResult(year: year, baseline: baseline, budget: budget, cumulative: cumulative))
        }
        let baseline = years.reduce(Decimal(0)) { $0 + $1.baseline }
        let budget = years.reduce(Decimal(0)) { $0 + $1.budget }
        let total = yearResult(year: nil, baseline: baseline, budget: budget, cumulative: cumulative)

        var lines: [FinanceLineResult] = []
        for line in finance.budget {
            for (i, year) in finance.years.enumerated() where year <= period.fiscalYear && i < line.amounts.count {
                guard let actual = index.financeActuals[ReturnsIndex.FinanceKey(line: line.name, year: year)]
                else { continue }
                let lineBudget = line.amounts[i]
                let status: Status
                if actual <= lineBudget {
                    status = .green
                } else if actual <= lineBudget + finance.overspendTolerance.width(around: lineBudget) {
                    status = .amber
                } else {
                    status = .red
                }
                lines.append(FinanceLineResult(
                    line: line.name, year: year, budget: lineBudget, actual: actual, variance: actual - lineBudget,
                    status: status))
            }
        }
        return FinanceResult(years: years, total: total, lines: lines)
    }

    private func yearResult(year: Int?, baseline: Decimal, budget: Decimal, cumulative: Decimal) -> FinanceYearResult {
        let savings = baseline - budget
        let percent = baseline == 0 ? Decimal(0) : (savings * 100 / baseline).rounded(places: 1)
        let shares = plan.partners.compactMap { partner in
            partner.share.map { PartnerAmount(partner: partner.id, amount: budget * $0 / 100) }
        }
        return FinanceYearResult(
            year: year, baseline: baseline, budget: budget, savings: savings, savingsPercent: percent,
            cumulativeSavings: cumulative, partnerShares: shares)
    }
}
