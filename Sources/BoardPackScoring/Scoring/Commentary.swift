/// Commentary that is only spaces counts as none.
func nonEmpty(_ text: String?) -> String? {
    guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
    return text
}
