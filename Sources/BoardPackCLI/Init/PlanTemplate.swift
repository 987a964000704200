import Foundation

/// The starting point `boardpack init` writes: a commented plan.yaml that shows every key of
/// the plan format once and validates as it stands, and the four returns files.
public enum PlanTemplate {
    /// Writes a new plan folder; refuses to touch an existing plan.
    public static func write(to directory: String) throws(PlanTemplateError) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isFolder) {
            let entries = isFolder.boolValue ? ((try? manager.contentsOfDirectory(atPath: directory)) ?? []) : ["file"]
            if !entries.isEmpty { throw .exists(directory) }
        }
        let id = programmeID(for: directory)
        let files: [(String, String)] = [
            ("plan.yaml", planYAML(id: id)),
            ("actuals/kpis.csv", "kpi,period,partner,value,commentary\n"),
            ("actuals/milestones.csv", "milestone,period,status,forecast,completed,decision,dca,criteria_met,commentary\n"),
            ("actuals/risks.csv", "risk,period,likelihood,impact,commentary\n"),
            ("actuals/finance.csv", "line,year,actual\n"),
            ("actuals/README.md", actualsReadme),
        ]
        do {
            try manager.createDirectory(atPath: "\(directory)/actuals", withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite("\(directory)/actuals", reason: error.localizedDescription)
        }
        for (name, text) in files {
            let path = "\(directory)/\(name)"
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw .cannotWrite(path, reason: error.localizedDescription)
            }
        }
    }

    /// The folder's name as a programme id: lower case, `[a-z0-9-]` only.
    static func programmeID(for directory: String) -> String {
        let name = URL(fileURLWithPath: directory).lastPathComponent.lowercased()
        var id = ""
        for c in name {
            let keep = (c.isASCII && (c.isLetter || c.isNumber)) || c == "-"
            if keep { id.append(c) } else if !id.hasSuffix("-") { id.append("-") }
        }
        while id.hasSuffix("-") { id.removeLast() }
        while id.hasPrefix("-") { id.removeFirst() }
        return id.isEmpty ? "my-programme" : id
    }

    static func planYAML(id: String) -> String {
        """
        # A BoardPack plan. Every key of the format is shown once; optional keys that are
        # commented out show their default or an example. Keys are snake_case, dates are
        # YYYY-MM-DD, and a key BoardPack does not know is an error, so typos are caught.
        # Check it with:  boardpack validate <this folder>

        programme:
          id: \(id)                         # [a-z0-9-]+, used in the pack's file names
          title: "My strategy"
          owner: "Head of Service"          # optional
          fiscal_year_start_month: 4        # default 4 (April): Q1 = Apr-Jun, Q4 = Jan-Mar
          start: 2026-04-01
          end: 2029-03-31
          classification: OFFICIAL          # optional: printed on every page of a pack
          milestone_tolerance_days: 30      # default 30: amber band for milestone slippage
          rollup: worst                     # worst | average (default worst)

        # Councils sharing the programme, each with a cost share in percent (shares must add
        # up to 100). Optional.
        # partners:
        #   - { id: AAA, name: First Council,  share: 60 }
        #   - { id: BBB, name: Second Council, share: 40 }

        phases:
          - { id: phase-1, title: "Phase one", start: 2026-04-01, end: 2029-03-31 }

        # Stage gates a project passes through, with their quality criteria. Optional.
        gates:
          - id: G3
            title: Investment decision
            criteria:
              - Business case approved
              - Funding confirmed in the capital programme

        workstreams:
          - id: ws-1
            title: First workstream
            lead: Workstream lead                # optional
            projects:
              - id: P-001
                title: First project
                phase: phase-1                   # optional: a phase id
                lead: Project lead               # optional
                # partners: [AAA, BBB]           # optional: partner ids
                priority: must                   # optional: must | should | could | wont
                milestones:
                  - { id: P-001-G3, title: Investment decision, due: 2026-09-30, gate: G3 }
                  - { id: P-001-M1, title: First deliverable, due: 2027-03-31 }

        kpis:
          - id: KPI-1
            title: Customer Satisfaction
            unit: percent                  # percent | number | count | gbp | days | hours | status
            polarity: higher               # higher | lower (default higher)
            frequency: quarterly           # quarterly | biannual | annual (default quarterly)
            target: 80                     # no target: reported for information (DATA_ONLY)
            tolerance: 5%                  # amber band: "N%" of the target or N units (default 5%)
            # amber: 76                    # or an explicit amber threshold instead of tolerance
            aggregation: point             # point | cumulative | average (default point)
            # profile: [10, 30, 60, 100]   # cumulative: percent of the annual target due by Q1..Q4
            # partners: [AAA, BBB]         # figures may be reported per partner
            # combine: mean                # mean | sum | weighted | min | max (default mean)
            # partner_targets: { AAA: 48, BBB: 32 }   # with combine: sum
            workstream: ws-1               # optional: counts in this workstream's roll-up
            # targets: { "2027/28": 85 }   # optional per-fiscal-year targets
          # A status KPI reports a word from its scale, worst first:
          # - { id: BP-1, title: Strategy sign-off, unit: status,
          #     scale: [Not started, Ongoing, Complete], target: Complete, amber: Ongoing }

        risks:
          - { id: R1, title: "Key supplier fails to deliver", owner: Head of Service,
              likelihood: 2, impact: 4, mitigation: "Contract management and exit plan" }

        # Baseline and budget per cost line per fiscal year. Optional.
        # finance:
        #   years: ["2026/27", "2027/28", "2028/29"]
        #   baseline: { Staff: [100000, 102000, 104000] }
        #   budget:   { Staff: [95000, 96000, 97000] }
        #   overspend_tolerance: 5%         # amber band for spend over budget (default 5%)

        """
    }

    static let actualsReadme = """
        # Quarterly returns

        One file per kind; every quarter's rows stay in the same file, so history builds up
        and trends come free. Quarters are written like `2026/27 Q1`. Empty cells mean "not
        given". Quote a cell that contains a comma.

        - `kpis.csv`: `kpi,period,partner,value,commentary`. Leave `partner` empty for the
          overall figure. Values are numbers (`95`, `95%`, `£1,250` are all fine) or, for a
          status KPI, a word from its scale.
        - `milestones.csv`: `milestone,period,status,forecast,completed,decision,dca,criteria_met,commentary`.
          `status` is not started, in progress, complete, on hold or cancelled. Gate
          milestones also take `decision` (passed, failed, deferred), `dca` (GREEN,
          AMBER/GREEN, AMBER, AMBER/RED, RED) and `criteria_met` (`all`, or numbers like `1;3`).
        - `risks.csv`: `risk,period,likelihood,impact,commentary` (likelihood and impact 1-5).
        - `finance.csv`: `line,year,actual`: spend to date on a finance line in a year (`2026/27`).

        """
}
