"""The administrative header and footer: type, number, issuer, place and date, title, period,
signers (with KT./TL./TUQ.), recipients. Each part is recorded as present, blank or missing.

>>> from docparse.extractors.base import Line
>>> lines = [Line(t, 1, i + 1) for i, t in enumerate([
...     "UBND XA KHUC THUA DU CONG HOA XA HQI CHU NGHIA VIET NAM",
...     "S6:15 /BC-TTPVHCC Xa Khiic Thiea Dy, ngay 02 thang 4 nam 2026", "BAO CAO",
...     "Tinh hinh, két qua thuc hién", "(So liéu tir ngay 15/12/2025 dén hét ngay 02/4/2026)"])]
>>> h = read_header(lines, province="Thành phố Hải Phòng")
>>> h.doc.doc_type, h.doc.number, h.doc.issued_on, h.doc.period.end
('BC', '15/BC-TTPVHCC', '2026-04-02', '2026-04-02')
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Optional

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from ..data import load
from ..extractors.base import Line
from ..models import Document, Evidence, Period, Signer
from ..normalize.dates import ImpossibleDate, find_period, make_date
from ..normalize.text import fold, longest_first
from ..normalize.units import find_commune_mentions, gazetteer, resolve_dated

_PARTS = load("document_parts")
_TYPES = {fold(k): v for k, v in _PARTS["doc_types"].items()}
_POSITIONS = sorted((fold(p) for p in _PARTS["positions"]), key=len, reverse=True)
_AUTHORITIES = {fold(a).rstrip("."): a for a in _PARTS["authorities"]}
_NUMBER_LINE = regex.compile(r"^\s*(?:s[o6ố0b8]|s'f'\))(?:\s*[:;.]|\s+(?=\d{1,5}\s*/\s*\p{L}))\s*(?P<rest>.*)$")
# "Số 214/BC-UBND, ngày 25/9/2019": the date written after the number, on its line
_DATE_AFTER_NUMBER = regex.compile(r",\s*ngay\s+(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
                                   r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4}))")
_NUMBER_SHAPE = regex.compile(r"(?P<num>\d*)\s*/\s*(?P<sym>[A-Za-zĐđ0-9][\w.\-–\s]*?)(?=\s{2,}|\s+\p{Lu}\p{Ll}|\s*,|$)")
# The place runs from the start of the line or the comma before it (where the leftmost match of an
# unanchored "[^,]*?\s*," begins anyway) to its comma, spaces and all (the reader strips them):
# anchored, greedy and without a second quantifier over the same spaces, the search is linear (the
# lazy form was cubic in a run of spaces: 1,500 spaces took 9 s).
_PLACE_DATE = regex.compile(
    r"(?<![^,])(?P<place>[^,]*+),\s*ngay\s*(?P<d>\d{1,2})?\s*thang\s*(?P<m>\d{1,2})?\s*nam\s*(?P<y>\d{4})")
_HEADER_LINES = 40
_FOOTER_LINES = 60
_NAME = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}]*\s+){1,4}\p{Lu}[\p{L}\p{M}]*$")


def _fuzz():
    """rapidfuzz's fuzz module, imported when a header needs a fuzzy comparison (issue 13)."""
    from rapidfuzz import fuzz

    return fuzz


def _may_reach(a: str, b: str, score: float) -> bool:
    """Whether ``fuzz.ratio(a, b)`` can reach ``score``: the ratio is 200 × (longest common
    subsequence) / (len a + len b), and that subsequence holds no more of a letter than both
    strings have. False means it cannot, without computing it (nor importing rapidfuzz).

    >>> _may_reach("nguyen van an", "giam doc", 85), _may_reach("giam poc", "giam doc", 85)
    (False, True)
    """
    return bool(_reaching(a, [b], score))


def _reaching(a: str, candidates: list[str], score: float) -> list[str]:
    """The ``candidates`` ``b`` for which :func:`_may_reach` ``(a, b, score)`` holds, in order: ``a``'s
    letters counted once, and a candidate whose length alone keeps the ratio below ``score`` (the
    subsequence is no longer than the shorter string) passed over without counting (issue 13).

    >>> _reaching("giam poc", ["pho giam doc", "giam doc", "chu tich"], 85)
    ['giam doc']
    """
    counts = Counter(a).items()
    la = len(a)
    floor = score - 1e-6  # float slack: never below the real ratio
    out = []
    for b in candidates:
        lb = len(b)
        if not la and not lb:
            out.append(b)
            continue
        if 200 * min(la, lb) / (la + lb) < floor:
            continue
        common = sum(min(n, b.count(c)) for c, n in counts)
        if 200 * common / (la + lb) >= floor:
            out.append(b)
    return out


