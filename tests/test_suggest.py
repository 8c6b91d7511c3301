"""Pinpoint the likely typo (issue 16): the search names the one figure to correct when the other
statements determine it, says ambiguity otherwise, and says nothing on a clean report."""
import json
from pathlib import Path

import pytest

from conftest import ROOT, analyse_text, seed
from corpus.generate_typos import generate
from docparse import parse
from docparse.normalize.numbers import percent, round_half_up
from docparse.suggest import Budget, MAX_EVALS, Search, pattern, suggestion_text
from typo_score import named_share, score


def suggestions(report):
    out = []
    for f in report.findings:
        if f.suggestion is not None and all(f.suggestion is not s for s in out):
            out.append(f.suggestion)
    return out


def test_seed_002_names_43_14_one_digit_restoring_ratio_and_complement():
    r = parse(seed("002"))
    ratio = next(f for f in r.findings if f.code == "ratio_mismatch")
    comp = next(f for f in r.findings if f.code == "complement_mismatch")
    s = ratio.suggestion
    assert s is not None and s.status == "named" and s.figures == 1
    assert (s.written, s.corrected, s.pattern) == (47.14, 43.14, "one_digit")
    fact = next(f for f in r.facts if f.id == s.fact)
    assert fact.indicator == "received_offline_share" and "47,14%" in fact.evidence.text
    assert {i["kind"] for i in s.restores} == {"ratio", "complement"}
    assert comp.suggestion is s  # one correction, told on both findings
    assert "có thể gõ nhầm: 47,14 → 43,14" in suggestion_text(s)


def test_the_issue_example_names_the_in_time_total():
    # made-up numbers of the issue: 412.905 in time + 6.118 late of 419.025 resolved (2 short);
    # the two levels give in time 251.698 + 161.209 = 412.907 and late 4.000 + 2.118 = 6.118
    text = ("BÁO CÁO\nI. KẾT QUẢ\n"
            "Toàn thành phố đã giải quyết 419.025 hồ sơ, gồm 412.905 hồ sơ trước hạn, đúng hạn và 6.118 hồ sơ quá hạn.\n"
            "Các Sở, ban, ngành đã giải quyết 255.698 hồ sơ, gồm 251.698 hồ sơ trước hạn, đúng hạn và 4.000 hồ sơ quá hạn.\n"
            "Cấp xã đã giải quyết 163.327 hồ sơ, gồm 161.209 hồ sơ trước hạn, đúng hạn và 2.118 hồ sơ quá hạn.\n")
    r = analyse_text(text)
    named = [s for s in suggestions(r) if s.status == "named"]
    assert len(named) == 1, [(f.code, f.message) for f in r.findings]
    s = named[0]
    assert (s.written, s.corrected, s.pattern) == (412905, 412907, "one_digit")
    assert {i["kind"] for i in s.restores} >= {"sum", "level"}
    assert "412.905 → 412.907" in suggestion_text(s)


def test_a_figure_copied_from_the_one_before():
    # the city's late count repeats its in-time count; the levels give 4.000 + 2.118 = 6.118
    text = ("BÁO CÁO\nI. KẾT QUẢ\n"
            "Toàn thành phố đã giải quyết 419.025 hồ sơ, gồm 412.907 hồ sơ trước hạn, đúng hạn và 412.907 hồ sơ quá hạn.\n"
            "Các Sở, ban, ngành đã giải quyết 255.698 hồ sơ, gồm 251.698 hồ sơ trước hạn, đúng hạn và 4.000 hồ sơ quá hạn.\n"
            "Cấp xã đã giải quyết 163.327 hồ sơ, gồm 161.209 hồ sơ trước hạn, đúng hạn và 2.118 hồ sơ quá hạn.\n")
    r = analyse_text(text)
    named = [s for s in suggestions(r) if s.status == "named"]
    assert len(named) == 1, [(f.code, f.message) for f in r.findings]
    assert (named[0].written, named[0].corrected, named[0].pattern) == (412907, 6118, "copied")
    assert "chép nhầm số liệu dòng trên" in suggestion_text(named[0])


def test_one_identity_alone_is_ambiguous_never_a_single_figure():
    # resolved = in time + late, stated once: any of the three figures may be the slip
    r = analyse_text("BÁO CÁO\nI. KẾT QUẢ\nĐã giải quyết 5.210 hồ sơ, gồm 5.100 hồ sơ trước hạn, đúng hạn "
                     "và 120 hồ sơ quá hạn.\n")
    ss = suggestions(r)
    assert ss and all(s.status != "named" for s in ss)


def test_typing_patterns():
    assert pattern(412905, 412907, 0) == "one_digit"
    assert pattern(412950, 412905, 0) == "transposition"
    assert pattern(41295, 412905, 0) == "digit_dropped"
    assert pattern(4122905, 412905, 0) == "digit_doubled"
    assert pattern(4.314, 43.14, 3) == "separator"
    assert pattern(500, 137, 0) == "recompute"


DOCUMENTS = {".txt", ".pdf", ".docx", ".html", ".xlsx", ".ods", ".doc", ".xls"}


def clean_reports(folder: str) -> list[Path]:
    """The reports of a set whose truth lists no mistake (any format)."""
    out = []
    for truth in sorted((ROOT / "tests" / folder).glob("*.truth.json")):
        stem = truth.name[:-len(".truth.json")]
        docs = [p for p in truth.parent.glob(stem + ".*") if p.suffix.lower() in DOCUMENTS]
        if docs and not json.loads(truth.read_text("utf-8"))["mistakes"]:
            out.append(docs[0])
    return out


def test_clean_seeds_dev_and_blind_reports_get_no_correction():
    from docparse.errors import DocparseError

    paths = [seed(p) for p in ("000", "001", "003", "004")]
    # the clean reports of the dev set and of the blind sets in prose and in tables (measured, not
    # tuned to): 28 + 28 + 16 + 9 + 16 on 2026-12-01, none with a correction named or listed
    for folder in ("dev", "blind", "blind_c", "blind_tables", "blind_tables2"):
        paths += clean_reports(folder)
    assert len(paths) > 90
    read = 0
    for p in paths:
        try:
            report = parse(p)
        except DocparseError:  # a .doc/.xls without LibreOffice: said, not read
            continue
        read += 1
        for s in suggestions(report):
            assert s.status != "named" and not s.candidates, (p.name, suggestion_text(s))
    assert read > 80


@pytest.fixture(scope="module")
def typo_scores(tmp_path_factory):
    out = tmp_path_factory.mktemp("typos")
    return score(generate(out, 90, seed=3))


