import Dispatch

/// Hands a large value to a background queue to be released there, off the path the
/// user waits on.
enum BackgroundRelease {
    /// Takes the caller's last reference: the value's memory is freed on another thread.
    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    private final class Box<Value: Sendable>: @unchecked Sendable {
        // Touched by the queue's one block only, after `init` has returned.
        private var value: Value?

        init(_ value: consuming Value) { self.value = value }

        func empty() { value = nil }
    }
}
