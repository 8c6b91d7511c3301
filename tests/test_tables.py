"""Statistics tables (issue 12) on the generated table corpus (corpus/generate_tables.py): cell facts
per format (recall and precision >= 0.99), planted table mistakes found (>= 95%), nothing serious
on a clean table; the table model (header paths, cell -> fact links, DataFrame) and the cells'
evidence; legacy formats through LibreOffice.

The corpus is generated once per session; the LibreOffice formats (ods, doc, xls) are skipped when
LibreOffice is not installed (scripts/install.sh installs it).
"""
from __future__ import annotations

import random
import shutil
import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from blind_score import load_truth, report_key, score_findings, truth_key  # noqa: E402

from docparse.pipeline import parse  # noqa: E402

HAVE_LO = shutil.which("soffice") is not None
# pdf_unruled / pdf_unruled_top: the ruled layout with no rules (wrapped header cells centred or set
# at the top of their rows, figures right-aligned or centred): borderless tables of another make
# txt_pipes / txt_box: the report as plain text, its tables typed as markdown or drawn with box
# characters (merged and wrapped header cells); pdf_rotated: ruled, each single column's header turned
# to read upwards; pdf_rotated_unruled: the same with no rules (a borderless table's vertical headers)
FORMATS = ["pdf_ruled", "pdf_borderless", "pdf_unruled", "pdf_unruled_top", "pdf_pages", "docx", "html", "xlsx",
           "txt_pipes", "txt_box", "pdf_rotated", "pdf_rotated_unruled"] + (
    ["ods", "doc", "xls", "pdf_office", "pdf_office_break", "pdf_office_break_unruled"] if HAVE_LO else [])
# pdf_office: a borderless DOCX printed by LibreOffice; pdf_office_break: a ruled one whose header row
# LibreOffice breaks across the page break (the first part at the foot of page 1);
# pdf_office_break_unruled: the same without borders (a borderless table's header cut by the page break)
PER_FORMAT = 7  # clean, row sum, rate, total row, balance, 766 total, prose figure


@pytest.fixture(scope="session")
def table_corpus(tmp_path_factory) -> dict:
    from corpus.generate_tables import generate

    out = tmp_path_factory.mktemp("tables")
    paths = generate(out, seed=11, per_format=PER_FORMAT, formats=FORMATS)
    reports = {}
    for p in paths:
        reports[p] = (parse(p), load_truth(p))
    return reports


def score_cells(report, truth) -> tuple[int, int, int, list, list]:
    """(hits, truth cells, emitted cells, missed, extra) over the facts read from table cells."""
    pool = defaultdict(list)
    cells = [f for f in report.facts if f.evidence.table is not None]
    for f in cells:
        pool[report_key(f)].append(f)
    hits, missed = 0, []
    wanted = [f for f in truth["facts"] if "cell" in f]
    for f in wanted:
        bucket = pool.get(truth_key(f))
        if bucket:
            bucket.pop()
            hits += 1
        else:
            missed.append(f)
    extra = [f for b in pool.values() for f in b]
    return hits, len(wanted), len(cells), missed, extra


def per_format(table_corpus) -> dict:
    table: dict = defaultdict(lambda: defaultdict(int))
    for path, (report, truth) in table_corpus.items():
        row = table[truth["format"]]
        hits, n_truth, n_emitted, _, _ = score_cells(report, truth)
        found, _, alarms = score_findings(report, truth)
        row["docs"] += 1
        row["hits"] += hits
        row["truth"] += n_truth
        row["emitted"] += n_emitted
        row["mistakes"] += len(truth["mistakes"])
        row["found"] += len(found)
        row["alarms"] += len(alarms)
        if not truth["mistakes"]:
            row["clean_alarms"] += len(alarms)
    return table


def test_cell_facts_per_format(table_corpus):
    table = per_format(table_corpus)
    print(f"\n{'format':16}{'docs':>5}{'recall':>8}{'precision':>10}{'mistakes':>10}{'alarms':>8}")
    for fmt in FORMATS:
        row = table[fmt]
        print(f"{fmt:16}{row['docs']:5}{row['hits'] / max(1, row['truth']):8.3f}"
              f"{row['hits'] / max(1, row['emitted']):10.3f}{row['found']:5}/{row['mistakes']:<4}{row['alarms']:8}")
    for fmt in FORMATS:
        row = table[fmt]
        assert row["truth"] > 100, fmt
        assert row["hits"] / row["truth"] >= 0.99, (fmt, dict(row))
        assert row["hits"] / row["emitted"] >= 0.99, (fmt, dict(row))


def test_feedback_table_cells_per_format(table_corpus):
    """Feedback tables (session 14: five header layouts, corpus/generate_tables.FB_LAYOUTS) read in every
    format: their cells (carried over, new, total, handled, pending, the handled rate with its x/y) at
    recall and precision >= 0.99 each (1.000 in every format when written), their planted mistakes
    (a broken balance, a wrong handled rate) all found."""
    table: dict = defaultdict(lambda: defaultdict(int))
    for path, (report, truth) in table_corpus.items():
        row = table[truth["format"]]
        wanted = [f for f in truth["facts"] if "cell" in f and f["indicator"].startswith("feedback")]
        pool = defaultdict(list)
        for f in report.facts:
            if f.evidence.table is not None and f.indicator.startswith("feedback"):
                pool[report_key(f)].append(f)
        row["emitted"] += sum(len(b) for b in pool.values())
        row["truth"] += len(wanted)
        for f in wanted:
            if pool.get(truth_key(f)):
                pool[truth_key(f)].pop()
                row["hits"] += 1
        found, _, _ = score_findings(report, truth)
        planted = [m for m in truth["mistakes"] if "handled rate" in m["note"] or "handled + pending" in m["note"]]
        row["planted"] += len(planted)
        row["found"] += sum(m in found for m in planted)
    for fmt in FORMATS:
        row = table[fmt]
        assert row["truth"] >= 100, (fmt, dict(row))
        assert row["hits"] / row["truth"] >= 0.99 and row["hits"] / max(1, row["emitted"]) >= 0.99, (fmt, dict(row))
    assert sum(r["planted"] for r in table.values()) >= len(FORMATS)
    assert all(r["found"] == r["planted"] for r in table.values()), {k: dict(v) for k, v in table.items()}


def test_planted_table_mistakes_are_found(table_corpus):
    table = per_format(table_corpus)
    found = sum(r["found"] for r in table.values())
    planted = sum(r["mistakes"] for r in table.values())
    assert planted >= 6 * len(FORMATS)
    print(f"\nplanted table mistakes found: {found}/{planted}")
    assert found / planted >= 0.95, {k: dict(v) for k, v in table.items()}
    by_code = defaultdict(lambda: [0, 0])
    for report, truth in table_corpus.values():
        hit, _, _ = score_findings(report, truth)
        for m in truth["mistakes"]:
            by_code[m["code"]][1] += 1
            by_code[m["code"]][0] += m in hit
    assert set(by_code) == {"sum_mismatch", "ratio_mismatch", "balance_mismatch", "score_sum_mismatch",
                            "repeated_value_mismatch"}
    for code, (hit, n) in by_code.items():
        assert hit / n >= 0.9, (code, hit, n)


def test_clean_tables_raise_nothing_serious(table_corpus):
    for path, (report, truth) in table_corpus.items():
        if truth["mistakes"]:
            continue
        serious = [f.message for f in report.findings if f.severity in ("warning", "error")]
        assert not serious, (path.name, serious)
    alarms = sum(len(score_findings(r, t)[2]) for r, t in table_corpus.values())
    assert alarms == 0


def _one(table_corpus, fmt: str, mistake: str):
    return next((r, t) for p, (r, t) in table_corpus.items() if t["format"] == fmt and p.stem.endswith("_" + mistake))


def test_table_model_header_paths_and_links(table_corpus):
    report, _ = _one(table_corpus, "docx", "clean")
    table = report.tables[0]
    paths = {tuple(c.path): c.indicator for c in table.columns if c.role == "value"}
    assert paths[("Số hồ sơ nhận giải quyết", "Trong kỳ", "Trực tuyến")] == "received_online"
    assert paths[("Số hồ sơ đang giải quyết", "Quá hạn")] == "pending_late"
    assert paths[("Số hồ sơ đã giải quyết", "Quá hạn")] == "resolved_late"
    assert paths[("Tỷ lệ giải quyết đúng hạn (%)",)] == "resolved_on_time"
    roles = [r.role for r in table.rows]
    assert roles[:2] == ["total", "group"] and roles.count("group") == 2
    assert table.rows[0].subject.level == "city" and table.rows[1].subject.level == "departments"
    facts = {f.id: f for f in report.facts}
    for row in table.rows:
        for cell in row.cells:
            if cell.fact:
                f = facts[cell.fact]
                assert (f.evidence.table, f.evidence.row, f.evidence.column) == (0, row.index, cell.column)
                assert f.evidence.header == table.columns[cell.column].path
                assert f.value == cell.value


def _paths(report, k):
    return [c.path for c in report.tables[k].columns if c.role == "value"]


def _written_paths(_=None):
    """The header paths the generator wrote (its own layout of the header), per table."""
    from corpus.generate_tables import B06_HEADER, ONLINE_HEADER, S766_HEADER, Table

    return {k: Table(k, h, None, [], "").leaf_paths() for k, h in
            (("b06", B06_HEADER), ("online", ONLINE_HEADER), ("766", S766_HEADER))}


def test_drawn_text_tables_keep_merged_and_wrapped_headers(table_corpus):
    """Tables drawn with box characters: a header cell over two columns and over two rows, its text
    wrapped onto three lines, is one cell; markdown tables: a blank cell right of a header spans."""
    written = _written_paths(None)
    for fmt in ("txt_box", "txt_pipes"):
        report, _ = _one(table_corpus, fmt, "clean")
        assert [t.source for t in report.tables] == ["text"] * len(report.tables)
        assert _paths(report, 0) == written["b06"], fmt
        assert _paths(report, 1) == written["online"], fmt
        assert report.tables[1].rows[1].cells[1].status == "zero"  # a "-" cell is no rule


def test_rotated_header_text_is_read_upwards(table_corpus):
    """A ruled PDF whose single columns' headers are set vertically (turned to read upwards): the
    vertical text is each column's header, wrapped lines in order."""
    written = _written_paths(None)
    report, _ = _one(table_corpus, "pdf_rotated", "clean")
    assert _paths(report, 0) == written["b06"]
    assert _paths(report, 2) == written["766"]
    assert report.tables[2].columns[2].maximum == 18 and report.tables[2].columns[-1].maximum == 100
    report, _ = _one(table_corpus, "pdf_rotated_unruled", "score766")  # no rules: the same header paths
    assert _paths(report, 0) == written["b06"]
    assert _paths(report, 1) == written["online"]
    assert _paths(report, 2) == written["766"]


