"""Data generator and phrasing blocks shared by the reports (each report picks its own wording)."""
import random
from lib import pct, n_, p_

def gen(seed, size, carry=True, d=2, lo=0.90):
    """consistent dossier flow; on-time + late rates (and online + offline shares) complement at d."""
    rnd = random.Random(seed)
    while True:
        new = rnd.randint(int(size * 0.8), size)
        on = rnd.randint(int(new * 0.35), int(new * 0.97))
        off = new - on
        cr = rnd.randint(int(new * 0.02), int(new * 0.12)) if carry else 0
        tot = new + cr
        res = rnd.randint(int(tot * lo), int(tot * 0.97))
        pen = tot - res
        late = rnd.randint(max(1, res // 300), max(2, res // 25))
        intime = res - late
        early = rnd.randint(int(intime * 0.3), int(intime * 0.7))
        ontime = intime - early
        pl = rnd.randint(0, max(1, pen // 8))
        pw = pen - pl
        if pct(intime, res, d) + pct(late, res, d) != 100 or pct(on, new, d) + pct(off, new, d) != 100:
            seed += 1000
            rnd = random.Random(seed)
            continue
        return dict(new=new, on=on, off=off, cr=cr, tot=tot, res=res, pen=pen, late=late,
                    intime=intime, early=early, ontime=ontime, pl=pl, pw=pw)

def gen_fb(seed):
    rnd = random.Random(seed)
    new = rnd.randint(3, 60); cr = rnd.randint(0, 6)
    res = rnd.randint(new // 2, new + cr); pen = new + cr - res
    return dict(new=new, cr=cr, res=res, pen=pen)

def score766(seed, parts=6):
    rnd = random.Random(seed)
    mx = [18, 20, 12, 10, 18, 22][:parts]
    vals = [round(rnd.uniform(0.6, 0.97) * m, 2) for m in mx]
    return vals, mx, round(sum(vals), 2)