@dataclass
class Header:
    doc: Document
    own_unit: Optional[str]
    title_end: Optional[Line] = None  # the title's last line: no sentence of the body runs on from it
    # the body an issuing office speaks for ("UBND XÃ A" above "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
    speaks_for: Optional[str] = None
    own_names: tuple = ()  # the issuing body under the issuer ("BỘ TÀI CHÍNH" / "TỔNG CỤC THUẾ"), as written


def _ev(line: Line) -> Evidence:
    return Evidence(page=line.page, line=line.number, start=0, end=len(line.text), text=line.text)


def _clean(text: str) -> str:
    return text.replace("*", "").strip()


def _issuer_side(text: str) -> str:
    """A header line's left column: before the motto set beside it ("CỘNG HÒA ...", "Độc lập ...")
    or the bar a two-column header table is written with ("SỞ NỘI VỤ | Độc lập - Tự do"), spaces
    collapsed.

    >>> _issuer_side("SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc"), _issuer_side("UBND XÃ AN BÌNH    CỘNG HÒA XÃ HỘI")
    ('SỞ NỘI VỤ', 'UBND XÃ AN BÌNH')
    >>> _issuer_side("| Độc lập - Tự do - Hạnh phúc")
    ''
    """
    folded = fold(text)
    cut = min([p for p in (folded.find("cong hoa"), folded.find("doc lap"), text.find("|")) if p >= 0],
              default=len(text))
    return " ".join(text[:cut].split())


def _first_nonblank(lines: list[Line]) -> list[Line]:
    return [ln for ln in lines if ln.text.strip()]


def rejoin_fragments(lines: list[Line]) -> list[Line]:
    """Header lines a narrow column cut inside one phrase, joined again (document_parts.json
    header_fragment_letters, header_wrap_pairs); the joined line keeps the first line's place.

    >>> ls = [Line(t, 1, i + 1) for i, t in enumerate(["ỦY", "BAN NHÂN DÂN", "HUYỆN CỦ CHI", "Số: 12/BC-UBND",
    ...       "Củ", "Chi, ngày 20 tháng 9", "năm 2021", "BÁO CÁO"])]
    >>> [ln.text for ln in rejoin_fragments(ls)]
    ['ỦY BAN NHÂN DÂN', 'HUYỆN CỦ CHI', 'Số: 12/BC-UBND', 'Củ Chi, ngày 20 tháng 9 năm 2021', 'BÁO CÁO']
    """
    most = _PARTS.get("header_fragment_letters", 4)
    pairs = [(regex.compile(fold(a)), regex.compile(fold(b))) for a, b in _PARTS.get("header_wrap_pairs", [])]
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        text = line.text.strip()
        if prev is not None and text and regex.match(r"^\p{L}", text):
            p = prev.text.strip()
            fragment = len(p.split()) == 1 and p.isalpha() and len(p) <= most
            wrapped = any(a.search(prev.folded) and b.search(line.folded) for a, b in pairs)
            if fragment or wrapped:
                out[-1] = replace(prev, text=f"{p} {text}")
                continue
        out.append(line)
    return out


def read_header(lines: list[Line], province: Optional[str] = None) -> Header:
    body = _first_nonblank(lines)
    head = rejoin_fragments(body[:_HEADER_LINES])
    doc = Document()
    parts, where = {}, {}
    type_idx = _find_type(head, doc)
    if type_idx is not None:
        where["doc_type"] = _ev(head[type_idx])
    _find_number_and_date(head, doc, parts, where)
    block = []
    if type_idx is not None or "number" in parts:  # an administrative document, not a web page
        block = _find_issuer(head, doc, parts, where, type_idx) or []
    else:  # a web page: the unit whose site it is, by its banner ("UBND XÃ LÂM THAO - TỈNH PHÚ THỌ")
        doc.issuer = site_owner(head[0].text) if head else None
    speaks_for, own_names = issuer_roles(block)
    if doc.issued_on is None and type_idx is None and "number" not in parts:  # a web page: the date it was published ("Cập nhật: 06-05-2024 | 14:20")
        doc.issued_on = _published_on(head)
    doc.title, title_end = _find_title(head, type_idx, _tables_after(lines, head))
    period = find_period("\n".join(ln.text for ln in body))
    if period:
        doc.period = Period(start=period[0].isoformat() if period[0] else None,
                            end=period[1].isoformat() if period[1] else None)
        # the line the period is written on (its lead's offset in the joined text: the newlines before it)
        at = "\n".join(ln.text for ln in body)[:period[2]].count("\n")
        if at < len(body):
            where["period"] = _ev(body[at])
    _find_signers(body, doc, parts, where)
    _find_recipients(body, doc, parts, where)
    own = _own_unit(doc, province, speaks_for)
    if own and doc.place and _place_is(doc.place, own, province):
        doc.place = own.split(" ", 1)[1] if own.startswith(("Xã ", "Phường ", "Đặc khu ")) else own
    if "number" in parts or "date" in parts:
        motto = [fold(m) for m in _PARTS["motto"]]
        heads = " ".join(ln.folded for ln in head[:8])
        parts["motto"] = "present" if any(m in heads or _fuzz().partial_ratio(m, heads) >= 85 for m in motto) \
            else "missing"
    doc.own_unit = own
    doc.province = province
    doc.parts, doc.part_evidence = parts, where
    return Header(doc, own, title_end, speaks_for, own_names)


