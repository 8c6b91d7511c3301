"""Layout matrix for the office table readers (DOCX, XLSX, XLS).

Each table of the development table sets (tests/blind_tables2 .. blind_tables6, real_tables; never
blind_tables7 or blind_tables8, which are held out) is rebuilt from its truth (rows from
`cell.row`, columns from `cell.path`, the cell text from `text`) and written as DOCX (python-docx)
and XLSX (openpyxl) in the header and sheet layouts real statistics forms use; the XLSX files are
also turned into XLS by LibreOffice (`soffice --headless --convert-to xls`). docparse reads each,
and its cell facts (kind, indicator, subject, value, numerator, denominator) are compared with the
truth's: every difference a layout makes is a reader weakness.

A table is scored in a format only when its plain rendering ("base") reads to the truth: the
matrix then tells what each layout loses, not what the table's words lose without their document.

    PYTHONPATH=$PWD python3 tests/office_layouts.py [--layouts=a,b] [--formats=docx,xlsx,xls]
        [--sets=blind_tables2,...] [--limit=N] [-v] [--keep=DIR | --score=DIR]
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pdf_layouts import header_runs, prefix_free  # noqa: E402  (one reading of a header path into its title runs)
SETS = ["blind_tables2", "blind_tables3", "blind_tables4", "blind_tables5", "blind_tables6",
        "real_tables"]
HELD_OUT = {"blind_tables7", "blind_tables8"}

# layout name -> options (see render_rows); formats a layout means nothing in are left out
LAYOUTS = {
    "base": {},
    "stt": {"stt": True},
    "colnum_paren": {"colnum": "paren"},
    "colnum_formula": {"colnum": "formula", "stt": True},
    "unit_row": {"unit": True},
    "title_caption": {"title": True, "unit": True},
    "offset": {"offset": True},
    "header_repeat": {"repeat": True},
    "unmerged_blank": {"merge": "blank"},
    "unmerged_repeat": {"merge": "repeat"},
    "numbers_text": {"numbers": "text"},
    "pct_fraction": {"pct": "fraction"},
    "pct_text": {"pct": "text"},
    "pct_literal": {"pct": "literal"},
    "accounting_format": {"accounting": True},
    "formula_nocache": {"formula": "nocache"},
    "formula_cached": {"formula": "cached"},
    "groups_inserted": {"groups": "insert"},
    "groups_blank": {"groups": "blank"},
    "total_first": {"total": "first"},
    "total_last": {"total": "last"},
    "second_sheet": {"second_sheet": True},
    "notes_row": {"notes": True},
    "nested": {"nested": True},
    "textbox": {"textbox": True},
    "hidden_col": {"hidden": "col"},
    "hidden_row": {"hidden": "row"},
    "period_unit_row": {"period_unit": True},
    "signature_row": {"signature": True},
    "stt_total_merged": {"stt": True, "total_merged": True},
    "groups_across": {"groups": "insert", "across": True},
    "rate_formula": {"rate_formula": "round"},
    "rate_formula_iferror": {"rate_formula": "iferror"},
    "rate_formula_pct": {"rate_formula": "pct"},
    "rate_formula_cached": {"rate_formula": "iferror", "formula": "cached"},
    "colnum_letters": {"stt": True, "colnum": "letters"},
    "label_long": {"stt": True, "lead": ("TT", "Tên cơ quan, đơn vị")},
    "label_slash": {"lead": ("STT", "Đơn vị/Địa phương"), "stt": True},
    "form_full": {"stt": True, "colnum": "paren", "title": True, "unit": True, "notes": True,
                  "offset": True},
}
SHEET_ONLY = {"offset", "numbers_text", "pct_fraction", "formula_nocache", "formula_cached",
              "second_sheet", "hidden_col", "hidden_row", "period_unit_row", "rate_formula", "pct_literal", "accounting_format",
              "rate_formula_iferror", "rate_formula_pct", "rate_formula_cached"}
DOCX_ONLY = {"nested", "textbox"}
FORMATS = ["docx", "xlsx", "xls"]

_TOTAL_WORDS = re.compile(r"(?i)^(tổng|cộng|toàn)")
_LEVEL_SUBJECTS = {"departments", "communes", "districts", "city", "self"}
ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def tables_of(truth: dict) -> list[dict]:
    """[{rows: [label], cols: [path], cells: {(row, path): text}, facts: [fact], subjects}] per
    truth table (tables whose columns cannot be drawn as one header left out)."""
    out: dict = {}
    for f in truth["facts"]:
        c = f.get("cell")
        if not c or f.get("text") in (None, ""):
            continue
        t = out.setdefault(c["table"], {"rows": [], "cols": [], "cells": {}, "facts": [], "subjects": {},
                                        "kinds": {}, "index": c["table"]})
        path = tuple(c.get("path") or c.get("column") or ())
        if not path:
            continue
        if c["row"] not in t["rows"]:
            t["rows"].append(c["row"])
        if path not in t["cols"]:
            t["cols"].append(path)
        t["cells"][(c["row"], path)] = f["text"]
        t["facts"].append(f)
        t["subjects"].setdefault(c["row"], f["subject"])
        t["kinds"][path] = f["kind"]
    good = []
    for t in out.values():
        paths = t["cols"]
        if not prefix_free(paths):
            continue
        if len(t["rows"]) < 2 or len(paths) < 2:
            continue
        # a column that is not contiguous under one group cannot be drawn as one header either
        if not _drawable(paths):
            continue
        good.append(t)
    return good


def _drawable(paths) -> bool:
    for lev in range(max(len(p) for p in paths)):
        seen, last = set(), None
        for p in paths:
            key = p[:lev + 1] if len(p) > lev + 1 else None
            if key is None:
                last = None
                continue
            if key != last and key in seen:
                return False
            seen.add(key)
            last = key
    return True


# --- the table as rows of cells ---------------------------------------------------------------

def _is_total(label: str, subject: str) -> bool:
    return bool(_TOTAL_WORDS.match(label.strip())) and subject in _LEVEL_SUBJECTS


def _is_group(label: str, subject: str) -> bool:
    return subject in {"departments", "communes", "districts"} and not _is_total(label, subject)


def _level_of(subject: str) -> str | None:
    name = subject[5:] if subject.startswith("unit:") else ""
    low = name.lower()
    if low.startswith("sở") or low.startswith("ban ") or low.startswith("văn phòng") or low.startswith("thanh tra"):
        return "I. Cấp tỉnh"
    if low.startswith(("huyện", "thị xã", "thành phố")):
        return "II. Cấp huyện"
    if low.startswith(("xã", "phường", "thị trấn")):
        return "III. Cấp xã"
    return None


def body_rows(table: dict, opts: dict) -> tuple[list[dict], list[dict]]:
    """The body rows [{label, cells: {path: text}, kind: unit|group|total|heading}] in the layout's
    order, and the facts the layout keeps (a blanked group row's are gone)."""
    rows = []
    for r in table["rows"]:
        subj = table["subjects"][r]
        kind = "total" if _is_total(r, subj) else "group" if _is_group(r, subj) else "unit"
        rows.append({"label": r, "cells": {p: table["cells"].get((r, p), "") for p in table["cols"]},
                     "kind": kind, "subject": subj})
    facts = list(table["facts"])
    totals = [x for x in rows if x["kind"] == "total"]
    if opts.get("total") and len(totals) == 1:
        rows.remove(totals[0])
        rows = totals + rows if opts["total"] == "first" else rows + totals
    if opts.get("groups") == "blank":
        blanked = {x["label"] for x in rows if x["kind"] == "group"}
        for x in rows:
            if x["label"] in blanked:
                x["cells"] = {p: "" for p in x["cells"]}
        facts = [f for f in facts if f["cell"]["row"] not in blanked]
    if opts.get("groups") == "insert":
        out, last = [], None
        for x in rows:
            level = _level_of(x["subject"]) if x["kind"] == "unit" else None
            if level and level != last:
                out.append({"label": level, "cells": {p: "" for p in table["cols"]}, "kind": "heading",
                            "subject": None})
            if x["kind"] != "unit":
                level = None
            last = level if level else (last if x["kind"] == "unit" else None)
            out.append(x)
        rows = out
    return rows, facts


def applies(table: dict, name: str, fmt: str) -> bool:
    """Does the layout change anything for this table and format?"""
    opts = LAYOUTS[name]
    if fmt == "docx" and name in SHEET_ONLY:
        return False
    if fmt != "docx" and name in DOCX_ONLY:
        return False
    subjects = table["subjects"]
    totals = [r for r in table["rows"] if _is_total(r, subjects[r])]
    groups = [r for r in table["rows"] if _is_group(r, subjects[r])]
    if opts.get("total"):
        if len(totals) != 1:
            return False
        first = table["rows"].index(totals[0]) == 0
        return first != (opts["total"] == "first")
    if opts.get("groups") == "blank":  # only where each group is the sum of its units listed under it
        return bool(groups) and bool(totals) and any(subjects[r] == "city" for r in totals) and \
            _groups_whole(table)
    if opts.get("groups") == "insert":
        levels = {_level_of(subjects[r]) for r in table["rows"] if subjects[r].startswith("unit:")}
        return len(levels - {None}) >= 2 and not groups
    if opts.get("merge"):
        return max(len(p) for p in table["cols"]) > 1
    if opts.get("pct"):
        return any(k == "rate" for k in table["kinds"].values())
    if opts.get("rate_formula"):
        return bool(_rate_formulas(table, body_rows(table, opts)[0]))
    if opts.get("formula"):
        return bool(_formulas(table, body_rows(table, opts)[0]))
    return True


def _groups_whole(table) -> bool:
    """Is every group row the sum of the unit rows under it (to the next group or total row), in
    every count column? Only then can its figures be left out as forms leave them."""
    rows, _ = body_rows(table, {})
    counts = [p for p in table["cols"] if table["kinds"].get(p) == "count"]
    if not counts:
        return False
    for i, x in enumerate(rows):
        if x["kind"] != "group":
            continue
        members = []
        for y in rows[i + 1:]:
            if y["kind"] != "unit":
                break
            members.append(y)
        if not members:
            return False
        for p in counts:
            g = _number(x["cells"].get(p, ""))
            vals = [_number(y["cells"].get(p, "")) for y in members]
            if g is None or any(v is None for v in vals) or abs(sum(v[0] for v in vals) - g[0]) > 1e-9:
                return False
    return True


def header_rows(cols: list[tuple], merge: str = "merged") -> tuple[list[list[str]], list[tuple]]:
    """The header as rows of texts over the figure columns and its merged ranges
    [(r0, c0, r1, c1)] (``merge``: merged | blank (no merge, text in the first cell) | repeat).

    >>> rows, spans = header_rows([("A", "x"), ("A", "y"), ("B",)])
    >>> rows, spans
    ([['A', 'A', 'B'], ['x', 'y', 'B']], [(0, 0, 0, 1), (0, 2, 1, 2)])
    """
    depth = max(len(p) for p in cols)
    grid = [["" for _ in cols] for _ in range(depth)]
    spans = []
    for lev, i, j, p in header_runs(cols):
        down = depth - 1 if len(p) == lev + 1 and i == j else lev
        for r in range(lev, down + 1):
            for c in range(i, j + 1):
                grid[r][c] = p[lev]
        if (down, j) != (lev, i):
            spans.append((lev, i, down, j))
    if merge == "blank":
        for (r0, c0, r1, c1) in spans:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        grid[r][c] = ""
    return grid, ([] if merge != "merged" else spans)


def _number(text: str):
    """A truth cell's text as a spreadsheet number and its format, or None for text.

    >>> _number("1.204"), _number("97,55"), _number("-"), _number("95,3%")
    ((1204, '#,##0'), (97.55, '0.00'), None, (0.953, '0.0%'))
    """
    t = text.strip()
    pct = t.endswith("%")
    if pct:
        t = t[:-1].strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d+", t):
        v = int(t.replace(".", ""))
        return (v / 100, "0%") if pct else (v, "#,##0" if v >= 1000 else "0")
    m = re.fullmatch(r"(\d{1,3}(?:\.\d{3})*|\d+),(\d+)", t)
    if m:
        v = float(m.group(1).replace(".", "") + "." + m.group(2))
        fmt = "0." + "0" * len(m.group(2))
        return (round(v / 100, len(m.group(2)) + 2), fmt + "%") if pct else (v, fmt)
    return None


def _formulas(table, rows) -> dict:
    """{(row index, path): [row indices]} for the total row's count cells that are the sum of the
    unit rows (or of the group rows) as written: those can be written as =SUM(...)."""
    out = {}
    for i, x in enumerate(rows):
        if x["kind"] != "total":
            continue
        for p in table["cols"]:
            if table["kinds"].get(p) != "count":
                continue
            n = _number(x["cells"].get(p, ""))
            if n is None or not isinstance(n[0], int):
                continue
            for kind in ("unit", "group"):
                members = [k for k, y in enumerate(rows) if y["kind"] == kind]
                vals = [_number(rows[k]["cells"].get(p, "")) for k in members]
                if members and all(v is not None and isinstance(v[0], int) for v in vals) and \
                        sum(v[0] for v in vals) == n[0]:
                    out[(i, p)] = members
                    break
    return out


def _rate_formulas(table, rows) -> dict:
    """{(row index, path): (numerator paths, denominator path, decimals)} for the rate cells whose
    truth x/y are cells of their row (the numerator one cell or two), and whose value the formula
    gives at the cell's precision."""
    facts = {(f["cell"]["row"], tuple(f["cell"].get("path") or f["cell"].get("column"))): f for f in table["facts"]}
    out = {}
    for i, x in enumerate(rows):
        vals = {p: _number(x["cells"].get(p, "")) for p in table["cols"]}
        counts = {p: v[0] for p, v in vals.items() if v is not None and table["kinds"].get(p) == "count"}
        for p in table["cols"]:
            f = facts.get((x["label"], p))
            if not f or f["kind"] != "rate" or not f.get("numerator") or not f.get("denominator") or vals[p] is None:
                continue
            text = x["cells"][p]
            dec = len(text.rstrip("%").split(",")[1]) if "," in text else 0
            den = [q for q, v in counts.items() if v == f["denominator"]]
            num = [[q] for q, v in counts.items() if v == f["numerator"] and q not in den]
            if not num:
                num = [[a, b] for a in counts for b in counts if table["cols"].index(a) < table["cols"].index(b)
                       and counts[a] + counts[b] == f["numerator"] and a not in den and b not in den]
            if not den or not num:
                continue
            got = round(f["numerator"] / f["denominator"] * 100, dec)
            if abs(got - f["value"]) > 1e-9:
                continue
            out[(i, p)] = (num[0], den[0], dec)
    return out


# --- writers --------------------------------------------------------------------------------

NOTE = "Ghi chú: Số liệu tổng hợp từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."
TITLE = "BIỂU TỔNG HỢP KẾT QUẢ"
UNIT = "Đơn vị tính: hồ sơ"


def _plan(table, opts):
    """The table as a list of rows of (text, kind) over label column(s) + figure columns, and the
    merged ranges; kinds: head, num, body, across."""
    cols = table["cols"]
    rows, facts = body_rows(table, opts)
    head, spans = header_rows(cols, opts.get("merge", "merged"))
    depth = len(head)
    lead = list(opts.get("lead", ("STT", table.get("label") or "Tên đơn vị")))
    lead = lead if opts.get("stt") else lead[1:]
    nl = len(lead)
    width = nl + len(cols)
    out, merges = [], []
    top = []
    if opts.get("title"):
        top.append(TITLE)
        top.append(f"Kết quả giải quyết thủ tục hành chính ({len(rows)} đơn vị)")
    if opts.get("unit"):
        top.append(UNIT)
    for t in top:
        out.append([(t, "across")] + [("", "across")] * (width - 1))
        merges.append((len(out) - 1, 0, len(out) - 1, width - 1))

    def put_header():
        h0 = len(out)
        for r in range(depth):
            line = []
            for k, name in enumerate(lead):
                line.append((name if (r == 0 or opts.get("merge") == "repeat") else "", "head"))
            line += [(t, "head") for t in head[r]]
            out.append(line)
        if depth > 1 and opts.get("merge", "merged") == "merged":
            for k in range(nl):
                merges.append((h0, k, h0 + depth - 1, k))
        for (r0, c0, r1, c1) in spans:
            merges.append((h0 + r0, nl + c0, h0 + r1, nl + c1))
        if opts.get("colnum"):
            nums = []
            for k in range(width):
                if opts["colnum"] == "paren":
                    nums.append((f"({k + 1})", "colnum"))
                elif opts["colnum"] == "letters":  # "A B 1 2 3": letters over the label columns
                    nums.append((chr(65 + k) if k < nl else str(k - nl + 1), "colnum"))
                else:
                    n = str(k + 1)
                    nums.append((n, "colnum"))
            if opts["colnum"] == "formula":  # "3=4+5": a group's total over its parts
                for i, p in enumerate(cols):
                    parts = [j for j, q in enumerate(cols) if len(q) == len(p) and q[:-1] == p[:-1] and j != i]
                    if len(p) > 1 and p[-1].lower().startswith(("tổng", "cộng")) and parts and all(j > i for j in parts):
                        nums[nl + i] = (f"{nl + i + 1}=" + "+".join(str(nl + j + 1) for j in parts), "colnum")
            out.append(nums)

    put_header()
    body_start = len(out)
    formulas = _formulas(table, rows) if opts.get("formula") else {}
    half = len(rows) // 2 if opts.get("repeat") else None
    placed = {}
    n = 0
    g = 0
    for i, x in enumerate(rows):
        if half is not None and i == half and i > 0:
            put_header()
        if x["kind"] == "heading" and opts.get("across"):
            out.append([(x["label"], "across")] + [("", "across")] * (width - 1))
            merges.append((len(out) - 1, 0, len(out) - 1, width - 1))
            continue
        if x["kind"] == "total" and opts.get("total_merged") and nl == 2:
            merges.append((len(out), 0, len(out), 1))
        line = []
        if opts.get("stt"):
            if x["kind"] == "unit":
                n += 1
                line.append((str(n), "body"))
            elif x["kind"] in ("group", "heading") and not re.match(r"^[IVX]+\.", x["label"]):
                line.append((ROMAN[min(g, 5)], "body"))
                g += 1
            else:
                line.append(("", "body"))
        if x["kind"] == "total" and opts.get("total_merged") and nl == 2:
            line[-1] = (x["label"], "label")
            line.append(("", "label"))
        else:
            line.append((x["label"], "label"))
        for p in cols:
            kind = table["kinds"].get(p, "count")
            line.append((x["cells"].get(p, ""), "rate" if kind == "rate" else "num"))
        placed[i] = len(out)
        out.append(line)
    if opts.get("rate_formula"):
        for (i, p), (num, den, dec) in _rate_formulas(table, rows).items():
            r = placed[i]
            c = nl + cols.index(p)
            text, _ = out[r][c]
            out[r][c] = (text, ("rate", [nl + cols.index(q) for q in num], nl + cols.index(den), dec,
                                opts["rate_formula"]))
    for (i, p), members in formulas.items():
        r = placed[i]
        c = nl + cols.index(p)
        text, _ = out[r][c]
        out[r][c] = (text, ("formula", [placed[k] for k in members]))
    if opts.get("signature"):  # right under the table, no blank row between
        out.append([("Người lập biểu", "sign")] + [("", "sign")] * (width - 2) + [("Thủ trưởng đơn vị", "sign")])
    if opts.get("notes"):
        out.append([(NOTE, "across")] + [("", "across")] * (width - 1))
        merges.append((len(out) - 1, 0, len(out) - 1, width - 1))
    return out, merges, facts, body_start


def write_docx(table, path, opts, preface):
    import docx
    from docx.oxml.ns import qn

    rows, merges, facts, _ = _plan(table, opts)
    doc = docx.Document()
    for line in preface:
        doc.add_paragraph(line)
    width = len(rows[0])
    host = doc
    if opts.get("nested"):
        outer = doc.add_table(rows=1, cols=1)
        host = outer.cell(0, 0)
    t = host.add_table(rows=len(rows), cols=width)
    t.style = doc.styles["Table Grid"] if "Table Grid" in [s.name for s in doc.styles] else None
    covered = set()
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        a.merge(t.cell(r1, c1))
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    for r, line in enumerate(rows):
        for c, (text, kind) in enumerate(line):
            if (r, c) in covered:
                continue
            text = _shown(text, kind, opts)
            cell = t.cell(r, c)
            cell.paragraphs[0].text = text
    if opts.get("nested"):
        # python-docx leaves an empty paragraph first in the host cell: fine (Word needs one after)
        pass
    if opts.get("textbox"):
        tbl = t._tbl
        tbl.getparent().remove(tbl)
        p = doc.add_paragraph()
        r = p.add_run()._r
        from lxml import etree
        vml = ('<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:v="urn:schemas-microsoft-com:vml"><v:shape style="width:700pt;height:400pt">'
               '<v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict>')
        pict = etree.fromstring(vml)
        content = pict.find(".//" + qn("w:txbxContent"))
        content.append(tbl)
        content.append(etree.fromstring('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))
        r.append(pict)
    doc.add_paragraph("Nơi nhận: như trên.")
    doc.save(path)
    return facts


def _shown(text, kind, opts):
    if kind == "rate" and opts.get("pct") == "text" and _number(text) is not None and not text.endswith("%"):
        return text + "%"
    return text


def write_xlsx(table, path, opts, preface):
    import openpyxl
    from openpyxl.utils import get_column_letter

    rows, merges, facts, body_start = _plan(table, opts)
    wb = openpyxl.Workbook()
    ws = wb.active
    if opts.get("second_sheet"):
        ws.title = "Hướng dẫn"
        ws["A1"] = "Hướng dẫn điền biểu"
        ws["A2"] = "Số liệu lấy từ Hệ thống thông tin giải quyết TTHC."
        ws = wb.create_sheet("Biểu 01")
    else:
        ws.title = "Biểu 01"
    dr = 1 if opts.get("offset") else 0
    dc = 1 if opts.get("offset") else 0
    r0 = 1 + dr
    for line in preface:
        ws.cell(row=r0, column=1 + dc, value=line)
        r0 += 1
    r0 += 1 if opts.get("offset") else 0
    width = len(rows[0])
    if opts.get("period_unit"):  # "Kỳ báo cáo: ..." left, "Đơn vị tính: hồ sơ" right, on one row
        ws.cell(row=r0, column=1 + dc, value="Kỳ báo cáo: từ ngày 15/9/2025 đến ngày 14/12/2025")
        ws.cell(row=r0, column=dc + width, value=UNIT)
        r0 += 1
    hidden_at = None
    if opts.get("hidden") == "col":  # a helper column the author hid (codes, a check formula)
        hidden_at = 2 + dc
    for r, line in enumerate(rows):
        if hidden_at is not None:
            line = line[:hidden_at - 1 - dc] + [(f"H{r}" if r < 2 else str(1000 + r), "hidden")] + line[hidden_at - 1 - dc:]
            rows[r] = line
        for c, (text, kind) in enumerate(line):
            cell = ws.cell(row=r0 + r, column=1 + dc + c)
            if not text and not (isinstance(kind, tuple)):
                continue
            value = text
            if isinstance(kind, tuple) and kind[0] == "rate":  # a rate computed from its row
                _, nums, den, dec, style = kind
                row = r0 + r
                x = "+".join(f"{get_column_letter(1 + dc + k)}{row}" for k in nums)
                x = f"({x})" if len(nums) > 1 else x
                y = f"{get_column_letter(1 + dc + den)}{row}"
                zeros = "0." + "0" * dec if dec else "0"
                if style == "pct":
                    cell.value = f"=IF({y}=0,0,{x}/{y})"
                    cell.number_format = zeros + "%"
                elif style == "iferror":
                    cell.value = f"=IFERROR(ROUND({x}/{y}*100,{dec}),0)"
                    cell.number_format = zeros
                else:
                    cell.value = f"=ROUND({x}*100/{y},{dec})"
                    cell.number_format = zeros
                continue
            if isinstance(kind, tuple):  # a formula over member rows
                col = get_column_letter(1 + dc + c)
                members = [r0 + k for k in kind[1]]
                if members == list(range(members[0], members[-1] + 1)):
                    f = f"=SUM({col}{members[0]}:{col}{members[-1]})"
                else:
                    f = "=" + "+".join(f"{col}{k}" for k in members)
                cell.value = f
                num = _number(text)
                cell.number_format = num[1] if num else "General"
                continue
            if kind in ("num", "rate") and opts.get("numbers") != "text":
                num = _number(text)
                if num is not None:
                    v, fmt = num
                    if kind == "rate" and opts.get("pct") == "fraction" and not text.endswith("%"):
                        dec = len(text.split(",")[1]) if "," in text else 0
                        v = round(v / 100, dec + 2)
                        fmt = ("0." + "0" * dec if dec else "0") + "%"
                    elif kind == "rate" and opts.get("pct") == "literal":  # 95,3 shown "95,3%", not scaled
                        fmt = fmt + '"%"'
                    elif kind == "num" and opts.get("accounting"):
                        fmt = '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)' if fmt in ("0", "#,##0") else fmt
                    elif kind == "rate" and opts.get("pct") == "text":
                        value = _shown(text, kind, opts)
                        cell.value = value
                        continue
                    cell.value = v
                    cell.number_format = fmt
                    continue
            if kind == "rate":
                value = _shown(text, kind, opts)
            if kind == "colnum" and opts.get("colnum") == "formula" and text.isdigit():
                cell.value = int(text)
                continue
            cell.value = value
    if hidden_at is not None:
        merges = [(a, b + (b >= hidden_at - 1 - dc), c, d + (d >= hidden_at - 1 - dc)) for (a, b, c, d) in merges]
        ws.column_dimensions[get_column_letter(hidden_at)].hidden = True
    if opts.get("hidden") == "row":  # a row the author hid under the header: a check of the sums
        r = r0 + body_start + 1
        ws.insert_rows(r)
        for c in range(width):
            ws.cell(row=r, column=1 + dc + c, value=("Kiểm tra" if c == 0 else 0 if c > 1 else None))
        ws.row_dimensions[r].hidden = True
        merges = [(a + (a >= body_start + 1), b, c + (c >= body_start + 1), d) for (a, b, c, d) in merges]
    for (a, b, c, d) in merges:
        ws.merge_cells(start_row=r0 + a, start_column=1 + dc + b, end_row=r0 + c, end_column=1 + dc + d)
    ws.cell(row=r0 + len(rows) + 2, column=1 + dc, value="Người lập biểu")
    wb.save(path)
    return facts


def lo_convert(files: list[str], target: str, outdir: str) -> None:
    """LibreOffice conversion of many files at once (``target``: xls, or xlsx to recalculate)."""
    if not files:
        return
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    profile = Path(outdir) / "profile"
    subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", target, "--outdir", outdir] + files,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900, check=False)


# --- scoring --------------------------------------------------------------------------------

def _key(f) -> tuple:
    from blind_score import report_key, truth_key
    return truth_key(f) if isinstance(f, dict) else report_key(f)


def compare(facts: list[dict], path: str) -> tuple[Counter, Counter, list]:
    """(missed, extra) cell-fact keys of docparse's reading of ``path`` against ``facts``, and its
    warnings and errors."""
    import docparse
    report = docparse.parse(path)
    want = Counter(_key(f) for f in facts)
    got = Counter(_key(f) for f in report.facts if f.evidence.table is not None and f.modifier is None)
    alarms = [(x.code, x.message[:100]) for x in report.findings if x.severity in ("warning", "error")]
    return want - got, got - want, alarms


_PREFACE_CACHE: dict = {}


def preface_of(doc: Path, index: int) -> list[str]:
    """The lines the table stood under in its own document: the issuer's first lines and the
    table's title (what names its level, its period, a 766 table)."""
    import docparse
    from docparse.extractors import read

    if doc not in _PREFACE_CACHE:
        try:
            src = read(str(doc))
            head = [ln.text.strip() for ln in src.lines if ln.text.strip() and "\u2063" not in ln.text][:4]
            tables = docparse.parse(str(doc)).tables
            titles = [t.title for t in tables]
            labels = [next((c.path[0] for c in t.columns if c.role == "label" and c.path), None) for t in tables]
        except Exception:  # noqa: BLE001
            head, titles, labels = [], [], []
        _PREFACE_CACHE[doc] = (head, titles, labels)
    head, titles, labels = _PREFACE_CACHE[doc]
    title = titles[index] if index < len(titles) and titles[index] else None
    LABELS[(str(doc), index)] = labels[index] if index < len(labels) else None
    return head + ([title] if title and title not in head else [])


LABELS: dict = {}  # (document, table) -> the label column's header in the document ("Phường, xã")


def document_of(truth_path: Path, truth: dict) -> Path | None:
    stem = truth_path.name[:-len(".truth.json")]
    for p in truth_path.parent.glob(stem + ".*"):
        if not p.name.endswith(".json"):
            return p
    return None


def cases(sets, limit=None):
    for s in sets:
        assert s not in HELD_OUT, s
        for tp in sorted((HERE / s).glob("*.truth.json")):
            truth = json.loads(tp.read_text(encoding="utf-8"))
            doc = document_of(tp, truth)
            for table in tables_of(truth):
                yield s, tp, truth, doc, table
    return


def render_all(todo, layouts, formats, tmp) -> list:
    """Write every (table, layout, format) file under ``tmp``; the jobs
    [(case, layout, format, path, facts)] (XLS and recalculated XLSX by one LibreOffice run each)."""
    jobs = []
    recalc, xls = [], []
    for n, (s, tp, truth, doc, table) in enumerate(todo):
        preface = preface_of(doc, table["index"]) if doc else []
        table["label"] = LABELS.get((str(doc), table["index"]))
        for lay in layouts:
            opts = LAYOUTS[lay]
            for fmt in formats:
                if lay != "base" and not applies(table, lay, fmt):
                    continue
                stem = os.path.join(tmp, f"c{n}_{lay}")
                if fmt == "docx":
                    facts = write_docx(table, stem + ".docx", opts, preface)
                    jobs.append((n, lay, fmt, stem + ".docx", facts))
                elif fmt == "xlsx":
                    src = stem + ".xlsx"
                    facts = write_xlsx(table, src, opts, preface)
                    if opts.get("formula") == "cached":  # LibreOffice computes and stores the values
                        os.makedirs(os.path.join(tmp, "re"), exist_ok=True)
                        recalc.append(src)
                        jobs.append((n, lay, fmt, os.path.join(tmp, "re", os.path.basename(src)), facts))
                    else:
                        jobs.append((n, lay, fmt, src, facts))
                elif fmt == "xls":
                    src = stem + ".src.xlsx"
                    facts = write_xlsx(table, src, opts, preface)
                    xls.append(src)
                    jobs.append((n, lay, fmt, stem + ".src.xls", facts))
    lo_convert(recalc, "xlsx", os.path.join(tmp, "re"))
    lo_convert(xls, "xls", tmp)
    return jobs


def score_all(todo, jobs, verbose=False, out=print):
    """The matrix {(layout, format): Counter(facts, missed, extra, tables, bad_tables, alarms)}; a
    table whose base rendering does not read right is left out of its format's other layouts."""
    matrix = defaultdict(Counter)
    base_ok = {}
    for n, lay, fmt, path, facts in sorted(jobs, key=lambda j: (j[1] != "base", j[0])):
        if lay != "base" and not base_ok.get((n, fmt)):
            continue
        s, tp, truth, doc, table = todo[n]
        try:
            missed, extra, alarms = compare(facts, path)
        except Exception as e:  # noqa: BLE001 — a crash is a difference too
            missed, extra, alarms = Counter(_key(f) for f in facts), Counter(), []
            out(f"CRASH {s}/{tp.name} t{table['index']} {lay} {fmt}: {type(e).__name__} {e}")
        nm, ne = sum(missed.values()), sum(extra.values())
        clean_alarm = bool(alarms) and not truth["mistakes"]
        if lay == "base":
            base_ok[(n, fmt)] = nm == 0 and ne == 0
            matrix[("base", fmt)]["tables_all"] += 1
            if not base_ok[(n, fmt)]:
                matrix[("base", fmt)]["base_fail"] += 1
                if verbose:
                    out(f"  base fails {s}/{tp.name} t{table['index']} {fmt}: missed {nm} extra {ne}")
                    for k in list(missed)[:2]:
                        out(f"     - {k}")
                    for k in list(extra)[:2]:
                        out(f"     + {k}")
                continue
        c = matrix[(lay, fmt)]
        c["tables"] += 1
        c["facts"] += len(facts)
        c["missed"] += nm
        c["extra"] += ne
        c["alarms"] += clean_alarm
        if nm or ne or clean_alarm:
            c["bad_tables"] += bool(nm or ne)
            if verbose:
                out(f"{s}/{tp.name} t{table['index']} {lay} {fmt}: missed {nm} extra {ne}"
                    + (f" alarms {alarms[:2]}" if clean_alarm else ""))
                for k in list(missed)[:3]:
                    out(f"   - {k}")
                for k in list(extra)[:3]:
                    out(f"   + {k}")
    return matrix


def run(layouts, formats, sets, verbose=False, limit=None, out=print, keep=None, score=None):
    """Render and score (``keep``: write the files and their manifest to that folder and stop;
    ``score``: score a folder written so, e.g. with another docparse on PYTHONPATH)."""
    import pickle

    todo = list(cases(sets))
    if limit:
        todo = todo[::max(1, len(todo) // limit)][:limit]
    if score:
        with open(os.path.join(score, "manifest.pickle"), "rb") as fh:
            todo, jobs = pickle.load(fh)
        return score_all(todo, jobs, verbose, out)
    if keep:
        os.makedirs(keep, exist_ok=True)
        jobs = render_all(todo, layouts, formats, keep)
        with open(os.path.join(keep, "manifest.pickle"), "wb") as fh:
            pickle.dump((todo, jobs), fh)
        out(f"{len(jobs)} files in {keep}")
        return defaultdict(Counter)
    with tempfile.TemporaryDirectory(prefix="office-layouts-") as tmp:
        jobs = render_all(todo, layouts, formats, tmp)
        return score_all(todo, jobs, verbose, out)


def print_matrix(matrix, layouts, formats, out=print):
    out(f"{'layout':18s}" + "".join(f"{f:>22s}" for f in formats))
    for lay in layouts:
        cells = []
        for f in formats:
            c = matrix.get((lay, f))
            if not c or not c["facts"]:
                cells.append(f"{'-':>22s}")
                continue
            kept = 1 - (c["missed"] / c["facts"])
            cells.append(f"{kept:7.3f} +{c['extra']:<4d}{c['bad_tables']:3d}/{c['tables']:<3d}a{c['alarms']:<2d}")
        out(f"{lay:18s}" + "".join(cells))
    for f in formats:
        c = matrix.get(("base", f), Counter())
        out(f"base {f}: {c['tables_all']} tables, {c['base_fail']} not read right without their document "
            f"(left out of the matrix)")
    out("cell: share of truth cell facts kept, +extra facts, tables with a difference / tables scored, "
        "a = clean tables with a warning or error")


def main(argv):
    layouts, formats, sets = list(LAYOUTS), list(FORMATS), list(SETS)
    limit = keep = score = None
    for a in argv:
        if a.startswith("--keep="):
            keep = a.split("=", 1)[1]
        if a.startswith("--score="):
            score = a.split("=", 1)[1]
        if a.startswith("--layouts="):
            layouts = ["base"] + [x for x in a.split("=", 1)[1].split(",") if x != "base"]
        if a.startswith("--formats="):
            formats = a.split("=", 1)[1].split(",")
        if a.startswith("--sets="):
            sets = a.split("=", 1)[1].split(",")
        if a.startswith("--limit="):
            limit = int(a.split("=", 1)[1])
    matrix = run(layouts, formats, sets, verbose="-v" in argv, limit=limit, keep=keep, score=score)
    if score:
        layouts = [lay for lay in LAYOUTS if any(k[0] == lay for k in matrix)]
        formats = [f for f in FORMATS if any(k[1] == f for k in matrix)]
    print_matrix(matrix, layouts, formats)
    return matrix


if __name__ == "__main__":
    main(sys.argv[1:])
