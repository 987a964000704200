import Foundation
import BoardPackCore

/// Finance: baseline, budget and savings per year with a total, each partner's share, and
/// spend against budget per line.
enum FinanceSheet {
    static let name = "Finance"

    static func write(_ context: SheetContext) throws {
        let pack = context.pack
        let sheet = try context.addSheet(name, repeatRows: 0...0)
        guard let finance = pack.finance else {
            try sheet.writeHeader(row: 0, [TableColumn(title: "Finance", width: 60)])
            try sheet.string(1, 0, "This plan has no finance tables.", PackStyles.note)
            try sheet.autofilter(rows: 0...1, columns: 0...0)
            try sheet.freeze(row: 1)
            return
        }
        let partners = pack.plan.partners.map(\.id)
        var columns: [TableColumn] = [
            TableColumn(title: "Year", width: 12), TableColumn(title: "Baseline", width: 14),
            TableColumn(title: "Budget", width: 14), TableColumn(title: "Savings", width: 14),
            TableColumn(title: "Savings %", width: 13), TableColumn(title: "Cumulative savings", width: 14),
        ]
        columns += partners.map { TableColumn(title: "\($0) share of budget", width: 14) }
        try sheet.writeHeader(row: 0, columns)

        func writeYear(_ row: Int, _ y: FinanceYearResult, label: String, style: CellStyle) throws {
            try sheet.string(row, 0, label, style.bold ? PackStyles.bold : PackStyles.text)
            try sheet.number(row, 4, y.savingsPercent, style.bold ? PackStyles.percentTotal : PackStyles.percentFigure)
            try sheet.number(row, 5, y.cumulativeSavings, style)
        }

        for (i, y) in finance.years.enumerated() {
            let row = 1 + i
            try writeYear(row, y, label: y.year.map(pack.calendar.yearLabel) ?? "", style: PackStyles.pounds)
            try sheet.number(row, 1, y.baseline, PackStyles.pounds)
            try sheet.number(row, 2, y.budget, PackStyles.pounds)
            try sheet.number(row, 3, y.savings, PackStyles.pounds)
            for (p, partner) in partners.enumerated() {
                try sheet.number(row, 6 + p, y.partnerShares.first { $0.partner == partner }?.amount, PackStyles.pounds)
            }
        }
        // The total row sums the years with formulas that carry their computed values.
        let totalRow = 1 + finance.years.count
        let total = finance.total
        try writeYear(totalRow, total, label: "Total", style: PackStyles.poundsTotal)
        func sum(_ column: Int, _ value: Decimal?) throws {
            guard let value else { return try sheet.blank(totalRow, column, PackStyles.poundsTotal) }
            guard !finance.years.isEmpty else { return try sheet.number(totalRow, column, value, PackStyles.poundsTotal) }
            let letter = Worksheet.columnName(column)
            try sheet.formula(
                totalRow, column, "=SUM(\(letter)2:\(letter)\(totalRow))", value: value.excelDouble, PackStyles.poundsTotal)
        }
        try sum(1, total.baseline)
        try sum(2, total.budget)
        try sum(3, total.savings)
        for (p, partner) in partners.enumerated() {
            try sum(6 + p, total.partnerShares.first { $0.partner == partner }?.amount)
        }

        // Spend against budget, per line and year.
        let titleRow = totalRow + 2
        try sheet.string(titleRow, 0, "Spend against budget", PackStyles.subtitle)
        let headerRow = titleRow + 1
        try sheet.writeHeaderCells(row: headerRow, ["Line", "Year", "Budget", "Actual to date", "Variance", "Status"])
        for (i, line) in finance.lines.enumerated() {
            let row = headerRow + 1 + i
            try sheet.string(row, 0, line.line, PackStyles.text)
            try sheet.string(row, 1, pack.calendar.yearLabel(line.year), PackStyles.text)
            try sheet.number(row, 2, line.budget, PackStyles.pounds)
            try sheet.number(row, 3, line.actual, PackStyles.pounds)
            try sheet.number(row, 4, line.variance, PackStyles.pounds)
            try sheet.string(row, 5, line.status.label, PackStyles.status)
        }
        let last = headerRow + max(finance.lines.count, 1)
        if finance.lines.isEmpty {
            try sheet.string(last, 0, "No spend reported yet.", PackStyles.note)
        }
        try sheet.colourStatuses(rows: (headerRow + 1)...last, columns: 5...5)
        try sheet.autofilter(rows: headerRow...last, columns: 0...5)
        try sheet.freeze(row: 1, column: 1)
    }
}
