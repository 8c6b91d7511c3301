"""Spreadsheets: .xlsx (openpyxl, cached values, merged ranges) and .ods (its content.xml read
directly: spans, repeated rows and cells). A sheet is a page; its statistics block is a table, the
rows around it (title, notes, signatures) are text lines."""
from __future__ import annotations

import io
import zipfile
from typing import Optional

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..errors import UnreadableDocument
from ..i18n import t
from ..extractors.base import Line
from ..normalize.numbers import format_vn
from .grid import Grid, GridCell, cell_text, title_skipped

MAX_ROWS, MAX_COLS = 5000, 200


def number_text(value, number_format: str = "General") -> str:
    """A spreadsheet number written as a Vietnamese table writes it, at its displayed precision.

    >>> number_text(1204), number_text(0.9755, "0.00%"), number_text(97.5, "0.00"), number_text(12.0)
    ('1.204', '97,55', '97,50', '12')

    A "%" the format writes as text ('0.0"%"', '0.0\\%') shows the number as it is, not a hundredth;
    a format's first section is the one of positive numbers:

    >>> number_text(95.3, '0.0"%"'), number_text(95.3, '0.0\\\\%'), number_text(0, '#,##0;-#,##0;"-"'), number_text(2.5, '[$-42A]0.0')
    ('95,3', '95,3', '0', '2,5')
    """
    fmt = number_format or "General"
    fmt = regex.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", fmt).split(";")[0] or "General"  # text, escapes, [Red]
    if isinstance(value, bool):
        return str(value)
    if "%" in fmt:
        value = value * 100
    m = regex.search(r"0[.,](0+)", fmt)
    if m:
        decimals = len(m.group(1))
    elif float(value).is_integer():
        decimals = 0
    else:
        decimals = min(4, len(repr(round(float(value), 4)).split(".")[1]))
    if decimals == 0:
        return format_vn(round(float(value)), 0)
    return format_vn(float(value), decimals)


def _grid_from_matrix(matrix: list[list[str]], spans: dict, page: int) -> Grid:
    """``spans`` maps an origin (r, c) to (rows, cols) of a merged range."""
    n_rows = len(matrix)
    n_cols = max((len(r) for r in matrix), default=0)
    cells = [[GridCell(matrix[r][c] if c < len(matrix[r]) else "", (r, c), None, page) for c in range(n_cols)]
             for r in range(n_rows)]
    for (r0, c0), (nr, nc) in spans.items():
        if r0 >= n_rows or c0 >= n_cols:
            continue
        origin = cells[r0][c0]
        for r in range(r0, min(n_rows, r0 + nr)):
            for c in range(c0, min(n_cols, c0 + nc)):
                cells[r][c] = origin
    return Grid(cells, "sheet", page, pages=[page])


def drop_hidden(grid: Grid, rows: set[int], cols: set[int]) -> Grid:
    """The sheet without the rows and columns its author hid (0-based indices): a hidden row or
    column is neither shown nor printed (a helper column of codes, a row checking the sums), so it
    is no part of the table. A merged cell keeps its text, its origin the first cell left shown.

    >>> g = _grid_from_matrix([["Đơn vị", "mã", "Tiếp nhận", ""], ["Sở Y tế", "01", "12", "9"],
    ...                        ["kiểm tra", "", "0", "0"]], {(0, 2): (1, 2)}, 1)
    >>> d = drop_hidden(g, {2}, {1}); d.texts(), d.cells[0][2].origin
    ([['Đơn vị', 'Tiếp nhận', 'Tiếp nhận'], ['Sở Y tế', '12', '9']], (0, 1))
    """
    if not rows and not cols:
        return grid
    keep_r = [r for r in range(grid.n_rows) if r not in rows]
    keep_c = [c for c in range(grid.n_cols) if c not in cols]
    made: dict[int, GridCell] = {}
    cells = []
    for nr, r in enumerate(keep_r):
        line = []
        for nc, c in enumerate(keep_c):
            old = grid.cells[r][c]
            if id(old) not in made:
                made[id(old)] = GridCell(old.text, (nr, nc), old.box, old.page)
            line.append(made[id(old)])
        cells.append(line)
    return Grid(cells, grid.source, grid.page, pages=list(grid.pages))


