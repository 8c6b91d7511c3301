"""The typo search on the blind typo set (tests/blind_typo/, written by a session that did not read
the search; issue 16). Scored with tests/typo_score.py: a determined slip must be named alone with
its corrected value; an undetermined one must never be named as one wrong figure; a clean report
gets no correction named or listed.

Measured 2026-12-01, first run, nothing tuned after it: determined 9 of 19 named right (0.47 — below
the issue's 0.90), the other 10 said as ambiguity (8; the planted figure among the candidates in
2), "no single correction fits" (1) or nothing (1); undetermined 6: ambiguity said in 4 (the planted
figure listed in 2), nothing in 2; clean 7: nothing named or listed; no wrong single figure at all.
The misses are mostly statements the recogniser does not read in this set's wording (a slipped
figure outside any identity it reads, a share whose base it does not link), so the search has
nothing, or too little, to go on.

Second session (2026-12-01, issue 16 continued): the misses diagnosed one by one and general
constructs added — a level at least the sum of its named units, a period qualifier the title names
taken as the report's own, a score restated without its maximum, a listed restatement as a weak
identity, a rate whose separator moved held at its own places, a rate's x/y as the catalogue's
part and parent, a rate whose sentence states its base restored only through it — and two
recognition words (feedback "đang được xem xét"). Measured (main f9154e4 merged): determined 14 of
19 named right (0.74); undetermined 6: ambiguity said in 5, nothing in 1; clean 7 quiet; no wrong
single figure. The rest needs recognition (a headline's rate and a base named by "Trong số này", a
district report's own level, a table written with "|", a conclusion section restating the body, a
procedures share).

Third session (2026-12-01, issue 16, search only; recognition is another helper's): a restatement
seconded by a weak identity (a rate recomputed by a convention) that then holds exactly, and a rate
whose separator moved keeping its digits ("9,862" meant "98,62", held at two places): determined
15 of 19 (0.79); then, with main's recognition of a district report's levels across sentences
(s5-rec-quarterly) and the district's whole = its own level + its communes (rules.json
self_partitions), 16 of 19 (0.84); with main's conclusion restating the body (s5-rec-quarterly) and
a restatement named when the figure restated is held by identities of its own and the other is
one typing slip from it, 17 of 19 (0.89); undetermined and clean unchanged; no wrong single figure.
The two left need recognition: a procedure count's share ("N thủ tục, chiếm p%") and a '|' line of
"label: value" cells. The floors below are the measured figures.

The second set (tests/blind_typo2/, 36 reports written in session 5 by a helper who read neither the search nor the recogniser, nor any other set; README there), scored
with tests/typo_score.py like the first set.

First and only measurement before anything was changed for it (2026-12-01 16:41 UTC, main e71f79a):
determined 20: named right 11 (0.55; the issue's bar is 0.90), ambiguity said with the slipped
figure among the candidates 3, ambiguity without it 5, one named wrong — U13, whose slip doubled a
decimal digit ("64,337%" for 64,37%): the search names the right figure but corrects it to 64,369
(recomputed at the three places written) instead of removing the doubled digit; undetermined 8:
ambiguity said in 7 (the slipped figure listed in 3), nothing in 1; clean 8: nothing named or listed.

Then (2026-12-01 17:15 UTC, s5-typo a4a9a07, issue 16): the search's handling of a decimal digit
typed twice or left out (the places change with it) was made general from the description of
U13 above (the set itself not read): determined named right 12 (0.60), none named wrong; undetermined: ambiguity said in
all 8; clean 8 quiet. Measured only in aggregate; nothing else in the search was changed for it.

Session 6 (2026-12-01, s6-typo): tests/blind_typo2 became a development set for the typo helper,
so from here it measures the constructs below, not generality. Its eight misses diagnosed one by
one, each fixed as a general construct (recognition words as data, search logic as small
functions): a qualified total ("Tiếp nhận mới trong kỳ") held to its parts; a 766 total stated
twice held to its parts each time; a part's share with no catalogue rate ("trước hạn 21.843 hồ sơ,
chiếm 76,78%") read as an 'other' rate with its x/y; "đúng hạn (gồm trước hạn)" as the in-time
group; feedback carried over "từ năm 2022 chuyển sang"; "Sáu tháng đầu năm" as the title's period;
a later "lần lượt" pairing the sentence's earlier subjects; "Các huyện còn lại" as a group of units
that closes the list (the units then add up exactly); a figure copied from the line before named
when every other figure of what it restores is held as written. blind_typo2: determined 20 of 20
named right, undetermined 8 of 8 said, clean 8 quiet, none wrong. blind_typo (aggregate only,
nothing read): 18 of 19 (0.95; the procedure share is now read), undetermined 5 of 6 said, clean
7 quiet, none wrong.

The third set (tests/blind_typo3/, 37 reports written in session 6 by a helper who read neither the
search nor the recogniser nor any other set — of the earlier typo sets only their READMEs; README
there). First measurement when it landed (2026-12-01 19:45 UTC, main 0364656, the session's typo
work not yet merged), nothing changed for it: determined 22: named right 12 (0.55), ambiguity said
7 (the slipped figure among the candidates in 3), nothing said 3, none named wrong; undetermined 7:
ambiguity said 5, nothing 2; clean 8 quiet. From then on it is read in aggregate only.
With the session's typo work (s6-typo) merged, nothing changed for it: determined named right 13
(0.59), none named wrong; undetermined: ambiguity said 5; clean 8 quiet.

The fourth set (tests/blind_typo4/, 38 reports written in session 7 by a helper who read neither the
search nor the recogniser nor any other set — of the earlier typo sets only the first's README;
README there). First measurement when it landed (2026-12-01 22:37 UTC, main 7b35535 with only the
set added; nothing of the session's work merged): determined 23: named right 8 (0.35), ambiguity
said 9 (the slipped figure among the candidates in 4), nothing said 6, none named wrong;
undetermined 7: ambiguity said 3 (the slipped figure listed in all 3), nothing 4; clean 8 quiet.
Session 7's typo work treats blind_typo3 as its development set; this set is held out (aggregates
only).

Session 7 (2026-12-01, s7-typo): tests/blind_typo3 became the typo helper's development set (so from
here it measures the constructs below, not generality). Its nine determined misses and two
undetermined silences read one by one: recognition — carried-over dossiers "từ tháng 12/2025 chuyển
sang" (V29), a month after "chuyển sang" the next period pending passes into, no qualifier (V03), a
caption line inside a run of "label: value" lines (V05), the next numbered item measuring the rate
the item before named (V07), a 766 score taking the part named after its unit word (V36), rows of
"label: value" cells between "|" read as a table (V30), an undated news item about a province of
before July 2025 (V23, V36); search — weak identities alone naming a typing slip two of them second
exactly (V03), the shares of every part of a total adding up to 100% (V05), a rate's x/y restating
the counts of an earlier roman part (V18), a 766 part restated counted once (V36), a lone part larger
than its total (V23), a field list closed by the rest against its total (V22, ambiguity said), a
numbered list of units under a heading naming the measure closed by a total line (V17, ambiguity
said; with a unit name joining two names by a spaced dash). Measured: determined 21 of 22 named
right (0.95), none wrong; undetermined: ambiguity said in 7 of 7; clean 8 quiet. Left: V04 (a
year-to-date frame in one paragraph, the levels in the next: compared with no city figure).
"""
from pathlib import Path

