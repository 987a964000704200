import BoardPackCore
import Dispatch
import Synchronization
import Testing

@Suite("Concurrency helpers")
struct ConcurrencyTests {
    @Test(arguments: [(0, 1), (1, 4), (5, 1), (5, 2), (40, 3), (3, 16)])
    func forEachVisitsEveryIndexOnce(count: Int, width: Int) {
        let seen = Mutex<[Int]>([])
        Parallel.forEach(count, width: width) { index in seen.withLock { $0.append(index) } }
        #expect(seen.withLock { $0 }.sorted() == Array(0..<count))
    }

    @Test func forEachOnOneThreadKeepsOrder() {
        let seen = Mutex<[Int]>([])
        Parallel.forEach(6, width: 1) { index in seen.withLock { $0.append(index) } }
        #expect(seen.withLock { $0 } == [0, 1, 2, 3, 4, 5])
    }

    @Test func forEachNeverRunsMoreThanItsWidthAtOnce() {
        let running = Mutex((now: 0, most: 0))
        Parallel.forEach(24, width: 2) { _ in
            running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            for _ in 0..<20_000 { _ = running.withLock { $0.now } }
            running.withLock { $0.now -= 1 }
        }
        #expect(running.withLock { $0.most } <= 2)
    }

    @Test func aLatchLetsEveryWaiterThroughOnceOpenedAndStaysOpen() {
        let latch = Latch()
        let through = Atomic<Int>(0)
        let group = DispatchGroup()
        for _ in 0..<3 {
            DispatchQueue.global().async(group: group) {
                latch.wait()
                through.wrappingAdd(1, ordering: .relaxed)
            }
        }
        #expect(through.load(ordering: .relaxed) == 0)
        latch.open()
        latch.open()
        #expect(group.wait(timeout: .now() + 20) == .success)
        #expect(through.load(ordering: .relaxed) == 3)
        latch.wait()  // open for good: returns at once
    }
}
