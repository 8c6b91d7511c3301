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
    assert lines[-1].startswith("17 số liệu, 2 lỗi")
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
