import BoardPackCore
import Dispatch
import Foundation
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

    @Test func mapKeepsIndexOrderWhateverFinishesFirst() {
        let squares = Parallel.map(50) { index -> Int in
            // Later indices finish first.
            usleep(UInt32((50 - index) * 100))
            return index * index
        }
        #expect(squares == (0..<50).map { $0 * $0 })
    }

    /// Pieces of a returns file put their rows straight into one array; rows that failed a
    /// check leave gaps, which must close up in piece order, whatever finished first.
    @Test func stretchesFilledSideBySideAreJoinedInOrderWithoutGaps() {
        let capacities = [0, 3, 5, 0, 4, 2]
        let (elements, results) = Parallel.map(appendingTo: capacities) { index, stretch -> String in
            usleep(UInt32((capacities.count - index) * 200))
            // Piece `index` keeps only its odd rows: most stretches are left part empty.
            for row in 0..<capacities[index] where row % 2 == 1 { stretch.append("\(index).\(row)") }
            return "piece \(index): \(stretch.count)"
        }
        #expect(elements == ["1.1", "2.1", "2.3", "4.1", "4.3", "5.1"])
        #expect(results == ["piece 0: 0", "piece 1: 1", "piece 2: 2", "piece 3: 0", "piece 4: 2", "piece 5: 1"])
        let (none, noResults) = Parallel.map(appendingTo: [0, 0]) { (_, _: inout Parallel.Stretch<String>) -> Int in 0 }
        #expect(none.isEmpty && noResults == [0, 0])
    }

    /// Reading a plan's sections happens inside the work that reads its returns: once the
    /// returns are read, the sections must get the free core, not run one after another.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1, "needs two cores"))
    func aNestedMapUsesACoreTheOuterWorkLeaves() {
        let together = Parallel.map(2) { outer -> [Bool] in
            guard outer == 0 else { return [] }
            // Each half waits (up to 20 s) for the other to start: on one thread, it never would.
            let started = Atomic<Int>(0)
            return Parallel.map(2) { _ -> Bool in
                started.wrappingAdd(1, ordering: .relaxed)
                let deadline = DispatchTime.now() + 20
                while started.load(ordering: .relaxed) < 2 {
                    if DispatchTime.now() > deadline { return false }
                    usleep(1_000)
                }
                return true
            }
        }
        #expect(together[0] == [true, true])
    }

    @Test func nestedMapsOnAFullMachineStillFinish() {
        let sums = Parallel.map(8) { outer in
            Parallel.map(8) { inner in Parallel.map(4) { outer * 100 + inner * 10 + $0 }.reduce(0, +) }.reduce(0, +)
        }
        #expect(sums == (0..<8).map { outer in (0..<8).map { inner in (0..<4).map { outer * 100 + inner * 10 + $0 }.reduce(0, +) }.reduce(0, +) })
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
