import BoardPackCore
import Foundation
import Yams

/// Turns plan.yaml into a ``Plan``, reporting every problem with its line and column.
struct PlanYAMLReader {
    var reader: YAMLReader
    let registry: PluginRegistry
    /// Where each id was first declared, per kind, for duplicate and reference messages.
    var declared: [String: [String: Node]] = [:]
    /// The registry's plugin names by kind, looked up once rather than for every KPI.
    let pluginNames: [PluginKind: [String]]

    init(file: String, registry: PluginRegistry) {
        self.reader = YAMLReader(file: file)
        self.registry = registry
        pluginNames = Dictionary(uniqueKeysWithValues: PluginKind.allCases.map { ($0, registry.names(of: $0)) })
    }

    var diagnostics: [Diagnostic] { reader.diagnostics }

    /// The plan, with the checks across sections (references, dates, shares) left to make
    /// with ``PlanChecks/run()``, on any thread: the composed tree is released with them,
    /// beside other work. Nil (with the problems in ``diagnostics``) when the file cannot
    /// be read as a plan at all.
    mutating func readLeavingChecks(_ text: String) -> (Plan, PlanChecks)? {
        let root: Node
        do {
            // Every value is read from its text, so no tag resolution (and none of the
            // resolver's regular expressions per scalar) is needed.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                reader.diagnostics.append(.error(reader.file, line: 1, "the plan is empty", expected: "a programme: section"))
                return nil
            }
            root = node
        } catch let error as YamlError {
            reader.diagnostics.append(Self.diagnostic(for: error, file: reader.file))
            return nil
        } catch {
            reader.diagnostics.append(.error(reader.file, "cannot read the plan: \(error)"))
            return nil
        }
        guard let top = reader.fields(root, of: "the plan", known: PlanSchema.top, required: ["programme"]),
              let programmeNode = top["programme"], let programme = readProgramme(programmeNode) else { return nil }
        let calendar = FiscalCalendar(startMonth: programme.fiscalYearStartMonth)
        // The KPIs (most of a large plan) are read in stretches on every core, beside the
        // other sections. Each kind of id is declared in one section only, so each copy of the
        // reader checks its own; their findings are put together (and sorted by line) after.
        let kpiNodes = reader.items(top["kpis"], of: "kpis")
        let stretches = Self.kpiStretches(kpiNodes)
        let start = ReadOnlyTree((self, top, kpiNodes))
        let parts = Parallel.map(1 + stretches.count) { part -> ReadOnlyTree<(PlanYAMLReader, Plan)> in
            var (section, top, kpiNodes) = start.value
            section.reader.diagnostics = []
            section.declared = [:]
            guard part > 0 else {
                let read = section.readSections(top, calendar: calendar, programme: programme)
                return ReadOnlyTree((section, read))
            }
            var read = Plan(programme: programme)
            read.kpis = kpiNodes[stretches[part - 1]].compactMap { section.readKPI($0, calendar: calendar) }
            return ReadOnlyTree((section, read))
        }
        var plan = parts[0].value.1
        plan.kpis = parts.dropFirst().flatMap(\.value.1.kpis)
        return (plan, PlanChecks(reader: self, parts: parts.map(\.value.0), plan: plan, top: ReadOnlyTree(top)))
    }

    /// Every section but the KPIs.
    private mutating func readSections(_ top: Fields, calendar: FiscalCalendar, programme: Programme) -> Plan {
        var plan = Plan(programme: programme)
        plan.partners = reader.items(top["partners"], of: "partners").compactMap { readPartner($0) }
        plan.phases = reader.items(top["phases"], of: "phases").compactMap { readPhase($0) }
        plan.gates = reader.items(top["gates"], of: "gates").compactMap { readGate($0) }
        plan.workstreams = reader.items(top["workstreams"], of: "workstreams").compactMap { readWorkstream($0) }
        plan.risks = reader.items(top["risks"], of: "risks").compactMap { readRisk($0) }
        if let finance = top["finance"] { plan.finance = readFinance(finance, calendar: calendar) }
        return plan
    }

    /// How the KPIs are cut for reading side by side: in stretches of about a thousand,
    /// or in one when an id is written twice, so that the second is reported as a
    /// duplicate exactly as when reading in one pass. (Two KPIs that do not write the same
    /// id can never be reported as duplicates, wherever the cuts fall.)
    static func kpiStretches(_ nodes: [Node]) -> [Range<Int>] {
        let stretch = 1_024
        guard nodes.count > stretch else { return nodes.isEmpty ? [] : [nodes.indices] }
        var ids = Set<String>()
        for node in nodes {
            guard case .mapping(let mapping) = node else { continue }
            // The last "id" key is the one a KPI's fields hold. (Read by position: reversing
            // the mapping would copy its pairs into a new array for every KPI.)
            let id = mapping.pairPositions.reversed().first { YAMLReader.text(mapping[$0].key) == "id" }
                .flatMap { YAMLReader.text(mapping[$0].value) }
            if let id, !ids.insert(id).inserted { return [nodes.indices] }
        }
        return stride(from: 0, to: nodes.count, by: stretch).map { $0..<min($0 + stretch, nodes.count) }
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .error(file, line: mark.line, column: mark.column, "the plan is not valid YAML: \(problem)",
                          expected: "YAML as in the plan format: \"key: value\" pairs, lists with \"- \", consistent indentation")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(file, line: context.mark.line, column: context.mark.column,
                          "a key is given twice: \(duplicates.joined(separator: ", "))", expected: "each key once")
        default:
            return .error(file, "the plan is not valid YAML: \(error)")
        }
    }

    // MARK: Ids

    /// An item's id, checked for uniqueness within its kind.
    mutating func id(_ fields: Fields, kind: String) -> String? {
        guard let text = reader.string(fields, "id"), let node = fields["id"] else { return nil }
        if let first = declared[kind]?[text] {
            reader.error(node, "duplicate \(kind) id \"\(text)\"",
                         expected: "each \(kind) id once (first declared at line \(first.mark?.line ?? 0))")
            return nil
        }
        declared[kind, default: [:]][text] = node
        return text
    }

    // MARK: Sections

    mutating func readProgramme(_ node: Node) -> Programme? {
        guard var f = reader.fields(node, of: "programme", known: PlanSchema.programme, required: PlanSchema.programmeRequired)
        else { return nil }
        f.what = "the programme"
        let id = reader.string(f, "id")
        if let id, let idNode = f["id"],
           id.isEmpty || !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            reader.error(idNode, "programme id \"\(id)\" cannot be used in file names",
                         expected: "lower-case letters, digits and hyphens only, e.g. 3c-ict")
        }
        let title = reader.string(f, "title")
        let start = reader.day(f, "start"), end = reader.day(f, "end")
        let month = reader.integer(f, "fiscal_year_start_month", in: 1...12)
        let tolerance = reader.integer(f, "milestone_tolerance_days", in: 0...3650)
        let rollup = reader.string(f, "rollup") ?? "worst"
        if let node = f["rollup"], !registry.names(of: .rollup).contains(rollup) {
            reader.error(node, "rollup \"\(rollup)\" is not known", expected: "one of \(registry.names(of: .rollup).joined(separator: ", "))")
        }
        if let start, let end, end < start, let node = f["end"] {
            reader.error(node, "the programme ends (\(end)) before it starts (\(start))", expected: "an end date after the start")
        }
        guard let id, let title, let start, let end else { return nil }
        return Programme(
            id: id, title: title, owner: reader.string(f, "owner"), fiscalYearStartMonth: month ?? 4, start: start,
            end: end, classification: reader.string(f, "classification"), milestoneToleranceDays: tolerance ?? 30,
            rollup: rollup)
    }

    mutating func readPartner(_ node: Node) -> Partner? {
        guard let f = reader.fields(node, of: "a partner", known: PlanSchema.partner, required: ["id", "name"]),
              let id = id(f, kind: "partner"), let name = reader.string(f, "name") else { return nil }
        var share = reader.decimal(f, "share", expected: "a percentage such as 45.1")
        if let s = share, s < 0 || s > 100, let node = f["share"] {
            reader.error(node, "share of partner \(id) is \(s)", expected: "a percentage from 0 to 100")
            share = nil
        }
        return Partner(id: id, name: name, share: share)
    }

    mutating func readPhase(_ node: Node) -> Phase? {
        guard let f = reader.fields(node, of: "a phase", known: PlanSchema.phase, required: PlanSchema.phase),
              let id = id(f, kind: "phase") else { return nil }
        let title = reader.string(f, "title"), start = reader.day(f, "start"), end = reader.day(f, "end")
        guard let title, let start, let end else { return nil }
        if end < start, let node = f["end"] {
            reader.error(node, "phase \(id) ends (\(end)) before it starts (\(start))", expected: "an end date after the start")
        }
        return Phase(id: id, title: title, start: start, end: end)
    }

    mutating func readGate(_ node: Node) -> Gate? {
        guard let f = reader.fields(node, of: "a gate", known: PlanSchema.gate, required: ["id", "title"]),
              let id = id(f, kind: "gate") else { return nil }
        guard let title = reader.string(f, "title") else { return nil }
        return Gate(id: id, title: title, criteria: reader.strings(f, "criteria").map(\.0))
    }

    mutating func readWorkstream(_ node: Node) -> Workstream? {
        guard let f = reader.fields(node, of: "a workstream", known: PlanSchema.workstream, required: ["id", "title"]),
              let id = id(f, kind: "workstream") else { return nil }
        guard let title = reader.string(f, "title") else { return nil }
        let projects = reader.items(f["projects"], of: "projects of workstream \(id)").compactMap { readProject($0) }
        return Workstream(id: id, title: title, lead: reader.string(f, "lead"), projects: projects)
    }

    mutating func readProject(_ node: Node) -> Project? {
        guard let f = reader.fields(node, of: "a project", known: PlanSchema.project, required: ["id", "title"]),
              let id = id(f, kind: "project") else { return nil }
        guard let title = reader.string(f, "title") else { return nil }
        let milestones = reader.items(f["milestones"], of: "milestones of project \(id)").compactMap { readMilestone($0) }
        return Project(
            id: id, title: title, phase: reader.string(f, "phase"), lead: reader.string(f, "lead"),
            partners: reader.strings(f, "partners").map(\.0), priority: reader.word(f, "priority", as: Priority.self),
            milestones: milestones)
    }

    mutating func readMilestone(_ node: Node) -> Milestone? {
        guard let f = reader.fields(node, of: "a milestone", known: PlanSchema.milestone, required: ["id", "title", "due"]),
              let id = id(f, kind: "milestone") else { return nil }
        guard let title = reader.string(f, "title"), let due = reader.day(f, "due") else { return nil }
        return Milestone(id: id, title: title, due: due, gate: reader.string(f, "gate"))
    }

    mutating func readRisk(_ node: Node) -> Risk? {
        guard let f = reader.fields(node, of: "a risk", known: PlanSchema.risk, required: ["id", "title", "likelihood", "impact"]),
              let id = id(f, kind: "risk") else { return nil }
        let title = reader.string(f, "title")
        let likelihood = reader.integer(f, "likelihood", in: 1...5), impact = reader.integer(f, "impact", in: 1...5)
        guard let title, let likelihood, let impact else { return nil }
        return Risk(id: id, title: title, owner: reader.string(f, "owner"), likelihood: likelihood, impact: impact,
                    mitigation: reader.string(f, "mitigation"))
    }
}

