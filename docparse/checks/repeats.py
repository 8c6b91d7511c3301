"""repeated_value_mismatch: one indicator of one subject stated twice with different values."""
from __future__ import annotations

from ..data import load
from ..models import Fact, Finding, Report
from ..normalize.text import fold
from .common import checkable, document_of, label, make, message, roman, subject_key, subject_text, vn


def restatements(facts, document=None) -> list[tuple[Fact, Fact]]:
    """(first statement, later one) of one indicator of one subject, in document order, within one
    document of the file (``document``: a fact's document, ``common.document_of``). A score
    written with its maximum ("16,12/18 điểm") and without it ("đạt 16,21 điểm") is the same
    figure; two different maxima are two figures.

    >>> from ..models import Evidence, Subject
    >>> mk = lambda i, v, m: Fact(id=i, kind="score", indicator="index_766_publicity", value=v,
    ...     maximum=m, subject=Subject(level="city"), evidence=Evidence(page=1, line=1, text=""))
    >>> [(a.id, b.id) for a, b in restatements([mk("f1", 16.12, 18), mk("f2", 16.21, None), mk("f3", 9, 10)])]
    [('f1', 'f2')]
    """
    out = []
    first: dict = {}
    body: dict = {}  # counts outside a conclusion, whatever their part
    for f in facts:
        if f.value is None or f.kind not in ("rate", "count", "score") or f.indicator == "other":
            continue
        if f.subject.level == "unit" and not f.subject.name:
            continue  # an unresolved name: not sure it is the same unit
        where = roman(f) if f.kind == "count" else ""  # counts may be restated per heading
        doc = document(f) if document is not None else 0
        seen = first.setdefault((doc, f.kind, f.indicator, subject_key(f), f.qualifier, where), [])
        key = (doc, f.indicator, subject_key(f), f.qualifier)
        if f.kind == "count" and f._conclusion and not seen and len({p.value for p in body.get(key, [])}) == 1:
            # "III. ĐÁNH GIÁ CHUNG: ... tiếp nhận 52.300 hồ sơ": the body's one figure, restated
            seen.append(body[key][0])
        if f.kind == "count" and not f._conclusion:
            body.setdefault(key, []).append(f)
        prev = next((p for p in seen if p.maximum is None or f.maximum is None or p.maximum == f.maximum), None)
        if prev is None:
            seen.append(f)
            continue
        if prev.maximum is None and f.maximum is not None:
            seen[seen.index(prev)] = f  # the statement with its maximum stands for the figure
        out.append((prev, f))
    return out


def own_share(f: Fact, by_id: dict) -> bool:
    """A rate read in a breakdown that is the share of a total of its own subject stated outside any
    breakdown ("Toàn tỉnh giải quyết 48.207 hồ sơ; trong đó ... 47.449 hồ sơ, tỷ lệ 98,43%"): its
    subject is that total's, as sure as the total's own (its x/y links name both).

    >>> from ..models import Evidence, Subject
    >>> ev = Evidence(page=1, line=1, text="")
    >>> total = Fact(id="t", kind="count", indicator="resolved_total", value=48207, subject=Subject(level="city"), evidence=ev)
    >>> rate = Fact(id="r", kind="rate", indicator="resolved_on_time", value=98.43, subject=Subject(level="city"), evidence=ev, listed=True)
    >>> rate._links = {"denominator": [("t", "value")]}
    >>> own_share(rate, {"t": total}), own_share(rate, {})
    (True, False)
    """
    if f.kind != "rate" or not f.listed or f.denominator_source == "earlier":  # a block's counts: no structure
        return False
    den = [by_id.get(fid) for fid, _ in f._links.get("denominator", [])]
    return len(den) == 1 and den[0] is not None and not den[0].listed and \
        subject_key(den[0]) == subject_key(f) and den[0].explicit


_RATE_WORDS = tuple(fold(w) for w in load("indicators")["generic_rate_words"])  # data: "tỷ lệ", "tỉ lệ"


def measure_item(f: Fact) -> bool:
    """A list item or field line that names its own measure and no subject ("- Tỷ lệ nộp hồ sơ trực
    tuyến: 71,29%" under "2. Một số chỉ tiêu", of the document's own unit): a restatement of that
    measure, not a breakdown by unit or level, so it is compared like a sentence.

    >>> from ..models import Evidence, Subject
    >>> mk = lambda label, level="self": Fact(id="f", kind="rate", indicator="online_submission", value=71.29,
    ...     subject=Subject(level=level), evidence=Evidence(page=1, line=1, text=""), listed=True, label=label)
    >>> measure_item(mk("- ty le nop ho so truc tuyen")), measure_item(mk("- cap xa")), measure_item(mk("ty le", "unit"))
    (True, False, False)
    """
    label = (f.label or "").lstrip(" -+•–*").strip()
    return f.kind == "rate" and f.explicit and f.subject.level in ("self", "city") and not f.subject.scope \
        and label.startswith(_RATE_WORDS)


def check(report: Report) -> list[Finding]:
    findings = []
    by_id = {f.id: f for f in report.facts}
    values: dict = {}  # a block's values of one measure of one subject
    for f in report.facts:
        if f.value is not None and f.modifier is None:
            values.setdefault((f.kind, f.indicator, subject_key(f), f.qualifier, f.block), set()).add(f.value)
    siblings = set(load("rules")["sibling_parts"] + load("rules")["sibling_shares"])  # data: rules.json
    parted = lambda x: x.indicator in siblings and len(values.get((x.kind, x.indicator, subject_key(x), x.qualifier, x.block), ())) > 1
    for prev, f in restatements(checkable(report.facts), document_of(report)):
        if abs(prev.value - f.value) < 1e-9:
            continue
        msg = message("repeated_value_mismatch", label=label(f), subject=subject_text(f),
                      a=vn(prev.value, prev.decimals), pa=prev.evidence.page, la=prev.evidence.line,
                      b=vn(f.value, f.decimals), pb=f.evidence.page, lb=f.evidence.line)
        # a restatement is told apart from a breakdown only when neither stands in a list or breakdown
        listed = [x for x in (prev, f) if x.listed and not own_share(x, by_id) and not measure_item(x)]
        # "nộp trực tiếp 27,35%, còn lại qua bưu chính công ích 1,25%": a block stating one measure twice
        # with two values gives parts of it (both in person or by post), neither restates the measure
        severity = "info" if (listed or prev.block == f.block or parted(prev) or parted(f)) else "warning"
        findings.append(make("repeated_value_mismatch", severity, msg, [prev, f], stated=f.value,
                             expected=prev.value))
    return findings
