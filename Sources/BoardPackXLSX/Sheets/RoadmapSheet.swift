import BoardPackCore

/// A Gantt grid: phases, then each workstream's projects and milestones, across the
/// programme's quarters grouped by fiscal year. Project spans take their phase's colour;
/// milestones and gates are marked in their quarter with their status symbol and word.
enum RoadmapSheet {
    static let name = "Roadmap"
    static let firstQuarterColumn = 3
    static let reportEdge: UInt32 = 0xC00000
    static let gateMark = "◆"

    static func write(_ context: SheetContext) throws {
        let pack = context.pack
        let plan = pack.plan
        let calendar = pack.calendar
        var quarters = calendar.periods(from: plan.programme.start, through: plan.programme.end)
        if quarters.isEmpty { quarters = [pack.period] }
        let column = Dictionary(uniqueKeysWithValues: quarters.enumerated().map { ($1, firstQuarterColumn + $0) })
        let lastColumn = firstQuarterColumn + quarters.count - 1
        let reportColumn = column[pack.period]

        let sheet = try context.addSheet(name, repeatRows: 0...1)
        try sheet.setColumn(0, width: 46)
        try sheet.setColumn(1, width: 11)
        try sheet.setColumn(2, width: 13)
        try sheet.setColumns(firstQuarterColumn...lastColumn, width: 9)

        // Row 0: fiscal years, merged over their quarters.
        try sheet.setRow(0, height: 20)
        try sheet.merge(rows: 0...0, columns: 0...2, "Roadmap by quarter", PackStyles.header)
        var yearStart = 0
        for i in quarters.indices where i == quarters.count - 1 || quarters[i + 1].fiscalYear != quarters[i].fiscalYear {
            let label = calendar.yearLabel(quarters[i].fiscalYear)
            let style = CellStyle(bold: true, fontColor: 0xFFFFFF, fill: PackStyles.navy, hAlign: .center, vAlign: .center, border: .thin, borderColor: 0xFFFFFF)
            if yearStart == i {
                try sheet.string(0, firstQuarterColumn + i, label, style)
            } else {
                try sheet.merge(rows: 0...0, columns: (firstQuarterColumn + yearStart)...(firstQuarterColumn + i), label, style)
            }
            yearStart = i + 1
        }

        // Row 1: column headings and quarters; the report quarter stands out.
        try sheet.writeHeaderCells(row: 1, ["Item", "Type", "Status"])
        for (i, quarter) in quarters.enumerated() {
            let isReport = quarter == pack.period
            let style = isReport
                ? CellStyle(bold: true, fontColor: 0xFFFFFF, fill: reportEdge, hAlign: .center, vAlign: .center, border: .thin)
                : CellStyle(bold: true, fontColor: 0xFFFFFF, fill: 0x2F5597, hAlign: .center, vAlign: .center, border: .thin, borderColor: 0xFFFFFF)
            try sheet.string(1, firstQuarterColumn + i, isReport ? "Q\(quarter.quarter) now" : "Q\(quarter.quarter)", style)
        }

        var row = 2
        // A large plan's grid runs to a hundred thousand cells in a handful of looks: each
        // look is found in the workbook once, not for every cell.
        var looks: [GridLook: ResolvedStyle] = [:]
        func resolved(_ look: GridLook) throws -> ResolvedStyle {
            if let known = looks[look] { return known }
            let style = try context.workbook.resolve(look.style)
            looks[look] = style
            return style
        }
        let text = try context.workbook.resolve(PackStyles.text)
        let status = try context.workbook.resolve(PackStyles.status)
        /// Writes one row of the grid: `fill` paints the quarters in `span`, `marks` puts text in quarters.
        func gridRow(
            item: String, indent: UInt8, bold: Bool, type: String, status rowStatus: Status?, fill: UInt32?,
            span: [Period], marks: [Period: String], notes: [Period: String]
        ) throws {
            let spanSet = Set(span)
            try sheet.fitRow(row, [(item, 46 - Double(indent) * 2)])
            try sheet.string(row, 0, item, try resolved(.item(bold: bold, indent: indent)))
            try sheet.string(row, 1, type, text)
            try sheet.string(row, 2, rowStatus?.label ?? "", status)
            for quarter in quarters {
                guard let c = column[quarter] else { continue }
                let painted = spanSet.contains(quarter) ? fill : nil
                let report = c == reportColumn
                if let mark = marks[quarter] {
                    try sheet.string(row, c, mark, try resolved(.quarter(fill: painted, report: report, text: .mark)))
                } else if let note = notes[quarter] {
                    try sheet.string(row, c, note, try resolved(.quarter(fill: painted, report: report, text: .note)))
                } else {
                    try sheet.blank(row, c, try resolved(.quarter(fill: painted, report: report, text: nil)))
                }
            }
            row += 1
        }

        // Phases.
        for (i, phase) in plan.phases.enumerated() {
            try gridRow(
                item: phase.title, indent: 0, bold: true, type: "Phase", status: nil, fill: PackStyles.phaseFill(i),
                span: calendar.periods(from: phase.start, through: phase.end), marks: [:], notes: [:])
        }

        let results = Dictionary(pack.milestones.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let projectStatus = Dictionary(pack.projects.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        let workstreamStatus = Dictionary(pack.workstreams.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        let phaseIndex = Dictionary(plan.phases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

        for workstream in plan.workstreams {
            try gridRow(
                item: "\(workstream.title)", indent: 0, bold: true, type: "Workstream",
                status: workstreamStatus[workstream.id], fill: nil, span: [], marks: [:], notes: [:])
            for project in workstream.projects {
                let phase = project.phase.flatMap { id in plan.phases.first { $0.id == id } }
                let fill = project.phase.flatMap { phaseIndex[$0] }.map(PackStyles.phaseFill) ?? 0xEDEDED
                // The project runs over its phase, stretched to cover its milestones' dates.
                var days: [Day] = [phase?.start, phase?.end].compactMap { $0 }
                for milestone in project.milestones {
                    let result = results[milestone.id]
                    days += [milestone.due, result?.forecast, result?.completed].compactMap { $0 }
                }
                let span = days.min().flatMap { first in days.max().map { calendar.periods(from: first, through: $0) } } ?? []
                try gridRow(
                    item: "\(project.id) \(project.title)", indent: 1, bold: false, type: "Project",
                    status: projectStatus[project.id], fill: fill, span: span, marks: [:], notes: [:])
                for milestone in project.milestones {
                    let result = results[milestone.id]
                    let status = result?.status
                    let when = result?.completed ?? result?.forecast ?? milestone.due
                    let markQuarter = calendar.period(containing: when)
                    let dueQuarter = calendar.period(containing: milestone.due)
                    let label = status?.label ?? "due"
                    let mark = milestone.gate != nil ? "\(gateMark) \(label)" : label
                    let notes = dueQuarter != markQuarter ? [dueQuarter: "due"] : [:]
                    try gridRow(
                        item: "\(milestone.id) \(milestone.title)", indent: 2, bold: false,
                        type: milestone.gate.map { "Gate \($0)" } ?? "Milestone", status: status, fill: fill,
                        span: [], marks: [markQuarter: mark], notes: notes)
                }
            }
        }

        let lastRow = max(row - 1, 2)
        try sheet.colourStatuses(rows: 2...lastRow, columns: 2...lastColumn)
        try sheet.autofilter(rows: 1...lastRow, columns: 0...lastColumn)
        try sheet.freeze(row: 2, column: firstQuarterColumn)
        try sheet.note(
            lastRow + 2, columns: 0...lastColumn, width: 46 + 13 + 11 + 9 * Double(quarters.count),
            "\(gateMark) marks a stage gate; \"due\" marks the quarter a slipped milestone was first due; "
                + "the outlined column is the report quarter, \(pack.periodLabel). Project bars take their phase's colour.")
    }
}

/// The look of a roadmap cell, by what decides it.
private enum GridLook: Hashable {
    enum Text: Hashable { case mark, note }

    /// The first column: an item's name, indented by its level.
    case item(bold: Bool, indent: UInt8)
    /// A quarter: painted with `fill` inside a span, outlined in the report quarter, and
    /// bold for a mark or grey italics for a note.
    case quarter(fill: UInt32?, report: Bool, text: Text?)

    var style: CellStyle {
        switch self {
        case let .item(bold, indent):
            return CellStyle(bold: bold, wrap: true, border: .thin, borderColor: PackStyles.gridGrey, indent: indent)
        case let .quarter(fill, report, text):
            var style = CellStyle(hAlign: .center, vAlign: .center, border: .thin, borderColor: PackStyles.gridGrey)
            style.fill = fill
            if report {
                style.sideEdges = .medium
                style.sideEdgeColor = RoadmapSheet.reportEdge
                if style.fill == nil { style.fill = 0xFFF8E5 }
            }
            switch text {
            case .mark?:
                style.bold = true
            case .note?:
                style.italic = true
                style.fontColor = 0x7F7F7F
            case nil:
                break
            }
            return style
        }
    }
}