@pytest.mark.skipif(not HAVE_LO, reason="LibreOffice (soffice) not installed")
def test_header_row_broken_by_the_page_break_is_one_row(table_corpus):
    """LibreOffice lets a table row break across pages: the first part of the header at the foot
    of page 1, the rest of its last row at the top of page 2. The two parts are one header."""
    written = _written_paths(None)
    broken = [(r, t) for p, (r, t) in table_corpus.items() if t["format"] == "pdf_office_break"]
    assert broken
    for report, _ in broken:
        table = report.tables[0]
        assert table.pages == [1, 2] and table.page == 1
        assert all(row.page == 2 for row in table.rows)  # no body row on page 1: the header was cut
        assert _paths(report, 0) == written["b06"]


@pytest.mark.skipif(not HAVE_LO, reason="LibreOffice (soffice) not installed")
def test_borderless_header_cut_by_the_page_break_is_read_whole(table_corpus):
    """The same page break in a table without borders: the header's first part at the foot of page
    1 is set back above the body on page 2; every table's header paths are the ones written."""
    written = _written_paths(None)
    broken = [(r, t) for p, (r, t) in table_corpus.items() if t["format"] == "pdf_office_break_unruled"]
    assert broken
    cut = 0
    for report, _ in broken:
        table = report.tables[0]
        assert _paths(report, 0) == written["b06"]
        if table.pages == [1, 2] and all(row.page == 2 for row in table.rows):
            cut += 1
            assert table.page == 1 and table.title and table.title.startswith("Biểu")
    assert cut >= 2


def test_frame_has_a_multiindex_header(table_corpus):
    report, _ = _one(table_corpus, "html", "clean")
    frame = report.tables[0].frame()
    assert frame.columns.nlevels == 3
    assert ("Số hồ sơ nhận giải quyết", "Trong kỳ", "Trực tuyến") in frame.columns
    total = frame.loc["Tổng cộng"]
    units = frame.drop(index=["Tổng cộng", "Cấp tỉnh", "Cấp xã"])
    col = ("Số hồ sơ đã giải quyết", "Tổng số", "")
    assert total[col] == units[col].sum()


def test_dash_is_zero_x_and_dots_are_no_fact(table_corpus):
    report, _ = _one(table_corpus, "xlsx", "clean")
    online = report.tables[1]
    statuses = {c.status for r in online.rows for c in r.cells}
    assert {"zero", "na", "nodata", "value"} <= statuses
    for r in online.rows:
        for c in r.cells:
            assert (c.fact is None) == (c.status not in ("value", "zero")), (r.label, c)
            if c.status == "zero":
                assert c.value == 0


def test_pdf_cells_carry_boxes_and_pages(table_corpus):
    report, _ = _one(table_corpus, "pdf_pages", "clean")
    # the long table over two pages is one table (a feedback table follows it since session 14)
    assert [(t.title or "")[:11] for t in report.tables].count("Biểu số 01.") == 1
    assert report.tables[0].pages == [1, 2]
    cells = [f for f in report.facts if f.evidence.table == 0]
    assert {f.evidence.page for f in cells} == {1, 2}
    assert all(f.evidence.bbox and f.evidence.bbox[1] > f.evidence.bbox[3] for f in cells)
    # the header repeated on page 2 is no row of the table
    assert sum(r.label == "Tổng cộng" for r in report.tables[0].rows) == 1


def test_prose_outside_tables_is_still_read(table_corpus):
    report, truth = _one(table_corpus, "pdf_ruled", "clean")
    prose = [f for f in report.facts if f.evidence.table is None]
    assert any(f.indicator == "received_total" and f.subject.level == "city" for f in prose)
    # the table's own figures never reach the prose recogniser
    assert len(prose) <= 3, [(f.indicator, f.value, f.evidence.text) for f in prose]


def test_report_json_carries_tables(table_corpus):
    import json

    report, _ = _one(table_corpus, "html", "clean")
    data = json.loads(report.model_dump_json())
    assert data["tables"][0]["columns"][2]["path"] == ["Số hồ sơ nhận giải quyết", "Tổng số"]
    assert data["facts"][-1]["evidence"]["table"] is not None


def test_batch_stores_and_exports_table_cells(table_corpus, tmp_path):
    import pandas as pd

    from docparse.batch import run_batch
    from docparse.store import export, load

    archive = tmp_path / "archive"
    archive.mkdir()
    picked = [p for p, (_, t) in table_corpus.items() if t["format"] in ("html", "xlsx") and p.stem.endswith("_clean")]
    for p in picked:
        (archive / p.name).write_bytes(p.read_bytes())
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    run_batch(archive, url, workers=1)
    cells = load(url)["table_cells"]
    expected = sum(len(r.cells) for p in picked for t in table_corpus[p][0].tables for r in t.rows)
    assert len(cells) == expected > 100
    online = cells[cells.header == "Số hồ sơ nhận giải quyết / Trong kỳ / Trực tuyến"]
    assert set(online.indicator) == {"received_online"} and online.fact_id.notna().all()
    assert set(cells.status) >= {"value", "zero", "na", "nodata"}
    written = export(url, str(tmp_path / "out.csv"))
    cell_csv = tmp_path / "out.table_cells.csv"
    assert str(cell_csv) in written
    assert len(pd.read_csv(cell_csv)) == expected


def test_review_page_marks_the_wrong_cell(table_corpus):
    from docparse.render.html import report_html

    report, truth = _one(table_corpus, "html", "rate")
    html = report_html(report)
    assert html.count('<table class="stat">') == len(report.tables)
    bad = truth["mistakes"][0]["text"]  # the rate cell as written
    wrong = [f for f in report.findings if f.severity == "warning" and f.code == "ratio_mismatch"]
    assert len(wrong) == 1
    i = report.findings.index(wrong[0])
    assert f'<td class="warning" id="f{i}"' in html
    cell_html = html.split(f'id="f{i}"', 1)[1].split("</td>", 1)[0]
    # the cell as written, marked as the figure to fix (its column's convention names it, issue 16)
    assert cell_html.endswith(">" + bad + "</mark>") and '<mark class="typo"' in cell_html
    clean, _ = _one(table_corpus, "html", "clean")
    page = report_html(clean)
    assert 'class="error"' not in page and 'class="warning"' not in page


def test_annotated_pdf_highlights_the_cell(table_corpus, tmp_path):
    from pypdf import PdfReader

    from docparse.render.annotate import annotate_copy

    path, (report, truth) = next((p, v) for p, v in table_corpus.items()
                                 if v[1]["format"] == "pdf_ruled" and p.stem.endswith("_rate"))
    out = annotate_copy(path, report, tmp_path / "annotated.pdf")
    finding = next(f for f in report.findings if f.code == "ratio_mismatch" and f.severity == "warning")
    x0, top, x1, bottom = finding.evidence.bbox
    rects = []
    for page in PdfReader(str(out)).pages:
        for a in page.get("/Annots") or []:
            a = a.get_object()
            if a.get("/Subj") == "ratio_mismatch":
                rects.append([float(v) for v in a["/Rect"]])
    assert any(abs(r[0] - x0) < 0.5 and abs(r[2] - x1) < 0.5 and abs(r[1] - bottom) < 0.5 and abs(r[3] - top) < 0.5
               for r in rects), (rects, finding.evidence.bbox)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_scanned_ruled_table_gives_its_grid(tmp_path):
    """A ruled Biểu 06 rendered to an image-only PDF (300 dpi, light noise, no skew): the rules give
    the grid (14 columns, 3 header levels with the merged group headers, the column-number row, 10
    body rows); OCR fills the cells it reads; nothing serious is claimed from OCR'd cells."""
    import random

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    from corpus.generate_tables import build, write_pdf_ruled

    doc = build(random.Random(5), "pdf_ruled", "clean", 0)
    doc["tables"] = doc["tables"][:1]
    src = tmp_path / "src.pdf"
    write_pdf_ruled(doc, src)
    pages = []
    for page in pdfium.PdfDocument(str(src)):
        image = page.render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        pixels = np.asarray(image, dtype=np.float32) + np.random.default_rng(1).normal(0, 8, (image.height, image.width))
        pages.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)))
    scan = tmp_path / "scan.pdf"
    pages[0].save(scan, save_all=True, append_images=pages[1:], resolution=300)
    report = parse(scan)
    assert report.source.text_source == "ocr"
    table = report.tables[0]
    assert table.source == "ocr" and len(table.columns) == 14 and len(table.rows) == 10
    assert len(table.header_rows) == 4  # three header levels and the column numbers
    assert table.header_rows[0][2:6] == ["Số hồ sơ nhận giải quyết"] * 4  # one merged cell over four
    labels = [r.label for r in table.rows]
    assert labels[:2] == ["Tổng cộng", "Cấp tỉnh"]
    cells = [f for f in report.facts if f.evidence.table is not None]
    assert len(cells) > 30 and all(f.uncertain and f.garbled and f.evidence.bbox for f in cells)
    assert not [f for f in report.findings if f.severity in ("warning", "error") and f.evidence
                and f.evidence.table is not None]


def test_borderless_wrapped_header_and_row_label(tmp_path):
    """A borderless table whose header cells wrap onto a second tight line and whose row label wraps:
    each wrapped cell is one header (one path), the wrapped label one row."""
    from reportlab.pdfgen import canvas

    from corpus.generate_tables import _fonts

    _fonts()
    path = tmp_path / "wrap.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("DejaVuSans", 10)
    c.drawString(40, 800, "UBND TỈNH GIA LAI")
    c.drawString(40, 770, "Bảng 1. Kết quả giải quyết hồ sơ theo đơn vị")
    c.setFont("DejaVuSans", 8)
    xs = [40, 200, 280, 360, 440]

    def row(values, y):
        for k, (x, v) in enumerate(zip(xs, values)):
            (c.drawString(x, y, v) if k == 0 else c.drawRightString(x + 60, y, v))

    row(["Đơn vị", "Số hồ sơ", "Đã giải", "Giải quyết", "Tỷ lệ đúng"], 750)
    row(["", "tiếp nhận", "quyết", "đúng hạn", "hạn (%)"], 741)
    y = 725
    for values in (["Sở Tư pháp", "1.200", "1.100", "1.089", "99,00"], ["Trung tâm Phục vụ hành", "800", "700", "693", "99,00"],
                   ["chính công tỉnh", "", "", "", ""], ["Sở Y tế", "400", "300", "297", "99,00"]):
        row(values, y)
        y -= 12
    c.drawString(40, y - 20, "Nơi nhận: như trên.")
    c.save()
    report = parse(path)
    table = report.tables[0]
    assert [c.path for c in table.columns][1:] == [["Số hồ sơ tiếp nhận"], ["Đã giải quyết"], ["Giải quyết đúng hạn"],
                                                    ["Tỷ lệ đúng hạn (%)"]]
    assert [c.indicator for c in table.columns][1:] == ["received_total", "resolved_total", "resolved_in_time",
                                                        "resolved_on_time"]
    assert [r.label for r in table.rows] == ["Sở Tư pháp", "Trung tâm Phục vụ hành chính công tỉnh", "Sở Y tế"]
    assert not [f for f in report.findings if f.severity != "info"]


