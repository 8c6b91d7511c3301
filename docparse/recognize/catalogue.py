"""Phrase matching over folded text, driven by the data catalogue.

>>> m = PhraseMatcher({"received_total": ["tiếp nhận"], "feedback_new": ["tiếp nhận mới"]})
>>> [(x.key, x.text) for x in m.find("tổng số phản ánh tiếp nhận mới: 154")]
[(('feedback_new',), 'tiep nhan moi')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from ..data import load
from ..normalize.text import fold

_WORD = regex.compile(r"[a-z0-9%&]+")
_RUN = regex.compile(r"[a-z0-9]+|[%;]")
_OCR_WORD = regex.compile(r"[^\s,.;:()/\-+•*]+")  # OCR words may hold noise: "i&", "1€", "s6"


_RUNS_CACHE: dict = {}


def _runs_of(target: str) -> tuple[list[tuple[int, int, str]], list[bool]]:
    """The letter-and-digit runs of folded text, and for each whether it joins the run before it
    into one phrase (no "%" or ";" between them). The last text's runs are kept: every matcher of a
    segment read the same few texts.

    >>> _runs_of("ty le: 87%; ho so")[1]
    [False, True, True, False, True]
    """
    got = _RUNS_CACHE.get(target)
    if got is None:
        runs, joined = [], []
        broken = True
        for m in _RUN.finditer(target):
            word = m.group()
            if word in ("%", ";"):
                broken = True
            else:
                runs.append((m.start(), m.end(), word))
                joined.append(not broken)
                broken = False
        if len(_RUNS_CACHE) >= 64:
            _RUNS_CACHE.clear()
        got = _RUNS_CACHE[target] = (runs, joined)
    return got


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: tuple[str, ...]  # every catalogue key this phrase belongs to
    text: str


def phrase_pattern(phrase: str) -> str:
    """A folded phrase as a regex: words in order, any punctuation or spaces between them."""
    words = _WORD.findall(fold(phrase))
    # words of one phrase never stand on both sides of ";" ("tiếp nhận; giải quyết" are two statements)
    return _BEFORE + _phrase_core(words)


_BEFORE = r"(?<![a-z0-9])"


def _phrase_core(words: list[str]) -> str:
    """The phrase's words and its closing boundary; the opening boundary stays outside the
    alternation so that the engine can scan for the phrases' first letters (issue 13)."""
    return r"[^a-z0-9%;]+".join(map(regex.escape, words)) + r"(?![a-z0-9])"


@lru_cache(maxsize=8192)
@lru_cache(maxsize=1)
def _syllable_spellings() -> dict:
    return load("spellings")["syllables"]


def spelling_variants(phrase: str) -> list[str]:
    """The phrase and its spelling in the other orthography ('tỷ lệ' / 'tỉ lệ'; data/spellings.json).

    >>> spelling_variants("tỷ lệ giải quyết đúng hạn"), spelling_variants("tiếp nhận")
    (['tỷ lệ giải quyết đúng hạn', 'tỉ lệ giải quyết đúng hạn'], ['tiếp nhận'])
    """
    table = _syllable_spellings()
    words = phrase.split(" ")
    if not any(w.lower() in table for w in words):
        return [phrase]
    other = " ".join(table.get(w.lower(), w) for w in words)
    return [phrase, other]


def _spelled(text: str) -> str:
    """Words of ``text`` lower-cased with canonical tone marks: 'Công bố  TTHC' -> 'công bố tthc'.

    >>> _spelled("Hoà  thành, TTHC")
    'hòa thành tthc'
    """
    from ..normalize.text import canonical_tones

    return " ".join(regex.findall(r"[\p{L}\p{M}\d%&]+", canonical_tones(text).lower()))


_FOUND_MEMO = 256  # (text, options) answers of ``find`` a matcher keeps before it starts again
_SPELLED_MEMO = 4096  # (phrase, written) answers a matcher keeps before it starts again
FUZZY_MIN_LENGTH = 6  # shorter phrases are matched exactly even in OCR text
FUZZY_CHARS_PER_ERROR = 6  # one edit allowed per this many characters of a phrase
REPLACE_SIMILARITY = 95  # a fuzzy reading may replace much shorter exact ones inside it