def site_owner(text: str) -> Optional[str]:
    """The unit a web page's banner names as the site's owner: an upper-case first line opening with
    one of document_parts.site_banners, the owner's name (the first piece before " - " or "|" that
    names a unit, the province after it dropped); None for any other line (a newspaper's name).

    >>> site_owner("UBND XÃ LÂM THAO - TỈNH PHÚ THỌ"), site_owner("CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HÀ GIANG 1")
    ('UBND XÃ LÂM THAO', 'PHƯỜNG HÀ GIANG 1')
    >>> site_owner("BÁO BẮC NINH ĐIỆN TỬ"), site_owner("Ủy ban nhân dân xã Lâm Thao")
    (None, None)
    """
    rule = _PARTS["site_banners"]
    piece = regex.split(r"\s+[-–|]\s+", text.strip())[0].strip()
    letters = [c for c in piece if c.isalpha()]
    if len(letters) < 6 or sum(c.isupper() for c in letters) / len(letters) < 0.9:
        return None
    folded = " ".join(fold(piece).split())
    for lead in sorted(rule["owners"], key=len, reverse=True):
        f = " ".join(fold(lead).split())
        if folded.startswith(f + " "):
            rest = folded[len(f) + 1:]
            if not any(rest.startswith(" ".join(fold(u).split()) + " ") for u in rule["unit_words"]):
                return None
            return piece if not rule["owners"][lead] else piece[len(piece) - len(rest):]
    return None


def _place_is(place: str, unit: str, province: Optional[str]) -> bool:
    """Whether the place line names the issuing unit ("Xa Khiic Thiea Dy" ~ Xã Khúc Thừa Dụ)."""
    mentions = find_commune_mentions(place)
    bare = place[mentions[0][1] - len(mentions[0][3]):mentions[0][1]] if mentions else place
    unit_bare = fold(unit).split(" ", 1)[-1] if " " in unit else fold(unit)
    folded = fold(bare)
    return _may_reach(folded, unit_bare, 60) and _fuzz().ratio(folded, unit_bare) >= 60


def _find_type(head: list[Line], doc: Document) -> Optional[int]:
    for i, line in enumerate(head):
        text = _clean(line.text)
        key = " ".join(fold(text).split())
        if key in _TYPES and (text.isupper() or text == fold(text).upper() or not any(c.islower() for c in text)):
            doc.doc_type = _TYPES[key]
            return i
    return None


def _find_number_and_date(head, doc, parts, where) -> None:
    for line in head:
        folded = line.folded
        m = _NUMBER_LINE.match(folded)
        if m and not regex.match(r"^\s*(?:s\S{0,3}|s'f'\))\s*[:;.]", folded) and \
                not regex.match(r"^\s*Số\s+\d", line.text):
            m = None  # without its colon, only a capital "Số 214/BC-UBND" opens the number line
        if m and "number" not in parts:
            rest = line.text[m.start("rest"):]
            shape = _NUMBER_SHAPE.search(rest)
            if shape:
                symbol = regex.sub(r"\s+", "", shape["sym"]).replace("–", "-")
                if shape["num"]:
                    doc.number = f"{int(shape['num']):02d}/{symbol}" if len(shape["num"]) < 2 else \
                        f"{shape['num']}/{symbol}"
                    parts["number"] = "present"
                else:
                    parts["number"] = "blank"
                where["number"] = _ev(line)
        pd = _PLACE_DATE.search(folded)
        if pd and "date" not in parts:
            _read_place_date(line, pd, doc, parts, where)
        elif m and "date" not in parts:
            da = _DATE_AFTER_NUMBER.search(folded)
            if da:
                d, mo, y = (da["d"], da["m"], da["y"]) if da["d"] else (da["d2"], da["m2"], da["y2"])
                try:
                    doc.issued_on = make_date(int(d), int(mo), int(y)).isoformat()
                    parts["date"] = "present"
                except ImpossibleDate:
                    parts["date"] = "impossible"
                where["date"] = _ev(line)


def _label_date(labels: list[str], after: str = "") -> "regex.Pattern":
    return regex.compile(r"(?<![a-z])(?:" + "|".join(sorted(
        (r"\s+".join(fold(w).split()) for w in labels), key=len, reverse=True))
        + r")\s*:?\s*(?:[a-z0-9, ]{0,14}?,\s*)?(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)" + after)


