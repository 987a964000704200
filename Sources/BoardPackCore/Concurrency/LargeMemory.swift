#if canImport(Glibc)
import Glibc
#endif

/// Hints for buffers of many megabytes that are filled once, start to end.
enum LargeMemory {
    /// Asks the kernel for 2 MB pages under `buffer` before it is first written. Linux
    /// otherwise maps fresh memory 4 KB at a time, each page on its first write: for the
    /// 40 MB of a large return's rows that is some ten thousand faults, 4 % of a whole
    /// report's CPU time on these machines, at the end of loading where nothing else can
    /// run. Only a hint: a kernel that keeps large pages off (or gives them to every
    /// buffer anyway) ignores it, and nothing else changes.
    static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        let huge = 2 << 20
        guard let base = buffer.baseAddress, buffer.count >= 2 * huge else { return }
        let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }
}
