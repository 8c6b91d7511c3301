"""Bad input: a clear one-line error and exit 2, or a warning when part could be read; no traceback."""
import subprocess
import sys

import pytest

from docparse import parse


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "docparse", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def assert_one_line_error(result, *words):
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for w in words:
        assert w in lines[0]


def test_missing_file(tmp_path):
    assert_one_line_error(run_cli("extract", tmp_path / "nope.pdf"), "not found")


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_one_line_error(run_cli("check", empty), "empty")


def test_not_a_pdf_renamed(tmp_path):
    fake = tmp_path / "report.pdf"
    fake.write_text("Tỷ lệ nộp hồ sơ trực tuyến đạt 87,62%", encoding="utf-8")
    assert_one_line_error(run_cli("extract", fake), "not a PDF")


def test_encrypted_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"))
    c.drawString(72, 720, "Ty le 87,62%")
    c.save()
    assert_one_line_error(run_cli("extract", path), "password")


def test_truncated_pdf_is_detected(rendered, tmp_path):
    data = (rendered / "001.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    result = run_cli("extract", cut)
    if result.returncode == 2:  # nothing could be read: a one-line error
        assert_one_line_error(result, "")
    else:  # pages were read: the loss is said in warnings
        import json

        report = json.loads(result.stdout)
        assert any("truncated" in w or "declares" in w for w in report["warnings"]), report["warnings"]


def test_folder_given_to_extract(tmp_path):
    assert_one_line_error(run_cli("extract", tmp_path), "folder")


def test_wrong_arguments():
    assert_one_line_error(run_cli("check", "x.txt", "--format", "pdf"), "--format")
    assert_one_line_error(run_cli("check"), "Missing")


def test_api_raises_a_docparse_error(tmp_path):
    from docparse import DocparseError

    with pytest.raises(DocparseError):
        parse(tmp_path / "missing.docx")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocparseError):
        parse(bad)
