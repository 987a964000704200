import BoardPackCore
import Foundation

/// The scored pack as json, for Power BI, scripts and tests.
///
/// Field names are the brief's, in a fixed order; numbers are exact decimals; the layout
/// is versioned by `schema_version` and described by `docs/pack.schema.json`. Status KPIs
/// give `value`, `target`, `amber` and `latest_value` as words on their scale, since
/// positions mean nothing to a reader.
public struct JSONExporter: Exporter {
    public static let descriptor = PluginDescriptor(
        name: "json", kind: .exporter,
        summary: "The scored pack as json (schema_version \(ScoredPack.schemaVersion)) for other tools")
    public static let fileExtension = "json"

    public init() {}

    public func write(_ pack: ScoredPack, to path: String) throws {
        try render(pack).write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// The pack's json text.
    public func render(_ pack: ScoredPack) -> String { document(pack).rendered() }

    /// The pack as a json value.
    public func document(_ pack: ScoredPack) -> JSONValue {
        let calendar = pack.calendar
        let kpisByID = Dictionary(pack.plan.kpis.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let programme = pack.plan.programme
        return .object([
            ("schema_version", .number(String(ScoredPack.schemaVersion))),
            ("programme", .object([
                ("id", .string(programme.id)),
                ("title", .string(programme.title)),
                ("owner", .text(programme.owner)),
                ("classification", .text(programme.classification)),
                ("start", .string(programme.start.description)),
                ("end", .string(programme.end.description)),
                ("fiscal_year_start_month", .int(programme.fiscalYearStartMonth)),
                ("rollup", .string(programme.rollup)),
            ])),
            ("period", .string(pack.periodLabel)),
            ("report_date", .string(pack.reportDate.description)),
            ("overall", .string(pack.overall.word)),
            ("previous_overall", .text(pack.previousOverall?.word)),
            ("kpis", .lazyArray(count: pack.kpis.count) { i in
                let r = pack.kpis[i]
                return kpi(r, definition: kpisByID[r.kpiID], calendar: calendar)
            }),
            ("kpi_history", .lazyArray(count: pack.kpiHistory.count) { i in
                let history = pack.kpiHistory[i]
                let definition = kpisByID[history.kpiID]
                return .object([
                    ("id", .string(history.kpiID)),
                    ("points", .array(history.points.map { point in
                        .object([
                            ("period", .string(calendar.label(point.period))),
                            ("value", figure(point.value, of: definition)),
                            ("target", figure(point.target, of: definition)),
                            ("status", .string(point.status.word)),
                        ])
                    })),
                ])
            }),
            ("milestones", .lazyArray(count: pack.milestones.count) { milestone(pack.milestones[$0]) }),
            ("projects", .array(pack.projects.map(rollup))),
            ("workstreams", .array(pack.workstreams.map(rollup))),
            ("risks", .array(pack.risks.map(risk))),
            ("finance", pack.finance.map { finance($0, calendar: calendar) } ?? .null),
            ("exceptions", .array(pack.exceptions.map { e in
                .object([
                    ("kind", .string(e.kind.rawValue)),
                    ("id", .string(e.id)),
                    ("title", .string(e.title)),
                    ("partner", .text(e.partner)),
                    ("status", .string(e.status.word)),
                    ("detail", .string(e.detail)),
                    ("commentary", .text(e.commentary)),
                ])
            })),
            ("data_quality", .array(pack.dataQuality.map { note in
                .object([
                    ("kind", .string(note.kind.rawValue)),
                    ("id", .text(note.id)),
                    ("message", .string(note.message)),
                ])
            })),
        ])
    }

    // MARK: Sections

    private func kpi(_ r: KPIResult, definition: KPI?, calendar: FiscalCalendar) -> JSONValue {
        .object([
            ("id", .string(r.kpiID)),
            ("title", .string(r.title)),
            ("partner", .text(r.partner)),
            ("unit", .string(r.unit.rawValue)),
            ("polarity", .string(r.polarity.rawValue)),
            ("frequency", .string(r.frequency.rawValue)),
            ("aggregation", .string(r.aggregation)),
            ("status", .string(r.status.word)),
            ("value", figure(r.value, of: definition)),
            ("target", figure(r.target, of: definition)),
            ("amber", figure(r.amber, of: definition)),
            ("annual_target", figure(r.annualTarget, of: definition)),
            ("year_to_date", figure(r.yearToDate, of: definition)),
            ("latest_value", figure(r.latestValue, of: definition)),
            ("latest_period", .text(r.latestPeriod.map(calendar.label))),
            ("trend", .string(r.trend.rawValue)),
            ("trend_year", .string(r.trendYear.rawValue)),
            ("previous_status", .text(r.previousStatus?.word)),
            ("commentary", .text(r.commentary)),
        ])
    }

    /// A KPI figure: a number, or for status KPIs the word at that scale position.
    private func figure(_ value: Decimal?, of definition: KPI?) -> JSONValue {
        guard let value else { return .null }
        if let definition, definition.unit == .status {
            return definition.scaleWord(for: value).map(JSONValue.string) ?? .decimal(value)
        }
        return .decimal(value)
    }

    private func milestone(_ m: MilestoneResult) -> JSONValue {
        let criteria: JSONValue
        switch m.criteriaMet {
        case nil: criteria = .null
        case .all?: criteria = .string("all")
        case .numbers(let numbers)?: criteria = .array(numbers.map(JSONValue.int))
        }
        return .object([
            ("id", .string(m.id)),
            ("title", .string(m.title)),
            ("project", .string(m.projectID)),
            ("workstream", .string(m.workstreamID)),
            ("due", .string(m.due.description)),
            ("forecast", .text(m.forecast?.description)),
            ("completed", .text(m.completed?.description)),
            ("slip_days", m.slipDays.map(JSONValue.int) ?? .null),
            ("days_late", m.daysLate.map(JSONValue.int) ?? .null),
            ("reported", .text(m.reported?.rawValue)),
            ("status", .string(m.status.word)),
            ("overdue", .bool(m.overdue)),
            ("gate", .text(m.gate)),
            ("decision", .text(m.decision?.rawValue)),
            ("dca", .text(m.dca?.rawValue)),
            ("criteria_met", criteria),
            ("unmet_criteria", .array(m.unmetCriteria.map(JSONValue.int))),
            ("gate_bypassed", .bool(m.gateBypassed)),
            ("bypassed_gate", .text(m.bypassedGate)),
            ("previous_status", .text(m.previousStatus?.word)),
            ("commentary", .text(m.commentary)),
        ])
    }

    private func rollup(_ r: RollupResult) -> JSONValue {
        .object([
            ("id", .string(r.id)),
            ("title", .string(r.title)),
            ("status", .string(r.status.word)),
            ("previous_status", .text(r.previousStatus?.word)),
        ])
    }

    private func risk(_ r: RiskResult) -> JSONValue {
        .object([
            ("id", .string(r.id)),
            ("title", .string(r.title)),
            ("owner", .text(r.owner)),
            ("likelihood", .int(r.likelihood)),
            ("impact", .int(r.impact)),
            ("score", .int(r.score)),
            ("status", .string(r.status.word)),
            ("trend", .string(r.trend.rawValue)),
            ("previous_score", r.previousScore.map(JSONValue.int) ?? .null),
            ("mitigation", .text(r.mitigation)),
            ("commentary", .text(r.commentary)),
        ])
    }

    private func finance(_ f: FinanceResult, calendar: FiscalCalendar) -> JSONValue {
        func year(_ y: FinanceYearResult) -> JSONValue {
            .object([
                ("year", .text(y.year.map(calendar.yearLabel))),
                ("baseline", .decimal(y.baseline)),
                ("budget", .decimal(y.budget)),
                ("savings", .decimal(y.savings)),
                ("savings_pct", .number(DecimalText.fixed(y.savingsPercent, places: 1))),
                ("cumulative_savings", .decimal(y.cumulativeSavings)),
                ("partner_shares", .array(y.partnerShares.map { share in
                    .object([("partner", .string(share.partner)), ("amount", .decimal(share.amount))])
                })),
            ])
        }
        return .object([
            ("years", .array(f.years.map(year))),
            ("total", year(f.total)),
            ("lines", .array(f.lines.map { line in
                .object([
                    ("line", .string(line.line)),
                    ("year", .string(calendar.yearLabel(line.year))),
                    ("budget", .decimal(line.budget)),
                    ("actual", line.actual.map(JSONValue.decimal) ?? .null),
                    ("variance", line.variance.map(JSONValue.decimal) ?? .null),
                    ("status", .string(line.status.word)),
                ])
            })),
        ])
    }
}

extension JSONValue {
    static func decimal(_ value: Decimal) -> JSONValue { .number(DecimalText.plain(value)) }
    static func int(_ value: Int) -> JSONValue { .number(String(value)) }
    /// A string, or null when absent.
    static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
}
