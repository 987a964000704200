import BoardPackCore
import Foundation

/// Lays out one pack's sections. Each section is a method returning its lines.
struct TextPackWriter {
    let pack: ScoredPack
    let width: Int
    let calendar: FiscalCalendar
    /// Where each KPI id is first declared in the plan (positions, not copies of the KPIs).
    let kpiPositions: [String: Int]
    let gates: [String: Gate]

    init(pack: ScoredPack, width: Int) {
        self.pack = pack
        self.width = width
        self.calendar = pack.calendar
        self.kpiPositions = pack.plan.kpiPositions()
        self.gates = Dictionary(pack.plan.gates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func lines() -> [String] {
        var out = header()
        out += section("1 Summary", summary())
        out += section("2 Exceptions", exceptions())
        out += section("3 KPI scorecard", scorecard())
        out += section("4 Roadmap and milestones", roadmap() + [""] + milestoneTable())
        out += section("5 Stage gates", stageGates())
        out += section("6 Finance", finance())
        out += section("7 Risks", risks())
        out += section("8 Data quality", dataQuality())
        out += section("Key", key())
        out.append("")
        out.append(rule("="))
        if let classification = pack.plan.programme.classification { out.append(classification) }
        return out.map(TextWrap.trimmedRight)
    }

    // MARK: Building blocks

    func rule(_ c: Character) -> String { String(repeating: c, count: width) }

    func section(_ title: String, _ body: [String]) -> [String] {
        ["", "", title, String(repeating: "-", count: title.count), ""] + body
    }

    func wrap(_ text: String, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return TextWrap.lines(text, width: width - indent).map { pad + $0 }
    }

    /// `KPI-1 (CCC)` for a partner's figure, `KPI-1` for the overall one.
    func figureName(_ r: KPIResult) -> String { r.partner.map { "\(r.kpiID) (\($0))" } ?? r.kpiID }

    func figure(_ value: Decimal?, _ r: KPIResult) -> String {
        // Only a status KPI's words need its definition; looking it up copies the whole KPI.
        FigureText.format(value, unit: r.unit, kpi: r.unit == .status ? kpiPositions[r.kpiID].map { pack.plan.kpis[$0] } : nil)
    }

    func counts(_ statuses: some Sequence<Status>) -> String {
        let tally = Status.tally(statuses)
        let parts = Status.allCases.compactMap { status -> String? in
            let n = tally[status, default: 0]
            return n == 0 ? nil : "\(n) \(status.label)"
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    // MARK: Header

    func header() -> [String] {
        let programme = pack.plan.programme
        var out: [String] = []
        if let classification = programme.classification { out.append(classification) }
        out.append(rule("="))
        out += wrap(programme.title)
        out.append("Board pack for \(pack.periodLabel) (report date \(pack.reportDate))")
        if let owner = programme.owner { out += wrap("Owner: \(owner)") }
        if !pack.plan.partners.isEmpty {
            out += TextWrap.hanging("Partners: ", pack.plan.partners.map { p in
                p.name + (p.share.map { " \(DecimalText.plain($0))%" } ?? "")
            }.joined(separator: "; "), width: width)
        }
        var overall = "OVERALL STATUS: \(pack.overall.label)"
        if let previous = pack.previousOverall { overall += " (previous quarter: \(previous.label))" }
        out.append(overall)
        out.append(rule("="))
        return out
    }

    // MARK: 1 Summary

    func summary() -> [String] {
        // Statuses only: a large pack's figures are not copied to be counted.
        let overall = pack.kpis.lazy.filter { $0.partner == nil }.map(\.status)
        let partners = pack.kpis.lazy.filter { $0.partner != nil }.map(\.status)
        var out: [String] = []
        out += TextWrap.hanging("KPIs (overall figures): ", counts(overall), width: width)
        if !partners.isEmpty {
            out += TextWrap.hanging("KPI partner figures: ", counts(partners), width: width)
        }
        out += TextWrap.hanging("Milestones: ", counts(pack.milestones.map(\.status)), width: width)
        out += TextWrap.hanging("Projects: ", counts(pack.projects.map(\.status)), width: width)
        out += TextWrap.hanging("Workstreams: ", counts(pack.workstreams.map(\.status)), width: width)
        out += TextWrap.hanging("Risks: ", counts(pack.risks.map(\.status)), width: width)
        out.append("Exceptions: \(pack.exceptions.count)")
        out.append("")
        out.append("Workstreams")
        for w in pack.workstreams {
            out += TextWrap.hanging("  \(TextWrap.padded(w.status.label, 12)) ", "\(w.title) (\(w.id))", width: width)
        }
        out.append("")
        out.append("What changed since last quarter")
        let changes = changesSinceLastQuarter()
        if changes.isEmpty {
            out.append(pack.previousOverall == nil
                ? "  This is the programme's first quarter: nothing to compare with."
                : "  No status changed.")
        } else {
            for change in changes { out += TextWrap.hanging("  ", change, width: width) }
        }
        return out
    }

    func changesSinceLastQuarter() -> [String] {
        var changes: [String] = []
        func moved(_ name: String, _ previous: Status?, _ now: Status) {
            // A figure that is simply not due this quarter (or was not last quarter) has not moved.
            guard let previous, previous != now, previous != .notDue, now != .notDue else { return }
            changes.append("\(name): \(previous.label) → \(now.label)" + Self.direction(from: previous, to: now))
        }
        if let previous = pack.previousOverall { moved("Overall", previous, pack.overall) }
        for w in pack.workstreams { moved("Workstream \(w.id) \(w.title)", w.previousStatus, w.status) }
        for p in pack.projects { moved("Project \(p.id) \(p.title)", p.previousStatus, p.status) }
        for k in pack.kpis { moved("KPI \(figureName(k)) \(k.title)", k.previousStatus, k.status) }
        for m in pack.milestones { moved("Milestone \(m.id) \(m.title)", m.previousStatus, m.status) }
        for r in pack.risks { moved("Risk \(r.id) \(r.title)", r.previousStatus, r.status) }
        return changes
    }

    /// " (better)" or " (worse)" between delivery statuses, so the direction is in words too.
    /// The space is a non-breaking one, so wrapping keeps it with the status before it (the
    /// wrapper prints it as a plain space).
    static func direction(from previous: Status, to now: Status) -> String {
        let ranked: [Status] = [.red, .amber, .green, .blue]
        guard let before = ranked.firstIndex(of: previous), let after = ranked.firstIndex(of: now) else { return "" }
        return after > before ? "\u{00A0}(better)" : "\u{00A0}(worse)"
    }

    // MARK: 2 Exceptions

    func exceptions() -> [String] {
        guard !pack.exceptions.isEmpty else { return ["No exceptions this quarter."] }
        var out: [String] = []
        // The number column fits the last number and a space ("1.  " up to "99. ", then wider),
        // and the lines under each exception start where its text does.
        let columns = Self.exceptionNumberColumns(count: pack.exceptions.count)
        let indent = TextWrap.spaces(columns)
        for (i, e) in pack.exceptions.enumerated() {
            let number = Self.exceptionNumber(i + 1, columns: columns)
            let item = e.partner.map { "\(e.id) (\($0))" } ?? e.id
            out += TextWrap.hanging(number, "\(e.status.label)  \(e.kind.title): \(item) \(e.title)", width: width)
            out += TextWrap.hanging(indent, e.detail, width: width)
            if let commentary = e.commentary, !commentary.isEmpty {
                out += TextWrap.hanging(indent + "Commentary: ", commentary, width: width)
                if e.status == .red, let action = Self.correctiveAction(in: commentary) {
                    out += TextWrap.hanging(indent + "Corrective action: ", action, width: width)
                }
            } else {
                out.append(indent + "Commentary: none given")
            }
            out.append("")
        }
        return out
    }

    /// Columns for numbering `count` exceptions: the widest number, its point and a space;
    /// never fewer than four.
    static func exceptionNumberColumns(count: Int) -> Int { max(4, String(count).utf8.count + 2) }

    /// `7.` padded to `columns`.
    static func exceptionNumber(_ n: Int, columns: Int) -> String { TextWrap.padded("\(n).", columns) }

    /// The sentence(s) after "Action:" or "Corrective action:" in a commentary.
    static func correctiveAction(in commentary: String) -> String? {
        for marker in ["Corrective action:", "corrective action:", "Action:", "action:"] {
            if let range = TextWrap.range(of: marker, in: commentary) {
                let action = commentary[range.upperBound...].trimmingWhitespace
                return action.isEmpty ? nil : action
            }
        }
        return nil
    }
}
