"""Faults around a document (issue 14): a read-only database, an impossible port, an output folder
that does not exist, an export format that is not one — each a plain line and exit 2, never
'internal error', and the batch refused before any document is read."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "seeds" / "002_ad5a9e7cab460c97.txt"


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "docparse", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})


def one_line(result) -> str:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "internal" not in lines[0] and "nội bộ" not in lines[0], lines[0]
    return lines[0]


def test_read_only_database_is_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    db = tmp_path / "ro.sqlite"
    sqlite3.connect(db).close()
    line = one_line(run("batch", folder, "--db", f"sqlite:///file:{db}?mode=ro&uri=true", cwd=tmp_path))
    assert "readonly" in line or "read-only" in line or "chỉ đọc" in line, line


def test_database_in_a_missing_folder_is_refused_before_work(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    one_line(run("batch", folder, "--db", f"sqlite:///{tmp_path}/nowhere/x.sqlite", cwd=tmp_path))


def test_port_out_of_range(tmp_path):
    line = one_line(run("serve", "--port", "99999", cwd=tmp_path))
    assert "--port" in line


def test_annotate_into_a_missing_folder_is_refused_before_reading(tmp_path):
    line = one_line(run("check", SEED, "--annotate", tmp_path / "missing" / "out.pdf", cwd=tmp_path))
    assert "missing" in line


def test_batch_out_json_is_refused_before_the_batch_runs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(30):
        shutil.copy(SEED, folder / f"{i}.txt")
    start = time.monotonic()
    line = one_line(run("batch", folder, "--db", f"sqlite:///{tmp_path}/b.sqlite", "--out", tmp_path / "x.json",
                        cwd=tmp_path))
    assert ".json" in line
    assert not (tmp_path / "b.sqlite").exists(), "the batch ran before its arguments were checked"
    assert time.monotonic() - start < 20
