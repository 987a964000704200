import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Foundation's `trimmingCharacters(in: .whitespaces)`, skipped when the text plainly
    /// has nothing to trim (it starts and ends with a printable ASCII character), as nearly
    /// every cell and value does.
    public var trimmingWhitespace: String {
        guard let first = utf8.first, let last = utf8.last,
              first > 32, first < 127, last > 32, last < 127 else { return trimmingCharacters(in: .whitespaces) }
        return String(self)
    }
}
