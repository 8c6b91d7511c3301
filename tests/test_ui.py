"""For the clerk and the analyst (issue 15): Vietnamese around the findings, a file that is not a
report said so, CLI conventions, the library API a pandas user expects."""
import io
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import seed
from test_errors import run_cli

# English words that a Vietnamese text never contains (values such as error/warning/info, text/json
# and option names are the CLI's vocabulary, not sentences, and are removed before the check)
ENGLISH = set("""the and is are not of with for found file files folder show this message exit usage
options commands arguments missing argument option such default required invalid value read could
cannot processed skipped unchanged pages page facts findings documents document distinct failed
retried next across wrote empty must use only see help try got unexpected extra choose from integer
least print output format lowest severity write copy every each into store worker processes address
local drop its their line named but archive errors warnings whole was were has have be been
which when where there any all""".split())


def english_words(text: str, *paths) -> list[str]:
    """English words left in ``text`` once identifiers (finding codes such as ratio_mismatch),
    option names, <types>, 'quoted values', URLs and the given paths are taken out."""
    for p in sorted(map(str, paths), key=len, reverse=True):
        text = text.replace(p, " ")
    text = re.sub(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b|--?[\w-]+|<[^>]*>|'[^']*'|\S+://\S*|\[[\w|=]+\]|\b\w+\.(?:pdf|docx|txt|html|xlsx|csv|parquet|sqlite|xyz)\b",
                  " ", text)
    return [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH]


def vi_cli(*args, cwd=None):
    env = {**os.environ, "DOCPARSE_UI_LANG": "vi", "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-m", "docparse", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=300, env=env)


