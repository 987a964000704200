import BoardPackCore
import Foundation

/// What every sheet writer needs: the pack, the workbook and its sheets, and shared helpers.
struct SheetContext: Sendable {
    /// The pack as it is scored: the KPI scorecard is written from its KPI figures while
    /// the rest is scored.
    let progress: PackInProgress
    let workbook: Workbook
    /// Where each KPI id is first declared in the plan (positions, not copies of the KPIs).
    private let kpiPositions: [String: Int]
    private let sheets: [String: Worksheet]

    /// Adds the named sheets to the workbook, in order: sheet writers may then run on
    /// another thread, since only the workbook's own thread adds to the file.
    init(pack: PackInProgress, workbook: Workbook, sheetNames: [String]) throws {
        self.progress = pack
        self.workbook = workbook
        kpiPositions = pack.plan.kpiPositions()
        var sheets: [String: Worksheet] = [:]
        for name in sheetNames { sheets[name] = try workbook.addWorksheet(named: name) }
        self.sheets = sheets
    }

    /// The whole pack, waiting until it is scored. Read it once per sheet, not per cell.
    var pack: ScoredPack { progress.pack() }

    func kpi(_ id: String) -> KPI? { kpiPositions[id].map { progress.plan.kpis[$0] } }

    /// A sheet set up to print: landscape, one page wide, header rows repeated, the
    /// programme in the page header and the period, classification and page numbers in the
    /// footer.
    func addSheet(_ name: String, repeatRows: ClosedRange<Int>?) throws -> Worksheet {
        guard let sheet = sheets[name] else {
            throw XLSXError(path: workbook.path, operation: "add sheet \(name)", reason: "the sheet was not set up with the workbook")
        }
        try sheet.setUpPrinting(
            PrintSetup(
                repeatRows: repeatRows, title: progress.plan.programme.title, period: progress.periodLabel,
                classification: progress.plan.programme.classification))
        return sheet
    }

    /// How a status KPI's scale position reads; nil for other units.
    func scaleWord(_ kpiID: String, _ value: Decimal?) -> String? {
        guard let value, let kpi = kpi(kpiID), kpi.unit == .status else { return nil }
        return kpi.scaleWord(for: value)
    }
}

/// A table column: its heading and width in characters.
struct TableColumn {
    var title: String
    var width: Double
}

extension Worksheet {
    /// Writes a header row and sets the columns' widths, starting at column `first`.
    func writeHeader(row: Int, _ columns: [TableColumn], from first: Int = 0, height: Double = 30) throws {
        try setRow(row, height: height)
        for (i, column) in columns.enumerated() {
            try setColumn(first + i, width: column.width)
            try string(row, first + i, column.title, PackStyles.header)
        }
    }

    /// One "text contains" rule per status word, so status cells are coloured by Excel from
    /// their words (and filters and sorting keep the colour with the word).
    func colourStatuses(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws {
        for status in Status.allCases {
            try highlight(containing: status.word, rows: rows, columns: columns, PackStyles.statusHighlight(status))
        }
    }

    /// Writes a KPI figure: a word for status KPIs, else a number in the unit's format.
    func figure(_ row: Int, _ column: Int, _ value: Decimal?, kpiID: String, unit: KPIUnit, context: SheetContext) throws {
        try figure(row, column, value, kpiID: kpiID, unit: unit, context: context, styles: FigureStyles(context.workbook))
    }

    /// As ``figure(_:_:_:kpiID:unit:context:)``, with the looks resolved once for a whole table.
    func figure(
        _ row: Int, _ column: Int, _ value: Decimal?, kpiID: String, unit: KPIUnit, context: SheetContext,
        styles: FigureStyles
    ) throws {
        if unit == .status, let value {
            if let word = context.scaleWord(kpiID, value) {
                try string(row, column, word, styles.text)
            } else {
                try number(row, column, value, styles.text)
            }
        } else {
            try number(row, column, value, styles[unit])
        }
    }
}

/// Rows of a table: from the first data row to the last, nil when there are none.
func dataRows(first: Int, count: Int) -> ClosedRange<Int>? {
    count > 0 ? first...(first + count - 1) : nil
}

extension Worksheet {
    /// Makes a row tall enough for its wrapped text. libxlsxwriter cannot measure text, and
    /// spreadsheet programs do not always grow rows on opening, so wrapped commentary would
    /// otherwise print over the next row. `cells` pairs each wrapped text with its column width.
    func fitRow(_ row: Int, _ cells: [(text: String?, width: Double)]) throws {
        let lines = cells.map { Worksheet.lineCount($0.text ?? "", width: $0.width) }.max() ?? 1
        if lines > 1 { try setRow(row, height: Double(lines) * 15 + 1) }
    }

    /// Roughly how many lines text takes in a column: a width counts digits of the default
    /// font, and ordinary text runs about a fifth narrower.
    static func lineCount(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int(width * 1.2) - 1)
        // Most cells are short: fewer bytes than a line holds means one line, whatever they are.
        if text.utf8.count <= perLine, !text.utf8.contains(10) { return 1 }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, ($0.count + perLine - 1) / perLine) }
            .reduce(0, +)
    }

    /// A note in italics across several columns, on a row tall enough to show it.
    func note(_ row: Int, columns: ClosedRange<Int>, width: Double, _ text: String) throws {
        try fitRow(row, [(text, width)])
        if columns.count > 1 {
            try merge(rows: row...row, columns: columns, text, PackStyles.note)
        } else {
            try string(row, columns.lowerBound, text, PackStyles.note)
        }
    }
}
