import Foundation
import Synchronization

/// A second thread handing recorded cells to libxlsxwriter, for sheets the workbook's
/// opening thread does not write itself.
///
/// In constant-memory mode each sheet streams its rows to a temporary file of its own,
/// and writing a cell reads nothing another sheet writes: the formats are numbered as they
/// are made (``Workbook/makeFormats(through:)``), and calls that touch the workbook as a
/// whole never come here (``SheetOp/touchesWorkbook``). So two sheets can be written at
/// once, and the file is the same as when one thread writes both.
final class SecondLane: Sendable {
    private let channel = OpChannel(capacity: 16)
    private let stopped = DispatchSemaphore(value: 0)
    /// The first chunk that failed (its place in recorded order) and its error.
    private let failure = Mutex<(sequence: Int, error: any Error)?>(nil)

    /// Starts the thread; `write` hands one chunk to the library, with the thread's formats.
    init(writing write: @escaping @Sendable (OpChannel.Chunk, inout FormatCache) throws -> Void) {
        let thread = Thread { [self] in
            var formats = FormatCache()
            receiving: while true {
                switch channel.receive() {
                case .chunk(let chunk):
                    // After a failure the rest is only drained, so the sender never waits.
                    guard failure.withLock({ $0 == nil }) else { continue }
                    do {
                        try write(chunk, &formats)
                    } catch {
                        failure.withLock { $0 = (chunk.sequence, error) }
                    }
                case .end:
                    break receiving
                }
            }
            stopped.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Hands a chunk over; waits while 16 are waiting already.
    func send(_ chunk: OpChannel.Chunk) {
        // The channel is never cancelled, so sending cannot fail.
        try? channel.send(chunk)
    }

    /// Ends the thread once it has written everything sent, and waits for it: the first
    /// failure, if any, with its chunk's place in recorded order.
    func finish() -> (sequence: Int, error: any Error)? {
        channel.end(nil)
        stopped.wait()
        return failure.withLock { $0 }
    }
}
