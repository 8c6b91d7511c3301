"""Metamorphic test tool for the plain-text table readers (issue 11: layout robustness).

Every report of the development sets given as plain text whose table docparse reads (tests/blind_i,
blind_h, blind_g, blind_f, blind_e, blind_c, blind_d, dev_real, dev_real2, blind; never the held-out
sets) has each table re-drawn in the layouts below, keeping every cell's text and the rest of the
report as it is; docparse reads each, and its cell facts (kind, indicator, subject, value) must be
those it reads from the original. Every difference is a reader weakness (the original is the
reference, whatever the truth says: this measures robustness, not recall).

    PYTHONPATH=$PWD python3 tests/table_layouts.py [--layouts=a,b] [--sets=blind_i,...] [-v]

A table's grid is the one docparse's own reader returns (tables/text.py); a merged cell (one
GridCell over several places) is drawn merged where the layout can draw it (box drawing, "+---+"),
else its text stands in its first place and the rest are blank, as typists write it.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SETS = ["blind_i", "blind_h", "blind_g", "blind_f", "blind_e", "blind_c", "blind_d", "dev_real",
        "dev_real2", "blind"]
HELD_OUT = {"blind_j", "blind_k", "blind_tables7", "blind_tables8", "blind_typo6", "blind_typo7"}

# layout name -> drawing options (see draw())
LAYOUTS = {
    "pipe": {"kind": "pipe", "outer": True, "pad": True},
    "pipe_inner": {"kind": "pipe", "outer": False, "pad": True},
    "pipe_tight": {"kind": "pipe", "outer": True, "pad": False},
    "markdown": {"kind": "pipe", "outer": True, "pad": False, "md_rule": True},
    "box_light": {"kind": "box", "style": "light"},
    "box_heavy": {"kind": "box", "style": "heavy"},
    "box_double": {"kind": "box", "style": "double"},
    "box_full": {"kind": "box", "style": "light", "full": True},
    "ascii_grid": {"kind": "box", "style": "ascii", "full": True},
    "tab": {"kind": "tab"},
    "aligned_left": {"kind": "aligned", "align": "left"},
    "aligned_right": {"kind": "aligned", "align": "right"},
    "aligned_rule": {"kind": "aligned", "align": "right", "rule": True},
    "head_wrap_box": {"kind": "box", "style": "light", "head_wrap": True},
    "head_wrap_aligned": {"kind": "aligned", "align": "right", "head_wrap": True},
    "label_wrap_box": {"kind": "box", "style": "light", "full": True, "label_wrap": True},
    "label_wrap_pipe": {"kind": "pipe", "outer": True, "pad": True, "label_wrap": True},
    "label_wrap_aligned": {"kind": "aligned", "align": "right", "label_wrap": True},
    "total_moved": {"kind": "pipe", "outer": True, "pad": True, "move_total": True},
}

# box-drawing characters: horizontal, vertical, and the junction by (up, down, left, right)
_STYLES = {
    "light": ("─", "│", "┌┐└┘├┤┬┴┼"),
    "heavy": ("━", "┃", "┏┓┗┛┣┫┳┻╋"),
    "double": ("═", "║", "╔╗╚╝╠╣╦╩╬"),
    "ascii": ("-", "|", "+++++++++"),
}
_JUNCTIONS = {(False, True, False, True): 0, (False, True, True, False): 1, (True, False, False, True): 2,
              (True, False, True, False): 3, (True, True, False, True): 4, (True, True, True, False): 5,
              (False, True, True, True): 6, (True, False, True, True): 7, (True, True, True, True): 8}


class Table:
    """A grid as drawn: texts by place, each place's cell identity (its origin), header rows."""

    def __init__(self, grid, n_head: int, totals: set[int]):
        self.texts = grid.texts()
        self.ids = [[c.origin for c in row] for row in grid.cells]
        self.n_head = n_head
        self.totals = totals  # body rows (grid positions) that are total rows
        self.n_cols = grid.n_cols

    def segments(self, r: int) -> list[tuple[int, int, str, bool]]:
        """(first column, last column, text, continued from the row above) of row r's cells."""
        out, c = [], 0
        while c < self.n_cols:
            k = c
            while k + 1 < self.n_cols and self.ids[r][k + 1] == self.ids[r][c]:
                k += 1
            continued = r > 0 and self.ids[r - 1][c] == self.ids[r][c]
            out.append((c, k, self.texts[r][c], continued))
            c = k + 1
        return out