_PUBLISHED = _label_date(_PARTS["published_labels"])
_PUBLISHED_TIMED = _label_date(_PARTS["published_labels_timed"], r"\s*[|,-]?\s*\d{1,2}\s*[:h]\s*\d{2}")
# a line that is only a date, its weekday before it, its clock time after it ("Thứ Sáu, 08/04/2022")
_DATELINE = regex.compile(r"^\s*(?:(?:" + "|".join(sorted((r"\s+".join(fold(w).split()) for w in _PARTS["dateline_weekdays"]),
                                                       key=len, reverse=True))
                          + r")\s*,?\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
                          + r"(?:\s*[|,-]?\s*\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:gmt\s*)?\+\s*7)?)?\s*$")


def _published_on(head: list[Line]) -> Optional[str]:
    """The date a web page gives itself after a label ("Cập nhật: 06-05-2024 | 14:20", "Ngày đăng:
    Thứ hai, 06/05/2024"), as ISO; None when its first lines have none.

    >>> _published_on([Line("Cập nhật: 06-05-2024 | 14:20", 1, 1)])
    '2024-05-06'
    >>> _published_on([Line("Ngày đăng: Thứ hai, 06/05/2024", 1, 1)])
    '2024-05-06'
    >>> _published_on([Line("Thời gian: 06/08/2025 15:18", 1, 1)])
    '2025-08-06'
    >>> _published_on([Line("Thời gian: 01/7/2025 - 21/7/2025", 1, 1)]) is None
    True
    >>> _published_on([Line("Tiếp nhận 06-05 hồ sơ", 1, 1)]) is None
    True
    >>> [_published_on([Line(t, 1, 1)]) for t in ("Thứ Ba, 14/5/2024 - 09:15", "03/11/2022 | 7:40", "12/7/2021")]
    ['2024-05-14', '2022-11-03', '2021-07-12']
    >>> _published_on([Line("Số liệu cập nhật đến: 31/5/2021 16:30", 1, 1)])
    '2021-05-31'
    """
    for line in head[:6]:
        m = _PUBLISHED.search(line.folded) or _PUBLISHED_TIMED.search(line.folded) or _DATELINE.match(line.folded)
        if m:
            try:
                return make_date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ImpossibleDate:
                return None
    return None


def _read_place_date(line, pd, doc, parts, where) -> None:
    place = line.text[pd.start("place"):pd.end("place")].strip()
    num = _NUMBER_LINE.match(fold(place))
    if num:  # number and place merged on one line by a two-column layout
        shape = _NUMBER_SHAPE.search(place)
        place = place[shape.end():].strip() if shape else place
    words = place.split()
    while len(words) > 1 and words[0].isupper() and not all(w.isupper() for w in words):
        words.pop(0)  # the left column's last line ("HÀNH CHÍNH CÔNG") merged before the place
    place = " ".join(words)
    doc.place = place or None
    where["date"] = where["place"] = _ev(line)
    parts["place"] = "present" if place else "missing"
    if pd["d"] and pd["m"]:
        try:
            doc.issued_on = make_date(int(pd["d"]), int(pd["m"]), int(pd["y"])).isoformat()
            parts["date"] = "present"
        except ImpossibleDate:
            parts["date"] = "impossible"
    else:
        parts["date"] = "blank"


_UNIT_START = regex.compile(r"^(?:" + "|".join(sorted({
    r"\s+".join(fold(w).split()) for k in ("district", "province") for w in load("subjects")["named_unit_prefixes"][k]}
    | {r"\s+".join(fold(w).split()) for w in load("subjects")["commune_prefixes"]}, key=longest_first))
    + r")\s")


_BODY_START = regex.compile(r"^(?:ubnd|uy ban nhan dan|so|bo|van phong|trung tam|ban)(?:\s|$)")


