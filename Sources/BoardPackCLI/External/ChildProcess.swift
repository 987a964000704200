import Foundation
import Synchronization

/// Runs a program in its own process group with input on standard input, collecting its
/// standard error, and stops the whole group if it runs past a time limit.
///
/// Foundation's `Process` cannot put the child in a process group of its own, so a shell
/// script's children would outlive a time-out and hold its pipes open; `posix_spawn` can.
enum ChildProcess {
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
    }

    struct Result {
        var ending: Ending
        var standardError: String
    }

    struct SpawnError: Error {
        var reason: String
    }

    static func run(_ path: String, arguments: [String], input: Data, timeout: Duration) throws(SpawnError) -> Result {
        ignoreBrokenPipes
        var inputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard makePipe(&inputPipe) else { throw SpawnError(reason: errnoText()) }
        guard makePipe(&errorPipe) else {
            close(inputPipe[0]); close(inputPipe[1])
            throw SpawnError(reason: errnoText())
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        var spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        // A program written a moment ago may still be open for writing in a process another
        // thread is starting (the file is "busy") until that process execs; try again briefly.
        for _ in 0..<20 where spawned == ETXTBSY {
            usleep(50_000)
            spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        }
        close(inputPipe[0])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(inputPipe[1]); close(errorPipe[0])
            throw SpawnError(reason: String(cString: strerror(spawned)))
        }

        let collected = Collected()
        let background = DispatchGroup()
        let writeEnd = inputPipe[1], readEnd = errorPipe[0]
        DispatchQueue.global().async(group: background) {
            // A plugin may exit without reading its input: EPIPE then simply ends the write.
            input.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { break }
                }
            }
            close(writeEnd)
        }
        DispatchQueue.global().async(group: background) {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(readEnd, &chunk, chunk.count)
                if n > 0 { collected.append(chunk[0..<n]) } else if n < 0 && errno == EINTR { continue } else { break }
            }
            close(readEnd)
        }

        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var status: Int32 = 0
        var ending: Ending?
        while ending == nil {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid {
                ending = exitEnding(status)
            } else if waited < 0 && errno != EINTR {
                ending = .exited(-1)
            } else if clock.now >= deadline {
                stopGroup(pid)
                ending = .timedOut
            } else {
                usleep(5_000)
            }
        }
        // Pipes close once every process of the group has gone; don't wait forever for a
        // grandchild that left the group.
        _ = background.wait(timeout: .now() + .seconds(2))
        return Result(ending: ending ?? .timedOut, standardError: collected.text)
    }

    /// SIGTERM to the group, then SIGKILL after a short grace; reaps the child.
    private static func stopGroup(_ pid: pid_t) {
        kill(-pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) == pid {
                kill(-pid, SIGKILL)
                return
            }
            usleep(10_000)
        }
        kill(-pid, SIGKILL)
        waitpid(pid, &status, 0)
    }

    private static func exitEnding(_ status: Int32) -> Ending {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    /// A pipe whose ends are not inherited by other programs started meanwhile.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Writing to a plugin that has exited must be an EPIPE error, not the end of BoardPack.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Standard error as it arrives, shared with the reading thread.
    private final class Collected: Sendable {
        private let bytes = Mutex<[UInt8]>([])
        func append(_ chunk: ArraySlice<UInt8>) { bytes.withLock { $0 += chunk } }
        var text: String { String(decoding: bytes.withLock { $0 }, as: UTF8.self) }
    }
}
