"""DOCX tables (python-docx): a merged cell (gridSpan across, vMerge down) is one cell over its span."""
from __future__ import annotations

from typing import Optional

from .grid import Grid, GridCell, cell_text, footnote_mark, looks_like_data


def paragraph_text(paragraph) -> str:
    """A cell paragraph's text without its footnote marks typed as superscript ("1.234" and a
    raised "1"): they are no digits of the figure."""
    runs = list(paragraph.runs)
    if not any(run.font.superscript for run in runs):
        return paragraph.text
    return "".join(run.text for run in runs if not (run.font.superscript and footnote_mark(run.text)))


def docx_grid(table) -> Optional[Grid]:
    """The grid of a python-docx Table, or None for a layout table (no figures)."""
    try:
        rows = [list(row.cells) for row in table.rows]
    except (IndexError, ValueError):  # a malformed grid python-docx cannot lay out
        return None
    if not rows:
        return None
    width = max(len(r) for r in rows)
    origins: dict[int, tuple[int, int]] = {}
    cells = []
    for r, row in enumerate(rows):
        line = []
        for c in range(width):
            if c >= len(row):
                line.append(GridCell("", (r, c)))
                continue
            tc = row[c]._tc
            origin = origins.setdefault(id(tc), (r, c))
            text = cell_text("\n".join(paragraph_text(p) for p in row[c].paragraphs))
            line.append(GridCell(text, origin))
        cells.append(line)
    grid = Grid(cells, "docx")
    if not looks_like_data(grid.texts()):
        return None
    return grid
