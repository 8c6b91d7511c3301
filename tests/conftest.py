import hashlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
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