def hidden_lines(ws, n_rows: int, n_cols: int) -> tuple[set[int], set[int]]:
    """The 0-based rows and columns an openpyxl worksheet hides."""
    from openpyxl.utils import column_index_from_string

    rows = {r - 1 for r, dim in ws.row_dimensions.items() if dim.hidden and 1 <= r <= n_rows}
    cols = set()
    for key, dim in ws.column_dimensions.items():
        if not dim.hidden:
            continue
        lo = dim.min or column_index_from_string(key)
        hi = dim.max or lo
        cols.update(c - 1 for c in range(lo, min(hi, n_cols) + 1))
    return rows, cols


def split_sheet(sheet: Grid, page: int) -> tuple[list[Line], list[Grid]]:
    """Text lines and table blocks of one sheet: a block is a run of rows with two or more cells
    (a row with only a label in its first columns may stand inside it: a group row)."""
    def filled(r):
        seen, out = set(), []
        for c, cell in enumerate(sheet.cells[r]):
            if cell.text and cell.origin not in seen:
                seen.add(cell.origin)
                out.append(c)
        return out

    wide = [len(filled(r)) >= 2 for r in range(sheet.n_rows)]
    blocks = []
    r = 0
    while r < sheet.n_rows:
        if not wide[r]:
            r += 1
            continue
        start = end = r
        k = r + 1
        while k < sheet.n_rows:
            if wide[k]:
                end = k
            elif not filled(k) or max(filled(k)) > 2:
                break
            k += 1
        blocks.append((start, end))
        r = end + 1
    lines: list[Line] = []
    grids: list[Grid] = []
    inside = set()
    for start, end in blocks:
        cols = sorted({c for r in range(start, end + 1) for c in filled(r)})
        if end - start < 1 or len(cols) < 3:
            continue
        c0, c1 = cols[0], cols[-1]
        cells = []
        for r in range(start, end + 1):
            row = []
            for c in range(c0, c1 + 1):
                cell = sheet.cells[r][c]
                orow, ocol = cell.origin
                row.append(GridCell(cell.text, (max(orow, start) - start, max(ocol, c0) - c0), None, page))
            cells.append(row)
        grid = Grid(cells, "sheet", page, pages=[page])
        from .grid import looks_like_data

        if not looks_like_data(grid.texts()):
            continue
        grid.anchor = start  # the sheet row above it, 1-based
        above = [" ".join(_texts(sheet, k)) for k in range(start - 1, -1, -1) if _texts(sheet, k)]
        title = next((t for t in above if not title_skipped(t)), above[0] if above else None)
        own = title_rows(sheet, start, c0, c1)
        if own:  # its title rows merged across it, under the line that names it (as a DOCX table's)
            rest = above[len(own):] if len(above) >= len(own) else []
            named = next((t for t in rest if not title_skipped(t)), None)
            kept = [t for t in reversed(own) if not title_skipped(t)]
            title = " ".join(([named] if named else []) + kept)[:300] or title
        grid.title = title
        grids.append(grid)
        inside.update(range(start, end + 1))
    for r in range(sheet.n_rows):
        if r in inside:
            continue
        text = " ".join(_texts(sheet, r))
        if text:
            lines.append(Line(text, page, r + 1))
    return lines, grids


def title_rows(sheet: Grid, start: int, c0: int, c1: int) -> list[str]:
    """The texts of the rows right above a table (from ``start`` up) that are one merged cell
    across its columns ``c0``..``c1`` (its title, its caption, its unit note, centred over it), the
    nearest first.

    >>> g = _grid_from_matrix([["UBND TỈNH X", "", ""], ["BẢNG ĐIỂM", "", ""], ["(Kèm theo báo cáo)", "", ""],
    ...                        ["Đơn vị", "Điểm", "Hạng"]], {(1, 0): (1, 3), (2, 0): (1, 3)}, 1)
    >>> title_rows(g, 3, 0, 2)
    ['(Kèm theo báo cáo)', 'BẢNG ĐIỂM']
    """
    out = []
    for k in range(start - 1, -1, -1):
        row = sheet.cells[k][c0:c1 + 1]
        if c1 <= c0 or not row[0].text or len({id(cell) for cell in row}) != 1:
            break
        out.append(row[0].text)
    return out


