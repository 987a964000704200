import Dispatch

/// Work spread over every core with Dispatch, results kept in index order so output does
/// not depend on which core finished first.
enum Parallel {
    /// `body(0) ... body(count - 1)`, run side by side; indices are handed out in order, so
    /// put the longest piece of work first.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, body(index)) }
        return slots.values
    }

    /// One result per index. Each index writes only its own slot, and the slots are read
    /// only after `concurrentPerform` has returned, so no two accesses ever overlap.
    private final class Slots<T>: @unchecked Sendable {
        private var buffer: UnsafeMutableBufferPointer<T?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func set(_ index: Int, _ value: T) { buffer[index] = value }

        var values: [T] { buffer.compactMap { $0 } }
    }
}
