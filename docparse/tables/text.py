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