def _texts(sheet: Grid, r: int) -> list[str]:
    seen, out = set(), []
    for cell in sheet.cells[r]:
        if cell.text and cell.origin not in seen:
            seen.add(cell.origin)
            out.append(cell.text)
    return out


_REF = regex.compile(r"(?<![A-Za-z_])\$?([A-Z]{1,3})\$?(\d+)(?![\d(])")
_RANGE = regex.compile(r"\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)")
_STRING = regex.compile(r'"[^"]*"')


class _Error(Exception):
    """A formula's error value (#DIV/0!, #VALUE!): IFERROR takes its second argument."""


def _round(x: float, digits: float = 0) -> float:
    """Excel's ROUND: halves away from zero (Python's round() rounds them to even).

    >>> _round(2.675, 2), _round(-0.5), _round(1234.5)
    (2.68, -1.0, 1235.0)
    """
    import math

    d = int(digits)
    scaled = abs(x) * 10 ** d
    out = math.floor(scaled + 0.5 + 1e-9 * max(1.0, scaled)) / 10 ** d
    return math.copysign(out, x)


def _flat(values) -> list:
    out = []
    for v in values:
        out.extend(_flat(v) if isinstance(v, list) else [v])
    return out


def _numbers_of(values) -> list[float]:
    return [v for v in _flat(values) if isinstance(v, float)]


def _scalar(v) -> float:
    """A value in arithmetic: a blank cell is 0, a text no number."""
    if isinstance(v, list):
        if len(v) != 1:
            raise _Error
        v = v[0]
    if v is None or v == "":
        return 0.0
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, float):
        return v
    raise _Error


def _call(name: str, args: list, lazy) -> object:
    if name == "IFERROR":
        try:
            return lazy(args[0])
        except _Error:
            return lazy(args[1]) if len(args) > 1 else 0.0
    if name == "IF":
        cond = lazy(args[0])
        test = bool(_scalar(cond)) if not isinstance(cond, bool) else cond
        if test:
            return lazy(args[1]) if len(args) > 1 else True
        return lazy(args[2]) if len(args) > 2 else False
    vals = [lazy(a) for a in args]
    if name == "SUBTOTAL":  # 9/109 SUM, 1/101 AVERAGE, 4 MAX, 5 MIN
        kind = int(_scalar(vals[0])) % 100
        name = {9: "SUM", 1: "AVERAGE", 4: "MAX", 5: "MIN"}.get(kind, "")
        vals = vals[1:]
    if name == "SUM":
        return float(sum(_numbers_of(vals)))
    if name in ("AVERAGE", "MAX", "MIN"):
        nums = _numbers_of(vals)
        if not nums:
            raise _Error if name == "AVERAGE" else _Error
        return {"AVERAGE": sum(nums) / len(nums), "MAX": max(nums), "MIN": min(nums)}[name]
    if name == "ROUND":
        return _round(_scalar(vals[0]), _scalar(vals[1]) if len(vals) > 1 else 0)
    if name in ("ROUNDUP", "ROUNDDOWN"):
        import math

        d = int(_scalar(vals[1])) if len(vals) > 1 else 0
        x = _scalar(vals[0]) * 10 ** d
        x = math.ceil(abs(x) - 1e-9) if name == "ROUNDUP" else math.floor(abs(x) + 1e-9)
        return math.copysign(x / 10 ** d, _scalar(vals[0]))
    if name == "ABS":
        return abs(_scalar(vals[0]))
    if name == "INT":
        import math

        return float(math.floor(_scalar(vals[0])))
    raise _Error


