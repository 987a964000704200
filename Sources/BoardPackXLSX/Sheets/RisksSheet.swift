import BoardPackCore

/// The risk register and a 5 × 5 heat map (impact across, likelihood down, most likely at
/// the top), each heat-map cell labelled with its count and band word.
enum RisksSheet {
    static let name = "Risks"

    static let columns: [TableColumn] = [
        TableColumn(title: "ID", width: 8), TableColumn(title: "Risk", width: 34),
        TableColumn(title: "Owner", width: 18), TableColumn(title: "Likelihood", width: 12),
        TableColumn(title: "Impact", width: 12), TableColumn(title: "Score", width: 12),
        TableColumn(title: "Status", width: 12), TableColumn(title: "Trend", width: 13),
        TableColumn(title: "Previous score", width: 9), TableColumn(title: "Mitigation", width: 36),
        TableColumn(title: "Commentary", width: 36),
    ]
    static let statusColumn = 6

    /// The band for a score: ≥ 15 RED, 8-12 AMBER, ≤ 6 GREEN (other scores cannot occur).
    static func band(_ score: Int) -> Status {
        if score >= 15 { return .red }
        if score >= 8 { return .amber }
        return .green
    }

    static func write(_ context: SheetContext) throws {
        let risks = context.pack.risks
        let sheet = try context.addSheet(name, repeatRows: 0...0)
        try sheet.writeHeader(row: 0, columns)
        for (i, risk) in risks.enumerated() {
            let row = 1 + i
            try sheet.fitRow(
                row,
                [(risk.title, columns[1].width), (risk.owner, columns[2].width), (risk.mitigation, columns[9].width),
                 (risk.commentary, columns[10].width)])
            try sheet.string(row, 0, risk.id, PackStyles.text)
            try sheet.string(row, 1, risk.title, PackStyles.wrapped)
            try sheet.string(row, 2, risk.owner ?? "", PackStyles.wrapped)
            try sheet.number(row, 3, risk.likelihood, PackStyles.integer)
            try sheet.number(row, 4, risk.impact, PackStyles.integer)
            try sheet.number(row, 5, risk.score, PackStyles.integer)
            try sheet.string(row, statusColumn, risk.status.label, PackStyles.status)
            try sheet.string(row, 7, risk.trend.label, PackStyles.text)
            try sheet.number(row, 8, risk.previousScore, PackStyles.integer)
            try sheet.string(row, 9, risk.mitigation ?? "", PackStyles.wrapped)
            try sheet.string(row, 10, risk.commentary ?? "", PackStyles.wrapped)
        }
        let last = max(risks.count, 1)
        try sheet.colourStatuses(rows: 1...last, columns: statusColumn...statusColumn)
        try sheet.autofilter(rows: 0...last, columns: 0...(columns.count - 1))
        try sheet.freeze(row: 1, column: 2)

        // The heat map, below the register.
        let titleRow = last + 2
        try sheet.string(titleRow, 1, "Risk heat map: number of risks in each cell", PackStyles.subtitle)
        let headerRow = titleRow + 1
        try sheet.setRow(headerRow, height: 30)
        try sheet.string(headerRow, 2, "Likelihood ↓  Impact →", PackStyles.header)
        let firstCell = 3
        for impact in 1...5 {
            try sheet.string(headerRow, firstCell + impact - 1, "Impact \(impact)", PackStyles.header)
        }
        var counts: [Int: Int] = [:]
        for risk in risks { counts[risk.likelihood * 10 + risk.impact, default: 0] += 1 }
        for (i, likelihood) in (1...5).reversed().enumerated() {
            let row = headerRow + 1 + i
            try sheet.setRow(row, height: 30)
            try sheet.string(row, 2, "Likelihood \(likelihood)", CellStyle(bold: true, vAlign: .center, border: .thin, borderColor: PackStyles.gridGrey))
            for impact in 1...5 {
                let band = band(likelihood * impact)
                let count = counts[likelihood * 10 + impact] ?? 0
                // Painted by band as well as by rule: the map reads the same in any viewer.
                let style = CellStyle(
                    bold: count > 0, fontColor: PackStyles.statusFontColor(band), fill: PackStyles.statusFill(band),
                    hAlign: .center, vAlign: .center, border: .thin, borderColor: 0xFFFFFF)
                try sheet.string(row, firstCell + impact - 1, "\(count) · \(band.word)", style)
            }
        }
        let mapRows = (headerRow + 1)...(headerRow + 5)
        try sheet.colourStatuses(rows: mapRows, columns: firstCell...(firstCell + 4))
        try sheet.note(
            headerRow + 7, columns: 1...7, width: 100,
            "Score = likelihood × impact: 15 or more RED, 8 to 12 AMBER, 6 or less GREEN. Each cell shows how many risks "
                + "sit there and the band's word.")
    }
}
