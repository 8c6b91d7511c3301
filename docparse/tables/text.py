"""Tables typed in plain text: rows of cells between "|" (a "|---|" rule line skipped) or separated
by tabs (copied from a spreadsheet), and tables drawn with box-drawing characters ("│", "├───┼───┤")
or "+---+" rules in a monospaced text. A blank header cell right of a filled one, over filled cells,
continues it (a header spanning columns). When the bars stand at the same places in every row (a
drawn table), the places tell the grid: a header cell over several columns' bars spans them, the
lines between two rules are one row (a header's wrapped text), and a header cell with no rule
under it runs down into the row below."""
from __future__ import annotations

from typing import Optional

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from .grid import MARKER, Grid, GridCell, cell_text, looks_like_data

BARS = "│┃║╎╏┆┇┊┋"  # box-drawing verticals, read as "|"
_TO_BAR = str.maketrans({ch: "|" for ch in BARS})
_RULE = regex.compile(r"^[\s|:+\-=_─━═┄┅┈┉╌╍┼╋╬╪╫┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩┏┓┗┛┣┫┳┻╞╡╤╧╟╢╥╨╒╓╕╖╘╙╛╜" + BARS + r"]+$")
_RULE_CHARS = set("-=_─━═┄┅┈┉╌╍+┼╋╬╪╫┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩┏┓┗┛┣┫┳┻╞╡╤╧╟╢╥╨╒╓╕╖╘╙╛╜:")
_RULE_RUN = regex.compile(r"[-=_─━═┄┅┈┉╌╍]{3,}")  # a drawn stretch, not a zero cell's "-"


def bars(text: str) -> str:
    """A line with its box-drawing verticals as "|" (same length: places are kept).

    >>> bars("│ Sở Y tế │ 12 │")
    '| Sở Y tế | 12 |'
    """
    return text.translate(_TO_BAR)


def is_rule(text: str) -> bool:
    """A drawn rule line ("├────┼────┤", "|---|:--:|", "+----+----+"), no cell text.

    >>> is_rule("├──────┼──────┤"), is_rule("|---|---|"), is_rule("| 12 | 9 |"), is_rule("│      ├──────┤")
    (True, True, False, True)
    >>> is_rule("|:-|-:|")  # a markdown rule with short dashes
    True
    """
    t = text.strip()
    return bool(t) and bool(_RULE.match(t)) and any(ch in _RULE_CHARS for ch in t)


def _cells(text: str):
    text = bars(text)
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
        raw = []  # the block's lines as typed, rules included (a drawn table's places)
        k = i
        while k > 0 and is_rule(lines[k - 1].text) and lines[k - 1].page == lines[i].page and \
                (not out or out[-1] is lines[k - 1]):
            k -= 1  # the rule drawn above the first row ("┌────┬────┐")
        if k < i:
            raw = [ln.text for ln in lines[k:i]]
            del out[len(out) - (i - k):]
        j = i
        while j < len(lines) and lines[j].page == lines[i].page:
            if is_rule(lines[j].text):
                raw.append(lines[j].text)
                j += 1
                continue
            row = _cells(lines[j].text)
            if row is None or len(row) < 2:
                break
            block.append(row)
            raw.append(lines[j].text)
            j += 1
        grid = drawn_grid(raw, lines[i].page) or _grid(block, lines[i].page)
        if grid is None:
            out.extend(lines[k:j])
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
    from .interpret import _header_end, is_numbering_row

    end = _header_end(rows)
    heads = [k for k in range(end) if not is_numbering_row(rows[k])]  # the column numbers' row is no header
    cells = [[GridCell(t, (r, c), None, page) for c, t in enumerate(row)] for r, row in enumerate(rows)]
    for r in range(max(0, end - 1)):
        for c in range(1, width):
            if not rows[r][c] and rows[r][c - 1] and any(rows[k][c] for k in heads if k > r):
                cells[r][c] = cells[r][c - 1]  # the header to its left spans it
    return Grid(cells, "text", page, pages=[page])


def _bar_places(text: str) -> list[int]:
    return [m.start() for m in regex.finditer(r"\|", bars(text))]


