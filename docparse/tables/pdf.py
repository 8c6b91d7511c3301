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

from .grid import Grid, GridCell, cell_text
from .interpret import _header_end, cell_value, is_numbering_row

_TOKEN_NUM = regex.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?$|^[-–x]$|^\.\.\.$")
MIN_TABULAR_LINES = 2
COLUMN_GAP = 6.0  # points between two words of different cells (a space is ~3 pt)
LINE_TOLERANCE = 2.5


def tabular_line(text: str) -> bool:
    """A line of a table's body as the text layer gives it: three or more figures, most of its words.

    >>> tabular_line("1 Sở Tư pháp 1.204 1.180 24 98,0"), tabular_line("tiếp nhận 1.204 hồ sơ, đạt 98,0%")
    (True, False)
    """
    tokens = text.split()
    nums = sum(bool(_TOKEN_NUM.match(t)) for t in tokens)
    return nums >= 3 and nums * 2 >= len(tokens)


def candidate_pages(lines) -> list[int]:
    counts: dict[int, int] = {}
    for line in lines:
        if line.char_start is not None and tabular_line(line.text):
            counts[line.page] = counts.get(line.page, 0) + 1
    return sorted(p for p, n in counts.items() if n >= MIN_TABULAR_LINES)


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
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            grids = ruled_tables(page, words, pno)
            if not grids:
                grids = borderless_tables(words, pno, float(page.height))
            found += grids
    if not found:
        return lines, []
    kept = _drop_table_lines(data, lines, found)
    return kept, merge_continued(found)


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
    inside.sort(key=lambda w: (round(w["top"] / LINE_TOLERANCE), w["x0"]))
    return cell_text(" ".join(w["text"] for w in inside))


def ruled_tables(page, words, pno: int) -> list[Grid]:
    out = []
    for t in page.find_tables():
        cells = [c for c in t.cells if c]
        if len(cells) < 6:
            continue
        xs = _edges([c[0] for c in cells] + [c[2] for c in cells])
        ys = _edges([c[1] for c in cells] + [c[3] for c in cells])
        n_rows, n_cols = len(ys) - 1, len(xs) - 1
        if n_rows < 2 or n_cols < 3:
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
            inside.sort(key=lambda w: (round(w["top"] / LINE_TOLERANCE), w["x0"]))
            text = cell_text(" ".join(w["text"] for w in inside))
            cell = GridCell(text, (r0, c0), (round(c[0], 2), round(H - c[1], 2),
                                                              round(c[2], 2), round(H - c[3], 2)), pno)
            for r in range(r0, r1):
                for k in range(c0, c1):
                    if matrix[r][k] is None:
                        matrix[r][k] = cell
        grid_cells = [[matrix[r][k] or GridCell("", (r, k), None, pno) for k in range(n_cols)] for r in range(n_rows)]
        grid = Grid(grid_cells, "ruled", pno, bbox=tuple(round(v, 2) for v in t.bbox), pages=[pno])
        if _data_grid(grid):
            out.append(grid)
    return out


def _data_grid(grid: Grid) -> bool:
    from .grid import looks_like_data

    return looks_like_data(grid.texts())


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


def _is_body(segs) -> bool:
    nums = sum(cell_value(t)[0] in ("value", "zero", "na", "nodata") for _, _, t in segs)
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


def _overlapping(bands, a: float, b: float) -> list[int]:
    hit = [i for i, (x0, x1) in enumerate(bands) if a < x1 - 0.5 and b > x0 + 0.5]
    if hit:
        return hit
    centre = (a + b) / 2
    return [min(range(len(bands)), key=lambda i: abs((bands[i][0] + bands[i][1]) / 2 - centre))]


