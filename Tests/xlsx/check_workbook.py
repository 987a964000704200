#!/usr/bin/env python3
"""Checks a BoardPack xlsx board pack with openpyxl.

Usage: check_workbook.py WORKBOOK.xlsx [PACK.json]

Checks sheet names and order, frozen header rows, filters, status colours by conditional
format, number formats, real date cells, print setup (landscape, one page wide, repeated
header rows, a footer with the period and page numbers), charts on Summary and Trends, and
that no user text became a formula. With a json pack (top-level `kpis` entries with `id`,
`partner`, `value`, `target`, `status`, `trend`; `kpi_history`; `period`; `overall`) it also
checks that the KPI sheet's numbers and statuses, the Trends table's quarters, targets,
statuses and directions of travel, and the Summary's counts by status, equal the json's.

Prints one line per failure and a summary such as `42 passed, 0 failed`; exits 1 on any
failure, 2 when the files cannot be read.
"""
import json
import re
import sys

try:
    import openpyxl
except ImportError:
    print("check_workbook.py needs openpyxl (pip install openpyxl or apt-get install python3-openpyxl)")
    sys.exit(2)

SHEETS = ["Summary", "KPIs", "Trends", "Roadmap", "Milestones", "Finance", "Risks",
          "Exceptions", "Data quality", "Key"]
STATUS_WORDS = ["GREEN", "AMBER", "RED", "BLUE", "NO_DATA", "NOT_DUE", "DATA_ONLY", "CANCELLED"]
# Sheets with a status column in their (first) table: sheet -> header row (1-based).
STATUS_TABLES = {"KPIs": 1, "Trends": 1, "Milestones": 1, "Risks": 1, "Exceptions": 1}
UNIT_FORMATS = {"percent": '0.0"%"', "gbp": "£#,##0"}
PLAIN_UNITS = {"count", "days", "hours", "number"}
OUR_FORMULA = re.compile(r"^=SUM\([A-Z]+[0-9]+:[A-Z]+[0-9]+\)$")
INJECTION_START = ("=", "+", "-", "@")


class Checker:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def check(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.failures.append(message)
        return ok


def header_columns(ws, row):
    """Header title -> 1-based column index."""
    columns = {}
    for cell in ws[row]:
        if isinstance(cell.value, str) and cell.value not in columns:
            columns[cell.value] = cell.column
    return columns


def sqref_covers(sqref, column_letter, row):
    for block in str(sqref).split():
        m = re.match(r"^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$", block)
        if not m:
            continue
        c1, r1 = m.group(1), int(m.group(2))
        c2, r2 = (m.group(3) or c1), int(m.group(4) or m.group(2))
        col = openpyxl.utils.column_index_from_string(column_letter)
        if (openpyxl.utils.column_index_from_string(c1) <= col <= openpyxl.utils.column_index_from_string(c2)
                and r1 <= row <= r2):
            return True
    return False


def status_rules_for(ws, column_letter, row):
    words = set()
    for cf in ws.conditional_formatting:
        if not sqref_covers(cf.sqref, column_letter, row):
            continue
        for rule in cf.rules:
            text = rule.text or ""
            if rule.type == "containsText" and text:
                words.add(text)
    return words


def word_of(label):
    """`✖ RED` -> `RED`."""
    if not isinstance(label, str):
        return None
    parts = label.split()
    return parts[-1] if parts else None


def numbers_equal(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))


