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

from ..data import load
from ..normalize.text import fold
from .grid import MARKER, Grid, GridCell, cell_text, from_spans, looks_like_data, two_column_table

BARS = "│┃║╎╏┆┇┊┋"  # box-drawing verticals, read as "|"
_TO_BAR = str.maketrans({ch: "|" for ch in BARS})
_RULE = regex.compile(r"^[\s|:+\-=_─━═┄┅┈┉╌╍┼╋╬╪╫┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩┏┓┗┛┣┫┳┻╞╡╤╧╟╢╥╨╒╓╕╖╘╙╛╜" + BARS + r"]+$")
_RULE_CHARS = set("-=_─━═┄┅┈┉╌╍+┼╋╬╪╫┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩┏┓┗┛┣┫┳┻╞╡╤╧╟╢╥╨╒╓╕╖╘╙╛╜:")
_ELISION = regex.compile(r"\s*(?:" + "|".join(regex.escape(w) for w in sorted(load("tables")["elision_rows"], key=len, reverse=True)) + r")\s*")
_FIGURE_CELL = regex.compile(r"\s*(?:[\d.,]*\d[\d.,]*\s?%?|[-–—])\s*")  # "12", "98,5%", "-"; not a header's "%"
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


def label_tail(above: list[str], row: list[str]) -> bool:
    """A typed row that only ends the label of the body row above (the name wrapped onto a second
    line): one cell filled, under a filled cell of a row with figures, no figure itself, its first
    letter lower case ("và Môi trường" under "Sở Nông nghiệp"; an upper-case line may be a heading).

    >>> label_tail(["1", "Sở Nông nghiệp", "1.300", "846"], ["", "và Môi trường", "", ""])
    True
    >>> label_tail(["1", "Sở Nội vụ", "1.300", "846"], ["", "Cấp xã", "", ""]), label_tail(["", "Cấp tỉnh", "", ""], ["", "gồm", "", ""])
    (False, False)
    """
    from .interpret import cell_value

    filled = [c for c, t in enumerate(row) if t]
    if len(filled) != 1 or len(above) != len(row):
        return False
    c = filled[0]
    first = next((ch for ch in row[c] if ch.isalpha()), "")
    return bool(above[c]) and first.islower() and cell_value(row[c])[0] == "text" and \
        sum(cell_value(t)[0] in ("value", "zero") for t in above) >= 2


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
        if cells is None or len(cells) < 3 and not _barred_pair(lines, i):
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
            if row is None and _ELISION.fullmatch(lines[j].text) and j + 1 < len(lines) \
                    and (_cells(lines[j + 1].text) or [None, None])[1:]:
                raw.append(lines[j].text)  # "...": rows left out, the table goes on; the row kept
                block.append([lines[j].text.strip(), lines[j].text.strip()])  # (no sum of the rows shown is whole)
                j += 1
                continue
            if row is None or len(row) < 2:
                break
            if block and label_tail(block[-1], row):
                block[-1] = [f"{a} {b}".strip() for a, b in zip(block[-1], row)]  # the label above wraps
                raw.append(lines[j].text)
                j += 1
                continue
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


def _barred_pair(lines, i: int) -> bool:
    """Line ``i`` and the next are rows of two cells with their outer bars typed ("| Đơn vị | Số hồ
    sơ trễ hạn |" over "| Sở Y tế | 15 |"): a two-column table may begin (``grid.two_column_table``
    decides); a line with one bar inside its prose is none.

    >>> from docparse.extractors.base import Line
    >>> _barred_pair([Line("| Đơn vị | Trễ hạn |", 1, 1), Line("| Sở Y tế | 15 |", 1, 2)], 0)
    True
    >>> _barred_pair([Line("Sở A | 12 | 9", 1, 1), Line("| Sở Y tế | 15 |", 1, 2)], 0)
    False
    """
    def barred(k):
        t = bars(lines[k].text).strip() if k < len(lines) else ""
        return len(t) > 2 and t[0] == "|" and t[-1] == "|" and len(_cells(t) or ()) == 2

    return barred(i) and barred(i + 1) and lines[i + 1].page == lines[i].page


_LABEL_VALUE = regex.compile(r"^(?P<label>[^\d:|]{2,60}?)\s*:\s*(?P<value>\d[\d.,]*\s*%?)$")