def _is_figure(text: str) -> bool:
    from docparse.tables.interpret import cell_value

    return cell_value(text)[0] in ("value", "zero")


def _halves(text: str) -> list[str]:
    """A cell's text wrapped over two lines (the first one word longer), or as it is."""
    words = text.split()
    if len(words) < 2:
        return [text]
    k = (len(words) + 1) // 2
    while k < len(words) - 1 and not any(ch.isalnum() for ch in words[k]):
        k += 1  # a dash stays at the end of the first line ("Xã Chân Mây –" / "Lăng Cô")
    return [" ".join(words[:k]), " ".join(words[k:])]


def _label_column(t: Table) -> int:
    body = t.texts[t.n_head:]
    best, width = 0, -1
    for c in range(t.n_cols):
        cells = [row[c] for row in body if row[c]]
        if not cells or sum(_is_figure(x) for x in cells) > len(cells) / 2:
            continue
        total = sum(len(x) for x in cells)
        if total > width:
            best, width = c, total
    return best


def _wrapped_row(t: Table) -> int | None:
    """The body row whose label is wrapped (label_wrap): the longest label of three words or more."""
    c = _label_column(t)
    rows = [r for r in range(t.n_head, len(t.texts)) if len(t.texts[r][c].split()) >= 3
            and t.ids[r].count(t.ids[r][c]) == 1 and not any(ch.isdigit() for ch in t.texts[r][c])]
    return max(rows, key=lambda r: (len(t.texts[r][c]), -r)) if rows else None


def _order(t: Table, opts: dict) -> list[int]:
    rows = list(range(len(t.texts)))
    if not opts.get("move_total") or not t.totals:
        return rows
    body = rows[t.n_head:]
    totals = [r for r in body if r in t.totals]
    rest = [r for r in body if r not in t.totals]
    first = body and body[0] in t.totals
    return rows[:t.n_head] + (rest + totals if first else totals + rest)


def _cell_lines(t: Table, r: int, seg, opts: dict, wrapped: int | None) -> list[str]:
    c0, _, text, continued = seg
    if continued:
        return [""]
    if opts.get("head_wrap") and r < t.n_head:
        return _halves(text)
    if opts.get("label_wrap") and r == wrapped and c0 == _label_column(t):
        return _halves(text)
    return [text]


def _widths(t: Table, opts: dict, wrapped: int | None, merged: bool = True) -> list[int]:
    """Each column's width; a merged cell's text over its columns (``merged``) or in its first."""
    w = [3 if opts.get("rule") else 1] * t.n_cols  # a drawn rule is three dashes at least ("-" is a zero)
    spans = []
    for r in range(len(t.texts)):
        for seg in t.segments(r):
            longest = max(len(x) for x in _cell_lines(t, r, seg, opts, wrapped))
            if seg[0] == seg[1] or not merged:
                w[seg[0]] = max(w[seg[0]], longest)
            else:
                spans.append((seg[0], seg[1], longest))
    for c0, c1, longest in spans:  # a merged cell's text fits over its columns (and their bars)
        have = sum(w[c0:c1 + 1]) + 3 * (c1 - c0)
        if have < longest:
            w[c1] += longest - have
    return w


def _place(text: str, width: int, right: bool) -> str:
    return text.rjust(width) if right else text.ljust(width)


