import BoardPackCore
import Foundation
import Yams

extension PlanYAMLReader {
    mutating func readFinance(_ node: Node, calendar: FiscalCalendar) -> Finance? {
        guard var f = reader.fields(node, of: "finance", known: PlanSchema.finance, required: ["years", "baseline", "budget"])
        else { return nil }
        f.what = "finance"
        var years: [Int] = []
        for (text, yearNode) in reader.strings(f, "years") {
            guard let year = calendar.parseYear(text) else {
                reader.error(yearNode, "finance year \"\(text)\" is not a fiscal year", expected: calendar.yearFormatHint)
                continue
            }
            if years.contains(year) { reader.error(yearNode, "finance year \(text) is listed twice", expected: "each year once") }
            years.append(year)
        }
        let baseline = lines(f["baseline"], "baseline", count: years.count)
        let budget = lines(f["budget"], "budget", count: years.count)
        if !baseline.isEmpty, !budget.isEmpty, baseline.map(\.name) != budget.map(\.name) {
            reader.error(f["budget"], "budget lines (\(budget.map(\.name).joined(separator: ", "))) differ from baseline lines (\(baseline.map(\.name).joined(separator: ", ")))",
                         expected: "the same lines in the same order")
        }
        var tolerance = Tolerance.percent(5)
        if let node = f["overspend_tolerance"] {
            if let text = YAMLReader.text(node), let t = ValueText.tolerance(text) {
                tolerance = t
            } else {
                reader.error(node, "overspend_tolerance \"\(YAMLReader.text(node) ?? "")\" is not a tolerance",
                             expected: "a percentage of the budget such as 5% or an amount such as 10000")
            }
        }
        guard !years.isEmpty else { return nil }
        return Finance(years: years, baseline: baseline, budget: budget, overspendTolerance: tolerance)
    }

    private mutating func lines(_ node: Node?, _ what: String, count: Int) -> [FinanceLine] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.error(node, "finance \(what) is \(YAMLReader.kind(node))", expected: "lines such as Staff: [3406695, 3492568]")
            return []
        }
        var result: [FinanceLine] = []
        for position in mapping.pairPositions {
            let (keyNode, valueNode) = mapping[position]
            guard let name = YAMLReader.text(keyNode) else { continue }
            guard case .sequence(let sequence) = valueNode else {
                reader.error(valueNode, "finance \(what) line \(name) is \(YAMLReader.kind(valueNode))", expected: "a list of amounts, one per year")
                continue
            }
            let amounts = sequence.compactMap { reader.decimal($0, "an amount of the \(what) line \(name)", expected: "an amount in pounds such as 3406695") }
            if sequence.count != count {
                reader.error(valueNode, "finance \(what) line \(name) has \(sequence.count) \(sequence.count == 1 ? "amount" : "amounts") for \(count) \(count == 1 ? "year" : "years")",
                             expected: "one amount per year in finance.years")
                continue
            }
            if amounts.count == count { result.append(FinanceLine(name: name, amounts: amounts)) }
        }
        return result
    }
}
