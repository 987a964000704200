import Dispatch
import Foundation
import Synchronization

/// Work spread over every core, results kept in index order so output does not depend on
/// which core finished first.
///
/// The calling thread takes part, and other threads join as Dispatch has them free: a call
/// made inside another (reading a plan's sections while its returns are read) uses a core
/// as soon as the outer work leaves it. `DispatchQueue.concurrentPerform` runs such nested
/// calls on one thread, so a plan's sections were read one after another while the other
/// core waited.
public enum Parallel {
    /// `body(0) ... body(count - 1)`, run side by side; indices are handed out in order, so
    /// put the longest piece of work first. Meant for a few coarse pieces of work (each
    /// result is stored under a lock).
    public static func map<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        map(count, width: ProcessInfo.processInfo.activeProcessorCount, body)
    }

    /// As ``map(_:_:)`` on at most `width` threads at once: for work that should leave the
    /// other cores to something else.
    public static func map<T: Sendable>(_ count: Int, width: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 1, width > 1 else { return (0..<count).map(body) }
        let slots = Mutex<[T?]>(Array(repeating: nil, count: count))
        run(count, width: width) { index in
            let result = body(index)
            slots.withLock { $0[index] = result }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }

    /// `body(0) ... body(count - 1)` on at most `width` threads at once, indices handed out
    /// in order: for work that should leave the other cores to something else.
    public static func forEach(_ count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Void) {
        run(count, width: width, body)
    }

    /// The arrays one after another, as `parts.joined()` gives them, with the copying
    /// shared among the cores: each part is copied into its own stretch of the result.
    /// Copying hundreds of thousands of rows (and touching the memory they land in for the
    /// first time) takes a noticeable part of a second on one core.
    public static func joined<T: Sendable>(_ parts: [[T]]) -> [T] {
        let total = parts.reduce(0) { $0 + $1.count }
        guard parts.count > 1, total > 0 else { return parts.first ?? [] }
        var offsets: [Int] = []
        var start = 0
        for part in parts {
            offsets.append(start)
            start += part.count
        }
        let starts = offsets
        return [T](unsafeUninitializedCapacity: total) { buffer, initialized in
            let target = Target(buffer)
            forEach(parts.count, width: ProcessInfo.processInfo.activeProcessorCount) { index in
                // Each part fills stretch `starts[index]...`, which no other part touches.
                parts[index].withUnsafeBufferPointer { part in
                    guard let source = part.baseAddress, let base = target.buffer.baseAddress else { return }
                    (base + starts[index]).initialize(from: source, count: part.count)
                }
            }
            initialized = total
        }
    }

    /// A buffer whose disjoint stretches are filled from several threads.
    private struct Target<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T>
        init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
    }

    private static func run(_ count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let threads = min(max(width, 1), count)
        guard threads > 1 else { return (0..<count).forEach(body) }
        let job = Job(count: count, body: body)
        for _ in 1..<threads {
            DispatchQueue.global().async { job.work() }
        }
        job.work()
        job.waitUntilDone()
    }

    /// Indices handed out one at a time to whichever thread asks. A helper that starts after
    /// every index was taken finds nothing and leaves: only indices being worked on are
    /// waited for, so a busy machine never holds the caller up waiting for a thread.
    private final class Job: Sendable {
        let count: Int
        let body: @Sendable (Int) -> Void
        private let next = Atomic<Int>(0)
        private let finished = Atomic<Int>(0)
        private let done = Latch()

        init(count: Int, body: @escaping @Sendable (Int) -> Void) {
            self.count = count
            self.body = body
        }

        func work() {
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                body(index)
                if finished.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue == count { done.open() }
            }
        }

        func waitUntilDone() { done.wait() }
    }
}
