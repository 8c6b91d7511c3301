import sys; sys.path.insert(0,'/work/main/tests')
from pathlib import Path
from typo_score import outcome
from docparse import parse
want = set(sys.argv[2].split(","))
for p in sorted(Path(sys.argv[1]).glob('*.txt')):
    k, t = outcome(p)
    if k in want:
        w = t['suggestion']; r = parse(p)
        print(p.name, k, 'truth', w.get('stated', w.get('written')), '->', w.get('corrected'), w.get('pattern'))
        for f in r.findings:
            if f.suggestion is not None:
                s = f.suggestion
                print('   ', f.code, f.severity, s.status, [(c.written, c.corrected, c.pattern) for c in s.corrections], [[(c.written, c.corrected, c.pattern) for c in cs] for cs in s.candidates][:6])
