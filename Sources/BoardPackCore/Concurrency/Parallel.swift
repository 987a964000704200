import Dispatch
import Synchronization

/// Work spread over every core with Dispatch, results kept in index order so output does
/// not depend on which core finished first.
public enum Parallel {
    /// `body(0) ... body(count - 1)`, run side by side; indices are handed out in order, so
    /// put the longest piece of work first. Meant for a few coarse pieces of work (each
    /// result is stored under a lock).
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = Mutex<[T?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = body(index)
            slots.withLock { $0[index] = result }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }

    /// `body(0) ... body(count - 1)` on at most `width` threads at once, indices handed out
    /// in order: for work that should leave the other cores to something else.
    public static func forEach(_ count: Int, width: Int, _ body: @Sendable (Int) -> Void) {
        let threads = min(max(width, 1), count)
        guard threads > 1 else { return (0..<count).forEach(body) }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                body(index)
            }
        }
    }
}
