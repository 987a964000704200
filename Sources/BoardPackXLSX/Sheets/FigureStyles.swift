import BoardPackCore

/// The looks of KPI figures, one per unit, resolved once for a table of many rows.
struct FigureStyles {
    let text: ResolvedStyle
    private let byUnit: [ResolvedStyle]

    init(_ workbook: Workbook) throws {
        text = try workbook.resolve(PackStyles.text)
        byUnit = try KPIUnit.allCases.map { try workbook.resolve(PackStyles.figure($0)) }
    }

    subscript(unit: KPIUnit) -> ResolvedStyle {
        byUnit[KPIUnit.allCases.firstIndex(of: unit) ?? 0]
    }
}
