"""The disk cache of built indexes (docparse/cache.py): an entry is reused, a damaged one rebuilt,
and an index read back from it answers as the one built in memory."""
from __future__ import annotations

import pickle

from docparse import cache
from docparse.normalize import gazetteer_dated


def test_entry_written_reused_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCPARSE_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}

    assert cache.cached("thing", "k1", build) == {"built": 1}
    assert cache.cached("thing", "k1", build) == {"built": 1}  # read back, not built again
    assert len(calls) == 1
    (tmp_path / "thing-k1.pickle").write_bytes(b"not a pickle")
    assert cache.cached("thing", "k1", build) == {"built": 2}
    assert cache.cached("thing", "k2", build) == {"built": 3}  # another key: other inputs


def test_cache_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCPARSE_CACHE_DIR", "off")
    monkeypatch.chdir(tmp_path)
    assert cache.cached("thing", "k", lambda: 5) == 5
    assert list(tmp_path.iterdir()) == []


def test_fingerprint_follows_the_files(tmp_path):
    f = tmp_path / "data.json"
    f.write_text("a")
    first = cache.fingerprint([f])
    f.write_text("ab")
    assert cache.fingerprint([f]) != first


def test_legacy_index_read_back_answers_the_same():
    built = gazetteer_dated.LegacyIndex()
    copy = pickle.loads(pickle.dumps(built))
    for prefix, name, province in [("huyện", "Đức Phổ", "Quảng Ngãi"), ("xa", "Da K’Nang", "Lam Dong"),
                                   ("thị xã", "Tân Uyên", None), ("xã", "Tân Phú", None),
                                   ("phường", "Trúc Bạch", "Hà Nội")]:
        assert copy.find(prefix, name, province) == built.find(prefix, name, province)
    assert copy.find("xa", "Da K’Nang", "Lam Dong")[0].match == "accents"


_REGEX_PROBE = r"""
import sys
from docparse import fastregex
p = fastregex.compile(r"(?<![a-z])(?P<n>\d+(?:,\d+)?)\s*%(?=\s|$)|tỷ\s+lệ", fastregex.IGNORECASE)
m = p.search("Tỷ lệ hồ sơ đúng hạn đạt 97,5 % trong quý")
print(fastregex._STATE["dirty"], m.group().replace(" ", "_"), p.search("đạt 45 %")["n"], p.flags & fastregex.IGNORECASE != 0)
"""


def test_regex_engine_arguments_read_back_from_the_disk_cache(tmp_path):
    """A pattern compiled in one process is rebuilt from the stored engine arguments in the next
    (no parsing: nothing new to write), and matches the same; a damaged entry is compiled again."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, DOCPARSE_CACHE_DIR=str(tmp_path), PYTHONPATH=os.getcwd())

    def probe():
        return subprocess.run([sys.executable, "-c", _REGEX_PROBE], capture_output=True, text=True, env=env,
                              check=True).stdout.split()

    first = probe()
    stored = list(tmp_path.glob("regex-*.pickle"))
    assert first[0] == "True" and len(stored) == 1  # compiled, then written at exit
    second = probe()
    assert second[0] == "False"  # read back: nothing new to write
    assert first[1:] == second[1:] == ["Tỷ_lệ", "45", "True"]
    stored[0].write_bytes(b"damaged")
    assert probe() == first


def test_stale_entries_of_a_name_are_pruned(tmp_path, monkeypatch):
    """Entries built from code or data since changed are never read again: only the newest few of
    a name stay, other names untouched."""
    import os
    import time

    monkeypatch.setenv("DOCPARSE_CACHE_DIR", str(tmp_path))
    (tmp_path / "other-x.pickle").write_bytes(b"")
    for i in range(cache.KEEP + 3):
        cache.cached("thing", f"k{i}", lambda: i)
        stamp = time.time() - 100 + i
        os.utime(tmp_path / f"thing-k{i}.pickle", (stamp, stamp))
    left = sorted(p.name for p in tmp_path.glob("thing-*.pickle"))
    assert len(left) == cache.KEEP and f"thing-k{cache.KEEP + 2}.pickle" in left and "thing-k0.pickle" not in left
    assert (tmp_path / "other-x.pickle").exists()