def test_indicators_in_rows_and_levels_in_columns(tmp_path):
    page = tmp_path / "t.html"
    page.write_text("""<html><body><p>UBND TỈNH GIA LAI</p><p>Biểu 1. Kết quả</p>
<table border=1><tr><th>STT</th><th>Nội dung</th><th>Số lượng</th><th>Tỷ lệ (%)</th></tr>
<tr><td>1</td><td>Tổng số hồ sơ tiếp nhận</td><td>500</td><td></td></tr>
<tr><td></td><td>- Trực tuyến</td><td>400</td><td>80,00</td></tr>
<tr><td></td><td>- Trực tiếp</td><td>100</td><td>20,00</td></tr>
<tr><td>2</td><td>Số hồ sơ đã giải quyết</td><td>480</td><td></td></tr>
<tr><td></td><td>- Quá hạn</td><td>10</td><td></td></tr>
<tr><td>3</td><td>Số hồ sơ đang giải quyết</td><td>20</td><td></td></tr></table>
<p>Biểu 2</p><table border=1><tr><th>Chỉ tiêu</th><th>Cấp tỉnh</th><th>Cấp xã</th><th>Toàn tỉnh</th><th>Cùng kỳ năm trước</th></tr>
<tr><td>Hồ sơ tiếp nhận</td><td>100</td><td>50</td><td>150</td><td>140</td></tr></table></body></html>""", "utf-8")
    report = parse(page)
    got = {(f.kind, f.indicator, f.subject.level, f.value) for f in report.facts if f.evidence.table is not None}
    assert got == {("count", "received_total", "city", 500), ("count", "received_online", "city", 400),
                   ("rate", "received_online_share", "city", 80), ("count", "received_offline", "city", 100),
                   ("rate", "received_offline_share", "city", 20), ("count", "resolved_total", "city", 480),
                   ("count", "resolved_late", "city", 10), ("count", "pending_total", "city", 20),
                   ("count", "received_total", "departments", 100), ("count", "received_total", "communes", 50),
                   ("count", "received_total", "city", 150)}
    assert report.tables[0].layout == "indicators_in_rows"
    assert not [f for f in report.findings if f.severity != "info"]


def test_bare_unit_names_remainder_and_lone_total_columns(tmp_path):
    """Words a table leaves to its layout: ward names written without "Phường"/"Xã" under a
    "Phường, xã" column are those units; a "Tổng cộng" column after the online and offline counts
    that is their sum row by row is the received total (a row that does not add up is that row's
    slip, told as an error); "Còn lại" under "Trong đó" beside full and partial online procedures is
    the procedures not online; "Cung cấp dịch vụ công trực tuyến" over them names nothing itself."""
    page = tmp_path / "t.html"
    page.write_text("""<html><body><p>UBND TỈNH GIA LAI</p><p>Gia Lai, ngày 05 tháng 11 năm 2025</p>
<p>Biểu 1. Hồ sơ trực tuyến tháng 10 năm 2025</p>
<table border=1><tr><th>STT</th><th>Phường, xã</th><th>Hồ sơ trực tuyến</th><th>Hồ sơ trực tiếp</th><th>Tổng cộng</th></tr>
<tr><td>1</td><td>Quy Nhơn Đông</td><td>300</td><td>100</td><td>400</td></tr>
<tr><td>2</td><td>An Nhơn Tây</td><td>120</td><td>30</td><td>150</td></tr>
<tr><td>3</td><td>Bồng Sơn</td><td>90</td><td>10</td><td>100</td></tr>
<tr><td>4</td><td>An Nhơn Nam</td><td>50</td><td>20</td><td>75</td></tr>
<tr><td>5</td><td>Bình Định</td><td>60</td><td>40</td><td>100</td></tr></table>
<p>Biểu 2. Thủ tục hành chính</p>
<table border=1><tr><th rowspan=2>TT</th><th rowspan=2>Cơ quan</th><th rowspan=2>Số TTHC</th>
<th colspan=3>Cung cấp dịch vụ công trực tuyến</th></tr>
<tr><th>Toàn trình</th><th>Một phần</th><th>Còn lại</th></tr>
<tr><td>1</td><td>Sở Tư pháp</td><td>120</td><td>40</td><td>50</td><td>30</td></tr>
<tr><td>2</td><td>Sở Y tế</td><td>90</td><td>30</td><td>40</td><td>20</td></tr></table></body></html>""", "utf-8")
    report = parse(page)
    got = {(f.kind, f.indicator, f.subject.level, f.subject.name, f.value) for f in report.facts
           if f.evidence.table is not None}
    assert ("count", "received_total", "unit", "Phường Quy Nhơn Đông", 400) in got
    assert ("count", "received_online", "unit", "Xã An Nhơn Tây", 120) in got
    assert ("count", "received_total", "unit", "Phường Bình Định", 100) in got
    assert ("count", "procedures_not_online", "unit", "Sở Tư pháp", 30) in got
    assert ("count", "procedures_full_online", "unit", "Sở Y tế", 30) in got
    serious = [f for f in report.findings if f.severity in ("warning", "error")]
    assert [(f.code, f.stated) for f in serious] == [("sum_mismatch", 75)]  # An Nhơn Nam: 50 + 20 is 70


def test_annotated_docx_comments_on_the_cell(table_corpus, tmp_path):
    import docx

    from docparse.render.annotate import annotate_copy

    path, (report, truth) = next((p, v) for p, v in table_corpus.items()
                                 if v[1]["format"] == "docx" and p.stem.endswith("_rate"))
    out = annotate_copy(path, report, tmp_path / "annotated.docx")
    finding = next(f for f in report.findings if f.code == "ratio_mismatch" and f.severity == "warning")
    document = docx.Document(str(out))
    table = [t for t in document.tables if len(t.rows) > 3][finding.evidence.table]
    cell = table.cell(finding.evidence.row, finding.evidence.column)
    assert cell.text == truth["mistakes"][0]["text"]
    xml = cell._tc.xml
    assert "commentRangeStart" in xml or "commentReference" in xml


def test_borderless_bottom_aligned_header_reads_no_wrong_figure(tmp_path):
    """The ruled layout without rules and with its header cells set at the bottom of their rows (as
    spreadsheets print by default): a cell spanning the header's rows cannot be told from a leaf by
    its height, so group headers take the columns they are centred over. Some columns stay unnamed
    (the lowest level's neighbours), but no cell is read as another indicator and no warning or
    error is raised on the clean table."""
    from corpus.generate_tables import build, write_pdf_ruled

    doc = build(random.Random(41), "pdf_ruled", "clean", 0)
    path = tmp_path / "bottom.pdf"
    write_pdf_ruled(doc, path, rules=False, valign="BOTTOM", align="RIGHT")
    report = parse(path)
    key = lambda f: (f["kind"], f["indicator"], f["subject"], round(float(f["value"]), 4))  # noqa: E731
    wanted = defaultdict(int)
    for f in doc["facts"]:
        wanted[key(f)] += 1
    got = [f for f in report.facts if f.evidence.table is not None]
    hits = 0
    for f in got:
        subject = "unit:" + f.subject.name if f.subject.level == "unit" else f.subject.level
        k = (f.kind, f.indicator, subject, round(float(f.value), 4))
        if wanted.get(k):
            wanted[k] -= 1
            hits += 1
    assert hits / len(got) >= 0.99, (hits, len(got))
    assert hits / len(doc["facts"]) >= 0.8, (hits, len(doc["facts"]))
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_sheet_header_written_without_merges(tmp_path):
    """A sheet whose header groups are written in their first cell only, the cells to the right and
    below left blank (no merged ranges), over a column numbers' row: every cell is read as with the
    merges."""
    import openpyxl

    from corpus.generate_tables import build, write_xlsx

    doc = build(random.Random(77), "xlsx", "clean", 0)
    path = tmp_path / "unmerged.xlsx"
    write_xlsx(doc, path)
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for rng in list(ws.merged_cells.ranges):
            ws.unmerge_cells(str(rng))
    wb.save(path)
    report = parse(path)
    hits, n_truth, n_emitted, missed, extra = score_cells(report, {"facts": doc["facts"]})
    assert hits == n_truth == n_emitted, (missed[:3], extra[:3])
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_heading_rows_across_the_table_and_subtotals(tmp_path):
    """An HTML table whose levels open with a heading across the whole table ("A. CẤP TỈNH") and
    close with a subtotal ("Cộng cấp tỉnh"), header text broken by <br>: the header names every
    column, the subtotal sums the rows above it, the total the subtotals; clean, nothing is
    raised; a wrong subtotal is an error where it stands."""
    src = Path(__file__).parent / "data" / "table_headings_subtotals.html"
    report = parse(src)
    table = report.tables[0]
    assert [c.indicator for c in table.columns][2:] == ["received_total", "resolved_total", "resolved_in_time",
                                                        "resolved_late", "pending_total"]
    roles = [(r.label, r.role, r.subject.level, r.closes) for r in table.rows]
    assert roles == [("A. CẤP TỈNH", "group", "departments", False), ("Sở Tư pháp", "unit", "unit", False),
                     ("Sở Y tế", "unit", "unit", False), ("Cộng cấp tỉnh", "group", "departments", True),
                     ("B. CẤP XÃ", "group", "communes", False), ("Xã Tịnh Khê", "unit", "unit", False),
                     ("Phường Nghĩa Lộ", "unit", "unit", False), ("Cộng cấp xã", "group", "communes", True),
                     ("Tổng cộng", "total", "city", False)]
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
    wrong = tmp_path / "wrong.html"  # the communes' subtotal of received dossiers: 1.300 for 500 + 700
    wrong.write_text(src.read_text("utf-8").replace("<b>Cộng cấp xã</b></td><td>1.200", "<b>Cộng cấp xã</b></td><td>1.300"),
                     "utf-8")
    report = parse(wrong)
    serious = {(f.code, f.stated, f.expected) for f in report.findings if f.severity in ("warning", "error")}
    assert ("sum_mismatch", 1300.0, 1200.0) in serious, serious