/// The checks across a plan's sections, still to make once its sections are read, and the
/// composed tree they need (see ``ReadOnlyTree``): released with this value.
struct PlanChecks: @unchecked Sendable {
    fileprivate let reader: PlanYAMLReader
    /// The readers of the side-by-side pieces: the sections, then the KPIs' stretches.
    fileprivate let parts: [PlanYAMLReader]
    fileprivate let plan: Plan
    fileprivate let top: ReadOnlyTree<Fields>

    /// Every problem found in the plan, these checks' among them.
    func run() -> [Diagnostic] {
        var reader = self.reader
        // The KPIs' findings first, as when they were read before the other sections.
        for section in parts.dropFirst() + parts.prefix(1) {
            reader.reader.diagnostics += section.reader.diagnostics
            // The KPIs' stretches each declare some of the KPI ids: merged kind by kind.
            reader.declared.merge(section.declared) { earlier, later in earlier.merging(later) { first, _ in first } }
        }
        reader.checkPlan(plan, top: top.value)
        return reader.diagnostics
    }
}

/// A composed YAML tree (and what holds it), read and never changed once composed, so
/// several threads may read it at once. Yams does not mark its nodes as sendable: their
/// tags are classes, but nothing writes to them after composing.
struct ReadOnlyTree<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
