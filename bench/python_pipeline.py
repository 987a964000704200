#!/usr/bin/env python3
"""The straightforward pipeline a performance officer might write instead of BoardPack:
PyYAML with its C loader, the csv module, simple status scoring and XlsxWriter in
constant-memory mode, writing a scorecard sheet and a trends sheet. The benchmark's
comparison point for "a quarter of the Python pipeline's time".

Usage: bench/python_pipeline.py PLAN_DIR PERIOD OUTFILE.xlsx   (PERIOD like "2021/22 Q4")
"""
import csv
import os
import sys

import xlsxwriter
import yaml


def number(text):
    text = text.strip().replace("£", "").replace("%", "").replace(",", "")
    return float(text)


def main():
    plan_dir, period, out = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(os.path.join(plan_dir, "plan.yaml")) as f:
        plan = yaml.load(f, Loader=yaml.CSafeLoader)
    kpis = {k["id"]: k for k in plan["kpis"]}

    values = {}          # (kpi, partner) -> {period: value}
    periods = set()
    with open(os.path.join(plan_dir, "actuals", "kpis.csv"), newline="") as f:
        for row in csv.DictReader(f):
            kpi = kpis.get(row["kpi"])
            if kpi is None or not row["value"]:
                continue
            if kpi["unit"] == "status":
                value = kpi["scale"].index(row["value"])
            else:
                value = number(row["value"])
            values.setdefault((row["kpi"], row["partner"]), {})[row["period"]] = value
            periods.add(row["period"])
    periods = sorted(periods)

    workbook = xlsxwriter.Workbook(out, {"constant_memory": True})
    bold = workbook.add_format({"bold": True})
    card = workbook.add_worksheet("Scorecard")
    card.write_row(0, 0, ["KPI", "Title", "Partner", "Target", "Value", "Status"], bold)
    row = 1
    for (kid, partner), series in values.items():
        kpi = kpis[kid]
        target = kpi.get("target")
        if isinstance(target, str):
            target = kpi["scale"].index(target)
        value = series.get(period)
        if value is None or target is None:
            status = "NO_DATA" if target is not None else "DATA_ONLY"
        else:
            lower = kpi.get("polarity") == "lower"
            band = abs(target) * 0.05
            if (value <= target) if lower else (value >= target):
                status = "GREEN"
            elif (value <= target + band) if lower else (value >= target - band):
                status = "AMBER"
            else:
                status = "RED"
        card.write_row(row, 0, [kid, kpi["title"], partner or "Overall", target if target is not None else "",
                                value if value is not None else "", status])
        row += 1

    trends = workbook.add_worksheet("Trends")
    trends.write_row(0, 0, ["KPI", "Partner"] + periods, bold)
    row = 1
    for (kid, partner), series in values.items():
        trends.write_row(row, 0, [kid, partner or "Overall"] + [series.get(p, "") for p in periods])
        row += 1
    workbook.close()


if __name__ == "__main__":
    main()
