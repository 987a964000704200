import Dispatch
import Synchronization

/// Closed until ``open()`` is first called, then open for good: ``wait()`` returns at once
/// from then on. Any thread may open it, any number of times, and any number may wait.
public final class Latch: Sendable {
    private let opened = Atomic<Bool>(false)
    private let signal = DispatchSemaphore(value: 0)

    public init() {}

    public func open() {
        if !opened.exchange(true, ordering: .acquiringAndReleasing) { signal.signal() }
    }

    public func wait() {
        if opened.load(ordering: .acquiring) { return }
        signal.wait()
        // Pass the signal on to the next waiter, if any.
        signal.signal()
    }
}
