import Foundation

/// KPI figures as a reader expects them: `95.0%`, `£210,000`, `12 days`, `3.5 hrs`, or
/// a status KPI's word. Locale-free, so packs are the same on every machine.
public enum FigureText {
    public static func format(_ value: Decimal?, unit: KPIUnit, kpi: KPI? = nil) -> String {
        guard let value else { return "—" }
        switch unit {
        case .percent: return DecimalText.fixed(value, places: 1) + "%"
        case .gbp: return money(value)
        case .count: return DecimalText.grouped(DecimalText.plain(rounded(value, places: 2)))
        case .number: return DecimalText.grouped(DecimalText.plain(rounded(value, places: 2)))
        case .days:
            let text = DecimalText.plain(rounded(value, places: 1))
            return text + (value == 1 ? " day" : " days")
        case .hours: return DecimalText.plain(rounded(value, places: 1)) + " hrs"
        case .status: return kpi?.scaleWord(for: value) ?? DecimalText.plain(value)
        }
    }

    /// `£4,261,974`, or `£1,250.50` when there are pence; `-£800` below zero.
    public static func money(_ value: Decimal) -> String {
        let negative = value < 0
        let magnitude = negative ? -value : value
        let whole = rounded(magnitude, places: 0) == magnitude
        let digits = whole ? DecimalText.plain(magnitude) : DecimalText.fixed(magnitude, places: 2)
        return (negative ? "-£" : "£") + DecimalText.grouped(digits)
    }

    /// Whole pounds, for shares of a budget: `£2,935,782`.
    public static func pounds(_ value: Decimal) -> String { money(rounded(value, places: 0)) }

    /// `1 day`, `45 days`.
    public static func days(_ count: Int) -> String { count == 1 || count == -1 ? "\(count) day" : "\(count) days" }

    /// A KPI's figure in its own unit (or a status KPI's word).
    public static func kpi(_ value: Decimal, _ kpi: KPI) -> String { format(value, unit: kpi.unit, kpi: kpi) }

    /// A signed amount of money, `+£47,000` or `-£12,500`.
    public static func signedMoney(_ value: Decimal) -> String { (value > 0 ? "+" : "") + money(value) }

    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }
}
