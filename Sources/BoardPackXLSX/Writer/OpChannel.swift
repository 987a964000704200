import Dispatch
import Synchronization

/// Recorded sheet calls on their way from the thread running the sheet writers to the
/// thread writing the file, in order, a chunk at a time.
final class OpChannel: Sendable {
    /// Calls on one sheet, in the order they were made.
    struct Chunk: Sendable {
        var sheet: Int
        var ops: [SheetOp]
        /// Its place among all the chunks recorded, whichever thread writes it.
        var sequence = 0
    }

    enum Item: Sendable {
        case chunk(Chunk)
        /// Recording ended; with the error that stopped it, if any.
        case end((any Error)?)
    }

    private struct State {
        var items: [Item?] = []
        var head = 0
        var cancelled = false
    }

    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)
    /// Free places, when the channel is bounded: the writer of a large pack never holds
    /// more than this many chunks in memory.
    private let space: DispatchSemaphore?

    /// `capacity` chunks at most in flight; nil for no bound (the sending and receiving
    /// thread are then one and the same, so waiting for space could never end).
    init(capacity: Int?) {
        space = capacity.map { DispatchSemaphore(value: $0) }
    }

    /// Sends a chunk; waits while the channel is full. Throws once the receiver has given up.
    func send(_ chunk: Chunk) throws(Cancelled) {
        if state.withLock({ $0.cancelled }) { throw Cancelled() }
        space?.wait()
        let cancelled = state.withLock { state -> Bool in
            guard !state.cancelled else { return true }
            state.items.append(.chunk(chunk))
            return false
        }
        if cancelled { throw Cancelled() }
        available.signal()
    }

    /// Throws once the receiver has given up.
    func checkOpen() throws(Cancelled) {
        if state.withLock({ $0.cancelled }) { throw Cancelled() }
    }

    /// The last item: nothing is sent after it.
    func end(_ failure: (any Error)?) {
        state.withLock { $0.items.append(.end(failure)) }
        available.signal()
    }

    /// The next item, waiting for it to be sent.
    func receive() -> Item {
        available.wait()
        let item = state.withLock { state -> Item in
            let item = state.items[state.head] ?? .end(nil)
            state.items[state.head] = nil
            state.head += 1
            if state.head > 1024 {
                state.items.removeFirst(state.head)
                state.head = 0
            }
            return item
        }
        if case .chunk = item { space?.signal() }
        return item
    }

    /// The receiver stops: a sender waiting for space, and every later send, throws.
    func cancel() {
        state.withLock { $0.cancelled = true }
        space?.signal()
    }

    struct Cancelled: Error {}
}
