import BoardPackCore

/// Milestones and stage gates: dates as real date cells, slip, status and gate review results.
enum MilestonesSheet {
    static let name = "Milestones"

    static let columns: [TableColumn] = [
        TableColumn(title: "ID", width: 14), TableColumn(title: "Milestone", width: 30),
        TableColumn(title: "Project", width: 11), TableColumn(title: "Workstream", width: 11),
        TableColumn(title: "Due", width: 12), TableColumn(title: "Forecast", width: 12),
        TableColumn(title: "Completed", width: 12), TableColumn(title: "Slip days", width: 8),
        TableColumn(title: "Days late", width: 8), TableColumn(title: "Status", width: 13),
        TableColumn(title: "Reported", width: 11), TableColumn(title: "Gate", width: 7),
        TableColumn(title: "Decision", width: 9), TableColumn(title: "DCA", width: 12),
        TableColumn(title: "Criteria met", width: 14), TableColumn(title: "Gate bypassed", width: 16),
        TableColumn(title: "Commentary", width: 46),
    ]
    static let statusColumn = 9

    static func write(_ context: SheetContext) throws {
        let sheet = try context.addSheet(name, repeatRows: 0...0)
        try sheet.writeHeader(row: 0, columns)
        // Each look found in the workbook once for the sheet, not for every cell.
        let text = try context.workbook.resolve(PackStyles.text)
        let wrapped = try context.workbook.resolve(PackStyles.wrapped)
        let date = try context.workbook.resolve(PackStyles.date)
        let integer = try context.workbook.resolve(PackStyles.integer)
        let status = try context.workbook.resolve(PackStyles.status)
        for (i, m) in context.pack.milestones.enumerated() {
            let row = 1 + i
            let bypassed = m.gateBypassed ? "yes: \(m.bypassedGate ?? "gate") not passed" : ""
            try sheet.fitRow(
                row,
                [(m.title, columns[1].width), (criteriaText(m), columns[14].width), (bypassed, columns[15].width),
                 (m.commentary, columns[16].width)])
            try sheet.string(row, 0, m.id, text)
            try sheet.string(row, 1, m.title, wrapped)
            try sheet.string(row, 2, m.projectID, text)
            try sheet.string(row, 3, m.workstreamID, text)
            try sheet.date(row, 4, m.due, date)
            try sheet.date(row, 5, m.forecast, date)
            try sheet.date(row, 6, m.completed, date)
            try sheet.number(row, 7, m.slipDays, integer)
            try sheet.number(row, 8, m.daysLate, integer)
            try sheet.string(row, statusColumn, m.status.label, status)
            try sheet.string(row, 10, m.reported?.rawValue ?? "", text)
            try sheet.string(row, 11, m.gate ?? "", text)
            try sheet.string(row, 12, m.decision?.rawValue ?? "", text)
            try sheet.string(row, 13, m.dca?.rawValue ?? "", text)
            try sheet.string(row, 14, criteriaText(m), wrapped)
            try sheet.string(row, 15, bypassed, wrapped)
            try sheet.string(row, 16, m.commentary ?? "", wrapped)
        }
        let last = max(context.pack.milestones.count, 1)
        try sheet.colourStatuses(rows: 1...last, columns: statusColumn...statusColumn)
        try sheet.autofilter(rows: 0...last, columns: 0...(columns.count - 1))
        try sheet.freeze(row: 1, column: 2)
    }

    /// `all`, or the numbers met with the unmet ones named: `1; 3 (not met: 2)`.
    static func criteriaText(_ m: MilestoneResult) -> String {
        var text: String
        switch m.criteriaMet {
        case nil: text = ""
        case .all?: text = "all"
        case .numbers(let met)?: text = met.map(String.init).joined(separator: "; ")
        }
        if !m.unmetCriteria.isEmpty {
            let unmet = "not met: " + m.unmetCriteria.map(String.init).joined(separator: "; ")
            text = text.isEmpty ? unmet : "\(text) (\(unmet))"
        }
        return text
    }
}
