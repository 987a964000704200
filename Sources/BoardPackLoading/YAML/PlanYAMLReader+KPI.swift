import BoardPackCore
import Foundation
import Yams

extension PlanYAMLReader {
    mutating func readKPI(_ node: Node, calendar: FiscalCalendar) -> KPI? {
        guard let f = reader.fields(node, of: "a KPI", known: PlanSchema.kpi, required: ["id", "title", "unit"]),
              let id = id(f, kind: "KPI") else { return nil }
        let title = reader.string(f, "title")
        let unit = reader.word(f, "unit", as: KPIUnit.self)
        guard let title, let unit else { return nil }
        var kpi = KPI(id: id, title: title, unit: unit)
        kpi.polarity = reader.word(f, "polarity", as: Polarity.self) ?? .higher
        kpi.frequency = reader.word(f, "frequency", as: Frequency.self) ?? .quarterly
        kpi.aggregation = pluginName(f, "aggregation", kind: .aggregation) ?? "point"
        kpi.combine = pluginName(f, "combine", kind: .combiner) ?? "mean"
        kpi.workstream = reader.string(f, "workstream")
        kpi.partners = reader.strings(f, "partners").map(\.0)

        if unit == .status {
            let scale = reader.strings(f, "scale").map(\.0)
            if !f.has("scale") {
                reader.error(f.node, "status KPI \(id) has no \"scale\"", expected: "scale: a list of words, worst first")
            } else if scale.isEmpty || Set(scale.map { $0.lowercased() }).count != scale.count {
                reader.error(f["scale"], "the scale of KPI \(id) is empty or repeats a word", expected: "distinct words, worst first")
            }
            kpi.scale = scale
        } else if let node = f["scale"] {
            reader.error(node, "KPI \(id) has a scale but its unit is \(unit.rawValue)", expected: "scale only with unit: status")
        }

        kpi.target = figure(f, "target", kpi: kpi)
        if f.has("amber") && f.has("tolerance") {
            reader.error(f["tolerance"], "KPI \(id) gives both amber and tolerance", expected: "one of them: amber (a threshold) or tolerance (a band)")
        } else if f.has("amber") {
            if let amber = figure(f, "amber", kpi: kpi) { kpi.amber = .threshold(amber) }
        } else if let node = f["tolerance"] {
            if let text = YAMLReader.text(node), let tolerance = ValueText.tolerance(text) {
                kpi.amber = .tolerance(tolerance)
            } else {
                reader.error(node, "tolerance of KPI \(id) \"\(YAMLReader.text(node) ?? "")\" is not a tolerance",
                             expected: "a percentage of the target such as 5% or a number of units such as 2")
            }
        }

        if let node = f["targets"] {
            if case .mapping(let mapping) = node {
                for position in mapping.pairPositions {
                    let (keyNode, valueNode) = mapping[position]
                    guard let key = YAMLReader.text(keyNode), let year = calendar.parseYear(key) else {
                        reader.error(keyNode, "\"\(YAMLReader.text(keyNode) ?? "")\" in the targets of KPI \(id) is not a fiscal year",
                                     expected: calendar.yearFormatHint)
                        continue
                    }
                    if let value = figure(valueNode, "the \(key) target of KPI \(id)", kpi: kpi) { kpi.targets[year] = value }
                }
            } else {
                reader.error(node, "targets of KPI \(id) is \(YAMLReader.kind(node))", expected: "a mapping such as { \"2018/19\": 96 }")
            }
        }

        if let node = f["profile"] {
            let values: [Decimal]
            if case .sequence(let sequence) = node {
                values = sequence.compactMap { reader.decimal($0, "a profile value of KPI \(id)", expected: "a percentage from 0 to 100") }
            } else {
                reader.error(node, "profile of KPI \(id) is \(YAMLReader.kind(node))", expected: "a list of four percentages such as [10, 30, 60, 100]")
                values = []
            }
            if values.count == 4, zip(values, values.dropFirst()).allSatisfy({ $0 <= $1 }), values.allSatisfy({ $0 >= 0 && $0 <= 100 }) {
                kpi.profile = values
            } else if case .sequence = node {
                reader.error(node, "profile of KPI \(id) is not four rising percentages",
                             expected: "four percentages of the annual target due by the end of Q1..Q4, e.g. [10, 30, 60, 100]")
            }
        }

        if let node = f["partner_targets"] {
            if case .mapping(let mapping) = node {
                for position in mapping.pairPositions {
                    let (keyNode, valueNode) = mapping[position]
                    guard let partner = YAMLReader.text(keyNode) else { continue }
                    if !kpi.partners.contains(partner) {
                        reader.error(keyNode, "partner_targets of KPI \(id) names \"\(partner)\", which is not in its partners",
                                     expected: kpi.partners.isEmpty ? "partners: [...] on the KPI first" : "one of \(kpi.partners.joined(separator: ", "))")
                    }
                    if let value = figure(valueNode, "the \(partner) target of KPI \(id)", kpi: kpi) { kpi.partnerTargets[partner] = value }
                }
            } else {
                reader.error(node, "partner_targets of KPI \(id) is \(YAMLReader.kind(node))", expected: "a mapping such as { CCC: 36000 }")
            }
        }
        return kpi
    }

    /// A plugin name, checked against the registry.
    mutating func pluginName(_ f: Fields, _ key: String, kind: PluginKind) -> String? {
        guard let name = reader.string(f, key) else { return nil }
        let known = pluginNames[kind] ?? registry.names(of: kind)
        if !known.contains(name) {
            let hint = ValueText.suggestion(for: name, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
            reader.error(f[key], "\(key) \"\(name)\" of \(f.what) is not known\(hint)", expected: "one of \(known.joined(separator: ", "))")
            return nil
        }
        return name
    }

    mutating func figure(_ f: Fields, _ key: String, kpi: KPI) -> Decimal? {
        guard let node = f[key] else { return nil }
        return figure(node, "\(key) of KPI \(kpi.id)", kpi: kpi)
    }

    /// A target or threshold: a number, or for status KPIs a word on the scale (stored as
    /// its position).
    mutating func figure(_ node: Node, _ what: String, kpi: KPI) -> Decimal? {
        guard kpi.unit == .status else { return reader.decimal(node, what) }
        let scale = kpi.scale ?? []
        guard let word = YAMLReader.text(node) else {
            reader.error(node, "\(what) is \(YAMLReader.kind(node))", expected: "a word from the scale")
            return nil
        }
        guard let position = scale.firstIndex(where: { $0.caseInsensitiveCompare(word) == .orderedSame }) else {
            if !scale.isEmpty {
                reader.error(node, "\(what) \"\(word)\" is not on its scale", expected: "one of \(scale.joined(separator: ", "))")
            }
            return nil
        }
        return Decimal(position)
    }
}
