"""Rejoin lines that the layout broke mid-sentence into segments, keeping a map back to lines.

A new segment starts after a line that ends a sentence or a clause (. : ; ! ?), at a list
marker or a section number, and around lines that hold no words (chart values, page numbers).

>>> from docparse.extractors.base import Line
>>> lines = [Line("Tỷ lệ đạt 87,62% (số hồ sơ nộp ", 1, 1), Line("", 1, 2),
...          Line("trực tuyến/tổng số là 50.133/57.219 hồ sơ), trong đó: ", 1, 3),
...          Line("- Các Sở, ban, ngành: Đạt 73,81%.", 1, 4)]
>>> [s.text for s in build_segments(lines)]
['Tỷ lệ đạt 87,62% (số hồ sơ nộp trực tuyến/tổng số là 50.133/57.219 hồ sơ), trong đó:', '- Các Sở, ban, ngành: Đạt 73,81%.']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from ..extractors.base import Line
from ..data import load
from .text import fold, longest_first

_ENDS_CLAUSE = regex.compile(r"[.:;!?]\s*(?:\*+)?$")
_STARTS_ITEM = regex.compile(r"^\s*(?:[-+•–*~]\s|[-+•–]\S|\d{1,2}(?:\.\d{1,2})*\.(?:\s+|(?=\p{Lu}))|\d{1,2}(?:\.\d{1,2})+\s|"
                             r"\d{1,2}\s+\p{Lu}|\d{1,2}\)\s+(?=\p{Lu})|[IVX]+\.\s|[A-ZĐ]\.\s+(?=\p{Lu})|[a-zđ][.)]\s|\(\d+\)\s|\[\d{1,3}\]\s)")
_LIST_ITEM = regex.compile(r"^\s*[-+•–]\s")
_HAS_WORD = regex.compile(r"\p{L}{2,}")
_BARE_VALUES = regex.compile(r"^[\d.,%\s]+$")  # chart values, page numbers: never part of a sentence
_CONTINUES = regex.compile(r"^\s*[\d(]")
# a headline or title with no stop at its end, then the body's first sentence ("... đạt 98,6%" /
# "Trong quý I, toàn tỉnh ..."): the body opener begins a new segment (data document_parts.json)
_BODY_OPENER = regex.compile(r"^(?:" + "|".join(r"\s+".join(map(regex.escape, w.split())) for w in sorted(
    {fold(w) for w in load("document_parts")["title_body_openers"]}, key=longest_first)) + r")(?![a-z])")


@dataclass
class Segment:
    text: str
    pieces: list[tuple[int, Line, int]] = field(default_factory=list)  # (offset in text, line, lstrip)
    _folded: str | None = None
    runs_on: bool = False  # the paragraph of the segment before goes on: only its last sentence ended
    # on the next line after the segment before, no blank line or list mark between: maybe the same
    # paragraph (a text written one sentence a line), maybe not
    follows: bool = False

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def locate(self, start: int, end: int) -> list[tuple[Line, int, int]]:
        """The lines that a [start, end) span of the segment covers, with in-line offsets."""
        out = []
        for i, (off, line, lead) in enumerate(self.pieces):
            stop = self.pieces[i + 1][0] - 1 if i + 1 < len(self.pieces) else len(self.text)
            a, b = max(start, off), min(end, stop)
            if a < b or (start == end and off <= start < stop):
                out.append((line, a - off + lead, b - off + lead))
        return out

    @property
    def first_line(self) -> Line:
        return self.pieces[0][1]


# "Trễ hạn: 472", "Tỷ lệ số hóa: 96.1%": a portal's label-and-value line stands alone
# "Số hồ sơ đã giải quyết: 108.472"; a two-column row typed with a bar, its label padded to the bar
# ("Tỷ lệ thanh toán trực tuyến        | 70,15%"): a line of its own, its figure its label's
LABEL_VALUE = regex.compile(r"^\p{Lu}(?:[\p{L}\s,()/\-–]{0,60}:|[\p{L}\d\s,()/\-–]{0,100}?\s\|)\s*[\d(]")


# "Phường Hạc Thành" on a line of its own: a unit's name heads the label lines after it ("Đã tiếp
# nhận: 1234"); after a line that ends on a figure or a date it begins a segment of its own
_S = load("subjects")
def _prefixes_rx(words) -> str:
    return "(?=\\p{Lu})(?i:" + "|".join(sorted({r"\s+".join(map(regex.escape, v.split())) for w in words for v in (w, fold(w))},
                                             key=longest_first)) + ")"


# a commune's or district's name is capitalised throughout; a department's has lower-case words ("Sở Tư pháp")
_UNIT_NAME_LINE = regex.compile(
    r"^(?:" + _prefixes_rx(_S["commune_prefixes"] + _S["named_unit_prefixes"]["district"])
    + r"\s+\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+\p{Lu}[\p{L}\p{M}’'\-]*){0,4}"
    + r"|" + _prefixes_rx(_S["named_unit_prefixes"]["department"]) + r"\s+\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,5})\s*$")
_ENDS_FIGURE = regex.compile(r"[\d%)]\s*$")


_HEADING_LINE = regex.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]+\.|[a-zđ][.)]|[A-ZĐ]\.(?=\s+\p{Lu}))\s")
_ENDS_WORD = regex.compile(r"\p{L}\s*$")
_ENDS_COUNT = regex.compile(r"(?<![\d.,]\d{0,3}[/:])\d[\d.]*\s*$")  # "… và 728": a count, no date or ratio
_UNIT_FIRST = regex.compile(r"^(?:" + "|".join(r"\s+".join(map(regex.escape, w.split())) for w in sorted(
    {fold(w) for w in load("mentions")["count_units"]}, key=longest_first)) + r")(?![a-z])")


def _capitals(text: str) -> bool:
    """A heading written in capitals: two words or more, no lower-case letter before a bracket.

    >>> _capitals("CẤP HUYỆN (đã giải quyết / đúng hạn)"), _capitals("Các sở: 98%"), _capitals("UBND")
    (True, False, False)
    """
    head = text.split("(", 1)[0]
    words = regex.findall(r"\p{L}+", head)
    return len(words) >= 2 and all(w.isupper() for w in words)


def _starts_new(prev: str, current: str, width: int = 0, wrapped: bool = True) -> bool:
    """Whether ``current`` begins a new segment after the line ``prev``; ``width`` is the text's
    usual line length (a heading shorter than it ends where it ends); ``wrapped`` false when the
    text is not wrapped at a margin (a portal page, one statement a line).

    >>> _starts_new("đã xử lý đúng hạn 118/121, đạt", "97,52%.")  # a figure wrapped to its own line
    False
    >>> _starts_new("45,2", "38,7")  # a chart's values
    True
    >>> _starts_new("2. Thanh toán trực tuyến (chỉ tiêu: 80%)", "Toàn tỉnh đạt 89,8%, tương ứng", 88)
    True
    >>> _starts_new("2. Kết quả giải quyết hồ sơ của các cơ quan, đơn vị trên địa bàn tỉnh và của", "UBND cấp xã", 80)
    False
    >>> _starts_new("Tỷ lệ hồ sơ giải quyết đúng hạn quý I đạt 98,6%", "Trong quý I, toàn tỉnh tiếp nhận")
    True
    >>> _starts_new("Thống kê theo đơn vị - Tháng 10/2025", "Phường Hạc Thành"), _starts_new("hồ sơ của", "Phường Hạc Thành")
    (True, False)
    >>> _starts_new("Thống kê theo đơn vị tháng 11/2025", "Sở Tư pháp"), _starts_new("tháng 11/2025", "Phường Hạc Thành đã giải quyết")
    (True, False)
    >>> _starts_new("Thong ke theo don vi thang 11/2025", "Phuong Hac Thanh")  # without accents
    True
    >>> _starts_new("Toàn tỉnh: 86,05 điểm, hạng 11/34 toàn quốc", "Điểm tối đa của nhóm", 60, wrapped=False)
    True
    >>> _starts_new("Số hồ sơ đã giải quyết: 38.406, trong đó đúng hạn 37.618", "hồ sơ (97,59%), quá hạn 788 hồ sơ.")
    False
    >>> _starts_new("Đã giải quyết: 38.406", "trễ hạn: 788")
    True
    >>> _starts_new("Số TTHC thuộc thẩm quyền: 2.004, gồm 1.276 TTHC cấp tỉnh và 728", "TTHC cấp xã.")
    False
    >>> _starts_new("Tổng số hồ sơ tiếp nhận: 2.004", "Hồ sơ trực tuyến: 1.500")
    True
    """
    if _BARE_VALUES.match(current) and not _BARE_VALUES.match(prev) and len(current.split()) == 1 \
            and _ENDS_WORD.search(prev) and not _ENDS_CLAUSE.search(prev):
        return False  # "..., đạt" / "97,52%.": the sentence goes on
    if _BARE_VALUES.match(prev) or _BARE_VALUES.match(current):
        return True
    if width and _HEADING_LINE.match(prev) and len(prev) < 0.75 * width and regex.match(r"^\p{Lu}", current):
        return True  # a short numbered heading, then a capitalised line: the heading has ended
    if _capitals(prev) and regex.match(r"^\p{Lu}", current) and not _capitals(current):
        return True  # "THEO CẤP GIẢI QUYẾT" / "Các sở, ban, ngành: ...": a heading in capitals has ended
    if _capitals(current) and not _capitals(prev) and not prev.rstrip().endswith(("-", ",")):
        return True  # "CẤP HUYỆN (đã giải quyết / ...)": a heading in capitals begins
    if LABEL_VALUE.match(prev) and regex.match(r"^\p{Ll}", current) and not LABEL_VALUE.match(current) \
            and not _ENDS_CLAUSE.search(prev) and "," in prev[prev.index(":"):]:
        return False  # "Số hồ sơ đã giải quyết: 38.406, trong đó … 37.618" / "hồ sơ (97,59%), …": a sentence wrapped
    if _ENDS_COUNT.search(prev) and _UNIT_FIRST.match(fold(current)) and not LABEL_VALUE.match(current) \
            and not _STARTS_ITEM.match(current):
        return False  # "…: 2.004, gồm 1.276 TTHC cấp tỉnh và 728" / "TTHC cấp xã.": the count's unit word wrapped
    if LABEL_VALUE.match(current) or LABEL_VALUE.match(prev) and regex.search(r"[\d%]\s*$", prev):
        return True
    if _STARTS_ITEM.match(current):
        return True
    if not wrapped and LABEL_VALUE.match(prev) and regex.match(r"^\p{Lu}", current):
        return True  # "Toàn tỉnh: 86,05 điểm - hạng 11/34 toàn quốc" / "Điểm tối đa ...": one label line each
    if _UNIT_NAME_LINE.match(current) and _ENDS_FIGURE.search(prev):
        return True  # "Thống kê theo đơn vị - Tháng 10/2025" / "Phường Hạc Thành": the unit heads what follows
    if current[:1].isupper() and not current[:4].isupper() and _BODY_OPENER.match(fold(current)) and regex.search(r"[\p{L}\d%]\s*$", prev) and not prev.rstrip().endswith(","):
        return True  # "Tỷ lệ hồ sơ giải quyết đúng hạn quý I đạt 98,6%" / "Trong quý I, toàn tỉnh ...": a headline
    if prev.rstrip().endswith(":") and _CONTINUES.match(current):
        return False  # "Số địa phương đạt chỉ tiêu giao:" / "113/114 địa phương."
    if _LIST_ITEM.match(prev) and regex.match(r"^\p{Lu}", current):
        return True  # a list item's line, then a capitalised line: the list has ended
    if prev.rstrip().endswith(";") and prev.count("(") > prev.count(")") and regex.match(r"^\p{Ll}", current):
        return False  # "... (trong đó, trực tuyến 159.689 (đạt 56,86%;" / "trực tiếp ...": a wrapped
        # line (OCR) inside a parenthesis still open: the sentence goes on
    return bool(_ENDS_CLAUSE.search(prev))


# A segment is a sentence or a list item; a longer run of text without a break (a one-line dump,
# a megabyte without a newline) is cut into pieces of at most this many characters, at a sentence
# end when there is one, else at a space, so that the cost of reading a segment stays bounded and
# reading a document stays linear in its length. The longest segment of the seeds is ~2,000.
MAX_SEGMENT_CHARS = 4000
_CUT = regex.compile(r"[.;!?](?=\s)|\s")


def _cut_points(text: str, limit: int) -> list[int]:
    """Offsets where ``text`` is cut so that no piece is longer than ``limit``.

    >>> _cut_points("Một hai. Ba bốn năm", 12), _cut_points("x" * 10, 4)
    ([9], [4, 8])
    """
    cuts, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        ends = [m.end() for m in _CUT.finditer(window, limit // 2) if m.group() != " " and m.group().strip()]
        if ends:
            cut = start + ends[-1]
        else:
            space = window.rfind(" ", limit // 2)
            cut = start + (space + 1 if space > 0 else limit)
        while cut < len(text) and text[cut] == " ":
            cut += 1
        cuts.append(cut)
        start = cut
    return cuts


def _split_long(seg: Segment, limit: int = MAX_SEGMENT_CHARS) -> list[Segment]:
    """A segment longer than ``limit`` as several, each mapping back to its lines."""
    if len(seg.text) <= limit:
        return [seg]
    out = []
    bounds = [0, *_cut_points(seg.text, limit), len(seg.text)]
    for a, b in zip(bounds, bounds[1:]):
        text = seg.text[a:b].rstrip()
        if not text:
            continue
        pieces = []
        for i, (off, line, lead) in enumerate(seg.pieces):
            stop = seg.pieces[i + 1][0] if i + 1 < len(seg.pieces) else len(seg.text)
            if stop <= a or off >= b:
                continue
            skip = max(0, a - off)  # this piece starts before the cut: it begins ``skip`` chars in
            pieces.append((max(0, off - a), line, lead + skip))
        out.append(Segment(text, pieces))
    return out


_LEADER = regex.compile(r"(?<=[\p{L})])\s*(?:\.{3,}|…+)[.…\s]*(?=\d)")


def dot_leaders(text: str) -> str:
    """A form's dot leader between a label and its figure read as the colon it stands for, the
    text's length kept (offsets into the line stay right).

    >>> dot_leaders("Hồ sơ tiếp nhận ........ 187452")
    'Hồ sơ tiếp nhận:         187452'
    >>> dot_leaders("Số: 12/BC-UBND ... ngày 3")  # no label letter right before: left alone
    'Số: 12/BC-UBND ... ngày 3'
    """
    return _LEADER.sub(lambda m: ":" + " " * (len(m.group()) - 1), text)


def build_segments(lines: list[Line], ends: Optional[Line] = None) -> list[Segment]:
    """Segments of the lines (see the module doctest); none longer than MAX_SEGMENT_CHARS. ``ends``:
    a line no segment runs on from (the document's title's last line, told by the header: "... của
    cấp huyện" / "Huyện Bến Lức tiếp nhận 10.158 hồ sơ" are two).

    >>> title = Line("Kết quả giải quyết hồ sơ của cấp huyện", 1, 1)
    >>> [s.text for s in build_segments([title, Line("Huyện Bến Lức tiếp nhận 10 hồ sơ.", 1, 2)], ends=title)]
    ['Kết quả giải quyết hồ sơ của cấp huyện', 'Huyện Bến Lức tiếp nhận 10 hồ sơ.']

    >>> segs = build_segments([Line("Đạt 1%. " * 1000, 1, 1)])
    >>> len(segs), max(len(s.text) for s in segs) <= MAX_SEGMENT_CHARS, segs[1].locate(0, 3)[0][1:]
    (2, True, (4000, 4003))
    """
    segments = _build_segments(lines, ends)
    if any(len(seg.text) > MAX_SEGMENT_CHARS for seg in segments):
        segments = [part for seg in segments for part in _split_long(seg)]
    return segments


def _blank_lines_part(lines: list[Line]) -> bool:
    """Whether blank lines part paragraphs: not in a text layer written double-spaced, where a blank
    line stands after most lines and sentences run on across it ("... 1.929 thủ", "", "tục, cấp
    xã ..."). A text whose every paragraph is one line with a blank line after it (a news page, a
    portal's notice) keeps its paragraphs.

    >>> _blank_lines_part([Line(t, 1, i) for i, t in enumerate(["a", "", "b", "c", "", "d"])])
    True
    >>> _blank_lines_part([Line(t, 1, i) for i, t in enumerate(["đã giải", "", "quyết 12 hồ", "", "sơ, đạt", "", "98%."])])
    False
    >>> _blank_lines_part([Line(t, 1, i) for i, t in enumerate(["Tin: đạt 99%", "", "10/01/2020", "", "Năm 2019, tỉnh đạt.", "", "Tỷ lệ 98%."])])
    True
    """
    texts = [ln.text.strip() for ln in lines]
    filled = [t for t in texts if t]
    if not filled:
        return False
    followed = sum(1 for a, b in zip(texts, texts[1:]) if a and not b)
    if followed <= len(filled) / 2:
        return True
    # double-spaced: the lines on either side of a blank line are often one sentence wrapped
    gaps, last, blank = [], None, False
    for t in texts:
        if not t:
            blank = True
            continue
        if last is not None and blank:
            gaps.append((last, t))
        last, blank = t, False
    runs_on = sum(1 for a, b in gaps if a[-1] not in ".:;!?" and (b[0].islower() or b[0] in ",;)"))
    return runs_on < RUN_ON_SHARE * len(gaps)


RUN_ON_SHARE = 0.2  # of the gaps between lines: below it, blank lines are paragraph breaks


MAX_WRAP_WIDTH = 130  # a page's line holds at most about this many characters; longer lines are paragraphs


def _wrapped(lines: list[Line], width: int) -> bool:
    """Whether the text is wrapped at a margin (a PDF's or a typed report's lines), not one line a
    paragraph: many of its lines reach near the usual width.

    >>> _wrapped([Line("x" * 78, 1, i) for i in range(8)] + [Line("short.", 1, 9)], 78)
    True
    >>> _wrapped([Line("x" * n, 1, i) for i, n in enumerate((210, 40, 200, 190, 216, 30, 205, 150, 20, 35))], 216)
    False
    """
    if not width or width > MAX_WRAP_WIDTH:
        return False
    filled = [len(ln.text.strip()) for ln in lines if ln.text.strip()]
    return bool(filled) and sum(1 for n in filled if n >= 0.85 * width) >= 0.35 * len(filled) \
        and max(filled) <= 1.6 * width


def _runs_on(prev: str, current: str, width: int) -> bool:
    """Whether ``current``, which begins a new segment after the line ``prev`` of a wrapped text,
    goes on with ``prev``'s paragraph: ``prev`` ended a sentence at the margin, ``current`` is
    no list item, heading or label line.

    >>> _runs_on("x" * 70 + " hồ sơ.", "Đã giải quyết 12.000 hồ sơ", 78)
    True
    >>> _runs_on("hồ sơ.", "Bình quân mỗi tháng", 78), _runs_on("x" * 76 + ".", "- Cấp xã: 12", 78)
    (False, False)
    >>> _runs_on("đạt 99,24%;", "quá hạn 158 hồ sơ", 0)
    True
    """
    if prev.rstrip().endswith((";", ",")) and regex.match(r"^\p{Ll}", current):
        return True  # "...; đạt 99,24%;" / "quá hạn 158 hồ sơ": the sentence itself goes on
    return bool(width) and len(prev) >= 0.85 * width and prev.rstrip().endswith(".") \
        and not _STARTS_ITEM.match(current) and not _capitals(current) and not _capitals(prev) \
        and not LABEL_VALUE.match(current) and not _HEADING_LINE.match(prev)


def _build_segments(lines: list[Line], ends: Optional[Line] = None) -> list[Segment]:
    segments: list[Segment] = []
    current: Segment | None = None
    prev_text = ""
    lengths = sorted(len(ln.text.strip()) for ln in lines if ln.text.strip())
    width = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 10 else 0
    blank_breaks = _blank_lines_part(lines)
    wrapped = _wrapped(lines, width)
    blank = False
    for line in lines:
        if getattr(line, "table", None) is not None:  # a table stood here: the text around it is apart
            current, prev_text = None, ""
            continue
        stripped = dot_leaders(line.text.strip())
        if not stripped:
            blank = True
            continue
        blank_before = blank
        if blank and blank_breaks and not regex.match(r"\p{Ll}", stripped):
            # a blank line ends the paragraph: no sentence runs on across it into a capitalised line
            current, prev_text = None, ""
        blank = False
        lead = len(line.text) - len(line.text.lstrip())
        if current is None or _starts_new(prev_text, stripped, width, wrapped):
            runs_on = current is not None and not blank_before and lead < 2 and not _STARTS_ITEM.match(current.text) \
                and _runs_on(prev_text, stripped, width if wrapped else 0)
            follows = current is not None and not blank_before and not _STARTS_ITEM.match(stripped)
            current = Segment(stripped, [(0, line, lead)], runs_on=runs_on, follows=follows)
            segments.append(current)
        else:
            current.pieces.append((len(current.text) + 1, line, lead))
            current.text = f"{current.text} {stripped}"
        prev_text = stripped
        if line is ends:
            current, prev_text = None, ""
    return segments
