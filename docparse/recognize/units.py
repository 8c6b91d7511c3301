"""Find unit names in text and resolve them: communes via the gazetteer, bodies via the data file."""
from __future__ import annotations

from functools import lru_cache

from .. import fastregex as regex  # the regex module, its compiles cached on disk
from typing import Optional

from ..data import load
from ..models import Subject
from ..normalize.text import fold
from ..normalize.units import Resolution, bodies, find_commune_mentions, gazetteer, resolve_dated
from .catalogue import PhraseMatcher, built_once


@lru_cache(maxsize=1)
def _body_matcher() -> PhraseMatcher:
    def build() -> PhraseMatcher:
        table: dict[str, list[str]] = {}
        for folded, canon in bodies().items():
            table.setdefault(canon, []).append(folded)
        return PhraseMatcher(table)

    return built_once("bodies", build)


_NAMED_BY_PLACE = {fold(n) for n in load("bodies")["named_by_place"]}
# capitalised words after a body's type ("Hải Phòng", "Dung Quất"), no unit prefix among them
_PROPER_TAIL = regex.compile(r"(?:\s+(?!(?:Xã|Phường|Thị|Huyện|Quận|Tỉnh|Thành|Sở|Ban|Bộ|UBND)\b)\p{Lu}[\p{Ll}\p{M}]+){1,3}")


LAST_LEGACY_DAY = "2025-06-30"  # the last day of the list of units before the 2025 reorganisation


class UnitFinder:
    """Unit mentions of a document, resolved once per distinct name."""

    def __init__(self, province: Optional[str], own_unit: Optional[str], uncertain: bool = False,
                 doc_date: Optional[str] = None):
        self.province = province
        self.doc_date = doc_date  # before July 2025, names are resolved in the list then in force
        self.own_unit = own_unit
        self.uncertain = uncertain  # OCR or de-accented text: garbled spellings are expected
        self._cache: dict[tuple[str, str], Resolution] = {}
        self._mentions: dict[str, list] = {}

    def resolve(self, prefix: str, name: str) -> Resolution:
        """Resolve a name; an over-long capture ("KHUC THUA DU CONG" of a merged header line)
        is tried shorter, word by word from the end, keeping the best-scoring reading."""
        key = (fold(prefix), name)  # the written form: accents matter for spelling checks
        if key not in self._cache:
            dated = resolve_dated(prefix, name, self.province, self.doc_date)
            if dated is not None:
                self._cache[key] = dated
                return dated
            words = name.split()
            best = None
            shortest = 1 if (name.isupper() or self.uncertain) else len(words)
            for n in range(len(words), shortest - 1, -1):
                res = gazetteer().resolve_commune(prefix, " ".join(words[:n]), self.province)
                if best is None or (res.name and (not best.name or res.score > best.score)):
                    best = res
                if res.score >= 99:
                    break
            if (best.name is None or best.misspelled) and shortest == len(words) > 1:
                # "xã Đăk Plô Kỳ báo cáo": a capitalised word after the name; a shorter reading
                # counts only when it is the official name exactly
                for n in range(len(words) - 1, 0, -1):
                    res = gazetteer().resolve_commune(prefix, " ".join(words[:n]), self.province)
                    if res.name and res.score >= 99 and not res.misspelled:
                        best = res
                        break
            if best.name is None and self.doc_date is None and not self.uncertain:
                # an undated news item naming a unit of the list before July 2025 ("P.Phạm Ngũ Lão"):
                # that unit, when the name is that list's exactly
                old = resolve_dated(prefix, name, self.province, LAST_LEGACY_DAY)
                if old is not None and old.score >= 100:
                    best = old
            if best.name is None and self.own_unit and self.uncertain and self._near_own(best.raw):
                best = Resolution(best.raw, self.own_unit, None, best.score, self.own_unit, self.province)
            if self.uncertain:
                best.misspelled = False  # de-accented or OCR'd text: a different spelling is expected
            self._cache[key] = best
        return self._cache[key]

    def _near_own(self, raw: str) -> bool:
        from rapidfuzz import fuzz

        own = fold(self.own_unit).split(" ", 1)[-1]
        bare = fold(raw).split(" ", 1)[-1]
        return fuzz.ratio(own, bare) >= 65

    def mentions(self, text: str):
        """(start, end, raw, resolution-or-body-name) for communes and bodies in ``text``; a text read
        again (the report's unit list after recognition) is answered from the first reading."""
        seen = self._mentions.get(text)
        if seen is None:
            seen = self._mentions[text] = self._find_mentions(text)
        return seen

    def _find_mentions(self, text: str):
        out = []
        for start, end, prefix, name in find_commune_mentions(text):
            out.append((start, end, text[start:end], self.resolve(prefix, name)))
        for m in _body_matcher().find(text, fuzzy=self.uncertain):
            end, name = m.end, m.key[0]
            if fold(name) in _NAMED_BY_PLACE:
                tail = _PROPER_TAIL.match(text, m.end)
                if tail:  # "Ban Quản lý Khu kinh tế Hải Phòng": the place is part of the name
                    end = tail.end()
                    name = " ".join(text[m.start:end].split())
            out.append((m.start, end, text[m.start:end], name))
        return sorted(out, key=lambda x: x[0])

    def subjects_in(self, text: str):
        """(start, Subject) for each unit named in ``text``."""
        out = []
        for start, end, raw, res in self.mentions(text):
            if isinstance(res, str):
                out.append((start, Subject(level="unit", name=res, raw=raw)))
                continue
            name = res.name
            if name and self.own_unit and name == self.own_unit:
                out.append((start, Subject(level="self", name=name, raw=raw)))
            else:
                out.append((start, Subject(level="unit", name=name, raw=raw)))
        return out
