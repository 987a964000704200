#!/usr/bin/env python3
"""Writes a valid BoardPack plan folder of a given scale, for benchmarks.

Scale 1: 2,000 KPIs (half reported per partner for three partners), 200 projects with
1,000 milestones, 200 risks and 20 quarters of returns (about 80,000 KPI rows). Scale N
multiplies the counts. The output is deterministic: the same scale gives the same files.

Usage: bench/generate_plan.py SCALE OUTDIR
"""
import csv
import os
import random
import sys

QUARTERS = [(fy, q) for fy in range(2017, 2022) for q in range(1, 5)]   # 2017/18 Q1 .. 2021/22 Q4
UNITS = ["percent", "number", "count", "gbp", "days", "status"]
COMBINE = ["mean", "sum", "weighted", "min", "max"]
SCALE_WORDS = ["Not started", "Started", "Ongoing", "Complete"]
PARTNERS = [("A", "Alpha District Council", "45.1"), ("B", "Beta Borough Council", "31.3"),
            ("C", "Gamma City Council", "23.6")]


def label(fy, q):
    return f"{fy}/{(fy + 1) % 100:02d} Q{q}"


def quarter_end(fy, q):
    month = 3 + 3 * q          # Q1 ends in June (6), Q4 in March (15 -> 3 of next year)
    year = fy + (1 if month > 12 else 0)
    month = month - 12 if month > 12 else month
    day = {3: 31, 6: 30, 9: 30, 12: 31}[month]
    return f"{year}-{month:02d}-{day:02d}"


def due(frequency, q):
    return frequency == "quarterly" or (frequency == "biannual" and q in (2, 4)) or (frequency == "annual" and q == 4)


