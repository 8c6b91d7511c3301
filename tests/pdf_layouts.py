"""Metamorphic test tool for the borderless PDF table reader.

Each table of the development table sets (tests/blind_tables .. blind_tables6, real_tables; never
blind_tables7) is rebuilt from its truth (rows from `cell.row`, columns from `cell.column`, the cell
text from `text`) and drawn as a borderless PDF (reportlab canvas, words placed by hand) in several
layouts that mean the same. docparse reads each, and its cell facts (kind, indicator, subject, value,
numerator, denominator) are compared with the truth's: every difference is a reader weakness.

    PYTHONPATH=$PWD python3 tests/pdf_layouts.py [--layouts=a,b] [--sets=blind_tables,...] [-v] [--dump=cases.json] [--ref=html]
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
SETS = ["blind_tables", "blind_tables2", "blind_tables3", "blind_tables4", "blind_tables5",
        "blind_tables6", "real_tables"]

# layout name -> options
LAYOUTS = {
    "base": {},
    "narrow_gap": {"gap": 4},
    "wide_gap": {"gap": 30},
    "left_nums": {"align": "left"},
    "centre_nums": {"align": "centre"},
    "wrap2": {"wrap": 14},
    "wrap3": {"wrap": 9},
    "long_labels": {"label_wrap": 18},
    "numbering": {"numbering": True},
    "blank_groups": {"blank_every": 3},
    "two_pages_rep": {"split": True, "repeat": True},
    "two_pages": {"split": True, "repeat": False},
    "title_unit": {"title": True},
    "small_font": {"size": 6.5},
    "large_font": {"size": 10},
}


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    # Each face on its own: another test module may have registered "DejaVu" alone.
    for name, file in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, file)))


def prefix_free(paths: list) -> bool:
    """No header path is a prefix of another (else no header can draw both).

    >>> prefix_free([("A", "x"), ("A", "y")]), prefix_free([("A",), ("A", "y")])
    (True, False)
    """
    return not any(a != b and b[:len(a)] == a for a in paths for b in paths)


def header_runs(cols: list) -> list:
    """(level, first, last, path) for each run of columns sharing a header path's prefix, level by
    level: the cells a table's header gives one title (the pdf and html drawings here, office_layouts).

    >>> header_runs([("A", "x"), ("A", "y"), ("B",)])
    [(0, 0, 1, ('A', 'x')), (0, 2, 2, ('B',)), (1, 0, 0, ('A', 'x')), (1, 1, 1, ('A', 'y'))]
    """
    out = []
    for lev in range(max(len(p) for p in cols)):
        i = 0
        while i < len(cols):
            p = cols[i]
            if len(p) <= lev:
                i += 1
                continue
            j = i
            while j + 1 < len(cols) and len(cols[j + 1]) > lev and cols[j + 1][:lev + 1] == p[:lev + 1]:
                j += 1
            out.append((lev, i, j, p))
            i = j + 1
    return out


def tables_of(truth: dict) -> list[dict]:
    """[{rows: [label], cols: [path], cells: {(row, path): text}, facts: [fact]}] per truth table."""
    out: dict = {}
    for f in truth["facts"]:
        c = f.get("cell")
        if not c or f.get("text") in (None, ""):
            continue
        t = out.setdefault(c["table"], {"rows": [], "cols": [], "cells": {}, "facts": []})
        path = tuple(c.get("path") or c["column"])  # sets from blind_tables2 on write "path"
        if c["row"] not in t["rows"]:
            t["rows"].append(c["row"])
        if path not in t["cols"]:
            t["cols"].append(path)
        t["cells"][(c["row"], path)] = f["text"]
        t["facts"].append(f)
    good = []
    for t in out.values():
        paths = t["cols"]
        if not prefix_free(paths):  # a path that is a prefix of another cannot be drawn as one header
            continue
        if len(t["rows"]) < 2 or len(paths) < 2:
            continue
        good.append(t)
    return good


def _wrap(text: str, width: int) -> list[str]:
    if not width:
        return [text]
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines or [""]


def _wrap_fit(text: str, width: float, measure, chars: int = 0) -> list[str]:
    """`text` wrapped to lines no wider than `width` points (and no longer than `chars` characters
    when given); a word wider than `width` stands alone on its line."""
    lines, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and (measure(trial) > width or (chars and len(trial) > chars)):
            lines.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines or [""]


def legible(drawn: list[tuple[float, float, float]], size: float) -> bool:
    """No two strings drawn on one line touch (closer than a third of the font size): a layout a
    reader of word positions could tell apart at all.

    >>> legible([(10, 40, 100.0), (45, 60, 100.0)], 8), legible([(10, 40, 100.0), (41, 60, 100.0)], 8)
    (True, False)
    """
    by_line: dict = {}
    for x0, x1, y in drawn:
        by_line.setdefault(round(y, 1), []).append((x0, x1))
    for spans in by_line.values():
        spans.sort()
        if any(b0 - a1 < size / 3 for (_, a1), (b0, _) in zip(spans, spans[1:])):
            return False
    return True


def render(table: dict, path: str, opts: dict, province: str | None = None) -> bool:
    """Draw the table; True when the drawing is legible (no two strings of a line touching)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    _fonts()
    from reportlab import rl_config
    rl_config.invariant = 1
    size = opts.get("size", 8)
    gap = opts.get("gap", 12)
    align = opts.get("align", "right")
    lead = size * 1.25
    W, H = landscape(A4)
    cols, rows = table["cols"], table["rows"]
    depth = max(len(p) for p in cols)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def sw(s, bold=False):
        return stringWidth(s, "DejaVu-Bold" if bold else "DejaVu", size)

    label_w = max(sw(line) for r in rows for line in _wrap(r, opts.get("label_wrap", 0))) + gap
    vals = [max([sw(table["cells"].get((r, p), "")) for r in rows] + [sw("(99)")]) for p in cols]
    wrap = opts.get("wrap", 0)
    avail = W - 60 - label_w
    colw = max(max(vals) + gap, min(avail / len(cols), 90))
    if colw * len(cols) > avail:
        colw = avail / len(cols)
    x0 = 30
    xs = [x0 + label_w + i * colw for i in range(len(cols))]
    c = canvas.Canvas(path, pagesize=(W, H))

    drawn: list[tuple[float, float, float]] = []
    sheet = [0]  # the page drawn on: lines of two pages never meet

    def put(text, left, right, y, how, bold=False):
        font = "DejaVu-Bold" if bold else "DejaVu"
        c.setFont(font, size)
        w = sw(text, bold)
        if how == "right":
            c.drawRightString(right - gap / 2, y, text)
            x = right - gap / 2 - w
        elif how == "left":
            c.drawString(left + gap / 2, y, text)
            x = left + gap / 2
        else:
            c.drawCentredString((left + right) / 2, y, text)
            x = (left + right) / 2 - w / 2
        if text:
            drawn.append((x, x + w, sheet[0] * 10000 + y))

    def header(y):
        # level by level: a run of columns sharing the path prefix gets one centred title
        blocks = []
        for lev, i, j, p in header_runs(cols):
            # wrapped to the span's width less a gap (and to `wrap` characters when asked)
            blocks.append((lev, i, j, _wrap_fit(p[lev], (j - i + 1) * colw - gap,
                                                lambda t: sw(t, True), wrap)))
        tops = []
        for lev in range(depth):
            n = max([len(b[3]) for b in blocks if b[0] == lev] or [1])
            tops.append(n)
        yy = y
        for lev in range(depth):
            for (lv, i, j, lines) in blocks:
                if lv != lev:
                    continue
                for k, line in enumerate(lines):
                    put(line, xs[i], xs[j] + colw, yy - k * lead, "centre", bold=True)
            yy -= tops[lev] * lead + lead * 0.2
        put("Đơn vị", x0 - gap / 2, x0 + label_w, y, "left", bold=True)
        return yy

    def page_top(first):
        y = H - 40
        if first and opts.get("title"):
            c.setFont("DejaVu-Bold", 11)
            c.drawCentredString(W / 2, y, "BIỂU TỔNG HỢP KẾT QUẢ")
            y -= 16
            c.setFont("DejaVu", 9)
            c.drawRightString(W - 40, y, "Đơn vị tính: hồ sơ")
            y -= 20
        return y

    y = page_top(True)
    if province:
        c.setFont("DejaVu", 10)
        c.drawString(x0, y, "Báo cáo của " + province)
        y -= 24
    y = header(y)
    if opts.get("numbering"):
        put("(1)", x0 - gap / 2, x0 + label_w, y, "centre")
        for i in range(len(cols)):
            put("(%d)" % (i + 2), xs[i], xs[i] + colw, y, "centre")
        y -= lead * 1.3
    half = len(rows) // 2 if opts.get("split") else None
    for n, r in enumerate(rows):
        if half is not None and n == half:
            c.showPage()
            sheet[0] += 1
            y = page_top(False)
            if opts.get("repeat"):
                y = header(y)
        lines = _wrap(r, opts.get("label_wrap", 0))
        for k, line in enumerate(lines):
            put(line, x0 - gap / 2, x0 + label_w, y - k * lead, "left")
        for i, p in enumerate(cols):
            t = table["cells"].get((r, p), "")
            if t:
                put(t, xs[i], xs[i] + colw, y, align)
        y -= lead * len(lines) + lead * 0.25
        if opts.get("blank_every") and (n + 1) % opts["blank_every"] == 0:
            y -= lead
        if y < 40:
            c.showPage()
            sheet[0] += 1
            y = page_top(False)
    c.save()
    return legible(drawn, size)