def test_generated_typos_named_when_determined_never_wrong(typo_scores):
    det, undet, clean = typo_scores["determined"], typo_scores["undetermined"], typo_scores["clean"]
    assert sum(det.values()) >= 30 and sum(undet.values()) >= 10 and sum(clean.values()) >= 10
    # the planted figure named alone when the other statements determine it: measured 36 of 41
    # (0.88) on this set with main's recogniser at b144dce (38 of 41 before it read a level's line
    # as the city's, a false restatement); 126/148 (0.85) and 85/98 (0.87) on 300 and 200 reports of
    # seeds 5 and 4 — the misses are statements the recogniser did not read, said as ambiguity or nothing.
    # Second session (2026-12-01 14:35, main 227348a): 37 of 41 (0.90); seeds 5 and 4: 101/148, 75/98
    # Session 6 (2026-12-01 20:40, s6-typo): 41 of 41; seeds 4 and 5: 94/98, 143/148 (parallel level
    # items' lines carried, a base's own subject skipped, copies found by place, "a + b + c" parts)
    # Session 7 (2026-12-01 23:50, s7-typo): 41 of 41; seeds 4 and 5: 94/98, 144/148 (279/287), none wrong
    assert named_share(det) >= 0.90, det
    # never a wrong single figure, determined or not; no suggestion on the clean ones
    assert det.get("named_wrong", 0) == 0 and undet.get("named_wrong", 0) == 0, (det, undet)
    assert clean.get("clean_named", 0) == 0, clean
    # nothing listed either (typo_00053 had candidates listed on a false restatement after main's
    # recogniser at b144dce; none since the second session)
    assert clean.get("clean_listed", 0) == 0, clean


def test_the_search_is_bounded():
    r = parse(seed("002"))
    search = Search(r, Budget(10))
    for cluster in search.clusters():
        s = search.verdict(cluster)
        assert s.status == "none" and s.bounded
    # the first pass over the identities, then it stops at the bound
    assert search.budget.used <= 10 + len(search.ids) + 1
    assert MAX_EVALS <= 100_000


# --------------------------------------------------------------------------- shown everywhere

def test_text_output_says_the_likely_typo():
    from docparse.render.text import finding_lines

    lines = [line for _, line in finding_lines(parse(seed("002")))]
    ratio = next(line for line in lines if "[ratio_mismatch]" in line)
    assert ratio.endswith("có thể gõ nhầm: 47,14 → 43,14 (sai một chữ số)")


UNITS_TEXT = ("THÔNG BÁO\nTình hình giải quyết hồ sơ của các sở tháng 10 năm 2025\n"
              "Các sở, ngành tiếp nhận 1.900 hồ sơ; đã giải quyết 1.760 hồ sơ, trong đó đúng hạn 1.700 hồ sơ.\n"
              "1. Sở Tư pháp: đã giải quyết 410 hồ sơ, trong đó đúng hạn 400 hồ sơ (đạt 97,56%).\n"
              "2. Sở Nội vụ: đã giải quyết 233 hồ sơ, trong đó đúng hạn 230 hồ sơ (đạt 98,71%).\n"
              "3. Sở Xây dựng: đã giải quyết 233 hồ sơ, trong đó đúng hạn 92 hồ sơ (đạt 95,83%).\n"
              "4. Sở Công Thương: đã giải quyết 700 hồ sơ, trong đó đúng hạn 660 hồ sơ (đạt 94,29%).\n"
              "5. Sở Y tế: đã giải quyết 321 hồ sơ, trong đó đúng hạn 318 hồ sơ (đạt 99,07%).\n")


def test_text_output_gives_no_recomputed_value_when_another_figure_is_named():
    # the check alone would say "đề nghị: 39,48%" for the rate; the search names the count to fix
    from docparse.render.text import finding_lines

    lines = [line for _, line in finding_lines(analyse_text(UNITS_TEXT))]
    ratio = next(line for line in lines if "[ratio_mismatch]" in line)
    assert ratio.endswith("có thể gõ nhầm: 233 → 96 (chép nhầm số liệu dòng trên)") and "đề nghị" not in ratio


def test_html_highlights_the_figure_to_fix_and_links_its_proof(rendered):
    import re

    from docparse.render.html import report_html

    report = parse(rendered / "002.pdf")
    page = report_html(report)
    s = next(f.suggestion for f in report.findings if f.code == "ratio_mismatch")
    mark = re.search(r'<mark class="typo" id="typo-(\w+)" data-fact="\w+" data-proof="([\w ]*)"[^>]*>([^<]*)</mark>', page)
    assert mark and mark.group(1) == s.fact and mark.group(3) == "47,14%"
    proof = mark.group(2).split()
    online_share = next(f.id for f in report.facts if f.indicator == "received_online_share")
    assert online_share in proof  # the complement's other share proves it
    for p in proof:
        assert f'href="#fact-{p}"' in page and f'<tr id="fact-{p}" class="proof">' in page
    assert f'<tr id="fact-{s.fact}" class="typo">' in page
    assert "có thể gõ nhầm: 47,14 → 43,14" in page


def test_annotated_copies_carry_the_likely_typo(rendered, tmp_path):
    from pypdf import PdfReader

    from docparse.render.annotate import annotate_copy

    out = annotate_copy(rendered / "002.pdf", parse(rendered / "002.pdf"), tmp_path / "review.pdf")
    contents = [str(a.get_object()["/Contents"]) for page in PdfReader(str(out)).pages
                for a in page.get("/Annots", []) or [] if a.get_object()["/Subtype"] == "/Highlight"]
    assert any("ratio_mismatch" in c and "có thể gõ nhầm: 47,14 → 43,14" in c for c in contents)
    out = annotate_copy(rendered / "002.docx", parse(rendered / "002.docx"), tmp_path / "review.docx")
    import zipfile

    comments = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    assert "có thể gõ nhầm: 47,14 → 43,14" in comments


UNITS_TWO_LINES = UNITS_TEXT.replace("3. Sở Xây dựng: đã giải quyết 233 hồ sơ, trong đó",
                                     "3. Sở Xây dựng: đã giải quyết 233 hồ sơ,\ntrong đó")


def test_annotated_copies_mark_the_figure_to_fix_where_the_finding_is_elsewhere(tmp_path):
    # the rate's finding stands on "95,83%" (line below); the figure to fix, 233, gets its own mark
    import re
    import zipfile

    import pdfplumber
    from pypdf import PdfReader

    from corpus.render import render_docx, render_pdf
    from docparse.render.annotate import annotate_copy

    pdf = render_pdf(UNITS_TWO_LINES, tmp_path / "units.pdf")
    out = annotate_copy(pdf, parse(pdf), tmp_path / "review.pdf")
    marks = [a.get_object() for page in PdfReader(str(out)).pages for a in page.get("/Annots", []) or []
             if a.get_object()["/Subtype"] == "/Highlight"]
    fix = [m for m in marks if str(m["/Contents"]).startswith("Số cần sửa — có thể gõ nhầm: 233 → 96")]
    assert len(fix) == 1 and any("[ratio_mismatch]" in str(m["/Contents"]) for m in marks)
    x0, y0, x1, y1 = (float(v) for v in fix[0]["/Rect"])
    with pdfplumber.open(str(pdf)) as doc:
        page = doc.pages[0]
        top, bottom = page.height - y1, page.height - y0
        words = [w["text"] for w in page.extract_words() if w["top"] < bottom and w["bottom"] > top]
        inside = [w["text"] for w in page.extract_words() if w["x0"] >= x0 - 1 and w["x1"] <= x1 + 1
                  and w["top"] < bottom and w["bottom"] > top]
    assert inside == ["233"] and "Xây" in words  # the third department's 233, not the second's
    docx_in = render_docx(UNITS_TWO_LINES, tmp_path / "units.docx")
    out = annotate_copy(docx_in, parse(docx_in), tmp_path / "review.docx")
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    comments = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    fix_id = re.search(r'w:id="(\d+)"[^>]*>(?:(?!</w:comment>).)*Số cần sửa — có thể gõ nhầm: 233 → 96', comments, re.S)
    assert fix_id
    start = xml.index(f'<w:commentRangeStart w:id="{fix_id.group(1)}"/>')
    assert "Sở Xây dựng: đã giải quyết 233" in re.sub(r"<[^>]+>", "", xml[start:xml.index("</w:p>", start)])