def borderless_tables(words, pno: int, height: float) -> list[Grid]:
    lines = _lines_of(words)
    segs = [_segments(line) for line in lines]
    tops = [line[0]["top"] for line in lines]
    bottoms = [max(w["bottom"] for w in line) for line in lines]
    body = [_is_body(s) for s in segs]
    out = []
    i = 0
    while i < len(lines):
        if not body[i]:
            i += 1
            continue
        start = end = i
        k = i + 1
        pitch = None
        while k < len(lines):
            gap = tops[k] - tops[k - 1]
            pitch = pitch or gap
            if gap > 2.6 * max(pitch, 8):
                break
            if body[k]:
                end = k
            elif not (k + 1 < len(lines) and (body[k + 1] or (k + 2 < len(lines) and body[k + 2]))):
                break
            k += 1
        n_body = sum(body[start:end + 1])
        if n_body >= 2:
            bands = _bands([segs[j] for j in range(start, end + 1) if body[j]])
            if len(bands) >= 3:
                head = start
                while head > 0 and len(segs[head - 1]) >= 2 and tops[head] - bottoms[head - 1] < 1.6 * max(
                        bottoms[head] - tops[head], 6) and not body[head - 1]:
                    head -= 1
                    if start - head >= 4:
                        break
                out.append(_grid_of(lines, segs, bands, head, end, pno, height, start))
        i = end + 1
    return [g for g in out if _data_grid(g)]


def column_centres(bands, body_segs) -> list[float]:
    """The centre of each column, told by how its figures align: right-aligned figures (their right
    edges agree) fill the column from the previous column's right edge; left-aligned ones up to the
    next column's left edge; others are centred. A column whose figures are all as wide (single
    digits) aligns as most columns of the table do."""
    aligns = []
    for x0, x1 in bands:
        inside = [(a, b) for segs in body_segs for a, b, _ in segs if x0 <= (a + b) / 2 <= x1]
        spread0 = max(a for a, _ in inside) - min(a for a, _ in inside) if inside else 0
        spread1 = max(b for _, b in inside) - min(b for _, b in inside) if inside else 0
        aligns.append("right" if spread1 + 1 < spread0 else "left" if spread0 + 1 < spread1 else None)
    told = [a for a in aligns if a]
    usual = max(set(told), key=told.count) if told else None
    centres = []
    for k, (x0, x1) in enumerate(bands):
        align = aligns[k] or (usual if k > 1 else None)
        if align == "right" and k > 0:
            centres.append((bands[k - 1][1] + x1) / 2)
        elif align == "left" and k + 1 < len(bands):
            centres.append((x0 + bands[k + 1][0]) / 2)
        else:
            centres.append((x0 + x1) / 2)
    return centres


def _territory(segs, i: int, bands, centres) -> list[int]:
    """Columns under header segment ``i``: those whose centre lies within the segment widened
    halfway to its neighbours on the same line (a header centred over its columns spans them)."""
    a, b, _ = segs[i]
    touched = [k for k, (x0, x1) in enumerate(bands) if a < x1 and b > x0]
    if len(touched) == 1:
        return touched  # a header over one column's figures names that column
    if not touched:
        return _overlapping(bands, a, b)
    left = (segs[i - 1][1] + a) / 2 if i > 0 else a
    right = (b + segs[i + 1][0]) / 2 if i + 1 < len(segs) else b
    hit = [k for k, c in enumerate(centres) if left <= c <= right]
    return hit or _overlapping(bands, a, b)


