"""Tables of a text-layer PDF: ruled tables by pdfplumber's table finder (the cell rectangles give
the grid and its merged cells), borderless ones by word positions (columns are the bands the body
rows' words fill; a header word over several bands spans them). A table that goes on at the top of
the next page, its header repeated or not, is one table.

Only pages whose text looks tabular (several lines made mostly of numbers) are opened with
pdfplumber: a page of prose pays one scan of its lines.
"""
from __future__ import annotations

import io
from typing import Optional

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..data import load
from ..normalize.text import fold
from .grid import Grid, GridCell, cell_text, title_skipped
from .interpret import _header_end, cell_value, is_numbering_row

# a figure: thousands grouped by points, a decimal comma, or a decimal point before one or two
# digits (a portal's "91.67%": never a thousands group), a percent sign; "-", "x", "..."
_TOKEN_NUM = regex.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?$|^\d+\.\d{1,2}%?$|^[-–x]$|^\.\.\.$")
MIN_TABULAR_LINES = 2
COLUMN_GAP = 6.0  # points between two words of different cells (a space is ~3 pt)
LINE_TOLERANCE = 2.5


def tabular_line(text: str) -> bool:
    """A line of a table's body as the text layer gives it: three or more figures, most of its words
    or its last three words (a narrow table's row under a long unit name).

    >>> tabular_line("1 Sở Tư pháp 1.204 1.180 24 98,0"), tabular_line("tiếp nhận 1.204 hồ sơ, đạt 98,0%")
    (True, False)
    >>> tabular_line("UBND thành phố Bến Tre 2.368 532 22,47")
    True
    >>> tabular_line("Sở Văn hóa, Thể thao và Du lịch 691 399 292 57.74%")
    True
    """
    tokens = text.split()
    flags = [bool(_TOKEN_NUM.match(t)) for t in tokens]
    nums = sum(flags)
    return nums >= 3 and (nums * 2 >= len(tokens) or all(flags[-3:]))


def candidate_pages(lines) -> list[int]:
    counts: dict[int, int] = {}
    for line in lines:
        if line.char_start is not None and tabular_line(line.text):
            counts[line.page] = counts.get(line.page, 0) + 1
    pages = {p for p, n in counts.items() if n >= MIN_TABULAR_LINES}
    for p in sorted(counts):  # the last rows of a table carried over to the next page (a line or two)
        if p not in pages and p - 1 in pages:
            pages.add(p)
    return sorted(pages)


def pdf_tables(data: bytes, lines: list) -> tuple[list, list[Grid]]:
    """(the lines outside the tables, the tables' grids) of a text-layer PDF."""
    pages = candidate_pages(lines)
    if not pages:
        return lines, []
    import pdfplumber

    found: list[Grid] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for pno in pages:
            page = pdf.pages[pno - 1]
            words = page_words(page)
            grids = ruled_tables(page, words, pno)
            if not grids:
                grids = borderless_tables(words, pno, float(page.height), rotated_words(page))
            last = [g for g in found if g.page == pno - 1 and g.source == "borderless" and _last_on_page(g, found)]
            if last:
                carried = carried_row(words, last[0], grids, pno, float(page.height))
                if carried is not None:
                    grids = [carried] + grids
            found += grids
        for g in list(found):  # a ruled table's last row carried alone to the next page (no header repeated)
            nxt = g.page + 1
            if g.source == "ruled" and nxt <= len(pdf.pages) and _last_on_page(g, found) and \
                    not any(o.page == nxt and _first_on_page(o, found) and o.n_cols == g.n_cols for o in found):
                row = carried_ruled_row(pdf.pages[nxt - 1], nxt, g, found)
                if row is not None:
                    found.insert(found.index(g) + 1, row)
        for g in list(found):  # a header row broken at the page break: its first part on the page before
            before = g.page - 1
            if g.source == "ruled" and before >= 1 and before not in pages and _first_on_page(g, found) \
                    and broken_header_rest(g.texts()):
                page = pdf.pages[before - 1]
                heads = [h for h in ruled_tables(page, page_words(page), before, headers=True) if h.header_only
                         and h.n_cols == g.n_cols and _same_width(h, g)]
                if heads:
                    found.insert(found.index(g), max(heads, key=lambda h: h.bbox[3]))
            elif g.source == "borderless" and before >= 1 and _first_on_page(g, found):
                above = max((o.bbox[3] for o in found if o.page == before and o.bbox), default=None)
                pair = _borderless_cut_header(pdf, g, above)
                if pair is not None:
                    k = found.index(g)
                    found[k:k + 1] = list(pair)
    if not found:
        return lines, []
    kept = _drop_table_lines(data, lines, found)
    return kept, [g for g in merge_continued(found) if not g.header_only]


def carried_row(words, prev: Grid, grids: list[Grid], pno: int, H: float) -> Optional[Grid]:
    """The last row of a borderless table carried over alone to the top of the next page, another
    table (or nothing tabular) after it: the page's first line, when it is a body line (a lone page
    number before it is passed over) whose runs fall each in one column of the table on the page
    before — its figures in that table's figure columns, two at least and most of them. A one-row
    grid of those columns (merge_continued joins it to the table), else None."""
    top_of = min((g.bbox[1] for g in grids if g.bbox), default=float("inf"))
    lines = [ln for ln in _lines_of(words) if min(w["top"] for w in ln) < top_of - 1.0]
    while lines and all(regex.fullmatch(r"[-\d\s]+", w["text"]) for w in lines[0]) and len(lines[0]) == 1:
        lines = lines[1:]
    if not lines:
        return None
    line = lines[0]
    segs = _segments(line)
    if not _is_body(segs):
        return None
    end = _header_end(prev.texts())
    ranges: list[Optional[tuple[float, float]]] = []
    figures = set()
    for k in range(prev.n_cols):
        boxes = [prev.cells[r][k].box for r in range(end, prev.n_rows)
                 if prev.cells[r][k].box and prev.cells[r][k].origin[1] == k]
        ranges.append((min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else None)
        if any(cell_value(prev.cells[r][k].text)[0] in ("value", "zero", "na", "nodata")
               for r in range(end, prev.n_rows) if prev.cells[r][k].origin[1] == k):
            figures.add(k)
    bands = [rg if rg else (float("inf"), float("inf")) for rg in ranges]
    row: list[Optional[GridCell]] = [None] * prev.n_cols
    top, bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
    placed_figures = 0
    for a, b, text in _split_figures(line, segs, bands):
        hit = [k for k, rg in enumerate(ranges) if rg and a < rg[1] + 2.0 and b > rg[0] - 2.0]
        if len(hit) != 1 or row[hit[0]] is not None:
            return None
        is_figure = cell_value(text)[0] in ("value", "zero", "na", "nodata")
        if is_figure and hit[0] not in figures and hit[0] > 0:
            return None
        placed_figures += is_figure and hit[0] in figures
        row[hit[0]] = GridCell(text, (0, hit[0]), (round(a, 2), round(H - top, 2), round(b, 2), round(H - bottom, 2)), pno)
    if placed_figures < max(2, 0.6 * len(figures - {0})):
        return None
    cells = [[c or GridCell("", (0, k), None, pno) for k, c in enumerate(row)]]
    x0 = min(w["x0"] for w in line)
    x1 = max(w["x1"] for w in line)
    return Grid(cells, "borderless", pno, bbox=(round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)), pages=[pno])


def carried_ruled_row(page, pno: int, prev: Grid, found: list[Grid]) -> Optional[Grid]:
    """The last row of a ruled table carried alone to the top of the next page, its header not
    repeated (an office suite breaks a table before any row): a ruled table of one row there, above
    every table found on that page, of the columns and the width of the table before, two figures at
    least in it. That row (merge_continued joins it to the table), else None."""
    top = min((o.bbox[1] for o in found if o.page == pno and o.bbox), default=float("inf"))
    for t in ruled_tables(page, page_words(page), pno, single=True):
        if t.n_rows == 1 and t.n_cols == prev.n_cols and _same_width(t, prev) and t.bbox and t.bbox[3] <= top:
            return t
    return None


def foot_header(lines, x_range) -> list[list[dict]]:
    """The lines at the foot of a page that are the first part of a table's header whose body the
    next page holds (the page break fell in the header): from the last line upwards while the lines
    stand tight (a gap under a line's height) within the table's width, none a body line, none a
    line of prose (one run of words wider than half the table); the block's first line has three
    runs or more (the header's row of column names). Empty when the foot is no such block.

    >>> w = lambda x, top, t: {"x0": x, "x1": x + 6 * len(t), "top": top, "bottom": top + 7, "text": t}
    >>> foot = foot_header([[w(40, 100, "Một đoạn văn xuôi dài viết hết chiều ngang của trang giấy")],
    ...                     [w(40, 120, "STT"), w(90, 120, "Tên"), w(200, 120, "Tổng"), w(260, 120, "Trực")],
    ...                     [w(200, 129, "số"), w(260, 129, "tuyến")]], (40, 300))
    >>> [[x["text"] for x in line] for line in foot]
    [['STT', 'Tên', 'Tổng', 'Trực'], ['số', 'tuyến']]
    """
    return _tight_block(lines, x_range, first_row=True)