def drawn_grid(raw: list[str], page: int) -> Optional[Grid]:
    """The grid of a table drawn in a monospaced text, from the places of its bars, or None when the
    bars do not stand at the same places (a "|"-separated table typed without padding).

    >>> rows = ["┌─────┬──────────────────┐", "│     │ Số hồ sơ         │", "│ Đơn │ tiếp nhận        │",
    ...         "│ vị  ├────────┬─────────┤", "│     │ Tổng   │ Trực    │", "│     │ số     │ tuyến   │",
    ...         "├─────┼────────┼─────────┤", "│ Sở A│ 12     │ 9       │", "│ Sở B│ 1.204  │ 1.000   │",
    ...         "└─────┴────────┴─────────┘"]
    >>> drawn_grid(rows, 1).texts()
    [['Đơn vị', 'Số hồ sơ tiếp nhận', 'Số hồ sơ tiếp nhận'], ['Đơn vị', 'Tổng số', 'Trực tuyến'], ['Sở A', '12', '9'], ['Sở B', '1.204', '1.000']]
    """
    lines = [bars(t) for t in raw]
    figures = [k for k, t in enumerate(lines) if not is_rule(t) and
               sum(1 for c in t.split("|") if regex.fullmatch(r"\s*[\d.,%\-]+\s*", c)) >= 2]
    if len(figures) < 2:
        return None
    places = _bar_places(lines[figures[0]])
    if len(places) < 3 or any(_bar_places(lines[k]) != places for k in figures):
        return None
    n_cols = len(places) - 1

    def segs(t: str) -> list[str]:
        t = t.ljust(places[-1] + 1)
        return [t[places[c] + 1:places[c + 1]] for c in range(n_cols)]

    def ruled(seg: str) -> bool:  # a rule drawn across the column ("─────"), not a zero cell ("  -  ")
        return bool(_RULE_RUN.search(seg)) and all(ch in _RULE_CHARS or ch.isspace() for ch in seg)

    place_set = set(places)
    groups: list[list[tuple[int, Optional[set]]]] = []  # each logical row: (line, the columns it gives text to)
    under: dict[int, set] = {}  # the columns a rule is drawn under, by logical row
    current: list = []
    for k, t in enumerate(lines):
        parts = segs(t)
        rules = {c for c, seg in enumerate(parts) if ruled(seg)}
        if rules or is_rule(t):
            texts = {c for c, seg in enumerate(parts) if seg.strip() and c not in rules}
            if texts and current:
                current.append((k, texts))  # "│ vị  ├────┬────┤": the rest of a cell that runs down
            if current:
                groups.append(current)
                current = []
            if groups:
                under[len(groups) - 1] = rules if not is_rule(t) or rules else set(range(n_cols))
            continue
        if not set(_bar_places(t)) <= place_set:
            return None
        if k >= figures[0]:
            if current:
                groups.append(current)
                current = []
            groups.append([(k, None)])
            continue
        current.append((k, None))
    if current:
        groups.append(current)
    n_head = sum(1 for g in groups if g[0][0] < figures[0])
    cells: list[list[GridCell]] = []
    for r, group in enumerate(groups):
        full = [k for k, cols in group if cols is None]
        own = sorted({p for k in full for p in _bar_places(lines[k])} & place_set) or places
        row: list[GridCell] = []
        for a, b in zip(own, own[1:]):
            cols = [c for c in range(n_cols) if places[c] >= a and places[c + 1] <= b]
            if not cols:
                continue
            words = []
            for k, given in group:
                if given is None:
                    words.append(lines[k].ljust(b)[a + 1:b].strip())
                elif set(cols) <= given:
                    words.append(" ".join(segs(lines[k])[c].strip() for c in cols))
            cell = GridCell(cell_text(" ".join(words)), (r, cols[0]), None, page)
            row.extend(cell for _ in cols)
        if len(row) != n_cols:
            return None
        cells.append(row)
    for r in range(1, n_head):  # a header cell with no rule under it runs down into the row below
        for c in range(n_cols):
            above = cells[r - 1][c]
            if not cells[r][c].text and above.text and c not in under.get(r - 1, set()):
                cells[r][c] = above
    if not looks_like_data([[c.text for c in row] for row in cells]):
        return None
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
