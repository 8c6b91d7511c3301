"""A grid read as a statistics table: header rows -> column paths -> catalogue indicators (the same
phrases as prose, docparse/data/indicators.json), row headers -> subjects (gazetteer, bodies, levels),
body cells -> facts with their cell as evidence.

>>> indicator_for(["Số hồ sơ nhận giải quyết", "Trong kỳ", "Trực tuyến"])
('count', 'received_online', None)
>>> indicator_for(["Số hồ sơ đang giải quyết", "Quá hạn"])
('count', 'pending_late', None)
>>> indicator_for(["Tỷ lệ giải quyết đúng hạn (%)"])
('rate', 'resolved_on_time', None)
>>> indicator_for(["Công khai, minh bạch (18 điểm)"])
('score', 'index_766_publicity', 18.0)
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..data import load
from ..models import Evidence, Fact, Subject, Table, TableCell, TableColumn, TableRow
from ..normalize.numbers import parse_number
from ..normalize.text import fold
from ..recognize.catalogue import PhraseMatcher, indicators, matcher
from .grid import Grid

_T = load("tables")


def _rate_of_count(indicator: Optional[str]) -> Optional[str]:
    """The rate a count's share is (data: the count's xy_rate, share or part_rate), else None.

    >>> _rate_of_count("received_online"), _rate_of_count("resolved_in_time"), _rate_of_count("received_total")
    ('online_submission', 'resolved_on_time', None)
    """
    got = load("indicators")["counts"].get(indicator or "", {})
    return got.get("xy_rate") or got.get("share") or got.get("part_rate")


def _folded_set(key: str) -> set[str]:
    return {" ".join(regex.findall(r"[a-z0-9%]+", fold(w))) for w in _T[key]}


_ZERO, _NA, _NODATA = set(_T["zero"]), set(_T["na"]), set(_T["nodata"])
_NUMBER_HEADERS = _folded_set("number_headers")
_LABEL_HEADERS = _folded_set("label_headers")
_TOTAL_HEADERS = _folded_set("total_headers")
_NEUTRAL_HEADERS = _folded_set("neutral_headers")
_TOTAL_ROWS = sorted(_folded_set("total_rows"), key=lambda w: (-len(w), w))
_AVERAGE_ROWS = _folded_set("average_rows")
_WEAK_SCORE_HEADERS = _folded_set("weak_score_headers")
_ROMAN = regex.compile(r"^(?:[IVXLC]+|[A-Z])$")
_ORDINAL = regex.compile(r"^\s*(?:(?P<roman>[IVXLC]+|[A-D])|\d+(?:\.\d+)*)\s*[.)/-]?\s+(?=\S)")
_MAX_POINTS = regex.compile(r"(\d+(?:[.,]\d+)?)\s*(?:điểm|đ\b)|(?:tối đa|max)\D{0,6}(\d+(?:[.,]\d+)?)",
                            regex.IGNORECASE)


def _words(text: str) -> str:
    return " ".join(regex.findall(r"[a-z0-9%]+", fold(text)))


def cell_value(text: str) -> tuple[str, Optional[float], int]:
    """(status, value, decimals) of a body cell as Vietnamese tables write it.

    >>> cell_value("1.204"), cell_value("97,5%"), cell_value("-"), cell_value("x"), cell_value("..."), cell_value("")
    (('value', 1204, 0), ('value', 97.5, 1), ('zero', 0, 0), ('na', None, 0), ('nodata', None, 0), ('blank', None, 0))
    >>> cell_value("Sở Tư pháp")[0]
    'text'
    """
    t = " ".join((text or "").split())
    if not t:
        return "blank", None, 0
    if t in _ZERO:
        return "zero", 0, 0
    if t in _NA:
        return "na", None, 0
    if t in _NODATA or (len(t) >= 2 and set(t) <= {".", "…", " "}):
        return "nodata", None, 0
    bare = t[:-1].rstrip() if t.endswith("%") else t
    try:
        n = parse_number(bare)
    except ValueError:
        m = regex.fullmatch(r"(\d+)\.(\d{1,2})", bare)  # "95.5": a decimal point, never thousands
        if m:
            return "value", float(bare), len(m.group(2))
        return "text", None, 0
    return "value", n.value, n.decimals


def is_numbering_row(texts: list[str]) -> bool:
    """The row of column numbers under a form's header: "(1) (2) (3)=(4)+(5)" or "A B 1 2 3".

    >>> is_numbering_row(["(1)", "(2)", "(3)=(4)+(5)", "(4)", "(5)"]), is_numbering_row(["1", "Sở Tư pháp", "12", "3"])
    (True, False)
    >>> is_numbering_row(["A", "B", "1", "2", "3", "4"])
    True
    """
    cells = [t.strip() for t in texts if t.strip()]
    if len(cells) < 3:
        return False
    if sum(bool(regex.match(r"^[(\[]\s*\S{0,2}\d", t)) for t in cells) >= 0.6 * len(cells) >= 3 and \
            sum(bool(regex.fullmatch(r"[(\[]\s*\d{1,2}\s*[)\]]", t)) for t in cells) >= 2:
        return True  # "(1) (2) (3)=(4)+(5)" with a few cells misread by OCR ("(2) |", "q1)")
    ints = []
    for t in cells:
        m = regex.fullmatch(r"[(\[]?\s*([0-9]{1,3}|[A-Za-z])\s*[)\]]?(?:\s*=.*)?", t)
        if not m:
            return False
        if m.group(1).isdigit():
            ints.append(int(m.group(1)))
    return len(ints) >= 3 and ints == sorted(ints) and len(set(ints)) == len(ints) and ints[0] <= 2


@lru_cache(maxsize=None)
def _family_of() -> dict:
    cat = indicators()["counts"]
    return {k: v.get("family") for k, v in cat.items()}


@lru_cache(maxsize=None)
def _parent_of() -> dict:
    cat = indicators()["counts"]
    return {k: v.get("parent") for k, v in cat.items()}


def _longest(matches):
    real = [m for m in matches if "_neutral" not in m.key]
    if not real:
        return None
    return max(real, key=lambda m: (m.end - m.start, -m.start))


def _count_path(path: list[str], family_hint: Optional[str] = None) -> Optional[str]:
    """The count a header path names: the top level gives the family ("Số hồ sơ đã giải quyết"),
    each level below narrows it ("Quá hạn" is resolved_late there, pending_late under "đang giải
    quyết"). A leaf the catalogue does not name gives nothing (precision first)."""
    family = _family_of()
    parent = _parent_of()
    result: Optional[str] = None
    fam: Optional[str] = None
    for depth, part in enumerate(path):
        words = _words(part)
        leaf = depth == len(path) - 1
        if words in _TOTAL_HEADERS or words in _NEUTRAL_HEADERS or not words:
            continue
        m = _longest(matcher("counts").find(part))
        if m is None:
            if leaf:
                return None
            continue
        keys = list(m.key)
        if fam is not None:
            same = [k for k in keys if family.get(k) == fam]
            if not same:
                if leaf:
                    return None
                continue
            keys = sorted(same, key=lambda k: parent.get(k) != result)
        else:
            if family_hint:
                keys.sort(key=lambda k: family.get(k) != family_hint)
            keys.sort(key=lambda k: parent.get(k) is not None and len(path) > 1 and depth == 0)
        result = keys[0]
        fam = family.get(result)
    return result


def indicator_for(path: list[str], family_hint: Optional[str] = None,
                  scores: bool = False) -> tuple[Optional[str], Optional[str], Optional[float]]:
    """(kind, indicator, maximum) named by a column's header path, or (None, None, None)."""
    if not path:
        return None, None, None
    words = [_words(p) for p in path]
    if regex.search(r"\b(?:xep hang|thu hang)\b", words[-1]):
        return "rank", "index_766_rank", None
    is_rate = any(regex.search(r"\bty le\b|\bti le\b|%", w) for w in words)
    is_score = scores or any(regex.search(r"\bdiem\b", w) for w in words)
    if is_rate:
        for part in reversed(path):
            m = _longest(matcher("rates").find(part))
            if m:
                return "rate", m.key[0], None
        joined = " ".join(path)
        m = _longest(matcher("rates").find(joined))
        if m:
            return "rate", m.key[0], None
        bare = [regex.sub(r"(?i)t[ỷỉ]\s*l[ệe]|\(?%\)?", " ", p).strip(" ,:()") for p in path]
        bare = [b for b in bare if _words(b)]
        count = _count_path(bare, family_hint) if bare else None
        if count:
            cat = indicators()["counts"][count]
            rate = cat.get("share") or cat.get("xy_rate")
            if rate:
                return "rate", rate, None
        return None, None, None
    if is_score:
        maximum = None
        for part in path:
            mm = _MAX_POINTS.search(part)
            if mm:
                maximum = float((mm.group(1) or mm.group(2)).replace(",", "."))
        for part in reversed(path):
            m = _longest(matcher("scores").find(regex.sub(r"\(.*?\)", " ", part)))
            if m and m.text not in _WEAK_SCORE_HEADERS:  # "Điểm đạt" names no component
                return "score", m.key[0], maximum
        return None, None, None
    count = _count_path(path, family_hint)
    if count:
        return "count", count, None
    return None, None, None


# ---- reading a grid ------------------------------------------------------------------------

def _header_end(texts: list[list[str]]) -> int:
    """Index of the first body row: the first that holds a figure beyond its first column, or that
    is a label alone (a group row "I. Cấp tỉnh" before its units)."""
    for r, row in enumerate(texts):
        if is_numbering_row(row):
            continue
        statuses = [cell_value(t)[0] for t in row[1:]]
        if any(s in ("value", "zero") for s in statuses):
            return r
        if r > 0 and row and all(not t for t in row[2:]) and any(row[:2]) and \
                not all(row[i] == texts[r - 1][i] for i in range(min(2, len(row)))):
            return r
    return len(texts)


def column_paths(grid: Grid, end: int) -> list[list[str]]:
    """Header texts of each column from the top level down, a merged cell counted once."""
    paths = []
    texts = grid.texts()
    for c in range(grid.n_cols):
        path: list[str] = []
        seen = set()
        for r in range(end):
            if is_numbering_row(texts[r]):
                continue
            cell = grid.cells[r][c]
            if not cell.text or cell.origin in seen:
                continue
            seen.add(cell.origin)
            if path and path[-1] == cell.text:
                continue
            path.append(cell.text)
        paths.append(path)
    return paths


def _column_roles(grid: Grid, end: int, paths: list[list[str]]) -> list[str]:
    roles = []
    body = grid.texts()[end:]
    for c, path in enumerate(paths):
        head = _words(path[-1]) if path else ""
        statuses = [cell_value(row[c])[0] for row in body if c < len(row)]
        texts = sum(s == "text" for s in statuses)
        values = sum(s in ("value", "zero", "na", "nodata") for s in statuses)
        short = [row[c].strip() for row in body if c < len(row) and row[c].strip()]
        if head in _NUMBER_HEADERS or (c == 0 and all(
                _ROMAN.match(t.rstrip(".")) or regex.fullmatch(r"\d{1,3}(?:\.\d+)*\.?", t) or
                (len(t) <= 3 and " " not in t) for t in short)
                and not any(regex.search(r"\bty le\b|tong so|\bso\b", _words(p)) for p in path)):
            roles.append("number")
        elif head in _LABEL_HEADERS or texts > values:
            roles.append("label")
        else:
            roles.append("value")
    # only the leading columns are row headers; a text column later on is a note
    return roles


def continue_spans(grid: Grid, end: int) -> None:
    """A group header written in one cell and left unmerged ("Số hồ sơ đã giải quyết" over four
    columns, the three cells right of it blank): a blank upper header cell right of a filled one,
    over filled header cells, continues it. Only for grids whose merges are written as such (HTML,
    DOCX, sheets, text), never for ruled or scanned grids, whose rules tell their merges.

    >>> from docparse.tables.grid import from_spans
    >>> g = from_spans([[("Đơn vị", 2, 1), ("Đã giải quyết", 1, 1), ("", 1, 1)],
    ...                 [("Tổng số", 1, 1), ("Quá hạn", 1, 1)], [("Sở Y tế", 1, 1), ("9", 1, 1), ("1", 1, 1)]], "html")
    >>> continue_spans(g, 2); g.texts()[0]
    ['Đơn vị', 'Đã giải quyết', 'Đã giải quyết']
    """
    for r in range(max(0, end - 1)):
        for c in range(1, grid.n_cols):
            cell, left = grid.cells[r][c], grid.cells[r][c - 1]
            if cell.text or not left.text or cell.origin == left.origin or left.origin[1] == 0 \
                    or _words(left.text) in _LABEL_HEADERS | _NUMBER_HEADERS:
                continue
            if left.origin[0] != r or any(grid.cells[k][c - 1].origin == left.origin for k in range(r + 1, end)):
                continue  # the cell to the left runs down (a rowspan): it is no group header
            if any(grid.cells[k][c].text for k in range(r + 1, end)):
                grid.cells[r][c] = left


def _leaf_spans(grid: Grid, end: int, c: int) -> bool:
    """The lowest header cell over column ``c`` spans other columns too: the column's own header is
    missing (misread, or left blank), and the spanning group names no one column."""
    for r in range(end - 1, -1, -1):
        cell = grid.cells[r][c]
        if not cell.text or is_numbering_row(grid.texts()[r]):
            continue
        width = sum(1 for k in range(grid.n_cols) if grid.cells[r][k].origin == cell.origin)
        below = any(grid.cells[k][c].origin != cell.origin for k in range(r + 1, end)
                    if not is_numbering_row(grid.texts()[k]))
        return width > 1 and below
    return False


def _in_time(columns: list[TableColumn]) -> None:
    """Resolved "Đúng hạn" with no "Trước hạn" column beside it holds early and on time together, as
    reports mean it (resolved_in_time); Biểu 06 splits the two."""
    have = {c.indicator for c in columns if c.kind == "count"}
    if "resolved_on_time" in have and "resolved_early" not in have and "resolved_in_time" not in have:
        for c in columns:
            if c.kind == "count" and c.indicator == "resolved_on_time":
                c.indicator = "resolved_in_time"


class TableReader:
    """Reads the grids of one document into Tables and Facts, with the document's context."""

    def __init__(self, scope, ctx, first_id: int, context_text: str = ""):
        self.scope = scope  # recognize.scope.ScopeFinder of the document
        self.ctx = ctx
        self.next_id = first_id
        self.context = fold(context_text)

    def default_subject(self) -> Subject:
        if self.ctx.default_subject == "self" and self.ctx.own_unit:
            return Subject(level="self", name=self.ctx.own_unit)
        return Subject(level="city")

    def row_subject(self, label: str, ordinal: str) -> tuple[str, Subject]:
        """(role, subject) of a row header: total, group (a level or "I." heading), unit, other."""
        bare = _ORDINAL.sub("", label, count=1).strip()
        words = _words(bare)
        if not words:
            return "other", self.default_subject()
        if words in _AVERAGE_ROWS:
            return "other", None  # an average of the rows is nobody's figure
        for total in _TOTAL_ROWS:
            if words == total or (words.startswith(total + " ") and len(words) <= len(total) + 12
                                  and not self._units(bare)):
                subj = self.default_subject()
                return "total", subj.model_copy(update={"raw": bare})
        units = self._units(bare)
        if units:
            return "unit", units[0].model_copy(update={"raw": units[0].raw or bare})
        levels = [s for _, _, s in self.scope.subjects(bare, fold(bare))
                  if s.level in ("departments", "communes", "districts", "city", "national") and not s.scope]
        roman = bool(_ROMAN.match(ordinal.strip().rstrip("."))) or bool(_ORDINAL.match(label) and
                                                                        _ORDINAL.match(label).group("roman"))
        if levels:
            level = levels[0].level
            if level == "city":
                return "total", self.default_subject().model_copy(update={"raw": bare})
            return "group", Subject(level=level, raw=bare)
        if roman:
            return "group", self.default_subject().model_copy(update={"raw": bare, "scope": bare})
        return "other", self.default_subject().model_copy(update={"raw": bare, "scope": bare})

    def _units(self, text: str) -> list[Subject]:
        m = regex.match(r"(?i)^(?:ubnd\s+|ủy ban nhân dân\s+)?(xã|phường|thị trấn|đặc khu)\s+(\S.*)$", text)
        if m:  # a commune row names one commune, whole ("Phường 1 Bảo Lộc", "Xã Đắk song")
            res = self.scope.units.resolve(m.group(1).lower(), m.group(2).strip())
            if res.name and res.score >= 99:
                name = res.name
                if self.ctx.own_unit and name == self.ctx.own_unit:
                    return [Subject(level="self", name=name, raw=text)]
                return [Subject(level="unit", name=name, raw=text)]
        out = []
        for _, _, s in self.scope.subjects(text, fold(text)):
            if s.level in ("unit", "self") and (s.name or s.raw):
                out.append(s)
        if not out:
            m = regex.match(r"(?i)^(?:ubnd\s+|ủy ban nhân dân\s+)?(xã|phường|thị trấn|đặc khu)\s+(\S.*)$", text)
            if m:  # "Phường 1 Bảo Lộc": a name the mention finder does not take (a digit), resolved whole
                res = self.scope.units.resolve(m.group(1).lower(), m.group(2).strip())
                if res.name and res.score >= 90:
                    return [Subject(level="unit", name=res.name, raw=text)]
            m = regex.match(r"(?i)^(?:ubnd\s+|ủy ban nhân dân\s+)?(xã|phường|thị trấn|đặc khu|huyện|thị xã|quận)\s+\S", text)
            if m:  # a unit name the lists do not hold: kept as written (unknown_unit tells)
                out.append(Subject(level="unit", name=None, raw=text))
        return out

    def read(self, grid: Grid, index: int) -> tuple[Table, list[Fact]]:
        texts = grid.texts()
        end = _header_end(texts)
        if grid.source in ("html", "docx", "sheet", "text"):
            continue_spans(grid, end)
            texts = grid.texts()
        paths = column_paths(grid, end)
        roles = _column_roles(grid, end, paths)
        context = fold(" ".join([grid.title or ""] + [" ".join(p) for p in paths]))
        hint = "feedback" if regex.search(r"phan anh|kien nghi|pakn", fold(grid.title or "")) else None
        scores = bool(regex.search(r"766|chi so phuc vu|bo chi so", fold(grid.title or "") + " " + self.context[:0]))
        columns = []
        first_value = next((c for c, r in enumerate(roles) if r == "value"), len(roles))
        if hint is None:  # a table whose columns name feedback ("Tổng số PAKN") reads the others so
            families = {_family_of().get(indicator_for(p, None, scores)[1]) for c, p in enumerate(paths)
                        if c >= first_value}
            if "feedback" in families and "received" not in families:
                hint = "feedback"
        current = None  # the family of the last family total to the left ("Đang giải quyết", "Quá hạn")
        for c, path in enumerate(paths):
            role = roles[c] if c < first_value else "value"
            kind = indicator = maximum = None
            if role == "value" and not _leaf_spans(grid, end, c):
                kind, indicator, maximum = indicator_for(path, current if len(path) == 1 and current else hint,
                                                         scores)
                if kind == "count" and _parent_of().get(indicator) is None:
                    current = _family_of().get(indicator)
            columns.append(TableColumn(index=c, path=path, role=role, kind=kind, indicator=indicator,
                                       maximum=maximum))
        _in_time(columns)
        table = Table(index=index, source=grid.source, page=grid.page, pages=grid.pages or [grid.page],
                      title=grid.title, header_rows=[row for row in texts[:end]],
                      columns=columns, bbox=list(grid.bbox) if grid.bbox else None)
        if not any(c.indicator for c in columns if c.role == "value"):
            transposed = self._indicators_in_rows(grid, table, end, hint, scores)
            if transposed is not None:
                return table, transposed
        facts: list[Fact] = []
        for r in range(end, grid.n_rows):
            row_texts = texts[r]
            if is_numbering_row(row_texts) or not any(t.strip() for t in row_texts):
                continue
            ordinal = " ".join(row_texts[c] for c in range(grid.n_cols) if columns[c].role == "number")
            label_cells = []
            for c in range(grid.n_cols):
                if columns[c].role == "label" and row_texts[c] and row_texts[c] not in label_cells:
                    label_cells.append(row_texts[c])
            label = " ".join(label_cells).strip()
            if not label and ordinal:
                label = ordinal
            role, subject = self.row_subject(label, ordinal)
            page = next((cell.page for cell in grid.cells[r] if cell.page), grid.page)
            row = TableRow(index=r, label=label, role=role, subject=subject, page=page)
            line_text = " | ".join(t for t in row_texts if t)
            for c, column in enumerate(columns):
                if column.role != "value":
                    continue
                cell = grid.cells[r][c]
                if cell.origin[1] != c and grid.cells[r][cell.origin[1]].text == cell.text and c > 0 \
                        and columns[cell.origin[1]].role == "value":
                    continue  # a value merged across columns is one cell
                status, value, decimals = cell_value(cell.text)
                tc = TableCell(column=c, text=cell.text, status=status,
                               value=float(value) if value is not None else None,
                               page=cell.page or page, bbox=list(cell.box) if cell.box else None)
                kind, indicator = column.kind, column.indicator
                if kind == "count" and cell.text.rstrip().endswith("%"):
                    # "97.3%" under "Trực tuyến": the share of that part, as a rate
                    kind, indicator = "rate", _rate_of_count(indicator)
                if status in ("value", "zero") and indicator and label and subject is not None and \
                        not (kind == "rank" and role != "unit"):  # no rank of a total or group row
                    fact = Fact(id=f"f{self.next_id}", kind=kind, indicator=indicator,
                                subject=subject, value=value, decimals=decimals, maximum=column.maximum,
                                explicit=True, label=" / ".join(column.path),
                                uncertain=grid.source == "ocr" or self.ctx.uncertain,
                                garbled=grid.source == "ocr" or self.ctx.garbled,
                                evidence=Evidence(page=cell.page or page, line=grid.anchor or 0, text=line_text,
                                                  bbox=list(cell.box) if cell.box else None, table=index,
                                                  row=r, column=c, header=list(column.path)))
                    self.next_id += 1
                    tc.fact = fact.id
                    facts.append(fact)
                row.cells.append(tc)
            table.rows.append(row)
            link_rates([f for f in facts if f.evidence.row == r])
        _rank_fields(facts)
        return table, facts


    def _indicators_in_rows(self, grid: Grid, table: Table, end: int, hint, scores) -> Optional[list[Fact]]:
        """A table with its indicators in rows ("Nội dung | Số lượng | Tỷ lệ (%)"), columns naming
        whose figures (a unit, a level, "Kết quả" for the document's own) or a rate of the row's
        count. A row "- Trực tuyến" under "Tổng số hồ sơ tiếp nhận" is read under its parent, as a
        header path is. None when the rows name no indicator."""
        texts = grid.texts()
        columns = table.columns
        rows: list[TableRow] = []
        parent: Optional[str] = None
        named = 0
        scores = scores or any(regex.search(r"\bdiem\b", _words(" ".join(c.path))) for c in columns)
        for r in range(end, grid.n_rows):
            row_texts = texts[r]
            if is_numbering_row(row_texts) or not any(t.strip() for t in row_texts):
                continue
            labels = []
            for c in range(grid.n_cols):
                if columns[c].role == "label" and row_texts[c] and row_texts[c] not in labels:
                    labels.append(row_texts[c])
            label = " ".join(labels).strip()
            ordinal = " ".join(row_texts[c] for c in range(grid.n_cols) if columns[c].role == "number").strip()
            bare = regex.sub(r"^[\s\-+•*–]+|^(?:trong đó|gồm|bao gồm)\s*:?\s*", "", label, flags=regex.IGNORECASE).strip()
            child = bool(regex.match(r"^\s*[-+•*–]|^\s*(?:trong đó|gồm)\b|^\s*[a-zđ]\)", label, regex.IGNORECASE)) \
                or bool(regex.fullmatch(r"\d+\.\d+\.?|[a-zđ]\)?", ordinal)) or (ordinal == "" and parent is not None and label[:1].islower())
            bare = _ORDINAL.sub("", bare, count=1).strip()
            path = [parent, bare] if child and parent else [bare]
            kind, indicator, maximum = indicator_for(path, hint, scores) if bare else (None, None, None)
            if indicator is None and child and parent:
                kind, indicator, maximum = indicator_for([bare], hint, scores)
            if not child:
                parent = bare
            if indicator:
                named += 1
            rows.append(TableRow(index=r, label=label, role="indicator", kind=kind, indicator=indicator,
                                 path=path, page=next((c.page for c in grid.cells[r] if c.page), grid.page)))
        if named < 2 and not (rows and named == len(rows)):
            return None  # one named row among others is no table of indicators
        table.layout = "indicators_in_rows"
        for column in columns:
            if column.role != "value":
                continue
            head = " ".join(column.path)
            words = _words(head)
            if regex.search(r"cung ky|so sanh|tang giam|tang|giam|ke hoach|chi tieu|muc tieu|ghi chu|nam truoc|ky truoc|toi da|\bmax\b|thang diem|diem chuan", words):
                column.kind = "skip"
                continue
            if regex.search(r"\bty le\b|\bti le\b|%", words):
                column.kind = "rate"
            role, subject = self.row_subject(column.path[-1], "") if column.path else ("other", self.default_subject())
            if role == "other":
                subject = self.default_subject()
            column.subject = subject
        facts: list[Fact] = []
        for row in rows:
            for c, column in enumerate(columns):
                if column.role != "value" or column.kind == "skip":
                    continue
                cell = grid.cells[row.index][c]
                status, value, decimals = cell_value(cell.text)
                tc = TableCell(column=c, text=cell.text, status=status,
                               value=float(value) if value is not None else None,
                               page=cell.page or row.page, bbox=list(cell.box) if cell.box else None)
                kind, indicator = row.kind, row.indicator
                if column.kind == "rate" and kind == "count":
                    cat = indicators()["counts"].get(indicator, {})
                    kind, indicator = "rate", cat.get("share") or cat.get("xy_rate")
                elif column.kind == "rate" and kind != "rate":
                    indicator = None
                if status in ("value", "zero") and indicator and column.subject is not None:
                    fact = Fact(id=f"f{self.next_id}", kind=kind, indicator=indicator, subject=column.subject,
                                value=value, decimals=decimals, explicit=True,
                                label=" / ".join(row.path + column.path),
                                uncertain=grid.source == "ocr" or self.ctx.uncertain,
                                garbled=grid.source == "ocr" or self.ctx.garbled,
                                evidence=Evidence(page=cell.page or row.page or grid.page, line=grid.anchor or 0,
                                                  text=" | ".join(t for t in texts[row.index] if t),
                                                  bbox=list(cell.box) if cell.box else None, table=table.index,
                                                  row=row.index, column=c, header=list(row.path + column.path)))
                    self.next_id += 1
                    tc.fact = fact.id
                    facts.append(fact)
                row.cells.append(tc)
        table.rows = rows
        for column in columns:
            if column.kind == "skip":
                column.kind = None
        for c in {f.evidence.column for f in facts}:
            link_rates([f for f in facts if f.evidence.column == c])
        return facts


def _rank_fields(facts: list[Fact]) -> None:
    """A rank column's field size: the units ranked in it (its unit rows)."""
    by_col: dict = {}
    for f in facts:
        if f.kind == "rank" and f.subject.level in ("unit", "self"):
            by_col.setdefault(f.evidence.column, []).append(f)
    for ranked in by_col.values():
        for f in ranked:
            f.denominator = float(len(ranked))


def link_rates(facts: list[Fact]) -> None:
    """A rate cell's x/y: the counts of its own row (or column) by the official convention it agrees
    with, else the first the counts allow (checks/ratios.py holds the conventions)."""
    from ..checks.common import subject_key
    from ..checks.ratios import agrees, conventions

    counts = {(subject_key(f), f.indicator): f for f in reversed(facts) if f.kind == "count"}
    for f in facts:
        if f.kind != "rate" or f.value is None:
            continue
        tried = [t for t in conventions(f, counts) if t[2]]
        if not tried:
            continue
        _, n, d = next((t for t in tried if agrees(f.value, f.decimals, t[1], t[2])), tried[0])
        f.numerator, f.denominator, f.denominator_source = float(n), float(d), "row"


def read_tables(grids: list[Grid], scope, ctx, first_id: int, context_text: str = "") -> tuple[list[Table], list[Fact]]:
    reader = TableReader(scope, ctx, first_id, context_text)
    tables, facts = [], []
    for grid in grids:
        table, fs = reader.read(grid, len(tables))
        tables.append(table)
        facts += fs
    return tables, facts
