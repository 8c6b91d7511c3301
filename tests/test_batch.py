"""docparse batch: store, incremental runs, failures, exports, cross-document checks, Dask, and
PostgreSQL as well as SQLite (issue 6)."""
import glob
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

import docparse
from docparse.batch import run_batch
from docparse.store import TABLES, engine_for

from conftest import seed


def snapshot(url: str) -> dict:
    """Every table's rows (history and bookkeeping included), sorted, without the times of
    processing: what 'the same database' means."""
    frames = docparse.load(url, history=True)
    out = {}
    for name, frame in frames.items():
        frame = frame.drop(columns=[c for c in ("processed_at", "id", "mtime", "seen_at", "superseded_at",
                                                "claimed_at") if c in frame.columns])
        if name in ("files", "file_versions"):
            frame = frame.assign(path=frame.path.map(lambda p: Path(p).name))
        if name == "documents":
            frame = frame.assign(path=frame.path.map(lambda p: Path(p).name if isinstance(p, str) else p))
        if name == "cross_findings":
            frame = frame.assign(message=frame.message.str.replace(r"/\S+/", "", regex=True))
        rows = sorted(map(tuple, frame.astype(str).itertuples(index=False)))
        out[name] = rows
    return out


@pytest.fixture()
def archive(tmp_path, rendered):
    root = tmp_path / "archive"
    (root / "2025" / "q3").mkdir(parents=True)
    for p in glob.glob(str(Path(seed("000")).parent / "*.txt")):
        shutil.copy(p, root / "2025")
    for n in ("000", "001", "002", "003"):
        shutil.copy(rendered / f"{n}.pdf", root / "2025" / "q3")
    shutil.copy(rendered / "003.docx", root / "2025" / "q3")
    shutil.copy(seed("002"), root / "2025" / "q3" / "copy-of-002.txt")  # the same content twice
    (root / "2025" / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    return root


def test_batch_stores_every_document_once_and_skips_unchanged(archive, tmp_path):
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    first = run_batch(archive, url, workers=2)
    assert (first.files, first.documents, first.processed) == (12, 11, 10)
    assert [p for p, _ in first.failures] == [str(archive / "2025" / "broken.pdf")]
    frames = docparse.load(url)
    assert set(frames) == set(TABLES)
    docs = frames["documents"]
    assert (docs.status == "ok").sum() == 10 and (docs.status == "failed").sum() == 1
    assert len(frames["files"]) == 12
    assert frames["findings"].code.value_counts()["ratio_mismatch"] == 2  # 002 as TXT and as PDF
    second = run_batch(archive, url, workers=2)
    assert (second.processed, second.skipped) == (0, 10)
    assert len(second.failures) == 1  # a failed document is tried again
    (archive / "2025" / "broken.pdf").unlink()
    shutil.copy(seed("004"), archive / "2025" / "new.txt")
    third = run_batch(archive, url, workers=1)
    # new.txt holds seed 004's bytes, already stored under its own name: nothing to process
    assert (third.files, third.processed, third.skipped, third.failures) == (12, 0, 10, [])


def test_exports(archive, tmp_path):
    url = f"sqlite:///{tmp_path / 'e.sqlite'}"
    run_batch(archive, url, workers=1)
    from docparse.store import export

    written = export(url, str(tmp_path / "out.parquet"))
    import pandas as pd

    facts = pd.read_parquet(written[0])
    assert len(facts) == len(docparse.load(url)["facts"]) and "period_end" in facts.columns
    assert any(p.endswith("out.findings.parquet") for p in written)
    export(url, str(tmp_path / "out.csv"))
    assert (tmp_path / "out.documents.csv").exists()
    export(url, str(tmp_path / "out.xlsx"))
    sheets = pd.read_excel(tmp_path / "out.xlsx", sheet_name=None)
    assert set(sheets) == set(TABLES)


def test_cross_document_findings_on_a_generated_archive(tmp_path):
    from corpus.generate import make_disagreeing_archive

    truth = make_disagreeing_archive(tmp_path / "dis")
    url = f"sqlite:///{tmp_path / 'd.sqlite'}"
    summary = run_batch(tmp_path / "dis", url, workers=1)
    cross = docparse.load(url)["cross_findings"]
    print("\ncross-document findings:", dict(summary.cross))
    assert set(cross.code) == set(truth["planted"])
    sums = cross[cross.code == "cross_sum_mismatch"]
    assert list(sums.expected) == [truth["communes_sum"]]
    rates = cross[(cross.code == "cross_document_mismatch") & cross.message.str.startswith("online")]
    assert sorted([rates.stated.iloc[0], rates.expected.iloc[0]]) == [86.62, 87.62]
    assert not len(docparse.load(url)["findings"])  # each document is clean on its own


def test_dask_cluster_gives_the_same_database(archive, tmp_path):
    from dask.distributed import LocalCluster

    local = f"sqlite:///{tmp_path / 'local.sqlite'}"
    run_batch(archive, local, workers=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = f"sqlite:///{tmp_path / 'dask.sqlite'}"
        run_batch(archive, remote, scheduler=cluster.scheduler_address)
    assert snapshot(local) == snapshot(remote)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    """A real PostgreSQL server (Debian's binaries) on 127.0.0.1, for the duration of the tests."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not bins:
        pytest.fail("PostgreSQL is not installed: run scripts/install.sh --test")
    import tempfile

    bindir = Path(bins[-1]).parent
    base = Path(tempfile.mkdtemp(prefix="docparse-pg-"))  # outside pytest's root-only folders
    data = base / "data"
    port = _free_port()
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_postgres:  # the server refuses to run as root
        os.chmod(base, 0o755)
        shutil.chown(base, "postgres")
    subprocess.run(as_postgres + [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                                  "-E", "UTF8"], check=True, capture_output=True)
    subprocess.run(as_postgres + [str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(data.parent / "log"),
                                  "-o", f"-p {port} -k {data.parent} -h 127.0.0.1", "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(as_postgres + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_postgresql_store_matches_sqlite(archive, tmp_path, postgres):
    lite = f"sqlite:///{tmp_path / 'p.sqlite'}"
    run_batch(archive, lite, workers=2)
    first = run_batch(archive, postgres, workers=2)
    assert first.processed == 10
    assert snapshot(lite) == snapshot(postgres)
    again = run_batch(archive, postgres, workers=2)
    assert again.processed == 0


def test_edited_and_deleted_files_leave_no_current_rows_of_their_old_versions(tmp_path):
    """A file edited in place and a file deleted: their old versions stay in the store as history
    (file_versions, documents with current = false) but leave the current rows, the exports and
    the cross-document checks: the edited report is not compared with its own old version."""
    root = tmp_path / "arc"
    root.mkdir()
    for n in ("001", "002", "003"):
        shutil.copy(seed(n), root / f"{n}.txt")
    url = f"sqlite:///{tmp_path / 'h.sqlite'}"
    run_batch(root, url, workers=1)
    old = docparse.load(url)["documents"].set_index("path").sha256.to_dict()
    edited, deleted = root / "002.txt", root / "003.txt"
    text = edited.read_text("utf-8")
    assert "47,14%" in text
    edited.write_text(text.replace("47,14%", "46,14%"), "utf-8")  # the same report, one rate changed
    deleted.unlink()
    again = run_batch(root, url, workers=1)
    assert (again.processed, again.skipped) == (1, 1)
    now = docparse.load(url)
    gone = {old[str(edited)], old[str(deleted)]}
    assert set(now["documents"].path) == {str(root / "001.txt"), str(edited)}
    for name in ("documents", "facts", "findings", "signatures"):
        assert not set(now[name].sha256) & gone, name
    assert set(now["files"].path) == {str(root / "001.txt"), str(edited)}
    assert not len(now["cross_findings"])  # 002 against its own old version before the fix
    history = docparse.load(url, history=True)
    docs = history["documents"].set_index("sha256")
    assert set(docs.index) >= gone and not docs.loc[sorted(gone), "current"].any()
    assert docs.loc[sorted(gone), "superseded_at"].notna().all()
    assert len(history["facts"][history["facts"].sha256.isin(gone)])  # history kept, not deleted
    versions = history["file_versions"]
    assert sorted(map(tuple, versions[~versions.current][["path", "sha256"]].values)) == sorted(
        [(str(edited), old[str(edited)]), (str(deleted), old[str(deleted)])])
    from docparse.store import export

    written = export(url, str(tmp_path / "x.csv"))
    import pandas as pd

    assert not set(pd.read_csv(written[0]).sha256) & gone
    edited.write_text(text, "utf-8")  # edited back: its first version is current again, not redone
    back = run_batch(root, url, workers=1)
    assert (back.processed, back.skipped) == (0, 2)
    assert old[str(edited)] in set(docparse.load(url)["documents"].sha256)


def test_two_runs_on_one_database_share_the_work(tmp_path):
    """Two batch processes started together on one database: each document is processed by one of
    them only, and the database is the one a single run gives."""
    from test_batch_kill import _archive, _batch

    root = tmp_path / "archive"
    _archive(root, count=60)
    single = f"sqlite:///{tmp_path / 'single.sqlite'}"
    subprocess.run(_batch(root, single, workers=1), check=True, capture_output=True, timeout=600)
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    engine_for(url).dispose()  # the tables exist before both start
    runs = [subprocess.Popen(_batch(root, url, workers=1), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in runs]
    assert [p.returncode for p in runs] == [0, 0], outs
    import re

    processed = [int(re.search(r"(\d+) đã xử lý", out).group(1)) for out, _ in outs]
    print("\nprocessed by each run:", processed, [o.splitlines()[0] for o, _ in outs])
    assert sum(processed) == 60, processed
    assert snapshot(url) == snapshot(single)


def test_arguments_are_checked_before_any_work(archive, tmp_path):
    from test_errors import assert_one_line_error, run_cli

    db = tmp_path / "never.sqlite"
    started = time.perf_counter()
    result = run_cli("batch", archive, "--db", f"sqlite:///{db}", "--out", tmp_path / "x.json")
    assert_one_line_error(result, "--out", ".json")
    assert not db.exists()  # refused before the store was even opened
    assert_one_line_error(run_cli("batch", archive, "--db", f"sqlite:///{db}", "--out",
                                  tmp_path / "nofolder" / "x.csv"), "thư mục")
    assert not db.exists()
    assert time.perf_counter() - started < 60


def test_bad_database_url_is_a_clear_error(archive):
    from test_errors import assert_one_line_error, run_cli

    assert_one_line_error(run_cli("batch", archive, "--db", "nosuchdb://x"), "cơ sở dữ liệu")
    assert_one_line_error(run_cli("batch", archive / "nope"), "không phải là thư mục")


def test_a_store_written_before_file_history_is_migrated(tmp_path, archive):
    """A database made by the earlier schema (no documents.current, no file_versions): opened by
    this version, its files are taken as current and a batch run on it works as on a new one."""
    import sqlite3

    db = tmp_path / "old.sqlite"
    url = f"sqlite:///{db}"
    run_batch(archive, url, workers=1)
    con = sqlite3.connect(db)  # back to the old shape: drop the new columns and tables
    con.execute("ALTER TABLE documents DROP COLUMN current")
    con.execute("ALTER TABLE documents DROP COLUMN superseded_at")
    for table in ("file_versions", "claims", "store_state"):
        con.execute(f"DROP TABLE {table}")
    con.commit()
    con.close()
    again = run_batch(archive, url, workers=1)
    assert again.processed == 0 and len(again.failures) == 1  # nothing redone but the broken file
    frames = docparse.load(url, history=True)
    assert frames["documents"].current.all() and frames["file_versions"].current.all()
    assert len(frames["file_versions"]) == len(frames["files"]) == 12
    assert len(frames["cross_findings"]) == len(docparse.load(url)["cross_findings"])


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_its_time_is_recorded_as_failed_and_the_batch_goes_on(tmp_path, workers, monkeypatch):
    """A reader stuck on one file (DOCPARSE_STALL_ON makes it hang, as a reader stuck inside a C
    call would): that document is stopped after its time, recorded as failed, and the others are
    all read; the next run tries it again."""
    root = tmp_path / "arc"
    root.mkdir()
    for n in ("001", "002", "003"):
        shutil.copy(seed(n), root / f"{n}.txt")
    monkeypatch.setenv("DOCPARSE_STALL_ON", "002.txt")
    url = f"sqlite:///{tmp_path / 't.sqlite'}"
    started = time.perf_counter()
    summary = run_batch(root, url, workers=workers, seconds=4)
    assert time.perf_counter() - started < 120
    assert summary.processed == 2
    assert [(Path(p).name, "4" in reason and "DOCPARSE_DOC_SECONDS" in reason) for p, reason in summary.failures] == [
        ("002.txt", True)]
    docs = docparse.load(url)["documents"].set_index("path")
    assert docs.loc[str(root / "002.txt"), "status"] == "failed"
    monkeypatch.delenv("DOCPARSE_STALL_ON")
    again = run_batch(root, url, workers=workers, seconds=60)
    assert (again.processed, again.failures) == (1, [])
