import BoardPackCore

/// The pack's looks, in one place so every sheet reads the same.
enum PackStyles {
    static let navy: UInt32 = 0x1F3864
    static let gridGrey: UInt32 = 0xBFBFBF
    static let dateFormat = "d mmm yyyy"

    static let title = CellStyle(bold: true, fontSize: 16, fontColor: navy, vAlign: .center)
    static let subtitle = CellStyle(bold: true, fontSize: 12, fontColor: navy, vAlign: .center)
    static let label = CellStyle(bold: true, vAlign: .center)
    static let note = CellStyle(italic: true, fontColor: 0x595959, wrap: true)
    static let header = CellStyle(
        bold: true, fontColor: 0xFFFFFF, fill: navy, wrap: true, vAlign: .center, border: .thin, borderColor: gridGrey)
    static let text = CellStyle(border: .thin, borderColor: gridGrey)
    static let wrapped = CellStyle(wrap: true, border: .thin, borderColor: gridGrey)
    static let bold = CellStyle(bold: true, border: .thin, borderColor: gridGrey)
    static let centered = CellStyle(hAlign: .center, border: .thin, borderColor: gridGrey)
    static let date = CellStyle(numberFormat: dateFormat, hAlign: .center, border: .thin, borderColor: gridGrey)
    static let plainDate = CellStyle(numberFormat: dateFormat, hAlign: .left, vAlign: .center)
    static let integer = CellStyle(numberFormat: "0", border: .thin, borderColor: gridGrey)
    static let pounds = CellStyle(numberFormat: gbpFormat, border: .thin, borderColor: gridGrey)
    static let poundsTotal = CellStyle(bold: true, numberFormat: gbpFormat, border: .thin, borderColor: gridGrey)
    static let percentFigure = CellStyle(numberFormat: percentFormat, border: .thin, borderColor: gridGrey)
    static let percentTotal = CellStyle(bold: true, numberFormat: percentFormat, border: .thin, borderColor: gridGrey)
    /// Status cells: the word and symbol are the text; colour comes from conditional formats.
    static let status = CellStyle(bold: true, hAlign: .center, border: .thin, borderColor: gridGrey)
    static let bigStatus = CellStyle(bold: true, fontSize: 14, hAlign: .center, vAlign: .center, border: .medium)

    /// Percent figures are given as 95 meaning 95 %: the cell keeps the number 95 and the
    /// format prints the sign, so the workbook and the json pack hold the same number.
    static let percentFormat = "0.0\"%\""
    static let gbpFormat = "£#,##0"

    /// The number format for a KPI's unit (nil: General).
    static func numberFormat(for unit: KPIUnit) -> String? {
        switch unit {
        case .percent: return percentFormat
        case .gbp: return gbpFormat
        case .number, .count, .days, .hours, .status: return nil
        }
    }

    static func figure(_ unit: KPIUnit) -> CellStyle {
        CellStyle(numberFormat: numberFormat(for: unit), border: .thin, borderColor: gridGrey)
    }

    /// The colour a status cell turns (conditional format), text colour picked for contrast.
    static func statusHighlight(_ status: Status) -> CellStyle {
        CellStyle(fontColor: statusFontColor(status), fill: statusFill(status))
    }

    static func statusFill(_ status: Status) -> UInt32 { UInt32(status.colourHex, radix: 16) ?? 0xF2F2F2 }

    static func statusFontColor(_ status: Status) -> UInt32 {
        switch status {
        case .green: return 0x006100
        case .amber: return 0x9C5700
        case .red: return 0x9C0006
        case .blue: return 0x1F4E78
        case .noData: return 0x262626
        case .notDue, .dataOnly, .cancelled: return 0x595959
        }
    }

    /// Phase colours for the roadmap, cycled in plan order (pale, so status marks stand out).
    static let phaseFills: [UInt32] = [0x9DC3E6, 0xA9D08E, 0xF4B183, 0xC5B0E0, 0xFFD966, 0xB4C6E7]

    static func phaseFill(_ index: Int) -> UInt32 { phaseFills[index % phaseFills.count] }
}
