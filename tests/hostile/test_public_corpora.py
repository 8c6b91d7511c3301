"""Public PDF test corpora (issue 14): py-pdf's sample files, qpdf's test files (many deliberately
broken) and pdf.js's test PDFs still hold the one-line contract through the CLI, and no text in
another language is converted as a legacy Vietnamese encoding.

The corpora are not committed. The test reads them from git repositories when present:
DOCPARSE_PDF_CORPORA names a folder holding them (as ``owner+name/repo`` git folders, the layout
of the session's mirror, or as plain checkouts ``owner+name``); without them it is skipped, saying
so. A deterministic selection of each corpus is run (every k-th PDF under 3 MB, up to
PER_CORPUS), text layer only (--ocr never: OCR time is the OCR tests' business)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_hostile_cli import MAX_RSS_MB, MAX_SECONDS, run_measured, verdict  # noqa: E402

CORPORA = {"py-pdf+sample-files": "", "qpdf+qpdf": "qpdf/qtest/qpdf", "mozilla+pdf.js": "test/pdfs"}
PER_CORPUS = int(os.environ.get("DOCPARSE_PDF_CORPORA_SAMPLE", "40"))
MAX_BYTES = 3 * 1024 * 1024
DEFAULT_HOME = Path("/work/.mirror")


def _git_dir(home: Path, name: str) -> Path | None:
    for candidate in (home / name / "repo", home / name / ".git", home / name):
        if (candidate / "HEAD").exists() and (candidate / "objects").exists():
            return candidate
    return None


def _select(git: Path, under: str) -> list[tuple[str, str]]:
    """(path, blob id) of every k-th PDF under ``under`` (sorted), up to PER_CORPUS."""
    out = subprocess.run(["git", "--git-dir", str(git), "ls-tree", "-r", "-l", "HEAD", "--", under or "."],
                         capture_output=True, text=True, check=True).stdout
    files = []
    for line in out.splitlines():
        meta, path = line.split("\t", 1)
        _, kind, blob, size = meta.split()
        if kind == "blob" and path.lower().endswith(".pdf") and size.isdigit() and 0 < int(size) <= MAX_BYTES:
            files.append((path, blob))
    files.sort()
    step = max(1, len(files) // PER_CORPUS)
    return files[::step][:PER_CORPUS]


def _extract(git: Path, files: list[tuple[str, str]], folder: Path) -> list[Path]:
    """The files' bytes, one blob at a time (a mirror may lack some objects: those are left out)."""
    out = []
    for path, blob in files:
        got = subprocess.run(["git", "--git-dir", str(git), "cat-file", "blob", blob], capture_output=True)
        if got.returncode == 0 and got.stdout:
            target = folder / path.replace("/", "__")
            target.write_bytes(got.stdout)
            out.append(target)
    return out


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    home = Path(os.environ.get("DOCPARSE_PDF_CORPORA", DEFAULT_HOME))
    found = {name: _git_dir(home, name) for name in CORPORA}
    if not any(found.values()):
        pytest.skip(f"the public PDF corpora are not here ({home}: set DOCPARSE_PDF_CORPORA to a folder "
                    f"holding py-pdf+sample-files, qpdf+qpdf, mozilla+pdf.js git repositories)")
    out = {}
    for name, git in found.items():
        if git is not None:
            out[name] = _extract(git, _select(git, CORPORA[name]), tmp_path_factory.mktemp(name))
    return out


def test_public_pdfs_keep_the_one_line_contract_and_no_legacy_false_alarm(corpora):
    rows, problems, counts = [], [], {"report": 0, "error": 0}
    for corpus, paths in corpora.items():
        for path in paths:
            code, out, err, seconds, rss = run_measured(["extract", path, "--ocr", "never"])
            problem = verdict("either", code, out, err)
            if seconds > MAX_SECONDS:
                problem = problem or f"took {seconds:.1f} s"
            if rss > MAX_RSS_MB:
                problem = problem or f"peak RSS {rss:.0f} MB"
            note = err.strip()[:90] if code == 2 else ""
            if code in (0, 1) and problem is None:
                report = json.loads(out)
                if report["source"].get("encoding"):
                    problem = f"converted as {report['source']['encoding']}"
                note = f"{len(report['facts'])} facts"
            counts["error" if code == 2 else "report"] += 1
            rows.append(f"{corpus[:12]:12} {path.name[:40]:40} {code!s:4} {seconds:5.1f} s {rss:5.0f} MB  "
                        f"{'ok' if problem is None else 'FAIL ' + problem}  {note}")
            if problem:
                problems.append(f"{corpus}/{path.name}: {problem}")
    print("\n" + "\n".join(rows) + f"\n{sum(counts.values())} PDFs: {counts['report']} read, "
          f"{counts['error']} refused with one line")
    assert not problems, "\n".join(problems)