def test_a_roman_heading_that_names_no_level_is_no_proven_group(tmp_path):
    """Rows under roman headings that name no level ("I. Lĩnh vực đất đai"): a heading's figures that
    are not its rows' sum may be no group at all (another breakdown, or the rows are a selection), so
    the mismatch is info; the same rows under "I. Cấp tỉnh" (a level of the catalogue) are a group,
    and the mismatch is an error."""
    def page(heading):
        return f"""<html><body><p>ỦY BAN NHÂN DÂN TỈNH GIA LAI</p><p>Số: 5/BC-UBND</p><p>BÁO CÁO</p>
<table border=1><tr><th>STT</th><th>Đơn vị</th><th>Số hồ sơ tiếp nhận</th><th>Số hồ sơ đã giải quyết</th></tr>
<tr><td>I</td><td>{heading}</td><td>900</td><td>850</td></tr>
<tr><td>1</td><td>Sở Tư pháp</td><td>300</td><td>290</td></tr>
<tr><td>2</td><td>Sở Y tế</td><td>400</td><td>380</td></tr></table></body></html>"""

    for heading, severity in (("Lĩnh vực đất đai", "info"), ("Cấp tỉnh", "error")):
        path = tmp_path / "t.html"
        path.write_text(page(heading), "utf-8")
        report = parse(path)
        sums = [f for f in report.findings if f.code == "sum_mismatch" and f.stated == 900]
        assert sums and {f.severity for f in sums} == {severity}, (heading, [(f.severity, f.message) for f in sums])


def test_plain_text_table_aligned_with_spaces(tmp_path):
    """A portal's statistics exported as text, columns aligned with spaces: every cell a fact with
    its row's unit and its column's indicator; the caption and the source line stay prose."""
    text = ("Hệ thống thông tin giải quyết TTHC tỉnh\nTHỐNG KÊ THEO ĐƠN VỊ\n"
            "Từ ngày: 01/03/2024  Đến ngày: 31/03/2024\n\n"
            "STT  Đơn vị                          Đã giải quyết   Đúng hạn   Trễ hạn\n"
            "1    Sở Tư pháp                               1204       1198         6\n"
            "2    Sở Y tế                                   517        517         0\n"
            "3    Sở Xây dựng                               388        371        17\n"
            "     Tổng cộng                                2109       2086        23\n\n"
            "Nguồn: hệ thống một cửa điện tử\n")
    path = tmp_path / "portal.txt"
    path.write_text(text, "utf-8")
    report = parse(str(path))
    got = {(f.indicator, f.subject.level, f.subject.name, f.value) for f in report.facts
           if f.evidence.table is not None}
    assert len(report.tables) == 1 and len(got) == 12, got
    # "Tổng cộng" under units that are all departments sums the departments (the province's own total
    # would hold the communes too): the departments' aggregate, as a total over xã/phường only is
    # the communes' (the convention of tests/blind_tables2, README there; tables.json listed_total_levels)
    assert {("resolved_total", "unit", "Sở Tư pháp", 1204), ("resolved_late", "unit", "Sở Xây dựng", 17),
            ("resolved_total", "departments", None, 2109)} <= got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def _borderless_three_levels(path, tops, subs, leaves, rows, width=52.0, x_first=150.0):
    """A borderless table drawn with reportlab: each upper header centred over its run of columns,
    figures right-aligned in columns of one width (no rules)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    from corpus.generate_tables import _fonts

    _fonts()
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setFont("DejaVuSans", 10)
    c.drawString(40, 560, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
    c.drawString(40, 545, "Số: 31/BC-UBND")
    c.drawString(500, 545, "Quảng Ngãi, ngày 06 tháng 10 năm 2025")
    c.drawString(200, 515, "Biểu 2. Kết quả giải quyết hồ sơ của các xã, phường")
    c.setFont("DejaVuSans", 7)

    def centred(text, lo, hi, y):
        c.drawCentredString(x_first + width * (lo + hi + 1) / 2, y, text)

    for text, lo, hi in tops:
        centred(text, lo, hi, 490 if subs else 479)
    for text, lo, hi in subs:
        centred(text, lo, hi, 479)
    c.drawString(40, 468, "Đơn vị")
    for k, text in enumerate(leaves):  # a leaf's wrapped lines parted by "|"
        for j, part in enumerate(text.split("|")):
            centred(part, k, k, 468 - 8 * j)
    y = 454 - 8 * max(t.count("|") for t in leaves)
    for label, *values in rows:  # a label's wrapped lines parted by "|", set 8 apart (rows 11 apart)
        for j, part in enumerate(label.split("|")):
            c.drawString(40, y - 8 * j, part)
        for k, v in enumerate(values):
            c.drawRightString(x_first + width * (k + 1) - 4, y, v)
        y -= 11 + 8 * label.count("|")
    c.drawString(40, y - 16, "Nơi nhận: như trên.")
    c.save()


def test_borderless_lower_group_stays_whole_under_its_upper_group(tmp_path):
    """Three header levels with no rules: a short upper header ("Kết quả") centred over six columns
    touches only the middle two; the second level's groups under it ("Đã giải quyết" over three
    columns) go to it whole, never split with the upper header on the left ("Tiếp nhận"), however
    near that one's text stands to their first column."""
    leaves = ["Tổng số", "Trực tuyến", "Trực tiếp", "Tổng số", "Đúng hạn", "Trễ hạn", "Tổng số", "Trong hạn",
              "Quá hạn"]
    tops = [("Hồ sơ tiếp nhận trong kỳ", 0, 2), ("Kết quả", 3, 8)]
    subs = [("Trong đó", 1, 2), ("Đã giải quyết", 3, 5), ("Đang giải quyết", 6, 8)]
    rows = [["Xã Tịnh Khê", "420", "300", "120", "400", "396", "4", "20", "19", "1"],
            ["Phường Nghĩa Lộ", "615", "500", "115", "600", "600", "-", "15", "15", "-"],
            ["Xã An Phú", "233", "150", "83", "220", "215", "5", "13", "12", "1"],
            ["Tổng cộng", "1.268", "950", "318", "1.220", "1.211", "9", "48", "46", "2"]]
    path = tmp_path / "three.pdf"
    _borderless_three_levels(path, tops, subs, leaves, rows)
    report = parse(path)
    table = report.tables[0]
    assert [c.indicator for c in table.columns if c.role == "value"] == [
        "received_total", "received_online", "received_offline", "resolved_total", "resolved_in_time",
        "resolved_late", "pending_total", "pending_on_time", "pending_late"], [c.path for c in table.columns]
    assert table.columns[4].path[0] == "Kết quả"
    total = {(f.indicator, f.subject.level) for f in report.facts if f.evidence.row == table.rows[-1].index}
    assert ("resolved_total", "communes") in total  # a total over xã and phường only
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_listed_total_levels_and_a_note_row(tmp_path):
    """'Tổng cộng' under the province's departments only is the departments' aggregate, so the whole
    province's online rate in the prose (which holds the communes too) is not held to it; under
    communes it is the communes' aggregate even with a note row ("Ghi chú: ...") across the table
    after it."""
    def page(rows, note, prose):
        body = "".join(f"<tr><td>{i + 1}</td><td>{n}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
                       for i, (n, a, b, c, d) in enumerate(rows))
        return f"""<html><body><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Số: 40/BC-UBND</p>
<p>Quảng Ngãi, ngày 03 tháng 11 năm 2025</p><p>BÁO CÁO</p><p>{prose}</p>
<table border=1><tr><th>STT</th><th>Đơn vị</th><th>Số hồ sơ tiếp nhận</th><th>Trực tuyến</th><th>Trực tiếp</th>
<th>Tỷ lệ trực tuyến (%)</th></tr>{body}{note}</table><p>Nơi nhận: như trên.</p></body></html>"""

    depts = [("Sở Tư pháp", "400", "300", "100", "75,00"), ("Sở Y tế", "200", "150", "50", "75,00"),
             ("Tổng cộng", "600", "450", "150", "75,00")]
    path = tmp_path / "depts.html"
    path.write_text(page(depts, "", "Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 72,00%."), "utf-8")
    report = parse(path)
    total = [f for f in report.facts if f.evidence.table is not None and f.evidence.row == 3]
    assert total and {f.subject.level for f in total} == {"departments"}
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
    communes = [("Xã Khánh Cường", "90", "60", "30", "66,67"), ("Phường Sa Huỳnh", "110", "100", "10", "90,91"),
                ("Tổng cộng", "200", "160", "40", "80,00")]
    note = "<tr><td colspan=6>Ghi chú: số liệu lấy từ hệ thống một cửa điện tử ngày 31/10/2025.</td></tr>"
    path = tmp_path / "communes.html"
    path.write_text(page(communes, note, "Các xã, phường tiếp nhận 200 hồ sơ."), "utf-8")
    report = parse(path)
    total = [f for f in report.facts if f.evidence.table is not None and f.evidence.row == 3]
    assert total and {f.subject.level for f in total} == {"communes"}
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
    # a note naming the province ("... của tỉnh ...") reads as a total word's row, yet it has no figures:
    # it is no second total row, and the one "Tổng cộng" stays the communes' (session 8)
    note = "<tr><td colspan=6>Ghi chú: số liệu trích từ Hệ thống thông tin giải quyết TTHC của tỉnh ngày 31/10/2025.</td></tr>"
    path = tmp_path / "communes2.html"
    path.write_text(page(communes, note, "Các xã, phường tiếp nhận 200 hồ sơ."), "utf-8")
    report = parse(path)
    total = [f for f in report.facts if f.evidence.table is not None and f.evidence.row == 3]
    assert total and {f.subject.level for f in total} == {"communes"}
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_city_level_group_row_is_the_departments(tmp_path):
    """In a centrally-run city's table, "I. Cấp thành phố" over its departments, beside "II. Cấp xã",
    is the departments' group (as "I. Cấp tỉnh" is a province's); "Toàn thành phố" is the city's."""
    rows = [("I. Cấp thành phố", "", "700", "500"), ("Sở Tư pháp", "1", "300", "200"), ("Sở Y tế", "2", "400", "300"),
            ("II. Cấp xã", "", "900", "600"), ("Xã Tiên Lãng", "3", "500", "350"), ("Xã Vĩnh Bảo", "4", "400", "250"),
            ("Toàn thành phố", "", "1.600", "1.100")]
    body = "".join(f"<tr><td>{o}</td><td>{n}</td><td>{a}</td><td>{b}</td></tr>" for n, o, a, b in rows)
    path = tmp_path / "hp.html"
    path.write_text(f"""<html><body><p>ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG</p><p>Số: 52/BC-UBND</p>
<p>Hải Phòng, ngày 05 tháng 11 năm 2025</p><p>BÁO CÁO</p>
<table border=1><tr><th>STT</th><th>Đơn vị</th><th>Số hồ sơ tiếp nhận</th><th>Trực tuyến</th></tr>{body}</table>
<p>Nơi nhận: như trên.</p></body></html>""", "utf-8")
    report = parse(path)
    by_row = {}
    for f in report.facts:
        if f.evidence.table is not None:
            by_row.setdefault(f.evidence.row, set()).add(f.subject.level)
    assert by_row[1] == {"departments"} and by_row[4] == {"communes"} and by_row[7] == {"city"}, by_row
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_indicators_in_rows_with_a_unit_column_link_their_rates(tmp_path):
    """A table of indicators in rows with a unit-of-measure column ("Chỉ tiêu | ĐVT | Kết quả | Tỷ lệ
    (%)"): the unit column is no part of the row's label; each rate cell's x/y are the counts of the
    figures column left of it; a lone "Đúng hạn" row (no "Trước hạn" row) holds early and on time."""
    page = tmp_path / "t.html"
    page.write_text("""<html><body><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Quảng Ngãi, ngày 02 tháng 12 năm 2025</p>
<p>Biểu 3. Kết quả tháng 11 năm 2025</p><table border=1>
<tr><td>TT</td><td>Nội dung</td><td>ĐVT</td><td>Số liệu</td><td>Tỷ lệ (%)</td></tr>
<tr><td>1</td><td>Tổng số hồ sơ tiếp nhận</td><td>Hồ sơ</td><td>2.480</td><td></td></tr>
<tr><td></td><td>+ Trực tuyến</td><td>Hồ sơ</td><td>1.860</td><td>75,00</td></tr>
<tr><td>2</td><td>Số hồ sơ đã giải quyết</td><td>Hồ sơ</td><td>2.300</td><td></td></tr>
<tr><td></td><td>+ Đúng hạn</td><td>Hồ sơ</td><td>2.277</td><td>99,00</td></tr>
<tr><td></td><td>+ Quá hạn</td><td>Hồ sơ</td><td>23</td><td>1,00</td></tr></table>
<p>Nơi nhận: như trên.</p></body></html>""", "utf-8")
    report = parse(page)
    table = report.tables[0]
    assert table.layout == "indicators_in_rows"
    assert [r.label for r in table.rows][:2] == ["Tổng số hồ sơ tiếp nhận", "+ Trực tuyến"]
    got = {(f.kind, f.indicator, f.value, f.numerator, f.denominator) for f in report.facts
           if f.evidence.table is not None}
    assert {("rate", "received_online_share", 75.0, 1860.0, 2480.0), ("count", "resolved_in_time", 2277.0, None, None),
            ("rate", "resolved_on_time", 99.0, 2277.0, 2300.0), ("rate", "resolved_late", 1.0, 23.0, 2300.0)} <= got, got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
    wrong = tmp_path / "wrong.html"  # the online share written 57,00 for 1.860 / 2.480
    wrong.write_text(page.read_text("utf-8").replace("75,00", "57,00"), "utf-8")
    serious = {(f.code, f.stated) for f in parse(wrong).findings if f.severity in ("warning", "error")}
    assert ("ratio_mismatch", 57.0) in serious, serious