import pytest

from typo_score import score

HERE = Path(__file__).parent
# per set: determined slips (named right at least), undetermined (ambiguity said at least), clean
SETS = {"blind_typo": {"determined": (19, 18), "undetermined": (6, 5), "clean": 7},   # measured 18 (0.95; 17, 16, 15, 14, 9 before), 5 (4 before); 17 after session 8's recognition, 18 again in session 9 (T18: "268 thủ tục thuộc thẩm quyền cấp huyện" the districts' level, mentions.tail_level_links)
        "blind_typo2": {"determined": (20, 20), "undetermined": (8, 8), "clean": 8},  # measured 20 (a development set since session 6; 12, 11 first), 8 (7 first)
        "blind_typo3": {"determined": (22, 20), "undetermined": (7, 7), "clean": 8},  # measured 12 (0.55) first, 13 with s6-typo, 21 (0.95) with s7-typo (a development set since session 7), 20 merged with the session's recognition (V23: a news item's stock "chuyển sang quý II" now keeps that period while its other figures keep "quý I", so the balance is not formed: silent, not wrong); 5, 7
        "blind_typo4": {"determined": (23, 21), "undetermined": (7, 6), "clean": 8},  # measured 8 (0.35) first, 10 (0.43) at the session's end; 3 (a development set since session 8); session 8's typo work: 19 of 23 (0.83), 6 of 7 said; session 9 (s9-typo): 20 (W10: a prose count is no slip for zero); session 10 (s10-typo): 21 (0.91; W17: a ministry's bodies ("Cục …") a part list of its own figure, and an in-time share over the dossiers received its item states)
        # session 8's held-out set: measured first (02:10, main 370ee43) 19 of 24 named right, undetermined 4 of 8
        # said, 2 clean reports with candidates listed (and warnings: feedback counts read as dossiers'); only
        # those two read, fixed in general (facts.line_family): 22 of 24 (0.92), 4 of 8, clean 8 quiet
        # session 9 (s9-typo; a development set since): 24 of 24 (T13: "Kết quả giải quyết 58.296 hồ sơ" read
        # and the shares' stated base a second statement; T39: a rate copied from the rate on the line above)
        # session 10 (s10-typo): undetermined said 6 of 8 (5 before; T15: "Không có hồ sơ quá hạn" in the
        # next numbered item, a late part of 0 said in words, completes the resolved total's parts)
        "blind_typo5": {"determined": (24, 24), "undetermined": (8, 6), "clean": 8},
        # session 9's held-out set (written blind by a helper, tests/blind_typo6/README.md): measured first
        # (07:08, main 1c0f7d1) 17 of 24 named right (0.71; 3 ambiguous with the slip listed, 2 ambiguous
        # without it, 2 silent), undetermined 4 of 8 said (4 silent), clean 8 quiet, no wrong single figure
        "blind_typo6": {"determined": (24, 18), "undetermined": (8, 4), "clean": 8},  # end of session 9 (main 6bbde2c): 18 of 24
        # session 10's held-out set (written blind by a helper, tests/blind_typo7/README.md): measured first
        # (17:44, main cb7680e6) 10 of 24 named right (6 ambiguous with the slip listed, 1 without, 5 silent)
        # and 2 named WRONG — the right figure each time, at the wrong places: "98,1" meant "98,91" (a
        # digit left out) was corrected to "98,9", "991,3" meant "99,13" (the comma moved) to "99,1" as an
        # "extra digit"; undetermined 7 of 8 said, clean 8 quiet. Only those two findings read; fixed in
        # general (suggest.pattern types the comma: a one-digit slip keeps it in place; the places the
        # document writes its rates with break a tie between one figure's values, suggest.usual_places):
        # 12 of 24, none wrong, 7 of 8 said, clean 8 quiet
        "blind_typo7": {"determined": (24, 12), "undetermined": (8, 7), "clean": 8},
        # session 12's development set (tests/blind_typo8/README.md, written by the typo helper before it
        # read the search): measured first (main a8550a9) 13 of 21 named right (2 ambiguous with the slip
        # listed, 4 without, 2 silent), undetermined 5 of 6 said, clean 7 quiet, no wrong single figure;
        # then (s12-typo) 17 of 21 (numbered items of a lead-in's list; a prose province figure over a
        # table of its levels; a prose rate over its subject's table counts), 6 of 6 said, clean 7 quiet
        # — merged, the search's level identities over the table cells too named a correction on a
        # clean report of the held-out blind_typo7 (its aggregate only seen): that part taken back (the
        # check's across-tables level sum, info, kept): 16 of 21, 5 of 6 said, clean 7 quiet
        "blind_typo8": {"determined": (21, 16), "undetermined": (6, 5), "clean": 7}}


@pytest.fixture(scope="module", params=sorted(SETS))
def blind_scores(request):
    paths = sorted((HERE / request.param).glob("*.txt"))
    if not paths:
        pytest.skip(f"{request.param} not present")
    return SETS[request.param], score(paths)


def test_blind_determined_slips_named(blind_scores):
    want, got = blind_scores
    n, named = want["determined"]
    assert sum(got["determined"].values()) == n
    assert got["determined"].get("named_right", 0) >= named, got  # the bar is 0.90


def test_blind_never_a_wrong_single_figure(blind_scores):
    _, got = blind_scores
    for group in ("determined", "undetermined"):
        assert got[group].get("named_wrong", 0) == 0, got


def test_blind_undetermined_say_ambiguity(blind_scores):
    want, got = blind_scores
    n, said = want["undetermined"]
    undet = got["undetermined"]
    assert sum(undet.values()) == n and undet.get("ambiguous", 0) + undet.get("ambiguous_has_truth", 0) >= said, undet


def test_blind_clean_reports_get_no_correction(blind_scores):
    want, got = blind_scores
    clean = got["clean"]
    assert sum(clean.values()) == want["clean"] and set(clean) == {"clean_quiet"}, clean
