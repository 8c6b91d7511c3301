"""Office layout matrix (tests/office_layouts.py) over a few representative tables of the development
table sets: each table's truth re-rendered as DOCX and XLSX (and a few as XLS through LibreOffice)
in the header and sheet layouts real statistics forms use must read to the same cell facts as the
truth; a clean table raises no warning or error. Layouts still failing are xfail with their reason.
"""
from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import office_layouts as OL  # noqa: E402

# (set, report, table index), all clean reports: a Biểu 06 of three header levels with group rows
# and its total first, a per-commune table with rates and a total over the communes, a 766 table.
TABLES = [("blind_tables4", "t4_15_xlsx", 0), ("blind_tables4", "t4_17_xlsx", 0),
          ("blind_tables6", "t6_11_chiso766_so_binhdinh", 0)]
# the layouts each table is held to (the first table to all): kept short so the test stays fast
ONLY = {1: ["base", "pct_fraction", "pct_text", "pct_literal", "rate_formula", "rate_formula_iferror",
            "rate_formula_pct", "formula_nocache", "hidden_col", "header_repeat", "total_first", "form_full"],
        2: ["base", "stt", "colnum_letters", "unmerged_blank", "title_caption", "numbers_text", "hidden_row",
            "label_long", "nested", "textbox", "form_full"]}
XFAIL: dict[tuple[str, str], str] = {}  # (layout, format) -> reason, for layouts still failing
XLS_LAYOUTS = ["base", "hidden_col", "rate_formula_iferror"]


def _load(set_name, report, index):
    tp = HERE / set_name / f"{report}.truth.json"
    truth = json.loads(tp.read_text(encoding="utf-8"))
    table = next(t for t in OL.tables_of(truth) if t["index"] == index)
    doc = OL.document_of(tp, truth)
    preface = OL.preface_of(doc, index)
    table["label"] = OL.LABELS.get((str(doc), index))
    return truth, table, preface


@pytest.fixture(scope="module")
def loaded():
    return [_load(*t) for t in TABLES]


def _cases():
    out = []
    for k, (s, r, i) in enumerate(TABLES):
        for lay in ONLY.get(k, list(OL.LAYOUTS)):
            for fmt in ("docx", "xlsx"):
                out.append((k, lay, fmt))
    return out


def _check(truth, table, path, facts):
    missed, extra, alarms = OL.compare(facts, str(path))
    assert not missed and not extra, (sorted(missed)[:3], sorted(extra)[:3])
    if not truth["mistakes"]:
        assert not alarms, alarms


@pytest.mark.parametrize("k,layout,fmt", _cases())
def test_office_layout(loaded, tmp_path, k, layout, fmt):
    truth, table, preface = loaded[k]
    if layout != "base" and not OL.applies(table, layout, fmt):
        pytest.skip("the layout changes nothing for this table and format")
    if (layout, fmt) in XFAIL:
        pytest.xfail(XFAIL[(layout, fmt)])
    opts = OL.LAYOUTS[layout]
    path = tmp_path / f"t.{fmt}"
    if fmt == "docx":
        facts = OL.write_docx(table, path, opts, preface)
    else:
        facts = OL.write_xlsx(table, path, opts, preface)
        if opts.get("formula") == "cached":
            if not (shutil.which("soffice") or shutil.which("libreoffice")):
                pytest.skip("LibreOffice is not installed")
            out = tmp_path / "re"
            out.mkdir()
            OL.lo_convert([str(path)], "xlsx", str(out))
            path = out / path.name
    _check(truth, table, path, facts)


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_office_layouts_xls(loaded, tmp_path):
    """The same tables written as XLS by LibreOffice (one conversion for all) read alike."""
    truth, table, preface = loaded[1]
    todo = []
    for lay in XLS_LAYOUTS:
        src = tmp_path / f"{lay}.xlsx"
        todo.append((lay, OL.write_xlsx(table, src, OL.LAYOUTS[lay], preface)))
    OL.lo_convert([str(tmp_path / f"{lay}.xlsx") for lay, _ in todo], "xls", str(tmp_path))
    bad = Counter()
    for lay, facts in todo:
        missed, extra, _ = OL.compare(facts, str(tmp_path / f"{lay}.xls"))
        bad[lay] = sum(missed.values()) + sum(extra.values())
    assert not +bad, bad


def test_header_rows_nest():
    rows, spans = OL.header_rows([("A", "x", "1"), ("A", "x", "2"), ("A", "y"), ("B",)])
    assert rows == [["A", "A", "A", "B"], ["x", "x", "y", "B"], ["1", "2", "y", "B"]]
    assert (0, 0, 0, 2) in spans and (1, 2, 2, 2) in spans and (0, 3, 2, 3) in spans