def render_html(table: dict, path: str, province: str | None = None) -> None:
    """The same table as an HTML page (colspan/rowspan header, one cell per figure): the grid
    without any position to read, so what docparse makes of it is what the table means to the
    interpreter; a PDF layout reading other facts than this one is a weakness of the PDF reader."""
    from html import escape
    cols, rows = table["cols"], table["rows"]
    depth = max(len(p) for p in cols)
    trs = []
    runs = header_runs(cols)
    for lev in range(depth):
        tds = ['<th rowspan="%d">Đơn vị</th>' % depth] if lev == 0 else []
        for _, i, j, p in (r for r in runs if r[0] == lev):
            span = depth - lev if lev == len(p) - 1 else 1
            tds.append('<th colspan="%d" rowspan="%d">%s</th>' % (j - i + 1, span, escape(p[lev])))
        trs.append("<tr>" + "".join(tds) + "</tr>")
    for r in rows:
        trs.append("<tr><td>%s</td>%s</tr>" % (escape(r), "".join(
            "<td>%s</td>" % escape(table["cells"].get((r, p), "")) for p in cols)))
    lead = "<p>Báo cáo của %s</p>" % escape(province) if province else ""
    Path(path).write_text("<html><body>%s<table>%s</table></body></html>" % (lead, "".join(trs)), encoding="utf-8")