def main():
    scale, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(scale)
    os.makedirs(os.path.join(out, "actuals"), exist_ok=True)
    n_kpis, n_projects, n_risks = 2000 * scale, 200 * scale, 200 * scale
    y = []
    y.append("programme:\n  id: bench-s%d\n  title: \"Benchmark programme, scale %d\"\n" % (scale, scale))
    y.append("  owner: Benchmark\n  start: 2017-04-01\n  end: 2022-03-31\n  classification: OFFICIAL\n")
    y.append("partners:\n" + "".join(f"  - {{ id: {i}, name: {n}, share: {s} }}\n" for i, n, s in PARTNERS))
    y.append("phases:\n" + "".join(
        f"  - {{ id: ph{k}, title: \"Year {k + 1}\", start: {2017 + k}-04-01, end: {2018 + k}-03-31 }}\n" for k in range(5)))
    y.append("gates:\n" + "".join(
        f"  - id: G{g}\n    title: Gate {g}\n    criteria: [First criterion, Second criterion]\n" for g in range(1, 4)))

    # Workstreams of ten projects, each project five milestones in one phase; the first is a gate.
    y.append("workstreams:\n")
    milestones = []
    for w in range(n_projects // 10):
        y.append(f"  - id: WS-{w}\n    title: Workstream {w}\n    projects:\n")
        for p in range(w * 10, w * 10 + 10):
            phase = p % 5
            y.append(f"      - id: P-{p}\n        title: Project {p}\n        phase: ph{phase}\n        milestones:\n")
            for m in range(5):
                month = 2 + m * 2
                day = f"{2017 + phase + (1 if month + 3 > 12 else 0)}-{(month + 3 - 1) % 12 + 1:02d}-28"
                gate = f", gate: G{1 + p % 3}" if m == 0 else ""
                y.append(f"          - {{ id: M-{p}-{m}, title: Milestone {m} of project {p}, due: {day}{gate} }}\n")
                milestones.append((f"M-{p}-{m}", day, m == 0))

    y.append("kpis:\n")
    kpis = []
    for i in range(n_kpis):
        unit = UNITS[i % len(UNITS)]
        partnered = i % 2 == 0 and unit != "status"
        frequency = "biannual" if i % 10 == 3 else "annual" if i % 10 == 7 else "quarterly"
        polarity = "lower" if unit == "days" or i % 11 == 0 else "higher"
        aggregation = "cumulative" if unit == "gbp" else "average" if i % 9 == 0 and unit != "status" else "point"
        target = {"percent": 80, "number": 50, "count": 1200, "gbp": 100000, "days": 5}.get(unit)
        lines = [f"  - id: K-{i}\n    title: Measure {i}\n    unit: {unit}\n    polarity: {polarity}\n",
                 f"    frequency: {frequency}\n    aggregation: {aggregation}\n    workstream: WS-{i % (n_projects // 10)}\n"]
        combine = None
        if unit == "status":
            lines.append(f"    scale: [{', '.join(SCALE_WORDS)}]\n    target: Complete\n    amber: Ongoing\n")
        else:
            lines.append(f"    target: {target}\n")
            lines.append("    tolerance: 5%\n" if i % 3 else f"    tolerance: \"{max(1, target // 20)}\"\n")
            if aggregation == "cumulative" and i % 4 == 3:
                lines.append("    profile: [10, 30, 60, 100]\n")
            if i % 13 == 0:
                lines.append(f"    targets: {{ \"2020/21\": {target + target // 10} }}\n")
        if partnered:
            combine = COMBINE[(i // 2) % len(COMBINE)]
            lines.append(f"    partners: [A, B, C]\n    combine: {combine}\n")
            if combine == "sum":
                lines.append(f"    partner_targets: {{ A: {target * 451 // 1000}, B: {target * 313 // 1000}, C: {target * 236 // 1000} }}\n")
        y.append("".join(lines))
        kpis.append((f"K-{i}", unit, frequency, polarity, target, partnered, combine))

    y.append("risks:\n" + "".join(
        f"  - {{ id: R-{r}, title: Risk {r}, owner: Owner {r % 17}, likelihood: {1 + r % 5}, impact: {1 + (r * 7) % 5} }}\n"
        for r in range(n_risks)))
    y.append("finance:\n  years: [\"2017/18\", \"2018/19\", \"2019/20\", \"2020/21\", \"2021/22\"]\n")
    y.append("  baseline:\n    Staff: [3406695, 3492568, 3562419, 3633667, 3706341]\n    Other: [3386677, 3827564, 3896795, 3967411, 4046759]\n")
    y.append("  budget:\n    Staff: [3198000, 3081000, 3100660, 3163553, 3227704]\n    Other: [3311495, 3427725, 3388959, 3349419, 3416407]\n")
    with open(os.path.join(out, "plan.yaml"), "w") as f:
        f.write("".join(y))

    with open(os.path.join(out, "actuals", "kpis.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kpi", "period", "partner", "value", "commentary"])
        for fy, q in QUARTERS:
            period = label(fy, q)
            for kid, unit, frequency, polarity, target, partnered, combine in kpis:
                if not due(frequency, q):
                    continue
                for partner in (["A", "B", "C"] if partnered else [""]):
                    if unit == "status":
                        value = SCALE_WORDS[min(3, (q + fy - 2017) // 2 + rng.randint(0, 1))]
                    else:
                        base = target / 3 if combine == "sum" else target
                        if unit == "gbp":
                            base = base / 4
                        value = round(base * rng.uniform(0.85, 1.12), 1 if unit in ("percent", "number", "days") else 0)
                        if unit in ("count", "gbp"):
                            value = int(value)
                    note = "Below target. Action: recovery plan agreed." if rng.random() < 0.02 else ""
                    w.writerow([kid, period, partner, value, note])

    with open(os.path.join(out, "actuals", "milestones.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["milestone", "period", "status", "forecast", "completed", "decision", "dca", "criteria_met", "commentary"])
        rows = []
        for mid, day, gate in milestones:
            year, month = int(day[:4]), int(day[5:7])
            fy = year if month >= 4 else year - 1
            q = (month - 4) % 12 // 3 + 1
            index = QUARTERS.index((fy, q)) if (fy, q) in QUARTERS else 0
            if index > 0:
                rows.append((index - 1, [mid, label(*QUARTERS[index - 1]), "in progress", day, "", "", "", "", ""]))
            if rng.random() < 0.8:
                if gate:
                    rows.append((index, [mid, label(*QUARTERS[index]), "complete", "", day, "passed", "AMBER/GREEN", "all", ""]))
                else:
                    rows.append((index, [mid, label(*QUARTERS[index]), "complete", "", day, "", "", "", ""]))
        for _, row in sorted(rows, key=lambda r: r[0]):
            w.writerow(row)

    with open(os.path.join(out, "actuals", "risks.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["risk", "period", "likelihood", "impact", "commentary"])
        for index, (fy, q) in enumerate(QUARTERS):
            for r in range(n_risks):
                if (r + index) % 4 == 0:
                    w.writerow([f"R-{r}", label(fy, q), rng.randint(1, 5), rng.randint(1, 5), ""])

    with open(os.path.join(out, "actuals", "finance.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["line", "year", "actual"])
        for k, year in enumerate(["2017/18", "2018/19", "2019/20", "2020/21", "2021/22"]):
            w.writerow(["Staff", year, 3100000 + 20000 * k])
            w.writerow(["Other", year, 3300000 + 15000 * k])


if __name__ == "__main__":
    main()
