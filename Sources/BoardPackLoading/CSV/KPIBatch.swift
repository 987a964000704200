import BoardPackCore

/// The KPI values read from one piece of `kpis.csv`, before the check for a second row of
/// the same KPI, period and partner (which needs every earlier piece, so runs afterwards
/// in file order).
struct KPIBatch: Sendable {
    /// Rows that passed every other check.
    var values: [KPIValue] = []
    var keys: [KPIValueKey] = []
    /// For each value, how many of `diagnostics` came before its duplicate check, so a
    /// "second row" error lands where reading the file in one go would have put it.
    var marks: [Int] = []
    /// Problems found in the rows.
    var diagnostics: [Diagnostic] = []
    /// Problems with rows as rows (too many cells), reported after the file's others.
    var problems: [Diagnostic] = []
}
