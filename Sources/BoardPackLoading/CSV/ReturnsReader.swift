import BoardPackCore
import Foundation

/// Reads `actuals/*.csv` against a loaded plan: every id, partner, period, value and word is
/// checked, and every problem reported with its file and line.
///
/// The reader is a value: each piece of work (a piece of `kpis.csv`, a smaller file) runs
/// on its own copy, with its own diagnostics and caches, so pieces can be read side by side
/// and their results put together in file order.
struct ReturnsReader: Sendable {
    let plan: Plan
    let folder: String
    var diagnostics: [Diagnostic] = []
    private var periodCache: [String: Period?] = [:]
    /// Returns list a KPI's periods in runs, and a KPI's rows together: one string compare
    /// saves a hash lookup on most rows.
    private var lastPeriod: (text: String, period: Period?)?
    private var lastKPI: (text: String, index: Int)?
    private var scaleCache: [ScaleWord: Int?] = [:]

    private let calendar: FiscalCalendar
    /// The programme's quarters, by ordinal: they run without gaps from first to last.
    private let quarters: ClosedRange<Int>?
    private let span: String
    private let kpiIndex: [String: Int]
    private let kpiIDs: [String]
    /// What a row's checks need of each KPI, apart: reading a whole `KPI` per row would copy
    /// (and retain) every one of its fields.
    private let kpiPartners: [[String]]
    private let kpiIsStatus: [Bool]
    private let kpiFrequencies: [Frequency]
    private let kpiScales: [[String]]
    private let milestones: [String: Milestone]
    private let gates: [String: Gate]
    private let risks: Set<String>
    /// Per status KPI, per scale word: true when no earlier word of the scale matches it
    /// without case, so a cell spelled exactly like the word is at that word's position.
    private let scaleExactIsFirst: [[Bool]]