def _tight_block(lines, x_range, first_row: bool) -> list[list[dict]]:
    """The lines at the end of ``lines`` set tight, within the width, no body line, no prose line
    (see foot_header); with ``first_row`` the block starts at a line of three runs or more."""
    lo, hi = x_range
    width = hi - lo
    block: list[list[dict]] = []
    for line in reversed(lines):
        segs = _segments(line)
        top, bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
        h = sorted(w["bottom"] - w["top"] for w in line)[len(line) // 2]
        reach = max(40.0, 0.15 * width)
        if (_is_body(segs) and not numbering_line(line)) or line[0]["x0"] < lo - reach or line[-1]["x1"] > hi + reach:
            break
        if len(segs) == 1 and segs[0][1] - segs[0][0] > 0.5 * width:
            break
        if block:  # a row's cells set at its top leave room under the lowest line: the numbers' row may stand off
            allowed = (2.2 if numbering_line(block[0]) else 1.6 if len(segs) >= 2 else 1.0) * h
            if min(w["top"] for w in block[0]) - bottom > allowed:
                break
        block.insert(0, line)
    while first_row and block and len(_segments(block[0])) < 3:
        block.pop(0)
    return block


def _borderless_cut_header(pdf, g: Grid, above: Optional[float] = None) -> Optional[tuple[Grid, Grid]]:
    """A borderless table that starts its page with its header cut short (none, or the rest of a
    row the page break cut), the first part of the header at the foot of the page before: that part
    is set back above the table's first line and the page read again. Returns (the header part as a
    ``header_only`` grid of the page before, whose lines are the table's own; the table read again),
    or None when the page before ends with no header block (under its last table, ``above``), or
    reading it again names no more columns."""
    page = pdf.pages[g.page - 1]
    words = page_words(page)
    top = g.bbox[1]
    lines = [ln for ln in _lines_of(words) if max(w["bottom"] for w in ln) < top - 1.0
             and not all(regex.fullmatch(r"[-\d\s]+", w["text"]) for w in ln)]
    tails = _tight_block(lines, (g.bbox[0], g.bbox[2]), first_row=False)  # the rest of a cut header row
    if len(tails) < len(lines) or (tails and max(w["bottom"] for w in tails[-1]) < top - 3 * max(
            w["bottom"] - w["top"] for w in tails[-1])):
        return None  # prose above the table on its page: its header is its own
    prev = pdf.pages[g.page - 2]
    foot = foot_header(_lines_of(page_words(prev)), (g.bbox[0], g.bbox[2]))
    if not foot or (above is not None and min(w["top"] for w in foot[0]) < above):
        return None  # (``above``: the foot of the page before's last table; the header stands under it)
    tops = [min(w["top"] for w in line) for line in foot]
    bottoms = [max(w["bottom"] for w in line) for line in foot]
    gaps = sorted(tops[i + 1] - bottoms[i] for i in range(len(foot) - 1))
    gap = max(1.0, gaps[len(gaps) // 2] if gaps else 2.0)
    moved = []
    own_top = min(w["top"] for w in tails[0]) if tails else top  # the table's part on its own page
    for part in (tails, foot):  # the rest of the cut row set tight on the table, its first part on that
        if not part:
            continue
        dy = top - gap - max(w["bottom"] for w in part[-1])
        moved += [dict(w, top=w["top"] + dy, bottom=w["bottom"] + dy, moved=part is foot) for line in part for w in line]
        top = min(w["top"] for w in part[0]) + dy
    foot_bottom = top + (bottoms[-1] - tops[0])  # the moved first part's foot
    gone = {id(w) for line in tails for w in line}
    H = float(page.height)
    again = [x for x in borderless_tables([w for w in words if id(w) not in gone] + moved, g.page, H,
                                          rotated_words(page))
             if x.bbox and abs(x.bbox[3] - g.bbox[3]) <= 1.0 and x.n_cols == g.n_cols]
    if not again:
        return None
    new = again[0]

    def named(grid):
        end = _header_end(grid.texts())
        return sum(any(grid.cells[r][k].text for r in range(end)) for k in range(grid.n_cols))

    if named(new) <= named(g):
        return None
    for row in new.cells:  # the header's cells of the first part stand on the page before (boxes not kept)
        for cell in row:
            if cell.box and H - cell.box[1] < foot_bottom + 0.5:
                cell.page, cell.box = g.page - 1, None
    x0 = min(w["x0"] for line in foot for w in line)
    x1 = max(w["x1"] for line in foot for w in line)
    head = Grid([[GridCell("", (0, 0), None, g.page - 1)]], "borderless", g.page - 1,
                bbox=(round(x0, 2), round(tops[0], 2), round(x1, 2), round(bottoms[-1], 2)),
                pages=[g.page - 1], header_only=True)
    head.absorbed = True
    new.bbox = (new.bbox[0], own_top, new.bbox[2], new.bbox[3])
    return head, new


def broken_header_rest(texts: list[list[str]]) -> bool:
    """The first row of a table first on its page is the rest of a header row the page break cut
    (LibreOffice lets a table row break across pages): it holds no figure and a filled cell begins
    in lower case ("tuyến", "hạn").

    >>> broken_header_rest([["", "", "tuyến", "tiếp, bưu", ""], ["1", "Sở Y tế", "12", "3", "4"]])
    True
    >>> broken_header_rest([["STT", "Đơn vị", "Trực tuyến", "Trực tiếp", "Tổng"], ["1", "Sở Y tế", "12", "3", "4"]])
    False
    """
    first = [t for t in texts[0] if t] if texts else []
    return bool(first) and any(t[:1].islower() for t in first) and \
        not any(cell_value(t)[0] in ("value", "zero") for t in first)


def _same_width(a: Grid, b: Grid, tol: float = 3.0) -> bool:
    return bool(a.bbox and b.bbox) and abs(a.bbox[0] - b.bbox[0]) <= tol and abs(a.bbox[2] - b.bbox[2]) <= tol


def join_broken_header(head: Grid, g: Grid) -> Grid:
    """The header part at the foot of a page and the table that goes on at the top of the next one
    as one grid: the row the page break cut is one row again, each cell's two parts joined (a cell
    spanning rows or columns keeps its span)."""
    last, first = head.cells[-1], g.cells[0]
    replace: dict[int, GridCell] = {}
    for a, b in zip(last, first):
        if not b.text or id(b) in replace or id(a) in replace:
            continue
        joined = GridCell(f"{a.text} {b.text}".strip(), a.origin, a.box, a.page)
        replace[id(a)] = replace[id(b)] = joined
    row = []
    for a, b in zip(last, first):
        row.append(replace.get(id(a)) or (a if a.text or not b.text else b))
    cells = [[replace.get(id(c), c) for c in r] for r in head.cells[:-1]] + [row] + \
        [[replace.get(id(c), c) for c in r] for r in g.cells[1:]]
    seen: set = set()
    for r, line in enumerate(cells):
        for c, cell in enumerate(line):
            if id(cell) not in seen:
                seen.add(id(cell))
                cell.origin = (r, c)
    box = (head.bbox[0], head.bbox[1], g.bbox[2], g.bbox[3]) if head.bbox and g.bbox else g.bbox
    return Grid(cells, g.source, head.page, title=head.title or g.title, bbox=box,
                pages=list(head.pages) + [p for p in g.pages if p not in head.pages], anchor=head.anchor)


# ---- ruled tables -------------------------------------------------------------------------

def _edges(values: list[float], tol: float = 1.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(edges: list[float], v: float, tol: float = 1.5) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v)) if edges else 0


def _bucket_words(words, xs: list[float], ys: list[float]) -> dict:
    """Words by the grid slot (row, column) their centre falls in."""
    from bisect import bisect_right

    out: dict = {}
    for w in words:
        x, y = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        if not (xs[0] <= x <= xs[-1] and ys[0] <= y <= ys[-1]):
            continue
        key = (min(len(ys) - 2, bisect_right(ys, y) - 1), min(len(xs) - 2, bisect_right(xs, x) - 1))
        out.setdefault(key, []).append(w)
    return out


def _cell_words(words, box) -> str:
    x0, top, x1, bottom = box
    inside = [w for w in words if x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1
              and top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1]
    inside.sort(key=reading_order)
    return cell_text(" ".join(w["text"] for w in inside))


def ruled_tables(page, words, pno: int, headers: bool = False, single: bool = False) -> list[Grid]:
    """The ruled tables of a page that hold data; with ``headers``, also a table of header rows only
    (``header_only``: the part of a table at a page's foot whose header row the page break cut); with
    ``single``, a table of one row too (a table's last row the page break carried over)."""
    out = []
    tables = page.find_tables()
    if tables:
        words = words + rotated_words(page)  # a header set vertically in a narrow column
    for t in tables:
        cells = [c for c in t.cells if c]
        if len(cells) < (3 if headers or single else 6):
            continue
        xs = _edges([c[0] for c in cells] + [c[2] for c in cells])
        ys = _edges([c[1] for c in cells] + [c[3] for c in cells])
        n_rows, n_cols = len(ys) - 1, len(xs) - 1
        if n_rows < (1 if headers or single else 2) or n_cols < 3:
            continue
        H = float(page.height)
        matrix: list[list[Optional[GridCell]]] = [[None] * n_cols for _ in range(n_rows)]
        buckets = _bucket_words(words, xs, ys)
        for c in cells:
            c0, c1 = _index(xs, c[0]), _index(xs, c[2])
            r0, r1 = _index(ys, c[1]), _index(ys, c[3])
            if c1 <= c0 or r1 <= r0:
                continue
            inside = [w for r in range(r0, r1) for k in range(c0, c1) for w in buckets.get((r, k), ())]
            inside.sort(key=reading_order)
            text = cell_text(" ".join(w["text"] for w in inside))
            cell = GridCell(text, (r0, c0), (round(c[0], 2), round(H - c[1], 2),
                                                              round(c[2], 2), round(H - c[3], 2)), pno)
            for r in range(r0, r1):
                for k in range(c0, c1):
                    if matrix[r][k] is None:
                        matrix[r][k] = cell
        grid_cells = [[matrix[r][k] or GridCell("", (r, k), None, pno) for k in range(n_cols)] for r in range(n_rows)]
        grid = Grid(grid_cells, "ruled", pno, bbox=tuple(round(v, 2) for v in t.bbox), pages=[pno])
        if _data_grid(grid) or (single and n_rows == 1 and
                                sum(cell_value(x)[0] in ("value", "zero") for x in grid.texts()[0]) >= 2):
            out.append(grid)
        elif headers and not any(cell_value(x)[0] in ("value", "zero") for row in grid.texts() for x in row):
            grid.header_only = True
            out.append(grid)
    return out


def _data_grid(grid: Grid) -> bool:
    from .grid import looks_like_data

    return looks_like_data(grid.texts())


# ---- words, line by line ------------------------------------------------------------------

def page_words(page) -> list[dict]:
    """The page's words, each text line kept apart: a char joins the line whose first char's top is
    within 0.4 of its size (no chaining from line to line), so the wrapped header lines of
    neighbouring cells, set a few points apart, never interleave letter by letter (pdfplumber's own
    line clustering chains tops that close). Rotated chars are left out."""
    from pdfplumber.utils.text import extract_words

    lines: list[list] = []  # [first top, tolerance, chars]
    for ch in sorted((c for c in page.chars if c.get("upright", True)), key=lambda c: c["top"]):
        size = float(ch.get("size") or (ch["bottom"] - ch["top"]) or 8.0)
        near = [ln for ln in lines[-12:] if abs(ch["top"] - ln[0]) <= ln[1]]
        if near:
            min(near, key=lambda ln: abs(ch["top"] - ln[0]))[2].append(ch)
        else:
            lines.append([ch["top"], min(3.0, max(1.0, 0.4 * size)), [ch]])
    words: list[dict] = []
    for _, _, chars in lines:
        chars.sort(key=lambda c: c["x0"])
        words += extract_words(chars, x_tolerance=1.5, use_text_flow=True)
    return words


def rotated_words(page) -> list[dict]:
    """The page's text set vertically (chars turned a quarter: a narrow column's header), as words:
    the chars of one vertical line (the same x) in reading order — upwards for text turned
    anticlockwise, downwards for clockwise — a gap of two char sizes along the line parting two
    words' runs. Each word keeps its box and ``upright: False``; the lines of one wrapped cell
    follow each other left to right (anticlockwise) or right to left."""
    chars = [c for c in page.chars if not c.get("upright", True) and c.get("matrix")]
    if not chars:
        return []
    columns: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (c["x0"], c["top"])):
        if columns and abs(ch["x0"] - columns[-1][0]["x0"]) <= 1.0 and \
                (ch["matrix"][1] > 0) == (columns[-1][0]["matrix"][1] > 0):
            columns[-1].append(ch)
        else:
            columns.append([ch])
    words = []
    for col in columns:
        up = col[0]["matrix"][1] > 0
        col.sort(key=lambda c: -c["bottom"] if up else c["top"])
        runs: list[list[dict]] = [[col[0]]]
        for prev, ch in zip(col, col[1:]):
            size = float(ch.get("size") or 8.0)
            gap = (prev["top"] - ch["bottom"]) if up else (ch["top"] - prev["bottom"])
            (runs[-1].append(ch) if gap <= 2 * size else runs.append([ch]))
        for run in runs:
            text = " ".join("".join(c["text"] for c in run).split())
            if not text:
                continue
            words.append({"text": text, "x0": min(c["x0"] for c in run), "x1": max(c["x1"] for c in run),
                          "top": min(c["top"] for c in run), "bottom": max(c["bottom"] for c in run),
                          "upright": False, "up": up})
    return words


def reading_order(w: dict) -> tuple:
    """Sort key of the words of one cell: level lines top-down, each left to right; the vertical
    lines after them, left to right (text turned anticlockwise) or right to left (clockwise)."""
    if w.get("upright", True):
        return (0, round(w["top"] / LINE_TOLERANCE), w["x0"])
    return (1, 0, w["x0"] if w.get("up", True) else -w["x0"])


# ---- borderless tables --------------------------------------------------------------------

def _lines_of(words) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= LINE_TOLERANCE:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _segments(line: list[dict]) -> list[tuple[float, float, str]]:
    """Runs of words closer than a cell gap (wider than a space: 0.6 of the words' height)."""
    segs: list[list] = []
    for w in line:
        gap = max(4.0, 0.6 * (w["bottom"] - w["top"]))
        if segs and w["x0"] - segs[-1][1] < gap:
            segs[-1][1] = w["x1"]
            segs[-1][2] += " " + w["text"]
        else:
            segs.append([w["x0"], w["x1"], w["text"]])
    return [(a, b, t) for a, b, t in segs]


_CAPTION = regex.compile(r"^(?:" + "|".join(sorted((r"\s+".join(fold(w).split()) for w in load("tables")["caption_words"]),
                                                  key=len, reverse=True)) + r")\s*(?:\d+|[ivxlc]+\b|[a-z]\b)")  # folded: lower case


def caption_line(segs) -> bool:
    """A line that is a table's caption: one run of words opening with a caption word and a number
    (tables.json caption_words: "Biểu số 04. Tình hình ...", "Bảng 2:", "Phụ lục I").

    >>> caption_line([(40, 500, "Biểu số 04. Tình hình tiếp nhận, xử lý phản ánh, kiến nghị")]), caption_line([(40, 90, "Bảng 2:")])
    (True, True)
    >>> caption_line([(40, 200, "Phụ lục II. Kết quả theo đơn vị")]), caption_line([(40, 200, "Bảng tổng hợp")])
    (True, False)
    >>> caption_line([(40, 60, "Biểu 1"), (300, 320, "12")]), caption_line([(40, 200, "Biểu dương các đơn vị")])
    (False, False)
    """
    return len(segs) == 1 and bool(_CAPTION.match(fold(segs[0][2]).strip()))


def lone_total(segs) -> bool:
    """A line that is a total row with fewer figures than a body line: its first run a total word
    alone (tables.json total_rows), each other run a figure.

    >>> lone_total([(0, 40, "Toàn tỉnh"), (120, 150, "101.263")]), lone_total([(0, 40, "Ghi chú"), (120, 150, "12")])
    (True, False)
    """
    from .interpret import _TOTAL_ROWS, _words

    return len(segs) >= 2 and _words(segs[0][2]) in _TOTAL_ROWS and \
        all(cell_value(t)[0] in ("value", "zero") for _, _, t in segs[1:])


def _is_body(segs) -> bool:
    from .interpret import count_and_share

    nums = sum(cell_value(t)[0] in ("value", "zero", "na", "nodata") or bool(count_and_share(t)) for _, _, t in segs)
    return len(segs) >= 3 and nums >= 2


def _bands(rows: list[list[tuple]]) -> list[tuple[float, float]]:
    intervals = sorted((a, b) for segs in rows for a, b, _ in segs)
    bands: list[list[float]] = []
    for a, b in intervals:
        if bands and a <= bands[-1][1] + 1.0:
            bands[-1][1] = max(bands[-1][1], b)
        else:
            bands.append([a, b])
    return [(a, b) for a, b in bands]


def body_bands(rows: list[list[tuple]]) -> list[tuple[float, float]]:
    """The column bands of body rows: the figures' runs first, then the text runs narrowest first,
    each joining the band it overlaps; a text run over two bands (a total row's label written
    across the number and name columns) is left out, so it cannot join them.

    >>> body_bands([[(5, 8, "1"), (20, 60, "Sở Y tế"), (80, 100, "1.204"), (120, 130, "24")],
    ...             [(2, 50, "Tổng cộng"), (80, 100, "2.408"), (120, 130, "48")]])
    [(5, 8), (20, 60), (80, 100), (120, 130)]
    """
    figures = [(a, b, t) for segs in rows for a, b, t in segs if cell_value(t)[0] in ("value", "zero", "na", "nodata")]
    texts = sorted(((a, b, t) for segs in rows for a, b, t in segs if cell_value(t)[0] not in ("value", "zero", "na", "nodata")),
                   key=lambda s: s[1] - s[0])
    taken = list(figures)
    bands = _bands([taken])
    for a, b, t in texts:
        if len([1 for x0, x1 in bands if a < x1 - 0.5 and b > x0 + 0.5]) <= 1:
            taken.append((a, b, t))
            bands = _bands([taken])
    return bands


def _overlapping(bands, a: float, b: float) -> list[int]:
    hit = [i for i, (x0, x1) in enumerate(bands) if a < x1 - 0.5 and b > x0 + 0.5]
    if hit:
        return hit
    centre = (a + b) / 2
    return [min(range(len(bands)), key=lambda i: abs((bands[i][0] + bands[i][1]) / 2 - centre))]


def borderless_tables(words, pno: int, height: float, rotated: Optional[list] = None) -> list[Grid]:
    """Tables drawn without rules: runs of body lines (three or more runs of words, two or more of
    them figures) give the column bands; the lines set tight above them are the header, with the
    header text set vertically (``rotated``: rotated_words) among them."""
    lines = _lines_of(words)
    segs = [_segments(line) for line in lines]
    tops = [min(w["top"] for w in line) for line in lines]
    body = [_is_body(s) for s in segs]
    out = []
    i = 0
    while i < len(lines):
        if not body[i]:
            i += 1
            continue
        start = end = i
        k = i + 1
        gaps = []
        while k < len(lines):
            gap = tops[k] - tops[k - 1]
            pitch = sorted(gaps)[len(gaps) // 2] if gaps else gap
            if gap > 2.6 * max(pitch, 8):
                break
            if body[k]:
                end = k
                if body[k - 1]:
                    gaps.append(gap)
            elif caption_line(segs[k]) or \
                    not (k + 1 < len(lines) and (body[k + 1] or (k + 2 < len(lines) and body[k + 2]))):
                break  # (another table's caption: the lines after it are that table's)
            k += 1
        if end + 1 < len(lines) and _label_tail_line(lines[end], lines[end + 1]):
            end += 1  # the last row's label wrapped onto a line of its own
        elif end + 1 < len(lines) and lone_total(segs[end + 1]) and \
                tops[end + 1] - tops[end] <= 1.6 * max(sorted(gaps)[len(gaps) // 2] if gaps else 0, 8):
            end += 1  # a total row of one figure ("Toàn tỉnh   101.263") set as a row under the body
        n_body = sum(body[start:end + 1])
        if n_body >= 2:
            bands = body_bands([segs[j] for j in range(start, end + 1) if body[j]])
            if len(bands) >= 3:
                grid = _grid_of(lines, segs, bands, start, end, pno, height, rotated or [])
                if grid is not None:
                    out.append(grid)
        i = end + 1
    return [g for g in out if _data_grid(g)]


def column_aligns(bands, body_segs, fill: bool = True) -> list[Optional[str]]:
    """How each column's figures align: "right" when their right edges agree (and their left
    edges do not), "left" the other way, None when it cannot be told (centred, or all as wide);
    an untold column after the row headers aligns as most figure columns of the table do
    (right on a tie)."""
    aligns: list[Optional[str]] = []
    for x0, x1 in bands:
        inside = [(a, b) for segs in body_segs for a, b, _ in segs if x0 <= (a + b) / 2 <= x1]
        spread0 = max(a for a, _ in inside) - min(a for a, _ in inside) if inside else 0
        spread1 = max(b for _, b in inside) - min(b for _, b in inside) if inside else 0
        aligns.append("right" if spread1 + 1 < spread0 else "left" if spread0 + 1 < spread1 else None)
    if not fill:
        return aligns
    told = [a for k, a in enumerate(aligns) if a and k > 1]
    usual = None if not told else "right" if told.count("right") >= told.count("left") else "left"
    return [a or (usual if k > 1 else None) for k, a in enumerate(aligns)]


def aligns_by_header(bands, aligns: list[Optional[str]], blocks) -> list[Optional[str]]:
    """When no figure column tells how its figures align (all of a column as wide, "12,50"), the
    header tells: figures set left or right in their cells put the edges between the columns in
    different places, and the reading under which more header texts stand within one cell (a
    leaf header is centred in its cell) is the one. The figure columns (after the first two) take
    it; a tie keeps ``aligns``.

    >>> bands = [(40, 44), (64, 110), (174, 194), (265, 285), (357, 377)]
    >>> heads = [_Block(175, 252, 55, 62, "Công khai", 7), _Block(267, 344, 55, 62, "Tiến độ", 7), _Block(366, 427, 55, 62, "Dịch vụ", 7)]
    >>> aligns_by_header(bands, [None, None, "right", "right", "right"], heads)
    [None, None, 'left', 'left', 'left']
    """
    def fits(trial):
        cells = column_cells(bands, trial)
        return sum(any(c0 - 1.0 <= b.x0 and b.x1 <= c1 + 1.0 for c0, c1 in cells) for b in blocks)

    best, score = aligns, fits(aligns)
    for way in ("left", "right"):
        trial = [a if k <= 1 else way for k, a in enumerate(aligns)]
        got = fits(trial)
        if got > score:
            best, score = trial, got
    return best


def column_centres(bands, body_segs) -> list[float]:
    """The centre of each column's cell, told by how its figures align: right-aligned figures fill
    the cell from the previous column's right edge; left-aligned ones up to the next column's left
    edge; others are centred."""
    aligns = column_aligns(bands, body_segs)
    centres = []
    for k, (x0, x1) in enumerate(bands):
        if aligns[k] == "right" and k > 0:
            centres.append((bands[k - 1][1] + x1) / 2)
        elif aligns[k] == "left" and k + 1 < len(bands):
            centres.append((x0 + bands[k + 1][0]) / 2)
        else:
            centres.append((x0 + x1) / 2)
    return centres


def column_cells(bands, aligns) -> list[tuple[float, float]]:
    """Each column's cell, from the figures' bands and alignment: the edge between two columns is
    the right edge of the left one's figures when they are right-aligned (its cell ends there), the
    left edge of the right one's when those are left-aligned (its cell starts there), else the
    middle of the gap.

    >>> column_cells([(10, 40), (100, 120), (160, 180)], ["left", "right", "right"])
    [(-inf, 70.0), (70.0, 120), (120, inf)]
    """
    edges = []
    for k in range(len(bands) - 1):
        (a0, a1), (b0, b1) = bands[k], bands[k + 1]
        if aligns[k] == "right":
            edges.append(a1)
        elif aligns[k + 1] == "left":
            edges.append(b0)
        else:
            edges.append((a1 + b0) / 2)
    lefts = [float("-inf")] + edges
    rights = edges + [float("inf")]
    return list(zip(lefts, rights))


def centred_cells(cells, bands, aligns, blocks) -> list[tuple[float, float]]:
    """The columns' cells moved to where the header's leaves put them. Figures set right (or left)
    stand a cell's padding in from its edge, so the edges told by how they align
    (``column_cells``) sit that padding off the real ones, and a group header centred over its
    columns may then seem to start at a column's edge or reach into the next. A leaf header (the
    lowest header text of a column, within that column's cell) is centred in its real cell: when
    the leaves of the columns whose both edges the figures' alignment tells (two at least) all
    stand off their cells' centres by one amount (within 2 pt, and more than 1 pt), each such edge
    moves by it, kept within the gap between the two columns' figures. Headers set flush left in
    their cells give no one amount, leaves set flush with their figures are no centred ones: nothing
    moves.

    >>> bands = [(30, 140), (190, 210), (250, 270), (310, 330), (370, 390)]
    >>> aligns = [None, "right", "right", "right", "right"]
    >>> cells = column_cells(bands, aligns)
    >>> heads = [_Block(173, 197, 55, 62, "Tổng", 7), _Block(230, 260, 55, 62, "Trực tuyến", 7),
    ...          _Block(290, 320, 55, 62, "Trực tiếp", 7), _Block(350, 380, 55, 62, "Tỷ lệ", 7)]
    >>> [(round(a), round(b)) for a, b in centred_cells(cells, bands, aligns, heads)[1:4]]
    [(165, 215), (215, 275), (275, 335)]
    >>> centred_cells(cells, bands, aligns, heads[:2]) == cells
    True

    Leaves set flush with their figures ("Số lượng" | "Tỷ lệ (%)" right-aligned as the figures under
    them) are not centred, however alike their offsets: nothing moves.

    >>> flush = [_Block(180, 210, 55, 62, "Số lượng", 7), _Block(240, 270, 55, 62, "Tỷ lệ (%)", 7),
    ...          _Block(300, 330, 55, 62, "Số lượng", 7)]
    >>> centred_cells(cells, bands, aligns, flush) == cells
    True
    """
    n = len(cells)
    told = [aligns[k] == "right" or aligns[k + 1] == "left" for k in range(n - 1)]  # edge k: right of column k
    lowest: dict[int, _Block] = {}
    for b in blocks:
        hit = _touched(b, cells)
        if len(hit) == 1 and (hit[0] not in lowest or b.top > lowest[hit[0]].top):
            lowest[hit[0]] = b
    offsets, flush = [], []
    for k, b in lowest.items():
        if 0 < k < n - 1 and told[k - 1] and told[k]:
            c0, c1 = cells[k]
            offsets.append((b.x0 + b.x1) / 2 - (c0 + c1) / 2)
            # a leaf set as its figures are (its right edge on theirs, right-aligned), not centred
            flush.append(abs(b.x1 - bands[k][1]) <= 1.0 if aligns[k] == "right" else abs(b.x0 - bands[k][0]) <= 1.0)
    if len(offsets) < 2 or max(offsets) - min(offsets) > 2.0 or all(flush):
        return cells  # (leaves as wide as each other, set flush with their figures, stand off alike)
    offsets.sort()
    shift = offsets[len(offsets) // 2]
    if abs(shift) <= 1.0:
        return cells
    edges = [min(max(c1 + shift, bands[k][1]), bands[k + 1][0]) if told[k] else c1
             for k, (_, c1) in enumerate(cells[:-1])]
    return list(zip([float("-inf")] + edges, edges + [float("inf")]))


class _Block:
    """Header text set in one place: one or more tight lines (a wrapped cell)."""

    def __init__(self, x0, x1, top, bottom, text, height):
        self.x0, self.x1, self.top, self.bottom, self.text, self.height = x0, x1, top, bottom, text, height
        self.columns: list[int] = []

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2

    def takes(self, other: "_Block") -> bool:
        """``other`` is this block's next wrapped line: set tight under it (closer than a third of a
        line) and under the same stretch (most of the shorter line within the other)."""
        gap = other.top - self.bottom
        overlap = min(self.x1, other.x1) - max(self.x0, other.x0)
        shorter = min(self.x1 - self.x0, other.x1 - other.x0)
        return -0.6 * self.height < gap < 0.35 * max(self.height, other.height) and overlap >= 0.8 * shorter

    def add(self, other: "_Block") -> None:
        self.x0, self.x1 = min(self.x0, other.x0), max(self.x1, other.x1)
        self.bottom = max(self.bottom, other.bottom)
        self.text = f"{self.text} {other.text}"


def _header_lines(lines, segs, start: int, x_range, body_height: float, body_gap: float,
                  margin: float = 12.0, rotated=()) -> list[int]:
    """Indices of the lines above the first body line that are the table's header: set tight above
    the table (a gap under a line's height; the first one as far above the body, or above the row
    of column numbers, as twice the gap between body rows), within the table's width (and a
    column), in no larger print than the body, no more than twenty lines and twenty-two body lines high."""
    lo, hi = x_range
    chosen: list[int] = []
    block_top = min(w["top"] for w in lines[start])
    reach = max(0.9 * body_height, 3.0, 2.2 * body_gap)
    for j in range(start - 1, -1, -1):
        block_top = _over_rotated(block_top, rotated, reach)  # header text set vertically fills its rows
        line = lines[j]
        top = min(w["top"] for w in line)
        bottom = max(w["bottom"] for w in line)
        h = sorted(w["bottom"] - w["top"] for w in line)[len(line) // 2]
        numbering = numbering_line(line)
        first = not [k for k in chosen if not numbering_line(lines[k])]
        allowed = max(0.9 * min(h, body_height), 3.0, 2.2 * body_gap if first or numbering else 0.0,
                      1.6 * min(h, body_height) if len(segs[j]) >= 2 else 0.0)
        if block_top - bottom > allowed:
            break
        if h > 1.3 * body_height or line[0]["x0"] < lo - margin or line[-1]["x1"] > hi + margin:
            break
        if len(chosen) >= 20 or min(w["top"] for w in lines[start]) - top > 22 * body_height + 12:
            break
        chosen.append(j)  # above the column numbers' row, the header's first line may stand as far as above the body
        block_top = min(block_top, top)
    return sorted(chosen)


def _over_rotated(block_top: float, rotated, reach: float) -> float:
    """The header's top once the vertical header text standing on it is counted: each rotated word
    whose foot is within ``reach`` of the top raises it to the word's head, in turn.

    >>> _over_rotated(260.0, [{"top": 206.0, "bottom": 252.0}, {"top": 203.0, "bottom": 234.0}], 15.0)
    203.0
    >>> _over_rotated(260.0, [{"top": 100.0, "bottom": 200.0}], 15.0)
    260.0
    """
    changed = True
    while changed:
        changed = False
        for w in rotated:
            if w["top"] < block_top - 0.5 and w["bottom"] >= block_top - reach:
                block_top, changed = w["top"], True
    return block_top


def _snap_rotated(blocks: list["_Block"], bands) -> list["_Block"]:
    """Vertical header blocks moved onto their columns' figures: a narrow column's turned header
    stands anywhere across its cell (at its left, centred) while its figures align right or left,
    so each block is matched to a column keeping their order, under one shift of the whole row of
    blocks (the layout sets every column alike) that brings the blocks nearest their columns; the
    matched block takes its column's band. Unmatched (more blocks than columns): left as they are.

    >>> bs = _snap_rotated([_Block(175, 190, 0, 50, "a", 15), _Block(266, 282, 0, 50, "b", 15)],
    ...                    [(40, 44), (64, 104), (233, 253), (325, 345), (421, 436)])
    >>> [(b.x0, b.x1) for b in bs]
    [(233, 253), (325, 345)]
    """
    blocks = sorted(blocks, key=lambda b: b.x0)
    m, n = len(blocks), len(bands)
    if not blocks or m > n:
        return blocks
    bc = [(b.x0 + b.x1) / 2 for b in blocks]
    cc = [(a + b) / 2 for a, b in bands]
    best = None
    for shift in sorted({c - x for c in cc for x in bc}):
        inf = float("inf")
        # cost[i][j]: blocks[:i] matched in order into bands[:j]
        cost = [[inf] * (n + 1) for _ in range(m + 1)]
        for j in range(n + 1):
            cost[0][j] = 0.0
        for i in range(1, m + 1):
            for j in range(i, n + 1):
                cost[i][j] = min(cost[i][j - 1], cost[i - 1][j - 1] + abs(bc[i - 1] + shift - cc[j - 1]))
        if best is None or cost[m][n] < best[0] - 1e-9:
            best = (cost[m][n], shift, cost)
    _, shift, cost = best
    pitch = min((cc[k + 1] - cc[k] for k in range(n - 1)), default=0.0)
    out, j = [], n
    for i in range(m, 0, -1):  # trace the matching back
        while cost[i][j] == cost[i][j - 1]:
            j -= 1
        if abs(bc[i - 1] + shift - cc[j - 1]) > 0.5 * pitch:
            return blocks  # no one shift puts every block over a column: leave them
        out.append((blocks[i - 1], j - 1))
        j -= 1
    for b, k in out:
        b.x0, b.x1 = bands[k]
    return blocks


def _rotated_blocks(rotated) -> list["_Block"]:
    """Header blocks of text set vertically: the vertical lines of one cell (side by side, a line's
    pitch apart, their runs overlapping) joined in reading order (left to right for text turned
    anticlockwise, right to left for clockwise).

    >>> [b.text for b in _rotated_blocks([
    ...     {"text": "Trực tiếp, bưu", "x0": 281.9, "x1": 288.9, "top": 203.0, "bottom": 251.9, "up": True},
    ...     {"text": "chính", "x0": 290.3, "x1": 297.3, "top": 232.8, "bottom": 251.9, "up": True},
    ...     {"text": "Tổng số", "x0": 388.6, "x1": 395.6, "top": 206.4, "bottom": 234.0, "up": True}])]
    ['Trực tiếp, bưu chính', 'Tổng số']
    """
    groups: list[list[dict]] = []
    for w in sorted(rotated, key=lambda w: w["x0"]):
        size = w["x1"] - w["x0"]
        last = groups[-1][-1] if groups else None
        if last is not None and last.get("up", True) == w.get("up", True) and w["x0"] - last["x1"] <= 0.8 * size \
                and w["top"] < last["bottom"] and last["top"] < w["bottom"]:
            groups[-1].append(w)
        else:
            groups.append([w])
    blocks = []
    for g in groups:
        order = g if g[0].get("up", True) else list(reversed(g))
        text = " ".join(w["text"] for w in order)
        x0, x1 = min(w["x0"] for w in g), max(w["x1"] for w in g)
        top, bottom = min(w["top"] for w in g), max(w["bottom"] for w in g)
        block = _Block(x0, x1, top, bottom, text, x1 - x0)
        block.vertical = True
        blocks.append(block)
    return blocks


def numbering_line(line: list[dict]) -> bool:
    """The row of column numbers under a form's header, as words: "(1) (2) (3)=(4)+(5)", its long
    formulas perhaps run into the next cell ("(3)=(4)+(5)+(6()4)").

    >>> numbering_line([{"text": t} for t in ["(1)", "(2)", "(3)=(4)+(5)+(6()4)", "(5)"]])
    True
    >>> numbering_line([{"text": t} for t in ["+(5)+(6", "0)"]]), numbering_line([{"text": "1.204"}])
    (True, False)
    >>> numbering_line([{"text": t} for t in ["(18)", "(20)", "(100)"]])
    False
    """
    words = [w["text"] for w in line]
    numbers = [int(m.group(1)) for t in words for m in [regex.match(r"^[(\[](\d{1,2})[)\]]", t)] if m]
    if numbers and (numbers != sorted(set(numbers)) or numbers[-1] > 2 * len(words) + 2):
        return False  # the maxima a 766 header's second line states ("(18) (20) (100)"): no column numbers
    if len(words) >= 3 and len(numbers) >= 0.8 * len(words):
        return True
    # a formula of that row wrapped in its narrow cell ("+(5)+(6", ")"): brackets, digits, = and + only
    return all(regex.fullmatch(r"[()\[\]=+\-\d]+", t) and regex.search(r"[()\[\]]", t) for t in words)


def _header_blocks(lines, segs, header: list[int]) -> list[_Block]:
    """The header's text blocks: each line's runs of words, a run's wrapped lines joined."""
    blocks: list[_Block] = []
    for j in header:
        if is_numbering_row([t for _, _, t in segs[j]]) or numbering_line(lines[j]):
            continue
        line = lines[j]
        for a, b, text in segs[j]:
            words = [w for w in line if a - 0.1 <= w["x0"] and w["x1"] <= b + 0.1]
            top = min(w["top"] for w in words)
            bottom = max(w["bottom"] for w in words)
            new = _Block(a, b, top, bottom, text, bottom - top)
            new.moved = any(w.get("moved") for w in words)
            prev = [k for k in blocks if k.takes(new)]
            if not prev and not new.moved and text[:1].islower():
                prev = _cut_cell(blocks, new)
            if prev:
                max(prev, key=lambda k: k.bottom).add(new)
            else:
                blocks.append(new)
    return blocks


def _cut_cell(blocks: list[_Block], new: _Block) -> list[_Block]:
    """The first part of a header cell the page break cut, for the rest of it (``new``, its first
    word lower case, on the table's own page): the lowest block set back from the page before
    (``moved``) under the same stretch, no block of the table's own page between them."""
    def over(k):
        overlap = min(k.x1, new.x1) - max(k.x0, new.x0)
        return overlap >= 0.8 * min(k.x1 - k.x0, new.x1 - new.x0) and k.bottom <= new.top + 0.5

    moved = [k for k in blocks if getattr(k, "moved", False) and over(k)]
    if not moved:
        return []
    lowest = max(moved, key=lambda k: k.bottom)
    if any(not getattr(k, "moved", False) and over(k) and k.bottom > lowest.bottom for k in blocks):
        return []
    return [lowest]


def _touched(block: _Block, cells) -> list[int]:
    """Columns whose cell holds a good part of the block (a quarter of it, or half the cell)."""
    width = max(block.x1 - block.x0, 0.1)
    hit = []
    for k, (c0, c1) in enumerate(cells):
        overlap = min(block.x1, c1) - max(block.x0, c0)
        if overlap > 0 and (overlap >= 0.25 * width or overlap >= 0.5 * (c1 - c0)):
            hit.append(k)
    if not hit:
        centre = (block.x0 + block.x1) / 2
        hit = [min(range(len(cells)), key=lambda k: 0 if cells[k][0] <= centre <= cells[k][1]
                   else min(abs(centre - cells[k][0]), abs(centre - cells[k][1])))]
    return hit


def header_paths(blocks: list[_Block], cells, value_cols: set[int]) -> list[list[_Block]]:
    """Each column's header blocks from the top level down. A block within one column's cell is that
    column's own (its wrapped lines joined); a block over several, or over another block of its
    column, is a group header. A group header
    is often narrower than the columns it stands over: it takes the columns it touches and, beside
    them, each column whose topmost header text lies below it and no higher than the touched
    columns' (a column whose text stands higher spans the header's rows: it is not under the group).
    Groups are placed from the lowest level up, so a group under another is the upper one's member;
    a column between two groups of one level goes to the nearer, and none goes to a group written
    flush with its first column's left edge from that side (left-aligned: it starts there)."""
    n = len(cells)
    stacks: list[list[_Block]] = [[] for _ in range(n)]
    groups = []
    for b in blocks:
        cols = _touched(b, cells)
        if len(cols) > 1 and all(k in value_cols for k in cols):
            groups.append((b, cols))
        else:
            k = max(cols, key=lambda k: min(b.x1, cells[k][1]) - max(b.x0, cells[k][0]))
            stacks[k].append(b)
    for k in range(n):
        stacks[k].sort(key=lambda b: b.top)
        if k in value_cols and len(stacks[k]) > 1:  # an upper level over one column may stand over more
            groups += [(b, [k]) for b in stacks[k][:-1]]
            del stacks[k][:-1]
    lowest = [stacks[k][-1] for k in sorted(value_cols) if k < n and stacks[k]]
    bottom = len(lowest) >= 3 and max(b.bottom for b in lowest) - min(b.bottom for b in lowest) <= 1.0 \
        and max(b.top for b in lowest) - min(b.top for b in lowest) > 0.5 * min(b.height for b in lowest)
    lower: list[tuple] = []  # spans of the level below (bottom-aligned headers)
    runs: list[tuple] = []  # the columns of each group placed so far (a lower level's)
    levels: list[list] = []  # groups side by side (their lines overlap), the lowest level first
    for g, cols in sorted(groups, key=lambda gc: -gc[0].top):
        same = next((lv for lv in levels if any(o.top < g.bottom and g.top < o.bottom for o, _ in lv)), None)
        (same.append if same is not None else lambda x: levels.append([x]))((g, cols))
    for level in levels:
        spans: dict[int, list] = {}  # id(group) -> [group, lo, hi, ref]
        for g, cols in level:
            members = [k for k in cols if not stacks[k] or stacks[k][0].top >= g.bottom - 1.0]
            if not members:
                k = max(cols, key=lambda k: min(g.x1, cells[k][1]) - max(g.x0, cells[k][0]))
                stacks[k].append(g)
                stacks[k].sort(key=lambda b: b.top)
                continue
            tops = [stacks[k][0].top for k in members if stacks[k] and not getattr(stacks[k][0], "vertical", False)]
            ref = (min((stacks[k][0].centre for k in members if stacks[k]), default=g.bottom),
                   # the members' texts set at the top of their row: their tops agree
                   min(tops) if tops and max(tops) - min(tops) <= 1.0 else None)
            spans[id(g)] = [g, min(members), max(members), ref]

        def fits(k, span) -> bool:
            g, _, _, ref = span
            # its topmost text no higher than the members' (centred in their row; or, the row's
            # texts set at its top, a line beside members' texts wrapped over more lines, its top
            # with theirs): it stands in their row, not over it
            top = stacks[k][0].top if stacks[k] else None
            return k in value_cols and bool(stacks[k]) and top >= g.bottom - 1.0 \
                and (stacks[k][0].centre >= ref[0] - 1.0
                     or (ref[1] is not None and not getattr(stacks[k][0], "vertical", False)
                         and abs(top - ref[1]) <= 1.0))

        def claimed(k) -> bool:
            return any(s[1] <= k <= s[2] for s in spans.values())

        def centrable(span, a, b) -> bool:
            # could the span, widened over a..b and over the free columns beyond, stand centred under its text?
            g, lo, hi = span[0], min(span[1], a), max(span[2], b)
            free_lo, free_hi = lo, hi
            while free_lo - 1 >= 0 and not claimed(free_lo - 1) and fits(free_lo - 1, span):
                free_lo -= 1
            while free_hi + 1 < n and not claimed(free_hi + 1) and fits(free_hi + 1, span):
                free_hi += 1
            return centred_run((g.x0 + g.x1) / 2, cells, lo, hi, free_lo, free_hi)

        if bottom:  # leaves and row-spanning cells alike sit on the header's bottom: their height tells nothing
            _centred_spans(spans, cells, fits, lower)
            lower = [(s[1], s[2]) for s in spans.values()]
            for g, lo, hi, _ in spans.values():
                for k in range(lo, hi + 1):
                    stacks[k].insert(0, g)
            continue
        nested = nest_spans([[s[1], s[2]] for s in spans.values()], runs)
        for s, (lo, hi) in zip(spans.values(), nested):
            s[1], s[2] = lo, hi
        changed = True
        while changed:  # widen each group by one column (or a lower group's run) at a time, the nearer first
            changed = False
            for k in range(n):
                if claimed(k):
                    continue
                a, b = next(((lo, hi) for lo, hi in runs if lo <= k <= hi), (k, k))
                if any(claimed(j) for j in range(a, b + 1)):
                    a = b = k
                near = []
                for s in spans.values():
                    g = s[0]
                    if s[2] == a - 1 and fits(a, s):
                        near.append((max(0.0, cells[a][0] - g.x1), g.x0, s))
                    elif s[1] == b + 1 and fits(b, s) and (abs(g.x0 - cells[s[1]][0]) > 1.5
                                                           or _better_centred(g, stacks, b, s[1], s[2])
                                                           or _centred_over(g, stacks, s[1], s[2])):
                        # (a group header set flush with its first column's left edge starts there,
                        # unless its text is centred over the wider run, or centred over the run it
                        # holds: the flush edge is then chance)
                        near.append((max(0.0, g.x0 - cells[b][1]), g.x0, s))
                if len(near) > 1:  # two groups beside it: one whose text can stay centred over its run takes it
                    near = [(not centrable(t[2], a, b),) + t for t in near]
                    s = min(near, key=lambda t: t[:3])[3]
                elif near:
                    s = near[0][2]
                if near:
                    s[1], s[2] = min(s[1], a), max(s[2], b)
                    changed = True
        for g, lo, hi, _ in spans.values():
            for k in range(lo, hi + 1):
                stacks[k].insert(0, g)
            runs.append((lo, hi))
    return stacks


def centred_run(centre: float, cells, lo: int, hi: int, free_lo: int, free_hi: int) -> bool:
    """Is there a run of columns lo'..hi' (free_lo <= lo' <= lo, hi <= hi' <= free_hi) whose cells'
    middle lies within a quarter of a column's width of ``centre`` (a group header's text, centred
    over the columns it stands over)? Outer cells open to the page take the usual width.

    >>> cells = [(-1e9, 100), (100, 150), (150, 200), (200, 250), (250, 300), (300, 1e9)]
    >>> centred_run(175, cells, 2, 3, 1, 4), centred_run(210, cells, 1, 3, 1, 3)
    (True, False)
    """
    widths = sorted(c1 - c0 for c0, c1 in cells if c0 > -1e8 and c1 < 1e8)
    width = widths[len(widths) // 2] if widths else 40.0

    def left(k):
        return cells[k][0] if cells[k][0] > -1e8 else cells[k][1] - width

    def right(k):
        return cells[k][1] if cells[k][1] < 1e8 else cells[k][0] + width

    return any(abs((left(i) + right(j)) / 2 - centre) <= width / 4
               for i in range(free_lo, lo + 1) for j in range(hi, free_hi + 1))


def nest_spans(spans: list[list[int]], runs: list[tuple]) -> list[list[int]]:
    """Upper group headers' column spans widened so that a group of the level below stands under
    one upper group whole: a span touching part of a lower group's run takes all of it, unless
    another span touches that run too (then nothing moves). Headers nest; a lower group is never
    split between two upper ones.

    >>> nest_spans([[3, 4], [8, 9]], [(3, 5), (6, 8), (9, 11)])
    [[3, 5], [6, 11]]
    >>> nest_spans([[2, 3], [4, 5]], [(3, 4)])
    [[2, 3], [4, 5]]
    """
    out = [list(s) for s in spans]
    for lo, hi in runs:
        touching = [s for s in out if s[0] <= hi and lo <= s[1]]
        if len(touching) == 1:
            s = touching[0]
            if not any(t is not s and lo <= t[1] and t[0] <= hi for t in out):
                s[0], s[1] = min(s[0], lo), max(s[1], hi)
    return out


def _better_centred(g: _Block, stacks, k: int, lo: int, hi: int) -> bool:
    """Is the block's text centred better over columns k..hi than over lo..hi (k = lo - 1)? The
    columns' extents are their own (lowest) header texts; the wider run's centre must lie within a
    sixth of its width of the text's centre.

    >>> g = _Block(311.4, 368.9, 216.1, 223.3, "Hồ sơ tiếp nhận", 7.2)
    >>> own = [[_Block(278.6, 307.3, 238.0, 245.2, "Tổng số", 7.2)], [_Block(329.7, 350.6, 233.7, 249.5, "Trực tuyến", 7.2)],
    ...        [_Block(371.1, 403.7, 238.0, 245.2, "Trực tiếp", 7.2)]]
    >>> _better_centred(g, own, 0, 1, 2), _better_centred(_Block(330, 404, 216, 223, "x", 7), own, 0, 1, 2)
    (True, False)
    """
    if not (stacks[k] and stacks[lo] and stacks[hi]):
        return False
    a0, n0, b1 = stacks[k][-1].x0, stacks[lo][-1].x0, stacks[hi][-1].x1
    centre = (g.x0 + g.x1) / 2
    wide, narrow = abs((a0 + b1) / 2 - centre), abs((n0 + b1) / 2 - centre)
    return wide < narrow and wide <= (b1 - a0) / 6


def _centred_over(g: _Block, stacks, lo: int, hi: int) -> bool:
    """Is the block's text centred (within 1.5 pt) over columns lo..hi, their extent their own
    (lowest) header texts? A header set left in its cell is not, unless it is as wide as they.

    >>> own = [[_Block(500, 535, 69, 77, "Tổng số", 8)], [_Block(570.9, 644.5, 69, 87, "Trước hạn, đúng hạn", 8)]]
    >>> _centred_over(_Block(564.1, 651.3, 57, 65, "Hồ sơ đã giải quyết", 8), own, 1, 1)
    True
    >>> _centred_over(_Block(505, 560, 57, 65, "Trong đó", 8), own, 0, 1)
    False
    """
    if not (stacks[lo] and stacks[hi]):
        return False
    return abs((g.x0 + g.x1) / 2 - (stacks[lo][-1].x0 + stacks[hi][-1].x1) / 2) <= 1.5


def _centred_spans(spans: dict, cells, fits, lower: list[tuple]) -> None:
    """Spans of bottom-aligned group headers: a group header is centred over the columns it stands
    over; each takes the narrowest run of columns around the ones it touches that is centred under
    its text (within a third of a column) and is not the same as, or inside, a group's span of the
    level below (an upper level stands over more). Groups no span fits keep what they touch."""
    widths = sorted(c1 - c0 for c0, c1 in cells if c0 > float("-inf") and c1 < float("inf"))
    width = widths[len(widths) // 2] if widths else 40.0

    def edge(k, side):
        c0, c1 = cells[k]
        return (c0 if c0 > float("-inf") else c1 - width) if side == 0 else (c1 if c1 < float("inf") else c0 + width)

    taken: set = set()
    for s in sorted(spans.values(), key=lambda s: s[0].x0):
        g, lo0, hi0, _ = s
        centre = (g.x0 + g.x1) / 2
        best = None
        for lo in range(lo0, -1, -1):
            if lo < lo0 and (lo in taken or not fits(lo, s)):
                break
            for hi in range(hi0, len(cells)):
                if hi > hi0 and (hi in taken or not fits(hi, s)):
                    break
                if any(a <= lo and hi <= b for a, b in lower):
                    continue
                off = abs((edge(lo, 0) + edge(hi, 1)) / 2 - centre)
                if off <= width / 3 and (best is None or (hi - lo, off) < best[0]):
                    best = ((hi - lo, off), lo, hi)
        if best is not None:
            s[1], s[2] = best[1], best[2]
        taken.update(range(s[1], s[2] + 1))


def _grid_of(lines, segs, bands, start, end, pno, H: float, rotated=()) -> Optional[Grid]:
    body_rows = [segs[j] for j in range(start, end + 1) if _is_body(segs[j])]
    aligns = column_aligns(bands, body_rows)
    heights = sorted(w["bottom"] - w["top"] for j in range(start, end + 1) for w in lines[j])
    body_height = heights[len(heights) // 2] if heights else 8.0
    x_range = (min(b[0] for b in bands), max(b[1] for b in bands))
    tops = [min(w["top"] for w in lines[j]) for j in range(start, end + 1)]
    bottoms = [max(w["bottom"] for w in lines[j]) for j in range(start, end + 1)]
    gaps = sorted(max(0.0, tops[i + 1] - bottoms[i]) for i in range(len(tops) - 1))
    body_gap = gaps[len(gaps) // 2] if gaps else 0.0
    # a header may reach past the outer columns' figures by a column (centred or left-aligned figures)
    pitch = (bands[-1][1] - bands[1][1]) / max(1, len(bands) - 2) if len(bands) > 2 else 0.0
    margin = max(12.0, pitch + 6)
    rotated = [w for w in rotated if x_range[0] - margin <= w["x0"] and w["x1"] <= x_range[1] + margin
               and w["bottom"] <= min(w2["top"] for w2 in lines[start]) + 1.0]
    header = _header_lines(lines, segs, start, x_range, body_height, body_gap, margin=margin, rotated=rotated)
    if header and not any(a for k, a in enumerate(column_aligns(bands, body_rows, fill=False)) if k > 1):
        aligns = aligns_by_header(bands, aligns, _header_blocks(lines, segs, header))
    cells = column_cells(bands, aligns)
    if header:
        cells = centred_cells(cells, bands, aligns, _header_blocks(lines, segs, header))
    if rotated:  # the vertical header text standing on the body or among the header's lines
        top = min(w["top"] for w in lines[header[0] if header else start])
        top = _over_rotated(top, rotated, max(0.9 * body_height, 3.0, 2.2 * body_gap))
        rotated = [w for w in rotated if w["top"] >= top - 0.5]
    value_cols = set()
    for row in body_rows:
        for a, b, text in row:
            if cell_value(text)[0] in ("value", "zero", "na", "nodata"):
                value_cols.update(_overlapping(bands, a, b))
    value_cols.discard(0)
    stacks = header_paths(_header_blocks(lines, segs, header) + _snap_rotated(_rotated_blocks(rotated), bands),
                          cells, value_cols)
    depth = max((len(s) for s in stacks), default=0)
    n = len(bands)
    rows: list[list[GridCell]] = [[GridCell("", (r, k), None, pno) for k in range(n)] for r in range(depth)]
    made: dict[int, GridCell] = {}
    for k, stack in enumerate(stacks):
        for level, blk in enumerate(stack):
            last = level == len(stack) - 1
            cell = made.get(id(blk))
            if cell is None:
                cell = GridCell(cell_text(blk.text), (level, k),
                                (round(blk.x0, 2), round(H - blk.top, 2), round(blk.x1, 2), round(H - blk.bottom, 2)), pno)
                made[id(blk)] = cell
            for r in range(level, depth if last else level + 1):
                rows[r][k] = cell
    body: list[list[GridCell]] = []
    kept_lines: list[int] = []
    for j in range(start, end + 1):
        r = depth + len(body)
        row: list[Optional[GridCell]] = [None] * n
        top = min(w["top"] for w in lines[j])
        bottom = max(w["bottom"] for w in lines[j])
        for a, b, text in _split_figures(lines[j], segs[j], bands):
            hit = _overlapping(bands, a, b)
            if row[hit[0]] is not None and len(hit) == 1:
                row[hit[0]].text += " " + text
                continue
            cell = GridCell(text, (r, hit[0]), (round(a, 2), round(H - top, 2), round(b, 2), round(H - bottom, 2)), pno)
            for k in hit:
                row[k] = cell
        body.append([c or GridCell("", (r, k), None, pno) for k, c in enumerate(row)])
        kept_lines.append(j)
    body = _unwrap_labels(body, [segs[j] for j in kept_lines], bands)
    rows = rows + body
    for r in range(depth, len(rows)):  # body rows renumbered after the unwrapping: origins follow
        for c in {id(c): c for c in rows[r]}.values():
            c.origin = (r, c.origin[1])
    head = header[0] if header else start
    top = min(w["top"] for w in lines[head])
    bottom = max(w["bottom"] for w in lines[end])
    x0 = min([b[0] for b in bands] + [min(w["x0"] for w in lines[j]) for j in header])
    x1 = max([b[1] for b in bands] + [max(w["x1"] for w in lines[j]) for j in header])
    return Grid(rows, "borderless", pno, bbox=(round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)),
                pages=[pno])


def _split_figures(line: list[dict], segs, bands) -> list[tuple]:
    """A row label run into a left-aligned figure of the next column ("Sở Y tế 1.440", the gap no
    wider than a space): the trailing figures that stand in another column's band than the words
    before them are cut off as their own runs."""
    out = []
    for a, b, text in segs:
        words = [w for w in line if a - 0.1 <= w["x0"] and w["x1"] <= b + 0.1]
        hit = _overlapping(bands, a, b)
        if len(hit) < 2 or len(words) < 2:
            out.append((a, b, text))
            continue
        k = len(words)
        while k > 1 and cell_value(words[k - 1]["text"])[0] in ("value", "zero"):
            k -= 1
        head, tail = words[:k], words[k:]
        head_band = _overlapping(bands, head[0]["x0"], head[-1]["x1"])
        if not tail or cell_value(head[-1]["text"])[0] in ("value", "zero") or \
                _overlapping(bands, tail[0]["x0"], tail[0]["x1"])[0] in head_band:
            out.append((a, b, text))
            continue
        out.append((head[0]["x0"], head[-1]["x1"], " ".join(w["text"] for w in head)))
        out += [(w["x0"], w["x1"], w["text"]) for w in tail]
    return out


def _span(row, k) -> set:
    return {i for i, c in enumerate(row) if c is row[k]}


def _row_extent(row) -> Optional[tuple[float, float]]:
    """(top, bottom) of a body row from its cells' boxes (PDF user space turned top-down)."""
    boxes = [c.box for c in row if c.box]
    if not boxes:
        return None
    return min(-b[1] for b in boxes), max(-b[3] for b in boxes)


def tight_lines(extents: list) -> list[bool]:
    """Which body lines are set tighter under the line above than rows are set apart: closer than
    0.6 of the usual gap between lines (a wrapped row label's second line, not a row of its own).

    >>> tight_lines([(0, 7), (11, 18), (19, 26), (30, 37), (41, 48)])
    [False, False, True, False, False]
    """
    gaps = [None] + [(e[0] - p[1]) if e and p else None for p, e in zip(extents, extents[1:])]
    known = sorted(g for g in gaps if g is not None)
    usual = known[len(known) // 2] if known else None
    return [g is not None and usual is not None and usual > 0.5 and g < 0.6 * usual for g in gaps]


def _unwrap_labels(rows, segs, bands) -> list:
    """A body line with words only in the first two columns, none a figure, starting lower-case, ends
    the row label above it (a wrapped row header); so does one starting upper-case ("Ban Quản lý
    các" / "Khu kinh tế tỉnh") set tighter under it than rows are set apart (``tight_lines``), its
    words in the label column only (no ordinal)."""
    keep = [True] * len(rows)
    tight = tight_lines([_row_extent(row) for row in rows])
    for r in range(1, len(rows)):
        texts = segs[r]
        if not texts:
            continue
        upper_tail = tight[r] and texts[0][2][:1].isupper() and not texts[0][2].isupper() and \
            not regex.match(r"(?:\d+|[IVXLC]+)[.)]?(?:\s|$)", texts[0][2])  # no ordinal: no row of its own
        if all(_overlapping(bands, a, b_)[0] <= 1 for a, b_, _ in texts) and \
                not any(cell_value(t)[0] in ("value", "zero") for _, _, t in texts) and \
                (texts[0][2][:1].islower() or upper_tail):
            prev = next((p for p in range(r - 1, -1, -1) if keep[p]), None)
            if prev is None:
                continue
            for k in range(len(bands)):
                if rows[r][k].text and rows[prev][k].text:
                    rows[prev][k].text += " " + rows[r][k].text
            keep[r] = False
    return [row for r, row in enumerate(rows) if keep[r]]


# ---- across pages, and the text left outside ------------------------------------------------

def merge_continued(grids: list[Grid]) -> list[Grid]:
    """A table on the next page with the same columns, first on its page, continues the one before
    (its repeated header and column-number row dropped)."""
    out: list[Grid] = []
    for g in grids:
        prev = out[-1] if out else None
        if prev is not None and getattr(prev, "absorbed", False) and g.page == prev.pages[-1] + 1:
            g.title, g.anchor = prev.title or g.title, prev.anchor  # the header part read into g already
            g.page, g.pages = prev.page, [prev.page] + [p for p in g.pages if p != prev.page]
            out[-1] = g
            continue
        if prev is not None and prev.header_only and g.page == prev.pages[-1] + 1 and g.n_cols == prev.n_cols:
            out[-1] = join_broken_header(prev, g)
            continue
        if prev is not None and g.page == prev.pages[-1] + 1 and g.n_cols == prev.n_cols and \
                _first_on_page(g, grids) and _last_on_page(prev, grids):
            ptexts, gtexts = prev.texts(), g.texts()
            hend = _header_end(ptexts)
            carried = 0  # a row label broken over the page: its words, lower-case first, alone at the top
            while carried < g.n_rows - 1 and _label_tail(gtexts[carried]):
                for k, text in enumerate(gtexts[carried]):
                    if text:
                        last = prev.cells[-1][k]
                        last.text = f"{last.text} {text}".strip()
                carried += 1
            if carried:
                g.cells = g.cells[carried:]
                for r, row in enumerate(g.cells):
                    for cell in {id(c): c for c in row}.values():
                        cell.origin = (r, cell.origin[1])
                gtexts = g.texts()
            skip = 0
            while skip < min(len(gtexts), hend + 1) and skip < len(ptexts) and gtexts[skip] == ptexts[skip]:
                skip += 1
            if skip == 0 and _header_end(gtexts) > 0 and not is_numbering_row(gtexts[0]):
                out.append(g)  # another table with its own header
                continue
            while skip < len(gtexts) and is_numbering_row(gtexts[skip]):
                skip += 1
            offset = prev.n_rows - skip
            for r in range(skip, g.n_rows):
                row = []
                for cell in g.cells[r]:
                    if cell.origin[0] < skip:
                        cell = GridCell(cell.text, (r, cell.origin[1]), cell.box, cell.page)
                    row.append(cell)
                prev.cells.append(row)
            seen = set()
            for row in prev.cells[offset + skip:]:
                for cell in row:
                    if id(cell) not in seen:
                        seen.add(id(cell))
                        cell.origin = (cell.origin[0] + offset, cell.origin[1])
            prev.pages.append(g.page)
            continue
        out.append(g)
    return out


def _label_tail_line(row: list[dict], line: list[dict]) -> bool:
    """``line`` ends the label of the row above: set tight under it (closer than half a line), all
    its words left of the row's first figure, the first lower-case, none a figure."""
    words = [w for w in row if cell_value(w["text"])[0] not in ("value", "zero")]
    start = min((w["x0"] for w in words), default=0.0)  # the label's first word (after the STT)
    figures = [w["x0"] for w in row if cell_value(w["text"])[0] in ("value", "zero") and w["x0"] > start]
    h = max(w["bottom"] - w["top"] for w in row)
    gap = min(w["top"] for w in line) - max(w["bottom"] for w in row)
    return bool(figures) and gap < 0.5 * h and line[0]["text"][:1].islower() and \
        all(w["x1"] < min(figures) for w in line) and \
        not any(cell_value(w["text"])[0] in ("value", "zero") for w in line)


def _label_tail(texts: list[str]) -> bool:
    """The end of a row label carried over to the next page: words in the first two columns only,
    none a figure, the first lower-case.

    >>> _label_tail(["", "trường", "", ""]), _label_tail(["", "Sở Y tế", "12", "3"])
    (True, False)
    """
    filled = [(k, t) for k, t in enumerate(texts) if t]
    return bool(filled) and all(k <= 1 for k, _ in filled) and filled[0][1][:1].islower() and \
        not any(cell_value(t)[0] in ("value", "zero") for _, t in filled)


def _first_on_page(g: Grid, grids: list[Grid]) -> bool:
    return all(o is g or o.page != g.page or (o.bbox or (0, 1e9))[1] > (g.bbox or (0, 0))[1] for o in grids)


def _last_on_page(g: Grid, grids: list[Grid]) -> bool:
    page = g.pages[0]
    return all(o is g or o.page != page or (o.bbox or (0, 0))[1] < (g.bbox or (0, 1e9))[1] for o in grids)


def _drop_table_lines(data: bytes, lines: list, grids: list[Grid]) -> list:
    """Lines whose first character stands inside a table are the table's own text: dropped. Each
    table takes as title the nearest line above it on its page."""
    from ..extractors.pdf import open_pdf

    by_page: dict[int, list[Grid]] = {}
    for g in grids:
        by_page.setdefault(g.page, []).append(g)
    pdf = open_pdf(data)
    kept = []
    placed: set = set()
    last_text: dict = {}  # each page's last line of text, None when a table ends the page
    try:
        cache = {}
        for line in lines:
            tables = by_page.get(line.page)
            if not tables or line.char_start is None:
                kept.append(line)
                continue
            if line.page not in cache:
                page = pdf[line.page - 1]
                cache[line.page] = (page.get_textpage(), page.get_height())
            textpage, height = cache[line.page]
            first = next((i for i, ch in enumerate(line.text) if not ch.isspace()), None)
            if first is None:
                kept.append(line)
                continue
            try:
                left, bottom, right, top = textpage.get_charbox(line.char_start + first)
            except Exception:  # pdfium refuses an index past the page's chars
                kept.append(line)
                continue
            y = height - (top + bottom) / 2
            x = (left + right) / 2
            inside = [g for g in tables if g.bbox and g.bbox[0] - 2 <= x <= g.bbox[2] + 2
                      and g.bbox[1] - 2 <= y <= g.bbox[3] + 2]
            if inside:
                if id(inside[0]) not in placed:  # one blank line where the table stands
                    placed.add(id(inside[0]))
                    kept.append(type(line)("", line.page, line.number, table=grids.index(inside[0])))
                last_text[line.page] = None
                continue
            if line.text.strip():
                last_text[line.page] = line
            for g in tables:
                if g.bbox and y < g.bbox[1] and line.text.strip():
                    if not title_skipped(line.text) or g.title is None:
                        g.title = line.text.strip()[:300]
                    g.anchor = line.number
            kept.append(line)
        for textpage, _ in cache.values():
            textpage.close()
    finally:
        pdf.close()
    for g in grids:
        if g.title is None:  # no line above it on its page: its caption may end the page before
            before = last_text.get(g.page - 1)
            if before is not None and caption_at_page_foot(before.text):
                g.title, g.anchor = before.text.strip()[:300], before.number
    return kept


def caption_at_page_foot(text: str) -> bool:
    """Whether the last line of a page, with a table opening the next page, may be that table's
    caption, set apart from it by the page break: a line of words that ends no sentence or clause
    and is no unit note (a page number, "Đơn vị tính: hồ sơ", a sentence running on are none).

    >>> caption_at_page_foot("Biểu số 04. Tình hình tiếp nhận, xử lý phản ánh, kiến nghị quý III năm 2026")
    True
    >>> caption_at_page_foot("Trang 2"), caption_at_page_foot("các đơn vị tiếp tục thực hiện tốt."), caption_at_page_foot("Đơn vị tính: hồ sơ")
    (False, False, False)
    """
    text = text.strip()
    return len(regex.findall(r"[^\W\d_]{2,}", text)) >= 4 and not text.endswith((".", ",", ";")) \
        and not title_skipped(text)
