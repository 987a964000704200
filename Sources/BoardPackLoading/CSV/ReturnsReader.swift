import BoardPackCore
import Foundation

/// Reads `actuals/*.csv` against a loaded plan: every id, partner, period, value and word is
/// checked, and every problem reported with its file and line.
struct ReturnsReader {
    let plan: Plan
    let folder: String
    var diagnostics: [Diagnostic] = []
    private var periodCache: [String: Period?] = [:]

    private let calendar: FiscalCalendar
    private let quarters: Set<Period>
    private let span: String
    private let kpis: [String: KPI]
    private let milestones: [String: Milestone]
    private let gates: [String: Gate]
    private let risks: Set<String>

    init(plan: Plan, folder: String) {
        self.plan = plan
        self.folder = folder
        calendar = plan.calendar
        let programme = calendar.periods(from: plan.programme.start, through: plan.programme.end)
        quarters = Set(programme)
        span = "\(programme.first.map(calendar.label) ?? "?") to \(programme.last.map(calendar.label) ?? "?")"
        kpis = Dictionary(plan.kpis.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        milestones = Dictionary(plan.milestones.map { ($0.milestone.id, $0.milestone) }, uniquingKeysWith: { a, _ in a })
        gates = Dictionary(plan.gates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        risks = Set(plan.risks.map(\.id))
    }

    mutating func read() -> Returns {
        Returns(kpiValues: readKPIs(), milestoneUpdates: readMilestones(), riskUpdates: readRisks(),
                financeActuals: readFinance())
    }

    // MARK: Shared cells

    private mutating func period(_ row: CSVRow) -> Period? {
        guard let text = row["period"] else {
            diagnostics.append(row.error("the period is empty", expected: calendar.periodFormatHint))
            return nil
        }
        // A returns file repeats a handful of period spellings thousands of times.
        let parsed: Period?
        if let cached = periodCache[text] {
            parsed = cached
        } else {
            parsed = calendar.parsePeriod(text)
            periodCache[text] = .some(parsed)
        }
        guard let period = parsed else {
            diagnostics.append(row.error("period \"\(text)\" is not a quarter", expected: calendar.periodFormatHint))
            return nil
        }
        guard quarters.contains(period) else {
            diagnostics.append(row.error("period \(calendar.label(period)) is outside the programme (\(span))",
                                         expected: "a quarter from \(span)"))
            return nil
        }
        return period
    }

    private mutating func reference(_ row: CSVRow, _ column: String, kind: String, exists: (String) -> Bool, known: () -> [String]) -> String? {
        guard let id = row[column] else {
            diagnostics.append(row.error("the \(column) cell is empty", expected: "a \(kind) id from the plan"))
            return nil
        }
        guard exists(id) else {
            let hint = ValueText.suggestion(for: id, among: known()).map { " (did you mean \"\($0)\"?)" } ?? ""
            diagnostics.append(row.error("unknown \(kind) \"\(id)\"\(hint)", expected: "a \(kind) id declared in plan.yaml"))
            return nil
        }
        return id
    }

    private mutating func date(_ row: CSVRow, _ column: String, of id: String) -> (Day?, ok: Bool) {
        guard let text = row[column] else { return (nil, true) }
        guard let day = Day(iso: text) else {
            diagnostics.append(row.error("\(column) \"\(text)\" for \(id) is not a date", expected: "a real date written YYYY-MM-DD"))
            return (nil, false)
        }
        return (day, true)
    }

    // MARK: kpis.csv

    private mutating func readKPIs() -> [KPIValue] {
        let table = CSVTable(path: "\(folder)/kpis.csv", known: ["kpi", "period", "partner", "value", "commentary"],
                             required: ["kpi", "period", "value"])
        var values: [KPIValue] = []
        let kpis = self.kpis, ids = plan.kpis.map(\.id)
        var seen: [String: Int] = [:]
        var problems: [Diagnostic] = []
        table.read(into: &problems) { row in
            guard let id = reference(row, "kpi", kind: "KPI", exists: { kpis[$0] != nil }, known: { ids }),
                  let kpi = kpis[id] else { _ = period(row); return }
            guard let period = period(row) else { return }
            let partner = row["partner"]
            if let partner, !kpi.partners.contains(partner) {
                let expected = kpi.partners.isEmpty
                    ? "an empty partner cell: \(id) is reported overall only"
                    : "one of \(kpi.partners.joined(separator: ", ")), or empty for the overall figure"
                diagnostics.append(row.error("partner \"\(partner)\" is not listed for \(id)", expected: expected))
                return
            }
            var value: Decimal?
            if let text = row["value"] {
                if kpi.unit == .status {
                    let scale = kpi.scale ?? []
                    guard let i = scale.firstIndex(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) else {
                        diagnostics.append(row.error("value \"\(text)\" for \(id) is not on its scale",
                                                     expected: "one of \(scale.joined(separator: ", "))"))
                        return
                    }
                    value = Decimal(i)
                } else {
                    guard let number = ValueText.reportedNumber(text) else {
                        diagnostics.append(row.error("value \"\(text)\" for \(id) is not a number",
                                                     expected: "a number such as 95, 95% or £1,250"))
                        return
                    }
                    value = number
                }
            }
            if frequencyMismatch(kpi, period) {
                diagnostics.append(.warning(row.path, line: row.line,
                    "\(id) is \(kpi.frequency.rawValue) and not due in \(calendar.label(period)); the value is kept for its history",
                    expected: kpi.frequency == .annual ? "values in Q4" : "values in Q2 and Q4"))
            }
            let key = "\(id)\u{1F}\(period.ordinal)\u{1F}\(partner ?? "")"
            if let first = seen[key] {
                diagnostics.append(row.error(
                    "a second row for \(id), \(calendar.label(period)), \(partner.map { "partner \($0)" } ?? "overall figure")",
                    expected: "one row per KPI, period and partner (the first is at line \(first))"))
                return
            }
            seen[key] = row.line
            values.append(KPIValue(kpi: id, period: period, partner: partner, value: value,
                                   commentary: row["commentary"], source: row.source))
        }
        diagnostics += problems
        return values
    }

    private func frequencyMismatch(_ kpi: KPI, _ period: Period) -> Bool { !kpi.frequency.isDue(in: period) }

    // MARK: milestones.csv

    private mutating func readMilestones() -> [MilestoneUpdate] {
        let table = CSVTable(
            path: "\(folder)/milestones.csv",
            known: ["milestone", "period", "status", "forecast", "completed", "decision", "dca", "criteria_met", "commentary"],
            required: ["milestone", "period"])
        var updates: [MilestoneUpdate] = []
        let milestones = self.milestones, ids = plan.milestones.map(\.milestone.id)
        var problems: [Diagnostic] = []
        table.read(into: &problems) { row in
            guard let id = reference(row, "milestone", kind: "milestone", exists: { milestones[$0] != nil },
                                     known: { ids }),
                  let milestone = milestones[id] else { _ = period(row); return }
            guard let period = period(row) else { return }
            var update = MilestoneUpdate(milestone: id, period: period, commentary: row["commentary"], source: row.source)
            var ok = true
            if let text = row["status"] {
                update.status = MilestoneState(rawValue: text.lowercased())
                if update.status == nil {
                    diagnostics.append(row.error("status \"\(text)\" for \(id) is not a milestone status",
                                                 expected: "one of \(MilestoneState.allCases.map(\.rawValue).joined(separator: ", "))"))
                    ok = false
                }
            }
            let forecast = date(row, "forecast", of: id), completed = date(row, "completed", of: id)
            update.forecast = forecast.0
            update.completed = completed.0
            ok = ok && forecast.ok && completed.ok
            let gateCells = ["decision", "dca", "criteria_met"].filter { row[$0] != nil }
            if let gateID = milestone.gate {
                if let text = row["decision"] {
                    update.decision = GateDecision(rawValue: text.lowercased())
                    if update.decision == nil {
                        diagnostics.append(row.error("decision \"\(text)\" for \(id) is not a gate decision",
                                                     expected: "one of passed, failed, deferred"))
                        ok = false
                    }
                }
                if let text = row["dca"] {
                    let normalised = text.uppercased().replacingOccurrences(of: "-", with: "/").replacingOccurrences(of: " ", with: "")
                    update.dca = DeliveryConfidence(rawValue: normalised)
                    if update.dca == nil {
                        diagnostics.append(row.error("DCA \"\(text)\" for \(id) is not a delivery confidence assessment",
                                                     expected: "one of GREEN, AMBER/GREEN, AMBER, AMBER/RED, RED"))
                        ok = false
                    }
                }
                if let text = row["criteria_met"] {
                    let count = gates[gateID]?.criteria.count ?? 0
                    if let criteria = criteria(text, count: count) {
                        update.criteriaMet = criteria
                    } else {
                        diagnostics.append(row.error("criteria_met \"\(text)\" for \(id) does not name criteria of gate \(gateID)",
                                                     expected: "all, or criterion numbers from 1 to \(count) separated by ';' (e.g. 1;3)"))
                        ok = false
                    }
                }
            } else if !gateCells.isEmpty {
                diagnostics.append(row.error("\(gateCells.joined(separator: ", ")) given for \(id), which is not a stage gate",
                                             expected: "decision, dca and criteria_met only for milestones with a gate"))
                ok = false
            }
            if ok { updates.append(update) }
        }
        diagnostics += problems
        return updates
    }

    private func criteria(_ text: String, count: Int) -> CriteriaMet? {
        if text.lowercased() == "all" { return .all }
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, !numbers.isEmpty, numbers.allSatisfy({ (1...max(count, 0)).contains($0) }) else {
            return nil
        }
        return .numbers(numbers.sorted())
    }

    // MARK: risks.csv

    private mutating func readRisks() -> [RiskUpdate] {
        let table = CSVTable(path: "\(folder)/risks.csv", known: ["risk", "period", "likelihood", "impact", "commentary"],
                             required: ["risk", "period"])
        var updates: [RiskUpdate] = []
        let risks = self.risks, ids = plan.risks.map(\.id)
        var problems: [Diagnostic] = []
        table.read(into: &problems) { row in
            guard let id = reference(row, "risk", kind: "risk", exists: { risks.contains($0) }, known: { ids })
            else { _ = period(row); return }
            guard let period = period(row) else { return }
            var update = RiskUpdate(risk: id, period: period, commentary: row["commentary"], source: row.source)
            var ok = true
            for column in ["likelihood", "impact"] {
                guard let text = row[column] else { continue }
                guard let n = ValueText.integer(text), (1...5).contains(n) else {
                    diagnostics.append(row.error("\(column) \"\(text)\" for \(id) is not a score from 1 to 5",
                                                 expected: "a whole number from 1 to 5"))
                    ok = false
                    continue
                }
                if column == "likelihood" { update.likelihood = n } else { update.impact = n }
            }
            if ok { updates.append(update) }
        }
        diagnostics += problems
        return updates
    }

    // MARK: finance.csv

    private mutating func readFinance() -> [FinanceActual] {
        let table = CSVTable(path: "\(folder)/finance.csv", known: ["line", "year", "actual"], required: ["line", "year", "actual"])
        var actuals: [FinanceActual] = []
        var seen: [String: Int] = [:]
        var problems: [Diagnostic] = []
        let finance = plan.finance
        let lines = finance?.budget.map(\.name) ?? []
        table.read(into: &problems) { row in
            guard let finance else {
                diagnostics.append(row.error("finance actuals given, but the plan has no finance section",
                                             expected: "finance: in plan.yaml, or no finance.csv"))
                return
            }
            guard let line = row["line"], lines.contains(line) else {
                diagnostics.append(row.error("unknown finance line \"\(row["line"] ?? "")\"",
                                             expected: "one of \(lines.joined(separator: ", "))"))
                return
            }
            guard let yearText = row["year"], let year = calendar.parseYear(yearText), finance.years.contains(year) else {
                diagnostics.append(row.error("year \"\(row["year"] ?? "")\" is not a finance year of the plan",
                                             expected: "one of \(finance.years.map(calendar.yearLabel).joined(separator: ", "))"))
                return
            }
            guard let text = row["actual"], let actual = ValueText.reportedNumber(text) else {
                diagnostics.append(row.error("actual \"\(row["actual"] ?? "")\" for \(line) \(calendar.yearLabel(year)) is not an amount",
                                             expected: "an amount such as 3245000 or £3,245,000"))
                return
            }
            let key = "\(line)\u{1F}\(year)"
            if let first = seen[key] {
                diagnostics.append(row.error("a second row for \(line) \(calendar.yearLabel(year))",
                                             expected: "one row per line and year (the first is at line \(first))"))
                return
            }
            seen[key] = row.line
            actuals.append(FinanceActual(line: line, year: year, actual: actual, source: row.source))
        }
        diagnostics += problems
        return actuals
    }
}