def test_annotated_copies_give_no_second_mark_when_the_finding_stands_on_the_figure(rendered, tmp_path):
    from pypdf import PdfReader

    from docparse.render.annotate import annotate_copy

    out = annotate_copy(rendered / "002.pdf", parse(rendered / "002.pdf"), tmp_path / "review.pdf")
    contents = [str(a.get_object()["/Contents"]) for page in PdfReader(str(out)).pages
                for a in page.get("/Annots", []) or [] if a.get_object()["/Subtype"] == "/Highlight"]
    assert any("có thể gõ nhầm: 47,14 → 43,14" in c for c in contents)
    assert not any(c.startswith("Số cần sửa") for c in contents)  # the ratio's highlight is on 47,14% already


def test_html_marks_the_table_cell_to_fix_and_its_proof_cells(tmp_path):
    import re

    from corpus.generate_tables import generate as generate_tables
    from docparse.render.html import report_html

    paths = generate_tables(tmp_path, seed=11, per_format=2, formats=["html"])
    report = parse(next(p for p in paths if p.name.endswith("_row_sum.html")))
    s = next(s for s in suggestions(report) if s.status == "named")
    page = report_html(report)
    cell = re.search(r'<td[^>]*data-fact="(\w+)"><mark class="typo" id="typo-(\w+)" data-fact="\w+" '
                     r'data-proof="([\w ]+)" title="([^"]*)">([^<]*)</mark></td>', page)
    assert cell and cell.group(1) == cell.group(2) == s.fact and cell.group(5) == s.corrections[0].written_text
    assert "có thể gõ nhầm" in cell.group(4)
    proof = cell.group(3).split()
    by_id = {f.id: f for f in report.facts}
    assert proof and all(by_id[p].evidence.table is not None for p in proof)
    for p in proof:  # each proving cell shaded, and its fact's row linked from the finding
        assert re.search(rf'<td class="[^"]*\bproof\b[^"]*"[^>]*data-fact="{p}">', page), p
        assert f'href="#fact-{p}"' in page and f'<tr id="fact-{p}" class="proof">' in page
    assert page.count('<mark class="typo"') == 1  # not marked again on some prose line


def test_table_identities_plug_in(tmp_path):
    """Rows and columns of a statistics table (corpus/generate_tables.py) are identities too: the
    planted cell is named when its row and its column both say so; a clean table gets nothing."""
    from corpus.generate_tables import generate as generate_tables

    paths = generate_tables(tmp_path, seed=11, per_format=7, formats=["html", "xlsx"])
    named = 0
    for p in paths:
        truth = json.loads(Path(str(p).rsplit(".", 1)[0] + ".truth.json").read_text("utf-8"))
        ss = suggestions(parse(p))
        kind = p.name.split("_", 3)[-1].rsplit(".", 1)[0]
        if kind == "clean":
            assert ss == [], p.name
        if kind in ("row_sum", "total_row"):
            s = next(s for s in ss if s.status == "named")
            assert s.figures == 1 and s.written == truth["mistakes"][0]["stated"], (p.name, s)
            named += 1
        if kind == "rate":  # the on-time rate of a unit row: every other cell of its column follows
            # one convention, so the row's counts (held by their row and column sums) give the value
            s = next(s for s in ss if s.status == "named")
            cell = next(f for f in truth["facts"] if f["kind"] == "rate" and f["value"] == truth["mistakes"][0]["stated"])
            want = round_half_up(percent(cell["numerator"], cell["denominator"]), 2)
            assert (s.figures, s.written, s.corrected) == (1, cell["value"], want), (p.name, s)
            named += 1
        if kind == "balance":  # pending and its part raised alike: two figures; named only when each
            report = parse(p)      # of them stands in two restored identities, else ambiguity
            for s in suggestions(report):
                if s.status == "named" and s.figures == 2:
                    by_id = {f.id: f for f in report.facts}
                    assert {by_id[c.fact].indicator for c in s.corrections} == {"pending_total", "pending_on_time"}
        if kind == "prose":  # one statement against one cell: listed, not named (a recomputed value)
            assert ss and all(s.status != "named" for s in ss), p.name
            assert any(c.written == truth["mistakes"][0]["stated"] for s in ss for cs in s.candidates for c in cs)
    assert named == 6


def truth_of(paths, ending):
    p = next(p for p in paths if p.name.endswith(ending))
    return json.loads(Path(str(p).rsplit(".", 1)[0] + ".truth.json").read_text("utf-8"))


def test_a_rate_cell_is_held_to_its_columns_convention_only_when_the_column_agrees(tmp_path):
    from corpus.generate_tables import generate as generate_tables
    from docparse.checks.identities import column_conventions
    from docparse.checks.tables import _row_facts

    paths = generate_tables(tmp_path, seed=11, per_format=3, formats=["html"])
    report = parse(next(p for p in paths if p.name.endswith("_rate.html")))
    rows = _row_facts(report)
    rules = column_conventions(rows)
    rates = [f for f in report.facts if f.kind == "rate" and f.indicator == "resolved_on_time"]
    slipped = [f for f in rates if f.value == truth_of(paths, "_rate.html")["mistakes"][0]["stated"]]
    # the slipped cell is held to what every other cell follows; the others are not, since one
    # cell of their column (the slipped one) follows no convention
    assert len(rates) > 3 and len(slipped) == 1
    assert {k: v for k, v in rules.items() if k in {f.id for f in rates}} == {
        slipped[0].id: {"(trước hạn + đúng hạn) / tổng số đã giải quyết"}}
    # a column of two cells: one cell is no column's witness
    two = {k: v for k, v in rows.items() if any(f.id in {r.id for r in rates[:2]} for f in v)}
    assert len(two) == 2 and column_conventions(two) == {}


# --------------------------------------------------------------------------- identities built from the facts
# (made-up sentences and numbers; each slip is determined by two statements of the text)

def named_one(r):
    named = [s for s in suggestions(r) if s.status == "named"]
    assert len(named) == 1, [(f.code, f.message, f.suggestion) for f in r.findings]
    return named[0]


def test_a_level_is_at_least_the_sum_of_its_named_units():
    # the third department's resolved count repeats the line above: 92/96 is 95,83% and the five
    # departments add up to the 1.760 the departments resolved only with 96
    text = UNITS_TEXT
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected) == (233, 96)
    assert {i["kind"] for i in s.restores} == {"ratio", "units"}


