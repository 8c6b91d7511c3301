"""Statistics tables in plain text: rows of cells split by "|" (a portal page copied to text,
Markdown) or by tabs (cells pasted from a spreadsheet). Aligned columns without a separator are
not read here: in plain text they cannot be told from a layout reliably.

A table is a run of at least two consecutive lines that split into the same number (three or
more) of cells; a Markdown rule line ("|---|---|") inside it is dropped. The run is taken out of
the text: its first line becomes a marker (``grid.MARKER``) and the others blank lines, so every
other line keeps its number, and the table is read by ``tables/interpret.py`` like any other grid.
"""
from __future__ import annotations

import regex

from .grid import MARKER, Grid, GridCell, cell_text, looks_like_data

_RULE = regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def split_row(line: str) -> list[str] | None:
    """The cells of a table line, or None for a line that is no table row.

    >>> split_row("Huyện Mỹ Lộc | 1620 | 1597 | 99.62")
    ['Huyện Mỹ Lộc', '1620', '1597', '99.62']
    >>> split_row("| Đơn vị | Tiếp nhận | Đã giải quyết |")
    ['Đơn vị', 'Tiếp nhận', 'Đã giải quyết']
    >>> split_row("Sở Tư pháp\\t1.204\\t1.180")
    ['Sở Tư pháp', '1.204', '1.180']
    >>> split_row("Cập nhật: 06-05-2024 | 14:20") is None  # two cells: a byline, not a row
    True
    """
    text = line.strip()
    if "|" in text:
        parts = text.strip("|").split("|")
    elif "\t" in text:
        parts = text.split("\t")
    else:
        return None
    cells = [cell_text(p) for p in parts]
    return cells if len(cells) >= 3 else None


def extract_text_tables(text: str) -> tuple[str, list[Grid]]:
    """(the text with each table's lines replaced, the grids).

    >>> rest, grids = extract_text_tables("Kết quả:\\nĐơn vị | Tiếp nhận | Đúng hạn\\n"
    ...                                   "Huyện A | 120 | 118\\nHuyện B | 80 | 80\\nGhi chú.")
    >>> grids[0].texts()[2], rest.splitlines()[2] == "", len(rest.splitlines())
    (['Huyện B', '80', '80'], True, 5)
    """
    lines = text.split("\n")
    grids: list[Grid] = []
    i = 0
    while i < len(lines):
        first = split_row(lines[i])
        if first is None:
            i += 1
            continue
        rows, j = [first], i + 1
        while j < len(lines):
            if _RULE.match(lines[j]) and "-" in lines[j]:
                j += 1
                continue
            cells = split_row(lines[j])
            if cells is None or len(cells) != len(first):
                break
            rows.append(cells)
            j += 1
        if len(rows) >= 2 and looks_like_data(rows):
            cells = [[GridCell(t, (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]
            lines[i] = f"{MARKER}{len(grids)}"
            for k in range(i + 1, j):
                lines[k] = ""
            grids.append(Grid(cells, "text"))
        i = j
    return "\n".join(lines), grids