def _grid_of(lines, segs, bands, head, end, pno, H: float, first_body: Optional[int] = None) -> Grid:
    rows = []
    first_body = head if first_body is None else first_body
    centres = column_centres(bands, [segs[j] for j in range(first_body, end + 1) if _is_body(segs[j])])
    for r, j in enumerate(range(head, end + 1)):
        row: list[Optional[GridCell]] = [None] * len(bands)
        for i, (a, b, text) in enumerate(segs[j]):
            hit = _territory(segs[j], i, bands, centres) if j < first_body else _overlapping(bands, a, b)
            top = min(w["top"] for w in lines[j])
            bottom = max(w["bottom"] for w in lines[j])
            if row[hit[0]] is not None and len(hit) == 1:
                row[hit[0]].text += " " + text
                continue
            cell = GridCell(text, (r, hit[0]), (round(a, 2), round(H - top, 2), round(b, 2), round(H - bottom, 2)), pno)
            for k in hit:
                row[k] = cell
        rows.append([c or GridCell("", (r, k), None, pno) for k, c in enumerate(row)])
    rows = _unwrap(rows, lines, segs, bands, head, first_body)
    x0 = min(b[0] for b in bands)
    x1 = max(b[1] for b in bands)
    top = min(w["top"] for w in lines[head])
    bottom = max(w["bottom"] for w in lines[end])
    return Grid(rows, "borderless", pno, bbox=(round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)),
                pages=[pno])


def _span(row, k) -> set:
    return {i for i, c in enumerate(row) if c is row[k]}


def _unwrap(rows, lines, segs, bands, head, first_body) -> list:
    """Text wrapped onto a second line: a header cell whose next line holds a cell over the same
    columns, set tight under it (closer than a third of a line), is one cell; a body line with only
    words in the first two columns, none a figure, starting lower-case, ends the row label above."""
    def top(j):
        return min(w["top"] for w in lines[j])

    def bottom(j):
        return max(w["bottom"] for w in lines[j])

    keep = [True] * len(rows)
    n_head = first_body - head
    for r in range(n_head - 1):
        j = head + r
        tight = top(j + 1) - bottom(j) < 0.35 * (bottom(j) - top(j))
        if not tight:
            continue
        for k in range(len(bands)):
            a, b = rows[r][k], rows[r + 1][k]
            if a.text and b.text and a is not b and _span(rows[r], k) == _span(rows[r + 1], k) and k == min(_span(rows[r], k)):
                a.text = f"{a.text} {b.text}"
                blank = GridCell("", b.origin, None, b.page)
                for i in _span(rows[r + 1], k):
                    rows[r + 1][i] = blank
        if not any(c.text for c in rows[r + 1]):
            keep[r + 1] = False
    for r in range(n_head, len(rows)):
        j = head + r
        texts = [c for c in segs[j]]
        if r == n_head or not texts:
            continue
        if all(_overlapping(bands, a, b_)[0] <= 1 for a, b_, _ in texts) and \
                not any(cell_value(t)[0] in ("value", "zero") for _, _, t in texts) and texts[0][2][:1].islower():
            prev = next((p for p in range(r - 1, n_head - 1, -1) if keep[p]), None)
            if prev is None:
                continue
            for k in range(len(bands)):
                if rows[r][k].text and rows[prev][k].text:
                    rows[prev][k].text += " " + rows[r][k].text
            keep[r] = False
    out = [row for r, row in enumerate(rows) if keep[r]]
    for r, row in enumerate(out):  # grid rows renumbered: origins follow
        seen = set()
        for c in row:
            if id(c) not in seen:
                seen.add(id(c))
                c.origin = (r, c.origin[1])
    return out


# ---- across pages, and the text left outside ------------------------------------------------

def merge_continued(grids: list[Grid]) -> list[Grid]:
    """A table on the next page with the same columns, first on its page, continues the one before
    (its repeated header and column-number row dropped)."""
    out: list[Grid] = []
    for g in grids:
        prev = out[-1] if out else None
        if prev is not None and g.page == prev.pages[-1] + 1 and g.n_cols == prev.n_cols and \
                _first_on_page(g, grids) and _last_on_page(prev, grids):
            ptexts, gtexts = prev.texts(), g.texts()
            hend = _header_end(ptexts)
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
                continue
            for g in tables:
                if g.bbox and y < g.bbox[1] and line.text.strip():
                    g.title = line.text.strip()[:300]
                    g.anchor = line.number
            kept.append(line)
        for textpage, _ in cache.values():
            textpage.close()
    finally:
        pdf.close()
    return kept