def test_the_word_check_finds_english():
    """The check this file relies on: English output is caught (so a pass means something)."""
    result = subprocess.run([sys.executable, "-m", "docparse", "--ui-lang", "en", "check", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert len(english_words(result.stdout)) > 10
    assert "Usage:" in result.stdout and "Options" in result.stdout


@pytest.mark.parametrize("command", [[], ["extract"], ["check"], ["explain"], ["batch"], ["serve"], ["schema"]])
def test_every_help_is_vietnamese(command):
    result = vi_cli(*command, "--help")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert english_words(out) == [], english_words(out)
    assert "Cách dùng:" in out and "Tùy chọn" in out
    assert "Mã thoát: 0" in out and "1 có ít nhất" in out and "2 tệp không đọc được" in out  # exit codes


def _error_cases(tmp_path, rendered):
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    fake = tmp_path / "gia.pdf"
    fake.write_text("Tỷ lệ 87,62%", encoding="utf-8")
    archive = tmp_path / "nen.docx"
    import zipfile

    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", "x")
    text = seed("002")
    return [
        (["extract", tmp_path / "khong-co.pdf"], "không tìm thấy"),
        (["check", tmp_path], "thư mục"),
        (["check", empty], "rỗng"),
        (["check", fake], "không phải tệp PDF"),
        (["check", archive], "Word"),
        (["check"], "thiếu đối số"),
        (["check", text, "--format", "pdf"], "giá trị không hợp lệ"),
        (["check", text, "--fail-on", "loi"], "giá trị không hợp lệ"),
        (["check", text, "--bogus"], "không có tùy chọn"),
        (["khong-co-lenh"], "không có lệnh"),
        (["check", text, "--annotate", tmp_path / "ra.pdf"], "--annotate"),
        (["check", rendered / "002.pdf", "--annotate", tmp_path / "ra.docx"], "--annotate"),
        (["check", rendered / "002.pdf", "--annotate", rendered / "002.pdf"], "tệp mới"),
        (["check", text, "--annotate", tmp_path / "khong" / "ra.pdf"], "thư mục"),
        (["batch", tmp_path / "khong-co"], "không phải là thư mục"),
        (["batch", tmp_path, "--out", tmp_path / "ra.json"], "--out"),
        (["batch", tmp_path, "--report", tmp_path / "ra.pdf"], "--report"),
        (["batch", tmp_path, "--workers", "0"], "--workers"),
        (["batch", tmp_path, "--db", "khongphai://x"], "cơ sở dữ liệu"),
        (["--ui-lang", "fr", "check", text], "--ui-lang"),
        (["check", text, "--ocr"], "cần một giá trị"),
    ]


def test_every_error_path_is_one_vietnamese_line(tmp_path, rendered):
    import time

    for args, words in _error_cases(tmp_path, rendered):
        started = time.perf_counter()
        result = vi_cli(*args)
        line = result.stderr.strip()
        assert result.returncode == 2, (args, result.stdout[-300:], result.stderr)
        assert len(line.splitlines()) == 1 and "Traceback" not in line, (args, line)
        assert words in line, (args, line)
        assert english_words(line, tmp_path, rendered, seed("002")) == [], (args, line)
        if "--annotate" in map(str, args):  # refused before the document is read
            assert time.perf_counter() - started < 20


def test_bare_docparse_shows_help_without_an_empty_error():
    result = vi_cli()
    assert result.returncode == 2
    assert "Cách dùng:" in result.stdout and result.stderr.strip() == ""


def test_version_quiet_verbose():
    from docparse import __version__

    result = vi_cli("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"docparse {__version__}")
    quiet = vi_cli("-q", "check", seed("004"))
    assert "ghi chú" not in quiet.stdout and "lỗi" in quiet.stdout.splitlines()[-1]
    noted = vi_cli("check", seed("004"))
    assert "ghi chú: văn bản không có dấu tiếng Việt" in noted.stdout
    verbose = vi_cli("-v", "check", seed("000"))
    assert "đọc " in verbose.stderr and "số liệu" in verbose.stderr  # rich's log handler on stderr


def test_random_bytes_are_said_to_be_no_readable_document(tmp_path):
    """A random .xyz of bytes is no text at all: issue 14 makes it an unreadable input (exit 2, one
    Vietnamese line that says so), the plainest way of telling the clerk no report is in it."""
    path = tmp_path / "ngau-nhien.xyz"
    path.write_bytes(bytes(range(256)) * 7 + b"\x00\x17abc")
    result = vi_cli("check", path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and result.stdout == ""
    assert "không nhận ra báo cáo nào" in lines[0] and "không phải tệp văn bản" in lines[0]
    assert english_words(lines[0], path) == []


@pytest.mark.parametrize("name,data", [("xin-chao.txt", "xin chào".encode()),
                                       ("chao.xyz", "Kính chào quý vị, hẹn gặp lại.".encode())])
def test_a_file_that_is_not_a_report_is_said_so(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    result = vi_cli("check", path)
    assert "Không nhận ra báo cáo nào" in result.stdout
    assert "không được kiểm tra" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "0 số liệu, 0 lỗi, 1 cảnh báo, 0 lưu ý"
    assert result.returncode == 0 and vi_cli("check", path, "--fail-on", "warning").returncode == 1
    report = json.loads(vi_cli("extract", path).stdout)
    assert [(f["code"], f["severity"]) for f in report["findings"]] == [("no_report_recognised", "warning")]


def test_a_report_is_not_flagged_as_no_report():
    from docparse import parse

    for prefix in ("000", "002", "003"):
        assert "no_report_recognised" not in {f.code for f in parse(seed(prefix)).findings}


def test_text_output_shows_the_suggested_value():
    result = vi_cli("check", seed("002"))
    line = next(ln for ln in result.stdout.splitlines() if "ratio_mismatch" in ln)
    assert "— đề nghị: 43,14%" in line


def test_english_on_request():
    result = subprocess.run([sys.executable, "-m", "docparse", "check", str(seed("002")), "--ui-lang", "en"],
                            capture_output=True, text=True, timeout=60)
    assert "page 1, line 33: ERROR [ratio_mismatch]" in result.stdout
    assert "suggested: 43.14%" in result.stdout
    assert re.search(r"^\d+ facts, 2 errors", result.stdout.splitlines()[-1])
    env = {**os.environ, "DOCPARSE_UI_LANG": "", "LC_ALL": "en_GB.UTF-8"}
    missing = subprocess.run([sys.executable, "-m", "docparse", "extract", "/khong/co.pdf"],
                             capture_output=True, text=True, timeout=60, env=env)
    assert missing.stderr.strip() == "docparse: file not found: /khong/co.pdf"


def test_schema_is_printed_and_shipped():
    from importlib import resources

    import jsonschema

    from docparse import parse
    from docparse.models import Report

    result = vi_cli("schema")
    printed = json.loads(result.stdout)
    shipped = json.loads(resources.files("docparse.data").joinpath("report.schema.json").read_text("utf-8"))
    assert printed == Report.model_json_schema()
    assert shipped == printed, "the shipped schema is stale: docparse schema > docparse/data/report.schema.json"
    report = json.loads(parse(seed("002")).model_dump_json())
    jsonschema.validate(report, shipped)
    report["findings"][0]["severity"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, shipped)


def _batch_dir(tmp_path, rendered):
    archive = tmp_path / "kho"
    archive.mkdir()
    for prefix in ("000", "002"):
        shutil.copy(seed(prefix), archive)
    broken = archive / "hong.pdf"
    broken.write_bytes((rendered / "001.pdf").read_bytes()[:3000])
    return archive


def test_batch_summary_is_vietnamese_and_fails_on(tmp_path, rendered):
    archive = _batch_dir(tmp_path, rendered)
    db = f"sqlite:///{tmp_path / 'kho.sqlite'}"
    result = vi_cli("batch", archive, "--db", db, "--workers", "1")
    assert result.returncode == 1, result.stderr  # a file failed
    out = result.stdout
    assert "3 tệp, 3 văn bản khác nhau: 2 đã xử lý, 0 không đổi nên bỏ qua" in out
    assert "1 tệp không đọc được" in out
    assert english_words(out, tmp_path) == [], english_words(out, tmp_path)
    (archive / "hong.pdf").unlink()
    again = vi_cli("batch", archive, "--db", db, "--workers", "1")
    assert again.returncode == 0, again.stdout  # nothing failed; findings do not fail without --fail-on
    assert "không đổi nên bỏ qua" in again.stdout
    assert vi_cli("batch", archive, "--db", db, "--fail-on", "error").returncode == 1  # seed 002's errors
    assert vi_cli("batch", archive, "--db", db, "--fail-on", "error").stdout.count("lỗi") >= 0


# ---- library ------------------------------------------------------------------------------

def _comparable(report, path=True):
    data = report.model_dump()
    if not path:
        data["source"].pop("path")
    return data


def test_parse_accepts_a_file_object_and_bytes(rendered):
    import docparse

    path = rendered / "002.pdf"
    by_path = docparse.parse(path)
    with open(path, "rb") as fh:
        by_file = docparse.parse(fh)
    assert _comparable(by_file) == _comparable(by_path)
    by_bytes = docparse.parse(path.read_bytes(), name="x.pdf")
    assert by_bytes.source.path == "x.pdf"
    assert _comparable(by_bytes, path=False) == _comparable(by_path, path=False)
    assert _comparable(docparse.parse(io.BytesIO(path.read_bytes()), name="x.pdf"), False) == \
        _comparable(by_path, False)
    docx = rendered / "003.docx"
    assert _comparable(docparse.parse(docx.read_bytes(), name="y.docx"), False) == \
        _comparable(docparse.parse(docx), False)
    with pytest.raises(docparse.DocparseError):
        docparse.parse(io.StringIO("text, not bytes"))


def test_findings_frame_and_facts_frame_dtypes():
    import pandas as pd

    from docparse import parse

    report = parse(seed("002"))
    findings = report.findings_frame()
    assert len(findings) == len(report.findings)
    assert str(findings["page"].dtype) == "Int64" and str(findings["line"].dtype) == "Int64"
    assert isinstance(findings["severity"].dtype, pd.CategoricalDtype) and findings["severity"].cat.ordered
    row = findings[findings.code == "ratio_mismatch"].iloc[0]
    assert isinstance(row.facts, list) and "f6" in row.facts or len(row.facts) >= 1
    assert (row.page, row.line, row.suggested) == (1, 33, "43,14%")
    facts = report.facts_frame()
    assert str(facts["period_end"].dtype).startswith("datetime64")
    assert str(facts["issued_on"].dtype).startswith("datetime64")
    for column in ("page", "line", "decimals", "numerator", "denominator"):
        assert str(facts[column].dtype) == "Int64", column
    share = facts[facts.indicator == "received_offline_share"].iloc[0]
    assert share.indicator_label == "Tỷ lệ tiếp nhận trực tiếp"  # accents kept
    assert share.kind_label == "Tỷ lệ" and share.level_label == "Toàn tỉnh/thành phố"
    assert facts["subject_name"].notna().all()
    assert share.label == "đạt tỷ lệ"  # the words as written, accents kept (the recogniser folds them)
    city = facts[facts.subject_level == "city"].iloc[0]
    assert city.subject_name == report.document.province


def test_load_frames_have_proper_dtypes(tmp_path, rendered):
    import docparse
    from docparse.batch import run_batch
    from docparse.store import TABLES

    archive = _batch_dir(tmp_path, rendered)
    db = f"sqlite:///{tmp_path / 'kho.sqlite'}"
    run_batch(archive, db, workers=1)
    frames = docparse.load(db)
    assert sorted(frames) == sorted(TABLES)
    for table in TABLES:
        assert f"``{table}``" in docparse.load.__doc__  # every table documented
    docs = frames["documents"]
    assert "failed" in set(docs.status)  # the broken file: its pages are NULL, still Int64
    assert str(docs["pages"].dtype) == "Int64" and str(docs["n_facts"].dtype) == "Int64"
    assert str(docs["issued_on"].dtype).startswith("datetime64")
    assert str(docs["processed_at"].dtype).startswith("datetime64")
    findings = frames["findings"]
    assert all(isinstance(v, list) for v in findings["facts"])
    assert any(len(v) > 1 for v in findings["facts"])
    facts = frames["facts"]
    assert str(facts["page"].dtype) == "Int64" and str(facts["decimals"].dtype) == "Int64"
    assert "Tỷ lệ tiếp nhận trực tiếp" in set(facts["indicator_label"])


def test_progress_shows_only_for_work_over_a_second(monkeypatch):
    import io
    import time

    from docparse import progress
    from docparse.render.progress import StderrProgress, progress_on_stderr

    with progress_on_stderr(False):  # not a terminal (or -q): nobody listens
        assert progress._listener is None
    stream = io.StringIO()
    quick = StderrProgress(stream)
    quick("ocr", 0, 2)
    quick("ocr", 2, 2)  # done within the second: no bar ever
    time.sleep(1.3)
    assert quick.bar is None
    quick.close()
    slow = StderrProgress(stream)
    slow("ocr", 0, 3)
    assert slow.bar is None
    time.sleep(1.3)
    deadline = time.monotonic() + 10  # the timer's thread may start late on a loaded machine
    while slow.bar is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert slow.bar is not None and slow.tasks["ocr"]["id"] is not None  # shown after a second
    slow("ocr", 1, 3)
    assert slow.bar.tasks[0].completed == 1 and slow.bar.tasks[0].description == "Nhận dạng chữ (OCR)"
    slow.close()
    assert slow.bar is None


def test_check_reports_ocr_progress_to_a_listener(rendered):
    """The OCR of a page without a text layer reports each page (what the bar shows)."""
    import pypdfium2 as pdfium

    from docparse import parse, progress

    image = pdfium.PdfDocument(str(rendered / "002.pdf"))[0].render(scale=150 / 72).to_pil()
    import io

    buf = io.BytesIO()
    image.save(buf, format="PNG")
    seen = []
    with progress.listening(lambda task, done, total: seen.append((task, done, total))):
        parse(buf.getvalue(), name="trang.png")
    assert seen == [("ocr", 0, 1), ("ocr", 1, 1)]


def test_pdf_title_is_whole(rendered):
    from docparse import parse

    assert parse(rendered / "002.pdf").document.title == \
        "Tình hình, kết quả cải cách thủ tục hành chính tháng 7/2025 trên địa bàn thành phố Hải Phòng"


def test_repeated_value_message_names_both_places():
    from docparse import parse

    messages = [f.message for f in parse(seed("004")).findings if f.code == "repeated_value_mismatch"]
    assert messages and all(re.search(r"\(trang \d+, dòng \d+\) và [\d.,]+ \(trang \d+, dòng \d+\)(?: \(|$)", m)
                            for m in messages), messages


def test_ocr_progress_on_a_terminal_only(rendered, tmp_path):
    """`check` of a scanned page: the bar on a terminal (a pty), nothing when stderr is a pipe."""
    import pty

    import pypdfium2 as pdfium

    image = tmp_path / "trang.png"
    pdfium.PdfDocument(str(rendered / "002.pdf"))[1].render(scale=200 / 72).to_pil().save(image)
    piped = vi_cli("check", image)
    assert "Nhận dạng chữ" not in piped.stderr and "━" not in piped.stderr
    out = bytearray()

    def read(fd):
        data = os.read(fd, 4096)
        out.extend(data)
        return data

    env_before = dict(os.environ)
    os.environ["DOCPARSE_UI_LANG"] = "vi"
    try:
        status = pty.spawn([sys.executable, "-m", "docparse", "check", str(image)], read)
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    text = out.decode("utf-8", "replace")
    assert "Nhận dạng chữ (OCR)" in text and "0/1" in text, text[-500:]
    assert os.waitstatus_to_exitcode(status) == 1  # the 47,14% error on that page
