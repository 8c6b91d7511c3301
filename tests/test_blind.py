"""The blind set (tests/blind/): reports written from the contract and real phrasings by authors who
had not read the recogniser, with their truth. Prints fact recall/precision, planted mistakes found
and false alarms per register, for the text and for its de-accented form (English-model OCR text).

The floors asserted here are today's measured level (a regression guard), below the issue's aim
(recall 0.97, precision 0.98); the precision-first promise is asserted in full: no warning or error
on a clean report.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

import docparse

sys.path.insert(0, str(Path(__file__).parent))
from blind_score import print_table, tally  # noqa: E402

HERE = Path(__file__).parent
BLIND = HERE / "blind"
CASES = sorted(p for p in BLIND.glob("*.txt"))
# set C: written in session 3 by a helper who read neither the recogniser nor the other sets, and
# measured once before any change was made for it (its figures are the honest measure of generality)
CASES_C = sorted((HERE / "blind_c").glob("*.txt"))
# set D: written in session 4 by a helper who read no code and no other set (tests/blind_d/README.md);
# the honest measure of session 4: only its aggregate figures and its false alarms were looked at
CASES_D = sorted((HERE / "blind_d").glob("*.txt"))
# set E: written in session 5 by a helper who read no code and no other set (tests/blind_e/README.md);
# the honest measure of session 5: only its aggregate figures and its false alarms are looked at
CASES_E = sorted((HERE / "blind_e").glob("*.txt"))
# set F: written in session 6 by a helper who read no code and no other set (tests/blind_f/README.md);
# the honest measure of session 6 (set E became a development set then): only its aggregate figures
# and its false alarms are looked at
CASES_F = sorted((HERE / "blind_f").glob("*.txt"))
# set G: written in session 7 by a helper who read no code, no docs/ and no other set
# (tests/blind_g/README.md); the honest measure of session 7 (set F became a development set then):
# only its aggregate figures and its false alarms are looked at
CASES_G = sorted((HERE / "blind_g").glob("*.txt"))
# set H: written in session 8 by a helper who read no code, no docs/ and no other set
# (tests/blind_h/README.md); the honest measure of session 8 (set G became a development set then):
# only its aggregate figures and its false alarms are looked at
CASES_H = sorted((HERE / "blind_h").glob("*.txt"))
# set I: written in session 9 by a helper who read no code, no docs/ and no other set
# (tests/blind_i/README.md); the honest measure of session 9 (set H became a development set then):
# only its aggregate figures and its false alarms on clean reports are looked at
CASES_I = sorted((HERE / "blind_i").glob("*.txt"))
# set J: written late in session 9 by a helper who read no code and no other set (tests/blind_j/README.md);
# only 12 reports (its writer ran out of time): held out, aggregates only
CASES_J = sorted((HERE / "blind_j").glob("*.txt"))
# set K: written in session 10 by a helper who read no code, no docs/ and no other set
# (tests/blind_k/README.md); the honest measure of session 10: aggregates and clean-report alarms only
CASES_K = sorted((HERE / "blind_k").glob("*.txt"))
# set L: written in session 12 by a helper who read no code, no docs/ but docs/phrasings.md, and no other
# set (tests/blind_l/README.md); 36 reports; the honest measure of session 12: aggregates and the lines of
# clean-report alarms only
CASES_L = sorted((HERE / "blind_l").glob("*.txt"))
# sets M, N, O, P: written in session 14 by helpers who read no code and no other set (their
# README.md); M (north) and O (all regions) are development sets, N (centre and south) and P (all
# regions) held out: aggregates and the count of clean-report alarms only
CASES_M = sorted((HERE / "blind_m").glob("*.txt"))
CASES_N = sorted((HERE / "blind_n").glob("*.txt"))
CASES_O = sorted((HERE / "blind_o").glob("*.txt"))
CASES_P = sorted((HERE / "blind_p").glob("*.txt"))
# sets Q and R: written in session 15 the same way (weekly notices and quarterly reports first, all
# regions); Q a development set, R held out (aggregates only)
CASES_Q = sorted((HERE / "blind_q").glob("*.txt"))
CASES_R = sorted((HERE / "blind_r").glob("*.txt"))


def _measure(tmp_path, deaccent: bool, cases=None):
    table = defaultdict(lambda: defaultdict(int))
    clean_alarms = []
    for txt in (CASES if cases is None else cases):
        truth = json.loads(txt.with_suffix(".truth.json").read_text("utf-8"))
        path = txt
        if deaccent:
            path = tmp_path / txt.name
            path.write_text(_strip(txt.read_text("utf-8")), "utf-8")
        report = docparse.parse(str(path))
        row = table[truth.get("register", "?")]
        _, _, alarms = tally(row, report, truth)
        row["errors"] += sum(f.severity == "error" for f in report.findings)
        if not truth["mistakes"] and alarms:
            clean_alarms.append((txt.name, [(f.code, f.severity, f.message[:120]) for f in alarms]))
    return table, clean_alarms


def _strip(text: str) -> str:
    """Text as an English OCR model writes Vietnamese: the accents gone, case kept."""
    import unicodedata

    out = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


@pytest.mark.skipif(not CASES, reason="no blind set")
def test_blind_set(tmp_path):
    table, clean_alarms = _measure(tmp_path, deaccent=False)
    tot = print_table("blind set", table)
    for name, alarms in clean_alarms:
        print("  false alarm on a clean report:", name, alarms)
    assert tot["docs"] >= 40
    assert not clean_alarms, "a clean report got a warning or an error"
    assert tot["hits"] / tot["truth"] >= FLOOR_RECALL
    assert tot["hits"] / max(1, tot["emitted"]) >= FLOOR_PRECISION


@pytest.mark.skipif(not CASES, reason="no blind set")
def test_blind_set_deaccented(tmp_path):
    table, _ = _measure(tmp_path, deaccent=True)
    tot = print_table("blind set, de-accented (English-model OCR text)", table)
    assert tot["errors"] == 0, "an error finding on de-accented text"
    assert tot["hits"] / tot["truth"] >= FLOOR_RECALL_DEACCENTED


def _held_out(tmp_path, name: str, cases) -> tuple[dict, dict, list]:
    """A held-out set read as written and de-accented: (totals, de-accented totals, clean alarms)."""
    table, clean_alarms = _measure(tmp_path, deaccent=False, cases=cases)
    tot = print_table(f"blind set {name}", table)
    for doc, alarms in clean_alarms:
        print("  false alarm on a clean report:", doc, alarms)
    detab, _ = _measure(tmp_path, deaccent=True, cases=cases)
    de = print_table(f"blind set {name}, de-accented", detab)
    assert de["errors"] == 0, "an error finding on de-accented text"
    return tot, de, clean_alarms


@pytest.mark.skipif(not CASES_C, reason="no blind set C")
def test_blind_set_c(tmp_path):
    tot, _, clean_alarms = _held_out(tmp_path, "C", CASES_C)
    assert tot["docs"] >= 36
    assert tot["hits"] / tot["truth"] >= FLOOR_C_RECALL
    assert tot["hits"] / max(1, tot["emitted"]) >= FLOOR_C_PRECISION
    assert len(clean_alarms) <= FLOOR_C_CLEAN_ALARMS


@pytest.mark.parametrize("name", ["D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R"])
def test_held_out_set(tmp_path, name):
    """Sets D, E, F, G and H (each its session's honest measure): the floors below, read by name."""
    cases = {"D": CASES_D, "E": CASES_E, "F": CASES_F, "G": CASES_G, "H": CASES_H, "I": CASES_I, "J": CASES_J,
             "K": CASES_K, "L": CASES_L, "M": CASES_M, "N": CASES_N, "O": CASES_O, "P": CASES_P,
             "Q": CASES_Q, "R": CASES_R}[name]
    if not cases:
        pytest.skip(f"no blind set {name}")
    floor = lambda what: globals()[f"FLOOR_{name}_{what}"]  # noqa: E731
    tot, de, clean_alarms = _held_out(tmp_path, name, cases)
    assert tot["docs"] >= {"J": 12, "L": 36, "M": 24, "N": 24, "O": 24, "P": 24, "Q": 24, "R": 24}.get(name, 40)
    assert tot["hits"] / tot["truth"] >= floor("RECALL")
    assert tot["hits"] / max(1, tot["emitted"]) >= floor("PRECISION")
    assert tot["found"] >= floor("FOUND")
    assert len(clean_alarms) <= floor("CLEAN_ALARMS"), clean_alarms
    assert de["hits"] / de["truth"] >= floor("RECALL_DEACCENTED")


# Set E, first measurement (2026-12-01 16:35, session 5, main 5f6dcf1 — the session's first merges of
# the ministry helper included — nothing changed for set E): recall 0.626, precision 0.785, planted
# mistakes 11/17, three clean reports with a warning or an error; de-accented 0.603 / 0.758, no error.
# Per register: commune 0.647/0.710, ministry 0.586/0.680, news 0.633/0.816, portal 0.290/0.660,
# quarterly 0.858/0.907, weekly 0.734/0.802. Then only the three false alarms' messages (and the
# lines they name) were read; their causes fixed in general: a news page's one-line paragraphs were
# taken for a double-spaced layer (the title's verb took the body's year), "trả kết quả đúng hạn và
# trước hạn" (two parts joined: their union, in time), a portal's table aligned with spaces not read
# at all ("nothing recognised"). Re-measured 16:50: 0.646 / 0.775, mistakes 9/17 (the portal
# register 3/4 -> 1/4 once its tables are read as tables), one clean report with a warning (a
# ministry body's workload read as resolved); de-accented 0.618 / 0.744, no error.
# End of session 5 (18:00, main 08e68ef, after every helper's recognition work): 0.658 / 0.785,
# mistakes 9/17, one clean report with a warning (the same); de-accented 0.644 / 0.774, no error.
# Per register: commune 0.662/0.714, ministry 0.638/0.725, news 0.714/0.921, portal 0.355/0.585,
# quarterly 0.858/0.907, weekly 0.745/0.814.
# Session 6: set E became a development set (its texts, truths and misses read by three recognition
# helpers, fixes as general constructs with their phrasings as data): end of session 6 (main
# ca4aafd) 0.918 / 0.951, mistakes 16/17, no clean alarm; de-accented 0.908 / 0.943, no error. Per
# register: commune 0.912/0.925, ministry 0.879/0.944, news 0.898/0.978, portal 0.897/0.960,
# quarterly 0.920/0.937, weekly 0.979/0.968. Floors raised to these (a regression guard only: E
# no longer measures generality; set F does).
FLOOR_E_RECALL = 0.91
FLOOR_E_PRECISION = 0.945
FLOOR_E_FOUND = 17
FLOOR_E_CLEAN_ALARMS = 0
FLOOR_E_RECALL_DEACCENTED = 0.90


# Set D, first measurement (2026-12-01 14:04, session 4, main at the merge of s4_11 with the work of
# this session up to then, nothing changed for set D): recall 0.751, precision 0.818, planted mistakes
# 12/16, one clean report with a warning; de-accented 0.722 / 0.786, two errors. Then only the three
# false alarms' messages were read (and the six lines of the one on a clean report); their causes
# were fixed in general: "hồ sơ phải giải quyết" is the workload (received), not the resolved
# count; a short text without a single accent is de-accented text (the 200-letter floor left two
# portal pages out).
# End of session 4 (15:25), after general constructs found on the dev set, sets A/B and C (not on D;
# D's aggregate was used once to choose between two variants of one rule, see the commit of the
# sentence-breakdown openers): 0.809 / 0.865, mistakes 12/16, no warning or error on a clean
# report; de-accented 0.780 / 0.836, no error.
# Session 5 (ministry and news constructs found on dev, A/B, C and the phrasing table; D's aggregate
# run to catch regressions — of its one clean-report alarm only the code and the indicators/levels
# of its facts were read, and the cause fixed in general: 'tiếp nhận mới' is not the whole workload),
# with main's work of the session merged (16:55): 0.853 / 0.910, 12/16, no warning or error on a
# clean report; de-accented 0.815 / 0.871, no error.
# 17:35, with the later ministry/news constructs and main merged: 0.858 / 0.913, 12/16, no warning or
# error on a clean report; de-accented 0.842 / 0.898.
# End of session 6 (main ca4aafd): 0.871 / 0.919, 13/16, no clean alarm; de-accented 0.856 / 0.907.
# session 7, s7-rec-c (general constructs from tests/dev_real): 0.884 / 0.926, de-accented 0.864
FLOOR_D_RECALL = 0.915
FLOOR_D_PRECISION = 0.92
FLOOR_D_RECALL_DEACCENTED = 0.855
FLOOR_D_FOUND = 15
FLOOR_D_CLEAN_ALARMS = 0


# first measurement, 2026-12-01 11:20, before anything was changed for set C: recall 0.647,
# precision 0.762, planted mistakes 7/14, alarms 4 (2 on clean reports); de-accented 0.578 / 0.690,
# no error. The two clean-report alarms were then looked at (their messages only) and their causes
# fixed in general (a spelling "difference" of case only; a 2-level sum on an undated 3-level report).
# 11:35, with the table owner's plain-text table reader in place of a second copy: 0.639 / 0.779.
# 12:00, after general constructs found on the dev set and on sets A/B (not on C): 0.687 / 0.826,
# mistakes 8/14, no clean report with an alarm; de-accented 0.580 / 0.692.
# Session 4 (set C now looked at for constructs as well, so no longer blind): 0.845 / 0.913, 9/14;
# de-accented 0.811 / 0.874.
# Session 5 (quarterly constructs: unit lists in brackets, topics and periods across sentences, with the
# ministry work merged): 0.868 / 0.921, 9/14; de-accented 0.838 / 0.887.
# 16:55, ministry and news constructs and main merged: 0.899 / 0.948, 9/14; de-accented 0.863 / 0.913.
# 17:35: 0.901 / 0.948, 10/14; de-accented 0.884 / 0.933.
# 17:50 (services of a level '310 dịch vụ công trực tuyến mức độ 3', shares in brackets after a base): 0.914 / 0.960,
# 10/14; de-accented 0.897 / 0.946.
# End of session 6 (main ca4aafd): 0.931 / 0.966, 10/14, no clean alarm; de-accented 0.916 / 0.952.
# Session 7 (s7-rec-a's general constructs, nothing tuned to C): 0.933 / 0.968, 10/14; de-accented 0.918 / 0.954.
# session 7, s7-rec-c (general constructs from tests/dev_real): 0.933 / 0.968
FLOOR_C_RECALL = 0.93
FLOOR_C_PRECISION = 0.965
FLOOR_C_CLEAN_ALARMS = 0


# measured 2026-12-01 (end of session 2): recall 0.666, precision 0.782; de-accented recall 0.584.
# Session 3, 12:00: 0.799 / 0.870, mistakes 11/19; de-accented 0.656 / 0.718 — sets A/B have since
# been looked at to find general constructs (disclosed in the closing note): set C is the measure.
# Session 4: 0.904 / 0.940, mistakes 12/19; de-accented 0.854 / 0.918.
# Session 5 (with the ministry work merged): 0.925 / 0.950, 12/19; de-accented 0.871 / 0.924.
# 16:55, ministry and news constructs and main merged: 0.930 / 0.955, 12/19; de-accented 0.876 / 0.930.
# 17:10, more news and ministry wordings: 0.944 / 0.962, 12/19; de-accented 0.890 / 0.937.
# 17:25, quarterly unit lists under a criterion, conclusions: 0.951 / 0.963, 12/19; de-accented 0.897 / 0.938.
# 17:35, with the later ministry/news constructs: 0.951 / 0.963, 12/19; de-accented 0.902 / 0.943.
# End of session 6 (main ca4aafd), sets A/B: 0.954 / 0.964, 13/19; de-accented 0.907 / 0.945.
# Session 7 (s7-rec-a): 0.957 / 0.965, 13/19; de-accented 0.909 / 0.948.
FLOOR_RECALL = 0.955
FLOOR_PRECISION = 0.962
FLOOR_RECALL_DEACCENTED = 0.905

# Set F, first measurement (2026-12-01 19:25, session 6, main 8e3d653 — no recognition change of the
# session merged yet): recall 0.709, precision 0.806, planted mistakes 8/16, one clean report with a
# warning; de-accented 0.699 / 0.794, no error. Per register: commune 0.754/0.912, ministry
# 0.675/0.800, news 0.600/0.794, portal 0.641/0.711, quarterly 0.772/0.863, weekly 0.753/0.770.
# The one alarm read (its message): a ward's header "PHƯỜNG THÀNH VINH" resolved to the commune
# "Xã Thành Vinh" of another province, because among names spelled alike the first listed won over
# the written type (normalize/units._prefer_spelling); fixed, then no clean report with an alarm.
# End of session 6 (main ca4aafd, every helper's recognition merged): 0.726 / 0.823, mistakes 8/16,
# no clean alarm; de-accented 0.720 / 0.814, no error. Per register: commune 0.754/0.912, ministry
# 0.759/0.887, news 0.600/0.794, portal 0.641/0.711, quarterly 0.772/0.863, weekly 0.764/0.782.
# The same work raised E (tuned) 0.658 -> 0.918: what was learned from E carried little to F.
# Session 7, s7-rec-d (figures of named units: an undated text's pre-2025 province, body names to their
# bracket, unit lists after a cue, numbered unit items under a lead-in, unit-name lines of a portal,
# rates referred back to): 0.770 / 0.861, mistakes 8/16, no clean alarm; de-accented 0.768 / 0.857,
# no error; unit-subject facts missed 16 -> 6 of 61, city 64 -> 52 of 193.
# Session 7 (F a development set; helper s7-rec-a, registers weekly / quarterly / commune / ministry,
# general constructs with phrasing cases P7A01-60): 0.827 / 0.895, mistakes 12/16, no clean alarm;
# de-accented 0.819 / 0.884, no error. Per register: commune 0.870/0.938, ministry 0.904/0.974,
# news 0.600/0.794, portal 0.641/0.711, quarterly 0.904/0.963, weekly 0.933/0.922.
# Session 7, s7-rec-b (news and portal pages, the 766 index, online submission and payment: web-page
# datelines, space-grouped thousands, the index by its numbered name and its components in order, a rate's
# x in brackets, online payment's x/y by their words, 'hẹn' for 'hạn', elided table rows, units with their
# figures), main with s7-rec-d merged (2026-12-01 23:56): 0.848 / 0.889, mistakes 9/16, no clean alarm;
# de-accented 0.846 / 0.887, no error. Per register: commune 0.797/0.932, ministry 0.867/0.935, news
# 0.889/0.909, portal 0.880/0.890, quarterly 0.842/0.873, weekly 0.820/0.830.
# s7-rec-b merged with main d52e795 (s7-rec-a and s7-rec-d in): 0.919 / 0.930, mistakes 13/16, no clean
# alarm; de-accented 0.917 / 0.928, no error (main alone: 0.852 / 0.909, 12/16). Per register: commune
# 0.870/0.952, ministry 0.988/0.988, news 0.889/0.909, portal 0.880/0.890, quarterly 0.974/0.965,
# weekly 0.876/0.867.
FLOOR_F_RECALL = 0.915
FLOOR_F_PRECISION = 0.925
FLOOR_F_FOUND = 14
FLOOR_F_CLEAN_ALARMS = 0
FLOOR_F_RECALL_DEACCENTED = 0.91

# Set G, first measurement (2026-12-01 22:39, session 7, main 451e756 = 7b35535 + the set; nothing
# of the session's work merged): recall 0.732, precision 0.801, planted mistakes 8/16, three clean
# reports with a warning or an error; de-accented 0.730 / 0.799, no error. Per register: commune
# 0.913/0.900, ministry 0.826/0.866, news 0.622/0.683, portal 0.505/0.662, quarterly 0.756/0.833,
# weekly 0.797/0.809.
# Then only the three alarms' messages and the lines they name were read; their causes fixed in
# general: a count of villages ("tại 08 thôn") took the online-submission words before it (counter
# nouns of things, mentions.json thing_counters); "khai thác lại dữ liệu đã số hóa" read as
# digitization (the reuse verb with its object is one phrase); a "label | value" row ran into the next
# row, whose x/y then linked to the rate above (a bar row is a line of its own, segments.LABEL_VALUE).
# Re-measured 22:48 (main + these fixes only): 0.737 / 0.806, mistakes 8/16, no clean alarm.
# End of session 7 (main 401d44f, every helper merged; the centre-speaks-of-itself construct and the
# departments-only 'Tổng cộng' as the province's were taken back at their merges because they lowered
# G): 0.774 / 0.831, mistakes 9/16, no clean alarm; de-accented 0.772 / 0.829, no error. Per register:
# commune 0.913/0.913, ministry 0.826/0.855, news 0.733/0.717, portal 0.619/0.800, quarterly
# 0.779/0.848, weekly 0.812/0.812. The same work raised F (the development set) 0.726 -> 0.917: a
# gain on the tuned set of 0.19 carried 0.04 to a fresh author's.
FLOOR_G_RECALL = 0.89
FLOOR_G_PRECISION = 0.915
FLOOR_G_FOUND = 16
FLOOR_G_CLEAN_ALARMS = 0
FLOOR_G_RECALL_DEACCENTED = 0.88

# Set H, first measurement (2026-12-02 01:56, session 8, main d7a0e2b = 2bd7e75 + two TRUTH_FORMAT
# commits + the sets dev_real2 and H; nothing of the session's recognition work merged): recall 0.822,
# precision 0.925, planted mistakes 11/17, two clean reports with a warning or an error (one error);
# de-accented 0.812 / 0.915, 0/17, no error. Per register: commune 0.814/0.906, ministry 0.853/0.935,
# news 0.762/0.941, portal 0.948/0.995, quarterly 0.762/0.871, weekly 0.500/0.702.
# Then only the two alarms' messages and the lines they name were read; their causes fixed in general
# (a listed "total" after its siblings, checks/sums.sibling_total; "nộp tại Bộ phận Một cửa",
# "Tổng hồ sơ", "chuyển sang kỳ sau tiếp tục giải quyết" as data): 0.827 / 0.930, 11/17, no clean alarm.
# Session 9: set H became a development set (its texts, truths and misses read by recognition work).
# s9-rec-a (weekly, quarterly, commune registers): 0.833/0.930 11/17 -> 0.892/0.985 14/17, no clean
# alarm; de-accented 0.879/0.971. Set I (held out) the same time: recall unchanged, 11 -> 12/17.
# s9-rec-b (news, ministry, portal registers; metamorphic rules): 0.918/0.996 14/17; set I unchanged.
FLOOR_H_RECALL = 0.93
FLOOR_H_PRECISION = 0.99
FLOOR_H_FOUND = 16
FLOOR_H_CLEAN_ALARMS = 0
FLOOR_H_RECALL_DEACCENTED = 0.90

# Set I, first measurement (2026-12-02 07:12, session 9, main 95183f1 — nothing of the session's
# recognition work): 1,303 facts (588 of them table cells), recall 0.653, precision 0.886, planted
# mistakes 10/17, one clean report with 7 errors; de-accented 0.649 / 0.881, 0/17, no error. Per
# register: commune 0.894/0.930, ministry 0.815/0.913, news 0.908/0.908, portal 0.448/0.880, quarterly
# 0.672/0.844, weekly 0.663/0.846. Then only the clean report's alarms and the lines they name (a
# portal's "|" table) were read; causes fixed in general (a "|" table typed without outer bars lost
# its first and last columns; a bare "Trong hạn" right of a resolved column is resolved_in_time):
# 0.763 / 0.914, 11/17, no clean alarm (portal 0.739/0.960); de-accented 0.758 / 0.908, no error.
# Session 10, s10-rec-a (prose of weekly notices, ministry, quarterly and commune reports; general
# constructs, cases P10A01-P10A30): 0.868/0.950, 12/17 -> 0.907/0.973, 13/17, no clean alarm;
# de-accented 0.863/0.945 -> 0.903/0.968, no error. Per register: commune 0.933/0.933, ministry
# 0.869/0.948, news 0.908/0.908, portal 0.923/1.000, quarterly 0.975/1.000, weekly 0.789/0.970.
# Floors raised a little below these.
# Session 10 (s10-rec-a prose, then s10-rec-b text-table layouts): 0.907/0.973 -> 0.946/0.983, 13/17,
# de-accented 0.940/0.978.
FLOOR_I_RECALL = 0.945
FLOOR_I_PRECISION = 0.98
FLOOR_I_FOUND = 17
FLOOR_I_CLEAN_ALARMS = 0
FLOOR_I_RECALL_DEACCENTED = 0.935
# Session 9, later: set I became a development set (set J commissioned); its texts, truths and misses
# read by the coordinator, fixes general (text tables' 'GQ', 'online', 'Sớm + đúng', 'TTTT', 'Tổng
# (100)', a count's unit word wrapped to the next line): 0.763/0.914 -> 0.868/0.950, 12/17.

# Set J, first and only measurement (2026-12-02 09:13, session 9, main b140ced, after the session's
# recognition work): 12 reports, 153 facts, recall 0.817, precision 0.833, planted mistakes 6/9, no
# clean-report alarm; de-accented 0.797 / 0.824, no error. Per register (2 reports each): commune
# 0.909/0.909, ministry 0.818/0.818, news 0.941/1.000, portal 0.781/0.781, quarterly 0.882/0.938,
# weekly 0.676/0.676.
FLOOR_J_RECALL = 0.81
FLOOR_J_PRECISION = 0.83
FLOOR_J_FOUND = 6
FLOOR_J_CLEAN_ALARMS = 0
FLOOR_J_RECALL_DEACCENTED = 0.79

# Set K, first measurement (2026-12-02 17:25, session 10, main df130d63: nothing of the session's
# recognition work): 42 reports, 1,287 facts (263 of them cells of 8 text tables), recall 0.831,
# precision 0.932, planted mistakes 9/15, one clean report with an alarm (a balance_mismatch error:
# "N hồ sơ đang giải quyết đã quá hạn" read as all pending dossiers, the bracketed "(tổng số …)" of
# the pending parts unread); de-accented 0.825 / 0.928, no error. Per register: commune 0.876/0.890,
# ministry 0.854/0.934, news 0.906/0.920, portal 0.750/0.994, quarterly 0.735/0.898, weekly
# 0.972/0.983.
# Then, nothing tuned to it (aggregates and the one clean alarm's lines only): the coordinator's
# general fix for that alarm (a total's phrase followed by its part's, a bracketed "(tổng số …)")
# 0.836/0.935, no clean alarm; + s10-rec-a (prose of set I) 0.845/0.945; + s10-rec-b (text-table
# layouts of the development sets) 0.920/0.949; de-accented 0.914/0.945, no error; mistakes 9/15
# throughout.
# Session 11 (main 51fc5fd, nothing read of K but aggregate counts per finding code and the two
# lines of a clean-report alarm an earlier version raised): 0.943 / 0.974, 10/15, no clean alarm;
# de-accented 0.937 / 0.970.
FLOOR_K_RECALL = 0.94
FLOOR_K_PRECISION = 0.97
FLOOR_K_FOUND = 10
FLOOR_K_CLEAN_ALARMS = 0
FLOOR_K_RECALL_DEACCENTED = 0.93


# Set L, first measurement (2026-12-03 08:3x, session 12, main 643af3f: the set merged after the
# session's prose work on development sets A-I and dev_real2, nothing of it tuned to L): 36 reports,
# 883 facts, recall 0.691, precision 0.764, planted mistakes 10/15, one clean report with six errors
# (a feedback portal table read as dossiers: "Tiếp nhận mới" against "Đã xử lý + Đang xử lý");
# de-accented 0.687 / 0.761, no error. Per register: commune 0.965/0.957, ministry 0.926/0.989, news
# 0.525/0.533, portal 0.363/0.471, quarterly 0.771/0.842, weekly 0.930/0.925.
# Then, nothing tuned to it but that alarm's table lines: the table of a report on feedback alone
# counts feedback (0.730 / 0.801, no clean alarm); + s12-typo (numbered list items) 0.736 / 0.807,
# 10/15; de-accented 0.733 / 0.804, no error.
FLOOR_L_RECALL = 0.73
FLOOR_L_PRECISION = 0.80
FLOOR_L_FOUND = 10
FLOOR_L_CLEAN_ALARMS = 0
FLOOR_L_RECALL_DEACCENTED = 0.73  # measured 0.768 / 0.836, 11/15 at the end of session 14

# Sets M, N, O, P (session 14), first measures on the session's first main (08b8bed, nothing tuned to
# them): M 0.852 / 0.857, 3/10, two clean reports with alarms; N 0.874 / 0.939, 5/11, two clean reports
# with alarms; O 0.787 / 0.814, 8/10, none; P 0.817 / 0.898, 3/10, one. M and O then read and their
# misses fixed in general; at the end (984b202): M 0.973 / 0.976, 7/10, none (de-accented 0.962);
# O 0.942 / 0.974, 9/10, none (0.795); held out N 0.883 / 0.948, 6/11, two (0.875); P 0.847 / 0.931,
# 4/10, one (0.838). The clean-report alarms of N and P are floors of today, not the aim (none).
FLOOR_M_RECALL, FLOOR_M_PRECISION, FLOOR_M_FOUND, FLOOR_M_CLEAN_ALARMS, FLOOR_M_RECALL_DEACCENTED = 0.97, 0.97, 7, 0, 0.96
# session 15 end (after the merge of s15-speed): N 0.898 / 0.952, 6/11, two clean reports with alarms (de-accented 0.890);
# O 0.969 / 0.987, 9/10, none (0.821)
FLOOR_N_RECALL, FLOOR_N_PRECISION, FLOOR_N_FOUND, FLOOR_N_CLEAN_ALARMS, FLOOR_N_RECALL_DEACCENTED = 0.89, 0.95, 6, 2, 0.88
FLOOR_O_RECALL, FLOOR_O_PRECISION, FLOOR_O_FOUND, FLOOR_O_CLEAN_ALARMS, FLOOR_O_RECALL_DEACCENTED = 0.96, 0.98, 9, 0, 0.81
FLOOR_P_RECALL, FLOOR_P_PRECISION, FLOOR_P_FOUND, FLOOR_P_CLEAN_ALARMS, FLOOR_P_RECALL_DEACCENTED = 0.84, 0.93, 4, 1, 0.83
# Set R (session 15, held out: 8 weekly notices, 8 quarterly reports, 4 news, 4 portal pages, 23
# provinces, 640 facts, 11 mistakes), first measure on main 9b9ccfb, nothing tuned to it: 0.758 / 0.912,
# 6/11, no clean-report alarm (two alarms in reports with a planted mistake); de-accented 0.741.
# Set Q (session 15, development: 8 weekly notices, 8 quarterly reports, 4 news, 4 portal pages, 13
# provinces, 587 facts, 10 mistakes), first measure on main ce693b0 (after the session's first five
# recognition commits, none tuned to it): 0.821 / 0.883, 6/10, one clean report with two warnings;
# then read and its misses fixed in general (and three truths corrected to TRUTH_FORMAT, its README):
# 0.917 / 0.941, 8/10, no clean-report alarm; de-accented 0.898. At the session's end (65456dc): 0.925 / 0.951,
# 8/10, none; de-accented 0.908.
FLOOR_Q_RECALL, FLOOR_Q_PRECISION, FLOOR_Q_FOUND, FLOOR_Q_CLEAN_ALARMS, FLOOR_Q_RECALL_DEACCENTED = 0.92, 0.95, 8, 0, 0.90
FLOOR_R_RECALL, FLOOR_R_PRECISION, FLOOR_R_FOUND, FLOOR_R_CLEAN_ALARMS, FLOOR_R_RECALL_DEACCENTED = 0.75, 0.91, 6, 0, 0.74

# tests/dev_real (session 7, s7-rec-c): 24 rewrites of real public pages (layout and constructs of one
# real page each, new sentences and numbers, tests/dev_real/README.md), written before any docparse code
# was read. A development set: its texts, truths and misses are read by recognition work. First measure
# (2026-12-01 22:49, main 1027e03, nothing changed for it; truth with the phrasing table's new-only
# convention and every restatement listed): recall 0.509, precision 0.601, planted mistakes 5/9, 12
# warnings/errors that point at no mistake, 4 clean reports with one; de-accented two clean reports with a
# warning, no error.
# After s7-rec-c's general constructs (sums with carried-over / returned parts beside their total, two
# periods of one notice, the workload "lũy kế đã và đang giải quyết", no_report info when figures were
# read, 'có' before a count, a sentence's head level past ';', a district header cut over lines, ...):
# 0.612 / 0.714, 5/9, no alarm (see the latest figures below).
CASES_REAL = sorted((HERE / "dev_real").glob("*.txt"))
# measured 23:50 (s7-rec-c 2fa29b6): 0.669 / 0.749, 5/9, no alarm; de-accented 0.655 / 0.736, no alarm, no error;
# after merging main (00:10, e4132ea): 0.673 / 0.756, 5/9, no alarm; de-accented 0.658 / 0.743 (main alone: 0.534 / 0.630, 12 alarms)
FLOOR_REAL_RECALL = 0.665
FLOOR_REAL_PRECISION = 0.75
FLOOR_REAL_FOUND = 6
FLOOR_REAL_RECALL_DEACCENTED = 0.655


# tests/dev_real2 (session 8): 30 rewrites of real public pages (28 news articles, a portal page, a
# ministry's news), written before any docparse code was read (tests/dev_real2/README.md). A development
# set. First measure (main abe6787, nothing changed for it): recall 0.367, precision 0.442, planted
# mistakes 2/8, four clean reports with a warning (R2_15, R2_19, R2_26, R2_28).
# s8-news: the four alarms' causes fixed in general (short unit-type words 'Q.1', 'TP. Phổ Yên', 'P.Phạm
# Ngũ Lão'; a span of several years is its figures' qualifier; districts written bare in a list of parts;
# an undated news item's district tells its province; counts read make a file one with figures) and the
# truth's subjects corrected by tests/TRUTH_FORMAT.md (README "Truth corrections"): 0.435 / 0.521, no clean alarm.
# Then a body's short name after its full one ('Trung tâm đã giải quyết …', subjects.back_references), 'mới' /
# 'gửi' between a count and its label, 'Số này gồm …': 0.500 / 0.588, 2/8, no clean alarm; de-accented 0.425, no error.
# Then the words for the whole of the one district a news item names ('toàn thành phố', 'cả quận', 'UBND huyện';
# subjects.district_whole_words) and an undated item's one district giving its province: 0.540 / 0.635; de-accented 0.460.
# Then 'X cho biết, …' (the source, clauses.attribution_verbs), 'quá hạn đang xử lý', 'tiếp nhận chậm' (no received
# count), 'tháng 10-2025': 0.550 / 0.651; de-accented 0.470, no error.
# Then 'UBND xã Củ Chi' in a text no commune issues is that commune, and a unit's centre named after it ('UBND xã A
# khánh thành Trung tâm …', '… công phường B') is what 'trung tâm' refers to later: 0.575 / 0.680; de-accented 0.470.
# With main 4b8ca11 merged: 0.585 / 0.680; time leads before a topic ('Sau gần một năm vận hành, tính đến cuối
# tháng 4/2018, Trung tâm …'): 0.590 / 0.686, 2/8, no clean alarm; de-accented 0.470, no error.
# A district joined with its communes is the district; a paragraph's line opened by 'Trong đó' keeps the line
# before's topic: 0.605 / 0.703, 2/8, no clean alarm; de-accented 0.485, no error.
CASES_REAL2 = sorted((HERE / "dev_real2").glob("*.txt"))
FLOOR_REAL2_RECALL = 0.60
FLOOR_REAL2_PRECISION = 0.70
FLOOR_REAL2_FOUND = 5
FLOOR_REAL2_RECALL_DEACCENTED = 0.48


# the real-page rewrite sets: (cases, least number of reports, floor prefix)
REAL_SETS = {"dev_real": (CASES_REAL, 24, "REAL"), "dev_real2": (CASES_REAL2, 30, "REAL2")}


@pytest.mark.parametrize("name", sorted(REAL_SETS))
def test_real_page_rewrites(tmp_path, name):
    """The real-page rewrites (dev_real, dev_real2): floors at today's level, read by name; no warning
    or error on a clean report, as written or de-accented (precision first)."""
    cases, docs, prefix = REAL_SETS[name]
    if not cases:
        pytest.skip(f"no {name} set")
    floor = lambda what: globals()[f"FLOOR_{prefix}_{what}"]  # noqa: E731
    tot, de, clean_alarms = _held_out(tmp_path, name, cases)
    _, de_clean_alarms = _measure(tmp_path, deaccent=True, cases=cases)
    assert tot["docs"] >= docs
    assert not clean_alarms, clean_alarms
    assert not de_clean_alarms, de_clean_alarms
    assert tot["hits"] / tot["truth"] >= floor("RECALL")
    assert tot["hits"] / max(1, tot["emitted"]) >= floor("PRECISION")
    assert tot["found"] >= floor("FOUND")
    assert de["hits"] / de["truth"] >= floor("RECALL_DEACCENTED")
