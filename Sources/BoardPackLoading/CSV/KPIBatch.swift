import BoardPackCore

/// What was read from one piece of `kpis.csv`, before the check for a second row of the
/// same KPI, period and partner (which needs every earlier piece, so runs afterwards in
/// file order). The values themselves go straight into the returns, in file order.
struct KPIBatch: Sendable {
    /// Each value's KPI, quarter and partner: one for every row that passed every other check.
    var keys: [KPIValueKey] = []
    /// For each value, how many of `diagnostics` came before its duplicate check, so a
    /// "second row" error lands where reading the file in one go would have put it.
    var marks: [Int] = []
    /// Problems found in the rows.
    var diagnostics: [Diagnostic] = []
    /// Problems with rows as rows (too many cells), reported after the file's others.
    var problems: [Diagnostic] = []
}