_FUNCTIONS = {"SUM", "ROUND", "ROUNDUP", "ROUNDDOWN", "IFERROR", "IF", "SUBTOTAL", "MAX", "MIN",
              "AVERAGE", "ABS", "INT"}


def evaluate(formulas, values, coord: str, memo: dict, depth: int = 0):
    """The value of a cell whose workbook holds no computed value (a workbook written by a
    program): its formula computed here when it is arithmetic over cells (+ - * / ^, comparisons,
    SUM, SUBTOTAL, ROUND, ROUNDUP/DOWN, IF, IFERROR, MAX, MIN, AVERAGE, ABS, INT); None otherwise
    (and for an error value no IFERROR catches).

    >>> import openpyxl
    >>> wb = openpyxl.Workbook(); ws = wb.active
    >>> ws["A1"], ws["A2"], ws["A3"], ws["A4"] = 3, 4, "=SUM(A1:A2)", "=ROUND(A1/A3*100,2)"
    >>> ws["B1"], ws["B2"], ws["B3"] = "=IFERROR(ROUND(A1/B9*100,2),0)", '=IF(A3=0,"",A1/A3)', "=SUBTOTAL(9,A1:A2)+A1"
    >>> [evaluate(ws, ws, c, {}) for c in ("A3", "A4", "B1", "B2", "B3")]
    [7.0, 42.86, 0.0, 0.42857142857142855, 10.0]
    >>> ws["C1"] = "=A1/B9"; evaluate(ws, ws, "C1", {}) is None
    True
    """
    import ast

    from openpyxl.utils import column_index_from_string, get_column_letter

    if coord in memo or depth > 50:
        return memo.get(coord)
    value = values[coord].value
    if value is not None and not (isinstance(value, str) and value.startswith("=")):
        return value
    formula = formulas[coord].value
    if not isinstance(formula, str) or not formula.startswith("="):
        return None
    memo[coord] = None

    def cell(ref: str):
        v = evaluate(formulas, values, ref, memo, depth + 1)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return float(v)
        return v if v is not None else None

    strings: list[str] = []

    def keep_string(m) -> str:
        strings.append(m.group(0)[1:-1])
        return f"__s({len(strings) - 1})"

    expr = _STRING.sub(keep_string, formula[1:])
    if "!" in expr or "&" in expr:  # another sheet's cells, text joined: not computed here
        return None
    ranges: list[tuple[str, str]] = []
    refs: list[str] = []

    def keep_range(m) -> str:
        ranges.append((m[1] + m[2], m[3] + m[4]))
        return f"__r({len(ranges) - 1})"

    def keep_ref(m) -> str:
        refs.append(m[1] + m[2])
        return f"__c({len(refs) - 1})"

    expr = _RANGE.sub(keep_range, expr)
    expr = _REF.sub(keep_ref, expr)
    expr = expr.replace("<>", "!=").replace("^", "**").replace(";", ",")
    expr = regex.sub(r"(?<![<>!=])=(?!=)", "==", expr)
    try:
        tree = ast.parse(expr, mode="eval")
    except SyntaxError:
        return None

    def run(node):
        if isinstance(node, ast.Expression):
            return run(node.body)
        if isinstance(node, ast.Constant):
            if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
                return float(node.value)
            raise _Error
        if isinstance(node, ast.Name) and node.id.upper() in ("TRUE", "FALSE"):
            return node.id.upper() == "TRUE"
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            x = _scalar(run(node.operand))
            return -x if isinstance(node.op, ast.USub) else x
        if isinstance(node, ast.BinOp):
            x, y = _scalar(run(node.left)), _scalar(run(node.right))
            op = type(node.op)
            if op is ast.Add:
                return x + y
            if op is ast.Sub:
                return x - y
            if op is ast.Mult:
                return x * y
            if op is ast.Div:
                if y == 0:
                    raise _Error
                return x / y
            if op is ast.Pow:
                return float(x ** y)
            raise _Error
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            a, b = run(node.left), run(node.comparators[0])
            a = a[0] if isinstance(a, list) and len(a) == 1 else a
            b = b[0] if isinstance(b, list) and len(b) == 1 else b
            a = "" if a is None else a
            b = "" if b is None else b
            if isinstance(a, str) != isinstance(b, str):
                a, b = (0.0 if a == "" else a), (0.0 if b == "" else b)
            op = type(node.ops[0])
            try:
                return {ast.Eq: a == b, ast.NotEq: a != b, ast.Lt: a < b, ast.Gt: a > b,
                        ast.LtE: a <= b, ast.GtE: a >= b}[op]
            except TypeError:
                raise _Error from None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            name = node.func.id
            if name == "__c":
                return cell(refs[int(node.args[0].value)])
            if name == "__s":
                return strings[int(node.args[0].value)]
            if name == "__r":
                a, b = ranges[int(node.args[0].value)]
                ma, mb = _REF.fullmatch(a), _REF.fullmatch(b)
                c0, r0 = column_index_from_string(ma[1]), int(ma[2])
                c1, r1 = column_index_from_string(mb[1]), int(mb[2])
                if (r1 - r0 + 1) * (c1 - c0 + 1) > 20000:
                    raise _Error
                return [cell(f"{get_column_letter(c)}{r}") for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]
            if name.upper() in _FUNCTIONS and not node.keywords:
                return _call(name.upper(), node.args, run)
        raise _Error

    try:
        result = run(tree)
    except (_Error, RecursionError, ValueError, OverflowError, TypeError, AttributeError, IndexError):
        return None
    if isinstance(result, bool) or not isinstance(result, (float, str)):
        return None
    memo[coord] = result
    return result