def check_structure(wb, c):
    c.check(wb.sheetnames == SHEETS, f"sheets are {wb.sheetnames}, expected {SHEETS}")
    for name in SHEETS:
        if name not in wb.sheetnames:
            continue
        ws = wb[name]
        c.check(ws.freeze_panes is not None, f"{name}: no frozen header rows")
        c.check(ws.auto_filter.ref is not None, f"{name}: no autofilter")
        setup = ws.page_setup
        c.check(setup.orientation == "landscape", f"{name}: page orientation is {setup.orientation}, expected landscape")
        fit = ws.sheet_properties.pageSetUpPr
        c.check(fit is not None and fit.fitToPage, f"{name}: not set to fit to page")
        # fitToWidth defaults to 1 in the file format when it is left out.
        c.check(setup.fitToWidth in (None, 1, "1"), f"{name}: fitToWidth is {setup.fitToWidth}, expected 1")
        c.check(setup.fitToHeight in (0, "0"), f"{name}: fitToHeight is {setup.fitToHeight}, expected 0 (as many pages as needed)")
        c.check(bool(ws.print_title_rows), f"{name}: no header rows repeated on each printed page")
        footer = ws.oddFooter
        footer_text = " ".join(part.text or "" for part in (footer.left, footer.center, footer.right))
        c.check("Page" in footer_text and "&P" in footer_text,
                f"{name}: footer has no page numbers: {footer_text!r}")
        header = ws.oddHeader
        header_text = " ".join(part.text or "" for part in (header.left, header.center, header.right))
        c.check(header_text.strip() != "", f"{name}: no page header")
    return


def check_footer_period(wb, c, period_label):
    for name in wb.sheetnames:
        footer = wb[name].oddFooter
        text = " ".join(part.text or "" for part in (footer.left, footer.center, footer.right))
        c.check(period_label in text, f"{name}: footer {text!r} does not name the period {period_label!r}")


def summary_period(wb):
    ws = wb["Summary"]
    value = ws["A2"].value or ""
    m = re.search(r"(\d{4}(?:/\d{2})? Q[1-4])", str(value))
    return m.group(1) if m else None


def check_status_colours(wb, c):
    for name, header_row in STATUS_TABLES.items():
        if name not in wb.sheetnames:
            continue
        ws = wb[name]
        columns = header_columns(ws, header_row)
        if not c.check("Status" in columns, f"{name}: no Status column in row {header_row}"):
            continue
        letter = openpyxl.utils.get_column_letter(columns["Status"])
        words = status_rules_for(ws, letter, header_row + 1)
        missing = [w for w in STATUS_WORDS if w not in words]
        c.check(not missing, f"{name}: status column {letter} has no conditional format for {missing}")
        for row in range(header_row + 1, ws.max_row + 1):
            value = ws.cell(row=row, column=columns["Status"]).value
            if value is None:
                break
            if not c.check(word_of(value) in STATUS_WORDS, f"{name}!{letter}{row}: status {value!r} has no status word"):
                break


def check_kpi_formats(wb, c):
    ws = wb["KPIs"]
    columns = header_columns(ws, 1)
    needed = ["ID", "Partner", "Unit", "Target", "Value", "Status", "Commentary"]
    if not c.check(all(n in columns for n in needed), f"KPIs: header lacks some of {needed}: {list(columns)}"):
        return
    seen = set()
    for row in range(2, ws.max_row + 1):
        unit = ws.cell(row=row, column=columns["Unit"]).value
        if unit is None:
            continue
        for title in ("Target", "Value"):
            cell = ws.cell(row=row, column=columns[title])
            if cell.value is None:
                continue
            if unit in UNIT_FORMATS:
                key = (unit, title)
                if key in seen:
                    continue
                seen.add(key)
                c.check(cell.data_type == "n", f"KPIs!{cell.coordinate}: {unit} figure is not a number")
                c.check(cell.number_format == UNIT_FORMATS[unit],
                        f"KPIs!{cell.coordinate}: {unit} format is {cell.number_format!r}, expected {UNIT_FORMATS[unit]!r}")
            elif unit in PLAIN_UNITS and (unit, title) not in seen:
                seen.add((unit, title))
                c.check(cell.data_type == "n", f"KPIs!{cell.coordinate}: {unit} figure is not a number")
            elif unit == "status" and (unit, title) not in seen:
                seen.add((unit, title))
                c.check(isinstance(cell.value, str), f"KPIs!{cell.coordinate}: status KPI shows {cell.value!r}, expected a word")


def check_dates(wb, c):
    ws = wb["Milestones"]
    columns = header_columns(ws, 1)
    if not c.check("Due" in columns, "Milestones: no Due column"):
        return
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value is not None]
    for title in ("Due", "Forecast", "Completed"):
        if title not in columns:
            c.check(False, f"Milestones: no {title} column")
            continue
        for r in rows:
            cell = ws.cell(row=r, column=columns[title])
            if cell.value is None:
                continue
            c.check(cell.is_date, f"Milestones!{cell.coordinate}: {title} {cell.value!r} is not a date cell")
            break
    summary_date = wb["Summary"]["B3"]
    c.check(summary_date.is_date, f"Summary!B3: report date {summary_date.value!r} is not a date cell")


