import CXLSXWriter
import Glibc

/// Runs work with the C library's numeric formatting pinned to the "C" locale on the
/// calling thread.
///
/// libxlsxwriter prints numbers with `snprintf`, which follows LC_NUMERIC: under a
/// comma-decimal locale such as de_DE it would write `1234,5`, a number Excel cannot read.
/// `uselocale` changes only the calling thread, so other threads keep their locale.
enum NumericLocale {
    static func withCNumerics<T>(path: String, _ work: () throws -> T) throws -> T {
        let failure = XLSXError(
            path: path, operation: "set the numeric locale", reason: "cannot create the C numeric locale")
        // The current thread's locale, with LC_NUMERIC replaced by "C".
        guard let current = duplocale(uselocale(nil)) else {
            throw failure
        }
        guard let cNumeric = newlocale(Int32(1) << LC_NUMERIC, "C", current) else {
            freelocale(current)
            throw failure
        }
        let previous = uselocale(cNumeric)
        defer {
            uselocale(previous)
            freelocale(cNumeric)
        }
        return try work()
    }
}
