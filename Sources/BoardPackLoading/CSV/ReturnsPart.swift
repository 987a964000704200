import BoardPackCore

/// What one piece of work on the returns found: a piece of `kpis.csv`, or a whole smaller
/// file with its diagnostics.
enum ReturnsPart: Sendable {
    case kpis(KPIBatch)
    case milestones([MilestoneUpdate], [Diagnostic])
    case risks([RiskUpdate], [Diagnostic])
    case finance([FinanceActual], [Diagnostic])
}