def check_charts(wb, c):
    c.check(len(wb["Summary"]._charts) >= 2, f"Summary: {len(wb['Summary']._charts)} charts, expected 2")
    c.check(len(wb["Trends"]._charts) >= 1 or wb["Trends"].max_row <= 1, "Trends: no chart")


def check_no_injection(wb, c):
    formulas_ok = True
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    label = ws.cell(row=cell.row, column=1).value
                    ours = (ws.title in ("Summary", "Finance") and label == "Total"
                            and isinstance(cell.value, str) and OUR_FORMULA.match(cell.value))
                    formulas_ok &= c.check(bool(ours), f"{ws.title}!{cell.coordinate}: user text became a formula: {cell.value!r}")
                elif isinstance(cell.value, str) and cell.value.startswith(INJECTION_START):
                    c.check(cell.data_type == "s", f"{ws.title}!{cell.coordinate}: {cell.value!r} is not kept as text")
    return formulas_ok


def check_against_json(wb, c, pack):
    ws = wb["KPIs"]
    columns = header_columns(ws, 1)
    rows = {}
    for r in range(2, ws.max_row + 1):
        kpi_id = ws.cell(row=r, column=columns["ID"]).value
        if kpi_id is None:
            continue
        partner = ws.cell(row=r, column=columns["Partner"]).value
        key = (kpi_id, None if partner == "Overall" else partner)
        rows[key] = r
    entries = pack.get("kpis", [])
    c.check(len(rows) == len(entries), f"KPIs: {len(rows)} figures in the sheet, {len(entries)} in the json")
    for entry in entries:
        key = (entry.get("id"), entry.get("partner"))
        r = rows.get(key)
        if not c.check(r is not None, f"KPIs: no row for {key}"):
            continue
        status = word_of(ws.cell(row=r, column=columns["Status"]).value)
        c.check(status == entry.get("status"), f"KPIs row {r} {key}: status {status}, json {entry.get('status')}")
        for field, title in (("value", "Value"), ("target", "Target")):
            cell = ws.cell(row=r, column=columns[title]).value
            expected = entry.get(field)
            if isinstance(expected, str) or isinstance(cell, str):
                # Status KPIs: the sheet shows the scale word; compare only like with like.
                if isinstance(expected, str) and isinstance(cell, str):
                    c.check(cell == expected, f"KPIs row {r} {key}: {field} {cell!r}, json {expected!r}")
                continue
            c.check(numbers_equal(cell, expected), f"KPIs row {r} {key}: {field} {cell!r}, json {expected!r}")
    overall = pack.get("overall")
    if overall is not None:
        label = wb["Summary"]["B6"].value
        c.check(word_of(label) == overall, f"Summary!B6: overall {label!r}, json {overall!r}")
    period = pack.get("period")
    if isinstance(period, dict):
        period = period.get("label")
    if isinstance(period, str):
        c.check(summary_period(wb) == period, f"Summary: period {summary_period(wb)!r}, json {period!r}")


