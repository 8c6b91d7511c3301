"""Tables of scanned (OCR'd) pages whose rules are visible: the page is rendered again at a low
resolution, long dark runs give the horizontal and vertical rules, a rule missing between two slots
merges them (a spanning header), and the OCR words fill the cells by their centres. Only pages
whose OCR lines look tabular are looked at. Figures OCR misreads in small print are common and a
misread cell breaks its row's and column's identities, so facts read from these grids count as
garbled: their findings are info only (precision first).

>>> _positions([False, True, True, False, True])
[1.5, 4.0]
"""
from __future__ import annotations

from typing import Optional

from .grid import Grid, GridCell, cell_text, looks_like_data
from .pdf import tabular_line

DPI = 100
DARK = 200  # grey level under which a pixel is ink (below the paper's own grey by 40 at least)
H_RUN = 0.06  # a horizontal rule runs this share of the page width at least (no text has such a run)
V_RUN = 0.025  # a vertical rule this share of the page height
EDGE = 0.75  # share of a boundary's pixels that must be ink for two slots to stay apart


def _longest_runs(mask, axis: int):
    """For each row (axis=1) or column (axis=0) of a boolean image, its longest run of ink."""
    import numpy as np

    m = mask if axis == 1 else mask.T
    best = np.zeros(m.shape[0], dtype=int)
    run = np.zeros(m.shape[0], dtype=int)
    for j in range(m.shape[1]):
        col = m[:, j]
        run = np.where(col, run + 1, 0)
        best = np.maximum(best, run)
    return best


def _positions(flags) -> list[float]:
    """Centres of consecutive flagged indices (a rule drawn two or three pixels thick is one)."""
    out, start = [], None
    for i, f in enumerate(list(flags) + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start + i - 1) / 2)
            start = None
    return out


def candidate_pages(lines) -> list[int]:
    counts: dict[int, int] = {}
    for line in lines:
        if line.char_start is None and line.words and tabular_line(line.text):
            counts[line.page] = counts.get(line.page, 0) + 1
    return sorted(p for p, n in counts.items() if n >= 2)


def page_rules(data: bytes, page_no: int):
    """(horizontal rule ys, vertical rule xs, ink mask, scale, page box) of one page, in pixels."""
    import numpy as np
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[page_no - 1]
        box = page.get_mediabox()
        scale = DPI / 72
        image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        rotation = page.get_rotation()
    finally:
        pdf.close()
    if rotation:
        return None
    gray = np.asarray(image)
    ink = gray < min(DARK, float(np.median(gray)) - 40)  # thin rules render grey at a low resolution
    h, w = ink.shape
    rows = _longest_runs(ink, 1) >= H_RUN * w
    cols = _longest_runs(ink, 0) >= V_RUN * h
    return _positions(rows), _positions(cols), ink, scale, box


def _grid_from_rules(ys, xs, ink, words, to_pdf, page_no) -> Optional[Grid]:
    import numpy as np

    if len(ys) < 3 or len(xs) < 4:
        return None
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = {(r, c): (r, c) for r in range(n_rows) for c in range(n_cols)}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def inked(a, b, fixed, vertical) -> bool:
        a, b = int(a) + 2, int(b) - 1
        if b <= a:
            return True
        f = int(round(fixed))
        band = ink[a:b, max(0, f - 1):f + 2] if vertical else ink[max(0, f - 1):f + 2, a:b]
        line = band.any(axis=1 if vertical else 0)
        return line.mean() >= EDGE

    for r in range(n_rows):
        for c in range(n_cols - 1):
            if not inked(ys[r], ys[r + 1], xs[c + 1], True):
                parent[find((r, c + 1))] = find((r, c))
    for r in range(n_rows - 1):
        for c in range(n_cols):
            if not inked(xs[c], xs[c + 1], ys[r + 1], False):
                parent[find((r + 1, c))] = find((r, c))
    # words by slot: centres in pixels
    slot_words: dict = {}
    for text, (px, py) in words:
        r = int(np.searchsorted(ys, py)) - 1
        c = int(np.searchsorted(xs, px)) - 1
        if 0 <= r < n_rows and 0 <= c < n_cols:
            slot_words.setdefault(find((r, c)), []).append((py, px, text))
    cells: dict = {}
    grid_cells = []
    for r in range(n_rows):
        row = []
        for c in range(n_cols):
            root = find((r, c))
            if root not in cells:
                members = [k for k in parent if find(k) == root]
                r0, c0 = min(k[0] for k in members), min(k[1] for k in members)
                r1, c1 = max(k[0] for k in members), max(k[1] for k in members)
                ws = sorted(slot_words.get(root, []), key=lambda w: (round(w[0] / 6), w[1]))
                box = to_pdf(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])
                cells[root] = GridCell(cell_text(" ".join(w[2] for w in ws)), (r0, c0), box, page_no)
            row.append(cells[root])
        grid_cells.append(row)
    grid = Grid(grid_cells, "ocr", page_no, pages=[page_no])
    return grid if looks_like_data(grid.texts()) else None


def ocr_tables(data: bytes, lines: list) -> tuple[list, list[Grid]]:
    """(the OCR lines outside the tables, the tables' grids) of the OCR'd pages of a PDF."""
    pages = candidate_pages(lines)
    if not pages:
        return lines, []
    grids: list[Grid] = []
    drop: set = set()
    for page_no in pages:
        found = page_rules(data, page_no)
        if found is None:
            continue
        ys, xs, ink, scale, (x0, y0, x1, y1) = found

        def to_px(bx, by):  # PDF user space -> pixels (top-left origin)
            return (bx - x0) * scale, (y1 - by) * scale

        def to_pdf(a, top, b, bottom):
            return (round(x0 + a / scale, 2), round(y1 - top / scale, 2), round(x0 + b / scale, 2),
                    round(y1 - bottom / scale, 2))

        page_lines = [ln for ln in lines if ln.page == page_no and ln.words]
        words = []
        owner = []
        for ln in page_lines:
            for start, end, box in ln.words:
                if not box:
                    continue
                cx, cy = to_px((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
                words.append((ln.text[start:end], (cx, cy)))
                owner.append(id(ln))
        grid = _grid_from_rules(ys, xs, ink, words, to_pdf, page_no)
        if grid is None:
            continue
        top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
        for ln in page_lines:
            inside = 0
            for start, end, box in ln.words:
                if box:
                    cx, cy = to_px((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
                    inside += top <= cy <= bottom and left <= cx <= right
            if inside * 2 > len(ln.words):
                drop.add(id(ln))
        above = [ln for ln in page_lines if id(ln) not in drop and ln.words and ln.words[0][2]
                 and to_px(0, ln.words[0][2][1])[1] < top]
        if above:
            grid.title = above[-1].text.strip()[:300]
            grid.anchor = above[-1].number
        grid.bbox = (round(x0 + left / scale, 2), round((top) / scale, 2), round(x0 + right / scale, 2),
                     round(bottom / scale, 2))
        grids.append(grid)
    out, placed = [], set()
    for ln in lines:
        if id(ln) in drop:
            key = (ln.page,)
            if key not in placed:
                placed.add(key)
                out.append(type(ln)("", ln.page, ln.number, table=len(placed) - 1))
            continue
        out.append(ln)
    return out, grids