def draw_pipe(t: Table, opts: dict) -> list[str]:
    wrapped = _wrapped_row(t) if opts.get("label_wrap") else None
    w = _widths(t, opts, wrapped, merged=False)
    out = []
    for r in _order(t, opts):
        cells = {c: [""] for c in range(t.n_cols)}
        for seg in t.segments(r):
            cells[seg[0]] = _cell_lines(t, r, seg, opts, wrapped)
        height = max(len(v) for v in cells.values())
        for k in range(height):
            parts = []
            for c in range(t.n_cols):
                text = cells[c][k] if k < len(cells[c]) else ""
                parts.append(_place(text, w[c], _is_figure(text)) if opts.get("pad") else text)
            if opts.get("kind") == "tab":
                out.append("\t".join(parts))
            elif opts.get("outer"):
                out.append(("| " + " | ".join(parts) + " |") if opts.get("pad") else "| " + " | ".join(parts) + " |")
            else:
                out.append(" | ".join(parts))
        if opts.get("md_rule") and r == t.n_head - 1:
            out.append("|" + "|".join("---" for _ in range(t.n_cols)) + "|")
    if not opts.get("pad"):
        out = [" ".join(line.split(" ")) for line in out]
    return out


def draw_box(t: Table, opts: dict) -> list[str]:
    h, v, joints = _STYLES[opts.get("style", "light")]
    wrapped = _wrapped_row(t) if opts.get("label_wrap") else None
    w = _widths(t, opts, wrapped)
    xs = [0]
    for c in range(t.n_cols):
        xs.append(xs[-1] + w[c] + 3)  # "│ " text " "
    order = _order(t, opts)

    def bars(r: int) -> set[int]:  # boundaries with a bar in row r
        if r is None:
            return set()
        return {0, t.n_cols} | {b for b in range(1, t.n_cols) if t.ids[r][b - 1] != t.ids[r][b]}

    def rule(above, below) -> str:
        line = [" "] * (xs[-1] + 1)
        drawn = [above is None or below is None or t.ids[above][c] != t.ids[below][c] for c in range(t.n_cols)]
        for c in range(t.n_cols):
            if drawn[c]:
                for x in range(xs[c] + 1, xs[c + 1]):
                    line[x] = h
        up, down = bars(above), bars(below)
        for b in range(t.n_cols + 1):
            key = (b in up, b in down, b > 0 and drawn[b - 1], b < t.n_cols and drawn[b])
            if key in _JUNCTIONS:
                line[xs[b]] = joints[_JUNCTIONS[key]]
            elif key[0] or key[1]:
                line[xs[b]] = v
            elif key[2] or key[3]:
                line[xs[b]] = h
        return "".join(line).rstrip()

    out = [rule(None, order[0])]
    for i, r in enumerate(order):
        segs = t.segments(r)
        cells = [(seg, _cell_lines(t, r, seg, opts, wrapped)) for seg in segs]
        height = max(len(x) for _, x in cells)
        for k in range(height):
            line = [" "] * (xs[-1] + 1)
            for b in bars(r):
                line[xs[b]] = v
            for seg, texts in cells:
                text = texts[k] if k < len(texts) else ""
                width = xs[seg[1] + 1] - xs[seg[0]] - 3
                placed = _place(text, width, _is_figure(text))
                for j, ch in enumerate(placed):
                    line[xs[seg[0]] + 2 + j] = ch
            out.append("".join(line).rstrip())
        below = order[i + 1] if i + 1 < len(order) else None
        if below is None or r < t.n_head or r == t.n_head - 1 or opts.get("full"):
            out.append(rule(r, below))
    return out


