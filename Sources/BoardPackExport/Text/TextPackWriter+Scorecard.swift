import BoardPackCore

extension TextPackWriter {
    // MARK: 3 KPI scorecard

    func scorecard() -> [String] {
        guard !pack.kpis.isEmpty else { return ["The plan has no KPIs."] }
        var table = TextTable([
            .init(header: "KPI"), .init(header: "Title", flexible: true), .init(header: "Partner"),
            .init(header: "Target", rightAligned: true), .init(header: "Value", rightAligned: true),
            .init(header: "Status"), .init(header: "Trend"), .init(header: "Year on year"),
        ])
        for r in pack.kpis {
            var notes: [String] = []
            var value = figure(r.value, r)
            if r.status == .notDue {
                value = figure(r.latestValue, r)
                if let latest = r.latestPeriod { notes.append("Not due this quarter; latest value is for \(calendar.label(latest)).") }
            }
            if let annual = r.annualTarget, r.status != .notDue {
                notes.append("Year to date against a target to date; annual target \(figure(annual, r)).")
            } else if r.status == .notDue, let ytd = r.yearToDate {
                notes.append("Year to date: \(figure(ytd, r)).")
            }
            if let commentary = r.commentary, !commentary.isEmpty { notes.append("Commentary: \(commentary)") }
            table.add([
                r.partner == nil ? r.kpiID : "",
                r.partner == nil ? r.title : "",
                r.partner ?? "Overall",
                figure(r.target, r),
                value,
                r.status.label,
                r.trend.label,
                r.trendYear.label,
            ], notes: notes)
        }
        return table.render(width: width)
    }

    // MARK: 4 Roadmap

    func roadmap() -> [String] {
        let programme = pack.plan.programme
        let quarters = calendar.periods(from: programme.start, through: programme.end)
        guard let first = quarters.first, let last = quarters.last else { return ["The programme has no quarters."] }
        let years = Array(first.fiscalYear...last.fiscalYear)
        // Two characters a quarter when it fits beside a readable label, else one column a
        // year; the label takes whatever the grid leaves.
        let byQuarter = 30 + years.count * 9 <= width
        let label = byQuarter ? min(56, width - years.count * 9) : 36
        let cellsPerYear = byQuarter ? 4 : 1
        let cellWidth = byQuarter ? 2 : min(7, max(2, (width - label) / years.count - 1))

        func columns(for start: Day, _ end: Day) -> Set<Int> {
            Set(calendar.periods(from: start, through: end).map { index(of: $0) })
        }
        func index(of period: Period) -> Int {
            let yearIndex = period.fiscalYear - first.fiscalYear
            return byQuarter ? yearIndex * 4 + period.quarter - 1 : yearIndex
        }
        func row(_ name: String, cells: [Int: String]) -> String {
            var line = TextWrap.padded(String(name.prefix(label - 1)), label)
            for (y, _) in years.enumerated() {
                for q in 0..<cellsPerYear {
                    line += TextWrap.padded(cells[y * cellsPerYear + q] ?? "", cellWidth)
                }
                line += " "
            }
            return TextWrap.trimmedRight(line)
        }
        func fill(_ indices: Set<Int>, with mark: String) -> [Int: String] {
            var cells: [Int: String] = [:]
            for i in indices { cells[i] = String(repeating: mark, count: cellWidth) }
            return cells
        }

        var out: [String] = []
        var yearHeader = TextWrap.padded("", label)
        var quarterHeader = TextWrap.padded("", label)
        for year in years {
            let full = calendar.yearLabel(year)
            let text = byQuarter || cellWidth >= full.count ? full
                : cellWidth >= 5 && full.count == 7 ? String(full.suffix(5)) : String(String(year).suffix(2))
            yearHeader += TextWrap.padded(text, cellsPerYear * cellWidth) + " "
            quarterHeader += (byQuarter ? "Q1Q2Q3Q4" : TextWrap.padded("", cellWidth)) + " "
        }
        out.append(TextWrap.trimmedRight(yearHeader))
        if byQuarter { out.append(TextWrap.trimmedRight(quarterHeader)) }
        out.append(row("", cells: [index(of: pack.period): "▼"]))

        out.append("Phases")
        let phases = Dictionary(pack.plan.phases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for phase in pack.plan.phases {
            out.append(row("  \(phase.title)", cells: fill(columns(for: phase.start, phase.end), with: "█")))
        }
        let results = Dictionary(pack.milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let projectStatus = Dictionary(pack.projects.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        for workstream in pack.plan.workstreams {
            let status = pack.workstreams.first { $0.id == workstream.id }?.status
            out.append("\(workstream.title)" + (status.map { " (\($0.label))" } ?? ""))
            for project in workstream.projects {
                var cells: [Int: String] = [:]
                if let phase = project.phase.flatMap({ phases[$0] }) {
                    cells = fill(columns(for: phase.start, phase.end), with: "─")
                }
                // The worst status among a quarter's milestones marks that quarter.
                var marks: [Int: Status] = [:]
                for milestone in project.milestones {
                    guard let result = results[milestone.id] else { continue }
                    let i = index(of: calendar.period(containing: milestone.due))
                    if let existing = marks[i], existing.severity <= result.status.severity { continue }
                    marks[i] = result.status
                }
                for (i, status) in marks { cells[i] = status.symbol + String(repeating: "─", count: cellWidth - 1) }
                let symbol = projectStatus[project.id]?.symbol ?? " "
                out.append(row("  \(symbol) \(project.id) \(project.title)", cells: cells))
            }
        }
        out.append("")
        out += TextWrap.hanging("Legend: ", "█ phase; ─ project span (its phase); a status symbol marks the "
            + "quarter a milestone is due (the worst, where several are); ▼ the report quarter, "
            + "\(pack.periodLabel). The symbol before a project is its rolled-up status.", width: width)
        return out
    }

    func milestoneTable() -> [String] {
        guard !pack.milestones.isEmpty else { return ["The plan has no milestones."] }
        var table = TextTable([
            .init(header: "Milestone"), .init(header: "Title", flexible: true), .init(header: "Due"),
            .init(header: "Forecast"), .init(header: "Slip", rightAligned: true), .init(header: "Status"),
        ])
        for m in pack.milestones {
            var slip = "—"
            if let days = m.slipDays { slip = days > 0 ? "+\(days) d" : "\(days) d" }
            if let late = m.daysLate, late > 0 { slip = "late \(late) d" }
            var notes: [String] = []
            if let completed = m.completed, m.status == .blue { notes.append("Completed \(completed).") }
            if m.overdue { notes.append("Overdue: due \(m.due), not complete at \(pack.reportDate).") }
            if m.gateBypassed {
                notes.append("Gate bypassed: reported \(m.reported?.rawValue ?? "started") while gate milestone \(m.bypassedGate ?? "?") is not passed.")
            }
            if let commentary = m.commentary, !commentary.isEmpty { notes.append("Commentary: \(commentary)") }
            table.add([
                m.id, m.title, m.due.description,
                m.status == .blue || m.status == .cancelled ? "—" : (m.forecast ?? m.due).description,
                slip, m.status.label,
            ], notes: notes)
        }
        return table.render(width: width)
    }
}