    init(plan: Plan, folder: String) {
        self.plan = plan
        self.folder = folder
        calendar = plan.calendar
        let programme = calendar.periods(from: plan.programme.start, through: plan.programme.end)
        if let first = programme.first, let last = programme.last { quarters = first.ordinal...last.ordinal } else { quarters = nil }
        span = "\(programme.first.map(calendar.label) ?? "?") to \(programme.last.map(calendar.label) ?? "?")"
        kpiIndex = plan.kpiPositions()
        kpiIDs = plan.kpis.map(\.id)
        kpiPartners = plan.kpis.map(\.partners)
        kpiIsStatus = plan.kpis.map { $0.unit == .status }
        kpiFrequencies = plan.kpis.map(\.frequency)
        kpiScales = plan.kpis.map { $0.scale ?? [] }
        milestones = Dictionary(plan.milestones.map { ($0.milestone.id, $0.milestone) }, uniquingKeysWith: { a, _ in a })
        gates = Dictionary(plan.gates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        risks = Set(plan.risks.map(\.id))
        // Plans give many KPIs the same scale: each distinct scale is compared once.
        var byScale: [[String]: [Bool]] = [:]
        var exactIsFirst = [[Bool]](repeating: [], count: plan.kpis.count)
        for (index, kpi) in plan.kpis.enumerated() where kpi.unit == .status {
            guard let scale = kpi.scale else { continue }
            if let known = byScale[scale] {
                exactIsFirst[index] = known
                continue
            }
            let flags = scale.indices.map { i in
                !scale[..<i].contains { $0.caseInsensitiveCompare(scale[i]) == .orderedSame }
            }
            byScale[scale] = flags
            exactIsFirst[index] = flags
        }
        scaleExactIsFirst = exactIsFirst
    }

    /// The four returns files, opened (not yet read), in the order they are reported.
    static func tables(folder: String, pieceBytes: Int = CSVTable.defaultPieceBytes) -> [CSVTable] {
        [
            CSVTable(path: "\(folder)/kpis.csv", known: ["kpi", "period", "partner", "value", "commentary"],
                     required: ["kpi", "period", "value"], pieceBytes: pieceBytes),
            CSVTable(path: "\(folder)/milestones.csv",
                     known: ["milestone", "period", "status", "forecast", "completed", "decision", "dca", "criteria_met", "commentary"],
                     required: ["milestone", "period"], pieceBytes: pieceBytes),
            CSVTable(path: "\(folder)/risks.csv", known: ["risk", "period", "likelihood", "impact", "commentary"],
                     required: ["risk", "period"], pieceBytes: pieceBytes),
            CSVTable(path: "\(folder)/finance.csv", known: ["line", "year", "actual"], required: ["line", "year", "actual"],
                     pieceBytes: pieceBytes),
        ]
    }

    /// Checks the rows of ``tables(folder:pieceBytes:)``, already read by CSV.swift: the
    /// pieces of `kpis.csv` and the other files side by side, then put together in file order.
    mutating func read(_ tables: [CSVTable]) -> Returns {
        let kpiTable = tables[0], milestoneTable = tables[1], riskTable = tables[2], financeTable = tables[3]
        let kpiPieces = kpiTable.pieces.count
        let base = self
        // The other files first: each is one piece of work, and Parallel hands work out in
        // order, so a long one left to the end would keep the other core waiting. Each piece
        // of kpis.csv puts its values straight into its own stretch of the returns' values.
        let capacities = [0, 0, 0] + (0..<kpiPieces).map { kpiTable.rowCount(inPiece: $0) }
        let (values, parts) = Parallel.map(appendingTo: capacities) { task, stretch -> ReturnsPart in
            var reader = base
            reader.diagnostics = []
            switch task {
            case 0: return .milestones(reader.readMilestones(milestoneTable), reader.diagnostics)
            case 1: return .risks(reader.readRisks(riskTable), reader.diagnostics)
            case 2: return .finance(reader.readFinance(financeTable), reader.diagnostics)
            default: return .kpis(reader.readKPIs(kpiTable, piece: task - 3, into: &stretch))
            }
        }
        var returns = Returns()
        var batches: [KPIBatch] = []
        var later: [Diagnostic] = []
        for part in parts {
            switch part {
            case .kpis(let batch): batches.append(batch)
            case .milestones(let updates, let found): returns.milestoneUpdates = updates; later += found
            case .risks(let updates, let found): returns.riskUpdates = updates; later += found
            case .finance(let actuals, let found): returns.financeActuals = actuals; later += found
            }
        }
        returns.kpiValues = mergeKPIs(batches, values: values)
        diagnostics += kpiTable.problems
        for batch in batches { diagnostics += batch.problems }
        diagnostics += later
        return returns
    }

    // MARK: Shared cells

    private mutating func period(_ row: CSVRow, column: Int?) -> Period? {
        guard let text = row[column] else {
            diagnostics.append(row.error("the period is empty", expected: calendar.periodFormatHint))
            return nil
        }
        // A returns file repeats a handful of period spellings thousands of times.
        let parsed: Period?
        if let last = lastPeriod, last.text == text {
            parsed = last.period
        } else if let cached = periodCache[text] {
            parsed = cached
        } else {
            parsed = calendar.parsePeriod(text)
            periodCache[text] = .some(parsed)
        }
        lastPeriod = (text, parsed)
        guard let period = parsed else {
            diagnostics.append(row.error("period \"\(text)\" is not a quarter", expected: calendar.periodFormatHint))
            return nil
        }
        guard let quarters, quarters.contains(period.ordinal) else {
            diagnostics.append(row.error("period \(calendar.label(period)) is outside the programme (\(span))",
                                         expected: "a quarter from \(span)"))
            return nil
        }
        return period
    }

    private mutating func period(_ row: CSVRow) -> Period? { period(row, column: row.columns["period"]) }

    private mutating func reference(_ row: CSVRow, _ column: String, kind: String, exists: (String) -> Bool, known: () -> [String]) -> String? {
        guard let id = row[column] else {
            diagnostics.append(row.error("the \(column) cell is empty", expected: "a \(kind) id from the plan"))
            return nil
        }
        guard exists(id) else {
            unknown(row, id, kind: kind, known: known())
            return nil
        }
        return id
    }

    private mutating func unknown(_ row: CSVRow, _ id: String, kind: String, known: [String]) {
        let hint = ValueText.suggestion(for: id, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
        diagnostics.append(row.error("unknown \(kind) \"\(id)\"\(hint)", expected: "a \(kind) id declared in plan.yaml"))
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

    /// The rows of one piece of `kpis.csv`, checked in every way but for repeats; the values
    /// of the rows that passed go to `values`.
    private mutating func readKPIs(_ table: CSVTable, piece: Int, into values: inout Parallel.Stretch<KPIValue>) -> KPIBatch {
        let kpiColumn = table.column("kpi"), periodColumn = table.column("period")
        let partnerColumn = table.column("partner"), valueColumn = table.column("value")
        let commentaryColumn = table.column("commentary")
        var batch = KPIBatch()
        let rows = table.rowCount(inPiece: piece)
        batch.keys.reserveCapacity(rows)
        batch.marks.reserveCapacity(rows)
        var problems: [Diagnostic] = []
        table.forEachRow(inPiece: piece, problems: &problems) { row in
            guard let text = row[kpiColumn] else {
                diagnostics.append(row.error("the kpi cell is empty", expected: "a KPI id from the plan"))
                _ = period(row, column: periodColumn)
                return
            }
            let index: Int
            if let last = lastKPI, last.text == text {
                index = last.index
            } else if let last = lastKPI, last.index + 1 < kpiIDs.count, kpiIDs[last.index + 1] == text {
                // Returns usually list the KPIs in plan order.
                index = last.index + 1
                lastKPI = (text, index)
            } else if let found = kpiIndex[text] {
                index = found
                lastKPI = (text, found)
            } else {
                unknown(row, text, kind: "KPI", known: kpiIDs)
                _ = period(row, column: periodColumn)
                return
            }
            guard let period = period(row, column: periodColumn) else { return }
            let id = kpiIDs[index]
            let partner = row[partnerColumn]
            var partnerSlot = 0
            if let partner {
                let partners = kpiPartners[index]
                guard let position = partners.firstIndex(of: partner) else {
                    let expected = partners.isEmpty
                        ? "an empty partner cell: \(id) is reported overall only"
                        : "one of \(partners.joined(separator: ", ")), or empty for the overall figure"
                    diagnostics.append(row.error("partner \"\(partner)\" is not listed for \(id)", expected: expected))
                    return
                }
                partnerSlot = position + 1
            }
            var value: Decimal?
            if let text = row[valueColumn] {
                if kpiIsStatus[index] {
                    guard let position = scalePosition(text, kpi: index) else {
                        diagnostics.append(row.error("value \"\(text)\" for \(id) is not on its scale",
                                                     expected: "one of \(kpiScales[index].joined(separator: ", "))"))
                        return
                    }
                    value = Decimal(position)
                } else {
                    guard let number = ValueText.reportedNumber(text) else {
                        diagnostics.append(row.error("value \"\(text)\" for \(id) is not a number",
                                                     expected: "a number such as 95, 95% or £1,250"))
                        return
                    }
                    value = number
                }
            }
            let frequency = kpiFrequencies[index]
            if !frequency.isDue(in: period) {
                diagnostics.append(.warning(row.path, line: row.line,
                    "\(id) is \(frequency.rawValue) and not due in \(calendar.label(period)); the value is kept for its history",
                    expected: frequency == .annual ? "values in Q4" : "values in Q2 and Q4"))
            }
            values.append(KPIValue(kpi: id, period: period, partner: partner, value: value,
                                   commentary: row[commentaryColumn], source: row.source))
            batch.keys.append(KPIValueKey(kpi: index, ordinal: period.ordinal, partner: partnerSlot))
            batch.marks.append(diagnostics.count)
        }
        batch.diagnostics = diagnostics
        batch.problems = problems
        return batch
    }

    /// A status word's position on a KPI's scale, compared as Foundation compares without
    /// case. A word spelled exactly as on the scale is found without Foundation when no
    /// earlier word of the scale matches it; others are compared once per KPI and word.
    private mutating func scalePosition(_ text: String, kpi index: Int) -> Int? {
        let scale = kpiScales[index]
        let exactIsFirst = scaleExactIsFirst[index]
        if let exact = scale.firstIndex(of: text), exact < exactIsFirst.count, exactIsFirst[exact],
           scale[exact].utf8.elementsEqual(text.utf8) {
            return exact
        }
        let key = ScaleWord(kpi: index, word: text)
        if let cached = scaleCache[key] { return cached }
        let position = scale.firstIndex { $0.caseInsensitiveCompare(text) == .orderedSame }
        scaleCache[key] = .some(position)
        return position
    }

    /// `values` (the batches' values, one batch after another) without second rows for a
    /// KPI, period and partner; the batches' diagnostics go to ``diagnostics`` in the order
    /// one pass over the file gives.
    private mutating func mergeKPIs(_ batches: [KPIBatch], values: [KPIValue]) -> [KPIValue] {
        var seen = SeenKPIValues(partnerCounts: kpiPartners.map(\.count), quarters: quarters)
        let starts = batches.map(\.keys.count).starts
        // Second rows first: in the usual return there are none, and the values stand as read.
        let seconds = zip(batches, starts).map { batch, start in
            batch.keys.indices.compactMap { index in
                seen.first(batch.keys[index], at: start + index).map { (index: index, first: $0) }
            }
        }
        guard seconds.contains(where: { !$0.isEmpty }) else {
            for batch in batches { diagnostics += batch.diagnostics }
            return values
        }
        var kept: [KPIValue] = []
        kept.reserveCapacity(values.count)
        for ((batch, start), seconds) in zip(zip(batches, starts), seconds) {
            var flushed = 0, taken = start
            for (index, first) in seconds {
                let mark = batch.marks[index]
                diagnostics += batch.diagnostics[flushed..<mark]
                flushed = mark
                kept += values[taken..<start + index]
                taken = start + index + 1
                let value = values[start + index]
                diagnostics.append(.error(value.source?.file ?? "", line: value.source?.line,
                    "a second row for \(value.kpi), \(calendar.label(value.period)), \(value.partner.map { "partner \($0)" } ?? "overall figure")",
                    expected: "one row per KPI, period and partner (the first is at line \(values[first].source?.line ?? 0))"))
            }
            kept += values[taken..<start + batch.keys.count]
            diagnostics += batch.diagnostics[flushed...]
        }
        return kept
    }

    // MARK: milestones.csv

    private mutating func readMilestones(_ table: CSVTable) -> [MilestoneUpdate] {
        var updates: [MilestoneUpdate] = []
        let milestones = self.milestones, ids = plan.milestones.map(\.milestone.id)
        var problems = table.problems
        table.forEachRow(problems: &problems) { row in
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

    private mutating func readRisks(_ table: CSVTable) -> [RiskUpdate] {
        var updates: [RiskUpdate] = []
        let risks = self.risks, ids = plan.risks.map(\.id)
        var problems = table.problems
        table.forEachRow(problems: &problems) { row in
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

    private mutating func readFinance(_ table: CSVTable) -> [FinanceActual] {
        var actuals: [FinanceActual] = []
        var seen: [String: Int] = [:]
        var problems = table.problems
        let finance = plan.finance
        let lines = finance?.budget.map(\.name) ?? []
        table.forEachRow(problems: &problems) { row in
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
