#!/usr/bin/env python3
"""Build the blind set g: writes NAME.txt and NAME.truth.json for every report.
`build.py --check` verifies the files on disk and every identity (see README.md)."""
import sys, os, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reports_a, reports_b

def all_docs():
    docs = []
    for mod in (reports_a, reports_b):
        for k in sorted(dir(mod)):
            if k.startswith("g") and k[1:].isdigit():
                docs.append(getattr(mod, k)())
    return docs

def render(d):
    return d.text(), json.dumps(d.truth(), ensure_ascii=False, indent=1) + "\n"

def main():
    check = "--check" in sys.argv
    docs = all_docs()
    bad = 0
    names = set()
    for d in docs:
        txt, tr = render(d)
        pt, pj = os.path.join(HERE, d.name + ".txt"), os.path.join(HERE, d.name + ".truth.json")
        if d.name in names:
            print("duplicate", d.name); bad += 1
        names.add(d.name)
        if check:
            for path, want in ((pt, txt), (pj, tr)):
                if not os.path.exists(path) or open(path, encoding="utf-8").read() != want:
                    print(d.name, "differs on disk:", os.path.basename(path)); bad += 1
        else:
            open(pt, "w", encoding="utf-8").write(txt)
            open(pj, "w", encoding="utf-8").write(tr)
        for pr in d.problems():
            print(d.name, pr); bad += 1
    if check:
        on_disk = {f[:-4] for f in os.listdir(HERE) if f.endswith(".txt")}
        for extra in on_disk - names:
            print("stray file", extra); bad += 1
    regs = {}
    for d in docs:
        regs[d.register] = regs.get(d.register, 0) + 1
    codes = {}
    for d in docs:
        for m in d.mistakes:
            codes[m["code"]] = codes.get(m["code"], 0) + 1
    print(f"{len(docs)} reports {regs}; facts {sum(len(d.facts) for d in docs)}, not_facts {sum(len(d.not_facts) for d in docs)}, "
          f"mistakes {codes}, clean {sum(1 for d in docs if not d.mistakes)}, provinces {len({d.province for d in docs if d.province})}")
    print("CHECK", "FAILED" if bad else "PASSED" if check else "built", bad)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
