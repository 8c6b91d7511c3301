"""Tables typed in plain text: rows of cells between "|" (a "|---|" rule line skipped) or separated
by tabs (copied from a spreadsheet). A blank header cell right of a filled one, over filled cells,
continues it (a header spanning columns)."""
from __future__ import annotations

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from .grid import MARKER, Grid, GridCell, cell_text, looks_like_data

_RULE = regex.compile(r"^[\s|:+\-=_]+$")


def _cells(text: str):
    if text.count("|") >= 2:
        parts = text.strip().split("|")
        if parts and not parts[0].strip():
            parts = parts[1:]
        if parts and not parts[-1].strip():
            parts = parts[:-1]
        return [cell_text(p) for p in parts]
    if text.count("\t") >= 2:
        return [cell_text(p) for p in text.split("\t")]
    return None


def text_tables(lines: list) -> tuple[list, list[Grid]]:
    """(lines with a marker in place of each table, the grids).

    >>> from docparse.extractors.base import Line
    >>> rows = ["| Đơn vị | Tiếp nhận | |", "| | Tổng số | Trực tuyến |", "|---|---|---|", "| Sở Y tế | 12 | 9 |"]
    >>> out, grids = text_tables([Line(t, 1, i + 1) for i, t in enumerate(rows)])
    >>> grids[0].texts()[0], len(out)
    (['Đơn vị', 'Tiếp nhận', 'Tiếp nhận'], 1)
    """
    out, grids = [], []
    i = 0
    while i < len(lines):
        cells = _cells(lines[i].text)
        if cells is None or len(cells) < 3:
            out.append(lines[i])
            i += 1
            continue
        block = []
        j = i
        while j < len(lines) and lines[j].page == lines[i].page:
            if _RULE.match(lines[j].text) and "|" in lines[j].text or (not lines[j].text.strip() and False):
                j += 1
                continue
            row = _cells(lines[j].text)
            if row is None or len(row) < 2:
                break
            block.append(row)
            j += 1
        grid = _grid(block, lines[i].page)
        if grid is None:
            out.extend(lines[i:j])
        else:
            marker = type(lines[i])(f"{MARKER}{len(grids)}", lines[i].page, lines[i].number)
            out.append(marker)
            grids.append(grid)
        i = max(j, i + 1)
    return out, grids


def _grid(block: list[list[str]], page: int):
    width = max(len(r) for r in block)
    rows = [r + [""] * (width - len(r)) for r in block]
    if not looks_like_data(rows):
        return None
    from .interpret import _header_end

    end = _header_end(rows)
    cells = [[GridCell(t, (r, c), None, page) for c, t in enumerate(row)] for r, row in enumerate(rows)]
    for r in range(max(0, end - 1)):
        for c in range(1, width):
            if not rows[r][c] and rows[r][c - 1] and any(rows[k][c] for k in range(r + 1, end)):
                cells[r][c] = cells[r][c - 1]  # the header to its left spans it
    return Grid(cells, "text", page, pages=[page])


# ---- tables aligned with spaces (a portal's export, a report typed in a monospaced editor) --------
# Each character is one unit of width, so the borderless reader of text-layer PDFs finds the columns:
# one space joins words of a cell, two or more part cells.
_CHAR, _PITCH, _HEIGHT = 5.0, 18.0, 12.0
_TOKEN = regex.compile(r"\S+")
_WIDE_GAP = regex.compile(r"\S\s{2,}\S")


def _aligned_candidate(text: str) -> bool:
    """A line with three or more cells parted by two spaces or more, two of them figures.

    >>> _aligned_candidate("1  Sở Tư pháp      2015    2015   100.00%"), _aligned_candidate("UBND TỈNH      CỘNG HÒA")
    (True, False)
    """
    from .interpret import cell_value

    cells = regex.split(r"\s{2,}", text.strip())
    return len(cells) >= 3 and sum(cell_value(c)[0] in ("value", "zero") for c in cells) >= 2


def aligned_tables(lines: list) -> tuple[list, list[Grid]]:
    """(lines with a marker in place of each table, the grids) of tables whose columns are aligned
    with spaces; a page without two candidate rows pays nothing more.

    >>> from docparse.extractors.base import Line
    >>> rows = ["Kết quả tháng 7", "STT  Đơn vị               Đã giải quyết   Đúng hạn",
    ...         "1    Sở Tư pháp                    2015       2015", "2    Sở Y tế                        611        604",
    ...         "3    Sở Nội vụ                      179        170", "Ghi chú: số liệu từ hệ thống."]
    >>> out, grids = aligned_tables([Line(t, 1, i + 1) for i, t in enumerate(rows)])
    >>> [ln.text for ln in out][0], out[1].text.startswith(MARKER), grids[0].texts()[-1][1:]
    ('Kết quả tháng 7', True, ['Sở Nội vụ', '179', '170'])
    """
    from .pdf import borderless_tables

    if sum(1 for ln in lines if _WIDE_GAP.search(ln.text) and _aligned_candidate(ln.text)) < 2:
        return lines, []
    out, grids = [], []
    pages: dict[int, list] = {}
    for ln in lines:
        pages.setdefault(ln.page, []).append(ln)
    for page, page_lines in pages.items():
        # a line of one cell (a caption, a note, a paragraph) stands apart, as a PDF sets it: no
        # header reaches over it
        tops, y = [], 0.0
        for ln in page_lines:
            alone = not _WIDE_GAP.search(ln.text.strip())
            y += _PITCH * (3 if alone else 1)
            tops.append(y)
            y += _PITCH * (2 if alone else 0)
        index = {top: i for i, top in enumerate(tops)}
        words = [{"text": m.group(), "x0": m.start() * _CHAR, "x1": m.end() * _CHAR,
                  "top": tops[i], "bottom": tops[i] + _HEIGHT}
                 for i, ln in enumerate(page_lines) for m in _TOKEN.finditer(ln.text.expandtabs(8))]
        found = borderless_tables(words, page, y + _PITCH) if words else []
        spans = []
        for g in found:
            first, last = index.get(g.bbox[1]), index.get(round(g.bbox[3] - _HEIGHT, 2))
            if first is None or last is None:
                continue
            for row in g.cells:
                for cell in row:
                    cell.box = None  # no place on a page to show
            g.bbox, g.source = None, "text"
            spans.append((first, last, g))
        i = 0
        for first, last, g in sorted(spans, key=lambda s: s[0]):
            out.extend(page_lines[i:first])
            out.append(type(page_lines[first])(f"{MARKER}{len(grids)}", page, page_lines[first].number))
            grids.append(g)
            i = last + 1
        out.extend(page_lines[i:])
    return out, grids