def _key(f) -> tuple:
    from blind_score import report_key, truth_key
    return truth_key(f) if isinstance(f, dict) else report_key(f)


def cell_keys(path: str) -> Counter:
    """The cell-fact keys docparse reads from `path`."""
    import docparse
    report = docparse.parse(path)
    return Counter(_key(f) for f in report.facts if f.evidence.table is not None and f.modifier is None)


def compare(table: dict, path: str, want: Counter | None = None) -> tuple[Counter, Counter]:
    """(missed, extra) cell-fact keys of docparse's reading of `path` against the table's truth
    (or against `want`: the HTML rendering's reading)."""
    want = Counter(_key(f) for f in table["facts"]) if want is None else want
    got = cell_keys(path)
    return want - got, got - want


def _line(name: str, per: Counter, key: str = "") -> str:
    n = per[(name, key + "facts")]
    kept = n - per[(name, key + "missed")]
    ill = per[(name, "illegible")]
    return (f"{name:15s} kept {kept:5d}/{n:5d} ({kept / max(n, 1):.3f}) missed {per[(name, key + 'missed')]:5d}"
            f" extra {per[(name, key + 'extra')]:5d} tables clean {per[(name, key + 'clean')]:3d}/{per[(name, 'tables')]}"
            + (f" (illegible, not read: {ill})" if ill else ""))


