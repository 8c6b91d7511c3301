"""A batch killed with SIGKILL at a random moment and started again gives the same database as an
uninterrupted run (issue 6). Repeated at several random moments, drawn from a seeded generator:
the seed is printed and can be set with DOCPARSE_KILL_SEED to replay a failing run. Then killed at
named points (DOCPARSE_KILL_AT, store.kill_point): after a document is stored, after the last one,
and inside the cross-document checks (computed, and written but not committed) (issue 14)."""
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from test_batch import snapshot

TRIALS = 4
DEFAULT_SEED = 6061


def _archive(root, count=120, disagreeing=False):
    from corpus.generate import make_disagreeing_archive, make_report
    from corpus.render import render_pdf

    root.mkdir()
    for i in range(count):
        text, _ = make_report(900 + i, None)
        if i % 8 == 0:
            render_pdf(text, root / f"r{i:03d}.pdf")
        else:
            (root / f"r{i:03d}.txt").write_text(text, "utf-8")
    if disagreeing:  # reports that disagree with each other: the cross-document checks find them
        make_disagreeing_archive(root / "city")


def _batch(root, url, workers=2):
    return [sys.executable, "-m", "docparse", "batch", str(root), "--db", url, "--workers", str(workers)]


def test_sigkill_at_random_moments_then_restart(tmp_path):
    root = tmp_path / "archive"
    _archive(root)
    reference = f"sqlite:///{tmp_path / 'reference.sqlite'}"
    t = time.perf_counter()
    subprocess.run(_batch(root, reference), check=True, capture_output=True, timeout=600)
    full = time.perf_counter() - t
    expected = snapshot(reference)
    seed = int(os.environ.get("DOCPARSE_KILL_SEED", DEFAULT_SEED))
    print(f"\nkill moments drawn with seed {seed} (DOCPARSE_KILL_SEED={seed} replays them)")
    rng = random.Random(seed)
    for trial in range(TRIALS):
        url = f"sqlite:///{tmp_path / f'trial{trial}.sqlite'}"
        proc = subprocess.Popen(_batch(root, url), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        moment = max(0.05, rng.uniform(0.02, 0.9) * full)  # a seeded fraction of the full run
        time.sleep(moment)
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, mid-write or not
        proc.wait()
        subprocess.run(_batch(root, url), check=True, capture_output=True, timeout=600)
        got = snapshot(url)
        print(f"\ntrial {trial}: killed after {moment:.2f} s of {full:.2f} s; restarted; "
              f"{len(got['documents'])} documents, {len(got['facts'])} facts")
        assert got == expected, f"trial {trial} differs (DOCPARSE_KILL_SEED={seed}, killed after {moment:.2f} s)"


@pytest.fixture(scope="module")
def disagreeing(tmp_path_factory):
    """An archive whose uninterrupted run has cross-document findings, and that run's database."""
    base = tmp_path_factory.mktemp("kill-named")
    root = base / "archive"
    _archive(root, count=40, disagreeing=True)
    reference = f"sqlite:///{base / 'reference.sqlite'}"
    subprocess.run(_batch(root, reference), check=True, capture_output=True, timeout=600)
    expected = snapshot(reference)
    assert {r[0] for r in expected["cross_findings"]} == {"cross_document_mismatch", "cross_sum_mismatch"}
    return base, root, expected


@pytest.mark.parametrize("point", ["document:1", "document:30", "documents-stored", "cross-computed",
                                   "cross-written"])
def test_sigkill_at_a_named_point_then_restart(point, disagreeing):
    """Killed at ``point`` (the process SIGKILLs itself there), then run again: the same database,
    cross-document findings included. Before the run marker, a kill in the cross-check window lost
    them for good: the restarted run had nothing to process and never recomputed them."""
    base, root, expected = disagreeing
    url = f"sqlite:///{base / (point.replace(':', '-') + '.sqlite')}"
    env = dict(os.environ, DOCPARSE_KILL_AT=point)
    proc = subprocess.Popen(_batch(root, url), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    code = proc.wait(timeout=600)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # any worker left behind
    except ProcessLookupError:
        pass
    assert code == -signal.SIGKILL, f"the run was not killed at {point} (exit {code})"
    after_kill = snapshot(url)
    if point.startswith("cross"):  # every document stored, the cross findings not committed
        assert after_kill["documents"] == expected["documents"]
        assert after_kill["cross_findings"] != expected["cross_findings"]
    subprocess.run(_batch(root, url), check=True, capture_output=True, timeout=600)
    got = snapshot(url)
    assert got == expected, f"killed at {point} and restarted: the database differs"
