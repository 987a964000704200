/// A scoring rule that carries its own boundary examples; one test runs them all.
public protocol ExampleCarryingRule: Sendable {
    associatedtype Input: Sendable
    associatedtype Output: Equatable & Sendable

    /// A name for reports of failing examples.
    static var ruleName: String { get }
    static var examples: [RuleExample<Input, Output>] { get }
    /// Applies the rule to one example's input.
    static func evaluate(_ input: Input) -> Output
}