def test_share_of_an_unnamed_count_told_by_its_figures(tmp_path):
    """A "%" under a count its words do not name ("Có phát sinh hồ sơ" / "Số lượng" | "%"), or under
    the family's total itself, is that count's share of the table's one total when every row's
    figures agree (an ``other`` rate with its x/y); when a row's do not, no fact."""
    def page(second):
        return f"""<html><body><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Quảng Ngãi, ngày 02 tháng 12 năm 2025</p>
<p>Biểu 4. Thủ tục hành chính</p><table border=1>
<tr><th rowspan=2>Cơ quan</th><th colspan=2>Tổng số TTHC</th><th colspan=2>Có phát sinh hồ sơ</th></tr>
<tr><th>Số lượng</th><th>%</th><th>Số lượng</th><th>%</th></tr>
<tr><td>Sở Tư pháp</td><td>120</td><td>100</td><td>90</td><td>75,0</td></tr>
<tr><td>Sở Y tế</td><td>80</td><td>100</td><td>20</td><td>{second}</td></tr></table>
<p>Nơi nhận: như trên.</p></body></html>"""

    path = tmp_path / "t.html"
    path.write_text(page("25,0"), "utf-8")
    report = parse(path)
    got = {(f.indicator, f.subject.name, f.value, f.numerator, f.denominator) for f in report.facts
           if f.kind == "rate" and f.evidence.table is not None}
    assert got == {("other", "Sở Tư pháp", 100.0, 120.0, 120.0), ("other", "Sở Tư pháp", 75.0, 90.0, 120.0),
                   ("other", "Sở Y tế", 100.0, 80.0, 80.0), ("other", "Sở Y tế", 25.0, 20.0, 80.0)}, got
    path.write_text(page("52,0"), "utf-8")
    report = parse(path)
    got = {(f.subject.name, f.value) for f in report.facts if f.kind == "rate" and f.evidence.table is not None}
    assert ("Sở Y tế", 52.0) not in got and ("Sở Tư pháp", 75.0) not in got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_the_unit_note_above_a_table_is_not_its_title(tmp_path):
    """"Đơn vị tính: điểm" set between a table's title and the table is no title: the title above it
    says the table is a 766 table, so its component columns are scores, not the dossier counts
    their words would name in a table of dossiers ("Tiến độ giải quyết", "Dịch vụ trực tuyến")."""
    page = tmp_path / "t.html"
    page.write_text("""<html><body><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Quảng Ngãi, ngày 10 tháng 11 năm 2025</p>
<p>Phụ lục 2. Kết quả Bộ chỉ số 766 của các phường, xã tháng 10 năm 2025</p><p>Đơn vị tính: điểm</p>
<table border=1><tr><td>TT</td><td>Phường, xã</td><td>Công khai, minh bạch</td><td>Tiến độ giải quyết</td>
<td>Dịch vụ trực tuyến</td><td>Mức độ hài lòng</td></tr>
<tr><td>1</td><td>Phường Cẩm Thành</td><td>17,2</td><td>18,1</td><td>9,4</td><td>16,0</td></tr>
<tr><td>2</td><td>Xã Bình Minh</td><td>14,8</td><td>17,5</td><td>8,8</td><td>17,3</td></tr></table>
<p>Nơi nhận: như trên.</p></body></html>""", "utf-8")
    report = parse(page)
    assert report.tables[0].title.startswith("Phụ lục 2.")
    assert [c.indicator for c in report.tables[0].columns][2:] == [
        "index_766_publicity", "index_766_progress", "index_766_online_service", "index_766_satisfaction"]
    assert {f.kind for f in report.facts if f.evidence.table is not None} == {"score"}


def test_borderless_total_on_top_roman_groups_and_dot_rates(tmp_path):
    """A borderless table whose total row stands first ("TOÀN TỈNH"), its groups numbered in roman
    ("I. Cấp tỉnh", "II. Cấp xã"), units numbered "1." within each, a wrapped rate header and rates
    written with a decimal point ("99.1", as portals export them): every row's subject and every
    rate read; clean, nothing raised."""
    leaves = ["Tổng số", "Trực tuyến", "Trực tiếp", "Tổng số", "Đúng hạn", "Quá hạn", "Tỷ lệ|đúng hạn (%)"]
    tops = [("Số hồ sơ tiếp nhận", 0, 2), ("Số hồ sơ đã giải quyết", 3, 5)]
    rows = [["TOÀN TỈNH", "2.330", "1.800", "530", "2.200", "2.180", "20", "99.1"],
            ["I. Cấp tỉnh", "1.230", "1.000", "230", "1.170", "1.160", "10", "99.1"],
            ["1. Sở Tư pháp", "730", "600", "130", "700", "695", "5", "99.3"],
            ["2. Sở Nội vụ", "500", "400", "100", "470", "465", "5", "98.9"],
            ["II. Cấp xã", "1.100", "800", "300", "1.030", "1.020", "10", "99.0"],
            ["1. Xã Khánh Cường", "600", "450", "150", "560", "555", "5", "99.1"],
            ["2. Phường Sa Huỳnh", "500", "350", "150", "470", "465", "5", "98.9"]]
    path = tmp_path / "top.pdf"
    _borderless_three_levels(path, tops, [], leaves, rows)
    report = parse(path)
    table = report.tables[0]
    assert [(r.role, r.subject.level) for r in table.rows] == [
        ("total", "city"), ("group", "departments"), ("unit", "unit"), ("unit", "unit"), ("group", "communes"),
        ("unit", "unit"), ("unit", "unit")]
    rates = {(f.subject.name or f.subject.level, f.value, f.numerator, f.denominator) for f in report.facts
             if f.kind == "rate" and f.evidence.table is not None}
    assert ("Sở Nội vụ", 98.9, 465.0, 470.0) in rates and ("city", 99.1, 2180.0, 2200.0) in rates, rates
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
    wrong = tmp_path / "wrong.pdf"  # Sở Tư pháp's received total 740 for 600 + 130
    rows[2][1] = "740"
    _borderless_three_levels(wrong, tops, [], leaves, rows)
    serious = {(f.code, f.stated) for f in parse(wrong).findings if f.severity in ("warning", "error")}
    assert ("sum_mismatch", 740.0) in serious, serious


