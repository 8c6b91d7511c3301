"""The blind typo set (tests/blind_typo, issue 16) is what its build script makes, and its truth
is well formed. This checks the set itself, not docparse: scoring docparse's suggestions
against it is the issue's acceptance test."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent / "blind_typo"
PATTERNS = {"digit", "swap", "drop", "double", "separator", "copy"}


def _names():
    return sorted(p.name[:-len(".truth.json")] for p in SET.glob("*.truth.json"))


def test_build_reproduces_the_set(tmp_path):
    # loaded by its path under a name of its own, with its own lib.py: several sets have a build.py
    # and a lib.py, and whichever another test imported first would otherwise be the one used here
    spec = importlib.util.spec_from_file_location("blind_typo_build", SET / "build.py")
    build = importlib.util.module_from_spec(spec)
    saved = sys.modules.pop("lib", None)
    sys.path.insert(0, str(SET))
    try:
        spec.loader.exec_module(build)
    finally:
        sys.path.remove(str(SET))
        sys.modules.pop("lib", None)
        if saved is not None:
            sys.modules["lib"] = saved
    for fn in build.REPORTS:
        r = fn()
        r.write(tmp_path)
    for name in _names():
        for ext in (".txt", ".truth.json"):
            assert (tmp_path / (name + ext)).read_text("utf-8") == (SET / (name + ext)).read_text("utf-8"), name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        n + e for n in _names() for e in (".txt", ".truth.json"))


def test_truth_is_well_formed():
    names = _names()
    assert len(names) >= 30
    slipped = determined = 0
    for name in names:
        truth = json.loads((SET / f"{name}.truth.json").read_text("utf-8"))
        text = (SET / f"{name}.txt").read_text("utf-8")
        for key in ("register", "doc_date", "province", "facts", "not_facts", "mistakes", "suggestion"):
            assert key in truth, (name, key)
        s = truth["suggestion"]
        if s is None:
            assert truth["mistakes"] == [], name
            continue
        slipped += 1
        determined += bool(s["determined"])
        assert s["pattern"] in PATTERNS, name
        assert s["stated"] != s["corrected"], name
        assert s["text"] in text, name
        assert truth["mistakes"], name
        # the slipped figure is read as written: a fact's value, or the x or y of a rate
        assert any(s["stated"] in (f["value"], f.get("numerator"), f.get("denominator"))
                   for f in truth["facts"]), name
        if not s["determined"]:
            assert "Other single figures" in s["note"], name
    assert slipped >= 24 and determined >= 18 and slipped - determined >= 6
