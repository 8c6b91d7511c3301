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
    assert_one_line_error(run_cli("extract", tmp_path / "nope.pdf"), "không tìm thấy")


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_one_line_error(run_cli("check", empty), "rỗng")


def test_not_a_pdf_renamed(tmp_path):
    fake = tmp_path / "report.pdf"
    fake.write_text("Tỷ lệ nộp hồ sơ trực tuyến đạt 87,62%", encoding="utf-8")
    assert_one_line_error(run_cli("extract", fake), "không phải tệp PDF")


def test_encrypted_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"))
    c.drawString(72, 720, "Ty le 87,62%")
    c.save()
    assert_one_line_error(run_cli("extract", path), "mật khẩu")


def test_truncated_pdf_is_detected(rendered, tmp_path):
    """001.pdf cut at 60% of its bytes keeps its fonts and page tree but not one whole page content
    stream (the first one ends past the cut), so no page can be read: the input could not be read
    (contract §1: exit 2 with a one-line reason), and the reason says the file is cut short. Reading a
    fragment and exiting 0 would tell `check` users that a draft missing 40% of its bytes passed."""
    import re

    data = (rendered / "001.pdf").read_bytes()
    size = int(len(data) * 0.6)
    ends = [m.start() for m in re.finditer(rb"endstream", data)]
    content_starts = [m.start() for m in re.finditer(rb"/ASCII85Decode", data)]
    assert content_starts and all(e > size for e in ends if e > content_starts[0]), "the input changed"
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:size])
    result = run_cli("extract", cut)
    assert_one_line_error(result)
    reason = result.stderr.strip().lower()
    assert any(w in reason for w in ("truncated", "damaged", "incomplete", "bị cắt", "hỏng", "không đầy đủ")), reason


def test_folder_given_to_extract(tmp_path):
    assert_one_line_error(run_cli("extract", tmp_path), "thư mục")


def test_wrong_arguments():
    assert_one_line_error(run_cli("check", "x.txt", "--format", "pdf"), "--format")
    assert_one_line_error(run_cli("check"), "thiếu")


def test_api_raises_a_docparse_error(tmp_path):
    from docparse import DocparseError

    with pytest.raises(DocparseError):
        parse(tmp_path / "missing.docx")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocparseError):
        parse(bad)