def label_value_rows(block: list[list[str]]) -> Optional[list[list[str]]]:
    """Rows of "label: value" cells with no header row ("Sở, ban, ngành | Tiếp nhận: 6604 |
    Trực tuyến: 6212 | Tỷ lệ: 94.1%"), every row naming the same labels in the same order after its
    first cell: the labels as the header row, the values as the cells (a table with a header).

    >>> label_value_rows([["Sở A", "Tiếp nhận: 12", "Trực tuyến: 9"], ["Sở B", "Tiếp nhận: 1.204", "Trực tuyến: 1.000"]])
    [['', 'Tiếp nhận', 'Trực tuyến'], ['Sở A', '12', '9'], ['Sở B', '1.204', '1.000']]
    >>> label_value_rows([["Sở A", "Tiếp nhận: 12", "Trực tuyến: 9"], ["Sở B", "Đã giải quyết: 7", "Trực tuyến: 1"]]) is None
    True
    """
    if len(block) < 2:
        return None
    labels, rows = None, []
    for row in block:
        if len(row) < 3 or _LABEL_VALUE.match(row[0]):
            return None
        cells = [_LABEL_VALUE.match(c) for c in row[1:]]
        if not all(cells):
            return None
        names = [" ".join(m["label"].split()) for m in cells]
        if labels is None:
            labels = names
        elif [n.casefold() for n in names] != [n.casefold() for n in labels]:
            return None
        rows.append([row[0]] + [m["value"].strip() for m in cells])
    return [[""] + labels] + rows


