import BoardPackCore
import Foundation

/// What every status, symbol, colour and arrow means, and the rules this pack was scored by.
enum KeySheet {
    static let name = "Key"

    static func colourName(_ status: Status) -> String {
        let name: String
        switch status {
        case .green: name = "Light green"
        case .amber: name = "Light amber"
        case .red: name = "Light red"
        case .blue: name = "Light blue"
        case .noData: name = "Grey"
        case .notDue, .dataOnly, .cancelled: name = "Light grey"
        }
        return "\(name) (#\(status.colourHex))"
    }

    static func rollupText(_ name: String) -> String {
        switch name {
        case "worst": return "worst: the worst status present (BLUE counts as GREEN; NOT_DUE, DATA_ONLY, NO_DATA and CANCELLED are left out)."
        case "average": return "average: GREEN = 2, AMBER = 1, RED = 0; a mean of 1.5 or more is GREEN, 0.75 or more AMBER, else RED."
        default: return "\(name) (a roll-up plugin)."
        }
    }

    static func bandText(_ kpi: KPI) -> String {
        if kpi.target == nil { return "No target: DATA_ONLY" }
        let side = kpi.polarity == .higher ? "below" : "above"
        switch kpi.amber {
        case .threshold(let amber):
            return "AMBER from the target down to \(amber) (\(kpi.polarity.rawValue) is better)"
                .replacingOccurrences(of: "down to", with: kpi.polarity == .higher ? "down to" : "up to")
        case .tolerance(let tolerance):
            return "AMBER within \(tolerance) \(side) the target (\(kpi.polarity.rawValue) is better)"
        }
    }

    /// Needs the plan only, not the scored pack.
    static func write(_ context: SheetContext) throws {
        let plan = context.progress.plan
        let programme = plan.programme
        let sheet = try context.addSheet(name, repeatRows: 0...0)
        try sheet.writeHeader(
            row: 0,
            [
                TableColumn(title: "Status", width: 16), TableColumn(title: "Symbol", width: 8),
                TableColumn(title: "Word", width: 12), TableColumn(title: "Colour", width: 24),
                TableColumn(title: "Meaning", width: 70),
            ])
        var row = 1
        for status in Status.allCases {
            try sheet.string(row, 0, status.label, PackStyles.status)
            try sheet.string(row, 1, status.symbol, PackStyles.centered)
            try sheet.string(row, 2, status.word, PackStyles.text)
            try sheet.string(row, 3, colourName(status), CellStyle(fill: PackStyles.statusFill(status), border: .thin, borderColor: PackStyles.gridGrey))
            try sheet.string(row, 4, status.meaning, PackStyles.wrapped)
            row += 1
        }
        let statusRows = 1...(row - 1)
        try sheet.colourStatuses(rows: statusRows, columns: 0...0)
        try sheet.autofilter(rows: 0...statusRows.upperBound, columns: 0...4)

        row += 1
        try sheet.string(row, 0, "Direction of travel", PackStyles.subtitle)
        row += 1
        let trendMeaning: [Trend: String] = [
            .improving: "Better than the previous period it was due (or the same quarter last year)",
            .unchanged: "The same as before",
            .worsening: "Worse than before",
            .none: "Nothing to compare with",
        ]
        for trend in Trend.allCases {
            try sheet.string(row, 0, trend.label, PackStyles.text)
            try sheet.string(row, 1, trend.arrow, PackStyles.centered)
            try sheet.merge(rows: row...row, columns: 2...4, trendMeaning[trend] ?? "", PackStyles.text)
            row += 1
        }

        row += 1
        try sheet.string(row, 0, "Rules used in this pack", PackStyles.subtitle)
        row += 1
        var rules: [(String, String)] = [
            ("KPI tolerance",
             "A KPI is GREEN on or better than its target and AMBER within its amber band: `amber` sets the threshold, "
                + "`tolerance` a band around the target (\"N%\" of the target or N units); with neither the band is 5% "
                + "of the target. Boundaries count as the better status. Cumulative KPIs are compared year to date."),
            ("Roll-up rule", rollupText(programme.rollup)),
            ("Risk bands", "Score = likelihood × impact (each 1 to 5): 15 or more RED, 8 to 12 AMBER, 6 or less GREEN."),
            ("Milestone tolerance",
             "\(programme.milestoneToleranceDays) days. Complete by the report date: BLUE. Past due and not complete: RED. "
                + "Otherwise slip (forecast − due): 0 or less GREEN, up to \(programme.milestoneToleranceDays) days AMBER, more RED."),
            ("Stage gates",
             "A gate passed is BLUE, failed RED, deferred AMBER. A milestone after a gate that has not passed, reported in "
                + "progress or complete, is RED (gate bypassed)."),
            ("Roadmap", "◆ marks a stage gate; \"due\" marks where a slipped milestone was first due; the outlined column is the report quarter."),
        ]
        if let finance = plan.finance {
            rules.append(("Finance", "Spend over budget by up to \(finance.overspendTolerance) is AMBER; more is RED."))
        }
        for (title, text) in rules {
            try sheet.setRow(row, height: 15 * Double(max(1, (text.count + 109) / 110)) + 3)
            try sheet.string(row, 0, title, CellStyle(bold: true, wrap: true, border: .thin, borderColor: PackStyles.gridGrey))
            try sheet.merge(rows: row...row, columns: 1...4, text, PackStyles.wrapped)
            row += 1
        }

        if !plan.kpis.isEmpty {
            row += 1
            try sheet.string(row, 0, "KPI amber bands", PackStyles.subtitle)
            row += 1
            try sheet.writeHeaderCells(row: row, ["KPI", "", "", "", "Amber band"])
            try sheet.merge(rows: row...row, columns: 0...3, "KPI", PackStyles.header)
            row += 1
            for kpi in plan.kpis {
                try sheet.merge(rows: row...row, columns: 0...3, "\(kpi.id) \(kpi.title)", PackStyles.text)
                try sheet.string(row, 4, bandText(kpi), PackStyles.wrapped)
                row += 1
            }
        }
        try sheet.freeze(row: 1)
    }
}