def check_trends_against_json(wb, c, pack):
    """The Trends table: a row per KPI history, in the json's order, its quarters' values, this
    quarter's target and status, and the overall figure's direction of travel."""
    ws = wb["Trends"]
    columns = header_columns(ws, 1)
    histories = pack.get("kpi_history", [])
    trends = {}
    for entry in pack.get("kpis", []):
        if entry.get("partner") is None:
            trends.setdefault(entry.get("id"), entry.get("trend"))
    for i, history in enumerate(histories):
        r = 2 + i
        kpi_id = history.get("id")
        if not c.check(ws.cell(row=r, column=1).value == kpi_id,
                       f"Trends row {r}: ID {ws.cell(row=r, column=1).value!r}, json {kpi_id!r}"):
            continue
        points = history.get("points", [])
        for point in points:
            column = columns.get(point.get("period"))
            if not c.check(column is not None, f"Trends: no column for {point.get('period')}"):
                continue
            cell = ws.cell(row=r, column=column).value
            if not isinstance(cell, str) and not isinstance(point.get("value"), str):
                c.check(numbers_equal(cell, point.get("value")),
                        f"Trends row {r} {kpi_id} {point.get('period')}: {cell!r}, json {point.get('value')!r}")
        latest = points[-1] if points else {}
        target = ws.cell(row=r, column=columns["Target"]).value
        if not isinstance(target, str) and not isinstance(latest.get("target"), str):
            c.check(numbers_equal(target, latest.get("target")),
                    f"Trends row {r} {kpi_id}: target {target!r}, json {latest.get('target')!r}")
        status = word_of(ws.cell(row=r, column=columns["Status"]).value)
        c.check(status == latest.get("status"), f"Trends row {r} {kpi_id}: status {status}, json {latest.get('status')}")
        trend = word_of(ws.cell(row=r, column=columns["Trend"]).value)
        expected = trends.get(kpi_id)
        c.check(trend == expected or (trend is None and expected in (None, "none")),
                f"Trends row {r} {kpi_id}: trend {trend!r}, json {expected!r}")


def check_summary_counts(wb, c, pack, path):
    """The Summary's counts by status (and their totals) against the json's items."""
    ws = wb["Summary"]
    header = next((r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=2).value == "KPIs (overall figures)"), None)
    if not c.check(header is not None, "Summary: no table of counts by status"):
        return
    # Only the lists the json has: a cut-down json checks what it carries.
    lists = {"KPIs (overall figures)": "kpis", "Milestones": "milestones", "Risks": "risks", "Projects": "projects"}
    items = {title: [i for i in pack[key] if key != "kpis" or i.get("partner") is None]
             for title, key in lists.items() if key in pack}
    columns = header_columns(ws, header)
    r = header + 1
    while ws.cell(row=r, column=1).value not in (None, "Total"):
        word = word_of(ws.cell(row=r, column=1).value)
        for title, listed in items.items():
            if title in columns:
                got = ws.cell(row=r, column=columns[title]).value
                want = sum(1 for item in listed if item.get("status") == word)
                c.check(got == want, f"Summary row {r} {word} {title}: {got!r}, json {want}")
        r += 1
    if c.check(ws.cell(row=r, column=1).value == "Total", f"Summary row {r}: no Total row"):
        # The totals are formulas; their saved results are what a reader without recalculation sees.
        values = openpyxl.load_workbook(path, data_only=True)["Summary"]
        for title, listed in items.items():
            if title in columns:
                got = values.cell(row=r, column=columns[title]).value
                c.check(got == len(listed), f"Summary total {title}: {got!r}, json {len(listed)}")


def main(argv):
    if len(argv) not in (2, 3):
        print("usage: check_workbook.py WORKBOOK.xlsx [PACK.json]")
        return 2
    try:
        wb = openpyxl.load_workbook(argv[1])
    except Exception as error:  # noqa: BLE001 - any read failure is reported the same way
        print(f"cannot read {argv[1]}: {error}")
        return 2
    pack = None
    if len(argv) == 3:
        try:
            with open(argv[2], encoding="utf-8") as f:
                pack = json.load(f)
        except Exception as error:  # noqa: BLE001
            print(f"cannot read {argv[2]}: {error}")
            return 2

    c = Checker()
    check_structure(wb, c)
    if wb.sheetnames == SHEETS:
        period = summary_period(wb)
        if c.check(period is not None, "Summary!A2 does not name the period"):
            check_footer_period(wb, c, period)
        check_status_colours(wb, c)
        check_kpi_formats(wb, c)
        check_dates(wb, c)
        check_charts(wb, c)
        check_no_injection(wb, c)
        if pack is not None:
            check_against_json(wb, c, pack)
            check_trends_against_json(wb, c, pack)
            check_summary_counts(wb, c, pack, argv[1])

    for failure in c.failures:
        print(f"FAIL {failure}")
    print(f"{c.passed} passed, {len(c.failures)} failed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