def test_a_rate_whose_separator_moved_is_corrected_at_its_own_places():
    # 595/70.000 is 0,85%: "8,5%" has the comma one place off; 99,15 + 0,85 = 100
    text = ("BÁO CÁO\nI. KẾT QUẢ\nĐã giải quyết 70.000 hồ sơ, trong đó đúng hạn 69.405 hồ sơ (đạt 99,15%), "
            "quá hạn 595 hồ sơ (chiếm 8,5%).\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern, s.corrections[0].corrected_text) == (8.5, 0.85, "separator", "0,85")
    assert {i["kind"] for i in s.restores} == {"ratio", "complement"}


def test_a_score_restated_without_its_maximum():
    # the remarks give the publicity score as 17,31; the list's 17,13 breaks the total 80,00
    text = ("THÔNG BÁO\nKết quả Bộ chỉ số 766 tháng 10 năm 2025\n"
            "1. Kết quả\nTỉnh đạt 80,00/100 điểm, xếp hạng 20/34. Điểm từng nhóm chỉ số:\n"
            "- Công khai, minh bạch: 17,13/18 điểm;\n- Tiến độ, kết quả giải quyết: 18,00/20 điểm;\n"
            "- Cung cấp dịch vụ trực tuyến: 10,00/12 điểm;\n- Thanh toán trực tuyến: 7,69/10 điểm;\n"
            "- Mức độ hài lòng: 15,00/18 điểm;\n- Số hóa hồ sơ: 12,00/22 điểm.\n"
            "2. Nhận xét\nNhóm chỉ số công khai, minh bạch đạt 17,31 điểm, cần cập nhật thêm thủ tục trên Cổng.\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (17.13, 17.31, "transposition")
    assert {i["kind"] for i in s.restores} == {"score", "repeat"}


def test_the_titles_period_is_no_sub_period():
    # "toàn tỉnh năm 2025" is the report's own year: the province's x/y is the sum of its levels'
    text = ("THÔNG BÁO\nTỷ lệ hồ sơ nộp trực tuyến năm 2025\n"
            "Tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh năm 2025 đạt 70,00% (7.000/10.000 hồ sơ). Theo cấp:\n"
            "- Cấp tỉnh: 80,00% (2.000/22.500 hồ sơ);\n- Cấp xã: 66,67% (5.000/7.500 hồ sơ).\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (22500, 2500, "digit_doubled")


def test_a_feedback_rates_x_restates_the_resolved_count():
    # 61 + 3 = 64 to handle and the rate line's own x/y is 61/64: "16" has its digits swapped
    text = ("BÁO CÁO\nII. PHẢN ÁNH, KIẾN NGHỊ\nTổng số phản ánh, kiến nghị phải xử lý là 64 phản ánh, kiến nghị "
            "(08 phản ánh, kiến nghị kỳ trước chuyển sang và 56 phản ánh, kiến nghị tiếp nhận mới). Đã xử lý 16 "
            "phản ánh, kiến nghị; 03 phản ánh, kiến nghị đang được xem xét. Tỷ lệ phản ánh, kiến nghị được xử lý "
            "đạt 95,31% (61/64).\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (16, 61, "transposition")


def test_a_rate_copied_from_the_line_above_named_when_its_x_and_y_are_held():
    # the departments' rate repeats the province's 90,02%; its x/y 1.874/2.000 (93,70%) are held by
    # the province's x/y as the sum of its levels', so only the rate can be the slip
    text = ("THÔNG BÁO\nKết quả tháng 10 năm 2025\n1. Tỷ lệ thanh toán trực tuyến\n"
            "Tỷ lệ thanh toán trực tuyến của toàn tỉnh là 90,02% (9.002/10.000 hồ sơ).\ntrong đó:\n"
            "- Cấp tỉnh (các sở, ban, ngành): đạt 90,02% (1.874/2.000 hồ sơ);\n"
            "- Cấp xã: đạt 89,10% (7.128/8.000 hồ sơ).\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (90.02, 93.7, "copied")


def test_a_recomputed_rate_whose_x_and_y_nothing_holds_is_not_named():
    # the same rate with no level to hold its x/y: the rate, its x or its y may be the slip
    text = ("THÔNG BÁO\nKết quả tháng 10 năm 2025\n1. Tỷ lệ thanh toán trực tuyến\n"
            "Tỷ lệ thanh toán trực tuyến của các sở, ban, ngành đạt 90,02% (1.874/2.000 hồ sơ).\n")
    r = analyse_text(text)
    assert any(f.code == "ratio_mismatch" for f in r.findings)
    assert all(s.status != "named" for s in suggestions(r))


def test_a_short_part_list_completed_exactly_is_a_second_statement():
    # the in-time count repeats the late one: 98,50% of 10.000 is 9.850, and 9.850 + 150 is exactly
    # the 10.000 resolved: two statements agree on the recomputed value
    r = analyse_text("BÁO CÁO\nI. KẾT QUẢ\nĐã giải quyết 10.000 hồ sơ, trong đó số hồ sơ đúng hạn và trước hạn "
                     "là 150 hồ sơ, bằng 98,50%; số hồ sơ trễ hạn là 150 hồ sơ.\n")
    s = named_one(r)
    assert (s.written, s.corrected) == (150, 9850)
    assert {i["kind"] for i in s.restores} == {"ratio", "sum"}


def test_a_rate_whose_base_the_sentence_states_is_not_restored_through_another_convention():
    # "chiếm 8,5%" of the 70.000 resolved in its sentence: 595/70.000 is 0,85%; the received total
    # (73.000) would give 8,5% only if it were 7.000, under a convention the sentence does not use
    text = ("BÁO CÁO\nI. KẾT QUẢ\nTiếp nhận 73.000 hồ sơ. Đã giải quyết 70.000 hồ sơ, trong đó đúng hạn "
            "69.405 hồ sơ, quá hạn 595 hồ sơ (chiếm 8,5%).\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (8.5, 0.85, "separator")


def test_a_restatement_seconded_by_a_recomputed_rate_that_holds_exactly():
    # the body's on-time rate has its decimal comma moved; the conclusion restates 97,45% and
    # 7.796/8.000 (the base stated the line before: a convention, weak alone) gives 97,45% exactly
    text = ("BÁO CÁO\nI. KẾT QUẢ\nTổng số hồ sơ đã giải quyết: 8.000 hồ sơ.\n"
            "Hồ sơ giải quyết trước hạn, đúng hạn: 7.796 hồ sơ, tỷ lệ 9,745%.\nHồ sơ quá hạn: 204 hồ sơ.\n"
            "II. KẾT LUẬN\nTỷ lệ giải quyết đúng hạn của toàn tỉnh đạt {}%.\n")
    s = named_one(analyse_text(text.format("97,45")))
    assert (s.written, s.corrected, s.pattern) == (9.745, 97.45, "separator")
    assert s.corrections[0].corrected_text == "97,45"  # the digits as written, the comma moved
    assert {i["kind"] for i in s.restores} == {"repeat", "ratio"}
    # the conclusion states another value than x/y gives: the restatement alone decides nothing
    r = analyse_text(text.format("96,45"))
    assert any(f.code == "repeated_value_mismatch" for f in r.findings)
    assert all(s.status != "named" for s in suggestions(r))


def test_a_decimal_digit_typed_twice_is_removed_not_recomputed():
    # 3.219/5.001 is 64,367...%: the share written "64,337%" has its 3 typed twice; 64,37 (two places,
    # as the other share is written) restores the ratio and the complement, and is a typing slip,
    # where 64,367 (the recomputation at the three places written) is not
    text = ("BÁO CÁO\nI. KẾT QUẢ\nTrong tháng tiếp nhận 5.001 hồ sơ, trong đó trực tuyến 3.219 hồ sơ "
            "(chiếm {}%), trực tiếp 1.782 hồ sơ (chiếm 35,63%).\n")
    s = named_one(analyse_text(text.format("64,337")))
    assert (s.written, s.corrected, s.pattern) == (64.337, 64.37, "digit_doubled")
    assert s.corrections[0].corrected_text == "64,37" and {i["kind"] for i in s.restores} == {"ratio", "complement"}
    s = named_one(analyse_text(text.format("64,7")))  # the 3 left out
    assert (s.written, s.corrected, s.pattern) == (64.7, 64.37, "digit_dropped")


DISTRICT = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\nSố: 45/BC-UBND\nĐông Sơn, ngày 5 tháng 4 năm 2024\nBÁO CÁO\n"
            "Kết quả giải quyết thủ tục hành chính quý I năm 2024\n1. Kết quả chung\n"
            "Toàn huyện đã giải quyết 9.600 hồ sơ, trong đó trước hạn 6.150 hồ sơ, đúng hạn 3.400 hồ sơ, quá hạn 50 hồ sơ.\n"
            "2. Cấp huyện\nCấp huyện đã giải quyết 2.100 hồ sơ, trong đó trước hạn {} hồ sơ, đúng hạn 1.020 hồ sơ, "
            "quá hạn 30 hồ sơ.\n3. Cấp xã\nCấp xã đã giải quyết 7.500 hồ sơ, trong đó trước hạn 5.100 hồ sơ, "
            "đúng hạn 2.380 hồ sơ, quá hạn 20 hồ sơ.\n")


def test_a_district_reports_whole_is_its_own_level_and_its_communes():
    # the district level's early count lost a 0: 105 breaks its own sum (2.100) and the whole
    # district's early count (6.150 = 1.050 + 5.100); the sum alone could be any of its four figures
    r = analyse_text(DISTRICT.format("105"))
    s = named_one(r)
    assert (s.written, s.corrected, s.pattern) == (105, 1050, "digit_dropped")
    assert {i["kind"] for i in s.restores} == {"sum", "level"}
    assert not any(s.status == "named" for s in suggestions(analyse_text(DISTRICT.format("1.050"))))
    # the levels come from the kind of unit the document's own subject names (rules.json self_partitions)
    from docparse.checks.identities import self_partition

    assert self_partition(r.facts) == ["districts", "communes"]


CONCLUSION = ("BÁO CÁO\nKết quả giải quyết thủ tục hành chính quý II năm 2025\nI. KẾT QUẢ\n{}"
              "II. ĐÁNH GIÁ CHUNG\nTrong quý, toàn tỉnh đã tiếp nhận {} hồ sơ, cơ bản giải quyết đúng hạn.\n")
HELD = ("Tổng số hồ sơ tiếp nhận là 12.400 hồ sơ, trong đó cấp tỉnh 4.100 hồ sơ, cấp xã 8.300 hồ sơ.\n"
        "Đã giải quyết 11.900 hồ sơ; đang giải quyết 500 hồ sơ.\n")


def test_a_restated_figure_held_by_its_own_identities_names_the_other_statement():
    # the body's 12.400 is its levels' sum and resolved + pending; the conclusion's 12.460 is one
    # digit away: the conclusion is the slip
    s = named_one(analyse_text(CONCLUSION.format(HELD, "12.460")))
    assert (s.written, s.corrected, s.pattern) == (12460, 12400, "one_digit")
    # two digits away: no typing slip explains it, listed only
    r = analyse_text(CONCLUSION.format(HELD, "12.466"))
    assert all(s.status != "named" for s in suggestions(r)) and suggestions(r)
    # the body's figure held by nothing: either statement may be the slip
    r = analyse_text(CONCLUSION.format("Tổng số hồ sơ tiếp nhận là 12.400 hồ sơ.\n", "12.460"))
    assert any(f.code == "repeated_value_mismatch" for f in r.findings)
    assert all(s.status != "named" for s in suggestions(r))


def test_two_figures_when_no_single_one_fits():
    # the city's in-time and late counts both have two digits swapped: no single figure restores
    # the city's sum and its two level identities; the pair does, each figure in two of them
    text = ("BÁO CÁO\nI. KẾT QUẢ\n"
            "Toàn thành phố đã giải quyết 419.025 hồ sơ, gồm 412.970 hồ sơ trước hạn, đúng hạn và 6.181 hồ sơ quá hạn.\n"
            "Các Sở, ban, ngành đã giải quyết 255.698 hồ sơ, gồm 251.698 hồ sơ trước hạn, đúng hạn và 4.000 hồ sơ quá hạn.\n"
            "Cấp xã đã giải quyết 163.327 hồ sơ, gồm 161.209 hồ sơ trước hạn, đúng hạn và 2.118 hồ sơ quá hạn.\n")
    s = named_one(analyse_text(text))
    assert s.figures == 2
    assert {(c.written, c.corrected, c.pattern) for c in s.corrections} == {
        (412970, 412907, "transposition"), (6181, 6118, "transposition")}
    assert suggestion_text(s) == ("có thể gõ nhầm: 412.970 → 412.907; 6.181 → 6.118 "
                                  "(đảo hai chữ số liền nhau, đảo hai chữ số liền nhau)")


def test_a_qualified_total_is_held_to_its_parts():
    # the new dossiers (2.410 = 1.985 + 425) have two digits swapped; the whole 2.530 = online +
    # in person + carried over holds, so neither part can move
    text = ("BÁO CÁO\nKết quả tháng 5 năm 2025\n1. Tiếp nhận\nTổng số hồ sơ tiếp nhận: 2.530 hồ sơ, gồm:\n"
            "+ Tiếp nhận mới trong kỳ: 2.140 hồ sơ (trực tuyến: 1.985 hồ sơ; trực tiếp: 425 hồ sơ);\n"
            "+ Kỳ trước chuyển sang: 120 hồ sơ.\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (2140, 2410, "transposition")


SCORE_TWICE = ("THÔNG BÁO\nKết quả Bộ chỉ số 766 tháng 4 năm 2025\n"
               "Tháng 4/2025, tỉnh đạt 83,45/100 điểm. Điểm từng nhóm chỉ số:\n"
               "- Công khai, minh bạch: 16,20/18 điểm;\n- Tiến độ, kết quả giải quyết: 18,35/20 điểm;\n"
               "- Cung cấp dịch vụ trực tuyến: 9,80/12 điểm;\n- Thanh toán trực tuyến: 8,10/10 điểm;\n"
               "- Mức độ hài lòng: 17,00/18 điểm;\n- Số hóa hồ sơ: 14,00/22 điểm.\nTổng cộng: {} điểm.\n")


def test_a_score_total_stated_twice_is_held_to_its_parts_each_time():
    # the six parts add up to 83,45, the lead-in's total: the closing "Tổng cộng" has two digits swapped
    s = named_one(analyse_text(SCORE_TWICE.format("83,54")))
    assert (s.written, s.corrected, s.pattern) == (83.54, 83.45, "transposition")
    assert {i["kind"] for i in s.restores} == {"score", "repeat"}
    assert not suggestions(analyse_text(SCORE_TWICE.format("83,45")))


COPIED_PART = ("BÁO CÁO\nKết quả tháng 5 năm 2025\n1. Hồ sơ tiếp nhận: tổng số 5.230 hồ sơ\n"
               "- Hồ sơ trực tuyến: 4.610 hồ sơ;\n- Hồ sơ trực tiếp: 4.610 hồ sơ.\n{}"
               "2. Hồ sơ đã giải quyết: 5.010 hồ sơ.\n3. Hồ sơ đang giải quyết: 220 hồ sơ.\n")


def test_a_part_copied_from_the_line_above_named_when_the_others_are_held():
    # the in-person count repeats the online one; the total is held by received = resolved +
    # pending, the online count by its rate over the total (4.610/5.230 = 88,15%): only the copy moves
    text = COPIED_PART.format("Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận: 88,15%.\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (4610, 620, "copied")
    # without the rate nothing holds the online count: either figure may be the slip, none is named
    assert all(s.status != "named" for s in suggestions(analyse_text(COPIED_PART.format(""))))


REST_OF_LEVEL = ("BÁO CÁO\nKết quả năm 2024\nI. KẾT QUẢ\nCấp huyện đã giải quyết 12.400 hồ sơ, quá hạn 310 hồ sơ. "
                 "Một số địa phương:\n"
                 "- Huyện Ba Vì: giải quyết 3.200 hồ sơ; đúng hạn 3.120 hồ sơ; quá hạn 80 hồ sơ.\n"
                 "- Huyện Đông Anh: giải quyết 4.100 hồ sơ; đúng hạn 4.010 hồ sơ; quá hạn 80 hồ sơ.\n{}")


def test_the_rest_of_a_levels_units_closes_the_list():
    # "Các huyện còn lại" is a group of districts, not the district level: with it the districts'
    # late dossiers must add up to the level's 310, so the second 80 (meant 90) is told apart from
    # the on-time 4.010 (4.020 would restore the district's own sum too)
    rest = "- Các huyện còn lại: giải quyết 5.100 hồ sơ; đúng hạn 4.960 hồ sơ; quá hạn 140 hồ sơ.\n"
    r = analyse_text(REST_OF_LEVEL.format(rest))
    assert {f.subject.name for f in r.facts if f.subject.level == "unit"} == {
        "Huyện Ba Vì", "Huyện Đông Anh", "Các huyện còn lại"}
    assert not [f for f in r.facts if f.subject.level == "districts" and f.value == 5100]
    s = named_one(r)
    assert (s.written, s.corrected) == (80, 90)
    assert {i["kind"] for i in s.restores} == {"sum", "units"}
    # a list without the rest may leave districts out: the level's figure proves nothing
    assert all(s.status != "named" for s in suggestions(analyse_text(REST_OF_LEVEL.format(""))))


def test_no_single_correction_fits():
    # 600 + 300 is not 800, and 75,00% + 37,50% is not 100%: each count is held by its rate and by
    # the conclusion's restatement, the total by both rates; no one figure, nor two, restores them
    text = ("BÁO CÁO\nKết quả quý I năm 2025\nI. KẾT QUẢ\nĐã giải quyết 800 hồ sơ, trong đó đúng và trước hạn "
            "600 hồ sơ (đạt 75,00%), quá hạn 300 hồ sơ (chiếm 37,50%).\nII. KẾT LUẬN\nTrong quý có 600 hồ sơ "
            "giải quyết đúng và trước hạn, 300 hồ sơ giải quyết quá hạn.\n")
    r = analyse_text(text)
    got = suggestions(r)
    assert got and all(s.status == "none" and not s.corrections and not s.candidates for s in got)
    assert {f.code for f in r.findings if f.suggestion is not None} == {"sum_mismatch", "complement_mismatch"}
    assert suggestion_text(got[0]) == "không có một chỗ sửa nào làm khớp mọi số liệu"


SAME_LINE_COPY = ("BÁO CÁO\nKết quả tháng 6 năm 2025\n1. Kết quả giải quyết\nĐã giải quyết 3.150 hồ sơ với 3.150 hồ sơ "
                  "trả trước hạn, 40 hồ sơ trả đúng hạn, 25 hồ sơ trả quá hạn.\n{}")


def test_a_figure_copied_from_the_one_before_it_on_its_line():
    # the early count repeats the total written just before it on the same line; the in-time rate
    # (3.085 + 40)/3.150 = 99,21% holds the total, and the on-time and late counts cannot move
    # (they would have to be negative): the copy is named, to the value the sum gives
    s = named_one(analyse_text(SAME_LINE_COPY.format("Tỷ lệ giải quyết trước hạn, đúng hạn đạt 99,21%.\n")))
    assert (s.written, s.corrected, s.pattern) == (3150, 3085, "copied")
    # without the rate the total may be the slip as well (3.215): both listed, none named
    got = suggestions(analyse_text(SAME_LINE_COPY.format("")))
    assert got and all(s.status == "ambiguous" for s in got)
    assert {c.corrected for s in got for cs in s.candidates for c in cs} == {3085, 3215}


def test_a_copied_part_named_when_no_other_part_can_move():
    # "nộp trực tiếp 20.150" repeats the online count before it; the online count is held by its
    # rate over the total (81,91%), the total by received = resolved + pending, and the carried-over
    # dossiers would have to be negative: only the copy moves, to 24.600 − 20.150 − 1.210
    text = ("BÁO CÁO\nKết quả tháng 6 năm 2025\n1. Tiếp nhận\nTrong tháng, toàn tỉnh đã tiếp nhận 24.600 hồ sơ, "
            "trong đó: nộp trực tuyến 20.150 hồ sơ, nộp trực tiếp 20.150 hồ sơ, kỳ trước chuyển sang 1.210 hồ sơ.\n"
            "2. Giải quyết\nĐã giải quyết 22.800 hồ sơ; đang giải quyết 1.800 hồ sơ.\n"
            "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận đạt 81,91%.\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (20150, 3240, "copied")


# ---- session 7 (s7-typo): constructs from the misses of tests/blind_typo3, own sentences and numbers

def test_weak_identities_alone_name_a_typing_slip_two_of_them_second():
    # the in-person count lost its 0: 620 makes the share (620/2.480 = 25,00%) and the sum
    # (1.860 + 620 = 2.480) hold exactly, both weak (a convention's denominator, a part list that
    # may leave some dossiers out); no other figure can move without breaking the online share
    text = ("BÁO CÁO\nTrong tháng, Bộ phận một cửa tiếp nhận tổng cộng 2.480 hồ sơ. Người dân nộp trực "
            "tuyến 1.860 hồ sơ, chiếm 75,00%; nộp trực tiếp 62 hồ sơ, chiếm 25,00%.\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (62, 620, "digit_dropped")


def test_weak_restatements_alone_name_nothing():
    from docparse.suggest import seconded_slip

    assert not seconded_slip("one_digit", 1) and not seconded_slip("copied", 2) and seconded_slip("separator", 2)


def test_the_shares_of_a_partition_add_up_to_100(tmp_path):
    # a portal page: the early share's comma slipped one place (5,08 for 50,8); the three shares of
    # the parts of 4.000 resolved then add up to 100 — a second statement beside the ratio
    p = tmp_path / "portal.txt"
    p.write_text("CỔNG DỊCH VỤ CÔNG TỈNH\nThống kê tháng 3/2024\n\nĐã xử lý: 4000\nĐang xử lý: 120\n\n"
                 "Kết quả xử lý\nTrước hạn: 2032 (5.08%)\nĐúng hạn: 1808 (45.2%)\nTrễ hạn: 160 (4.0%)\n", "utf-8")
    s = named_one(parse(p))
    assert (s.written, s.corrected, s.pattern) == (5.08, 50.8, "separator")
    assert "shares" in {i["kind"] for i in s.restores}


def test_a_rate_restating_the_counts_of_an_earlier_part():
    # "II." states no count of the city: the rate's x/y restates those of "I.", which rules out a
    # y of 80.000 (a digit dropped: 7.112/80.000 is 8,89% too); only the separator moved fits
    text = ("THÔNG BÁO\nI. SỐ LIỆU\nTrong tuần, toàn tỉnh tiếp nhận 8.000 hồ sơ, trong đó 7.112 hồ sơ nộp trực tuyến.\n"
            "II. CHỈ TIÊU\n1. Tỷ lệ nộp hồ sơ trực tuyến: 8,89% (7.112/8.000).\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (8.89, 88.9, "separator")


def test_label_value_rows_without_a_header_are_a_table(tmp_path):
    # rows of "label: value" cells; the communes' online count has one digit changed (4.210 for 4.290):
    # its rate and the whole's column sum both restored by 4.290
    p = tmp_path / "bars.txt"
    p.write_text("CỔNG DỊCH VỤ CÔNG TỈNH – THỐNG KÊ THÁNG 5/2025\n\n"
                 "Sở, ngành | Tiếp nhận: 1200 | Trực tuyến: 1080 | Tỷ lệ: 90.0%\n"
                 "Xã, phường | Tiếp nhận: 4400 | Trực tuyến: 4210 | Tỷ lệ: 97.5%\n"
                 "Toàn tỉnh | Tiếp nhận: 5600 | Trực tuyến: 5370 | Tỷ lệ: 95.9%\n", "utf-8")
    s = named_one(parse(p))
    assert (s.written, s.corrected, s.pattern) == (4210, 4290, "one_digit")


def test_an_undated_news_item_about_a_province_of_before_july_2025():
    # no header, no date; Quảng Bình is no province of today: the text is about it, as it was then,
    # so "tỉnh Quảng Bình đạt ..." and the parts "Cụ thể, ..." are one subject, and the total
    # held to its parts (the progress group restated: counted once) names the swapped digits
    text = ("Quảng Bình tăng 5 bậc về Bộ chỉ số phục vụ người dân, doanh nghiệp\n\n"
            "Theo kết quả công bố trên Cổng Dịch vụ công quốc gia, tỉnh Quảng Bình đạt 85,10 điểm.\n\n"
            "Cụ thể, nhóm công khai, minh bạch đạt 17,20 điểm; tiến độ, kết quả giải quyết 19,26 điểm; "
            "cung cấp dịch vụ trực tuyến 16,04 điểm; mức độ hài lòng 17,90 điểm và số hóa hồ sơ 14,70 điểm.\n\n"
            "Với 19,26 điểm ở nhóm tiến độ, kết quả giải quyết, tỉnh đứng trong nhóm đầu cả nước.\n")
    r = analyse_text(text)
    assert r.document.province == "Tỉnh Quảng Bình"
    assert {f.subject.level for f in r.facts if f.kind == "score"} == {"city"}
    text = text.replace("tiến độ, kết quả giải quyết 19,26", "tiến độ, kết quả giải quyết 19,62")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (19.62, 19.26, "transposition")


def test_a_lone_part_larger_than_its_total_bounds_it():
    # 4.802 resolved, of which 48.110 in time: only 48.802 (a digit dropped) makes the balance
    # (52.000 = resolved + 3.198 pending) and the bound hold; the recomputed received or pending
    # would leave the part above its total
    text = ("BÁO CÁO\nTrong quý, toàn tỉnh đã tiếp nhận 52.000 hồ sơ. Trong số 4.802 hồ sơ đã giải quyết, "
            "có 48.110 hồ sơ đúng hạn; số hồ sơ đang giải quyết là 3.198 hồ sơ.\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected, s.pattern) == (4802, 48802, "digit_dropped")


def test_a_field_list_closed_by_the_rest_adds_up_to_its_total():
    # "Các lĩnh vực khác" closes the list: 910 + 640 + 509 falls 81 short of 2.140; which field slipped
    # the statements do not tell (590 for 509 is a swap, but any field could take the 81), and one
    # statement read at info lists no candidate: the ambiguity is said; written right, nothing is said
    text = ("BÁO CÁO\nTrong quý I, Bộ phận một cửa tiếp nhận 2.140 hồ sơ. Phân theo lĩnh vực:\n"
            "- Đất đai: 910 hồ sơ;\n- Hộ tịch: 640 hồ sơ;\n- Các lĩnh vực khác: {} hồ sơ.\n")
    r = analyse_text(text.format("509"))
    [s] = suggestions(r)
    assert s.status == "ambiguous" and not s.corrections
    assert [f.severity for f in r.findings if f.code == "sum_mismatch"] == ["info"]
    assert not suggestions(analyse_text(text.format("590")))
    assert not [f for f in analyse_text(text.format("590")).findings if f.code == "sum_mismatch"]


def test_a_numbered_unit_list_closed_by_a_total_line(tmp_path):
    # a portal list of districts under a heading naming the measure, closed by "Tổng cộng cấp
    # huyện": Kim Sơn's 1608 typed 16080 (an extra digit) breaks the total; one statement read at
    # info cannot tell the total's slip from a district's: the ambiguity is said; written right, nothing
    text = ("CỔNG DỊCH VỤ CÔNG TỈNH NINH BÌNH\nThống kê hồ sơ đã giải quyết cấp huyện – tháng 2/2024\n\n"
            "1. Huyện Gia Viễn: 1320\n2. Huyện Nho Quan: 1475\n3. Huyện Kim Sơn: {}\nTổng cộng cấp huyện: 4403\n")
    p = tmp_path / "list.txt"
    p.write_text(text.format("16080"), "utf-8")
    r = parse(p)
    [s] = suggestions(r)
    assert s.status == "ambiguous" and not s.corrections
    assert [f.severity for f in r.findings if f.code == "sum_mismatch"] == ["info"]
    p.write_text(text.format("1608"), "utf-8")
    assert not [f for f in parse(p).findings if f.code == "sum_mismatch"]


# session 8 (s8-typo): the search constructs found on blind_typo4, each with sentences of our own

HEAD8 = "ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH\nBÁO CÁO\nKết quả tháng 3 năm 2026\n\n"


@pytest.mark.parametrize("prose,table,written,corrected", [
    ("tiếp nhận 1.530 hồ sơ, đã giải quyết 1.482 hồ sơ, còn 48 hồ sơ đang giải quyết.", (1530, 1482, 84), 84, 48),
    ("tiếp nhận 905 hồ sơ, đã giải quyết 871 hồ sơ, còn 34 hồ sơ đang giải quyết.", (905, 871, 43), 43, 34),
    ("tiếp nhận 2.260 hồ sơ, đã giải quyết 2.197 hồ sơ, còn 63 hồ sơ đang giải quyết.", (2260, 2197, 36), 36, 63),
])
def test_a_table_restating_the_prose_balances_on_its_own(prose, table, written, corrected):
    # the prose's pending figure and the table's differ: the table's own received = resolved +
    # pending (identities._one_block_groups) and the restatement both name the table's cell
    text = (HEAD8 + "Tháng 3/2026, phường " + prose + "\n\nBiểu tổng hợp:\n| Chỉ tiêu | Số hồ sơ |\n"
            f"| Tiếp nhận | {table[0]} |\n| Đã giải quyết | {table[1]} |\n| Đang giải quyết | {table[2]} |\n")
    s = named_one(analyse_text(text))
    assert (s.written, s.corrected) == (written, corrected)


@pytest.mark.parametrize("headline,body,x,y", [
    ("96,47%", "96,74%", 29_022, 30_001),
    ("88,19%", "88,91%", 8_891, 10_000),
    ("99,25%", "99,52%", 4_976, 5_000),
])
def test_a_headline_rate_against_a_body_rate_held_by_its_own_x_and_y(headline, body, x, y):
    # the headline's rate restated in the body beside its x/y, which give the body's value exactly:
    # the restatement seconds the recomputed rate (suggest.Search._restated_held)
    dots = lambda n: f"{n:,}".replace(",", ".")  # noqa: E731
    text = (f"Quảng Trị: {headline} hồ sơ thủ tục hành chính được giải quyết đúng hạn trong quý I\n\n"
            f"Quý I/2024, các cơ quan hành chính trên địa bàn tỉnh Quảng Trị đã giải quyết {dots(y)} hồ sơ, trong đó "
            f"có {dots(x)} hồ sơ trả kết quả đúng hạn và trước hạn, đạt tỷ lệ {body}.\n")
    s = named_one(analyse_text(text))
    c = s.corrections[0]
    assert c.written_text == headline.rstrip("%") and c.corrected_text == body.rstrip("%")


@pytest.mark.parametrize("total,parts", [
    ("84,20", ("16,90", "17,40", "10,60", "8,30", "15,50", "10,50")),
    ("79,35", ("15,20", "16,85", "9,90", "7,60", "14,30", "10,50")),
    ("91,10", ("17,80", "18,40", "12,10", "9,20", "16,30", "12,30")),
])
def test_766_parts_under_letter_items_add_up_to_the_total_before_them(total, parts):
    # "a) … b) …" items each opened a section of their own: the parts stood apart from their total
    # (scores.score_groups); now the mismatch is found and the ambiguity said
    labels = ("Công khai, minh bạch", "Tiến độ giải quyết", "Dịch vụ công trực tuyến", "Thanh toán trực tuyến",
              "Số hóa hồ sơ", "Mức độ hài lòng")
    items = "\n".join(f"{k}) {lab}: {v} điểm;" for k, lab, v in zip("abcdđe", labels, parts))
    text = HEAD8 + f"Tháng 2/2026, phường đạt {total}/100 điểm, cụ thể:\n{items}\n"
    r = analyse_text(text)
    found = [f for f in r.findings if f.code == "score_sum_mismatch"]
    assert found and found[0].suggestion is not None and found[0].suggestion.status != "named"


@pytest.mark.parametrize("total,part", [(3_927, 38_850), (1_204, 12_040), (5_310, 53_100)])
def test_a_lone_part_larger_than_its_total_is_said(total, part):
    # "Trong số 3.927 hồ sơ đã giải quyết, có 38.850 hồ sơ đúng hạn": a finding (info) and a suggestion
    text = (HEAD8 + f"Trong số {total:,} hồ sơ đã giải quyết, có {part:,} hồ sơ đúng hạn.\n").replace(",", ".")
    r = analyse_text(text)
    found = [f for f in r.findings if f.code == "sum_mismatch"]
    assert found and found[0].suggestion is not None


MINISTRY_BODIES = ("BỘ TƯ PHÁP\nBÁO CÁO\nKết quả giải quyết hồ sơ trực tuyến quý II năm 2024\n\n"
                   "Quý II, Bộ tiếp nhận 9.730 hồ sơ trực tuyến, trong đó:\n"
                   "- Cục Con nuôi: 2.415 hồ sơ;\n"
                   "- Cục Hộ tịch, quốc tịch, chứng thực: {b} hồ sơ, đã giải quyết đúng hạn 5.108 hồ sơ (97,57%);\n"
                   "- Cục Bổ trợ tư pháp: 2.080 hồ sơ.\n")


def test_a_ministrys_bodies_add_up_to_its_figure_and_an_in_time_share_of_their_dossiers():
    # 5.235 typed as 5.325: 5.108/5.235 = 97,57% and 2.415 + 5.235 + 2.080 = 9.730, both weak (a
    # share whose base the item names only as its dossiers received, a body list that may leave
    # bodies out), both exact with the one swap
    s = named_one(analyse_text(MINISTRY_BODIES.format(b="5.325")))
    assert (s.written, s.corrected, s.pattern) == (5325, 5235, "transposition")
    assert {i["kind"] for i in s.restores} == {"ratio", "units"}
    clean = analyse_text(MINISTRY_BODIES.format(b="5.235"))
    assert not suggestions(clean) and not [f for f in clean.findings if f.code == "ratio_mismatch"]


def test_a_provinces_list_of_central_bodies_is_no_part_of_its_figure():
    from docparse.checks.identities import unit_lists

    text = ("UBND TỈNH NINH BÌNH\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính quý I năm 2024\n\n"
            "Toàn tỉnh tiếp nhận 30.400 hồ sơ. Các cơ quan trung ương đóng trên địa bàn:\n"
            "- Cục Thuế tỉnh: 1.210 hồ sơ;\n- Cục Hải quan: 806 hồ sơ.\n")
    report = analyse_text(text)
    assert not [u for u in unit_lists(report.facts) if u[0] is not None]


ZERO_ITEM = ("UBND XÃ TÂN AN\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính tháng 10 năm 2025\n\n"
             "1. Tổng số hồ sơ đã giải quyết: {t} hồ sơ; trong đó đúng hạn và trước hạn 1.604 hồ sơ, trả lại 12 hồ sơ.\n"
             "2. Không có hồ sơ quá hạn trong tháng.\n")


def test_none_said_in_words_in_the_next_item_completes_the_parts():
    # "không có hồ sơ quá hạn" is the late part (0, said in words) of the total the item before
    # states: 1.604 + 0 + 12 = 1.616, so 1.619 does not add up; which figure slipped is not told,
    # and the zero said in words is never a figure to correct
    slipped = analyse_text(ZERO_ITEM.format(t="1.619"))
    sums = [f for f in slipped.findings if f.code == "sum_mismatch"]
    assert sums and all(f.suggestion is not None and f.suggestion.status != "named" for f in sums)
    assert not any(c.written == 0 for s in suggestions(slipped) for cs in s.candidates for c in cs)
    clean = analyse_text(ZERO_ITEM.format(t="1.616"))
    assert not clean.findings
