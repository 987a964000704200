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

    /// Streams the json to `path` a megabyte at a time: a large pack's document never has
    /// to be in memory whole.
    public func write(_ pack: ScoredPack, to path: String) throws {
        guard let file = fopen(path, "wb") else { throw JSONWriteError(path: path, errno: errno) }
        var w = JSONWriter(capacity: JSONWriter.flushBytes + 65_536, file: file)
        encode(pack, into: &w)
        let failure = w.finish()
        let closed = fclose(file) == 0 ? nil : errno
        if let code = failure ?? closed { throw JSONWriteError(path: path, errno: code) }
    }

    /// The pack's json text.
    public func render(_ pack: ScoredPack) -> String { String(decoding: encoded(pack), as: UTF8.self) }

    /// The pack's json as UTF-8 bytes.
    func encoded(_ pack: ScoredPack) -> [UInt8] {
        var w = JSONWriter(capacity: Self.estimatedSize(of: pack))
        encode(pack, into: &w)
        return w.bytes
    }

    private func encode(_ pack: ScoredPack, into w: inout JSONWriter) {
        let calendar = pack.calendar
        // Only status KPIs' figures need their definition (for the scale's words); keeping
        // just those means other KPIs' figures never copy a whole KPI out of the dictionary.
        // (The first KPI of an id counts, as everywhere.)
        let kpis = pack.plan.kpis
        let kpisByID = pack.plan.kpiPositions().compactMapValues { kpis[$0].unit == .status ? kpis[$0] : nil }
        // A pack labels the same few dozen quarters hundreds of thousands of times.
        var periodLabels: [Period: String] = [:]
        func label(_ period: Period) -> String {
            if let known = periodLabels[period] { return known }
            let text = calendar.label(period)
            periodLabels[period] = text
            return text
        }

        let programme = pack.plan.programme
        w.beginObject()
        w.key("schema_version"); w.number(ScoredPack.schemaVersion)
        w.key("programme")
        w.beginObject()
        w.key("id"); w.string(programme.id)
        w.key("title"); w.string(programme.title)
        w.key("owner"); w.string(programme.owner)
        w.key("classification"); w.string(programme.classification)
        w.key("start"); w.string(programme.start.description)
        w.key("end"); w.string(programme.end.description)
        w.key("fiscal_year_start_month"); w.number(programme.fiscalYearStartMonth)
        w.key("rollup"); w.string(programme.rollup)
        w.endObject()
        w.key("period"); w.string(pack.periodLabel)
        w.key("report_date"); w.string(pack.reportDate.description)
        w.key("overall"); w.string(pack.overall.word)
        w.key("previous_overall"); w.string(pack.previousOverall?.word)

        w.key("kpis")
        w.beginArray()
        for r in pack.kpis { kpi(r, definition: kpisByID[r.kpiID], label: label, to: &w) }
        w.endArray()

        w.key("kpi_history")
        w.beginArray()
        for history in pack.kpiHistory {
            let definition = kpisByID[history.kpiID]
            w.beginObject()
            w.key("id"); w.string(history.kpiID)
            w.key("points")
            w.beginArray()
            for point in history.points {
                w.beginObject()
                w.key("period"); w.string(label(point.period))
                w.key("value"); figure(point.value, of: definition, to: &w)
                w.key("target"); figure(point.target, of: definition, to: &w)
                w.key("status"); w.string(point.status.word)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()

        w.key("milestones")
        w.beginArray()
        for m in pack.milestones { milestone(m, to: &w) }
        w.endArray()
        w.key("projects")
        w.beginArray()
        for r in pack.projects { rollup(r, to: &w) }
        w.endArray()
        w.key("workstreams")
        w.beginArray()
        for r in pack.workstreams { rollup(r, to: &w) }
        w.endArray()
        w.key("risks")
        w.beginArray()
        for r in pack.risks { risk(r, to: &w) }
        w.endArray()
        w.key("finance")
        if let finance = pack.finance { self.finance(finance, calendar: calendar, to: &w) } else { w.null() }

        w.key("exceptions")
        w.beginArray()
        for e in pack.exceptions {
            w.beginObject()
            w.key("kind"); w.string(e.kind.rawValue)
            w.key("id"); w.string(e.id)
            w.key("title"); w.string(e.title)
            w.key("partner"); w.string(e.partner)
            w.key("status"); w.string(e.status.word)
            w.key("detail"); w.string(e.detail)
            w.key("commentary"); w.string(e.commentary)
            w.endObject()
        }
        w.endArray()
        w.key("data_quality")
        w.beginArray()
        for note in pack.dataQuality {
            w.beginObject()
            w.key("kind"); w.string(note.kind.rawValue)
            w.key("id"); w.string(note.id)
            w.key("message"); w.string(note.message)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// Roughly the document's size (from a scale-5 pack), so the buffer seldom regrows.
    private static func estimatedSize(of pack: ScoredPack) -> Int {
        let points = pack.kpiHistory.reduce(0) { $0 + $1.points.count }
        return 65_536 + pack.kpis.count * 520 + pack.kpiHistory.count * 64 + points * 130
            + pack.milestones.count * 580 + (pack.projects.count + pack.workstreams.count) * 120
            + pack.risks.count * 280 + pack.exceptions.count * 250 + pack.dataQuality.count * 160
    }

    // MARK: Sections

    /// `definition` is given for status KPIs only.
    private func kpi(_ r: KPIResult, definition: KPI?, label: (Period) -> String, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(r.kpiID)
        w.key("title"); w.string(r.title)
        w.key("partner"); w.string(r.partner)
        w.key("unit"); w.string(r.unit.rawValue)
        w.key("polarity"); w.string(r.polarity.rawValue)
        w.key("frequency"); w.string(r.frequency.rawValue)
        w.key("aggregation"); w.string(r.aggregation)
        w.key("status"); w.string(r.status.word)
        w.key("value"); figure(r.value, of: definition, to: &w)
        w.key("target"); figure(r.target, of: definition, to: &w)
        w.key("amber"); figure(r.amber, of: definition, to: &w)
        w.key("annual_target"); figure(r.annualTarget, of: definition, to: &w)
        w.key("year_to_date"); figure(r.yearToDate, of: definition, to: &w)
        w.key("latest_value"); figure(r.latestValue, of: definition, to: &w)
        w.key("latest_period"); w.string(r.latestPeriod.map(label))
        w.key("trend"); w.string(r.trend.rawValue)
        w.key("trend_year"); w.string(r.trendYear.rawValue)
        w.key("previous_status"); w.string(r.previousStatus?.word)
        w.key("commentary"); w.string(r.commentary)
        w.endObject()
    }

    /// A KPI figure: a number, or for status KPIs the word at that scale position.
    private func figure(_ value: Decimal?, of definition: KPI?, to w: inout JSONWriter) {
        guard let value else { return w.null() }
        if let definition, let word = definition.scaleWord(for: value) {
            return w.string(word)
        }
        w.decimal(value)
    }

    private func milestone(_ m: MilestoneResult, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(m.id)
        w.key("title"); w.string(m.title)
        w.key("project"); w.string(m.projectID)
        w.key("workstream"); w.string(m.workstreamID)
        w.key("due"); w.string(m.due.description)
        w.key("forecast"); w.string(m.forecast?.description)
        w.key("completed"); w.string(m.completed?.description)
        w.key("slip_days"); w.number(m.slipDays)
        w.key("days_late"); w.number(m.daysLate)
        w.key("reported"); w.string(m.reported?.rawValue)
        w.key("status"); w.string(m.status.word)
        w.key("overdue"); w.bool(m.overdue)
        w.key("gate"); w.string(m.gate)
        w.key("decision"); w.string(m.decision?.rawValue)
        w.key("dca"); w.string(m.dca?.rawValue)
        w.key("criteria_met")
        switch m.criteriaMet {
        case nil: w.null()
        case .all?: w.string("all")
        case .numbers(let numbers)?: integers(numbers, to: &w)
        }
        w.key("unmet_criteria"); integers(m.unmetCriteria, to: &w)
        w.key("gate_bypassed"); w.bool(m.gateBypassed)
        w.key("bypassed_gate"); w.string(m.bypassedGate)
        w.key("previous_status"); w.string(m.previousStatus?.word)
        w.key("commentary"); w.string(m.commentary)
        w.endObject()
    }

    private func integers(_ numbers: [Int], to w: inout JSONWriter) {
        w.beginArray()
        for n in numbers { w.number(n) }
        w.endArray()
    }

    private func rollup(_ r: RollupResult, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(r.id)
        w.key("title"); w.string(r.title)
        w.key("status"); w.string(r.status.word)
        w.key("previous_status"); w.string(r.previousStatus?.word)
        w.endObject()
    }

    private func risk(_ r: RiskResult, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(r.id)
        w.key("title"); w.string(r.title)
        w.key("owner"); w.string(r.owner)
        w.key("likelihood"); w.number(r.likelihood)
        w.key("impact"); w.number(r.impact)
        w.key("score"); w.number(r.score)
        w.key("status"); w.string(r.status.word)
        w.key("trend"); w.string(r.trend.rawValue)
        w.key("previous_score"); w.number(r.previousScore)
        w.key("mitigation"); w.string(r.mitigation)
        w.key("commentary"); w.string(r.commentary)
        w.endObject()
    }

    private func finance(_ f: FinanceResult, calendar: FiscalCalendar, to w: inout JSONWriter) {
        func year(_ y: FinanceYearResult) {
            w.beginObject()
            w.key("year"); w.string(y.year.map(calendar.yearLabel))
            w.key("baseline"); w.decimal(y.baseline)
            w.key("budget"); w.decimal(y.budget)
            w.key("savings"); w.decimal(y.savings)
            w.key("savings_pct"); w.number(text: DecimalText.fixed(y.savingsPercent, places: 1))
            w.key("cumulative_savings"); w.decimal(y.cumulativeSavings)
            w.key("partner_shares")
            w.beginArray()
            for share in y.partnerShares {
                w.beginObject()
                w.key("partner"); w.string(share.partner)
                w.key("amount"); w.decimal(share.amount)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.beginObject()
        w.key("years")
        w.beginArray()
        for y in f.years { year(y) }
        w.endArray()
        w.key("total"); year(f.total)
        w.key("lines")
        w.beginArray()
        for line in f.lines {
            w.beginObject()
            w.key("line"); w.string(line.line)
            w.key("year"); w.string(calendar.yearLabel(line.year))
            w.key("budget"); w.decimal(line.budget)
            w.key("actual"); w.decimal(line.actual)
            w.key("variance"); w.decimal(line.variance)
            w.key("status"); w.string(line.status.word)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}

/// The json pack could not be written to its file.
struct JSONWriteError: Error, CustomStringConvertible {
    var path: String
    var errno: Int32

    var description: String { "\(path): \(String(cString: strerror(errno)))" }
}