def read_xlsx(data: bytes) -> tuple[list[Line], int, list[Grid]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except Exception as exc:  # openpyxl raises many types for damaged workbooks
        raise UnreadableDocument(t("err.xlsx_unreadable", reason=type(exc).__name__)) from exc
    lines, grids = [], []
    sheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    formulas = None
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        has_formulas = any(b"<f" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
    for page, ws in enumerate(sheets, start=1):
        n_rows, n_cols = min(ws.max_row or 0, MAX_ROWS), min(ws.max_column or 0, MAX_COLS)
        matrix = []
        for row in ws.iter_rows(min_row=1, max_row=n_rows, max_col=n_cols):
            out = []
            for cell in row:
                v = cell.value
                if v is None and has_formulas:
                    if formulas is None:  # a workbook saved without computed values (written by a program)
                        formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
                    v = evaluate(formulas[ws.title], ws, cell.coordinate, {})
                if v is None:
                    out.append("")
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append(number_text(v, cell.number_format))
                else:
                    out.append(cell_text(str(v)))
            matrix.append(out)
        spans = {}
        for rng in ws.merged_cells.ranges:
            spans[(rng.min_row - 1, rng.min_col - 1)] = (rng.max_row - rng.min_row + 1, rng.max_col - rng.min_col + 1)
        hidden_rows, hidden_cols = hidden_lines(ws, n_rows, n_cols)
        sheet = drop_hidden(_grid_from_matrix(matrix, spans, page), hidden_rows, hidden_cols)
        sheet_lines, sheet_grids = split_sheet(sheet, page)
        lines += sheet_lines
        grids += sheet_grids
    return lines, max(1, len(sheets)), grids


_NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def _q(prefix: str, name: str) -> str:
    return "{%s}%s" % (_NS[prefix], name)


def _paragraph_text(p) -> str:
    """A cell paragraph's text: its spans' text, a line break or a tab inside it a space, a run of
    spaces (text:s) as many spaces; a footnote (text:note) left out.

    >>> from lxml import etree
    >>> p = etree.fromstring('<text:p xmlns:text="%s">Tổng số<text:line-break/>hồ sơ<text:tab/><text:span>tiếp<text:s text:c="2"/>nhận</text:span></text:p>' % _NS["text"])
    >>> _paragraph_text(p)
    'Tổng số hồ sơ tiếp  nhận'
    """
    out = [p.text or ""]
    for node in p:
        if node.tag in (_q("text", "line-break"), _q("text", "tab")):
            out.append(" ")
        elif node.tag == _q("text", "s"):
            try:
                out.append(" " * max(1, min(int(node.get(_q("text", "c"), "1")), 50)))
            except ValueError:
                out.append(" ")
        elif isinstance(node.tag, str) and node.tag not in (_q("text", "note"), _q("office", "annotation")):
            out.append(_paragraph_text(node))
        out.append(node.tail or "")
    return "".join(out)


def _cell_paragraphs(cell):
    """The paragraphs a cell shows, not those of a comment on it (office:annotation)."""
    for node in cell:
        if node.tag == _q("text", "p"):
            yield node
        elif isinstance(node.tag, str) and node.tag != _q("office", "annotation"):
            yield from _cell_paragraphs(node)


def _ods_cell_text(cell) -> str:
    """A cell's text as shown; a number at its displayed precision.

    >>> from lxml import etree
    >>> cell = etree.fromstring('<table:table-cell xmlns:table="%s" xmlns:office="%s" xmlns:text="%s" '
    ...     'office:value-type="float" office:value="1116"><office:annotation><text:p>cập nhật 05/10</text:p>'
    ...     '</office:annotation><text:p>1.116</text:p></table:table-cell>' % (_NS["table"], _NS["office"], _NS["text"]))
    >>> _ods_cell_text(cell)
    '1.116'
    """
    vtype = cell.get(_q("office", "value-type"))
    shown = cell_text(" ".join(_paragraph_text(p) for p in _cell_paragraphs(cell)))
    if vtype in ("float", "percentage", "currency") and cell.get(_q("office", "value")) is not None:
        value = float(cell.get(_q("office", "value")))
        m = regex.search(r"[.,](\d+)\s*%?\s*$", shown)
        decimals = len(m.group(1)) if m and not regex.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", shown) else 0
        fmt = ("0." + "0" * decimals if decimals else "0") + ("%" if vtype == "percentage" else "")
        return number_text(value, fmt)
    return shown


def read_ods(data: bytes) -> tuple[list[Line], int, list[Grid]]:
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            # no entity expansion, no network, no huge trees: content.xml comes from a stranger
            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
            root = etree.fromstring(z.read("content.xml"), parser)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise UnreadableDocument(t("err.ods_unreadable", reason=type(exc).__name__)) from exc
    lines, grids = [], []
    tables = root.findall(".//" + _q("table", "table"))
    for page, table in enumerate(tables, start=1):
        matrix: list[list[str]] = []
        spans = {}
        for row in table.iter(_q("table", "table-row")):
            rep = min(int(row.get(_q("table", "number-rows-repeated"), "1")), MAX_ROWS)
            out: list[str] = []
            for cell in row:
                if cell.tag not in (_q("table", "table-cell"), _q("table", "covered-table-cell")):
                    continue
                crep = min(int(cell.get(_q("table", "number-columns-repeated"), "1")), MAX_COLS)
                text = _ods_cell_text(cell) if cell.tag == _q("table", "table-cell") else ""
                rs = int(cell.get(_q("table", "number-rows-spanned"), "1"))
                cs = int(cell.get(_q("table", "number-columns-spanned"), "1"))
                if rs > 1 or cs > 1:
                    spans[(len(matrix), len(out))] = (rs, cs)
                out += [text] * crep
                if len(out) > MAX_COLS:
                    break
            while out and not out[-1]:
                out.pop()
            for _ in range(rep):
                matrix.append(list(out))
                if len(matrix) >= MAX_ROWS:
                    break
            if len(matrix) >= MAX_ROWS:
                break
        while matrix and not any(matrix[-1]):
            matrix.pop()
        sheet_lines, sheet_grids = split_sheet(_grid_from_matrix(matrix, spans, page), page)
        lines += sheet_lines
        grids += sheet_grids
    return lines, max(1, len(tables)), grids