def main(argv):
    """Print, per layout, the cell facts kept against the truth; with --ref=html also against the
    same table read from HTML (what remains there is the PDF reader's own)."""
    layouts = list(LAYOUTS)
    sets = SETS
    verbose = "-v" in argv
    ref_html = "--ref=html" in argv
    for a in argv:
        if a.startswith("--layouts="):
            layouts = a.split("=", 1)[1].split(",")
        if a.startswith("--sets="):
            sets = a.split("=", 1)[1].split(",")
    assert not {"blind_tables7", "blind_tables8"} & set(sets)  # held out: never opened
    tot = Counter()
    per = Counter()
    cases = []
    dump = next((a.split("=", 1)[1] for a in argv if a.startswith("--dump=")), None)

    def count(name, key, want, got):
        missed, extra = want - got, got - want
        nm, ne = sum(missed.values()), sum(extra.values())
        per[(name, key + "facts")] += sum(want.values())
        per[(name, key + "missed")] += nm
        per[(name, key + "extra")] += ne
        per[(name, key + "clean")] += not (nm or ne)
        return missed, extra, nm, ne

    with tempfile.TemporaryDirectory() as tmp:
        for s in sets:
            for tp in sorted((HERE / s).glob("*.truth.json")):
                truth = json.loads(tp.read_text(encoding="utf-8"))
                for ti, table in enumerate(tables_of(truth)):
                    true = Counter(_key(f) for f in table["facts"])
                    html = None
                    if ref_html:
                        page = os.path.join(tmp, "t.html")
                        render_html(table, page, truth.get("province"))
                        html = cell_keys(page)
                        per[("html", "tables")] += 1
                        count("html", "", true, html)
                    for lay in layouts:
                        pdf = os.path.join(tmp, "t.pdf")
                        case = {"set": s, "report": tp.name, "table": ti, "layout": lay, "facts": len(table["facts"])}
                        cases.append(case)
                        per[(lay, "tables")] += 1
                        if not render(table, pdf, LAYOUTS[lay], truth.get("province")):
                            per[(lay, "illegible")] += 1  # strings touching: no reader could tell them apart
                            case["illegible"] = True
                            continue
                        try:
                            got = cell_keys(pdf)
                        except Exception as e:  # a crash is a difference too
                            got = Counter()
                            print("CRASH", s, tp.name, lay, e)
                        missed, extra, nm, ne = count(lay, "", true, got)
                        case.update(missed=nm, extra=ne)
                        tot["facts"] += len(table["facts"])
                        tot["missed"] += nm
                        tot["extra"] += ne
                        if html is not None:
                            missed, extra, hm, he = count(lay, "h", html, got)
                            case.update(hmissed=hm, hextra=he)
                            nm, ne = hm, he
                        if (nm or ne) and verbose:
                            print(f"{s}/{tp.name} t{ti} {lay}: missed {nm} extra {ne}")
                            for k in list(missed)[:3]:
                                print("   -", k)
                            for k in list(extra)[:3]:
                                print("   +", k)
    print("against the truth" + (" (html: the same table read from HTML)" if ref_html else ""))
    for lay in (["html"] if ref_html else []) + layouts:
        print(_line(lay, per))
    if ref_html:
        print("against the HTML reading (the PDF reader's own differences)")
        for lay in layouts:
            print(_line(lay, per, "h"))
    print(f"TOTAL facts {tot['facts']} missed {tot['missed']} extra {tot['extra']}")
    if dump:
        Path(dump).write_text(json.dumps(cases, ensure_ascii=False, indent=0), encoding="utf-8")
    return tot


if __name__ == "__main__":
    main(sys.argv[1:])
