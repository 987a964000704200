import BoardPackCore
import Foundation

/// A realistic scored pack, built by hand: the 3C ICT programme at 2017/18 Q3 with three
/// partners, KPIs of every unit (status and cumulative included), partner figures,
/// milestones in every status including stage gates, risks, finance, exceptions (one with a
/// commentary that looks like a formula) and eight quarters of history.
public enum SamplePack {
    public static let period = Period(fiscalYear: 2017, quarter: 3)
    public static let injected = "=SUM(A1:A2)"

    public static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { preconditionFailure("bad test date \(text)") }
        return day
    }

    public static var plan: Plan {
        Plan(
            programme: Programme(
                id: "3c-ict", title: "3C ICT & Digital Strategy", owner: "Head of 3C ICT Shared Service",
                start: day("2016-04-01"), end: day("2020-03-31"), classification: "OFFICIAL"),
            partners: [
                Partner(id: "CCC", name: "Cambridge City Council", share: 45.1),
                Partner(id: "HDC", name: "Huntingdonshire District Council", share: 31.3),
                Partner(id: "SCDC", name: "South Cambridgeshire District Council", share: 23.6),
            ],
            phases: [
                Phase(id: "short", title: "Short term (0-1 years)", start: day("2017-04-01"), end: day("2018-03-31")),
                Phase(id: "mid", title: "Mid term (1-3 years)", start: day("2018-04-01"), end: day("2020-03-31")),
            ],
            gates: [
                Gate(id: "G3", title: "Investment decision", criteria: ["Business case approved", "Funding confirmed"]),
                Gate(id: "G4", title: "Readiness for service", criteria: ["Service tested", "Support in place", "Users trained"]),
            ],
            workstreams: [
                Workstream(id: "core", title: "Shared IT Infrastructure", lead: "Technical Architect", projects: [
                    Project(id: "DO17-003", title: "Consolidate data centres and replace SAN", phase: "short", milestones: [
                        Milestone(id: "DO17-003-G3", title: "Investment decision", due: day("2017-06-30"), gate: "G3"),
                        Milestone(id: "DO17-003-M1", title: "New SAN installed", due: day("2017-10-31")),
                        Milestone(id: "DO17-003-M2", title: "Data centres consolidated", due: day("2017-12-31")),
                        Milestone(id: "DO17-003-M3", title: "Old racks decommissioned", due: day("2018-02-28")),
                    ]),
                    Project(id: "DO17-010", title: "Network refresh", phase: "mid", milestones: [
                        Milestone(id: "DO17-010-G4", title: "Readiness for service", due: day("2018-09-30"), gate: "G4"),
                        Milestone(id: "DO17-010-M1", title: "Core switches replaced", due: day("2018-12-31")),
                    ]),
                ]),
                Workstream(id: "apps", title: "Converged Business Systems", projects: [
                    Project(id: "DO17-020", title: "Single revenues and benefits system", phase: "short", milestones: [
                        Milestone(id: "DO17-020-G3", title: "Business case", due: day("2017-09-30"), gate: "G3"),
                        Milestone(id: "DO17-020-M1", title: "Data migrated", due: day("2017-11-30")),
                        Milestone(id: "DO17-020-M2", title: "Legacy system retired", due: day("2018-01-31")),
                    ]),
                ]),
            ],
            kpis: [
                KPI(id: "KPI-1", title: "Customer Satisfaction", unit: .percent, target: 80, amber: .tolerance(.percent(5))),
                KPI(id: "KPI-2", title: "Service Availability", unit: .percent, target: 95, amber: .threshold(93),
                    partners: ["CCC", "HDC", "SCDC"], workstream: "core"),
                KPI(id: "KPI-3", title: "Calls answered", unit: .count, target: 12000),
                KPI(id: "KPI-4", title: "Average days to resolve", unit: .days, polarity: .lower, target: 5, amber: .tolerance(.units(1))),
                KPI(id: "KPI-5", title: "Hours of unplanned downtime", unit: .hours, polarity: .lower, target: 10),
                KPI(id: "KPI-6", title: "Digital take-up index", unit: .number, target: 1.5),
                KPI(id: "SAV-Q", title: "Savings delivered to date", unit: .gbp, aggregation: "cumulative",
                    partners: ["CCC", "HDC", "SCDC"], combine: "sum", profile: [10, 30, 60, 100],
                    partnerTargets: ["CCC": 36000, "HDC": 25000, "SCDC": 19000]),
                KPI(id: "KPI-7", title: "Staff Budget Savings", unit: .gbp, frequency: .annual, target: 210000, aggregation: "cumulative"),
                KPI(id: "BP-2", title: "Roadmap and Strategy sign-off", unit: .status, target: 3, amber: .threshold(2),
                    scale: ["Not started", "Business case", "Ongoing", "Complete"]),
                KPI(id: "KPI-9", title: "Devices per member of staff", unit: .number),
            ],
            risks: [
                Risk(id: "R1", title: "Cyber crime threat to PSN compliance", owner: "Head of 3C ICT", likelihood: 3, impact: 5,
                     mitigation: "External audit programme; PSN compliance plan"),
            ],
            finance: Finance(
                years: [2017, 2018],
                baseline: [FinanceLine(name: "Staff", amounts: [3406695, 3492568]), FinanceLine(name: "Other", amounts: [3386677, 3827564])],
                budget: [FinanceLine(name: "Staff", amounts: [3198000, 3081000]), FinanceLine(name: "Other", amounts: [3311495, 3427725])]))
    }

    public static var kpis: [KPIResult] {
        [
            KPIResult(kpiID: "KPI-1", title: "Customer Satisfaction", unit: .percent, status: .red, value: 72.5, target: 80,
                      amber: 76, trend: .worsening, trendYear: .worsening, commentary: injected),
            KPIResult(kpiID: "KPI-2", title: "Service Availability", unit: .percent, status: .green, value: 96.2, target: 95,
                      amber: 93, trend: .improving, trendYear: .unchanged, commentary: "All sites up after SAN move"),
            KPIResult(kpiID: "KPI-2", title: "Service Availability", partner: "CCC", unit: .percent, status: .green, value: 97.1,
                      target: 95, amber: 93, trend: .improving),
            KPIResult(kpiID: "KPI-2", title: "Service Availability", partner: "HDC", unit: .percent, status: .amber, value: 94,
                      target: 95, amber: 93, trend: .worsening, commentary: "+2 outages in November"),
            KPIResult(kpiID: "KPI-2", title: "Service Availability", partner: "SCDC", unit: .percent, status: .green, value: 97.5,
                      target: 95, amber: 93),
            KPIResult(kpiID: "KPI-3", title: "Calls answered", unit: .count, status: .green, value: 12850, target: 12000, amber: 11400,
                      trend: .improving),
            KPIResult(kpiID: "KPI-4", title: "Average days to resolve", unit: .days, polarity: .lower, status: .amber, value: 5.5,
                      target: 5, amber: 6, trend: .unchanged, commentary: "-1 engineer on long-term leave"),
            KPIResult(kpiID: "KPI-5", title: "Hours of unplanned downtime", unit: .hours, polarity: .lower, status: .noData,
                      target: 10, amber: 10.5, commentary: "@helpdesk: return not received"),
            KPIResult(kpiID: "KPI-6", title: "Digital take-up index", unit: .number, status: .green, value: 1.62, target: 1.5, amber: 1.425),
            KPIResult(kpiID: "SAV-Q", title: "Savings delivered to date", unit: .gbp, aggregation: "cumulative", status: .amber,
                      value: 45000, target: 48000, amber: 45600, annualTarget: 80000, yearToDate: 45000, trend: .improving),
            KPIResult(kpiID: "SAV-Q", title: "Savings delivered to date", partner: "CCC", unit: .gbp, aggregation: "cumulative",
                      status: .green, value: 22000, target: 21600, amber: 20520, annualTarget: 36000, yearToDate: 22000),
            KPIResult(kpiID: "SAV-Q", title: "Savings delivered to date", partner: "HDC", unit: .gbp, aggregation: "cumulative",
                      status: .red, value: 12000, target: 15000, amber: 14250, annualTarget: 25000, yearToDate: 12000),
            KPIResult(kpiID: "SAV-Q", title: "Savings delivered to date", partner: "SCDC", unit: .gbp, aggregation: "cumulative",
                      status: .amber, value: 11000, target: 11400, amber: 10830, annualTarget: 19000, yearToDate: 11000),
            KPIResult(kpiID: "KPI-7", title: "Staff Budget Savings", unit: .gbp, frequency: .annual, aggregation: "cumulative",
                      status: .notDue, annualTarget: 210000, latestValue: 198000, latestPeriod: Period(fiscalYear: 2016, quarter: 4),
                      yearToDate: 0),
            KPIResult(kpiID: "BP-2", title: "Roadmap and Strategy sign-off", unit: .status, status: .amber, value: 2, target: 3,
                      amber: 2, trend: .improving, commentary: "Awaiting SCDC cabinet"),
            KPIResult(kpiID: "KPI-9", title: "Devices per member of staff", unit: .number, status: .dataOnly, value: 1.8),
        ]
    }

    public static var history: [KPIHistory] {
        let quarters = (0..<8).map { Period(ordinal: period.ordinal - 7 + $0) }
        func series(_ id: String, _ values: [Decimal?], target: Decimal?) -> KPIHistory {
            KPIHistory(kpiID: id, points: zip(quarters, values).map { p, v in
                var status = Status.noData
                if let v { status = target.map { v >= $0 ? .green : .red } ?? .dataOnly }
                return KPIHistoryPoint(period: p, value: v, target: target, status: status)
            })
        }
        return [
            series("KPI-1", [78, 79.5, 81, 80, 82, 77, 75, 72.5], target: 80),
            series("KPI-2", [94, 95.5, 96, 93.8, 95, 95.9, 95.1, 96.2], target: 95),
            series("KPI-3", [11000, 11500, 11800, 12100, 12300, 12500, 12400, 12850], target: 12000),
            series("KPI-6", [1.1, 1.2, nil, 1.3, 1.4, 1.5, 1.55, 1.62], target: 1.5),
            series("SAV-Q", [8000, 24000, 40000, 70000, 9000, 25000, 45000, nil], target: nil),
            series("BP-2", [0, 0, 1, 1, 1, 2, 2, 2], target: 3),
        ]
    }

    public static var milestones: [MilestoneResult] {
        [
            MilestoneResult(id: "DO17-003-G3", title: "Investment decision", projectID: "DO17-003", workstreamID: "core",
                            due: day("2017-06-30"), completed: day("2017-07-14"), daysLate: 14, reported: .complete, status: .blue,
                            gate: "G3", decision: .passed, dca: .amberGreen, criteriaMet: .numbers([1]), unmetCriteria: [2],
                            commentary: "Passed subject to SCDC funding"),
            MilestoneResult(id: "DO17-003-M1", title: "New SAN installed", projectID: "DO17-003", workstreamID: "core",
                            due: day("2017-10-31"), forecast: day("2018-01-15"), slipDays: 76, reported: .inProgress, status: .red,
                            overdue: true, commentary: "-Supplier delay on storage shelves"),
            MilestoneResult(id: "DO17-003-M2", title: "Data centres consolidated", projectID: "DO17-003", workstreamID: "core",
                            due: day("2017-12-31"), forecast: day("2018-01-20"), slipDays: 20, reported: .inProgress, status: .amber),
            MilestoneResult(id: "DO17-003-M3", title: "Old racks decommissioned", projectID: "DO17-003", workstreamID: "core",
                            due: day("2018-02-28"), forecast: day("2018-02-28"), slipDays: 0, reported: .notStarted, status: .green),
            MilestoneResult(id: "DO17-010-G4", title: "Readiness for service", projectID: "DO17-010", workstreamID: "core",
                            due: day("2018-09-30"), forecast: day("2018-09-30"), slipDays: 0, status: .green, gate: "G4"),
            MilestoneResult(id: "DO17-010-M1", title: "Core switches replaced", projectID: "DO17-010", workstreamID: "core",
                            due: day("2018-12-31"), reported: .cancelled, status: .cancelled, commentary: "Replaced by cloud networking"),
            MilestoneResult(id: "DO17-020-G3", title: "Business case", projectID: "DO17-020", workstreamID: "apps",
                            due: day("2017-09-30"), forecast: day("2017-09-30"), reported: .inProgress, status: .red, overdue: true,
                            gate: "G3", decision: .failed, dca: .amberRed, criteriaMet: .numbers([]), unmetCriteria: [1, 2],
                            commentary: "Board asked for a revised options appraisal"),
            MilestoneResult(id: "DO17-020-M1", title: "Data migrated", projectID: "DO17-020", workstreamID: "apps",
                            due: day("2017-11-30"), forecast: day("2017-11-30"), reported: .inProgress, status: .red,
                            overdue: true, gateBypassed: true, bypassedGate: "DO17-020-G3", commentary: "+ started before the gate"),
            MilestoneResult(id: "DO17-020-M2", title: "Legacy system retired", projectID: "DO17-020", workstreamID: "apps",
                            due: day("2018-01-31"), forecast: day("2018-03-15"), slipDays: 43, reported: .onHold, status: .red),
        ]
    }

    public static var finance: FinanceResult {
        let years = [
            FinanceYearResult(year: 2017, baseline: 6793372, budget: 6509495, savings: 283877, savingsPercent: 4.2,
                              cumulativeSavings: 283877, partnerShares: [
                                PartnerAmount(partner: "CCC", amount: 2935782.245), PartnerAmount(partner: "HDC", amount: 2037471.935),
                                PartnerAmount(partner: "SCDC", amount: 1536240.82)]),
            FinanceYearResult(year: 2018, baseline: 7320132, budget: 6508725, savings: 811407, savingsPercent: 11.1,
                              cumulativeSavings: 1095284, partnerShares: [
                                PartnerAmount(partner: "CCC", amount: 2935434.975), PartnerAmount(partner: "HDC", amount: 2037230.925),
                                PartnerAmount(partner: "SCDC", amount: 1536059.1)]),
        ]
        let total = FinanceYearResult(year: nil, baseline: 14113504, budget: 13018220, savings: 1095284, savingsPercent: 7.8,
                                      cumulativeSavings: 1095284, partnerShares: [
                                        PartnerAmount(partner: "CCC", amount: 5871217.22), PartnerAmount(partner: "HDC", amount: 4074702.86),
                                        PartnerAmount(partner: "SCDC", amount: 3072299.92)])
        return FinanceResult(years: years, total: total, lines: [
            FinanceLineResult(line: "Staff", year: 2017, budget: 3198000, actual: 3150000, variance: -48000, status: .green),
            FinanceLineResult(line: "Other", year: 2017, budget: 3311495, actual: 3600000, variance: 288505, status: .red),
        ])
    }

    public static var risks: [RiskResult] {
        [
            RiskResult(id: "R1", title: "Cyber crime threat to PSN compliance", owner: "Head of 3C ICT", likelihood: 3, impact: 5,
                       score: 15, status: .red, trend: .worsening, previousScore: 12,
                       mitigation: "External audit programme; PSN compliance plan", commentary: "=HYPERLINK(\"http://x\")"),
            RiskResult(id: "R2", title: "Key staff leave during the transition", owner: "HR Business Partner", likelihood: 3,
                       impact: 3, score: 9, status: .amber, trend: .unchanged, previousScore: 9),
            RiskResult(id: "R3", title: "Supplier insolvency", owner: "Procurement lead", likelihood: 1, impact: 4, score: 4,
                       status: .green, trend: .improving, previousScore: 8),
            RiskResult(id: "R4", title: "Partners' priorities diverge", owner: "Programme board", likelihood: 2, impact: 4, score: 8,
                       status: .amber),
        ]
    }

    public static var exceptions: [PackException] {
        [
            PackException(kind: .kpiRed, id: "KPI-1", title: "Customer Satisfaction", status: .red,
                          detail: "72.5% against a target of 80%", commentary: injected),
            PackException(kind: .kpiRed, id: "SAV-Q", title: "Savings delivered to date", partner: "HDC", status: .red,
                          detail: "£12,000 against a target to date of £15,000"),
            PackException(kind: .kpiNoData, id: "KPI-5", title: "Hours of unplanned downtime", status: .noData,
                          detail: "No return for 2017/18 Q3", commentary: "@helpdesk: return not received"),
            PackException(kind: .milestoneOverdue, id: "DO17-003-M1", title: "New SAN installed", status: .red,
                          detail: "61 days overdue", commentary: "-Supplier delay on storage shelves"),
            PackException(kind: .gateFailed, id: "DO17-020-G3", title: "Business case", status: .red, detail: "Gate G3 failed"),
            PackException(kind: .gateBypassed, id: "DO17-020-M1", title: "Data migrated", status: .red,
                          detail: "In progress before gate DO17-020-G3 passed", commentary: "+ started before the gate"),
            PackException(kind: .gateCriteriaUnmet, id: "DO17-003-G3", title: "Investment decision", status: .blue,
                          detail: "Passed with criterion 2 not met"),
            PackException(kind: .gateDCA, id: "DO17-020-G3", title: "Business case", status: .red, detail: "DCA AMBER/RED"),
            PackException(kind: .riskRed, id: "R1", title: "Cyber crime threat to PSN compliance", status: .red, detail: "Score 15"),
            PackException(kind: .financeRed, id: "Other 2017/18", title: "Other", status: .red, detail: "£288,505 over budget"),
        ]
    }

    public static var pack: ScoredPack {
        ScoredPack(
            plan: plan, period: period, reportDate: day("2017-12-31"), overall: .red, previousOverall: .amber,
            kpis: kpis, kpiHistory: history, milestones: milestones,
            projects: [
                RollupResult(id: "DO17-003", title: "Consolidate data centres and replace SAN", status: .red),
                RollupResult(id: "DO17-010", title: "Network refresh", status: .green),
                RollupResult(id: "DO17-020", title: "Single revenues and benefits system", status: .red),
            ],
            workstreams: [
                RollupResult(id: "core", title: "Shared IT Infrastructure", status: .red),
                RollupResult(id: "apps", title: "Converged Business Systems", status: .red),
            ],
            risks: risks, finance: finance, exceptions: exceptions,
            dataQuality: [
                DataQualityNote(kind: .missingReturn, id: "KPI-5", message: "No value for KPI-5 in 2017/18 Q3"),
                DataQualityNote(kind: .noCommentary, id: "SAV-Q", message: "SAV-Q (HDC) is RED without commentary"),
            ])
    }

    /// A pack with `count` KPI figures, for size tests.
    public static func large(kpiFigures count: Int) -> ScoredPack {
        var pack = pack
        pack.kpis = (0..<count).map { (i: Int) -> KPIResult in
            let value: Decimal = Decimal(i % 100) + Decimal(5) / 10
            let status: Status = i % 3 == 0 ? .red : .green
            let commentary: String = i % 7 == 0 ? "=1+\(i)" : "Figure \(i)"
            return KPIResult(
                kpiID: "K-\(i)", title: "Generated measure \(i)", unit: .percent, status: status, value: value,
                target: 50, amber: 47.5, commentary: commentary)
        }
        return pack
    }
}
