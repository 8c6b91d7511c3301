"""read → normalise → recognise facts → check → report."""
from __future__ import annotations

import gc
import os
import threading
from contextlib import contextmanager
from functools import wraps
from typing import Optional

from . import fastregex as regex  # the regex module, its compiles cached on disk

from . import __version__
from .extractors import read
from .i18n import t
from .extractors.base import SourceDoc
from .models import Evidence, Report, Signature, Source, UnitMention
from .normalize.segments import build_segments
from .normalize.text import fold
from .normalize.units import gazetteer
from .normalize.abbreviations import definitions
from .recognize.facts import DocContext, FactRecognizer, drop_own_period
from .recognize.header import read_header
from .recognize.units import UnitFinder
from .recognize.scope import district_mentions

_VI_MARKS = regex.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                          regex.IGNORECASE)


_GC_LOCK = threading.Lock()
_GC_HOLD = {"depth": 0, "was_enabled": False}


@contextmanager
def cycle_collection_paused():
    """Python's cycle collector paused while documents are read, restored after the last one.

    A Report's objects hold almost no reference cycles (a few hundred freed per 2,000 pages, all
    reclaimed once the collector runs again), while the collector's full passes over the millions
    of objects of a long document cost about a tenth of the time (issue 13). Reference counting
    still frees everything else at once. Nested and concurrent readings share one pause.

    >>> with cycle_collection_paused():
    ...     paused = not gc.isenabled()
    >>> paused, gc.isenabled()
    (True, True)
    """
    with _GC_LOCK:
        if _GC_HOLD["depth"] == 0:
            _GC_HOLD["was_enabled"] = gc.isenabled()
            gc.disable()
        _GC_HOLD["depth"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_HOLD["depth"] -= 1
            if _GC_HOLD["depth"] == 0 and _GC_HOLD["was_enabled"]:
                gc.enable()


def _after_fork_in_child() -> None:
    """A process forked during a reading (OCR or page workers) starts with the collector as it was."""
    if _GC_HOLD["depth"] and _GC_HOLD["was_enabled"]:
        gc.enable()
    _GC_HOLD["depth"] = 0


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _paused(fn):
    @wraps(fn)
    def run(*args, **kwargs):
        with cycle_collection_paused():
            return fn(*args, **kwargs)
    return run


GARBLED_CONFIDENCE = 90.0  # mean OCR word confidence below which words are matched fuzzily
WORD_CONFIDENCE = 85.0  # Tesseract confidence of a number's word below which its reading is uncertain
_DIGITS = regex.compile(r"\d[\d.,]*\d|\d")


@_paused
def parse(path, ocr: str = "auto", lang: str = "vie", checks: bool = True, name: Optional[str] = None,
          jobs: Optional[int] = None, explain: bool = False) -> Report:
    """Read one document (a path, bytes or a binary file object; ``name`` hints the kind of bytes,
    "x.pdf") and return its Report (facts, units, findings). ``explain``: keep how each number was
    read (``report._trace``, what ``docparse explain`` prints); otherwise it is not kept.

    >>> r = parse("corpus/seeds/002_ad5a9e7cab460c97.txt")
    >>> [f.value for f in r.facts if f.indicator == "received_offline_share"]
    [47.14]
    """
    from .extractors.pages import check_jobs

    check_jobs(jobs)  # refused before any work, never taken for an unreadable file
    try:
        src = read(path, ocr=ocr, lang=lang, name=name, jobs=jobs)
    except Exception as exc:
        report = _signatures_only(path, exc)
        if report is None:
            raise
        return report
    return analyse(src, checks=checks, explain=explain)


def _signatures_only(path, exc: Exception) -> Optional[Report]:
    """A signed PDF whose pages cannot be read (a tampered page tree): the Report still gives the
    signature verdict, with the reading error as a warning; None for anything else."""
    import hashlib
    from pathlib import Path

    from .errors import DocparseError
    from .extractors.signatures import has_signature_marks, read_signatures

    if isinstance(path, (bytes, bytearray, memoryview)) or hasattr(path, "read"):
        return None  # bytes or a stream already read: not retried
    text = str(exc).lower()
    if type(exc).__name__ == "LimitExceeded" or "encrypt" in text or "password" in text or "mật khẩu" in text:
        return None  # refused on purpose (a resource limit, a password): stays a one-line error
    p = Path(path)
    try:
        data = p.read_bytes() if p.is_file() else b""
    except OSError:
        return None
    if not data.lstrip().startswith(b"%PDF") or not has_signature_marks(data):
        return None
    signatures, findings, warnings = read_signatures(data)
    reason = str(exc) if isinstance(exc, DocparseError) else f"{type(exc).__name__}: {str(exc)[:160]}"
    from .models import Document

    return Report(docparse_version=__version__,
                  source=Source(path=str(p), sha256=hashlib.sha256(data).hexdigest(), media_type="application/pdf",
                                pages=0, text_source="text-layer"),
                  document=Document(), signatures=signatures, findings=findings,
                  warnings=[t("warn.signatures_only", reason=reason)] + warnings)


def is_deaccented(text: str) -> bool:
    """Vietnamese text written (or OCR'd) without its accents: about a third of the letters of
    Vietnamese carry a mark, so a short text with none is telling too (a portal's figures page).

    >>> is_deaccented("Ty le ho so giai quyet dung han: 98,2%. Ho so truc tuyen: 3.120 ho so.")
    True
    >>> is_deaccented("Tỷ lệ hồ sơ giải quyết đúng hạn: 98,2%. Hồ sơ trực tuyến: 3.120 hồ sơ.")
    False
    """
    letters = sum(map(str.isalpha, text))
    return letters > 40 and len(_VI_MARKS.findall(text)) / letters < 0.12


def _issuing_body(issuer: str) -> Optional[str]:
    """A ministry or department that issues the document (the list of bodies), by its whole name.

    >>> _issuing_body("BỘ TƯ PHÁP"), _issuing_body("VĂN PHÒNG CHÍNH PHỦ")
    ('Bộ Tư pháp', None)
    """
    from .normalize.units import bodies, body_level

    name = bodies().get(" ".join(fold(issuer).split()))
    if name and fold(name).startswith(("bo ", "so ")) and body_level(name) in ("ministry", "department"):
        return name
    return None


def _issuing_named_body(issuer: str) -> Optional[str]:
    """A body under a ministry that issues its own report ("TỔNG CỤC THUẾ", "BẢO HIỂM XÃ HỘI VIỆT
    NAM"; data: subjects.body_names), by its whole name: its figures are its own ("self").

    >>> _issuing_named_body("TỔNG CỤC THUẾ"), _issuing_named_body("UBND TỈNH GIA LAI")
    ('Tổng cục Thuế', None)
    """
    from .data import load

    key = " ".join(fold(issuer).split())
    return next((n for n in load("subjects")["body_names"] if " ".join(fold(n).split()) == key), None)


def document_province(src: SourceDoc) -> Optional[str]:
    """The province named in the text, else the one most of its named communes belong to."""
    from .normalize.units import find_commune_mentions

    named = gazetteer().detect_province(src.text)
    mentions = [(m[2], m[3]) for m in find_commune_mentions(src.text)]
    voted = gazetteer().vote_province(mentions) if mentions else None
    if named and voted and voted != named and len({fold(n) for _, n in mentions}) >= 2:
        return voted  # a news item from one province naming another: its communes tell whose it is
    return named or voted


def _national_issuer(issuer: str) -> bool:
    """Whether the issuer's reports speak of the whole country (data: subjects.national_issuers).

    >>> _national_issuer("VĂN PHÒNG CHÍNH PHỦ"), _national_issuer("UBND TỈNH QUẢNG NGÃI")
    (True, False)
    """
    from .data import load

    key = " ".join(fold(issuer).split())
    return key in {" ".join(fold(w).split()) for w in load("subjects")["national_issuers"]}


def _national_source(lines) -> bool:
    """Whether a text's first lines name a national source (data: subjects.national_sources).

    >>> from docparse.extractors.base import Line
    >>> _national_source([Line("CỔNG DỊCH VỤ CÔNG QUỐC GIA - SỐ LIỆU", 1, 1)]), _national_source([Line("Trên Cổng Dịch vụ công quốc gia, tỉnh ...", 1, 1)])
    (True, False)
    """
    from .data import load

    heads = [" ".join(fold(ln.text).split()) for ln in lines]  # a title line that begins with the source
    return any(h.startswith(" ".join(fold(w).split())) for h in heads for w in load("subjects")["national_sources"])


def _dated(header) -> Optional[str]:
    """The date a document's names are checked against: its issue date, else (an undated statistics
    page) the end of the period its figures cover ("Số liệu từ 15/04/2024 đến 14/05/2024"), when the
    lists of units in force then differ from today's."""
    return header.doc.list_date()


def _national_text(text: str) -> bool:
    """Whether a text of no issuer and no province speaks of the country: it names the country as a
    whole ("cả nước", "toàn quốc") and never a province's own whole ("toàn tỉnh", "của tỉnh"; data:
    subjects.national_text).

    >>> _national_text("hồ sơ toàn trình chiếm 41,27% tổng số hồ sơ trên cả nước; khối tỉnh, thành phố đạt 17,62%")
    True
    >>> _national_text("tỷ lệ của tỉnh cao hơn mức bình quân cả nước"), _national_text("tỉnh đứng thứ hai cả nước")
    (False, False)
    >>> _national_text("Tính đến ngày 26/10, tỷ lệ trên cả nước là 41,27%"), _national_text("Xếp hạng toàn quốc: 21/34")
    (True, False)
    """
    from .data import load

    import unicodedata

    subjects = load("subjects")
    rule = subjects["national_text"]
    # with its accents: "tính đến ngày 26/10" is no "tỉnh"
    low = " ".join(unicodedata.normalize("NFC", text).lower().split())
    rx = lambda words: r"(?<!\w)(?:" + "|".join(regex.escape(" ".join(unicodedata.normalize("NFC", w).lower().split()))
                                            for w in sorted(words, key=len, reverse=True)) + r")(?!\w)"
    # "Xếp hạng toàn quốc: 21/34", "cao hơn bình quân cả nước": the country a province is ranked in
    low = regex.sub(rx(rule["comparative_wholes"]), " ", low)
    if not regex.search(rx(rule["wholes"]), low) or regex.search(rx(rule["province_wholes"]), low):
        return False
    # "tỉnh đứng thứ hai cả nước": a province's own word, once the country's groups are taken out
    rest = regex.sub(rx(subjects["national"] + rule["plural_provinces"]), " ", low)
    return not regex.search(rx(rule["province_words"]), rest)


_HEADER_PROVINCE_LINES = 8  # an administrative document's issuer block and place line stand in its first lines


def _legacy_province(text: str, on: Optional[str]) -> Optional[str]:
    """The pre-2025 province a document of that time names most, or holds most of its districts.
    An undated text (``on`` None: a portal page, a news item whose date line is not read) that names
    no province of the current list is a text of that time too: "tỉnh Hòa Bình", "tỉnh Vĩnh Phúc"
    name the province it is about.

    >>> _legacy_province("các cơ quan hành chính ba cấp của tỉnh Hòa Bình đã giải quyết", None)
    'Tỉnh Hòa Bình'
    >>> _legacy_province("của tỉnh Hòa Bình", "2025-10-02") is None
    True
    """
    from .normalize.gazetteer_dated import in_force, legacy_province
    from .recognize.scope import district_mentions

    if on is not None:
        try:
            if in_force(on) != "legacy":
                return None
        except ValueError:
            return None
    return legacy_province(text, district_mentions(text))


def _after_reform(on: str) -> bool:
    """Whether a document of the date ``on`` is of the list of units in force since July 2025."""
    from .normalize.gazetteer_dated import in_force

    try:
        return in_force(on) != "legacy"
    except ValueError:
        return False


def _district_province(text: str) -> Optional[str]:
    """The one pre-2025 province that holds every district-level unit the text names ("TP. Phổ
    Yên"), None when they name none or several provinces.

    >>> _district_province("Bộ phận một cửa của TP. Phổ Yên cùng các xã"), _district_province("các xã")
    ('Tỉnh Thái Nguyên', None)
    """
    from .normalize.gazetteer_dated import legacy_units

    found = set()
    for prefix, name in set(district_mentions(text)):
        try:
            found |= {u.province for u in legacy_units().find(prefix, name) if u.level == "district"}
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else None


@_paused
def analyse(src: SourceDoc, checks: bool = True, hints: Optional[dict] = None, explain: bool = False) -> Report:
    """Recognise and check one read document. ``hints`` (own_unit, province, doc_date) stand in for
    a header the text does not carry — for short test passages; a real document never needs them.
    ``explain``: keep every number's reading (``report._trace``), else only what the checks ask of it."""
    hints = hints or {}
    warnings = list(src.warnings)
    province = hints.get("province") or document_province(src)
    header = read_header(src.lines, province)
    if not hints.get("province") and province and gazetteer().detect_province(src.text) is None and (
            _dated(header) or district_mentions(src.text)):
        # the province only its communes' vote gave, in a text of before July 2025 that names a
        # province of then ("UBND TỈNH QUẢNG NAM", 2023): that province, not today's that holds the
        # communes' names ("xã Bà Nà" is Đà Nẵng's since 2025); an undated news item naming a district
        # of then ("TP. Phổ Yên: ... xã Thành Công") is of that time and province too
        legacy = _legacy_province(src.text, _dated(header)) or (
            None if _dated(header) else _district_province(src.text))
        if legacy and legacy != province:
            province = legacy
            header = read_header(src.lines, province)
    if not hints.get("province") and header.doc.issuer and _dated(header) and not _after_reform(_dated(header)):
        # "UBND TỈNH YÊN BÁI" / "SỞ NỘI VỤ" over a 2024 report naming "Thành phố Hà Nội" in its body:
        # the province its issuer block (and its place line) names is its own, in the list of its time
        block = "\n".join(ln.text for ln in src.lines[:_HEADER_PROVINCE_LINES])
        own = _legacy_province(block, _dated(header))
        if own and own != province:
            province = own
            header = read_header(src.lines, province)
    if hints.get("own_unit"):
        header.own_unit = header.doc.own_unit = hints["own_unit"]
    if hints.get("doc_date") and not header.doc.issued_on:
        header.doc.issued_on = hints["doc_date"]
    issuer = header.speaks_for or header.doc.issuer  # "BỘ Y TẾ" / "VĂN PHÒNG BỘ": the ministry's report
    if not hints.get("province") and ((issuer and (
            _national_issuer(issuer) or fold(_issuing_body(issuer) or "").startswith("bo ")
            or (not header.own_unit and _issuing_named_body(issuer))))
            or (hints.get("own_unit") and (_national_issuer(hints["own_unit"]) or fold(hints["own_unit"]).startswith("bo ")))):
        # the Government Office, a ministry or a body under one ("TỔNG CỤC THUẾ"): the provinces its
        # report names are not its own
        province = header.doc.province = None
        provinceless = True
    else:
        provinceless = False
    if not header.own_unit and issuer:
        body = _issuing_body(issuer) or _issuing_named_body(issuer)
        if body:  # "BỘ TƯ PHÁP" reporting on itself: its figures are its own ("self")
            header.own_unit = header.doc.own_unit = body
    if province is None and header.own_unit:  # the issuing commune tells the province
        from .normalize.units import find_commune_mentions

        mention = find_commune_mentions(header.own_unit)
        if mention:
            province = gazetteer().resolve_commune(mention[0][2], mention[0][3]).province
            header.doc.province = province
    if province is None and not provinceless and not (issuer and _national_issuer(issuer)):
        # a text of before July 2025 (or undated) about a province of then
        province = _legacy_province(src.text, _dated(header))
        if province is None and not (_dated(header) and _after_reform(_dated(header))):
            province = _district_province(src.text)  # "Theo UBND TP Đà Lạt, …": one district, its province
        header.doc.province = province
    deaccented = is_deaccented(src.text)
    if deaccented:
        warnings.append(t("warn.deaccented"))
    ocr_conf = [ln.confidence for ln in src.lines if ln.confidence is not None]
    low_confidence = bool(ocr_conf) and sum(ocr_conf) / len(ocr_conf) < GARBLED_CONFIDENCE
    default = "self" if header.own_unit else "city"
    if header.own_unit and fold(header.own_unit).startswith("so "):
        from .recognize.scope import speaks_of_whole

        after = next((i + 1 for i, ln in enumerate(src.lines) if ln is header.title_end), 0)
        if speaks_of_whole(header.doc.title, [ln.text for ln in src.lines[after:after + 40]], header.own_unit):
            # a department of the province ("SỞ NỘI VỤ") reporting on the province's work: a figure that
            # names nobody is the province's; the figures it names as its own ("Sở tiếp nhận ...") stay "self"
            default = "city"
    if not header.own_unit and issuer:
        from .recognize.scope import centre_speaks_of_itself

        after = next((i + 1 for i, ln in enumerate(src.lines) if ln is header.title_end), 0)
        if centre_speaks_of_itself(header.doc.issuer, header.doc.title, [ln.text for ln in src.lines[after:after + 40]]):
            default = "self"  # "Trong tuần, Trung tâm tiếp nhận …": the centre's notice on its own work
    if not header.own_unit and issuer and _national_issuer(issuer):
        default = "national"  # "VĂN PHÒNG CHÍNH PHỦ" reports on the country as a whole
    elif default == "city" and province is None and not header.doc.issuer and _national_source(src.lines[:3]):
        default = "national"  # "CỔNG DỊCH VỤ CÔNG QUỐC GIA - SỐ LIỆU THỐNG KÊ": the country's figures
    elif default == "city" and province is None and not header.doc.issuer and _national_text(src.text):
        default = "national"  # a news item about the country ("… trên cả nước"), of no province
    ctx = DocContext(default_subject=default, own_unit=header.own_unit, issuer=header.doc.issuer,
                     own_names=tuple(header.own_names) if header.own_unit else (),
                     province=province, uncertain=deaccented or src.text_source in ("ocr", "mixed"),
                     garbled=deaccented or low_confidence, doc_date=_dated(header),
                     abbreviations=definitions(src.text), title=header.doc.title)
    recognizer = FactRecognizer(ctx)
    if not explain:
        recognizer.trace = _FirstFigure()
    segments = build_segments(src.lines, header.title_end)
    units = []
    for index, seg in enumerate(segments):
        recognizer.read(seg)
        # the segment's unit mentions taken as it is read (the finder answers a text it has read
        # from its first reading), then the segment and its folded text let go: a long document's
        # segments are not all held at once (issue 13)
        units += _unit_mentions((seg,), recognizer.units)
        segments[index] = None
        _bound_mentions(recognizer.units)
    del segments
    recognizer.finish()
    tables, table_facts = [], []
    if src.tables:
        from .tables.interpret import prose_rank_fields, read_tables

        opening = "\n".join([ln.text for ln in src.lines[:12] if ln.text.strip()][:4])  # the report's own heading lines
        tables, table_facts = read_tables(src.tables, recognizer.scope, ctx, len(recognizer.facts) + 1, opening)
        prose_rank_fields(recognizer.facts, table_facts)
    drop_own_period(recognizer.facts + table_facts, header.doc.title)
    units += _table_unit_mentions(tables, recognizer.units, table_facts)
    share_parts(recognizer.facts + table_facts)
    # its parts are validated models already: the Report is put together without validating them
    # again, so that a command that never dumps it (``docparse check``) never builds its validator
    report = Report.model_construct(
        docparse_version=__version__,
        source=Source(path=src.path, sha256=src.sha256, media_type=src.media_type,
                      pages=src.page_count, text_source=src.text_source, encoding=src.encoding),
        document=header.doc, facts=recognizer.facts + table_facts, units=units, warnings=warnings,
        tables=tables,
        signatures=[Signature(signer=s["signer"], email=s["email"], signed_at=s["signed_at"],
                              source="stamp-text") for s in src.stamps])
    report._lines = src.lines
    report._trace = recognizer.trace
    # the reading's own structures (segments and their folded texts, the unit finder's answers) are
    # freed before the boxes, the checks and the typo search, where memory peaks (issue 13)
    spans = recognizer.spans
    del recognizer
    if src.text_source in ("ocr", "mixed") and not deaccented and not low_confidence:
        ocr_uncertainty(report.facts, src.lines)
    if src.media_type == "application/pdf":
        _add_boxes(src, report, spans)
    del spans
    if not header.doc.number and header.doc.doc_type and header.doc.parts.get("number") != "blank":
        report.warnings.append(t("warn.no_number"))
    if checks:
        from .checks import run_checks_and_suggest

        run_checks_and_suggest(report, src.lines)
    if src.media_type == "application/pdf":
        _add_signatures(src, report)
    for line in src.lines:  # the lines' folded copies were for reading: the Report keeps the text only
        line._folded = line._folded_of = None
    return report


class _NoLinks(dict):
    """The x/y links of a fact without any, shared by such facts once the reading is done: empty and
    read-only (pickled as a plain empty dict).

    >>> _NO_LINKS.get("numerator"), dict(_NO_LINKS), bool(_NO_LINKS)
    (None, {}, False)
    >>> _NO_LINKS["numerator"] = []
    Traceback (most recent call last):
    TypeError: a fact's empty links are shared: assign a new dict
    """

    def _refuse(self, *args, **kwargs):
        raise TypeError("a fact's empty links are shared: assign a new dict")

    __setitem__ = __delitem__ = setdefault = update = pop = popitem = clear = _refuse

    def __reduce__(self):
        return dict, ()


_NO_LINKS = _NoLinks()


def share_parts(facts) -> None:
    """Once the reading is done: facts with equal subjects hold one Subject object, repeated words
    (labels, sections, qualifiers, indicators) one string, and facts without x/y links one empty,
    read-only dict (issue 13: a long document's facts repeat a few hundred subjects, and each
    fact held its own copies). Values are unchanged; nothing after the reading assigns into a
    subject or a fact's links (the recogniser compares subjects by identity, so it is not done
    while reading).

    >>> from docparse.models import Evidence, Fact, Subject
    >>> a, b = (Fact(id=i, kind="rate", indicator="x", subject=Subject(level="city"), evidence=Evidence(page=1, line=1),
    ...              section="I/1") for i in ("f1", "f2"))
    >>> share_parts([a, b]); a.subject is b.subject, a.subject == Subject(level="city"), dict(a._links)
    (True, True, {})
    """
    subjects: dict = {}
    words: dict = {}
    share = words.setdefault
    for fact in facts:
        values = fact.__dict__
        subject = values["subject"]
        if subject is not None:
            key = (type(subject), tuple(subject.__dict__.values()))
            values["subject"] = subjects.setdefault(key, subject)
        for name in ("label", "section", "qualifier", "indicator"):
            word = values[name]
            if word is not None:
                values[name] = share(word, word)
        private = fact.__pydantic_private__
        if private is not None and "_links" in private and type(private["_links"]) is dict and not private["_links"]:
            private["_links"] = _NO_LINKS


class _FirstFigure(list):
    """The trace of a reading not asked to explain itself: of the numbers read, only what
    checks.recognised asks of it — the first measurement, and the first few counts read as values
    (figures_read: several counts make a file one with figures) — not one row per number (~10 kB a
    page of a long document, issue 13).

    >>> from types import SimpleNamespace as R
    >>> t = _FirstFigure(); t.append(R(shape="count")); t.append(R(shape="percent")); t.append(R(shape="score"))
    >>> [r.shape for r in t]
    ['percent']
    >>> t = _FirstFigure()
    >>> for _ in range(5): t.append(R(shape="count", role="value"))
    >>> len(t)
    3
    """

    def append(self, reading) -> None:
        from .checks.recognised import FIGURE_SHAPES, MIN_COUNTS

        shape = getattr(reading, "shape", None)
        if shape in FIGURE_SHAPES:
            if not any(getattr(r, "shape", None) in FIGURE_SHAPES for r in self):
                list.append(self, reading)
        elif shape == "count" and getattr(reading, "role", None) == "value" and \
                sum(getattr(r, "shape", None) == "count" for r in self) < MIN_COUNTS:
            list.append(self, reading)


def _digits(text: str) -> list[str]:
    """The numbers written in ``text``, as bare digits.

    >>> _digits("(đạt 47,14%; 121.170/280.859)")
    ['4714', '121170', '280859']
    """
    return [regex.sub(r"[.,]", "", m) for m in _DIGITS.findall(text)]


def number_confidence(fact, lines_at: dict) -> Optional[float]:
    """The lowest OCR confidence of the words that hold the fact's own numbers (its value, and the
    x/y written beside it) on its evidence lines; None when no such word is found."""
    from .normalize.numbers import format_vn

    wanted = set()
    for value, decimals in ((fact.value, fact.decimals), (fact.numerator, 0), (fact.denominator, 0)):
        if value is not None:
            wanted.add(regex.sub(r"[.,]", "", format_vn(value, decimals)))
    ev = fact.evidence
    found = []
    for number in range(ev.line, ev.line + ev.text.count("\n") + 1):
        line = lines_at.get((ev.page, number))
        if line is None or not line.words or not line.word_confidence:
            continue
        for (start, end, _), conf in zip(line.words, line.word_confidence):
            if wanted & set(_digits(line.text[start:end])):
                found.append(conf)
    return min(found) if found else None


def ocr_uncertainty(facts, lines) -> None:
    """Severity on OCR'd text from the words actually used: a fact whose numbers were read with
    confidence WORD_CONFIDENCE or more is certain (its findings keep their severity); a fact whose
    words are less sure, or cannot be found, stays uncertain (checks lower it one step)."""
    lines_at = {(ln.page, ln.number): ln for ln in lines if ln.word_confidence}
    for fact in facts:
        if not fact.uncertain or fact.garbled:
            continue
        conf = number_confidence(fact, lines_at)
        if conf is not None and conf >= WORD_CONFIDENCE:
            fact.uncertain = False


def _add_signatures(src: SourceDoc, report: Report) -> None:
    """Embedded signatures first (pyHanko), then the visible stamps read from the text."""
    from pathlib import Path

    from .extractors.signatures import read_signatures

    stamps = sum(1 for s in report.signatures if s.source == "stamp-text")
    signatures, findings, warnings = read_signatures(src.raw or Path(src.path).read_bytes(), stamps=stamps,
                                                     scanned=src.text_source != "text-layer")
    report.signatures = signatures + report.signatures
    report.findings += findings
    report.warnings += warnings


MENTIONS_KEPT = 2000  # texts whose unit mentions the finder keeps (recognize.units.UnitFinder.mentions)


def _bound_mentions(finder: UnitFinder, keep: int = MENTIONS_KEPT) -> None:
    """The unit finder's answers by text forgotten past ``keep`` texts: each is the same when found
    again (the texts' mentions depend only on the text and the document's province, unit and date),
    while keeping every segment's and clause's text of a long document grows with its pages."""
    kept = getattr(finder, "_mentions", None)
    if kept is not None and len(kept) > keep:
        kept.clear()


def _unit_mentions(segments, finder: UnitFinder) -> list[UnitMention]:
    from .recognize.facts import evidence_for

    out = []
    for seg in segments:
        for start, end, raw, res in finder.mentions(seg.text):
            out.append(_unit_mention(raw, res, evidence_for(seg, start, end)))
    return out


def _unit_mention(raw: str, res, ev: Evidence) -> UnitMention:
    """A unit finder's hit (a body's name as a string, or a gazetteer Resolution) with its evidence."""
    if isinstance(res, str):
        return UnitMention(raw=raw, name=res, score=100.0, candidate=res, evidence=ev)
    return UnitMention(raw=raw, name=res.name, code=res.code, score=res.score,
                       candidate=res.candidate, misspelled=res.misspelled, evidence=ev)


def _table_unit_mentions(tables, finder: UnitFinder, facts=()) -> list[UnitMention]:
    """The units a table's row headers name ("Phường Bắc Đông Hà" as a row of a portal's table), with
    the row as evidence: checked against the list in force like the units of the prose. Only a row
    header that is one unit's name whole (an ordinal before it aside): a name read in part tells
    nothing about the list."""
    from .tables.where import table_lines

    lines = table_lines(facts)
    out = []
    for table in tables:
        for row in table.rows:
            if row.role != "unit" or not row.label:
                continue
            label = row.label.strip()
            head = len(label) - len(regex.sub(r"^(?:\d{1,3}[.)]?|[IVXLC]+\.|[-+•–*])\s+", "", label))
            for start, end, raw, res in finder.mentions(label):
                if start > head or label[end:].strip(" .,;:"):
                    continue  # the mention is not the whole row header ("Xã A - B" read as "Xã A"): not told
                if not isinstance(res, str) and res.name is None and _begins_official(raw, finder.province):
                    continue  # "Xã Chân Mây" of "Xã Chân Mây – Lăng Cô", its rest wrapped or cut: not told
                ev = Evidence(page=row.page or table.page or 1, line=lines.get((table.index, row.index), 0),
                              start=start, end=end, text=row.label,
                              table=table.index, row=row.index)
                out.append(_unit_mention(raw, res, ev))
    return out


def _begins_official(raw: str, province: Optional[str]) -> bool:
    """The written name is the beginning of an official unit name of the province (its rest cut off
    or wrapped into another cell).

    >>> _begins_official("Xã Chân Mây", "Thành phố Huế"), _begins_official("Phường Bắc Đông Hà", "Quảng Trị")
    (True, False)
    """
    if not province:
        return False
    cut = " ".join(fold(raw).split())
    names = (" ".join(fold(w.name).split()) for w in gazetteer().communes_of(province))
    return any(n != cut and n.startswith(cut) and not n[len(cut)].isalnum() for n in names)


def _add_boxes(src: SourceDoc, report: Report, spans: dict) -> None:
    """Boxes of the evidence spans (``spans``: fact id -> (line, start, end), the recogniser's),
    looked up in the PDF's text layer only for the facts found."""
    from pathlib import Path

    from .extractors.pdf import page_char_boxes

    requests: dict[int, list[tuple[int, int, object]]] = {}  # page -> (start, end, fact) of its facts
    for fact in report.facts:
        span = spans.get(fact.id)
        if not span:
            continue
        line, a, b = span
        if line.char_start is None:
            boxes = [box for s, e, box in (line.words or []) if box and s < b and e > a]
            if boxes:  # OCR'd line: the union of the words' boxes
                fact.evidence.bbox = [round(min(x[0] for x in boxes), 2), round(max(x[1] for x in boxes), 2),
                                      round(max(x[2] for x in boxes), 2), round(min(x[3] for x in boxes), 2)]
            continue
        requests.setdefault(line.page, []).append((line.char_start + a, line.char_start + b, fact))
    if not requests:
        return
    # each box is set as its page is read: no table of every fact's box is held (issue 13); the
    # rounded coordinates repeat (margins, line tops), one float object each
    share = {}.setdefault
    for page_no, index, box in page_char_boxes(src.raw or Path(src.path).read_bytes(), requests):
        requests[page_no][index][2].evidence.bbox = [share(v, v) for v in (round(x, 2) for x in box)]
