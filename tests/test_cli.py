"""docparse extract / check: output formats and exit codes of the contract."""
import json

from test_errors import run_cli

from conftest import seed


def test_extract_prints_the_report_json():
    result = run_cli("extract", seed("000"))
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["schema_version"] == "1"
    assert report["source"]["text_source"] == "plain"
    assert report["document"]["doc_type"] == "TB"
    first = report["facts"][0]
    assert (first["indicator"], first["value"], first["numerator"], first["denominator"]) == \
        ("online_submission", 87.62, 50133, 57219)
    assert first["target"] == {"op": ">=", "value": 60.0}
    assert len(report["signatures"]) == 4


def test_check_text_lists_findings_with_page_and_line_then_summary():
    result = run_cli("check", seed("002"))
    assert result.returncode == 1  # errors found, --fail-on error (default)
    lines = result.stdout.strip().splitlines()
    assert any("dòng 33" in ln and "ratio_mismatch" in ln and "43,14%" in ln for ln in lines)
    # 18 facts: the gold's 18 (corpus/gold/002.gold; the "100% TTHC được công khai … trên Hệ thống" rate read since session 8)
    assert lines[-1].startswith("18 số liệu, 2 lỗi")
    assert "\x1b[" not in result.stdout  # no colour when not a terminal


def test_fail_on_levels():
    assert run_cli("check", seed("003")).returncode == 0  # warnings and info only
    assert run_cli("check", seed("003"), "--fail-on", "warning").returncode == 1
    assert run_cli("check", seed("000"), "--fail-on", "info").returncode == 0


def test_check_json_is_the_report():
    result = run_cli("check", seed("002"), "--format", "json")
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert codes == ["ratio_mismatch", "complement_mismatch"]


def test_facts_frame_has_one_row_per_fact():
    from docparse import parse

    report = parse(seed("001"))
    frame = report.facts_frame()
    assert len(frame) == len(report.facts)
    row = frame[frame.indicator == "received_total"].iloc[0]
    assert (row.value, row.subject_level, str(row.period_end.date())) == (410591, "city", "2025-09-14")


def _long_pdf(rendered, path, pages=40):
    """The rendered seeds one after another until the PDF has ``pages`` pages (a large report)."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    while len(out) < pages:
        for name in ("000", "001", "002", "003", "004"):
            out.import_pages(pdfium.PdfDocument(str(rendered / f"{name}.pdf")))
    out.save(str(path))
    return path


def test_jobs_read_a_large_pdf_across_processes_with_the_same_report(rendered, tmp_path, monkeypatch):
    """--jobs 2 on a 40-page text-layer PDF (runs of 16 pages at least for the test): its pages
    are read on two processes and the Report is the one a single process makes (issue 13)."""
    from docparse import parse
    from docparse.extractors import pages, pdf as pdf_reader

    pdf = _long_pdf(rendered, tmp_path / "long.pdf")
    monkeypatch.setattr(pdf_reader, "PAGES_PER_JOB", 16)  # runs of 20 pages here (100 by default)
    calls = []
    spread = pages.in_processes

    def recording(func, jobs, workers, *args, **kw):
        calls.append(workers)
        return spread(func, jobs, workers, *args, **kw)

    monkeypatch.setattr(pages, "in_processes", recording)
    one = parse(pdf, jobs=1)
    assert calls == []  # one process: no pool
    two = parse(pdf, jobs=2)
    assert calls == [2]
    assert one.source.pages >= 40 and len(one.facts) > 50
    assert two.model_dump() == one.model_dump()
    assert [(ln.page, ln.number, ln.text) for ln in two._lines] == [(ln.page, ln.number, ln.text) for ln in one._lines]
    result_1, result_2 = run_cli("check", pdf, "--jobs", "1"), run_cli("check", pdf, "-j", "2")  # 40 pages: one process
    assert result_2.returncode == result_1.returncode == 1
    assert result_2.stdout == result_1.stdout and "ratio_mismatch" in result_1.stdout


def test_bad_jobs_values_exit_2_with_one_line(tmp_path):
    from test_errors import assert_one_line_error

    from docparse import DocparseError, parse

    assert_one_line_error(run_cli("check", seed("002"), "--jobs", "0"), "--jobs", "1")
    assert_one_line_error(run_cli("extract", seed("002"), "-j", "-2"), "--jobs")
    assert_one_line_error(run_cli("explain", seed("002"), "--jobs", "x"), "--jobs", "'x'")
    assert_one_line_error(run_cli("check", seed("002"), "--jobs"), "--jobs")
    for bad in (0, -1, 1.5, "2", True):
        try:
            parse(seed("002"), jobs=bad)
        except DocparseError as exc:
            assert "--jobs" in str(exc) and "\n" not in str(exc)
        else:
            raise AssertionError(f"jobs={bad!r} accepted")
