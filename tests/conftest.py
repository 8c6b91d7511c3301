# the test sets' builders (tests/blind_*/build.py, ...) are scripts, not test modules: their own
# checks run in test_blind_typo_set.py and by running them; several share the name build.py (and
# model.py, render.py, the set D modules), so no module of a blind set is collected
collect_ignore_glob = ["*/build.py", "*/lib.py", "blind*/*.py"]

import hashlib
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# the tests read the interface in Vietnamese, its default, whatever the machine's locale (an
# English locale would switch it, issue 15); tests of English set the language themselves
os.environ.setdefault("DOCPARSE_UI_LANG", "vi")
sys.path.insert(0, str(ROOT))

from corpus.gold import SEEDS  # noqa: E402
from docparse.extractors.base import SourceDoc  # noqa: E402
from docparse.extractors.plain import text_to_lines  # noqa: E402
from docparse.pipeline import analyse  # noqa: E402


@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> Path:
    """The seeds rendered as text-layer PDF and DOCX by corpus/render.py."""
    from corpus.render import render_all

    out = tmp_path_factory.mktemp("rendered")
    render_all(out)
    return out


def analyse_text(text: str, name: str = "draft.txt"):
    """Run the whole pipeline on text held in memory."""
    src = SourceDoc(name, hashlib.sha256(text.encode()).hexdigest(), "text/plain", text_to_lines(text),
                    1, "plain")
    return analyse(src)


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


# Tests that fail today for reasons tracked in open issues (listed with the reason in
# tests/known_failures.txt and in the session's closing note). They still run and report: an
# unexpected pass shows as XPASS, so the list can only shrink.
def _known_failures():
    from pathlib import Path

    path = Path(__file__).parent / "known_failures.txt"
    out = {}
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                node, _, reason = line.partition("  # ")
                out[node.strip()] = reason.strip() or "known failure"
    return out


def pytest_collection_modifyitems(config, items):
    import pytest

    known = _known_failures()
    for item in items:
        reason = known.get(item.nodeid)
        if reason:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=False))
