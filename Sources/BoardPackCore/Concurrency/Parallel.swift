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

    /// `body(0) ... body(count - 1)` side by side, as ``map(_:_:)``, each also appending to
    /// its own stretch of one array: body `i` appends at most `capacities[i]` elements. The
    /// array is the stretches one after another, as joining one array per body would give,
    /// but each element is written once, in place. Joining hundreds of thousands of rows
    /// afterwards (and touching the memory they land in for the first time) took a
    /// noticeable part of a second, on the critical path.
    public static func map<T: Sendable, R: Sendable>(
        appendingTo capacities: [Int], _ body: @escaping @Sendable (Int, inout Stretch<T>) -> R
    ) -> (elements: [T], results: [R]) {
        let begins = capacities.starts
        var results: [R] = []
        let elements = [T](unsafeUninitializedCapacity: capacities.reduce(0, +)) { buffer, initialized in
            LargeMemory.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            let target = Target(buffer)
            let filled = map(capacities.count) { index -> (R, Int) in
                let own = UnsafeMutableBufferPointer(rebasing: target.buffer[begins[index]..<begins[index] + capacities[index]])
                var stretch = Stretch(own)
                let result = body(index, &stretch)
                return (result, stretch.count)
            }
            // Stretches not filled to capacity leave gaps: close them, moving each stretch
            // down to where the one before it ends.
            var end = 0
            for (index, (result, count)) in filled.enumerated() {
                if let base = buffer.baseAddress, begins[index] != end {
                    (base + end).moveInitialize(from: base + begins[index], count: count)
                }
                end += count
                results.append(result)
            }
            initialized = end
        }
        return (elements, results)
    }

    /// Where one body of ``map(appendingTo:_:)`` appends its elements.
    public struct Stretch<T> {
        private let buffer: UnsafeMutableBufferPointer<T>
        /// How many elements were appended.
        public private(set) var count = 0

        fileprivate init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }

        public mutating func append(_ element: T) {
            precondition(count < buffer.count, "a stretch was given more elements than its capacity")
            buffer.initializeElement(at: count, to: element)
            count += 1
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