def test_counts_grouped_by_commas_or_spaces(tmp_path):
    """A portal page formatting its counts in English ("1,234", "12,345,678") or grouping thousands
    by a space ("12 345"): a count is a whole number, so each is its thousands; a rate "97,5" in
    the same table keeps its decimal comma, and a rate "97.500" is a decimal point (a share is at
    most 100)."""
    page = tmp_path / "t.html"
    page.write_text("""<html><body><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Quảng Ngãi, ngày 02 tháng 12 năm 2025</p>
<p>Thống kê hồ sơ theo đơn vị</p><table border=1>
<tr><th>Đơn vị</th><th>Đã tiếp nhận</th><th>Đã giải quyết</th><th>Đúng hạn</th><th>Tỷ lệ đúng hạn (%)</th></tr>
<tr><td>Sở Tư pháp</td><td>1,240</td><td>1,200</td><td>1,170</td><td>97.500</td></tr>
<tr><td>Sở Y tế</td><td>12 480</td><td>12 000</td><td>11 700</td><td>97,5</td></tr>
<tr><td>Tổng cộng</td><td>13,720</td><td>13,200</td><td>12,870</td><td>97,5</td></tr></table>
<p>Nơi nhận: như trên.</p></body></html>""", "utf-8")
    report = parse(page)
    got = {(f.indicator, f.subject.name or f.subject.level, f.value) for f in report.facts if f.evidence.table is not None}
    assert {("received_total", "Sở Tư pháp", 1240), ("resolved_in_time", "Sở Y tế", 11700),
            ("received_total", "departments", 13720), ("resolved_on_time", "Sở Y tế", 97.5),
            ("resolved_on_time", "Sở Tư pháp", 97.5)} <= got, got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_a_table_split_in_two_by_its_author_is_one(tmp_path):
    """A Word table cut in two at a page break (its header repeated, a blank paragraph between) and
    an HTML table in two parts with "(tiếp theo)" between: one table, its total row checked against
    every unit; two tables with a caption of their own between stay two."""
    import docx

    head = ["STT", "Đơn vị", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"]
    first = [["1", "Xã Bình Chương", "210", "200", "10"], ["2", "Phường Cẩm Thành", "420", "400", "20"]]
    second = [["3", "Xã Nguyễn Nghiêm", "130", "121", "9"], ["", "Tổng cộng", "760", "721", "39"]]

    def word(path, between):
        d = docx.Document()
        for t in ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Quảng Ngãi, ngày 05 tháng 11 năm 2025",
                  "Biểu 1. Kết quả giải quyết hồ sơ tháng 10 năm 2025"):
            d.add_paragraph(t)
        for k, rows in enumerate((first, second)):
            table = d.add_table(rows=1, cols=5)
            table.style = "Table Grid"
            for c, v in enumerate(head):
                table.rows[0].cells[c].text = v
            for r in rows:
                cells = table.add_row().cells
                for c, v in enumerate(r):
                    cells[c].text = v
            if k == 0:
                d.add_paragraph(between)
        d.add_paragraph("Nơi nhận: như trên.")
        d.save(str(path))

    path = tmp_path / "split.docx"
    word(path, "")
    report = parse(path)
    assert len(report.tables) == 1 and [r.label for r in report.tables[0].rows][-2:] == ["Xã Nguyễn Nghiêm", "Tổng cộng"]
    assert {f.subject.level for f in report.facts if f.evidence.row == report.tables[0].rows[-1].index} == {"communes"}
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
    path = tmp_path / "two.docx"
    word(path, "Biểu 2. Kết quả giải quyết hồ sơ của các xã")
    assert len(parse(path).tables) == 2

    def rows_html(rows):
        return "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows)

    header = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    page = tmp_path / "split.html"
    page.write_text(f"""<html><body><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Quảng Ngãi, ngày 05 tháng 11 năm 2025</p>
<p>Biểu 1. Kết quả giải quyết hồ sơ</p><table border=1>{header}{rows_html(first)}</table><p>(tiếp theo)</p>
<table border=1>{header}{rows_html(second)}</table><p>Nơi nhận: như trên.</p></body></html>""", "utf-8")
    report = parse(page)
    assert len(report.tables) == 1 and len(report.tables[0].rows) == 4
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_header_words_of_portal_tables(tmp_path):
    """Header words portals use: "Tổng số hồ sơ cần giải quyết" (the dossiers to handle: received,
    carried over included), "Qua DVCTT" under "Tiếp nhận" (online), and a feedback column named by
    its own word ("PAKN đã xử lý") in a table of dossiers: feedback resolved, not dossiers."""
    page = tmp_path / "t.html"
    page.write_text("""<html><body><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Quảng Ngãi, ngày 02 tháng 12 năm 2025</p>
<p>Thống kê tháng 11 năm 2025</p><table border=1>
<tr><th rowspan=2>Đơn vị</th><th rowspan=2>Tổng số hồ sơ cần giải quyết</th><th colspan=2>Tiếp nhận</th>
<th rowspan=2>Hồ sơ đã giải quyết</th><th rowspan=2>Tổng số PAKN</th><th rowspan=2>PAKN đã xử lý</th></tr>
<tr><th>Qua DVCTT</th><th>Trực tiếp</th></tr>
<tr><td>Sở Tư pháp</td><td>350</td><td>300</td><td>50</td><td>340</td><td>6</td><td>5</td></tr>
<tr><td>Sở Y tế</td><td>90</td><td>60</td><td>30</td><td>88</td><td>3</td><td>3</td></tr></table>
<p>Nơi nhận: như trên.</p></body></html>""", "utf-8")
    report = parse(page)
    assert [c.indicator for c in report.tables[0].columns][1:] == [
        "received_total", "received_online", "received_offline", "resolved_total", "feedback_total", "feedback_resolved"]
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_borderless_figures_all_as_wide_aligned_by_their_header(tmp_path):
    """A borderless 766 table whose scores are all as wide ("11,50"), set left in their cells under
    centred, wrapped headers: the figures cannot tell how they align, the header can (each leaf
    header stands within one cell only under the right reading), so no column takes its
    neighbour's header."""
    from corpus.generate_tables import build, write_pdf_ruled

    doc = build(random.Random(102), "pdf_ruled", "clean", 2)
    assert any(f["kind"] == "score" for f in doc["facts"])
    for align in ("LEFT", "RIGHT"):
        path = tmp_path / f"{align}.pdf"
        write_pdf_ruled(doc, path, rules=False, valign="MIDDLE", align=align)
        report = parse(path)
        hits, n_truth, n_emitted, missed, extra = score_cells(report, {"facts": doc["facts"]})
        assert hits == n_truth == n_emitted, (align, missed[:3], extra[:3])
        assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_portal_header_drawn_as_a_table_of_its_own(tmp_path):
    """A portal's scrolling table saved as HTML: its header rows in one <table>, its body in the next
    (nothing between): one table, every cell named; the two-column heading table above it (the
    issuer and the national motto) stays text."""
    page = tmp_path / "t.html"
    page.write_text('<html><body><table><tr><td>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr><tr><td>Số: 70/BC-UBND</td><td>Quảng Ngãi, ngày 02 tháng 12 năm 2025</td></tr></table>\n<p>Thống kê tình hình xử lý hồ sơ tháng 11 năm 2025</p>\n<div class="dataTables_scrollHead"><table class="head"><thead>\n<tr><th rowspan=2>STT</th><th rowspan=2>Đơn vị</th><th colspan=3>Tiếp nhận</th><th colspan=3>Đã giải quyết</th></tr>\n<tr><th>Tổng số</th><th>Trực tuyến</th><th>Trực tiếp</th><th>Tổng số</th><th>Đúng hạn</th><th>Trễ hạn</th></tr></thead></table></div>\n<div class="dataTables_scrollBody"><table class="body"><tbody>\n<tr><td>1</td><td>Phường Đức Phổ</td><td>640</td><td>600</td><td>40</td><td>610</td><td>602</td><td>8</td></tr>\n<tr><td>2</td><td>Xã Bình Minh</td><td>310</td><td>250</td><td>60</td><td>300</td><td>300</td><td>0</td></tr>\n</tbody></table></div><p>Nơi nhận: như trên.</p></body></html>\n', "utf-8")
    report = parse(page)
    assert len(report.tables) == 1
    assert [c.indicator for c in report.tables[0].columns][2:] == [
        "received_total", "received_online", "received_offline", "resolved_total", "resolved_in_time", "resolved_late"]
    got = {(f.indicator, f.subject.name, f.value) for f in report.facts if f.evidence.table is not None}
    assert ("resolved_late", "Phường Đức Phổ", 8) in got and len(got) == 12
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_footnote_marks_raised_after_figures(tmp_path):
    """A footnote mark set as superscript after a figure ("1.234" and a raised "1", "98,5" and a
    raised "*") or a header, in HTML (<sup>) and in Word (a superscript run): no digit of the figure."""
    import docx

    page = tmp_path / "t.html"
    page.write_text("""<html><body><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Quảng Ngãi, ngày 02 tháng 12 năm 2025</p>
<p>Biểu 1</p><table border=1><tr><th>Đơn vị</th><th>Số hồ sơ tiếp nhận<sup>(1)</sup></th><th>Số hồ sơ đã giải quyết</th>
<th>Giải quyết đúng hạn</th><th>Tỷ lệ đúng hạn (%)</th></tr>
<tr><td>Sở Tư pháp</td><td>1.250<sup>1</sup></td><td>1.200</td><td>1.182</td><td>98,5<sup>*</sup></td></tr>
<tr><td>Sở Y tế</td><td>410</td><td>400</td><td>396</td><td>99,0</td></tr></table>
<p>Ghi chú: (1) kể cả hồ sơ kỳ trước chuyển sang.</p></body></html>""", "utf-8")
    report = parse(page)
    got = {(f.indicator, f.subject.name, f.value) for f in report.facts if f.evidence.table is not None}
    assert {("received_total", "Sở Tư pháp", 1250), ("resolved_on_time", "Sở Tư pháp", 98.5)} <= got, got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
    d = docx.Document()
    for t in ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Quảng Ngãi, ngày 02 tháng 12 năm 2025", "Biểu 1"):
        d.add_paragraph(t)
    table = d.add_table(rows=3, cols=3)
    for c, v in enumerate(["Đơn vị", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết"]):
        table.rows[0].cells[c].text = v
    for r, row in enumerate((["Sở Tư pháp", "1.250", "1.200"], ["Sở Y tế", "410", "400"]), start=1):
        for c, v in enumerate(row):
            table.rows[r].cells[c].text = v
    mark = table.rows[1].cells[1].paragraphs[0].add_run("2")
    mark.font.superscript = True
    path = tmp_path / "t.docx"
    d.save(str(path))
    got = {(f.indicator, f.subject.name, f.value) for f in parse(path).facts if f.evidence.table is not None}
    assert ("received_total", "Sở Tư pháp", 1250) in got, got


def test_borderless_row_label_wrapped_onto_an_upper_case_line(tmp_path):
    """A borderless table whose row label wraps onto a second line beginning upper-case ("Ban Quản
    lý" / "Khu kinh tế"), set tighter under it than rows are set apart: one row, one label; the rows
    set at the table's own pitch (a heading "Cấp xã" without figures among them) stay rows."""
    leaves = ["Tổng số", "Trực tuyến", "Trực tiếp", "Tổng số", "Đúng hạn", "Quá hạn"]
    tops = [("Số hồ sơ tiếp nhận", 0, 2), ("Số hồ sơ đã giải quyết", 3, 5)]
    rows = [["Sở Tư pháp", "810", "700", "110", "800", "792", "8"],
            ["Ban Quản lý|Khu kinh tế", "260", "240", "20", "250", "250", "-"],
            ["Sở Nội vụ", "140", "100", "40", "130", "129", "1"],
            ["Cấp xã", "", "", "", "", "", ""],
            ["Xã Bình Chương", "95", "60", "35", "90", "88", "2"],
            ["Tổng cộng", "1.305", "1.100", "205", "1.270", "1.259", "11"]]
    path = tmp_path / "wrap.pdf"
    _borderless_three_levels(path, tops, [], leaves, rows)
    report = parse(path)
    labels = [r.label for r in report.tables[0].rows]
    assert labels[:3] == ["Sở Tư pháp", "Ban Quản lý Khu kinh tế", "Sở Nội vụ"], labels
    assert "Xã Bình Chương" in labels and "Tổng cộng" in labels
    got = {(f.indicator, f.subject.name, f.value) for f in report.facts if f.evidence.table is not None}
    assert ("received_total", "Sở Nội vụ", 140) in got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_a_lone_total_header_after_766_components_is_the_total_score(tmp_path):
    """"Tổng cộng" right of the 766 components (no "điểm" in it) is the 766 total: read as a score
    and checked against its components (a slip is an error)."""
    def page(total):
        return f"""<html><body><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Quảng Ngãi, ngày 10 tháng 11 năm 2025</p>
<p>Phụ lục 3. Điểm Bộ chỉ số 766 của các xã tháng 10 năm 2025</p>
<table border=1><tr><td>TT</td><td>Tên xã</td><td>Công khai, minh bạch</td><td>Tiến độ giải quyết</td>
<td>Dịch vụ trực tuyến</td><td>Thanh toán trực tuyến</td><td>Mức độ hài lòng</td><td>Số hóa hồ sơ</td><td>Tổng cộng</td></tr>
<tr><td>1</td><td>Xã Bình Chương</td><td>16,0</td><td>18,2</td><td>9,1</td><td>7,7</td><td>16,5</td><td>14,0</td><td>{total}</td></tr>
<tr><td>2</td><td>Xã Nguyễn Nghiêm</td><td>15,5</td><td>17,0</td><td>8,5</td><td>6,0</td><td>17,2</td><td>12,3</td><td>76,5</td></tr></table>
<p>Nơi nhận: như trên.</p></body></html>"""

    path = tmp_path / "t.html"
    path.write_text(page("81,5"), "utf-8")
    report = parse(path)
    assert report.tables[0].columns[-1].indicator == "index_766_total"
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
    path.write_text(page("85,1"), "utf-8")
    serious = {(f.code, f.stated) for f in parse(path).findings if f.severity in ("warning", "error")}
    assert ("score_sum_mismatch", 85.1) in serious, serious


def test_text_table_without_outer_bars_and_bare_timeliness_headers(tmp_path):
    """A portal's "|" table typed without its outer bars keeps its first and last columns, and
    "Trong hạn" / "Quá hạn" right of "Đã trả kết quả" are the resolved dossiers' parts (session 9)."""
    p = tmp_path / "portal.txt"
    p.write_text("SỐ LIỆU GIẢI QUYẾT HỒ SƠ THEO ĐƠN VỊ\nTừ ngày 01/03/2024 đến ngày 31/03/2024\n\n"
                 "STT | Đơn vị          | Tiếp nhận | Tỷ lệ trực tuyến | Đã trả kết quả | Trong hạn | Quá hạn | Tỷ lệ đúng hạn\n"
                 "1   | Huyện Lộc Ninh  |     2.500 |            61,20 |          2.000 |     1.950 |      50 |          97,50\n"
                 "2   | Huyện Bù Đăng   |     1.200 |            70,00 |          1.000 |       900 |     100 |          90,00\n",
                 "utf-8")
    report = parse(str(p))
    got = {(f.subject.name, f.indicator): f.value for f in report.facts if f.evidence.table is not None}
    assert got[("Huyện Lộc Ninh", "resolved_in_time")] == 1950
    assert got[("Huyện Bù Đăng", "resolved_late")] == 100
    assert got[("Huyện Bù Đăng", "resolved_on_time")] == 90.0
    assert not [f for f in report.findings if f.severity != "info"]


def test_html_title_rows_hidden_rows_footer_and_a_top_level_remainder(tmp_path):
    """Session 9: an HTML table whose title and unit note are rows across the whole table, a row the
    page hides (display:none), its total row in a <tfoot> written before the <tbody>, header cells
    in <td> with nested markup and &nbsp;, and "Còn lại" on the level of the group over the online
    parts: read as the same table without them — the header names every column, the hidden row
    gives no fact, nothing is raised (the rows add up without the hidden one); the caption above
    keeps its level in the title (a departments' total)."""
    page = tmp_path / "t.html"
    page.write_text("""<html><body><p>UBND TỈNH LÂM ĐỒNG</p><p>Lâm Đồng, ngày 05 tháng 11 năm 2025</p>
<p>Biểu 2. Thủ tục hành chính của các sở, ban, ngành</p>
<table border=1>
<tr><td colspan=6><b>BẢNG TỔNG HỢP</b></td></tr><tr><td colspan=6><i>Đơn vị tính: thủ tục</i></td></tr>
<tr><td rowspan=2>STT</td><td rowspan=2><span><font>Cơ quan</font></span></td><td rowspan=2>Tổng số&nbsp;TTHC</td>
<td colspan=2><p>Dịch vụ công trực tuyến</p></td><td rowspan=2>Còn lại</td></tr>
<tr><td>Toàn trình</td><td>Một phần</td></tr>
<tfoot><tr><td></td><td>Tổng cộng</td><td>210</td><td>70</td><td>90</td><td>50</td></tr></tfoot>
<tbody>
<tr><td>1</td><td>Sở Tư pháp</td><td>&nbsp;120&nbsp;</td><td>40</td><td>50</td><td>30</td></tr>
<tr style="display: none"><td>2</td><td>Sở Du lịch</td><td>700</td><td>300</td><td>300</td><td>100</td></tr>
<tr><td>2</td><td>Sở Y tế</td><td>90</td><td><span>30</span></td><td>40</td><td>20</td></tr></tbody></table>
</body></html>""", "utf-8")
    report = parse(page)
    table = report.tables[0]
    assert [c.indicator for c in table.columns][2:] == ["procedures_total", "procedures_full_online",
                                                        "procedures_partial_online", "procedures_not_online"]
    got = {(f.kind, f.indicator, f.subject.level, f.subject.name, f.value) for f in report.facts
           if f.evidence.table is not None}
    assert ("count", "procedures_not_online", "unit", "Sở Tư pháp", 30) in got
    assert ("count", "procedures_full_online", "unit", "Sở Y tế", 30) in got
    assert ("count", "procedures_total", "departments", None, 210) in got
    assert not any(f.subject.name == "Sở Du lịch" for f in report.facts)
    assert [r.label for r in table.rows] == ["Sở Tư pháp", "Sở Y tế", "Tổng cộng"]
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_portal_header_abbreviations(tmp_path):
    """Portal tables' short headers (session 9): 'HS online' / '% online' (online, as reports also
    write 'trực tuyến'), 'Sớm + đúng' (early and on time: in time), 'TTTT (10)' (online payment of
    the 766 index) and 'Tổng (100)' (the index's whole, told by its maximum)."""
    p = tmp_path / "portal.txt"
    p.write_text("Bảng 1. Kết quả xử lý hồ sơ tháng 9/2025\n\n"
                 "STT | Đơn vị        | Số HS nhận | HS online | % online | Đã xử lý | Sớm + đúng | Trễ | % đúng hạn\n"
                 "1   | Sở Xây dựng   |      1.000 |       600 |    60,00 |      900 |        891 |   9 |      99,00\n"
                 "2   | Sở Y tế       |      2.000 |     1.500 |    75,00 |    1.800 |      1.764 |  36 |      98,00\n\n"
                 "Bảng 2. Điểm Bộ chỉ số 766 tháng 9/2025\n"
                 "Đơn vị        | Công khai (18) | Tiến độ (20) | DVCTT (12) | TTTT (10) | Mức độ hài lòng (18) | Số hóa (22) | Tổng (100) | Xếp hạng\n"
                 "Sở Xây dựng   |          16,00 |        18,00 |      10,00 |      8,00 |                16,00 |       20,00 |      88,00 |      1/2\n"
                 "Sở Y tế       |          15,00 |        17,00 |      10,00 |      7,00 |                15,00 |       19,00 |      83,00 |      2/2\n",
                 "utf-8")
    report = parse(str(p))
    got = {(f.subject.name, f.indicator): f for f in report.facts if f.evidence.table is not None}
    assert got[("Sở Y tế", "received_online")].value == 1500
    rate = got[("Sở Y tế", "online_submission")]
    assert (rate.value, rate.numerator, rate.denominator) == (75.0, 1500, 2000)
    assert got[("Sở Xây dựng", "resolved_in_time")].value == 891
    assert got[("Sở Y tế", "index_766_online_payment")].value == 7.0
    assert got[("Sở Xây dựng", "index_766_total")].value == 88.0
    assert not [f for f in report.findings if f.severity != "info"]


def test_borderless_layouts_same_facts(tmp_path):
    """One invented narrow table (three figure columns under long unit names) drawn borderless in
    several layouts that mean the same reads to the same cell facts (tests/pdf_layouts.py)."""
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    import pdf_layouts as PL
    rows = ["UBND huyện Ba Tri", "UBND huyện Bình Đại", "UBND huyện Chợ Lách"]
    figs = [("1.315", "707", "53,76"), ("2.046", "1.190", "58,16"), ("918", "401", "43,68")]
    cols = [("Tổng số hồ sơ",), ("Hồ sơ trực tuyến",), ("Tỷ lệ (%)",)]
    cells = {(r, c): v for r, fs in zip(rows, figs) for c, v in zip(cols, fs)}
    table = {"rows": rows, "cols": cols, "cells": cells, "facts": []}
    seen = []
    for lay in ("base", "wide_gap", "title_unit"):
        pdf = str(tmp_path / f"{lay}.pdf")
        PL.render(table, pdf, PL.LAYOUTS[lay], "Tỉnh Bến Tre")
        report = parse(pdf)
        got = sorted(PL._key(f) for f in report.facts if f.evidence.table is not None and f.modifier is None)
        assert got, lay
        seen.append(got)
    assert all(s == seen[0] for s in seen)
    assert any(k[1] == "online_submission" and k[3] == 53.76 for k in seen[0])


def test_text_table_drawn_with_heavy_or_double_bars_only(tmp_path):
    """Session 10 (issue 11): a plain-text table whose only separators are a heavy ("┃") or double
    ("║") box-drawing bar opens the "|" reader like "│" does (any vertical of tables/text.BARS)."""
    rows = ["Kết quả tiếp nhận hồ sơ tháng 4 năm 2026", "",
            "{b} Đơn vị {b} Tiếp nhận {b} Trực tuyến {b} Đã giải quyết {b}",
            "{b} Xã Tân Hòa {b} 318 {b} 207 {b} 301 {b}",
            "{b} Xã An Phú {b} 246 {b} 131 {b} 240 {b}"]
    for bar in ("┃", "║", "│"):
        p = tmp_path / "t.txt"
        p.write_text("\n".join(r.format(b=bar) for r in rows) + "\n", "utf-8")
        report = parse(str(p))
        got = sorted((f.indicator, f.value) for f in report.facts if f.evidence.table is not None)
        assert got == sorted([("received_total", 318), ("received_online", 207), ("resolved_total", 301),
                              ("received_total", 246), ("received_online", 131), ("resolved_total", 240)]), (bar, got)


def _cell_facts(text: str, tmp_path) -> list:
    p = tmp_path / "t.txt"
    p.write_text(text, "utf-8")
    report = parse(str(p))
    return report, sorted((f.indicator, f.subject.level, f.subject.name, f.value, f.denominator)
                          for f in report.facts if f.evidence.table is not None)


def test_text_tables_of_two_kinds_in_one_report(tmp_path):
    """Session 10 (issue 11): a report with a "|" table and, further down, a table aligned with
    spaces keeps both (the finders read in turn the lines the ones before left)."""
    text = ("BÁO CÁO KẾT QUẢ THÁNG 5 NĂM 2026\n\n"
            "Đơn vị | Tiếp nhận | Trực tuyến | Đã giải quyết\n"
            "Sở Y tế | 412 | 305 | 398\n"
            "Sở Tư pháp | 1.250 | 1.108 | 1.231\n\n"
            "Bảng 2. Chỉ số phục vụ (Bộ chỉ số 766)\n"
            "Đơn vị        Công khai (18)   Tiến độ (20)   Tổng (100)\n"
            "Sở Y tế                15,40          17,25        81,06\n"
            "Sở Tư pháp             16,02          18,90        86,31\n")
    report, got = _cell_facts(text, tmp_path)
    assert len(report.tables) == 2
    assert ("received_online", "unit", "Sở Tư pháp", 1108, None) in got
    assert ("index_766_total", "unit", "Sở Y tế", 81.06, None) in got
    assert ("index_766_progress", "unit", "Sở Tư pháp", 18.9, None) in got


def test_aligned_text_table_dashed_rule_and_wrapped_header(tmp_path):
    """An aligned table's dashed rule under its header is no header row; header cells wrapped over
    two lines ("Số hồ sơ" / "tiếp nhận") are one header each; a header's maxima line "(18) (20)" is
    no column-numbers row."""
    def line(*cells):  # a label 14 wide, then figures right-aligned in columns 10 wide, 3 apart
        return cells[0].ljust(14) + "".join("   " + c.rjust(10) for c in cells[1:])

    rows = ["Kết quả tháng 4 năm 2026", "",
            line("Đơn vị", "Số hồ sơ", "Hồ sơ", "Đang"),
            line("", "tiếp nhận", "trực tuyến", "giải quyết"),
            line("-" * 12, "-" * 10, "-" * 10, "-" * 10),
            line("Sở Xây dựng", "1.140", "822", "57"),
            line("Sở Nội vụ", "615", "590", "12")]
    report, got = _cell_facts("\n".join(rows) + "\n", tmp_path)
    assert ("received_total", "unit", "Sở Xây dựng", 1140, None) in got
    assert ("received_online", "unit", "Sở Nội vụ", 590, None) in got
    assert ("pending_total", "unit", "Sở Nội vụ", 12, None) in got
    rows = ["Bộ chỉ số 766 tháng 4", "",
            "Đơn vị          Công khai   Tiến độ   Tổng",
            "                     (18)      (20)   (100)",
            "Sở Xây dựng         15,11     16,80   80,12",
            "Sở Nội vụ           17,02     18,44   88,90"]
    report, got = _cell_facts("\n".join(rows) + "\n", tmp_path)
    assert ("index_766_publicity", "unit", "Sở Xây dựng", 15.11, None) in got
    assert ("index_766_total", "unit", "Sở Nội vụ", 88.9, None) in got


def test_drawn_text_table_wrapped_cells(tmp_path):
    """A box-drawn table: a header wrapped over two lines beside "%" headers stays a header (a "%"
    is no figure); rules between body rows make a wrapped unit name one row; without them a line
    that only ends the name above (lower case) joins it; a name wrapped in upper case joins the
    row above when the two lines together name an official body."""
    box = ["Tình hình giải quyết hồ sơ quý I năm 2026", "",
           "┌───────────────┬──────────┬────────┬───────┐",
           "│ Đơn vị        │ Đã giải  │ Đúng   │ %     │",
           "│               │ quyết    │ hạn    │       │",
           "├───────────────┼──────────┼────────┼───────┤",
           "│ Sở Khoa học   │      812 │    806 │ 99,26 │",
           "│ và Công nghệ  │          │        │       │",
           "├───────────────┼──────────┼────────┼───────┤",
           "│ Sở Tài chính  │      344 │    331 │ 96,22 │",
           "└───────────────┴──────────┴────────┴───────┘"]
    report, got = _cell_facts("\n".join(box) + "\n", tmp_path)
    assert ("resolved_total", "unit", "Sở Khoa học và Công nghệ", 812, None) in got
    assert ("resolved_in_time", "unit", "Sở Tài chính", 331, None) in got
    pipe = ["Tình hình giải quyết hồ sơ quý I năm 2026", "",
            "| Đơn vị          | Đã giải quyết | Đúng hạn |",
            "| Sở Khoa học     |           812 |      806 |",
            "| và Công nghệ    |               |          |",
            "| Sở Giáo dục và  |           509 |      500 |",
            "| Đào tạo         |               |          |",
            "| Sở Tài chính    |           344 |      331 |"]
    report, got = _cell_facts("\n".join(pipe) + "\n", tmp_path)
    assert ("resolved_total", "unit", "Sở Khoa học và Công nghệ", 812, None) in got
    assert ("resolved_in_time", "unit", "Sở Giáo dục và Đào tạo", 500, None) in got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_text_table_header_short_forms_joined_headers_and_written_rank_fields(tmp_path):
    """"Tỷ lệ TT (%)" is the online rate (tables.json header_abbreviations; "TT" alone is the
    ordinal); two headers typed with no space between ("Đã giải quyếtTrước, đúng hạn") over two
    columns are two; a rank written over its field ("2/3") is the position with that field."""
    rows = ["Thống kê tháng 6 năm 2026", "",
            "TT  | Đơn vị       | Tiếp nhận | Trực tuyến | Tỷ lệ TT (%) | Xếp hạng",
            "1   | Sở Y tế      |       400 |        300 |        75,00 | 2/3",
            "2   | Sở Tư pháp   |       200 |        180 |        90,00 | 1/3",
            "3   | Sở Nội vụ    |       100 |         50 |        50,00 | 3/3"]
    report, got = _cell_facts("\n".join(rows) + "\n", tmp_path)
    rates = [g for g in got if g[0] == "online_submission"]
    assert ("online_submission", "unit", "Sở Y tế", 75.0, 400) in rates, rates
    assert ("index_766_rank", "unit", "Sở Tư pháp", 1, 3) in got
    rows = ["Chi tiết theo lĩnh vực:",
            "Lĩnh vực              Tiếp nhận  Đã giải quyếtTrước, đúng hạn        Trễ hạn",
            "Hộ tịch                     210            201            199              2",
            "Đất đai                     154            150            150              0"]
    report, got = _cell_facts("\n".join(rows) + "\n", tmp_path)
    assert ("resolved_total", "self", None, 201, None) in got or ("resolved_total", "city", None, 201, None) in got, got
    assert any(g[0] == "resolved_in_time" and g[3] == 199 for g in got), got
    assert not any(g[0] == "resolved_in_time" and g[3] == 201 for g in got), got


def test_aligned_text_table_total_row_of_one_figure(tmp_path):
    """A total row that states one figure under a table aligned with spaces is its last row (a PDF's
    borderless reader alike: pdf.lone_total); as the first body row of a '|' table it opens the body."""
    rows = ["Tiếp nhận theo cấp, tháng 2 năm 2026", "",
            "Cấp          Tiếp nhận   Đã giải quyết   Trễ hạn",
            "Cấp tỉnh        12.310          11.905        42",
            "Cấp xã          30.127          29.870        96",
            "Toàn tỉnh       42.437"]
    report, got = _cell_facts("\n".join(rows) + "\n", tmp_path)
    assert ("received_total", "city", None, 42437, None) in got, got
    pipe = ["Tiếp nhận theo cấp, tháng 2 năm 2026", "",
            "| Cấp       | Tiếp nhận | Đã giải quyết | Trễ hạn |",
            "| Toàn tỉnh |    42.437 |               |         |",
            "| Cấp tỉnh  |    12.310 |        11.905 |      42 |",
            "| Cấp xã    |    30.127 |        29.870 |      96 |"]
    report, got = _cell_facts("\n".join(pipe) + "\n", tmp_path)
    assert ("received_total", "city", None, 42437, None) in got, got
    assert ("resolved_late", "communes", None, 96, None) in got, got


# Tables of the development sets (never blind_tables7/8) rebuilt from their truth and drawn borderless
# in every layout of tests/pdf_layouts.py; each must read to the facts the same table reads to as HTML
# (a grid without positions): any difference is the PDF reader's. Chosen for the causes fixed in
# session 10: a three-level Biểu 06 header with wrapped leaves beside one-line ones (T01), group
# headers centred over columns whose figures align right (T16, t3_15: the cells' padding), a portal's
# point-decimal rates (B17), two groups beside one free column (t4_09), a wide gap (R3).
LAYOUT_TABLES = [("blind_tables", "T01_bieu06_quangngai_q3_2024", 0), ("blind_tables", "T16_tyle_quangngai_so_10_2024", 0),
                 ("blind_tables2", "B17_portal_hatinh_so_thang11_2025", 0), ("blind_tables3", "t3_15_quangngai_dunghan", 0),
                 ("blind_tables4", "t4_09_docx", 0), ("real_tables", "R3_gialai_motcua_thang", 0)]
# (table, layout) pairs still read otherwise, with the reason
LAYOUT_XFAIL: dict = {
    ("B17_portal_hatinh_so_thang11_2025", "long_labels"):
        "the last row's label wrapped onto a line of its own with an upper-case tail ('Sở Khoa học và' / "
        "'Công nghệ'): the tail is not joined to the row (session 10, left open)"}
_LAYOUT_HTML: dict = {}


def _layout_table(spec, tmp_path):
    import json

    import pdf_layouts as PL
    folder, name, index = spec
    truth = json.loads((Path(__file__).parent / folder / f"{name}.truth.json").read_text(encoding="utf-8"))
    table = PL.tables_of(truth)[index]
    if spec not in _LAYOUT_HTML:
        page = tmp_path / "t.html"
        PL.render_html(table, str(page), truth.get("province"))
        _LAYOUT_HTML[spec] = PL.cell_keys(str(page))
    return truth, table, _LAYOUT_HTML[spec]


@pytest.mark.parametrize("layout", ["base", "narrow_gap", "wide_gap", "left_nums", "centre_nums", "wrap2", "wrap3",
                                    "long_labels", "numbering", "blank_groups", "two_pages_rep", "two_pages",
                                    "title_unit", "small_font", "large_font"])
def test_borderless_layouts_read_as_html(layout, tmp_path):
    """Every layout of pdf_layouts over the tables above reads to the HTML reading's cell facts."""
    import pdf_layouts as PL
    wrong = []
    for spec in LAYOUT_TABLES:
        truth, table, html = _layout_table(spec, tmp_path)
        assert sum(html.values()) >= 0.9 * len(table["facts"]), spec  # the HTML reading itself holds
        pdf = tmp_path / f"{layout}.pdf"
        assert PL.render(table, str(pdf), PL.LAYOUTS[layout], truth.get("province")), (spec, "illegible")
        got = PL.cell_keys(str(pdf))
        if got != html:
            wrong.append((spec[1], sum((html - got).values()), sum((got - html).values())))
    reasons = [LAYOUT_XFAIL.get((name, layout)) for name, _, _ in wrong]
    if wrong and all(reasons):
        pytest.xfail("; ".join(sorted(set(reasons))))
    assert not wrong, wrong
