/// One boundary case of a rule: an input and the output the rule must give, with the
/// place it is written (SwiftLint's triggering/non-triggering examples, for scoring).
public struct RuleExample<Input: Sendable, Output: Equatable & Sendable>: Sendable {
    /// What the example shows, e.g. "on the amber threshold is AMBER".
    public let note: String
    public let input: Input
    public let expected: Output
    public let location: ExampleLocation

    public init(
        _ note: String, _ input: Input, _ expected: Output,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.note = note
        self.input = input
        self.expected = expected
        self.location = ExampleLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