def _grid(block: list[list[str]], page: int):
    """The grid of a typed table's rows; a row one cell short that writes words where the header
    has its ordinal column ('STT') left the ordinal out (data: tables.json elision_rows' _doc).

    >>> g = _grid([["STT", "Đơn vị", "Tiếp nhận", "Trực tuyến"], ["01", "Xã A", "120", "96"], ["Tổng cấp xã", "980", "700"]], 1)
    >>> g.texts()[2]
    ['', 'Tổng cấp xã', '980', '700']
    """
    block = label_value_rows(block) or block
    width = max(len(r) for r in block)
    from .interpret import _NUMBER_HEADERS

    ordinal = " ".join(regex.findall(r"[a-z0-9%]+", fold(block[0][0]))) in _NUMBER_HEADERS if block[0] else False
    block = [[""] + r if ordinal and len(r) == width - 1 and r and regex.search(r"[^\W\d_]", r[0])
             else r for r in block]
    rows = [r + [""] * (width - len(r)) for r in block]
    if not (looks_like_data(rows) or two_column_table(rows)):
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
    >>> drawn_grid(["STT | Đơn vị | Nhận | Tỷ lệ", "1   | Xã A   |  120 | 96,5", "2   | Xã B   |   80 | 91,0"], 1).texts()[1]
    ['1', 'Xã A', '120', '96,5']
    """
    lines = [bars(t) for t in raw]
    figures = [k for k, t in enumerate(lines) if not is_rule(t) and
               sum(1 for c in t.split("|") if _FIGURE_CELL.fullmatch(c)) >= 2]
    if len(figures) < 2:
        return None
    places = _bar_places(lines[figures[0]])
    if len(places) < 2 or any(_bar_places(lines[k]) != places for k in figures):
        return None
    # a table typed without its outer bars ("STT | Đơn vị | … | Tỷ lệ đúng hạn"): its first and last
    # columns stand before the first bar and after the last; they are columns too
    edges = []
    if any(lines[k][:places[0]].strip() for k in figures):
        edges.append(-1)
    if any(lines[k][places[-1] + 1:].strip() for k in figures):
        edges.append(max(len(t) for t in lines) + 1)
    places = sorted(places + edges)
    if len(places) < 3:
        return None
    n_cols = len(places) - 1

    def segs(t: str) -> list[str]:
        t = t.ljust(places[-1] + 1)
        return [t[places[c] + 1:places[c + 1]] for c in range(n_cols)]

    def ruled(seg: str) -> bool:  # a rule drawn across the column ("─────"), not a zero cell ("  -  ")
        return bool(_RULE_RUN.search(seg)) and all(ch in _RULE_CHARS or ch.isspace() for ch in seg)

    place_set = set(places)
    # rules drawn between body rows ("├───┼───┤" under each row): the lines between two rules are
    # one row (a unit's name wrapped over two lines)
    body_ruled = any(is_rule(lines[k]) for k in range(figures[0] + 1, figures[-1]))
    first = figures[0]  # the body's first line: a row of one figure right above the rows of two or
    while first > 0 and not is_rule(lines[first - 1]) and \
            sum(1 for c in lines[first - 1].split("|")[1:] if _FIGURE_CELL.fullmatch(c) and c.strip()) >= 1 and \
            regex.search(r"\p{L}", lines[first - 1]):  # more ("Toàn tỉnh | 101.263 | | |", a total set first)
        first -= 1
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
        if k >= first and not body_ruled:
            if current:
                groups.append(current)
                current = []
            if groups and groups[-1][-1][0] >= first and label_tail(
                    [seg.strip() for seg in segs(lines[groups[-1][0][0]])], [seg.strip() for seg in parts]):
                groups[-1].append((k, None))  # "│   │ và Môi trường │   │": the label above wraps
                continue
            groups.append([(k, None)])
            continue
        current.append((k, None))  # a header's lines, or a body row's lines between two rules
    if current:
        groups.append(current)
    n_head = sum(1 for g in groups if g[0][0] < first)
    cells: list[list[GridCell]] = []
    for r, group in enumerate(groups):
        full = [k for k, cols in group if cols is None]
        own = sorted(({p for k in full for p in _bar_places(lines[k])} | set(edges)) & place_set) or places
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
_TOKEN = regex.compile(r"\d[\d.,]*\s?[(\[]\d+(?:[.,]\d+)?\s?%[)\]]|\S+")  # "8305 (98.7%)": one word, a count and its share
_WIDE_GAP = regex.compile(r"\S\s{2,}\S")


def _aligned_candidate(text: str) -> bool:
    """A line with three or more cells parted by two spaces or more, two of them figures.

    >>> _aligned_candidate("1  Sở Tư pháp      2015    2015   100.00%"), _aligned_candidate("UBND TỈNH      CỘNG HÒA")
    (True, False)
    """
    from .interpret import cell_value, count_and_share

    cells = regex.split(r"\s{2,}", text.strip())
    return len(cells) >= 3 and sum(cell_value(c)[0] in ("value", "zero") or bool(count_and_share(c))
                                   for c in cells) >= 2


def label_line(above: str, text: str, below: str) -> bool:
    """A line of one cell that ends the name of the table row above it (wrapped in a narrow column):
    no figure, under a row of the table, and either above another row or set in the column of one
    of the row's cells.

    >>> row = "3    Sở Tài nguyên       1790    1702"
    >>> label_line(row, "     và Môi trường", ""), label_line(row, "     và Môi trường", "4    Sở Y tế    12    9")
    (True, True)
    >>> label_line(row, "Ghi chú: số liệu từ hệ thống.", ""), label_line(row, "     Tổng 1790", "")
    (False, False)
    >>> label_line("Sở Văn hóa, Thể     14,22    16,64", "thao và Du lịch", "")  # the first column, lower case
    True
    """
    from .interpret import cell_value

    if not text.strip() or not _aligned_candidate(above) or \
            any(cell_value(w)[0] in ("value", "zero") for w in text.split()):
        return False
    if _WIDE_GAP.search(below) and _aligned_candidate(below):
        return True
    indent = len(text) - len(text.lstrip())
    starts = {m.start() for m in regex.finditer(r"(?:(?<=\s{2})|^)\S", above)}
    first = next((ch for ch in text if ch.isalpha()), "")
    return indent in starts and (indent > 0 or first.islower())


def dashed_rule(text: str) -> bool:
    """A rule line of a table aligned with spaces: drawn stretches only ("-----  ------", "====="),
    no cell text and no lone "-" (a zero cell).

    >>> dashed_rule("---   -------------   -----"), dashed_rule("  -      12"), dashed_rule("-")
    (True, False, False)
    """
    return is_rule(text) and bool(_RULE_RUN.search(text))


def by_order(grid: Grid, texts: list[str]) -> None:
    """A text table's cells set by order where the places of its words mislead (figures set right
    of their header, a total's figures shifted left): a body line whose cells (parted by two spaces
    or more) are exactly as many as the columns, holding the same words as its row, gives them
    column by column; a header of one line whose last cells are whole headers of the catalogue, as
    many as the figure columns, names those columns in order, its first cell the row headers.

    >>> from docparse.tables.grid import from_spans
    >>> g = from_spans([[("Đơn vị", 1, 1), ("Điểm", 1, 1), ("Tối đa", 1, 1)], [("Sở A", 1, 1), ("16,42", 1, 1), ("18", 1, 1)],
    ...                 [("TỔNG", 1, 1), ("84,37 100", 1, 1), ("", 1, 1)]], "text")
    >>> by_order(g, ["Đơn vị      Điểm   Tối đa", "Sở A       16,42     18", "TỔNG      84,37   100"]); g.texts()[2]
    ['TỔNG', '84,37', '100']
    """
    from .interpret import _header_end, cell_value, whole_header

    rows = grid.texts()
    end = _header_end(rows)
    n_body = grid.n_rows - end
    if n_body < 1 or n_body > len(texts):
        return
    page = grid.page
    body_texts = texts[len(texts) - n_body:]
    for k, text in enumerate(body_texts):
        r = end + k
        cells = regex.split(r"\s{2,}", text.strip())
        if len(cells) != grid.n_cols or cells == rows[r]:
            continue
        seen, words = set(), []
        for cell in grid.cells[r]:
            if id(cell) not in seen and cell.text:
                seen.add(id(cell))
                words.extend(cell.text.split())
        if words != " ".join(cells).split():
            continue
        grid.cells[r] = [GridCell(cell_text(t), (r, c), None, page) for c, t in enumerate(cells)]
    head = texts[:len(texts) - n_body]
    if len(head) != 1:
        return
    body = grid.texts()[end:]
    def is_figures(c: int) -> bool:
        return all(cell_value(row[c])[0] in ("value", "zero", "na", "nodata", "blank") for row in body) \
            and any(cell_value(row[c])[0] == "value" for row in body)

    figures = []  # the figure columns at the right (an ordinal column at the left is none of them)
    for c in range(grid.n_cols - 1, -1, -1):
        if not is_figures(c):
            break
        figures.insert(0, c)
    if not figures or len(figures) == grid.n_cols:
        return
    cells = regex.split(r"\s{2,}", head[0].strip())
    names = cells[len(cells) - len(figures):]
    labels = cells[:len(cells) - len(figures)]
    if len(cells) <= len(figures) or not all(whole_header(t) for t in names):
        return
    if [rows[end - 1][c] for c in figures] == names and end == 1:
        return
    n_label = grid.n_cols - len(figures)
    if len(labels) != n_label and len(labels) != 1:
        return
    row: list[GridCell] = []
    if len(labels) == n_label:
        row = [GridCell(cell_text(t), (0, c), None, page) for c, t in enumerate(labels)]
    else:
        spanning = GridCell(cell_text(labels[0]), (0, 0), None, page)
        row = [spanning] * n_label
    row += [GridCell(cell_text(t), (0, n_label + k), None, page) for k, t in enumerate(names)]
    body_cells = grid.cells[end:]
    for r, line in enumerate(body_cells, start=1):
        for c, cell in enumerate(line):
            if cell.origin[0] >= end:
                line[c] = GridCell(cell.text, (cell.origin[0] - end + 1, cell.origin[1]), cell.box, cell.page)
    grid.cells = [row] + body_cells


def join_wrapped_header(grid: Grid) -> None:
    """A text table's header lines that are one header wrapped (a text sets every line at one pitch,
    so a wrapped cell's lines look like header rows): two header rows none of whose cells spans
    columns, each filled cell of the lower under a filled cell of the upper, are one row, each
    column's texts joined ("Số HS" over "nhận" is "Số HS nhận"). A group header over several
    columns, or a leaf under a blank, keeps the rows apart. ``grid`` is changed.

    >>> g = from_spans([[("Đơn", 1, 1), ("Số HS", 1, 1), ("Đang", 1, 1)], [("vị", 1, 1), ("nhận", 1, 1), ("GQ", 1, 1)],
    ...                 [("Xã A", 1, 1), ("12", 1, 1), ("3", 1, 1)]], "text")
    >>> join_wrapped_header(g); g.texts()
    [['Đơn vị', 'Số HS nhận', 'Đang GQ'], ['Xã A', '12', '3']]
    >>> g = from_spans([[("Đơn vị", 2, 1), ("Tiếp nhận", 1, 2)], [("Tổng", 1, 1), ("Trực tuyến", 1, 1)],
    ...                 [("Xã A", 1, 1), ("12", 1, 1), ("3", 1, 1)]], "text")
    >>> join_wrapped_header(g); g.texts()[0]
    ['Đơn vị', 'Tiếp nhận', 'Tiếp nhận']
    """
    from .interpret import _header_end, is_numbering_row

    def spans(r: int) -> bool:
        row = grid.cells[r]
        return any(row[c] is row[c + 1] for c in range(len(row) - 1))

    r = 0
    while r + 1 < _header_end(grid.texts()):
        upper, lower = grid.cells[r], grid.cells[r + 1]
        texts = grid.texts()
        if is_numbering_row(texts[r]) or is_numbering_row(texts[r + 1]) or spans(r) or spans(r + 1) or \
                any(lo.text and lo is not up and not up.text for up, lo in zip(upper, lower)) or \
                not any(lo.text and up.text and lo is not up for up, lo in zip(upper, lower)):
            r += 1
            continue
        row = [GridCell(cell_text(up.text if lo is up else f"{up.text} {lo.text}"), (r, c), up.box, up.page)
               for c, (up, lo) in enumerate(zip(upper, lower))]
        rest = grid.cells[r + 2:]
        seen: set = set()
        for line in rest:
            for cell in line:
                if id(cell) not in seen:
                    seen.add(id(cell))
                    cell.origin = (cell.origin[0] - 1, cell.origin[1])
        grid.cells = grid.cells[:r] + [row] + rest


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
    if sum(1 for ln in lines if _WIDE_GAP.search(ln.text) and _aligned_candidate(ln.text)) < 2:
        return lines, []
    from .pdf import borderless_tables  # (imported only for a text that has aligned rows: ~40 ms)

    out, grids = [], []
    pages: dict[int, list] = {}
    for ln in lines:
        pages.setdefault(ln.page, []).append(ln)
    for page, page_lines in pages.items():
        # a line of one cell (a caption, a note, a paragraph) stands apart, as a PDF sets it: no
        # header reaches over it
        tops, y = [], 0.0
        for k, ln in enumerate(page_lines):
            if dashed_rule(ln.text):
                tops.append(None)  # a rule drawn under the header ("------  -----"): no row, no room
                continue
            alone = not _WIDE_GAP.search(ln.text.strip())
            if alone and _ELISION.fullmatch(ln.text) and 0 < k < len(page_lines) - 1 \
                    and all(_WIDE_GAP.search(page_lines[j].text) and _aligned_candidate(page_lines[j].text)
                            for j in (k - 1, k + 1)):
                alone = False  # "...": rows left out between two rows, the table goes on after it
            elif alone and k > 0 and label_line(page_lines[k - 1].text, ln.text,
                                                page_lines[k + 1].text if k + 1 < len(page_lines) else ""):
                y += _HEIGHT + 1  # a row's name wrapped onto a line of its own: set tight under its row,
                tops.append(y)  # as a PDF sets a wrapped cell (the borderless reader joins it there)
                continue
            y += _PITCH * (3 if alone else 1)
            tops.append(y)
            y += _PITCH * (2 if alone else 0)
        index = {top: i for i, top in enumerate(tops) if top is not None}
        words = [{"text": m.group(), "x0": m.start() * _CHAR, "x1": m.end() * _CHAR,
                  "top": tops[i], "bottom": tops[i] + _HEIGHT}
                 for i, ln in enumerate(page_lines) if tops[i] is not None
                 for m in _TOKEN.finditer(ln.text.expandtabs(8))]
        found = borderless_tables(words, page, y + _PITCH) if words else []
        spans = []
        for g in found:
            first, last = index.get(g.bbox[1]), index.get(round(g.bbox[3] - _HEIGHT, 2))
            if first is None or last is None:
                continue
            while first > 0 and tops[first - 1] is None:
                first -= 1  # the rule drawn above it is the table's
            while last + 1 < len(tops) and tops[last + 1] is None:
                last += 1
            for row in g.cells:
                for cell in row:
                    cell.box = None  # no place on a page to show
            g.bbox, g.source = None, "text"
            join_wrapped_header(g)
            by_order(g, [ln.text.expandtabs(8) for ln in page_lines[first:last + 1] if not dashed_rule(ln.text)])
            spans.append((first, last, g))
        i = 0
        for first, last, g in sorted(spans, key=lambda s: s[0]):
            out.extend(page_lines[i:first])
            out.append(type(page_lines[first])(f"{MARKER}{len(grids)}", page, page_lines[first].number))
            grids.append(g)
            i = last + 1
        out.extend(page_lines[i:])
    return out, grids


# ---- tables typed with one space between cells (a portal's page copied as text) ---------------
def _figure_token(token: str) -> bool:
    from .interpret import cell_value

    return cell_value(token)[0] in ("value", "zero", "na", "nodata")


def _tail(text: str) -> list[str]:
    """The figures a line ends with, as typed ("Mức 3 20915 19470 1445 ..." -> its figures, "3" too:
    the header tells how many belong to the table)."""
    tokens = text.split()
    k = len(tokens)
    while k > 0 and _figure_token(tokens[k - 1]):
        k -= 1
    return tokens[k:]


def _header_pieces(text: str) -> list[list[str]]:
    """Every way to read a header line as a row header's words (possibly none) followed by whole
    headers (interpret.whole_header), at most a few."""
    from .interpret import whole_header

    words = text.split()
    found: list[list[str]] = []
    whole: dict = {}  # (i, j) -> whether words[i:j] is a whole header (each asked once)
    dead: set = set()  # positions from which the rest of the line reads as no headers

    def cut(i: int, pieces: list[str]) -> None:
        if len(found) > 8 or i in dead:
            return
        if i == len(words):
            found.append(pieces)
            return
        before = len(found)
        for j in range(i + 1, len(words) + 1):
            if (i, j) not in whole:
                whole[i, j] = bool(whole_header(" ".join(words[i:j])))
            if whole[i, j]:
                cut(j, pieces + [" ".join(words[i:j])])
        if len(found) == before:
            dead.add(i)  # memoised: the search is quadratic in the line's words, not exponential

    for s in range(0, min(4, len(words))):
        before = len(found)
        cut(s, [" ".join(words[:s])])
        if len(found) > before:
            break  # the shortest row header's words that let the rest read as headers
    return found


def _words_of(text: str) -> str:
    from .interpret import _words

    return _words(text) or text.strip()


def _lay_out(label: str, groups: list[str], sub: list[str], g: int, body: list[str], n: int):
    """(header row, sub-header row, body rows) as (text, rowspan, colspan) with the last ``g`` groups
    over the sub-headers, or None when a row's figures do not fit ("%" columns hold percentages, no
    other does; every row keeps words of its own)."""
    per = len(sub) // g if g else 0
    top_row = [(label or "", 2 if sub else 1, 1)]
    sub_row = []
    columns = []  # the sub-header of each figure column ("" when its group has none)
    for k, group in enumerate(groups):
        if sub and k >= len(groups) - g:
            pieces = sub[(k - (len(groups) - g)) * per:(k - (len(groups) - g) + 1) * per]
            if len({_words_of(w) for w in pieces}) < len(pieces):
                return None  # one group's sub-headers differ ("Tổng %", never "Tổng % Tổng")
            top_row.append((group, 1, per))
            sub_row.extend((w, 1, 1) for w in pieces)
            columns.extend(pieces)
        else:
            top_row.append((group, 2 if sub else 1, 1))
            columns.append("")
    rows = []
    for text in body:
        words = text.split()
        figures, name = words[len(words) - n:], " ".join(words[:len(words) - n])
        if not name or not regex.search(r"\p{L}", name):
            return None
        if any(head and (head == "%") != fig.endswith("%") for head, fig in zip(columns, figures)):
            return None  # under a sub-header line, its "%" columns hold the percentages
        rows.append([(name, 1, 1)] + [(f, 1, 1) for f in figures])
    return top_row, sub_row, rows


def spaced_grid(head: list[str], body: list[str], page: int) -> Optional[Grid]:
    """The grid of a table typed with one space between its cells: body lines ending in as many
    figures each, one or two header lines above them whose words read as whole headers of the
    catalogue, one per figure column — a second header line giving the last groups' sub-columns
    ("Trước hạn Đúng hạn Trễ hạn" over "Tổng % Tổng % Tổng %"), where its "%" columns are the
    body's percentages. None unless exactly one reading fits every line.

    >>> g = spaced_grid(["Mức độ Tổng Đã xử lý Trễ hạn", "Tổng %"], ["Mức 3 20915 19470 635 3,2%", "Mức 4 4402 4233 121 2,9%"], 1)
    >>> g.texts()[:2], g.texts()[2]
    ([['Mức độ', 'Tổng', 'Đã xử lý', 'Trễ hạn', 'Trễ hạn'], ['Mức độ', 'Tổng', 'Đã xử lý', 'Tổng', '%']], ['Mức 3', '20915', '19470', '635', '3,2%'])
    >>> spaced_grid(["Đơn vị Tiếp nhận"], ["Xã A 12 3", "Xã B 14 5"], 1) is None
    True
    """
    from .interpret import whole_header

    tails = [_tail(t) for t in body]
    top = head[-2] if len(head) == 2 else head[-1]
    sub = head[-1].split() if len(head) == 2 else []
    if sub and not all(whole_header(w) for w in sub):
        return None
    shortest = min(len(t) for t in tails)
    fits = []  # (figure columns, layout)
    for pieces in _header_pieces(top):
        label, groups = pieces[0], pieces[1:]
        for g in (range(1, len(groups) + 1) if sub else (0,)):
            if g and (len(sub) % g or len(sub) // g < 2):
                continue
            n = len(groups) - g + len(sub)
            if n < 2 or n > shortest:
                continue
            laid = _lay_out(label, groups, sub, g, body, n)
            if laid is not None:
                fits.append((n, laid))
    # the reading that leaves the fewest figures in the row headers ("Mức 3" keeps its 3, no more)
    chosen = [laid for n, laid in fits if n == max(n for n, _ in fits)]
    if len(chosen) != 1:
        return None
    top_row, sub_row, rows = chosen[0]
    grid = from_spans([top_row] + ([sub_row] if sub else []) + rows, "text", page)
    return grid if looks_like_data(grid.texts()) else None


def spaced_tables(lines: list) -> tuple[list, list[Grid]]:
    """(lines with a marker in place of each table, the grids) of tables typed with one space
    between cells (spaced_grid): two or more lines in a row ending in three or more figures, as
    many on each, under one or two header lines.

    >>> from docparse.extractors.base import Line
    >>> rows = ["Kết quả", "Mức độ Tổng Đã xử lý Chưa xử lý", "Mức 3 20915 19470 1445", "Mức 4 4402 4233 169", "Hết."]
    >>> out, grids = spaced_tables([Line(t, 1, i + 1) for i, t in enumerate(rows)])
    >>> [ln.text for ln in out][::2], out[1].text.startswith(MARKER), grids[0].texts()[0]
    (['Kết quả', 'Hết.'], True, ['Mức độ', 'Tổng', 'Đã xử lý', 'Chưa xử lý'])
    """
    out, grids = [], []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].page == lines[i].page and len(_tail(lines[j].text)) >= 3 \
                and regex.search(r"\p{L}", lines[j].text):
            j += 1
        if j - i >= 2 and i >= 1:
            grid = None
            for k in (2, 1):  # the header: the one or two lines right above the figures
                above = lines[i - k:i] if i >= k else []
                if not above or any(not ln.text.strip() or ln.page != lines[i].page for ln in above) or \
                        out[len(out) - k:] != above:
                    continue
                grid = spaced_grid([ln.text for ln in above], [ln.text for ln in lines[i:j]], lines[i].page)
                if grid is not None:
                    del out[len(out) - k:]
                    out.append(type(lines[i])(f"{MARKER}{len(grids)}", lines[i].page, above[0].number))
                    grids.append(grid)
                    break
            if grid is not None:
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out, grids
