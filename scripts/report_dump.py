"""Regression tool for speed work: dump the Report of every test document, then compare two dumps.

    python3 scripts/report_dump.py dump OUT_DIR        # every document's Report JSON into OUT_DIR
    python3 scripts/report_dump.py compare BEFORE AFTER

A change that only makes docparse faster must leave every Report identical: the facts, units,
findings (with their suggestions), the document header, tables, signatures and warnings. The
documents: tests/dev, tests/blind, tests/blind_c, tests/blind_d, tests/blind_e, tests/blind_f, tests/blind_g, tests/blind_h, tests/blind_i, tests/dev_real (each as written and de-accented,
as the blind tests read them), tests/data (the phrasing table, each case as the phrasing harness
runs it, and the HTML table), tests/blind_tables2-6 (every format), the seeds and the rendered and signed PDFs and DOCX of corpus/.
Nothing here is tuned to: it only says whether two runs of docparse read the same.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _strip(text: str) -> str:
    """The de-accented form the blind tests read (tests/test_blind.py)."""
    import unicodedata

    out = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def _documents() -> list[Path]:
    docs: list[Path] = []
    for sub in ("tests/dev", "tests/dev_real", "tests/blind", "tests/blind_c", "tests/blind_d", "tests/blind_e",
                "tests/blind_f", "tests/blind_g", "tests/blind_h", "tests/blind_i"):
        docs += sorted((ROOT / sub).glob("*.txt"))
    for n in range(2, 7):  # the table sets' documents, every format (blind_tables7 and 8 are held out)
        docs += sorted(p for p in (ROOT / f"tests/blind_tables{n}").iterdir()
                       if p.suffix in (".pdf", ".doc", ".docx", ".html", ".xls", ".xlsx", ".ods"))
    docs += sorted((ROOT / "tests/data").glob("*.html"))
    docs += sorted((ROOT / "corpus/seeds").glob("*.txt"))
    docs += sorted((ROOT / "corpus/rendered").glob("*.pdf")) + sorted((ROOT / "corpus/rendered").glob("*.docx"))
    docs += sorted((ROOT / "corpus/signed").glob("*.pdf"))
    return docs


def _canonical(report) -> dict:
    data = json.loads(report.model_dump_json())
    data.get("source", {}).pop("path", None)  # the de-accented copies stand in a temporary folder
    return data


def dump(out: Path) -> int:
    import docparse
    from phrasing_harness import load_cases, run_case

    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for doc in _documents():
            rel = doc.relative_to(ROOT).as_posix().replace("/", "__")
            (out / f"{rel}.json").write_text(json.dumps(_canonical(docparse.parse(str(doc))), ensure_ascii=False,
                                                         indent=1, sort_keys=True), "utf-8")
            n += 1
            if doc.suffix == ".txt" and (doc.parent.name.startswith("blind") or doc.parent.name == "dev"):
                de = Path(tmp) / doc.name
                de.write_text(_strip(doc.read_text("utf-8")), "utf-8")
                (out / f"{rel}.deaccented.json").write_text(
                    json.dumps(_canonical(docparse.parse(str(de))), ensure_ascii=False, indent=1, sort_keys=True),
                    "utf-8")
                n += 1
    for case in load_cases():
        (out / f"phrasing__{case['id']}.json").write_text(
            json.dumps(_canonical(run_case(case)), ensure_ascii=False, indent=1, sort_keys=True), "utf-8")
        n += 1
    return n


def compare(before: Path, after: Path) -> int:
    """The number of documents whose Report differs (each named, with its first differing line)."""
    a = {p.name for p in before.glob("*.json")}
    b = {p.name for p in after.glob("*.json")}
    bad = 0
    for name in sorted(a ^ b):
        print(f"only in {'before' if name in a else 'after'}: {name}")
        bad += 1
    for name in sorted(a & b):
        x, y = (before / name).read_text("utf-8"), (after / name).read_text("utf-8")
        if x != y:
            bad += 1
            xl, yl = x.splitlines(), y.splitlines()
            i = next((i for i, (p, q) in enumerate(zip(xl, yl)) if p != q), min(len(xl), len(yl)))
            print(f"DIFFERS {name} line {i + 1}:\n  before: {xl[i] if i < len(xl) else '<end>'}\n"
                  f"  after:  {yl[i] if i < len(yl) else '<end>'}")
    print(f"{len(a & b)} documents compared, {bad} differ")
    return bad


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        print(f"{dump(Path(sys.argv[2]))} reports written to {sys.argv[2]}")
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(1 if compare(Path(sys.argv[2]), Path(sys.argv[3])) else 0)
    else:
        raise SystemExit(__doc__)
