"""The grid every table reader returns: a rectangle of cells, a merged cell repeated over its span
with the same ``origin`` (its top-left), and where each cell stands (page, box)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .. import fastregex as regex  # the regex module, its compiles cached on disk
from ..normalize.text import clean_text, fold


@dataclass
class GridCell:
    text: str
    origin: tuple[int, int]
    box: Optional[tuple[float, float, float, float]] = None  # PDF space [x0, top, x1, bottom]
    page: Optional[int] = None


@dataclass
class Grid:
    cells: list[list[GridCell]]
    source: str  # ruled | borderless | docx | html | sheet | ocr
    page: int = 1
    title: Optional[str] = None  # the line just above the table ("Biểu 01. Kết quả ...")
    bbox: Optional[tuple[float, float, float, float]] = None
    pages: list[int] = field(default_factory=list)
    anchor: Optional[int] = None  # number of the prose line the table follows (its place in the text)
    header_only: bool = False  # a ruled table's header alone at a page's foot (its row broken at the page break)
    title_rows: list[str] = field(default_factory=list)  # its top rows across its width, taken off (split_title_rows)

    @property
    def n_rows(self) -> int:
        return len(self.cells)

    @property
    def n_cols(self) -> int:
        return len(self.cells[0]) if self.cells else 0

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.cells]


_FOOTNOTE_MARK = regex.compile(r"\(?(?:\d{1,2}|\*{1,3}|[a-z])\)?")


def footnote_mark(text: str) -> bool:
    """Is a cell's superscript text a footnote mark ("1", "(2)", "*", "a")? Set after a figure
    ("1.234¹") it is no digit of the figure: the readers leave it out of the cell.

    >>> footnote_mark("1"), footnote_mark("(2)"), footnote_mark("**"), footnote_mark("100"), footnote_mark("Ghi chú")
    (True, True, True, False, False)
    """
    return bool(_FOOTNOTE_MARK.fullmatch((text or "").strip()))


def cell_text(text: Optional[str]) -> str:
    """A cell's text on one line, spaces unified.

    >>> cell_text(" Số hồ sơ\\n nhận  giải quyết ")
    'Số hồ sơ nhận giải quyết'
    """
    return " ".join(clean_text(text or "").split())


def from_spans(rows: list[list[tuple]], source: str, page: int = 1) -> Grid:
    """Lay out rows of (text, rowspan, colspan[, box]) as HTML does: a cell takes the first column
    its row has free, a rowspan reserves the columns below.

    >>> g = from_spans([[("A", 2, 1), ("B", 1, 2)], [("b1", 1, 1), ("b2", 1, 1)]], "html")
    >>> g.texts()
    [['A', 'B', 'B'], ['A', 'b1', 'b2']]
    >>> g.cells[1][0].origin, g.cells[0][2].origin
    ((0, 0), (0, 1))
    """
    taken: dict[tuple[int, int], GridCell] = {}
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for item in row:
            text, rowspan, colspan = item[0], max(1, item[1] or 1), max(1, item[2] or 1)
            box = item[3] if len(item) > 3 else None
            while (r, c) in taken:
                c += 1
            cell = GridCell(cell_text(text), (r, c), box, page)
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken[(r + dr, c + dc)] = cell
            c += colspan
            width = max(width, c)
    height = max([r for r, _ in taken] + [len(rows) - 1]) + 1 if taken else 0
    height = min(height, len(rows))  # a rowspan past the last row is cut
    cells = []
    for r in range(height):
        line = []
        for c in range(width):
            cell = taken.get((r, c))
            line.append(cell if cell is not None else GridCell("", (r, c), None, page))
        cells.append(line)
    return Grid(cells, source, page, pages=[page])


def looks_like_data(texts: list[list[str]]) -> bool:
    """A statistics table, not a layout table: at least 2 rows and 3 columns, and some row with two
    or more numeric cells.

    >>> looks_like_data([["Đơn vị", "Tiếp nhận", "Đã giải quyết"], ["Sở Tư pháp", "1.204", "1.180"]])
    True
    >>> looks_like_data([["UBND TỈNH X", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 12/BC-UBND", "Hà Nội, ngày 2"]])
    False
    """
    from .interpret import cell_value, count_and_share

    if len(texts) < 2 or max((len(r) for r in texts), default=0) < 3:
        return False
    for row in texts:
        seen = set()
        numeric = 0
        for t in row:
            if id(t) in seen:
                continue
            if cell_value(t)[0] in ("value", "zero") or count_and_share(t):  # "8305 (98.7%)" too
                numeric += 1
        if numeric >= 2:
            return True
    return False


@lru_cache(maxsize=1)
def _unit_headers() -> frozenset:
    from ..data import load

    return frozenset(" ".join(fold(w).split()) for w in load("tables")["two_column_unit_headers"])


def two_column_table(texts: list[list[str]]) -> bool:
    """A typed table of two columns, its bars or tabs written out ("| Đơn vị | Số hồ sơ trễ hạn |"
    over "| Sở Y tế | 15 |"): a header row of words over at least two rows of a label and a figure.
    Only for typed tables, whose bars say they are one (a PDF's two aligned columns need
    ``looks_like_data``'s three).

    >>> two_column_table([["Đơn vị", "Số hồ sơ trễ hạn"], ["Sở Y tế", "15"], ["Xã A", "7"]])
    True
    >>> two_column_table([["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Giám đốc"], ["Trần B", "Phó"]])
    False
    >>> two_column_table([["Nhóm chỉ số", "Điểm"], ["Công khai, minh bạch", "17,5"], ["Tiến độ", "19"]])
    False
    """
    from .interpret import cell_value

    if len(texts) < 3 or any(len(r) != 2 for r in texts):
        return False
    head, body = texts[0], texts[1:]
    if any(cell_value(t)[0] != "text" or not t for t in head):
        return False
    if " ".join(fold(head[0]).split()) not in _unit_headers():
        return False  # "Nhóm chỉ số | Điểm": label-and-value lines, read as prose
    rows = [r for r in body if r[0] and cell_value(r[0])[0] == "text" and cell_value(r[1])[0] in ("value", "zero")]
    return len(rows) >= 2 and len(rows) >= len(body) - 1


def split_title_rows(grid: Grid) -> list[str]:
    """Take off a table's top rows that are one cell across its whole width (its title or its unit
    note written inside the table: "BIỂU SỐ 06 ...", "Đơn vị tính: hồ sơ"), when a header of its own
    columns comes under them; return their texts (lines above the table). ``grid`` is changed.

    >>> rows = [[("Biểu 1. Kết quả tiếp nhận", 1, 3)], [("Đơn vị tính: hồ sơ", 1, 3)],
    ...         [("Đơn vị", 1, 1), ("Tiếp nhận", 1, 1), ("Trực tuyến", 1, 1)], [("Sở Y tế", 1, 1), ("12", 1, 1), ("9", 1, 1)],
    ...         [("Sở Tư pháp", 1, 1), ("7", 1, 1), ("5", 1, 1)]]
    >>> g = from_spans(rows, "html"); split_title_rows(g), g.texts()[0], g.cells[1][2].origin
    (['Biểu 1. Kết quả tiếp nhận', 'Đơn vị tính: hồ sơ'], ['Đơn vị', 'Tiếp nhận', 'Trực tuyến'], (1, 2))
    """
    def across(r: int) -> bool:
        row = grid.cells[r]
        return len({c.origin for c in row}) == 1 and (r + 1 >= grid.n_rows or grid.cells[r + 1][0].origin != row[0].origin)

    if grid.n_cols < 3:
        return []
    k = 0
    while k < grid.n_rows and across(k):
        k += 1
    if k == 0 or k >= grid.n_rows - 1 or not looks_like_data(grid.texts()[k:]):
        return []
    titles = [grid.cells[r][0].text for r in range(k) if grid.cells[r][0].text]
    grid.title_rows = titles
    grid.cells = grid.cells[k:]
    seen = set()
    for row in grid.cells:
        for cell in row:
            if id(cell) not in seen:
                seen.add(id(cell))
                cell.origin = (cell.origin[0] - k, cell.origin[1])
    return titles


def drop_repeated_headers(grid: Grid, end: int) -> int:
    """Take out the body rows that repeat the header (its rows or its column numbers written again
    in the middle of the table, where a printed page breaks): a row with no figure whose every
    filled cell is the text of one header row's cell in the same column, two cells or more. ``end``
    is the first body row; ``grid`` is changed; returns the number of rows taken out.

    >>> rows = [[("Đơn vị", 1, 1), ("Tiếp nhận", 1, 1), ("Trực tuyến", 1, 1)], [("(1)", 1, 1), ("(2)", 1, 1), ("(3)", 1, 1)],
    ...         [("Xã A", 1, 1), ("12", 1, 1), ("9", 1, 1)], [("Đơn vị", 1, 1), ("Tiếp nhận", 1, 1), ("Trực tuyến", 1, 1)],
    ...         [("(1)", 1, 1), ("(2)", 1, 1), ("(3)", 1, 1)], [("Xã B", 1, 1), ("7", 1, 1), ("5", 1, 1)]]
    >>> g = from_spans(rows, "docx"); drop_repeated_headers(g, 2), [r[0] for r in g.texts()], g.cells[3][0].origin
    (2, ['Đơn vị', '(1)', 'Xã A', 'Xã B'], (3, 0))
    """
    from .interpret import cell_value

    texts = grid.texts()
    heads = texts[:end]

    def repeats(row: list[str]) -> bool:
        filled = [c for c, t in enumerate(row) if t]
        if len(filled) < 2 or any(cell_value(row[c])[0] in ("value", "zero") and
                                  not any(h[c] == row[c] for h in heads) for c in filled):
            return False
        return any(all(h[c] == row[c] for c in filled) for h in heads)

    drop = [r for r in range(end, grid.n_rows) if repeats(texts[r])]
    if not drop or len(drop) >= grid.n_rows - end:
        return 0
    gone = set(drop)
    kept = [r for r in range(grid.n_rows) if r not in gone]
    seen = set()
    cells = []
    for r in kept:
        for cell in grid.cells[r]:
            if id(cell) not in seen:
                seen.add(id(cell))
                cell.origin = (cell.origin[0] - sum(1 for d in drop if d < cell.origin[0]), cell.origin[1])
        cells.append(grid.cells[r])
    grid.cells = cells
    return len(drop)


MARKER = "\u2063docparse-table-"  # a line standing where a table was taken out of the text


def continues(prev: Grid, grid: Grid) -> int:
    """How many leading rows of ``grid`` repeat ``prev``'s header (its header rows and column-number
    row), when ``grid`` continues ``prev``: the same columns, the same header rows, and ``prev``
    holds no total row (a table that closes with its total is whole); else 0.

    >>> head = [["STT", "Đơn vị", "Tiếp nhận"]]
    >>> a = Grid([[GridCell(t, (r, c)) for c, t in enumerate(row)] for r, row in enumerate(head + [["1", "Xã A", "5"]])], "docx")
    >>> b = Grid([[GridCell(t, (r, c)) for c, t in enumerate(row)] for r, row in enumerate(head + [["2", "Xã B", "7"]])], "docx")
    >>> continues(a, b), continues(b, Grid(b.cells[:1] + [[GridCell("", (1, 0)), GridCell("Tổng cộng", (1, 1)), GridCell("12", (1, 2))]], "docx"))
    (1, 1)
    >>> t = Grid(b.cells[:1] + [[GridCell("", (1, 0)), GridCell("Tổng cộng", (1, 1)), GridCell("12", (1, 2))]], "docx")
    >>> continues(t, b)
    0
    """
    from .interpret import _TOTAL_ROWS, _header_end, _words, is_numbering_row

    if prev.n_cols != grid.n_cols or prev.source != grid.source:
        return 0
    ptexts, gtexts = prev.texts(), grid.texts()
    end = _header_end(ptexts)
    if end == 0 or _header_end(gtexts) != end or gtexts[:end] != ptexts[:end]:
        return 0
    for row in ptexts[end:]:
        if any(_words(t) in _TOTAL_ROWS for t in row if t):
            return 0
    skip = end
    while skip < len(gtexts) - 1 and is_numbering_row(gtexts[skip]):
        skip += 1
    return skip if skip < len(gtexts) else 0


def append_rows(prev: Grid, grid: Grid, skip: int) -> None:
    """``grid``'s rows from ``skip`` on appended under ``prev``'s (origins moved down)."""
    offset = prev.n_rows - skip
    seen = set()
    for row in grid.cells[skip:]:
        for cell in row:
            if id(cell) not in seen:
                seen.add(id(cell))
                cell.origin = (max(cell.origin[0], skip) + offset, cell.origin[1])
        prev.cells.append(row)


def join_split_tables(lines: list, grids: list[Grid]) -> list:
    """A table split by its author into two tables (a Word table cut at a page break, its header
    repeated; an HTML page's table in parts), nothing between them but blank lines or a note that
    the table continues ("(tiếp theo)", tables.json continued_notes): one table. The lines keep one
    marker per table left, renumbered; ``grids`` is changed in place."""
    from .interpret import _words
    from ..data import load

    notes = {_words(w) for w in load("tables")["continued_notes"]}

    def note(text: str) -> bool:  # "(tiếp theo)", "Biểu 1 (tiếp)"
        words = regex.sub(r"^(?:bieu|bang|phu luc)(?: mau)?(?: so)? ?[0-9a-z]{0,3}\b ?", "", _words(text)).strip()
        return not words or words in notes

    keep: dict[int, int] = {}  # old index -> the index of the grid it stays in or joins
    last, between = None, []
    out = []
    for line in lines:
        pos = line.text.find(MARKER)
        if pos < 0:
            out.append(line)
            if line.text.strip():
                between.append(line)
            continue
        try:
            index = int(line.text[pos + len(MARKER):].split()[0])
        except (ValueError, IndexError):
            out.append(line)
            continue
        skip = continues(grids[last], grids[index]) if last is not None and index < len(grids) and \
            all(note(ln.text) for ln in between) else 0
        if skip:
            append_rows(grids[keep[last]], grids[index], skip)
            keep[index] = keep[last]
            dropped = {id(ln) for ln in between}
            out = [ln for ln in out if id(ln) not in dropped]
        else:
            keep[index] = index
            out.append(line)
            last = index
        between = []
    if all(k == v for k, v in keep.items()):
        return lines
    kept = sorted({v for v in keep.values()})
    renumber = {old: new for new, old in enumerate(kept)}
    grids[:] = [grids[k] for k in kept]
    final = []
    for line in out:
        pos = line.text.find(MARKER)
        if pos >= 0:
            index = int(line.text[pos + len(MARKER):].split()[0])
            line = type(line)(line.text[:pos] + f"{MARKER}{renumber[index]}", line.page, line.number)
        final.append(line)
    return final


def place_tables(lines: list, grids: list[Grid]) -> list:
    """Drop the marker lines; each grid takes its page, the line it follows (``anchor``) and, as its
    title, the last non-blank line before it (the "Biểu 01 ..." caption). A table its author split
    in two is one (``join_split_tables``)."""
    lines = join_split_tables(lines, grids)
    out = []
    for line in lines:
        pos = line.text.find(MARKER)
        if pos < 0:
            out.append(line)
            continue
        try:
            index = int(line.text[pos + len(MARKER):].split()[0])
            grid = grids[index]
        except (ValueError, IndexError):
            continue
        prev = next((ln for ln in reversed(out) if ln.text.strip()), None)
        out.append(type(line)("", line.page, line.number, table=index))
        grid.page = line.page
        grid.pages = [line.page]
        for row in grid.cells:
            for cell in row:
                cell.page = line.page
        grid.anchor = prev.number if prev is not None and prev.page == line.page else None
        own = [t for t in grid.title_rows if not title_skipped(t)]  # its title rows, now lines above it
        if grid.title is None and prev is not None:
            above = [ln for ln in out if ln.text.strip()]
            rows = {" ".join(t.split()) for t in grid.title_rows}
            while above and own and " ".join(above[-1].text.split()) in rows:
                above.pop()  # the caption above the title rows too ("Biểu 3. Kết quả Bộ chỉ số 766" over
                # a table whose first row reads "BẢNG TỔNG HỢP"): a caption tells a 766 or a feedback table
            named = next((ln for ln in reversed(above) if not title_skipped(ln.text)), None if own else prev)
            grid.title = " ".join(([named.text.strip()] if named is not None else []) + own)[:300] \
                or prev.text.strip()[:300]
        elif grid.title is not None and own:
            grid.title = " ".join([grid.title] + own)[:300]
    return out


def title_skipped(text: str) -> bool:
    """A line above a table that is not its title: the note of its unit ("Đơn vị tính: hồ sơ"); the
    title is the line above it ("Biểu 2. Kết quả ... theo Bộ chỉ số 766": its words tell the reader
    a 766 or a feedback table).

    >>> title_skipped("Đơn vị tính: hồ sơ"), title_skipped("Biểu số 06: Tình hình giải quyết")
    (True, False)
    """
    from .interpret import is_unit_note

    return is_unit_note(text)


def convert_grids(grids: list[Grid], encoding: str) -> None:
    """Cells typed in a legacy encoding (TCVN3, VNI), converted as the document's lines were."""
    from ..extractors.legacy import decode

    for grid in grids:
        done = {}
        for row in grid.cells:
            for cell in row:
                if id(cell) not in done:
                    cell.text = decode(cell.text, encoding)
                    done[id(cell)] = True
        if grid.title:
            grid.title = decode(grid.title, encoding)