def draw_aligned(t: Table, opts: dict) -> list[str]:
    wrapped = _wrapped_row(t) if opts.get("label_wrap") else None
    w = _widths(t, opts, wrapped)
    gap = 3
    xs = [0]
    for c in range(t.n_cols):
        xs.append(xs[-1] + w[c] + gap)
    right = opts.get("align") == "right"
    out = []
    for r in _order(t, opts):
        cells = [(seg, _cell_lines(t, r, seg, opts, wrapped)) for seg in t.segments(r)]
        height = max(len(x) for _, x in cells)
        for k in range(height):
            line = [" "] * (xs[-1] + 1)
            for seg, texts in cells:
                text = texts[k] if k < len(texts) else ""
                width = xs[seg[1] + 1] - xs[seg[0]] - gap
                if seg[0] != seg[1]:
                    placed = text.center(width)  # a merged header centred over its columns
                else:
                    numeric = _is_figure(t.texts[len(t.texts) - 1][seg[0]]) or _is_figure(text)
                    placed = _place(text, width, right and numeric and seg[0] != _label_column(t))
                for j, ch in enumerate(placed):
                    line[xs[seg[0]] + j] = ch
            out.append("".join(line).rstrip())
        if opts.get("rule") and r == t.n_head - 1:
            out.append((" " * gap).join("-" * w[c] for c in range(t.n_cols)))
    return out


def draw(t: Table, opts: dict) -> list[str]:
    kind = opts["kind"]
    if kind in ("pipe", "tab"):
        return draw_pipe(t, opts)
    if kind == "box":
        return draw_box(t, opts)
    return draw_aligned(t, opts)


# ---- the tables of a report and their places ------------------------------------------------------
def typed_tables(text: str):
    """[(first line, last line, Grid)] of the tables the plain-text reader finds (its finders in
    turn, as extractors/plain._typed_tables runs them), lines counted over the whole text."""
    from docparse.extractors.base import Line
    from docparse.tables import text as typed
    from docparse.tables.grid import MARKER

    def has_bars(text: str) -> bool:  # extractors/plain.has_bars (kept here: the tool also measures older code)
        return any(ch in text for ch in "|\t" + typed.BARS)

    raw = [Line(r, page_no, n) for page_no, page in enumerate(text.split("\f"), start=1)
           for n, r in enumerate(page.splitlines(), start=1)]
    found, grids = raw, []
    for finder, present in ((typed.text_tables, has_bars(text)), (typed.aligned_tables, "   " in text),
                            (typed.spaced_tables, True)):
        if not present:
            continue
        out, more = finder(found)
        if more:
            before = {id(ln) for ln in found}
            found = [type(ln)(f"{MARKER}{int(ln.text[len(MARKER):]) + len(grids)}", ln.page, ln.number)
                     if ln.text.startswith(MARKER) and id(ln) not in before else ln for ln in out]
            grids.extend(more)
    if not grids:
        return []
    where = {id(ln): i for i, ln in enumerate(raw)}
    spans, last = [], -1
    for j, ln in enumerate(found):
        if id(ln) in where:
            last = where[id(ln)]
            continue
        after = next((where[id(x)] for x in found[j + 1:] if id(x) in where), len(raw))
        if found[j + 1:j + 2] and id(found[j + 1]) not in where:
            return []  # two tables with no line between: their places cannot be told
        spans.append((last + 1, after - 1, grids[int(ln.text[len(MARKER):])]))
    return spans


def _key(f) -> tuple:
    s = f.subject
    name = s.name if s.level == "unit" else None
    return (f.kind, f.indicator, s.level, name, None if f.value is None else round(float(f.value), 4))


def cell_facts(report) -> Counter:
    return Counter(_key(f) for f in report.facts if f.evidence.table is not None)


def serious(report) -> Counter:
    return Counter((f.code, f.stated) for f in report.findings if f.severity in ("warning", "error"))


def variants(path: Path):
    """(original Report, [(table index, Table, lines before, lines after)]) of one report."""
    import docparse
    from docparse.tables.interpret import _header_end, split_joined_headers

    text = path.read_text("utf-8")
    found = typed_tables(text)
    if not found:
        return None, []
    report = docparse.parse(str(path))
    pages = text.split("\f")
    lines = [(p, ln) for p, page in enumerate(pages) for ln in page.splitlines()]
    out = []
    for ti, (a, b, grid) in enumerate(found):
        # the columns as docparse names them: a header typed over two columns in one cell ("Tiếp
        # nhận Trực tuyến") is two headers (interpret.split_joined_headers), each in its own column
        split_joined_headers(grid, _header_end(grid.texts()))
        texts = grid.texts()
        labels = set()
        for table in report.tables:
            labels |= {row.label for row in table.rows if row.role == "total"}
        totals = {r for r, row in enumerate(texts) if any(x and x in labels for x in row)}
        out.append((ti, Table(grid, _header_end(texts), totals), lines[:a], lines[b + 1:]))
    return report, out


