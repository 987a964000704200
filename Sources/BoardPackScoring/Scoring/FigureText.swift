import BoardPackCore
import Foundation

/// Figures as exception details print them, independent of the locale: `76%`,
/// `£210,000`, `12 days`, or a word from a status KPI's scale.
enum FigureText {
    static func kpi(_ value: Decimal, _ kpi: KPI) -> String {
        if kpi.unit == .status { return kpi.scaleWord(for: value) ?? plain(value) }
        return amount(value, unit: kpi.unit)
    }

    static func amount(_ value: Decimal, unit: KPIUnit) -> String {
        switch unit {
        case .percent: return plain(value) + "%"
        case .gbp: return money(value)
        case .days: return plain(value) + (value == 1 ? " day" : " days")
        case .hours: return plain(value) + (value == 1 ? " hour" : " hours")
        case .number, .count, .status: return grouped(value)
        }
    }

    /// `1 day`, `45 days`.
    static func days(_ count: Int) -> String { count == 1 || count == -1 ? "\(count) day" : "\(count) days" }

    /// `£1,250` (pence kept when there are any, to two places).
    static func money(_ value: Decimal) -> String {
        (value < 0 ? "-£" : "£") + grouped(abs(value))
    }

    /// At most two decimal places (means can run to many).
    static func plain(_ value: Decimal) -> String { "\(value.rounded(places: 2))" }

    /// Thousands separated by commas.
    static func grouped(_ value: Decimal) -> String {
        let text = plain(abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = Array(parts.first.map(String.init) ?? "0")
        var out = ""
        for (i, c) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        if parts.count == 2 { out += "." + parts[1] }
        return (value < 0 ? "-" : "") + out
    }
}