def _find_issuer(head, doc, parts, where, type_idx) -> Optional[list]:
    """Read the issuer (its block's last line) into ``doc``; return the block's lines, top to bottom,
    with a body named below the issuer (``issuer_roles``)."""
    stop = type_idx if type_idx is not None else min(len(head), 6)
    for line in head[:stop]:
        text = _clean(line.text)
        folded = fold(text)
        cut = folded.find("cong hoa")
        left = text[:cut].strip() if cut >= 0 else text
        if "|" in left:  # a two-column header written as a table row: "SỞ NỘI VỤ | Độc lập ..."
            left = _issuer_side(left)
        if _NUMBER_LINE.match(fold(left)) or not left or _PLACE_DATE.search(fold(left)):
            continue
        letters = [c for c in left if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(letters) >= 4:
            i = head.index(line)
            block = []
            # the block's lines: "UBND TỈNH TÂY NINH" / "UBND XÃ ĐỨC HÒA" — the last names the issuer,
            # the lines above its superiors; "ỦY BAN NHÂN DÂN" / "XÃ PHƯỚC THUẬN" is one name on two lines
            while True:
                nxt = _issuer_line(head, i + 1, stop)
                if nxt is None:
                    cont = _name_goes_on(left, head, i + 1, stop)
                    if cont is not None:  # "VĂN PHÒNG CHÍNH" / "PHỦ": one name cut by the layout
                        left = cont
                        i += 1
                        continue
                    break
                if _UNIT_START.match(fold(nxt)) and not _UNIT_START.search(fold(left)) \
                        and not regex.search(r"(?:xa|phuong|tinh|huyen|thanh pho|quan|thi xa|thi tran)\s", fold(left)):
                    left = f"{left} {nxt}"
                else:
                    block.append(left)
                    left, line = nxt, head[i + 1]
                i += 1
            doc.issuer = _restore_issuer(left)
            parts["issuer"] = "present"
            where["issuer"] = _ev(line)
            below = _body_line(head, i + 1, stop)
            return block + [doc.issuer] + ([below] if below else [])
    parts["issuer"] = "missing"
    return None


_OFFICE_TAILS = "|".join(regex.escape(" ".join(fold(w).split())) for w in _PARTS["issuer_office_tails"])
_OFFICE = regex.compile(r"^(?:" + "|".join(sorted((regex.escape(" ".join(fold(w).split())) for w in _PARTS["issuer_offices"]),
                                                  key=len, reverse=True)) + r")(?:\s+(?:" + _OFFICE_TAILS + r"))?$")
_SUB_BODY = regex.compile(r"^(?:" + "|".join(sorted((regex.escape(" ".join(fold(w).split())) for w in load("subjects")["body_prefixes"]),
                                                    key=len, reverse=True)) + r")\s+\S")


def _left_column(head: list[Line], i: int, stop: int) -> Optional[str]:
    """The left column of header line ``i`` (the issuer's side, before the motto "CỘNG HÒA ..." /
    "Độc lập ..." set beside it), spaces collapsed; None past ``stop`` or the header's end.

    >>> _left_column([Line("XÃ PHƯỚC THUẬN     Độc lập - Tự do", 1, 1)], 0, 3)
    'XÃ PHƯỚC THUẬN'
    """
    if i >= min(stop, len(head)):
        return None
    return _issuer_side(_clean(head[i].text))


def _body_line(head, i: int, stop: int) -> Optional[str]:
    """Line ``i``'s left column when it names a body under the issuer ("TỔNG CỤC THUẾ" below
    "BỘ TÀI CHÍNH"; prefixes: subjects.body_prefixes), in capitals.

    >>> _body_line([Line("BỘ TÀI CHÍNH", 1, 1), Line("TỔNG CỤC THUẾ        Độc lập", 1, 2)], 1, 3)
    'TỔNG CỤC THUẾ'
    >>> _body_line([Line("BỘ TÀI CHÍNH", 1, 1), Line("Số: 12/BC-BTC", 1, 2)], 1, 3) is None
    True
    """
    left = _left_column(head, i, stop)
    if not left or not left.isupper() or not _SUB_BODY.match(" ".join(fold(left).split())):
        return None
    return left


def issuer_roles(block: list) -> tuple[Optional[str], tuple]:
    """(the body an issuing office speaks for, the issuing body's names under a ministry) from the
    issuer block's lines, top to bottom (data: document_parts.issuer_offices, subjects.body_prefixes).

    >>> issuer_roles(["UBND XÃ NAM AN", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"])
    ('UBND XÃ NAM AN', ())
    >>> issuer_roles(["BỘ Y TẾ", "VĂN PHÒNG BỘ"])
    ('BỘ Y TẾ', ())
    >>> issuer_roles(["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"])
    (None, ('TỔNG CỤC THUẾ',))
    >>> issuer_roles(["UBND TỈNH AN GIANG", "SỞ TƯ PHÁP"]), issuer_roles(["VĂN PHÒNG CHÍNH PHỦ"])
    ((None, ()), (None, ()))
    """
    speaks_for, own = None, []
    lines = list(block)
    while len(lines) >= 2 and _OFFICE.match(" ".join(fold(lines[-1]).split())):
        lines.pop()
        speaks_for = lines[-1]
    if speaks_for is None and len(lines) >= 2 and _SUB_BODY.match(" ".join(fold(lines[-1]).split())):
        own.append(lines[-1])
    return speaks_for, tuple(own)


def _known_bodies() -> set:
    names = load("bodies")["ministries"] + load("subjects")["national_issuers"]
    return {" ".join(fold(n).split()) for n in names}


def _name_goes_on(left: str, head, i: int, stop: int) -> Optional[str]:
    """The issuer with line ``i``'s left column added when only together they make a known body's
    name (data: bodies.ministries, subjects.national_issuers): "VĂN PHÒNG CHÍNH" / "PHỦ".

    >>> _name_goes_on("VĂN PHÒNG CHÍNH", [Line("x", 1, 1), Line("PHỦ                Độc lập", 1, 2)], 1, 2)
    'VĂN PHÒNG CHÍNH PHỦ'
    >>> _name_goes_on("BỘ TƯ PHÁP", [Line("x", 1, 1), Line("-------", 1, 2)], 1, 2) is None
    True
    """
    if i >= min(stop, len(head)):
        return None
    known = _known_bodies()
    if " ".join(fold(left).split()) in known:
        return None
    nxt = _issuer_side(_clean(head[i].text))
    if not nxt or not nxt.isupper():
        return None
    joined = f"{left} {nxt}"
    return joined if " ".join(fold(joined).split()) in known else None


def _issuer_line(head, i: int, stop: int) -> Optional[str]:
    """Line ``i``'s left column when it goes on with the issuer block (capitals, a body or unit name).

    >>> from docparse.extractors.base import Line
    >>> _issuer_line([Line("ỦY BAN NHÂN DÂN      CỘNG HÒA", 1, 1), Line("XÃ PHƯỚC THUẬN     Độc lập", 1, 2)], 1, 2)
    'XÃ PHƯỚC THUẬN'
    """
    left = _left_column(head, i, stop)
    if not left or not left.isupper() or _NUMBER_LINE.match(fold(left)) or len(left) < 4 or \
            not (_UNIT_START.match(fold(left)) or _BODY_START.match(fold(left))):
        return None
    return left


def _restore_issuer(text: str) -> str:
    """De-accented issuer 'UBND XA KHUC THUA DU' -> 'UBND XÃ KHÚC THỪA DỤ' when the unit resolves."""
    mentions = find_commune_mentions(text)
    if not mentions or text != fold(text).upper():
        return text
    start, end, prefix, name = mentions[0]
    res = gazetteer().resolve_commune(prefix, name)
    if res.name and res.score >= 95:
        return (text[:start] + res.name + text[end:]).upper()
    return text


def _wrapped(text: str, following) -> tuple[str, int]:
    """A title line and the lines it wraps onto: a line that starts in lower case after a line
    that does not end a sentence continues it ("... trên địa bàn thành" / "phố Hải Phòng"); with
    the number of lines it took."""
    n = 0
    for line in following:
        nxt = line.text.strip()
        if not nxt or regex.search(r"[.:;!?]$", text) or not regex.match(r"^\p{Ll}", nxt):
            break
        text = f"{text} {nxt}"
        n += 1
    return text, n


def _tables_after(lines: list[Line], head: list[Line]) -> set[int]:
    """Indexes in ``head`` of the lines a statistics table stands right after (its blank placeholder
    line follows them): a title never runs on past a table."""
    out, k = set(), -1
    ids = {id(line): i for i, line in enumerate(head)}
    for line in lines:
        if id(line) in ids:
            k = ids[id(line)]
        elif line.table is not None and k >= 0:
            out.add(k)
    return out


_UNIT_NOTE_WORDS = tuple(fold(w) for w in load("tables")["unit_notes"])


def body_line(text: str) -> bool:
    """A line of the body, not of a title: a sentence (it ends with a full stop, or one ends inside
    it), a figure with a decimal mark or thousands group, or a percentage, or the table's unit
    note. A title names its period by words and bare numbers ("6 tháng đầu năm 2024", "Quý III").

    >>> body_line("Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2024 của cấp huyện")
    False
    >>> body_line("Huyện Bến Lức tiếp nhận 10.158 hồ sơ, trong đó 8.780 hồ sơ trực tuyến.")
    True
    >>> body_line("Tháng 10/2025, các sở tiếp nhận mới 15.450 hồ sơ; tỷ lệ đạt 64,3%. Sở Văn hóa không phát")
    True
    >>> body_line("theo Quyết định số 766/QĐ-TTg"), body_line("Đơn vị tính: hồ sơ")
    (False, True)
    """
    t = text.strip()
    if t.endswith(".") and not t.endswith("..."):
        return True
    if regex.search(r"\.\s+\p{Lu}", t) or "%" in t or regex.search(r"(?<![\d/.,])\d+[.,]\d+(?![\d/])", t):
        return True
    return fold(t).startswith(_UNIT_NOTE_WORDS)


# matched on the folded text (accents or none: English-model OCR), the opener's first letter a capital
_BODY_OPENER = regex.compile(r"(?<![a-z\d])(?:" + "|".join(
    r"\s+".join(map(regex.escape, w.split())) for w in sorted(
        {fold(w) for w in _PARTS["title_body_openers"] + [w.strip() for w in _PARTS["title_stoppers"]]},
        key=longest_first)) + r")(?![a-z])")


def _title_end(text: str) -> int:
    """Where a title line ends when it runs on into the body's first sentence with no line break:
    before a capitalised body opener ("Trong quý", "Toàn tỉnh", data document_parts.json
    title_body_openers) past the title's first words.

    >>> t = "Kết quả giải quyết TTHC quý IV năm 2024 Trong quý, toàn tỉnh tiếp nhận 52.300 hồ sơ."
    >>> t[:_title_end(t)]
    'Kết quả giải quyết TTHC quý IV năm 2024'
    >>> t = "Tình hình thực hiện quý II"
    >>> _title_end(t) == len(t)
    True
    >>> t = "Ket qua giai quyet TTHC quy IV nam 2024 Trong quy, toan tinh tiep nhan 52.300 ho so."
    >>> t[:_title_end(t)]
    'Ket qua giai quyet TTHC quy IV nam 2024'
    """
    folded = fold(text)
    for m in _BODY_OPENER.finditer(folded, 12):
        if text[m.start()].isupper() and not text[m.start():m.end()].isupper():  # "Trong quý", not a title's "THEO"
            return len(text[:m.start()].rstrip(" ,;:-–"))
    return len(text)


_WEB_TITLE = regex.compile(r"^(?:" + "|".join(sorted((regex.escape(" ".join(fold(w).split())) for w in _PARTS["web_title_openers"]),
                                                     key=len, reverse=True)) + r")\b")


def _find_title(head, type_idx, table_after: set = frozenset()) -> tuple[Optional[str], Optional[Line]]:
    """(the title, its last line when the title ends with it: no sentence of the body runs on from it)."""
    if type_idx is None:
        for i, line in enumerate(head[:12]):
            if _WEB_TITLE.match(fold(line.text.strip())):  # data: document_parts.web_title_openers
                text = line.text.strip()
                if _title_end(text) < len(text):
                    return text[:_title_end(text)], None
                return _wrapped(text, head[i + 1:i + 4])[0], None
        return None, None
    out, last = [], None
    for k in range(type_idx + 1, min(len(head), type_idx + 6)):
        text = _clean(head[k].text)
        folded = fold(text)
        if out and body_line(text):
            # a sentence or a figure of the body: the title ended above it; the line above ends a
            # segment only when this one begins a sentence (capitalised), not when it goes on with a
            # sentence whose first line was taken for the title
            return " ".join(out), head[k - 1] if regex.match(r"^\p{Lu}", text) else None
        if (text.startswith("(") or (text[:1].isupper() and any(folded.startswith(fold(s))
                                                                for s in _PARTS["title_stoppers"]))
                or regex.match(r"^(?:[ivx]+\.|\d+\.)\s", folded) or (out and _title_end(" " * 12 + text) == 0)):
            break  # (a line beginning with a body opener: the body has begun)
        end = _title_end(text)
        if end < len(text):
            if text[:end].strip():
                out.append(text[:end])
            break
        out.append(text)
        if k in table_after:
            return " ".join(out), head[k]  # a table follows: the title has ended
    return " ".join(out) or None, last  # (ended by its own words or its length: no line marked)


def _position_of(text: str):
    folded = " ".join(fold(_clean(text)).split())
    authority = None
    for key, auth in _AUTHORITIES.items():
        if folded.startswith(key + ".") or folded.startswith(key + " "):
            authority = auth
            folded = folded[len(key) + 1:].strip()
            break
    merged = regex.match(r"^noi\s+nh\S*\s*:?\s*(?P<pos>.+)$", folded)
    if merged:  # "Nơi nhận: GIÁM ĐỐC" — two columns on one line
        folded = merged["pos"]
    if folded in _POSITIONS:
        return authority, folded
    if len(folded) >= 6:  # OCR'd: the closest position, if close enough ("giam poc")
        near = _reaching(folded, _POSITIONS, 85)  # the others stay below 85
        if not near:
            return None
        ratio = _fuzz().ratio
        best = max(near, key=lambda pos: ratio(folded, pos))
        if ratio(folded, best) >= 85:
            return authority, best
    return None


def _find_signers(body, doc, parts, where) -> None:
    tail = body[-_FOOTER_LINES:]
    signers = []
    i = 0
    while i < len(tail):
        found = _position_of(tail[i].text)
        if not found:
            i += 1
            continue
        authority, pos = found
        j = i + 1
        position_line = tail[i]
        nxt = _position_of(tail[j].text) if j < len(tail) else None
        if nxt:  # "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
            pos = nxt[1]
            position_line = tail[j]
            j += 1
        name = None
        for k in range(j, min(len(tail), j + 12)):
            candidate = _clean(tail[k].text)
            if _NAME.match(candidate) and not _position_of(candidate) and not candidate.startswith("-"):
                name = candidate
                where["signer"] = _ev(tail[k])
                break
        signers.append(Signer(name=name, position=_display_position(position_line.text, pos),
                              authority=authority))
        where.setdefault("signer_position", _ev(position_line))
        i = j
    doc.signers = signers
    parts["signer"] = "present" if any(s.name for s in signers) else ("blank" if signers else "missing")


_POSITION_SPELLING = {fold(p): p for p in _PARTS["positions"]}


def _display_position(text: str, pos_folded: str) -> str:
    """The position as written ('PHÓ CHỦ TỊCH'), without the authority or a merged 'Nơi nhận:';
    the catalogue's spelling when the text is garbled ('GIAM POC' -> 'GIÁM ĐỐC')."""
    clean = _clean(text)
    if not fold(clean).endswith(pos_folded):
        return _POSITION_SPELLING[pos_folded]
    words = clean.split()
    n = len(pos_folded.split())
    return " ".join(words[-n:]) if len(words) >= n else clean


def _find_recipients(body, doc, parts, where) -> None:
    recipients = []
    for idx, line in enumerate(body):
        folded = fold(_clean(line.text))
        if folded.startswith("kinh gui"):
            value = _clean(line.text).split(":", 1)[-1].strip()
            if value:
                recipients.append(value)
            where.setdefault("recipients", _ev(line))
        if regex.match(r"^noi\s+nh", folded):
            where["recipients"] = _ev(line)
            for nxt in body[idx + 1: idx + 20]:
                t = _clean(nxt.text)
                if not t.startswith(("-", "+", "•")):
                    if _position_of(t) or not t:
                        break
                    continue
                recipients.append(regex.sub(r"[\s;.,'’]+$", "", t.lstrip("-+• ").strip()))
    doc.recipients = recipients
    parts["recipients"] = "present" if recipients else "missing"


def _province_name(name: str) -> bool:
    """A place that is a province's name ("Quảng Ngãi, ngày ..."): the province's capital writes it."""
    from ..normalize.gazetteer_dated import legacy_units

    try:
        return legacy_units().province(name) is not None or gazetteer().province_named(name) is not None
    except (KeyError, ValueError):
        return False


def _issuing_district(issuer: Optional[str], province: Optional[str], on: Optional[str]) -> Optional[str]:
    """The pre-July-2025 district that issues a document ("ỦY BAN NHÂN DÂN HUYỆN GIA LÂM"), by the
    list in force on its date; None for later documents and for names that list lacks or repeats.

    >>> _issuing_district("ỦY BAN NHÂN DÂN HUYỆN GIA LÂM", "Thành phố Hà Nội", "2024-12-16")
    'Huyện Gia Lâm'
    >>> _issuing_district("ỦY BAN NHÂN DÂN THÀNH PHỐ QUẢNG NGÃI", "Tỉnh Quảng Ngãi", "2023-05-02")
    'Thành phố Quảng Ngãi'
    >>> _issuing_district("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Tỉnh Quảng Ngãi", "2023-05-02") is None
    True
    >>> _issuing_district("ỦY BAN NHÂN DÂN HUYỆN GIA LÂM", "Thành phố Hà Nội", "2025-09-01") is None
    True
    """
    from ..normalize.gazetteer_dated import in_force, resolve_legacy
    from .scope import district_mentions

    if not issuer:
        return None
    try:
        if in_force(on) != "legacy":
            return None
    except ValueError:
        return None
    for prefix, name in district_mentions(issuer):
        words = name.split()
        for n in range(len(words), 0, -1):
            try:
                unit = resolve_legacy(prefix, " ".join(words[:n]), province=province)
            except ValueError:
                unit = None
            if unit is not None and unit.level == "district":
                return unit.name
    return None


def _own_unit(doc: Document, province: Optional[str], speaks_for: Optional[str] = None) -> Optional[str]:
    """The commune that issues the document, from issuer (or the body its office speaks for),
    title or place."""
    for text in (speaks_for, doc.issuer, doc.title):
        if not text:
            continue
        for _, _, prefix, name in find_commune_mentions(text):
            res = resolve_dated(prefix, name, province, doc.issued_on) or \
                gazetteer().resolve_commune(prefix, name, province)
            if res.name and (res.score >= 90 or not res.misspelled):
                # a near spelling is no issuer: "PHƯỜNG VĨNH ĐIỆN" (a ward merged in 2025) is not
                # "Xã Vĩnh Định" of another province (88.9), as the place's bar below says
                return res.name
    district = _issuing_district(speaks_for or doc.issuer, province, doc.issued_on)
    if district:
        return district
    if doc.issuer and regex.search(r"(?<![a-z])(?:tinh|thanh pho|bo|so)\s+\S", fold(doc.issuer)):
        return None  # a province's, ministry's or department's document: its place is no commune of its own
    if doc.place and _province_name(doc.place) and not find_commune_mentions(doc.place):
        return None  # "Thái Bình, ngày ...": the province's capital, not "Xã Thái Bình"
    if doc.place:
        mentions = find_commune_mentions(doc.place)
        prefix, name = (mentions[0][2], mentions[0][3]) if mentions else ("xã", doc.place)
        # a bare place ("Diễn Châu, ngày ...") is looked up in the old list only with its own prefix
        res = (resolve_dated(prefix, name, province, doc.issued_on) if mentions or not _province_name(name)
               else None) or \
            gazetteer().resolve_commune(prefix, name, province)
        if res.name and res.score >= 90:
            return res.name
    return None