def redrawn(before, drawn: list[str], after, page: int) -> str:
    lines = before + [(page, x) for x in drawn] + after
    pages: dict[int, list[str]] = {}
    for p, x in lines:
        pages.setdefault(p, []).append(x)
    return "\f".join("\n".join(pages.get(p, [])) + "\n" for p in range(max(pages) + 1))


def reports(sets=SETS):
    for s in sets:
        assert s not in HELD_OUT, s
        for path in sorted((HERE / s).glob("*.txt")):
            yield s, path


def run(layouts=None, sets=SETS, verbose=False, only=None):
    """{layout: [facts kept, facts in the originals, tables read the same, tables, findings changed]}
    and the differences [(set, report, table, layout, missed, extra)]."""
    import docparse

    layouts = layouts or list(LAYOUTS)
    matrix = {lay: [0, 0, 0, 0, 0] for lay in layouts}
    diffs = []
    for s, path in reports(sets):
        if only and path.name not in only:
            continue
        report, found = variants(path)
        if not found:
            continue
        want, want_serious = cell_facts(report), serious(report)
        if not want:
            continue
        for ti, table, before, after in found:
            page = before[-1][0] if before else 0
            for lay in layouts:
                text = redrawn(before, draw(table, LAYOUTS[lay]), after, page)
                try:
                    got_report = docparse.parse(text.encode("utf-8"), name=path.name)
                    got, got_serious = cell_facts(got_report), serious(got_report)
                except Exception as e:  # a crash is a difference too
                    got, got_serious = Counter(), Counter()
                    print("CRASH", s, path.name, lay, e)
                missed, extra = want - got, got - want
                n = sum(want.values())
                row = matrix[lay]
                row[0] += n - sum(missed.values())
                row[1] += n
                row[2] += not missed and not extra
                row[3] += 1
                row[4] += got_serious != want_serious
                if missed or extra or got_serious != want_serious:
                    diffs.append((s, path.name, ti, lay, missed, extra, want_serious, got_serious))
                    if verbose:
                        print(f"{s}/{path.name} t{ti} {lay}: missed {sum(missed.values())} extra "
                              f"{sum(extra.values())} findings {dict(want_serious)} -> {dict(got_serious)}")
                        for k in list(missed)[:3]:
                            print("   -", k)
                        for k in list(extra)[:3]:
                            print("   +", k)
    return matrix, diffs


def print_matrix(matrix: dict) -> None:
    print(f"{'layout':20s} {'facts kept':>16s} {'tables same':>12s} {'findings changed':>17s}")
    for lay, (kept, total, same, tables, changed) in matrix.items():
        print(f"{lay:20s} {kept:7d}/{total:<7d}  {same:5d}/{tables:<5d}  {changed:10d}")


def main(argv):
    layouts, sets, only = None, SETS, None
    for a in argv:
        if a.startswith("--layouts="):
            layouts = a.split("=", 1)[1].split(",")
        if a.startswith("--sets="):
            sets = a.split("=", 1)[1].split(",")
        if a.startswith("--only="):
            only = set(a.split("=", 1)[1].split(","))
        if a.startswith("--show="):  # --show=set/name.txt:layout prints the re-drawn table
            name, lay = a.split("=", 1)[1].split(":")
            report, found = variants(HERE / name)
            for ti, table, before, after in found:
                print(f"--- table {ti}")
                print("\n".join(draw(table, LAYOUTS[lay])))
            return None
    matrix, _ = run(layouts, sets, "-v" in argv, only)
    print_matrix(matrix)
    return matrix


if __name__ == "__main__":
    main(sys.argv[1:])