def allowed_errors(phrase: str) -> int:
    """Edits tolerated when matching ``phrase`` in OCR text.

    >>> allowed_errors("truc tuyen"), allowed_errors("giai quyet truoc han")
    (1, 3)
    """
    return max(1, len(phrase) // FUZZY_CHARS_PER_ERROR)


_VOWELS = regex.compile(r"[aeiouy]")


def _skeleton(word: str) -> str:
    """Consonants of a folded word, OCR noise dropped: 'rat' and 'rut' -> 'rt'.

    >>> _skeleton("tir"), _skeleton("tu"), _skeleton("chi"), _skeleton("choi")
    ('tr', 't', 'ch', 'ch')
    """
    return "".join(c for c in _VOWELS.sub("", word) if c.isalpha())


class PhraseMatcher:
    """Leftmost-longest matching of many phrases; each phrase maps to one or more keys.

    With ``fuzzy=True`` (OCR or de-accented text) a phrase may also match with a few edits:
    "ty i& ndp ho so tryc tuyen" still names "tỷ lệ nộp hồ sơ trực tuyến"; the closest,
    longest readings win where matches overlap.
    """

    def __init__(self, phrases_by_key: dict[str, list[str]], fuzzy_min_length: int = 0,
                 unions: tuple = (), joiners: tuple = ()):
        self._fuzzy_min = fuzzy_min_length or FUZZY_MIN_LENGTH
        self._unions = [(frozenset(u["parts"]), u["union"]) for u in unions]
        self._joiners = frozenset(" ".join(_WORD.findall(fold(j))) for j in joiners)
        by_phrase: dict[str, list[str]] = {}
        self._accented: dict[str, set] = {}  # folded phrase -> its spellings with accents
        for key, phrases in phrases_by_key.items():
            for p in [v for ph in phrases for v in spelling_variants(ph)]:
                words = " ".join(_WORD.findall(fold(p)))
                by_phrase.setdefault(words, []).append(key)
                self._accented.setdefault(words, set()).add(_spelled(p))
        self._keys = by_phrase
        self._spelled_memo: dict = {}
        ordered = sorted(by_phrase, key=len, reverse=True)
        self._names = {f"p{i}": ph for i, ph in enumerate(ordered)}
        # Exact matching walks a word trie over the text's letter-and-digit runs: a phrase matches where
        # its words are consecutive runs of the text with no "%" or ";" between them, which is what the
        # alternation of ``_phrase_core`` patterns says; at each run the phrase first in ``ordered``
        # (longest) wins, as in the alternation. No regex to compile, no position tried in vain
        # (issue 13). A phrase with "%" or "&" in a word falls back to the alternation.
        self._trie: dict = {}
        self._by_regex = any(not w.isalnum() for ph in ordered for w in ph.split())
        for i, ph in enumerate(ordered):
            node = self._trie
            for w in ph.split():
                node = node.setdefault(w, {})
            node.setdefault(None, i)
        self._rx_built = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_spelled_memo"] = {}  # answers for the texts read so far are no part of the matcher
        state.pop("_found_memo", None)
        state.pop("_fuzzy_arrays", None)  # numpy's: made again on first use (a read-back copy imports no numpy)
        return state

    @property
    def _rx(self):
        """The whole alternation (for overlapped fuzzy matching), built on first use."""
        if self._rx_built is None and self._names:
            body = "|".join(f"(?P<{name}>{_phrase_core(ph.split())})" for name, ph in self._names.items())
            self._rx_built = regex.compile(_BEFORE + "(?:" + body + ")")
        return self._rx_built

    def _exact(self, target: str) -> list[tuple[int, int, str]]:
        """(start, end, group name) of the leftmost-longest exact matches."""
        if self._by_regex:
            return [(m.start(), m.end(), m.lastgroup) for m in self._rx.finditer(target)]
        runs, joined = _runs_of(target)
        trie = self._trie
        out = []
        i, n = 0, len(runs)
        while i < n:
            node = trie.get(runs[i][2])
            if node is None:
                i += 1
                continue
            best, last = _walk(node, i, runs, joined)
            if best is None:
                i += 1
                continue
            out.append((runs[i][0], runs[last][1], f"p{best}"))
            i = last + 1
        return out

    def _exact_overlapped(self, target: str) -> list[tuple[int, int, str]]:
        """(start, end, group name) of the alternation's overlapped matches: at each run where a
        phrase begins, the first phrase of ``ordered`` (longest) that matches there — what
        ``_rx.finditer(target, overlapped=True)`` gives, by the word trie (the alternation tried at
        every character was a sixth of an OCR'd page's fuzzy pass; issue 13).

        >>> m = PhraseMatcher({"a": ["tiếp nhận"], "b": ["nhận mới"], "c": ["tiếp nhận mới"]})
        >>> [(s, e, m._names[g]) for s, e, g in m._exact_overlapped("tiep nhan moi; nhan moi")]
        [(0, 13, 'tiep nhan moi'), (5, 13, 'nhan moi'), (15, 23, 'nhan moi')]
        """
        if self._by_regex:
            return [(m.start(), m.end(), m.lastgroup) for m in self._rx.finditer(target, overlapped=True)]
        runs, joined = _runs_of(target)
        trie = self._trie
        out = []
        n = len(runs)
        for i in range(n):
            node = trie.get(runs[i][2])
            if node is None:
                continue
            best, last = _walk(node, i, runs, joined)
            if best is not None:
                out.append((runs[i][0], runs[last][1], f"p{best}"))
        return out

    def find(self, text: str, folded: bool = False, fuzzy: bool = False,
             original: str | None = None) -> list[Match]:
        """Matches in ``text``; with ``original`` (the same text with its accents, same offsets) a
        match whose accents disagree with every spelling of its phrase is dropped: "công bố TTHC"
        folds to "bo tthc" but is no "bộ TTHC".

        >>> m = PhraseMatcher({"procedures_total": ["bộ tthc"]})
        >>> len(m.find("cong bo tthc", folded=True, original="công bố TTHC")), len(m.find("bo tthc", folded=True))
        (0, 1)
        """
        if not self._names:
            return []
        # the same text is asked of a matcher several times a segment (a segment's subjects, its lead,
        # its labels: half the calls of a long report repeat one; issue 13): the answer is kept
        memo = self.__dict__.get("_found_memo")
        if memo is None:
            memo = self._found_memo = {}
        key = (text, folded, fuzzy, original)
        got = memo.get(key)
        if got is None:
            if len(memo) >= _FOUND_MEMO:
                memo.clear()
            got = memo[key] = tuple(self._find(text, folded, fuzzy, original))
        return list(got)

    def _find(self, text: str, folded: bool, fuzzy: bool, original: str | None) -> list[Match]:
        target = text if folded else fold(text)
        out = []
        for start, end, name in self._exact(target):
            phrase = self._names[name]
            if original is not None and not self._spelled_as(phrase, original[start:end]):
                continue
            out.append(Match(start, end, tuple(self._keys[phrase]), target[start:end]))
        if fuzzy:
            out = self._with_fuzzy(target, out)
        if self._unions and len(out) > 1:
            out = self._coordinated(target, out)
        return out

    def _coordinated(self, target: str, found: list[Match]) -> list[Match]:
        """Two parts joined by a joiner and nothing else as one match of their union.

        >>> m = PhraseMatcher({"resolved_early": ["trước hạn"], "resolved_on_time": ["trả kết quả đúng hạn"],
        ...                    "resolved_in_time": []},
        ...                   unions=({"parts": ["resolved_early", "resolved_on_time"], "union": "resolved_in_time"},),
        ...                   joiners=("và",))
        >>> [x.key for x in m.find("trả kết quả đúng hạn và trước hạn 48.031 hồ sơ")]
        [('resolved_in_time',)]
        >>> [x.key for x in m.find("trước hạn 120 hồ sơ và trả kết quả đúng hạn 30 hồ sơ")]
        [('resolved_early',), ('resolved_on_time',)]
        """
        found = sorted(found, key=lambda x: x.start)
        out = [found[0]]
        for m in found[1:]:
            prev = out[-1]
            gap = " ".join(_WORD.findall(target[prev.end:m.start]))
            punct = target[prev.end:m.start].strip()
            if prev.end <= m.start and (gap in self._joiners or (not gap and punct in self._joiners)):
                keys = {prev.key[0], m.key[0]}
                union = next((u for parts, u in self._unions if keys == parts), None)
                if union is not None:
                    out[-1] = Match(prev.start, m.end, (union,), target[prev.start:m.end])
                    continue
            out.append(m)
        return out

    def _spelled_as(self, phrase: str, written: str) -> bool:
        """Whether ``written`` (accents kept) is a spelling of ``phrase``; text without accents (old
        OCR, de-accented) can tell nothing and passes. A phrase is written the same few ways all
        through a document: the answers are kept per matcher (a pure function of the two strings;
        issue 13, a sixteenth of the 200-page time went to recomputing them).
        """
        key = (phrase, written)
        got = self._spelled_memo.get(key)
        if got is None:
            if len(self._spelled_memo) >= _SPELLED_MEMO:
                self._spelled_memo.clear()
            got = self._spelled_memo[key] = self._spelled_as_uncached(phrase, written)
        return got

    def _spelled_as_uncached(self, phrase: str, written: str) -> bool:
        spelled = _spelled(written)
        if spelled == fold(spelled):
            return True
        if not any(ch.isdigit() for ch in phrase):
            # "từ năm 2021 chuyển sang": a masked date between a phrase's words is none of its words
            spelled = " ".join(w for w in spelled.split() if not w.isdigit())
        return spelled in self._accented[phrase]

    def _short_readings(self, tokens, target: str) -> list:
        """Short phrases ("rút", "từ chối") read with their vowels garbled ("rat", "tir chi"):
        the consonants must agree word by word, each word starting with the same letter; words of
        the catalogue's own phrases are read as written.

        >>> m = PhraseMatcher({"received_carried_over": ["tồn"], "_neutral": ["trong tuần"]})
        >>> [x.key for x in m.find("ton 12 ho so", fuzzy=True)], [x.key for x in m.find("tuan 12", fuzzy=True)]
        ([('received_carried_over',)], [])
        """
        out = []
        vocab = self._vocabulary()
        for n, phrases in self._short.items():
            if n > 2 or self._fuzzy_min > FUZZY_MIN_LENGTH:  # not for subject words
                continue
            for i in range(len(tokens) - n + 1):
                words = [t[2] for t in tokens[i:i + n]]
                if all(w in vocab for w in words):
                    continue  # words read right ("tuan", a week, de-accented) are no garbled "tồn"
                for phrase in phrases:
                    ends = phrase.split()
                    if len(phrase) >= 3 and all(w[0] == e[0] and _skeleton(w) == _skeleton(e)
                                                for w, e in zip(words, ends)) and words != ends:
                        start, end = tokens[i][0], tokens[i + n - 1][1]
                        out.append((-(end - start) * 0.8, Match(start, end, tuple(self._keys[phrase]),
                                                                target[start:end]), 80.0))
        return out

    @staticmethod
    def _may_replace(longer: Match, similarity: float, contained: list[Match]) -> bool:
        """A near-exact longer reading may replace exact ones inside it when those are only shields
        ("thẩm quyền giải quyết" inside "tổng số TTHC thuộc thẩm quyền giải quyết") or much
        shorter ("trực tuyến" inside "đã cung cấp dịch vụ công trực tuyến toàn trình")."""
        if all("_neutral" in c.key for c in contained):
            return True
        width = longer.end - longer.start
        return similarity >= REPLACE_SIMILARITY and all(2 * (c.end - c.start) <= width for c in contained)

    def _vocabulary(self) -> set[str]:
        """Every word of the phrases, and of the catalogue's counts and rates: a word of text that is
        one of them was read right, so a fuzzy reading may not change it into another ("đã" is no
        misread "của": "Trung tâm … công đã thực hiện" is no "Trung tâm … công của tỉnh").

        >>> m = PhraseMatcher({"departments": ["trung tâm phục vụ hành chính công của tỉnh"]})
        >>> m.find("trung tam phuc vu hanh chinh cong da thuc hien", folded=True, fuzzy=True)
        []
        >>> [x.key for x in m.find("trung tam phuc vu hanh chinh c6ng cua tinh", folded=True, fuzzy=True)]
        [('departments',)]
        """
        if not hasattr(self, "_vocab"):
            self._vocab = {w for phrase in self._names.values() for w in phrase.split()} | _catalogue_words()
        return self._vocab

    def _phrases_by_length(self) -> dict[int, list[str]]:
        if not hasattr(self, "_by_len"):
            self._by_len: dict[int, list[str]] = {}
            self._short: dict[int, list[str]] = {}
            for phrase in self._names.values():
                table = self._by_len if len(phrase) >= self._fuzzy_min else self._short
                table.setdefault(len(phrase.split()), []).append(phrase)
        return self._by_len

    def _fuzzy_plan(self) -> dict[int, list[tuple]]:
        """For each word count, its phrases with what the fuzzy pass needs of each, worked out once
        per matcher instead of once per phrase and segment (issue 13): the phrase, its score cutoff,
        its words and its keys."""
        plan = self.__dict__.get("_fuzzy_rows")
        if plan is None:
            plan = {n: [(phrase, 100 * (1 - allowed_errors(phrase) / len(phrase)) - 0.01,  # float slack
                         phrase.split(), tuple(self._keys[phrase])) for phrase in phrases]
                    for n, phrases in self._phrases_by_length().items()}
            self._fuzzy_rows = plan
        return plan

    def _with_fuzzy(self, target: str, exact: list[Match]) -> list[Match]:
        """Add phrases read with a few wrong letters, comparing word windows of the same length."""
        from rapidfuzz import fuzz
        from rapidfuzz.distance import Levenshtein

        tokens = [(m.start(), m.end(), m.group()) for m in _OCR_WORD.finditer(target)]
        # exact readings first (all of them, overlapping too), longest first; then fuzzy readings by
        # the characters they explain (length × similarity). A fuzzy reading never cuts into an exact
        # one; it may replace exact readings it wholly contains ("tiếp nhận" in "tiếp nhận m6i").
        exact = [Match(start, end, tuple(self._keys[self._names[name]]), target[start:end])
                 for start, end, name in self._exact_overlapped(target)]
        chosen: list[Match] = []
        for m in sorted(exact, key=lambda m: -(m.end - m.start)):
            if all(m.end <= c.start or m.start >= c.end for c in chosen):
                chosen.append(m)
        exact_set = set(chosen)
        candidates = []
        words_of = [t[2] for t in tokens]  # a token holds no space: a window's words are its tokens
        vocabulary = self._vocabulary()
        ratio = fuzz.ratio
        extends: dict = {}  # fuzzy reading -> [(its first token, the words of a phrase it reads)]
        arrays = self.__dict__.get("_fuzzy_arrays")
        if arrays is None:
            arrays = self._fuzzy_arrays = {}
        for n, rows in self._fuzzy_plan().items():
            if len(tokens) < n:
                continue
            windows = [" ".join(words_of[i:i + n]) for i in range(len(tokens) - n + 1)]
            prepared = arrays.get(n)
            if prepared is None:
                prepared = arrays[n] = _fuzzy_prepared(rows)
            for k, hits in _fuzzy_hits(rows, windows, prepared).items():
                phrase, cutoff, ends, keys = rows[k]
                for score, i in hits:
                    if score >= 100:
                        continue  # exact readings are already there
                    words = words_of[i:i + n]
                    if ratio(words[0], ends[0]) < 50 or ratio(words[-1], ends[-1]) < 50:
                        continue  # a reading must agree with the phrase at both ends
                    if any(w != p and w in vocabulary and Levenshtein.distance(w, p) > 1
                           for w, p in zip(words, ends)):
                        # "giai quyet dung han" is no misread "giai quyet tre han": a real word far from
                        # the phrase's differs (a one-letter slip, "tir chi" for "tu choi", may be OCR's)
                        continue
                    start, end = tokens[i][0], tokens[i + n - 1][1]
                    match = Match(start, end, keys, target[start:end])
                    candidates.append((-(end - start) * score / 100, match, score))
                    extends.setdefault(match, []).append((i, ends))
        candidates += [(w, m, sim) for w, m, sim in self._short_readings(tokens, target)]
        starts = {t[0]: k for k, t in enumerate(tokens)} | {-t[1]: k for k, t in enumerate(tokens) if t[1]}
        for _, m, similarity in sorted(candidates, key=lambda c: c[0]):
            overlapping = [c for c in chosen if not (m.end <= c.start or m.start >= c.end)]
            if not overlapping or (all(c in exact_set and m.start <= c.start and c.end <= m.end
                                       for c in overlapping)
                                   and (self._may_replace(m, similarity, overlapping)
                                        or any(_extends_exact(r, overlapping, starts, words_of, vocabulary)
                                               for r in extends.get(m, ())))):
                chosen = [c for c in chosen if c not in overlapping] + [m]
        return sorted(chosen, key=lambda m: m.start)


def _fuzzy_prepared(rows: list[tuple]) -> tuple:
    """What ``_fuzzy_hits`` needs of a fuzzy plan's rows, made once per matcher and word count (it
    was made again for every segment: a fifth of the fuzzy pass's own time; issue 13): the phrases,
    their cutoffs as a column and the lowest.

    >>> phrases, column, low = _fuzzy_prepared([("tiep nhan", 88.0), ("giai quyet", 80.0)])
    >>> phrases, column.ravel().tolist(), low
    (['tiep nhan', 'giai quyet'], [88.0, 80.0], 80.0)
    """
    import numpy

    cutoffs = numpy.array([r[1] for r in rows], dtype=numpy.float64)
    return [r[0] for r in rows], cutoffs[:, None], float(cutoffs.min())


def _fuzzy_hits(rows: list[tuple], windows: list[str], prepared: tuple | None = None) -> dict[int, list[tuple[float, int]]]:
    """For each row (phrase, cutoff, ...) of a fuzzy plan that has any, by its index, in the rows'
    order (most rows have none: the reading loops over those only), the (score, window index) of the windows
    whose ``fuzz.ratio`` with the phrase reaches its cutoff, best first, ties by index: what
    ``process.extract(phrase, windows, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)`` gives,
    for every phrase in one ``process.cdist`` call (one ``extract`` a phrase and segment was most
    of the time of an OCR'd text; issue 13).

    >>> rows = [("tiep nhan", 88.0), ("giai quyet", 80.0)]
    >>> _fuzzy_hits(rows, ["tlep nhan", "tiep nhan", "giai quyet", "gioi quyet"])
    {0: [(100.0, 1), (88.88888888888889, 0)], 1: [(100.0, 2), (90.0, 3)]}
    >>> _fuzzy_hits(rows, ["tiep nhan", "ho so"])
    {0: [(100.0, 0)]}
    """
    import numpy
    from rapidfuzz import fuzz, process

    phrases, column, low = prepared if prepared is not None else _fuzzy_prepared(rows)
    scores = process.cdist(phrases, windows, scorer=fuzz.ratio, score_cutoff=low, dtype=numpy.float64)
    out: dict[int, list[tuple[float, int]]] = {}
    ks, idx = numpy.nonzero(scores >= column)  # row by row, in order
    if len(ks):
        for k, i, score in zip(ks.tolist(), idx.tolist(), scores[ks, idx].tolist()):
            got = out.get(k)
            if got is None:
                got = out[k] = []
            got.append((score, i))
        for hits in out.values():
            if len(hits) > 1:
                hits.sort(key=lambda h: (-h[0], h[1]))
    return out


def _word_slip(written: str, word: str, vocabulary) -> bool:
    """Whether ``written`` may be OCR's reading of the phrase word ``word``: the same word, a word of
    no phrase within a few edits ("trudce" for "truoc", "tir" for "tu"), or a phrase word with the
    same consonants ("dang" for "dung": a vowel's marks misread).

    >>> v = {"dang", "dung", "truoc", "moi", "mot", "do", "da"}
    >>> _word_slip("trudce", "truoc", v), _word_slip("dang", "dung", v), _word_slip("mot", "moi", v)
    (True, True, False)
    >>> _word_slip("do", "da", v)
    False
    """
    from rapidfuzz.distance import Levenshtein

    if written == word:
        return True
    if written in vocabulary:
        # a real word of two or three letters is read right ("đó" is no misread "đã")
        return len(word) >= 4 and _skeleton(written) == _skeleton(word) and Levenshtein.distance(written, word) <= 1
    return written[:1] == word[:1] and Levenshtein.distance(written, word) <= max(2, len(word) // 2)


def _extends_exact(reading, contained, starts: dict, words: list, vocabulary) -> bool:
    """Whether a fuzzy reading (its first token and its phrase's words) extends the exact readings it
    contains with garbled words of its own: each exact reading is the phrase's own words at the same
    place ("giai quyet" of "giai quyet truoc han" in "giai quyet trudce han"), and every other word
    of the window is an OCR slip of the phrase's word there (``_word_slip``).

    >>> v = {"giai", "quyet", "truoc", "han", "qua"}
    >>> ws = ["giai", "quyet", "trudce", "han"]
    >>> c = [Match(0, 10, ("resolved_total",), "giai quyet")]
    >>> at = {0: 0, 5: 1, 11: 2, 18: 3, -4: 0, -10: 1, -17: 2, -21: 3}
    >>> _extends_exact((0, ["giai", "quyet", "truoc", "han"]), c, at, ws, v)
    True
    >>> _extends_exact((0, ["giai", "quyet", "truoc", "han"]), c, at, ["giai", "quyet", "qua", "han"], v)
    False
    """
    if reading is None:
        return False
    first, ends = reading
    for c in contained:
        j = starts.get(c.start)
        if j is None:
            return False
        k = starts.get(-c.end)  # a token's end is kept negated beside the starts
        if k is None:
            return False
        if ends[j - first:k - first + 1] != words[j:k + 1]:
            return False
    return all(_word_slip(w, e, vocabulary) for w, e in zip(words[first:first + len(ends)], ends))


@lru_cache(maxsize=1)
def _catalogue_words() -> frozenset:
    """The words of the count and rate phrases (folded), and of the words that rank or pick units
    out ("thấp nhất", "có tỷ lệ cao": data/clauses.json superlatives, unit_list_cues), so that "tỷ lệ
    thấp nhất" is never a misread "tỷ lệ cập nhật".

    >>> m = PhraseMatcher({"system_update": ["tỷ lệ cập nhật"]})
    >>> m.find("cac dia phuong co ty le thap nhat", folded=True, fuzzy=True)
    []
    >>> [x.key for x in m.find("ty le cap nhal", folded=True, fuzzy=True)]
    [('system_update',)]
    """
    cat = indicators()
    phrases = [p for group in ("counts", "rates") for v in cat[group].values() for p in v["phrases"]]
    clauses = load("clauses")
    phrases += clauses["superlatives"] + clauses["unit_list_cues"]
    return frozenset(w for p in phrases for w in _WORD.findall(fold(p)))


@lru_cache(maxsize=None)
def indicators() -> dict:
    return load("indicators")


@lru_cache(maxsize=1)
def _catalogue_key() -> str:
    """A hash of what a matcher can be built from: the recognisers' and normalisers' code (the
    matcher class, folding, the tables' builders) and every data file."""
    from pathlib import Path

    from ..cache import fingerprint

    here = Path(__file__).resolve().parent
    package = here.parent
    return fingerprint(sorted(here.glob("*.py")) + sorted((package / "normalize").glob("*.py"))
                       + sorted((package / "data").glob("*.json")))


def built_once(name: str, build) -> PhraseMatcher:
    """The matcher ``build()`` makes, from the disk cache when it holds one built from the same
    code and data (a fresh ``docparse check`` reads it instead of folding every phrase; issue 13)."""
    from ..cache import cached

    return cached(f"matcher-{name}", _catalogue_key(), build)


def with_variants(phrases: list[str], variants: dict) -> list[str]:
    """The phrases, and each again with a word (or words) replaced by its variants (data:
    word_variants), one variant at a time.

    >>> with_variants(["tỷ lệ đúng hạn", "tiếp nhận"], {"hạn": ["hẹn"]})
    ['tỷ lệ đúng hạn', 'tiếp nhận', 'tỷ lệ đúng hẹn']
    >>> with_variants(["hồ sơ trực tuyến"], {"hồ sơ": ["HS"], "trực tuyến": ["qua mạng"]})
    ['hồ sơ trực tuyến', 'HS trực tuyến', 'hồ sơ qua mạng']
    """
    out = list(phrases)
    seen = set(out)
    for p in phrases:
        padded = f" {' '.join(p.split())} "
        for w, alts in variants.items():
            if w.startswith("_") or f" {w} " not in padded:
                continue
            for alt in alts:
                v = padded.replace(f" {w} ", f" {alt} ").strip()
                if v not in seen:
                    seen.add(v)
                    out.append(v)
    return out


def unambiguous_variants(table: dict, originals: dict) -> dict:
    """The phrase table with each key's variant phrases, less those that another key lists as its
    own phrase: a variant never makes a phrase ambiguous that the catalogue keeps to one key (bare
    "trễ hạn" is resolved_late's; pending_late's "quá hạn" does not make it pending too).

    >>> unambiguous_variants({"a": ["quá hạn", "trễ hạn"], "b": ["trễ hạn", "x"]}, {"a": ["quá hạn"], "b": ["trễ hạn", "x"]})
    {'a': ['quá hạn'], 'b': ['trễ hạn', 'x']}
    """
    owner: dict = {}
    for k, phrases in originals.items():
        for p in phrases:
            owner.setdefault(p, set()).add(k)
    return {k: [p for p in v if p in originals.get(k, ()) or not (owner.get(p, set()) - {k})] for k, v in table.items()}


def _table(name: str) -> tuple[dict, dict]:
    """The phrases (key -> phrases) of a named matcher, and its options."""
    cat = indicators()
    variants = cat.get("word_variants", {})
    if name == "rates":
        own = {k: v["phrases"] for k, v in cat["rates"].items()}
        return unambiguous_variants({k: with_variants(v, variants) for k, v in own.items()}, own), {}
    if name in ("counts", "header_counts"):  # a table's column headers read the header-only words too
        own = {k: v["phrases"] + (v.get("header_phrases", []) if name == "header_counts" else [])
               for k, v in cat["counts"].items()}
        table = unambiguous_variants({k: with_variants(v, variants) for k, v in own.items()}, own)
        table["_neutral"] = cat["neutral_phrases"]
        co = cat["coordinated"]
        return table, {"unions": tuple(co["unions"]), "joiners": tuple(co["joiners"])}
    if name == "scores":
        return {k: with_variants(v["phrases"], variants) for k, v in cat["scores"].items()}, {}
    if name == "qualifiers":
        return {q: [q] for q in cat["qualifiers"]}, {}
    if name == "generic_rate":
        return {"rate": cat["generic_rate_words"]}, {}
    if name == "not_met":
        return {"not_met": cat["not_met_words"], "met": cat["met_words"]}, {}
    if name == "platforms":  # "hệ thống giải quyết TTHC của": the place after it owns the system
        subjects = load("subjects")
        return ({"platform": [f"{w} {link}" for w in subjects["platform_words"] for link in subjects["platform_links"]]},
                {"fuzzy_min_length": 12})
    if name == "subjects":
        subjects = load("subjects")
        # only long subject phrases are read fuzzily: "toàn trình" is one edit from "toàn tỉnh"
        return ({lvl: subjects[lvl] for lvl in ("city", "departments", "communes", "districts", "national", "self")},
                {"fuzzy_min_length": 12})
    raise KeyError(name)


@lru_cache(maxsize=None)
def matcher(name: str) -> PhraseMatcher:
    """Named matchers built once from the catalogue (and kept in the disk cache)."""
    def build() -> PhraseMatcher:
        table, options = _table(name)
        return PhraseMatcher(table, **options)

    return built_once(name, build)


MIN_ALIAS_COVER = 0.7  # the phrase an expansion names must cover this share of its letters


@lru_cache(maxsize=64)
def matcher_with(name: str, aliases: tuple[tuple[str, str], ...]) -> PhraseMatcher:
    """A named matcher that also knows a document's own abbreviations (normalize/abbreviations.py):
    each abbreviation names what the longest phrase of its expansion names, when that phrase
    covers most of the expansion.

    >>> m = matcher_with("scores", (("TĐ", "tiến độ giải quyết"), ("XX", "không gì cả")))
    >>> [x.key for x in m.find("TĐ 19,35; XX 3", original="TĐ 19,35; XX 3")]
    [('index_766_progress',)]
    """
    if not aliases:
        return matcher(name)
    base = matcher(name)
    table, options = _table(name)
    table = {k: list(v) for k, v in table.items()}
    added = False
    for abbr, expansion in aliases:
        folded = fold(expansion)
        letters = len(regex.sub(r"[^a-z0-9]", "", folded)) or 1
        found = [m for m in base.find(folded, folded=True) if "_neutral" not in m.key]
        if not found:
            continue
        best = max(found, key=lambda m: m.end - m.start)
        if len(regex.sub(r"[^a-z0-9]", "", best.text)) / letters < MIN_ALIAS_COVER:
            continue
        for key in dict.fromkeys(best.key):
            table.setdefault(key, []).append(abbr)
            added = True
    if not added:  # no abbreviation names a phrase of this matcher ("TTHC" names no rate): the same matcher
        return base
    return PhraseMatcher(table, **options)


def _walk(node: dict, i: int, runs: list, joined: list) -> tuple:
    """(index of the first phrase in the matcher's order, last run) of the phrases of the word trie
    ``node`` (reached by run ``i``) that the runs from ``i`` spell, joined; (None, i) when none ends.

    >>> trie = {"tiep": {"nhan": {None: 1, "moi": {None: 0}}}}
    >>> runs = [(0, 4, "tiep"), (5, 9, "nhan"), (10, 13, "moi")]
    >>> _walk(trie["tiep"], 0, runs, [True, True, True])
    (0, 2)
    >>> _walk(trie["tiep"], 0, runs, [True, True, False])
    (1, 1)
    """
    best, last, j, n = None, i, i, len(runs)
    while True:
        idx = node.get(None)
        if idx is not None and (best is None or idx < best):
            best, last = idx, j
        j += 1
        if j >= n or not joined[j]:
            break
        node = node.get(runs[j][2])
        if node is None:
            break
    return best, last
