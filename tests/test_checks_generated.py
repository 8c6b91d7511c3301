"""Generated reports with planted mistakes: every mistake found, nothing on clean reports (issue 3)."""
from collections import Counter

from corpus.generate import MISTAKES, make_report

from conftest import analyse_text

REPORTS_PER_CODE = 16
CLEAN_REPORTS = 60


def test_every_planted_mistake_is_found_and_clean_reports_pass():
    found, planted, clean_flagged = Counter(), Counter(), []
    for code in MISTAKES:
        for i in range(REPORTS_PER_CODE):
            text, truth = make_report(10_000 + i * 31 + MISTAKES.index(code), code)
            assert truth["planted"] == [code]
            codes = {f.code for f in analyse_text(text).findings}
            planted[code] += 1
            found[code] += code in codes
    for i in range(CLEAN_REPORTS):
        text, truth = make_report(50_000 + i, None)
        bad = [f for f in analyse_text(text).findings if f.severity in ("error", "warning")]
        if bad:
            clean_flagged.append((i, [(f.code, f.message) for f in bad]))
    total = sum(planted.values()) + CLEAN_REPORTS
    print(f"\n{total} generated reports ({CLEAN_REPORTS} clean)")
    for code in MISTAKES:
        print(f"  {code:26s} recall {found[code] / planted[code]:.2f} ({found[code]}/{planted[code]})")
    print(f"  clean reports with an error or warning: {len(clean_flagged)}")
    assert total >= 200
    assert all(found[c] == planted[c] for c in MISTAKES), {c: (found[c], planted[c]) for c in MISTAKES}
    assert clean_flagged == []
