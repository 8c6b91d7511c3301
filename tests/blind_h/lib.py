"""Helpers: every figure is written and recorded at the same moment."""
import json, sqlite3, datetime as dt
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

DB = None
def _db():
    global DB
    if DB is None:
        import vietnamadminunits, os
        DB = sqlite3.connect(os.path.join(os.path.dirname(vietnamadminunits.__file__), 'data', 'dataset.db'))
    return DB

def legacy_districts(prov):
    return sorted({r[0] for r in _db().execute('select district from admin_units_legacy where province=?', (prov,))})

def legacy_wards(prov, district):
    return sorted({r[0] for r in _db().execute('select ward from admin_units_legacy where province=? and district=?', (prov, district))})

def new_wards(prov_short):
    import vietnam_provinces as vp
    code = [p.code for p in vp.Province.iter_all() if p.name.replace('Thành phố ', '') == prov_short][0]
    return sorted(w.name for w in vp.Ward.iter_all() if w.province_code == code and '  ' not in w.name)

def unit_exists(name, province, date):
    """name in the list in force on date (province = 'Tỉnh X' / 'Thành phố X')."""
    if date < '2025-07-01':
        db = _db()
        if name == province:
            return True
        q = db.execute('select count(*) from admin_units_legacy where province=? and (district=? or ward=?)', (province, name, name)).fetchone()[0]
        return q > 0
    import vietnam_provinces as vp
    short = province.replace('Tỉnh ', '').replace('Thành phố ', '')
    ps = [p for p in vp.Province.iter_all() if p.name.replace('Thành phố ', '') == short]
    if not ps:
        return False
    if name == province:
        return True
    return any(w.name == name and w.province_code == ps[0].code for w in vp.Ward.iter_all())

def pct(n, m, d):
    q = Decimal(1).scaleb(-d)
    return float((Decimal(100 * n) / Decimal(m)).quantize(q, rounding=ROUND_HALF_UP))

def pct_ok(p, n, m, d):
    q = Decimal(1).scaleb(-d)
    x = Decimal(100 * n) / Decimal(m)
    P = Decimal(str(p)).quantize(q)
    return P == x.quantize(q, rounding=ROUND_HALF_UP) or P == x.quantize(q, rounding=ROUND_DOWN)

def n_(v, sep='.'):
    s = f'{v:,}'
    return s.replace(',', sep)

def p_(v, d, dec=','):
    s = f'{v:.{d}f}'
    return s.replace('.', dec)


class F:
    """A written figure: str() is the text as written, .v its value."""
    def __init__(self, text, v):
        self.t, self.v = text, v
    def __str__(self):
        return self.t
    def __format__(self, spec):
        return self.t


class R:
    def __init__(self, name, register, doc_date, province):
        self.name, self.register, self.doc_date, self.province = name, register, doc_date, province
        self.lines, self.facts, self.not_facts, self.mistakes = [], [], [], []
        self.idents, self.units, self.period_ = [], [], None

    # --- text
    def L(self, *ss):
        for s in ss:
            self.lines.extend(str(s).split('\n'))
        return self

    # --- facts
    def _fact(self, kind, ind, subj, value, text, num=None, den=None, scope=None, extra=None):
        f = {'kind': kind, 'indicator': ind, 'subject': subj, 'scope': scope, 'value': value,
             'numerator': num, 'denominator': den, 'text': text}
        if extra:
            f.update(extra)
        self.facts.append(f)
        return F(text, value)

    def c(self, ind, subj, v, scope=None, sep='.', text=None):
        """a count."""
        return self._fact('count', ind, subj, v, text or n_(v, sep), scope=scope)

    def rate(self, ind, subj, n, m, d=2, scope=None, xy=True, wrong=None, dec=',', pctsign='%', text=None, note=None):
        """a rate computed from n/m; xy: n and m are both written in the text."""
        v = pct(n, m, d)
        stated = v if wrong is None else wrong
        t = text or (p_(stated, d, dec) + pctsign)
        if wrong is not None:
            self.mistakes.append({'code': 'ratio_mismatch', 'stated': stated, 'text': t,
                                  'note': note or f'{n_(n)}/{n_(m)} is {p_(v, d)}%'})
        return self._fact('rate', ind, subj, stated, t, n if xy else None, m if xy else None, scope)

    def rv(self, ind, subj, v, d=2, scope=None, dec=',', text=None):
        """a bare rate with no counts."""
        return self._fact('rate', ind, subj, v, text or (p_(v, d, dec) + '%'), scope=scope)

    def score(self, ind, subj, v, d=2, maximum=None, text=None):
        ex = {'maximum': maximum} if maximum is not None else None
        return self._fact('score', ind, subj, v, text or p_(v, d), extra=ex)

    def rank(self, subj, pos, size, text=None):
        return self._fact('rank', 'index_766_rank', subj, pos, text or f'{pos}/{size}', None, size)

    def uc(self, subj, x, y, text=None):
        return self._fact('unit_count', 'units_meeting_target', subj, x, text or f'{x}/{y}', x, y)

    def nf(self, text, why):
        self.not_facts.append({'text': text, 'why': why})
        return text

    def mistake(self, code, stated, text, note):
        self.mistakes.append({'code': code, 'stated': stated, 'text': text, 'note': note})

    # --- identities for --check
    def ident(self, kind, lhs, rhs, planted=False):
        """kind: sum | balance | complement | score | repeat."""
        self.idents.append({'kind': kind, 'lhs': lhs.v if lhs is not None else None,
                            'rhs': [x.v for x in rhs], 'planted': planted,
                            'texts': [str(lhs)] + [str(x) for x in rhs] if lhs is not None else [str(x) for x in rhs]})

    def unit(self, name, known=True):
        self.units.append({'name': name, 'known': known})
        return name

    def ucount(self, stated_y, listed, planted=False):
        self.idents.append({'kind': 'unit_count', 'lhs': stated_y, 'rhs': [listed], 'planted': planted, 'texts': []})

    def period(self, start, end, planted=False):
        self.period_ = {'start': start, 'end': end, 'planted': planted}

    def truth(self):
        return {'register': self.register, 'doc_date': self.doc_date, 'province': self.province,
                'facts': self.facts, 'not_facts': self.not_facts, 'mistakes': self.mistakes}

    def text(self):
        return '\n'.join(self.lines).rstrip('\n') + '\n'

    def meta(self):
        return {'idents': self.idents, 'units': self.units, 'period': self.period_}


def vn_date(d):
    y, m, dd = d.split('-')
    return f'ngày {int(dd)} tháng {int(m)} năm {y}'

def vn_date2(d, pad=True):
    y, m, dd = d.split('-')
    return f'{dd}/{m}/{y}' if pad else f'{int(dd)}/{int(m)}/{y}'


def nhan(r, items, signer, pos, auth=None):
    r.L('', 'Nơi nhận:')
    for it in items:
        r.L(f'- {it};')
    r.L('- Lưu: VT.', '')
    if auth:
        r.L(auth)
    r.L(pos, '', '(Đã ký)', '', signer)
