import Foundation

/// What every printed page of a sheet carries.
struct PrintSetup: Hashable, Sendable {
    /// Rows repeated at the top of every page (the table's header).
    var repeatRows: ClosedRange<Int>?
    /// Excel header text, with `&L`/`&C`/`&R` sections and `&P` codes.
    var header: String
    var footer: String

    /// Builds a header and footer from plain text: ampersands in names are doubled so Excel
    /// prints them instead of reading them as codes, and long names are cut to fit Excel's
    /// 255-character limit.
    init(repeatRows: ClosedRange<Int>?, title: String, period: String, classification: String?) {
        self.repeatRows = repeatRows
        // Worst case every character is an ampersand and doubles; these cuts stay under 255.
        let headerTitle = PrintSetup.escaped(PrintSetup.cut(title, to: 80))
        let footerTitle = PrintSetup.escaped(PrintSetup.cut(title, to: 50))
        let period = PrintSetup.escaped(PrintSetup.cut(period, to: 20))
        let classification = classification.map { PrintSetup.escaped(PrintSetup.cut($0, to: 30)) } ?? ""
        header = "&L&\"-,Bold\"\(headerTitle)&R\(classification)"
        footer = "&L\(footerTitle) · \(period)&C\(classification)&RPage &P of &N"
    }

    static func escaped(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }

    static func cut(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
