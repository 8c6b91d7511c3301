"""Build the blind set H (writes NAME.txt + NAME.truth.json); --check verifies without writing."""
import json, os, sys, re
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import pct_ok, n_, unit_exists
from reports_a import REPORTS_A
from reports_b import REPORTS_B

ADMIN = ('Xã ', 'Phường ', 'Thị trấn ', 'Huyện ', 'Thị xã ', 'Quận ', 'Thành phố ', 'Đặc khu ')


def build():
    out = []
    for fn in REPORTS_A + REPORTS_B:
        r = fn()
        out.append(r)
    return out


def dump(r):
    return r.text(), json.dumps(r.truth(), ensure_ascii=False, indent=1) + '\n'


def holds(idn):
    k, l, rhs = idn['kind'], idn['lhs'], idn['rhs']
    if k in ('sum', 'balance'):
        return l == sum(rhs)
    if k == 'score':
        return round(sum(rhs), 2) == round(l, 2)
    if k == 'complement':
        return round(sum(rhs), 4) == 100
    if k == 'repeat':
        return l == rhs[0]
    if k == 'feedback_balance':
        return rhs[0] + rhs[1] == rhs[2] + rhs[3]
    if k == 'unit_count':
        return l == rhs[0]
    raise ValueError(k)


KIND_OF = {'sum_mismatch': 'sum', 'balance_mismatch': ('balance', 'feedback_balance'), 'complement_mismatch': 'complement',
           'score_sum_mismatch': 'score', 'repeated_value_mismatch': 'repeat', 'unit_count_mismatch': 'unit_count'}


def check(reports):
    errs = []
    names = [r.name for r in reports]
    if len(set(names)) != len(names):
        errs.append('duplicate names')
    for r in reports:
        E = lambda m: errs.append(f'{r.name}: {m}')
        txt, tj = dump(r)
        for ext, content in (('.txt', txt), ('.truth.json', tj)):
            p = os.path.join(HERE, r.name + ext)
            if not os.path.exists(p) or open(p, encoding='utf-8').read() != content:
                E(f'{ext} on disk differs from build')
        nl = len(txt.splitlines())
        if not 15 <= nl <= 60:
            E(f'{nl} lines')
        T = r.truth()
        for sec in ('facts', 'not_facts', 'mistakes'):
            for f in T[sec]:
                if f['text'] not in txt:
                    E(f'{sec} text not in report: {f["text"]!r}')
        planted_ratio = {(m['text'], m['stated']) for m in T['mistakes'] if m['code'] == 'ratio_mismatch'}
        found_ratio = set()
        for f in T['facts']:
            if f['kind'] == 'rate' and f['numerator'] is not None:
                ok = pct_ok(f['value'], f['numerator'], f['denominator'], len(f['text'].split(',')[-1].split('.')[-1].rstrip('%')) if (',' in f['text'] or '.' in f['text']) else 0)
                if (f['text'], f['value']) in planted_ratio:
                    if ok:
                        E(f'planted ratio holds: {f["text"]}')
                    found_ratio.add((f['text'], f['value']))
                elif not ok:
                    E(f'ratio fails: {f["text"]} {f["numerator"]}/{f["denominator"]}')
            if f['numerator'] is not None and f['kind'] == 'rate':
                for x in (f['numerator'], f['denominator']):
                    if n_(x) not in txt and str(x) not in txt:
                        E(f'x/y figure not written: {x}')
            if f['kind'] == 'rank' and str(f['denominator']) not in txt:
                E('rank field size not written')
        if found_ratio != planted_ratio:
            E(f'planted ratio mistakes not matched: {planted_ratio - found_ratio}')
        M = r.meta()
        planted_kinds = Counter()
        for idn in M['idents']:
            h = holds(idn)
            if idn['planted']:
                planted_kinds[idn['kind']] += 1
                if h:
                    E(f'planted {idn["kind"]} holds')
            elif not h:
                E(f'identity {idn["kind"]} fails: {idn}')
        want = Counter()
        for m in T['mistakes']:
            k = KIND_OF.get(m['code'])
            if k:
                want[k if isinstance(k, str) else None] += 1
        fb = planted_kinds.pop('feedback_balance', 0)
        planted_kinds['balance'] += fb
        want_b = want.pop(None, 0)
        want['balance'] += want_b
        if +planted_kinds != +want:
            E(f'planted identities {dict(planted_kinds)} vs mistakes {dict(want)}')
        # dates
        P = M['period']
        dd = r.doc_date
        if P:
            okp = P['start'] <= P['end'] <= dd
            if P['planted']:
                if okp:
                    E('planted date inconsistency holds')
                if not any(m['code'] == 'date_inconsistency' for m in T['mistakes']):
                    E('planted period without mistake')
            elif not okp:
                E(f'period {P} vs {dd}')
        elif any(m['code'] == 'date_inconsistency' for m in T['mistakes']):
            E('date mistake without period')
        # units
        unknown = {m['stated'] for m in T['mistakes'] if m['code'] == 'unknown_unit'}
        seen_unknown = set()
        for u in M['units']:
            ex = unit_exists(u['name'], r.province, dd)
            if u['known'] and not ex:
                E(f'unit not in list of {dd}: {u["name"]}')
            if not u['known']:
                seen_unknown.add(u['name'])
                if ex:
                    E(f'planted unknown unit exists: {u["name"]}')
            if u['name'].lower() not in txt.lower():
                E(f'unit not written: {u["name"]}')
        if seen_unknown != unknown:
            E('unknown_unit mistakes do not match')
        for f in T['facts']:
            s = f['subject']
            if s.startswith('unit:') and s[5:].startswith(ADMIN) and s[5:] not in unknown:
                if not unit_exists(s[5:], r.province, dd):
                    E(f'subject not in list: {s}')
            if s.startswith('unit:') and dd >= '2025-07-01' and s[5:].startswith(('Huyện ', 'Quận ', 'Thị xã ')):
                E('district after July 2025')
            if s == 'districts' and dd >= '2025-07-01':
                E('districts after July 2025')
    return errs


def summary(reports):
    reg = Counter(r.register for r in reports)
    mc = Counter(m['code'] for r in reports for m in r.mistakes)
    provs = {r.province for r in reports if r.province}
    nfacts = sum(len(r.facts) for r in reports); nnf = sum(len(r.not_facts) for r in reports)
    withm = sum(1 for r in reports if r.mistakes)
    return (f'{len(reports)} reports; registers {dict(reg)}; {len(provs)} provinces; {nfacts} facts, {nnf} not_facts; '
            f'{sum(mc.values())} planted mistakes in {withm} reports: {dict(sorted(mc.items()))}')


if __name__ == '__main__':
    reps = build()
    if '--check' not in sys.argv:
        for r in reps:
            txt, tj = dump(r)
            open(os.path.join(HERE, r.name + '.txt'), 'w', encoding='utf-8').write(txt)
            open(os.path.join(HERE, r.name + '.truth.json'), 'w', encoding='utf-8').write(tj)
        print('written', len(reps))
    errs = check(reps)
    print(summary(reps))
    for e in errs:
        print('FAIL', e)
    print('check:', 'OK' if not errs else f'{len(errs)} failures')
    sys.exit(1 if errs else 0)
