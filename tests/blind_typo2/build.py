"""Build the second blind typo set: python3 tests/blind_typo2/build.py [--check] [--show NAME]

Each report below keeps its TRUE figures as named variables and its text as a template; a slip replaces
the written text of one variable only (see typo2lib.py and README.md). Written blind: no docparse code,
corpus, benchmark or other test set was read, and docparse was not run on these files.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from typo2lib import B, Built, Comp, Pct, Report, S, SC, Same, V, check_units, dump  # noqa: E402
from reports2 import REPORTS  # noqa: E402

README = HERE / "README.md"
START, END = "<!-- table -->", "<!-- /table -->"


def table(built: list) -> str:
    rows = ["| file | register | issuer's province | doc_date | slip (pattern) | determined | broken identities (codes) |",
            "|---|---|---|---|---|---|---|"]
    for b in built:
        t = b.truth()
        s = t["suggestion"]
        if s is None:
            slip, det, codes = "clean", "—", "—"
        else:
            corr = s["corrected"]
            corr = " or ".join(str(c) for c in corr) if isinstance(corr, list) else str(corr)
            slip = f"`{s['text']}` → {corr} ({s['pattern']})"
            det = "yes" if s["determined"] else "**no**"
            codes = ", ".join(m["code"] for m in t["mistakes"])
        rows.append(f"| {b.r.name} | {b.r.register} | {b.r.province or '—'} | {b.r.doc_date} | {slip} | {det} | {codes} |")
    return "\n".join(rows)


def outputs() -> dict:
    built = []
    names = set()
    for r in REPORTS:
        assert r.name not in names, r.name
        names.add(r.name)
        check_units(r)
        b = Built(r)
        if r.expect is None:
            assert r.slip is None, r.name
        else:
            want = r.expect == "det"
            assert b.determined == want, (r.name, "intended", r.expect, b.candidates)
        built.append(b)
    files = {}
    for b in built:
        files[f"{b.r.name}.txt"] = b.text()
        files[f"{b.r.name}.truth.json"] = dump(b.truth())
    readme = README.read_text("utf-8")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    files["README.md"] = head + START + "\n" + table(built) + "\n" + END + tail
    return files, built


def main(argv) -> int:
    files, built = outputs()
    if "--show" in argv:
        name = argv[argv.index("--show") + 1]
        for b in built:
            if b.r.name == name:
                print(b.show())
                return 0
        print(f"no report {name}", file=sys.stderr)
        return 2
    if "--check" in argv:
        bad = [n for n, text in files.items() if not (HERE / n).exists() or (HERE / n).read_text("utf-8") != text]
        on_disk = {p.name for p in HERE.iterdir() if p.name.endswith((".txt", ".truth.json"))}
        extra = sorted(on_disk - set(files))
        if bad or extra:
            print("differs from build.py:", ", ".join(bad + extra))
            return 1
        det = sum(1 for b in built if b.r.slip and b.determined)
        und = sum(1 for b in built if b.r.slip and not b.determined)
        print(f"ok: {len(built)} reports ({det} determined, {und} undetermined, {len(built) - det - und} clean)")
        return 0
    for n, text in files.items():
        (HERE / n).write_text(text, "utf-8")
    print(f"wrote {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
