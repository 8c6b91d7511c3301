"""Recognise facts (rates, counts, unit counts, 766 scores and ranks) in segments.

Every number of a segment is read in order. What it measures comes from the words before it
(its *label*): a catalogue phrase names the indicator, subject words name whose figure it is.
A rate without its own phrase takes the indicator of its sentence or of its section heading
("1.1. Tỷ lệ nộp hồ sơ trực tuyến (chỉ tiêu giao ≥ 60%)"). A percentage right after a count
("tiếp nhận trực tuyến 159.689 hồ sơ (đạt tỷ lệ 56,86%") is that count's share of its total.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from ..data import load
from ..models import Evidence, Fact, Subject, Target
from ..normalize.numbers import NUMBER, parse_number
from ..normalize.segments import Segment
from ..normalize.text import fold, repair_ocr_words
from .catalogue import Match, indicators, matcher
from .units import UnitFinder

_CAT = indicators()
_COUNTS = _CAT["counts"]

# Spans that hold digits but are not measurements; blanked (same length) before reading numbers.
_MASKS = [
    r"\d{4}-\d{2}-\d{2}t[\d:+\-]+",  # timestamps
    r"\d+(?:[.,]\d+)?\s*/\s*(?:\d{2,4}\s*/\s*)?[a-z][a-z0-9]*(?:\s*[-–]\s*[a-z0-9]+)*",  # 1844/UBND-TTPVHCC
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}",  # dates
    r"(?<![\d.,])\d{1,2}\s*/\s*(?:19|20)\d{2}(?![\d/])",  # month/year: 7/2025
    r"(?<=(?:nam|quy|thang)\s+)\d{1,4}",  # năm 2025, tháng 02
    r"\d{1,2}:\d{2}",  # times
    r"\d{3,4}\.\d{6,7}",  # phone numbers
    r"\(\d{1,2}\)",  # enumerations (1) (2)
    r"(?<=[)%])\s?\d{1,2}(?=[.,;:\s]|$)",  # footnote references: (67,29%)1.
    r"^\s*[-+•–*~]?\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]+\.|[a-z][.)])(?=\s|[a-z])",  # numbering
    r"(?<=dieu\s+|khoan\s+|diem\s+|thu\s+|so\s+hieu\s+)\d+",
    r"(?<=tu\s+|xuong\s+con\s+)\d+(?=\s+ngay)",
]
# "tỷ lệ" OCR'd as "ty 16", "ty 1&": the word is "lệ", not a number (rewritten, same length)
_LE_MISREAD = regex.compile(r"(?<=(?:^|[\s(])t[yi]\s)[^\s%\d]?\d[^\s%]?(?=\s)")
_MASK_RX = regex.compile("|".join(f"(?:{m})" for m in _MASKS))
_TOKEN = regex.compile(
    rf"(?<![\p{{L}}\d.,/])(?:(?P<a>{NUMBER})\s*/\s*(?P<b>{NUMBER})|(?P<p>{NUMBER})\s*%|(?P<n>{NUMBER}))(?![\d/])"
    r"(?=[\s.,;:%)(\]\-–\"'”*]|$)")  # "1€", "1&": OCR noise, not numbers
_SENTENCE_END = regex.compile(r"(?<=[\p{L}\d)%])\s*\.\s+(?=[\p{Lu}\-+])")
def _words_rx(words: list[str]) -> str:
    """Catalogue words as one regex alternative over folded text, longest first."""
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(regex.escape, w.split())) for w in folded) + ")"


_OP = {fold(k): v for k, v in _CAT["target_operators"].items()}
_TARGET_BEFORE = regex.compile(_words_rx(_CAT["target_words"]) + r"(?:\s+la)?\s*:?\s*(?P<op>"
                               + _words_rx(list(_CAT["target_operators"])) + r")?\s*$")
_SECTION_TARGET = regex.compile(_words_rx(_CAT["target_words"]) + r"\s*:?\s*(?P<op>"
                                + _words_rx(list(_CAT["target_operators"])) + r")?\s*(?P<v>\d+(?:,\d+)?)\s*%")
_CRITERION_AFTER = regex.compile(r"^\s*,?\s*(?::|nhu\b|tro\s+len)")
_QUALIFIER_AFTER = regex.compile(r"^\s*\((?P<q>[^()\d%]{3,60})\)")
_RATIO_PCT_FILLER = regex.compile(
    r"^[\s(,:;]*(?:h[a-z0-9]{0,3}\s+s[oe0-9]\S?|hs|thu\s+tuc|tthc|don\s+vi|dia\s+phuong)?[\s(,:;]*"
    r"(?:(?:dat|bang|chiem)\s*)?(?:t[yi]\s*\S{1,3}\s[^%\d]{0,40}?)?[\s:(]*$")
_SHARE_FILLER = regex.compile(r"^[\s(,:]*(?:ho\s+so|hs)?[\s(,:]*(?:dat(?:\s+ty\s+le|\s+ti\s+le)?)?[\s:]*$")
_COUNT_UNIT = regex.compile(r"^\s*(?:" + "|".join(
    r"[^a-z0-9]+".join(map(regex.escape, fold(u).split())) for u in _CAT["count_units"])
    + r"|h[a-z0-9]{0,3}\s+s[oe0-9][a-z0-9]?|th\S\s+tuc)(?![a-z])")  # "hồ sơ" as OCR writes it: "hd so", "hé6 so"
_UNIT_COUNT_AFTER = regex.compile(r"^\s*(?:" + "|".join(
    r"[^a-z0-9]+".join(map(regex.escape, fold(u).split())) for u in _CAT["unit_count_words"])
    + r"|dia\s+ph\S{3,4})(?![a-z])")  # "địa phương" as OCR writes it: "dia phwong"
_UNIT_COUNT_LABEL = regex.compile(r"(?:so|so\s+l\S{3,4})\s+(?:don\s+vi|dia\s+ph\S{3,4}|co\s+quan)[^.;]*$")
_RANK_LABEL = regex.compile(_words_rx(_CAT["rank_words"]) + r"\s*:?\s*$")
_SCORE_AFTER = regex.compile(r"^\s*" + _words_rx(_CAT["score_words"]) + r"(?![a-z])")
# "I11." is an OCR'd "III."
_HEADING = regex.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|[IVX][IVXl1]*\.|[a-zđ][.)])\s")
_ROMAN_HEADING = regex.compile(r"^\s*[IVX][IVXl1]*\.\s")
_PERIOD_QUALIFIER = regex.compile(_CAT["period_qualifier"])
_WEAK = {fold(w) for w in _CAT["weak_phrases"]}
MAX_LABEL_GAP = 45
# "trên hệ thống ... của thành phố", OCR'd too ("tren h¢ thdng")
_LOCATION = regex.compile(r"(?:tren|cua|tai)\s+(?:h\S{0,2}\s+th\S{2,4}|cong|phan\s+mem)[^:;]*")  # characters allowed between a count's phrase and its number ("... là")
_BREAKDOWN_LABEL = regex.compile(r"^[\s,;:(]*(?:trong\s+do[\s,:]*)?(?P<subj>cap\s+tinh|cap\s+xa)\s*:?\s*$")


@dataclass
class Token:
    kind: str  # ratio | pct | num
    start: int
    end: int
    a: object  # VNumber
    b: object = None
    fact: Optional[Fact] = None
    consumed: bool = False


@dataclass
class DocContext:
    default_subject: str  # city | self
    own_unit: Optional[str]
    province: Optional[str]
    uncertain: bool = False  # text from OCR or de-accented: readings are uncertain
    garbled: bool = False  # words misread (de-accented, low OCR confidence): match phrases fuzzily


@dataclass
class _State:
    section_indicator: Optional[str] = None
    section_target: Optional[Target] = None
    in_766: bool = False
    roman: str = ""
    sub: str = ""
    section_qualifier: Optional[str] = None
    family: Optional[str] = None
    totals: dict = field(default_factory=dict)  # (indicator, subject key) -> Fact


class FactRecognizer:
    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.units = UnitFinder(ctx.province, ctx.own_unit, ctx.garbled)
        self.state = _State()
        self.facts: list[Fact] = []
        self.spans: dict[str, tuple] = {}
        self.last_count: Optional[Fact] = None
        self._after_original = ""  # fact id -> (first line, start, end) of its value

    # ---- helpers -------------------------------------------------------------------------
    def _new_fact(self, seg: Segment, span: tuple[int, int], **kw) -> Fact:
        fact = Fact(id=f"f{len(self.facts) + 1}", evidence=evidence_for(seg, *span),
                    uncertain=self.ctx.uncertain, garbled=self.ctx.garbled, section=f"{self.state.roman}/{self.state.sub}", **kw)
        if fact.qualifier is None and self.state.section_qualifier:
            fact.qualifier = self.state.section_qualifier
        self.facts.append(fact)
        self._remember_span(fact, seg, *span)
        return fact

    def _remember_span(self, fact: Fact, seg: Segment, start: int, end: int) -> None:
        located = seg.locate(start, end)
        if located:
            self.spans[fact.id] = located[0]

    def _default_subject(self) -> Subject:
        if self.ctx.default_subject == "self":
            return Subject(level="self", name=self.ctx.own_unit)
        return Subject(level="city")

    # ---- per segment ---------------------------------------------------------------------
    def read(self, seg: Segment) -> None:
        folded = repair_ocr_words(seg.folded) if self.ctx.garbled else seg.folded
        masked = _LE_MISREAD.sub(lambda m: "le "[:len(m.group())].ljust(len(m.group())), folded)
        masked = _MASK_RX.sub(lambda m: " " * len(m.group()), masked)
        self._update_section(seg, masked)
        tokens = [self._token(m) for m in _TOKEN.finditer(masked)]
        tokens = [t for t in tokens if t]
        if not tokens or not regex.search(r"[a-z]{2,}", masked):
            return  # bare values (a chart's labels lost): nothing to attach them to
        self.last_count = None
        events = self._events(seg, masked)
        seg_subject = self._default_subject()
        subject = seg_subject
        rate_ind: Optional[str] = None
        generic_rate = False
        not_met = False
        qualifier: Optional[str] = None
        targets: list[tuple[int, Optional[str], Target]] = []
        prev_end = 0
        prev: Optional[Token] = None
        ei = 0
        sentence_starts = [m.end() for m in _SENTENCE_END.finditer(seg.text)]
        period_q = _PERIOD_QUALIFIER.search(fold(seg.text[:80]))
        for tok in tokens:
            label_start = prev_end
            while ei < len(events) and events[ei][0] < tok.start:
                pos, kind, payload = events[ei]
                ei += 1
                if kind == "sentence":
                    subject, rate_ind, generic_rate, not_met, qualifier = seg_subject, None, False, False, None
                elif kind == "subject":
                    subject = payload
                    if payload.level in ("city", "departments", "communes") and payload.raw and \
                            regex.match(r"\s*:", masked[pos + len(payload.raw):]):
                        seg_subject = payload
                elif kind == "rate":
                    rate_ind = payload
                elif kind == "generic_rate":
                    generic_rate = True
                elif kind == "not_met":
                    not_met = True
                elif kind == "qualifier":
                    qualifier = payload
            sentence_start = max([s for s in sentence_starts if s <= tok.start], default=0)
            label = masked[max(label_start, sentence_start):tok.start]
            after = masked[tok.end:tok.end + 60]
            self._after_original = seg.text[tok.end:tok.end + 60]
            same_sentence = prev is not None and not any(prev.end <= s <= tok.start for s in sentence_starts)
            indicator = rate_ind or self.state.section_indicator
            q = qualifier or (period_q.group() if period_q else None)
            if tok.kind == "pct":
                self._read_percent(seg, tok, label, after, prev, same_sentence, indicator, generic_rate,
                                   subject, not_met, q, targets, rate_ind)
            elif tok.kind == "ratio":
                self._read_ratio(seg, tok, label, after, prev, same_sentence, indicator, subject,
                                 seg_subject, not_met, q)
            else:
                self._read_number(seg, tok, label, after, masked, subject, q)
            prev_end = tok.end + (len(_COUNT_UNIT.match(after).group()) if _COUNT_UNIT.match(after) else 0)
            prev = tok
        self._apply_targets(targets)

    def _update_section(self, seg: Segment, masked: str) -> None:
        if "766" in seg.text or "chi so" in masked[:200] and "diem" in masked:
            self.state.in_766 = True
        elif _ROMAN_HEADING.match(seg.text):
            self.state.in_766 = False
        heading = _HEADING.match(seg.text)
        if not heading:
            return
        number = heading.group().strip().rstrip(".)")
        if _ROMAN_HEADING.match(seg.text):
            self.state.roman, self.state.sub = number, ""
        else:
            self.state.sub = number
        quals = matcher("qualifiers").find(masked[:160], folded=True, fuzzy=self.ctx.garbled)
        self.state.section_qualifier = quals[0].key[0] if quals else None
        self.state.family = None
        rates = [m for m in matcher("rates").find(masked, folded=True, fuzzy=self.ctx.garbled)]
        self.state.section_indicator = rates[0].key[0] if rates else None
        self.state.section_target = None
        tm = _SECTION_TARGET.search(masked)
        if tm and self.state.section_indicator:
            op = " ".join(tm["op"].split()) if tm["op"] else "="
            self.state.section_target = Target(op=_OP.get(op, ">="), value=parse_number(tm["v"]).value)

    def _token(self, m: regex.Match) -> Optional[Token]:
        try:
            if m["a"] is not None:
                return Token("ratio", m.start(), m.end(), parse_number(m["a"]), parse_number(m["b"]))
            if m["p"] is not None:
                return Token("pct", m.start(), m.end(), parse_number(m["p"]))
            return Token("num", m.start(), m.end(), parse_number(m["n"]))
        except ValueError:
            return None

    def _events(self, seg: Segment, masked: str) -> list:
        ev = [(m.start(), "sentence", None) for m in _SENTENCE_END.finditer(seg.text)]
        for m in matcher("rates").find(masked, folded=True, fuzzy=self.ctx.garbled):
            ev.append((m.start, "rate", m.key[0]))
        for m in matcher("generic_rate").find(masked, folded=True):
            ev.append((m.start, "generic_rate", None))
        for m in matcher("not_met").find(masked, folded=True):
            ev.append((m.start, "not_met", None))
        for m in matcher("qualifiers").find(masked, folded=True, fuzzy=self.ctx.garbled):
            ev.append((m.start, "qualifier", m.key[0]))
        for m in matcher("subjects").find(masked, folded=True, fuzzy=self.ctx.garbled):
            level = m.key[0]
            ev.append((m.start, "subject", Subject(level=level, raw=seg.text[m.start:m.end],
                                                    name=self.ctx.own_unit if level == "self" else None)))
        for start, subject in self.units.subjects_in(seg.text):
            ev.append((start, "subject", subject))
        return sorted(ev, key=lambda e: (e[0], e[1] != "sentence"))

    # ---- tokens --------------------------------------------------------------------------
    def _read_percent(self, seg, tok, label, after, prev, same_sentence, indicator, generic_rate,
                      subject, not_met, qualifier, targets, rate_ind) -> None:
        tm = _TARGET_BEFORE.search(label[-40:])
        if tm:
            op = _OP.get(" ".join(tm["op"].split()) if tm["op"] else "=", ">=")
            targets.append((tok.start, rate_ind or self.state.section_indicator,
                            Target(op=op, value=tok.a.value)))
            return
        if _CRITERION_AFTER.match(after):
            return
        numerator = denominator = None
        implicit = False
        span = (tok.start, tok.end)
        if (prev is not None and prev.kind == "num" and prev.fact is not None and same_sentence
                and prev.fact.kind == "count" and _SHARE_FILLER.match(label)):
            share = _COUNTS.get(prev.fact.indicator, {}).get("share")
            if share:
                indicator, subject = share, prev.fact.subject
                numerator = prev.fact.value
                parent = self._parent_of(prev.fact)
                denominator = parent.value if parent else None
                implicit = parent is not None
                span = (prev.start, tok.end)
        elif (prev is not None and prev.kind == "ratio" and not prev.consumed and same_sentence
              and _RATIO_PCT_FILLER.match(label) and prev.fact is not None and prev.fact.value is None):
            # "543/807 hồ sơ (67,29%)": the ratio written first becomes this rate's x/y
            fact = prev.fact
            fact.value, fact.decimals = tok.a.value, tok.a.decimals
            fact.evidence = evidence_for(seg, prev.start, tok.end)
            self._remember_span(fact, seg, prev.start, tok.end)
            prev.consumed = True
            tok.fact = fact
            self._qualify(fact, after, qualifier)
            return
        elif (prev is not None and prev.kind == "ratio" and prev.fact is not None and same_sentence
              and prev.fact.kind == "unit_count" and regex.search(r"\(\s*dat\s*$", label)):
            numerator, denominator = prev.fact.numerator, prev.fact.denominator
            subject, indicator, generic_rate = prev.fact.subject, None, True
            span = (prev.start, tok.end)
        if indicator is None:
            if not generic_rate:
                return
            indicator = "other"
        fact = self._new_fact(seg, span, kind="rate", indicator=indicator, subject=subject,
                              value=tok.a.value, decimals=tok.a.decimals, numerator=numerator,
                              denominator=denominator, implicit=implicit,
                              claim="not_met" if not_met else None,
                              label=label.strip(" :;,(") [-80:] or None)
        if indicator == self.state.section_indicator and self.state.section_target:
            fact.target = self.state.section_target
        self._qualify(fact, after, qualifier)
        tok.fact = fact

    def _qualify(self, fact: Fact, after: str, qualifier: Optional[str]) -> None:
        qm = _QUALIFIER_AFTER.match(after)
        if qm and not regex.match(r"\s*chi\s+tieu", qm["q"]):
            fact.qualifier = self._after_original[qm.start("q"):qm.end("q")].strip()
        elif qualifier and fact.qualifier is None:
            fact.qualifier = qualifier

    def _read_ratio(self, seg, tok, label, after, prev, same_sentence, indicator, subject, seg_subject,
                    not_met, qualifier) -> None:
        a, b = tok.a, tok.b
        if _RANK_LABEL.search(label):
            tok.fact = self._new_fact(seg, (tok.start, tok.end), kind="rank", indicator="index_766_rank"
                                      if self.state.in_766 else "other", subject=subject, value=a.value,
                                      denominator=b.value, qualifier=qualifier)
            return
        if _SCORE_AFTER.match(after):
            key = self._score_key(label) or "other"
            tok.fact = self._new_fact(seg, (tok.start, tok.end), kind="score", indicator=key,
                                      subject=subject, value=a.value, decimals=a.decimals,
                                      maximum=b.value, qualifier=qualifier)
            return
        if _UNIT_COUNT_AFTER.match(after) or _UNIT_COUNT_LABEL.search(label):
            meets = regex.search(r"(?<!chua\s)dat(?![a-z])", label) is not None
            subj = seg_subject
            if regex.match(r"\s*(?:xa|phuong)", after):
                subj = Subject(level="communes")
            tok.fact = self._new_fact(seg, (tok.start, tok.end), kind="unit_count",
                                      indicator="units_meeting_target" if meets else "other",
                                      subject=subj, value=a.value, numerator=a.value, denominator=b.value,
                                      qualifier=indicator if meets else None,
                                      label=label.strip(" :;,(")[-80:] or None)
            return
        if (prev is not None and prev.kind == "pct" and prev.fact is not None and same_sentence
                and prev.fact.numerator is None and len(label) <= 120):
            fact = prev.fact
            fact.numerator, fact.denominator = a.value, b.value
            fact.evidence = evidence_for(seg, prev.start, tok.end)
            self._remember_span(fact, seg, prev.start, tok.end)
            tok.consumed = True
            return
        if indicator is None:
            indicator = "other"
        subject = self._subject_after(after) or subject
        tok.fact = self._new_fact(seg, (tok.start, tok.end), kind="rate", indicator=indicator,
                                  subject=subject, value=None, numerator=a.value, denominator=b.value,
                                  claim="not_met" if not_met else None, qualifier=qualifier,
                                  label=label.strip(" :;,(")[-80:] or None)
        if indicator == self.state.section_indicator and self.state.section_target:
            tok.fact.target = self.state.section_target

    def _read_number(self, seg, tok, label, after, masked, subject, qualifier) -> None:
        if _SCORE_AFTER.match(after) and self.state.in_766:
            key = self._score_key(label) or "index_766_total"
            tok.fact = self._new_fact(seg, (tok.start, tok.end), kind="score", indicator=key,
                                      subject=subject, value=tok.a.value, decimals=tok.a.decimals,
                                      qualifier=qualifier)
            return
        unit = _COUNT_UNIT.match(after)
        choice = self._count_label(label, after, unit, tok.a.text)
        breakdown = _BREAKDOWN_LABEL.match(label)
        if choice is None and breakdown and self.last_count is not None:
            # "tổng số ... 2.323 thủ tục, trong đó cấp tỉnh: 1.929 thủ tục, cấp xã: 394 thủ tục"
            level = "departments" if "tinh" in breakdown["subj"] else "communes"
            tok.fact = self._new_fact(seg, (tok.start, tok.end), kind="count",
                                      indicator=self.last_count.indicator, subject=Subject(level=level,
                                      raw=seg.text[breakdown.start("subj"):breakdown.end("subj")]),
                                      value=tok.a.value, qualifier=qualifier)
            return
        if choice is None:
            return
        indicator = choice
        tok.fact = self._new_fact(seg, (tok.start, tok.end), kind="count", indicator=indicator,
                                  subject=subject, value=tok.a.value, qualifier=qualifier)
        self.state.family = _COUNTS[indicator]["family"]
        self.last_count = tok.fact
        if "parent" not in _COUNTS[indicator]:
            self.state.totals[(indicator, _subject_key(subject))] = tok.fact

    @staticmethod
    def _subject_after(after: str) -> Optional[Subject]:
        """A level named right after a bare ratio: "277/313 TTHC cấp xã"."""
        unit = _COUNT_UNIT.match(after)
        rest = after[unit.end():] if unit else after
        found = matcher("subjects").find(rest[:16], folded=True)
        if found and found[0].start <= 2 and found[0].key[0] in ("departments", "communes"):
            return Subject(level=found[0].key[0])
        return None

    def _parent_of(self, fact: Fact) -> Optional[Fact]:
        parent = _COUNTS.get(fact.indicator, {}).get("parent")
        return self.state.totals.get((parent, _subject_key(fact.subject))) if parent else None

    def _score_key(self, label: str) -> Optional[str]:
        found = matcher("scores").find(label[-80:], folded=True, fuzzy=self.ctx.garbled)
        return found[-1].key[0] if found else None

    def _count_label(self, label: str, after: str, unit, number: str = "") -> Optional[str]:
        """The count indicator named just before (or, briefly, just after) a number."""
        found = [m for m in matcher("counts").find(label, folded=True, fuzzy=self.ctx.garbled)
                 if "_neutral" not in m.key]  # neutral phrases only shield the words inside them
        if found:
            last = max(found, key=lambda m: (m.end, m.end - m.start))
            gap = " ".join(w for w in _LOCATION.sub(" ", label[last.end:]).split()
                           if not regex.fullmatch(r"[l1][a-z]:?", w))  # "là", as OCR writes it: 1a, 1d
            if len(gap) > (MAX_LABEL_GAP if unit else 3) or regex.search(r"\d", gap):
                return None
            if self.ctx.garbled and not unit and not label.rstrip().endswith(":") and len(number) == 1:
                return None  # garbled text: a lone digit may be a misread word ("ở" read as "6")
            if last.text in _WEAK and not (unit and self._families_hinted(after[:20])):
                return None  # "có 03 quầy": a weak phrase needs its unit word ("có 01 phản ánh")
            return self._pick_family(last.key, label, after)
        if unit:  # "01 hồ sơ rút,": a short label after the unit word
            rest = after[unit.end():]
            short = regex.match(r"^\s*((?:[a-z]+\s*){1,2})(?=[,.;)]|$)", rest)
            if short:
                post = [m for m in matcher("counts").find(short.group(1), folded=True, fuzzy=self.ctx.garbled)]
                if post and "_neutral" not in post[0].key:
                    return self._pick_family(post[0].key, label, after)
        return None

    def _pick_family(self, keys: tuple[str, ...], label: str, after: str) -> Optional[str]:
        keys = tuple(k for k in keys if k != "_neutral")
        families = self._families_hinted(label + " " + after[:20])
        if families and not any(_COUNTS[k]["family"] in families for k in keys):
            return None  # "có 336 TTHC": the words say procedures, the phrase says feedback
        if len(keys) == 1:
            return keys[0]
        for family in families:  # in the order the words hint them ("đang giải quyết" first)
            for k in keys:
                if _COUNTS[k]["family"] == family:
                    return k
        for k in keys:
            if _COUNTS[k]["family"] == self.state.family:
                return k
        return keys[0]

    @staticmethod
    def _families_hinted(text: str) -> list[str]:
        words = _CAT["family_words"]
        out = []
        for group in ("feedback", "procedures", "dossiers"):
            if any(regex.search(rf"(?<![a-z]){regex.escape(fold(w))}(?![a-z])", text) for w in words[group]):
                out += _CAT["family_of_words"][group]
        # a label naming a pending/resolved state decides between them
        if regex.search(r"dang\s+(?:giai\s+quyet|xu\s+ly)", text):
            out.insert(0, "pending")
        return out

    def _apply_targets(self, targets) -> None:
        for _, ind, target in targets:
            if ind is None:
                continue
            for fact in self.facts:
                if fact.kind == "rate" and fact.indicator == ind and fact.target is None:
                    fact.target = target


def _subject_key(subject: Subject) -> tuple:
    return (subject.level, subject.name)


def evidence_for(seg: Segment, start: int, end: int) -> Evidence:
    """Evidence for a span of a segment: the first line's page and number, the lines' text."""
    located = seg.locate(start, end)
    if not located:
        line = seg.first_line
        return Evidence(page=line.page, line=line.number, start=0, end=0, text=line.text)
    first_line, a, _ = located[0]
    texts = []
    for line, _, _ in located:
        texts.append(line.text)
    joined = "\n".join(texts)
    last_line, _, b = located[-1]
    end_off = sum(len(t) + 1 for t in texts[:-1]) + b
    return Evidence(page=first_line.page, line=first_line.number, start=a, end=end_off, text=joined)
