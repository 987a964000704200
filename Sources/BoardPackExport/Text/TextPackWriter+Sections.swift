import BoardPackCore

extension TextPackWriter {
    // MARK: 5 Stage gates

    func stageGates() -> [String] {
        let gateMilestones = pack.milestones.filter { $0.gate != nil }
        guard !gateMilestones.isEmpty else { return ["The plan has no stage gates."] }
        var out: [String] = []
        for m in gateMilestones {
            let gate = m.gate.flatMap { gates[$0] }
            out += wrap("\(m.id) \(m.title): gate \(m.gate ?? "?") \(gate?.title ?? "")")
            out.append("  Status: \(m.status.label)   Decision: \(m.decision?.rawValue ?? "none yet")   "
                + "DCA: \(m.dca?.rawValue ?? "not given")   Due: \(m.due)")
            let criteria = gate?.criteria ?? []
            for (i, criterion) in criteria.enumerated() {
                let mark: String
                switch m.criteriaMet {
                case nil: mark = "[not assessed]"
                case .all?: mark = "[met]"
                case .numbers(let met)?: mark = met.contains(i + 1) ? "[met]" : "[NOT MET]"
                }
                out += TextWrap.hanging("  \(TextWrap.padded(mark, 14)) \(i + 1). ", criterion, width: width)
            }
            if let commentary = m.commentary, !commentary.isEmpty {
                out += TextWrap.hanging("  Commentary: ", commentary, width: width)
            }
            out.append("")
        }
        let bypassed = pack.milestones.filter(\.gateBypassed)
        if bypassed.isEmpty {
            out.append("No milestone went ahead of its gate.")
        } else {
            out.append("Milestones that went ahead of their gate (GATE_BYPASSED):")
            for m in bypassed {
                out += TextWrap.hanging("  \(m.status.label) ", "\(m.id) \(m.title): gate milestone \(m.bypassedGate ?? "?") not passed", width: width)
            }
        }
        return out
    }

    // MARK: 6 Finance

    func finance() -> [String] {
        guard let finance = pack.finance else { return ["The plan has no finance tables."] }
        var out: [String] = []
        var table = TextTable([
            .init(header: "Year"), .init(header: "Baseline", rightAligned: true),
            .init(header: "Budget", rightAligned: true), .init(header: "Savings", rightAligned: true),
            .init(header: "Savings %", rightAligned: true), .init(header: "Cumulative savings", rightAligned: true),
        ])
        for y in finance.years + [finance.total] {
            table.add([
                y.year.map(calendar.yearLabel) ?? "Total",
                FigureText.money(y.baseline), FigureText.money(y.budget), FigureText.money(y.savings),
                DecimalText.fixed(y.savingsPercent, places: 1) + "%", FigureText.money(y.cumulativeSavings),
            ])
        }
        out += table.render(width: width)
        let partners = finance.total.partnerShares.map(\.partner)
        if !partners.isEmpty {
            out.append("")
            out.append("Each partner's share of the budget")
            var shares = TextTable([.init(header: "Year")] + partners.map { .init(header: $0, rightAligned: true) })
            for y in finance.years + [finance.total] {
                shares.add([y.year.map(calendar.yearLabel) ?? "Total"] + partners.map { id in
                    y.partnerShares.first { $0.partner == id }.map { FigureText.pounds($0.amount) } ?? "—"
                })
            }
            out += shares.render(width: width)
        }
        out.append("")
        out.append("Spend against budget")
        if finance.lines.isEmpty {
            out.append("No spend has been reported yet.")
        } else {
            var lines = TextTable([
                .init(header: "Line"), .init(header: "Year"), .init(header: "Budget", rightAligned: true),
                .init(header: "Actual to date", rightAligned: true), .init(header: "Variance", rightAligned: true),
                .init(header: "Status"),
            ])
            for l in finance.lines {
                lines.add([
                    l.line, calendar.yearLabel(l.year), FigureText.money(l.budget),
                    l.actual.map(FigureText.money) ?? "—", l.variance.map(FigureText.signedMoney) ?? "—", l.status.label,
                ])
            }
            out += lines.render(width: width)
            out += wrap("Actuals are spend to date in the year, so a year in progress shows an underspend. "
                + "Variance is actual minus budget; spend over budget within the overspend "
                + "tolerance (\(pack.plan.finance?.overspendTolerance.description ?? "5%")) is \(Status.amber.label).")
        }
        return out
    }

    // MARK: 7 Risks

    func risks() -> [String] {
        guard !pack.risks.isEmpty else { return ["The plan has no risks."] }
        var table = TextTable([
            .init(header: "Risk"), .init(header: "Title", flexible: true), .init(header: "L", rightAligned: true),
            .init(header: "I", rightAligned: true), .init(header: "Score", rightAligned: true),
            .init(header: "Status"), .init(header: "Trend"),
        ])
        for r in pack.risks {
            var notes: [String] = []
            if let owner = r.owner { notes.append("Owner: \(owner)") }
            if let previous = r.previousScore { notes.append("Previous score: \(previous)") }
            if let mitigation = r.mitigation { notes.append("Mitigation: \(mitigation)") }
            if let commentary = r.commentary, !commentary.isEmpty { notes.append("Commentary: \(commentary)") }
            table.add([r.id, r.title, "\(r.likelihood)", "\(r.impact)", "\(r.score)", r.status.label, r.trend.label], notes: notes)
        }
        return table.render(width: width)
            + [""] + wrap("Score = likelihood (L) × impact (I), each 1 to 5: 15 or more \(Status.red.label), "
                + "8 to 12 \(Status.amber.label), 6 or less \(Status.green.label).")
    }

    // MARK: 8 Data quality

    func dataQuality() -> [String] {
        guard !pack.dataQuality.isEmpty else { return ["No missing returns or warnings."] }
        var out: [String] = []
        let groups: [(DataQualityNote.Kind, String)] = [
            (.missingReturn, "Missing returns"),
            (.noCommentary, "RED or NO_DATA without commentary"),
            (.validationWarning, "Warnings from validation"),
        ]
        for (kind, title) in groups {
            let notes = pack.dataQuality.filter { $0.kind == kind }
            guard !notes.isEmpty else { continue }
            out.append("\(title) (\(notes.count))")
            for note in notes { out += TextWrap.hanging("  - ", note.message, width: width) }
            out.append("")
        }
        return out
    }

    // MARK: Key

    func key() -> [String] {
        var out = Status.allCases.map { "\(TextWrap.padded($0.label, 12)) \($0.meaning)" }
        out.append("")
        out += Trend.allCases.map { "\(TextWrap.padded($0.label, 12)) " + trendMeaning($0) }
        out.append("")
        let rollup = pack.plan.programme.rollup
        out += wrap("KPIs: GREEN at or better than target; AMBER within the amber band (the KPI's amber "
            + "threshold or tolerance, 5% of target by default); RED beyond it. Milestones: GREEN on "
            + "track; AMBER forecast to slip up to \(pack.plan.programme.milestoneToleranceDays) days; "
            + "RED slipping more, overdue or bypassing a gate. Roll-up: \(rollup) (BLUE counts as GREEN; "
            + "NOT_DUE, DATA_ONLY, NO_DATA and CANCELLED are left out).")
        return out
    }

    func trendMeaning(_ trend: Trend) -> String {
        switch trend {
        case .improving: return "Better than the previous period (by the KPI's polarity)"
        case .unchanged: return "The same as the previous period"
        case .worsening: return "Worse than the previous period"
        case .none: return "No earlier value to compare with"
        }
    }
}
