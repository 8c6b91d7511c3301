#!/usr/bin/env python3
"""Blind table set 5 (issue 12): build the reports and their truth from one data model.

    python build.py          # writes NAME.<ext> and NAME.truth.json beside this file
    python build.py --check  # rebuilds into a temp dir, compares, verifies identities,
                             # planted mistakes and the presence of cell texts

Only the writer and the coordinator open this directory.
"""
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path
from xml.sax.saxutils import escape

from vietnam_provinces import Province, Ward

HERE = Path(__file__).resolve().parent
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- units
PROVINCES = {p.name: p for p in Province.iter_all()}


def prov_full(name):
    p = PROVINCES[name]
    return ('Tỉnh ' + p.name) if p.division_type.value == 'tỉnh' else p.name


def prov_short(name):
    p = PROVINCES[name]
    return p.name.replace('Thành phố ', '')


def listed_total_subject(label, depts, comms, groups):
    """Session 8 alignment (tests/TRUTH_FORMAT.md, "A table's total row"; README): a total that names
    no place ("Tổng cộng", "Tổng số", "Cộng") over rows of one level only is that level's aggregate;
    over groups of levels, or a "Toàn tỉnh", the province's (city)."""
    if not groups and label in ('Tổng cộng', 'Tổng số', 'Cộng'):
        if comms and not depts:
            return 'communes'
        if depts and not comms:
            return 'departments'
    return 'city'


def is_city(name):
    return PROVINCES[name].division_type.value != 'tỉnh'


def wards(prov, rng, n):
    p = PROVINCES[prov]
    names = sorted(w.name for w in Ward.iter_all() if w.province_code == p.code
                   and re.match(r'^(Xã|Phường) [^\d()\-]+$', w.name))
    return rng.sample(names, n)


# provincial departments after the 2025 reorganisation (provincial bodies, allowed by the brief)
DEPTS = ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Công Thương',
         'Sở Nông nghiệp và Môi trường', 'Sở Y tế', 'Sở Giáo dục và Đào tạo',
         'Sở Khoa học và Công nghệ', 'Sở Dân tộc và Tôn giáo']

# ---------------------------------------------------------------- columns
# key -> (kind, indicator)
COLS = {
    'rt': ('count', 'received_total'), 'rc': ('count', 'received_carried_over'),
    'ron': ('count', 'received_online'), 'roff': ('count', 'received_offline'),
    'st': ('count', 'resolved_total'), 'se': ('count', 'resolved_early'),
    'so': ('count', 'resolved_on_time'), 'sit': ('count', 'resolved_in_time'),
    'sl': ('count', 'resolved_late'), 'pt': ('count', 'pending_total'),
    'po': ('count', 'pending_on_time'), 'pl': ('count', 'pending_late'),
    'proc': ('count', 'procedures_total'),
    'p_ot': ('rate', 'resolved_on_time'), 'p_on': ('rate', 'online_submission'),
    'c_pub': ('score', 'index_766_publicity'), 'c_prog': ('score', 'index_766_progress'),
    'c_ons': ('score', 'index_766_online_service'), 'c_pay': ('score', 'index_766_online_payment'),
    'c_sat': ('score', 'index_766_satisfaction'), 'c_dig': ('score', 'index_766_digitization'),
    'c_tot': ('score', 'index_766_total'),
}
MAX766 = {'c_pub': 18, 'c_prog': 20, 'c_ons': 12, 'c_pay': 10, 'c_sat': 18, 'c_dig': 22, 'c_tot': 100}
COMP766 = ['c_pub', 'c_prog', 'c_ons', 'c_pay', 'c_sat', 'c_dig']
COUNT_KEYS = [k for k, v in COLS.items() if v[0] == 'count']


def pct(n, d, dec):
    if not d:
        return None
    q = Decimal(100 * n) / Decimal(d)
    return q.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def rate_parts(key, cells, keys):
    """numerator, denominator of a rate cell by the official convention, from the row's cells."""
    def g(k):
        v = cells.get(k)
        return v if isinstance(v, int) else None
    if key == 'p_ot':
        den = g('st')
        if 'sit' in keys:
            num = g('sit')
        else:
            a, b = g('se'), g('so')
            num = None if a is None or b is None else a + b
        return num, den
    if key == 'p_on':
        num = g('ron')
        if 'roff' in keys:
            off = g('roff')
            den = None if num is None or off is None else num + off
        else:
            den = g('rt')
        return num, den
    raise KeyError(key)


# ---------------------------------------------------------------- header trees
def leaves(tree, path=()):
    out = []
    for text, sub in tree:
        if isinstance(sub, list):
            out += leaves(sub, path + (text,))
        else:
            out.append((sub, path + (text,)))
    return out


def depth(tree):
    return max(1 + (depth(sub) if isinstance(sub, list) else 0) for _, sub in tree)


def header_cells(tree, pre):
    """pre: list of (text) columns spanning all header rows. Returns (cells, nrows, ncols):
    cells = [(row, col, rowspan, colspan, text)]."""
    nh = depth(tree)
    cells = []
    for i, t in enumerate(pre):
        cells.append((0, i, nh, 1, t))

    def walk(nodes, r, c):
        for text, sub in nodes:
            if isinstance(sub, list):
                w = len(leaves(sub))
                cells.append((r, c, 1, w, text))
                walk(sub, r + 1, c)
                c += w
            else:
                cells.append((r, c, nh - r, 1, text))
                c += 1
        return c
    ncols = walk(tree, 0, len(pre))
    return cells, nh, ncols


# ---------------------------------------------------------------- number text
def fmt_int(v, st):
    if v == 0 and st.get('zero', '-') == '-':
        return '-'
    s = str(v)
    sep = st.get('thou', '.')
    if sep and len(s) > 3:
        s = f'{v:,}'.replace(',', sep)
    return s


def fmt_dec(v, st, suffix=False):
    s = str(v)
    if st.get('dec', ',') == ',':
        s = s.replace('.', ',')
    if suffix:
        s += '%'
    return s


def fmt_cell(key, v, st):
    if isinstance(v, str):
        return v
    if v is None:
        return ''
    kind = COLS[key][0]
    if kind == 'count':
        return fmt_int(v, st)
    if kind == 'rate':
        return fmt_dec(v, st, st.get('pct_suffix', False))
    return fmt_dec(v, st)


# ---------------------------------------------------------------- data model
class Table:
    def __init__(self, tree, pre, rows, style, colnums=None, title=None, note=None):
        self.tree, self.pre, self.rows, self.style = tree, pre, rows, style
        self.colnums, self.title, self.note = colnums, title, note
        self.keys = [k for k, _ in leaves(tree)]
        self.paths = dict(leaves(tree))

    def grid(self):
        """(header cells, nh, ncols, colnum row or None, body [(kind, [texts])])."""
        hc, nh, ncols = header_cells(self.tree, self.pre)
        body = []
        for r in self.rows:
            texts = []
            if len(self.pre) == 2:
                texts.append(r['stt'])
            texts.append(r['label'])
            for k in self.keys:
                texts.append(fmt_cell(k, r['cells'].get(k), self.style))
            body.append((r['kind'], texts))
        return hc, nh, ncols, self.colnums, body


def row(label, kind, subject, stt=''):
    return {'label': label, 'kind': kind, 'subject': subject, 'stt': stt, 'cells': {}}


def gen_counts(rng, keys, scale):
    c = {}
    ron = int(scale * rng.uniform(0.4, 1.0))
    roff = int(scale * rng.uniform(0.02, 0.45))
    rc = int(scale * rng.uniform(0.0, 0.12)) if 'rc' in keys else 0
    if rng.random() < 0.12:
        rc = 0
    rt = ron + roff + rc
    c.update(rt=rt, ron=ron, roff=roff)
    if 'rc' in keys:
        c['rc'] = rc
    pt = int(rt * rng.uniform(0.02, 0.14))
    pl = rng.choice([0, 0, rng.randint(0, max(1, pt // 6))])
    po = pt - pl
    st = rt - pt
    sl = rng.choice([0, 0, rng.randint(1, max(1, st // 40))])
    se = int((st - sl) * rng.uniform(0.25, 0.75))
    so = st - sl - se
    c.update(st=st, se=se, so=so, sit=se + so, sl=sl, pt=pt, po=po, pl=pl)
    c['proc'] = rng.randint(8, 140)
    return {k: v for k, v in c.items() if k in keys}


def gen_766(rng):
    c = {}
    for k in COMP766:
        m = MAX766[k]
        c[k] = (Decimal(m) * Decimal(str(rng.uniform(0.55, 0.99)))).quantize(Decimal('0.01'))
    c['c_tot'] = sum(c[k] for k in COMP766)
    return c


def fill_rates(t, r):
    for k in t.keys:
        if COLS[k][0] == 'rate':
            if r.get('blank_rates'):
                continue
            num, den = rate_parts(k, r['cells'], t.keys)
            if num is None or den is None:
                continue
            v = pct(num, den, t.style.get('rate_dec', 2))
            r['cells'][k] = v if v is not None else 'x'


def sum_rows(t, target, parts):
    for k in t.keys:
        if COLS[k][0] != 'count':
            continue
        vals = [p['cells'].get(k) for p in parts]
        nums = [v for v in vals if isinstance(v, int)]
        target['cells'][k] = sum(nums)
    fill_rates(t, target)


# ---------------------------------------------------------------- report building
class Report:
    def __init__(self, name, fmt, register, doc_date, province):
        self.name, self.format, self.register = name, fmt, register
        self.doc_date, self.province = doc_date, province
        self.blocks = []     # ('p', segments) | ('table', Table) | ('h', text)
        self.mistakes = []
        self.plants = []     # resolved plants for --check
        self.not_facts = []

    def p(self, *segs, kind='p'):
        self.blocks.append((kind, list(segs)))

    def tables(self):
        return [b[1] for b in self.blocks if b[0] == 'table']

    # prose helpers: a segment is a str or a dict fact with 'text'
    @staticmethod
    def seg_text(s):
        return s if isinstance(s, str) else s['text']

    def para_text(self, segs):
        return ''.join(self.seg_text(s) for s in segs)

    def facts(self):
        out = []
        ti = 0
        for kind, b in self.blocks:
            if kind == 'table':
                out += table_facts(b, ti)
                ti += 1
            elif kind in ('p', 'h'):
                for s in b:
                    if isinstance(s, dict):
                        f = {k: v for k, v in s.items() if not k.startswith('_')}
                        out.append(f)
        return out

    def truth(self):
        return {'format': self.format, 'register': self.register, 'doc_date': self.doc_date,
                'province': prov_full(self.province) if self.province else None,
                'facts': self.facts(), 'not_facts': self.not_facts, 'mistakes': self.mistakes}


def num(v):
    return float(v) if isinstance(v, Decimal) else v


def table_facts(t, ti):
    out = []
    for r in t.rows:
        if not r['subject']:
            continue
        for k in t.keys:
            v = r['cells'].get(k)
            if isinstance(v, str) and v == '-':
                v = 0
            if v is None or isinstance(v, str):
                continue
            kind, ind = COLS[k]
            f = {'kind': kind, 'indicator': ind, 'subject': r['subject'], 'value': num(v),
                 'numerator': None, 'denominator': None,
                 'text': fmt_cell(k, r['cells'][k], t.style),
                 'cell': {'table': ti, 'row': r['label'], 'path': list(t.paths[k])}}
            if kind == 'rate':
                n, d = rate_parts(k, r['cells'], t.keys)
                f['numerator'], f['denominator'] = n, d
            if kind == 'score' and k in MAX766:
                f['maximum'] = MAX766[k]
            out.append(f)
    return out


def F(kind, ind, subject, value, text, n=None, d=None, **kw):
    f = {'kind': kind, 'indicator': ind, 'subject': subject, 'value': num(value),
         'numerator': n, 'denominator': d, 'text': text}
    f.update(kw)
    return f


# ---------------------------------------------------------------- table layouts
def tree_b06(v, carried=True, online_rate=False):
    rec = [('Tổng số', 'rt')]
    sub = []
    if carried:
        sub.append((v.get('rc', 'Từ kỳ trước chuyển qua'), 'rc'))
    sub += [(v.get('ron', 'Mới tiếp nhận trực tuyến'), 'ron'),
            (v.get('roff', 'Mới tiếp nhận trực tiếp, bưu chính'), 'roff')]
    rec.append(('Trong đó', sub))
    tree = [(v.get('rec', 'Số hồ sơ nhận giải quyết'), rec),
            (v.get('res', 'Số hồ sơ đã giải quyết'),
             [('Tổng số', 'st'), ('Trước hạn', 'se'), ('Đúng hạn', 'so'), ('Quá hạn', 'sl')]),
            (v.get('pen', 'Số hồ sơ đang giải quyết'),
             [('Tổng số', 'pt'), ('Trong hạn', 'po'), ('Quá hạn', 'pl')])]
    if online_rate:
        tree.append((v.get('p_on', 'Tỷ lệ hồ sơ trực tuyến (%)'), 'p_on'))
    tree.append((v.get('p_ot', 'Tỷ lệ giải quyết trước hạn, đúng hạn (%)'), 'p_ot'))
    return tree


def colnums_b06(tree, pre):
    keys = [k for k, _ in leaves(tree)]
    idx = {k: i + 1 for i, k in enumerate(keys)}
    out = ['A', 'B'] if len(pre) == 2 else ['A']
    formulas = {'rt': ['rc', 'ron', 'roff'], 'st': ['se', 'so', 'sl'], 'pt': ['po', 'pl'],
                'sit': []}
    for k in keys:
        parts = [p for p in formulas.get(k, []) if p in idx]
        s = f'({idx[k]})'
        if parts:
            s += '=' + '+'.join(f'({idx[p]})' for p in parts)
        out.append(s)
    return out


def tree_simple(v):
    return [(v.get('rec', 'Hồ sơ tiếp nhận'),
             [('Tổng số', 'rt'), ('Trực tuyến', 'ron'), ('Trực tiếp', 'roff')]),
            (v.get('res', 'Hồ sơ đã giải quyết'),
             [('Tổng số', 'st'), ('Trước hạn, đúng hạn', 'sit'), ('Quá hạn', 'sl')]),
            (v.get('pen', 'Hồ sơ đang giải quyết'), 'pt'),
            (v.get('p_ot', 'Tỷ lệ đúng hạn (%)'), 'p_ot')]


def tree_online(v, proc=False):
    t = []
    if proc:
        t.append((v.get('proc', 'Số TTHC có phát sinh hồ sơ'), 'proc'))
    t.append((v.get('rec', 'Số hồ sơ tiếp nhận'),
              [('Tổng số', 'rt'),
               ('Trong đó', [(v.get('ron', 'Trực tuyến'), 'ron'),
                             (v.get('roff', 'Trực tiếp, bưu chính'), 'roff')])]))
    t.append((v.get('p_on', 'Tỷ lệ nộp hồ sơ trực tuyến (%)'), 'p_on'))
    return t


def tree_766(v):
    names = {'c_pub': 'Công khai, minh bạch', 'c_prog': 'Tiến độ giải quyết',
             'c_ons': 'Dịch vụ công trực tuyến', 'c_pay': 'Thanh toán trực tuyến',
             'c_sat': 'Mức độ hài lòng', 'c_dig': 'Số hóa hồ sơ'}
    comp = [(f'{names[k]} ({MAX766[k]} điểm)', k) for k in COMP766]
    return [(v.get('grp', 'Điểm thành phần'), comp), (v.get('tot', 'Tổng điểm (100 điểm)'), 'c_tot')]


def make_table(rng, kind, province, opts):
    """Build a table with rows and clean values."""
    v = opts.get('labels', {})
    st = dict(thou='.', dec=',', zero='-', rate_dec=2, pct_suffix=False)
    st.update(opts.get('style', {}))
    stt = opts.get('stt', True)
    pre = ['STT', v.get('unitcol', 'Đơn vị')] if stt else [v.get('unitcol', 'Cơ quan, đơn vị')]
    if kind == 'b06':
        tree = tree_b06(v, opts.get('carried', True), opts.get('online_rate', False))
    elif kind == 'simple':
        tree = tree_simple(v)
    elif kind == 'online':
        tree = tree_online(v, opts.get('proc', False))
    elif kind == '766':
        tree = tree_766(v)
    keys = [k for k, _ in leaves(tree)]
    n_d, n_c = opts.get('n_depts', 0), opts.get('n_communes', 0)
    need = list(opts.get('empty_depts', []))
    depts = (need + rng.sample([d for d in DEPTS if d not in need], n_d - len(need))) if n_d else []
    depts = [d for d in DEPTS if d in depts]
    comms = wards(province, rng, n_c) if n_c else []
    prefix = opts.get('commune_prefix', '')

    def unit_rows(names, scale):
        out = []
        for i, nm in enumerate(names):
            label = (prefix + nm[0].lower() + nm[1:]) if prefix else nm
            r = row(label, 'unit', 'unit:' + nm, str(i + 1))
            if kind == '766':
                r['cells'] = gen_766(rng)
            else:
                r['cells'] = gen_counts(rng, keys, rng.uniform(0.3, 1.0) * scale)
            out.append(r)
        return out

    t = Table(tree, pre, [], st, title=opts.get('title'), note=opts.get('note'))
    dr = unit_rows(depts, opts.get('dept_scale', 600))
    cr = unit_rows(comms, opts.get('comm_scale', 900))
    for nm in opts.get('empty_depts', []):
        for r in dr:
            if r['subject'] == 'unit:' + nm:
                r['cells'] = {k: 0 for k in keys if COLS[k][0] == 'count'}
                if 'proc' in r['cells']:
                    r['cells']['proc'] = rng.randint(3, 9)
    for i in opts.get('missing_communes', []):
        cr[i]['cells'] = {k: '...' for k in keys}
        cr[i]['missing'] = True
    for r in dr + cr:
        if not r.get('missing'):
            fill_rates(t, r)
    groups = opts.get('groups', False)
    rows = []
    glabels = opts.get('group_labels', ('I. Cấp tỉnh', 'II. Cấp xã'))
    if groups:
        g1 = row(glabels[0], 'group', 'departments' if kind != '766' else None, 'I' if stt else '')
        g2 = row(glabels[1], 'group', 'communes' if kind != '766' else None, 'II' if stt else '')
        if stt and glabels[0][:3] in ('I. ', 'A. '):
            g1['label'] = glabels[0][3:]
            g2['label'] = glabels[1][4:]
        if kind != '766':
            sum_rows(t, g1, dr)
            sum_rows(t, g2, cr)
            if opts.get('group_rates_blank'):
                for g in (g1, g2):
                    for k in keys:
                        if COLS[k][0] == 'rate':
                            g['cells'].pop(k, None)
        g1['units'], g2['units'] = dr, cr
        body = [g1] + dr + [g2] + cr
        gl = [g1, g2]
    else:
        body = dr + cr
        gl = []
    if opts.get('total', True) and kind != '766':
        tl = opts.get('total_label', 'Tổng cộng')
        tot = row(tl, 'total', opts.get('total_subject', listed_total_subject(tl, dr, cr, groups)), '')
        sum_rows(t, tot, dr + cr)
        tot['groups'] = gl
        tot['units'] = dr + cr
        rows = [tot] + body if opts.get('total_pos', 'bottom') == 'top' else body + [tot]
    else:
        rows = body
    t.rows = rows
    if opts.get('colnums'):
        t.colnums = colnums_b06(tree, pre)
    return t


def find_row(t, which):
    """which: 'total' | ('unit', i) | ('label', text)"""
    if which == 'total':
        return next(r for r in t.rows if r['kind'] == 'total')
    if which[0] == 'unit':
        return [r for r in t.rows if r['kind'] == 'unit' and not r.get('missing')][which[1]]
    return next(r for r in t.rows if r['label'] == which[1])


def plant_cell(rep, t, ti, which, key, delta, code, note_fn):
    r = find_row(t, which)
    clean = r['cells'][key]
    wrong = clean + (Decimal(str(delta)) if isinstance(clean, Decimal) else delta)
    r['cells'][key] = wrong
    text = fmt_cell(key, wrong, t.style)
    rep.mistakes.append({'code': code, 'stated': num(wrong), 'text': text,
                         'note': note_fn(r, clean)})
    rep.plants.append({'code': code, 'table': ti, 'row': r['label'], 'key': key})


# ---------------------------------------------------------------- renderers
def render_pdf(rep, path, mode):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table as RTable, TableStyle
    pdfmetrics.registerFont(TTFont('DejaVu', FONT))
    pdfmetrics.registerFont(TTFont('DejaVu-Bold', FONTB))
    body = ParagraphStyle('b', fontName='DejaVu', fontSize=10, leading=13, spaceAfter=5)
    head = ParagraphStyle('h', parent=body, fontName='DejaVu-Bold', alignment=1)
    hcell = ParagraphStyle('hc', fontName='DejaVu-Bold', fontSize=6.5, leading=8, alignment=1)
    wide = any(len(t.keys) > 8 for t in rep.tables())
    size = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=1.2 * cm, rightMargin=1.2 * cm,
                            topMargin=1.2 * cm, bottomMargin=1.2 * cm, invariant=1,
                            title=rep.name, author='')
    story = []
    for kind, b in rep.blocks:
        if kind == 'h':
            story.append(Paragraph(escape(rep.para_text(b)), head))
        elif kind == 'p':
            story.append(Paragraph(escape(rep.para_text(b)), body))
        else:
            t = b
            hc, nh, ncols, colnums, rows = t.grid()
            data = [[''] * ncols for _ in range(nh)]
            spans = []
            for r0, c0, rs, cs, text in hc:
                data[r0][c0] = Paragraph(escape(text), hcell)
                if rs > 1 or cs > 1:
                    spans.append(('SPAN', (c0, r0), (c0 + cs - 1, r0 + rs - 1)))
            if colnums:
                data.append(colnums)
            nrep = len(data)
            for rk, texts in rows:
                data.append(texts)
            avail = size[0] - 2.4 * cm
            lab = 4.6 * cm if wide else 5.0 * cm
            sttw = 1.1 * cm if len(t.pre) == 2 else 0
            rest = (avail - lab - sttw) / (ncols - len(t.pre))
            widths = ([sttw] if sttw else []) + [lab] + [rest] * (ncols - len(t.pre))
            rt = RTable(data, colWidths=widths, repeatRows=nrep)
            ts = [('FONT', (0, nh), (-1, -1), 'DejaVu', 7.5),
                  ('ALIGN', (len(t.pre), nh), (-1, -1), 'RIGHT'),
                  ('VALIGN', (0, 0), (-1, nh - 1), 'MIDDLE')] + spans
            if colnums:
                ts.append(('ALIGN', (0, nh), (-1, nh), 'CENTER'))
                ts.append(('FONT', (0, nh), (-1, nh), 'DejaVu', 6.5))
            for i, (rk, _) in enumerate(rows):
                if rk in ('group', 'total'):
                    ts.append(('FONT', (0, nrep + i), (-1, nrep + i), 'DejaVu-Bold', 7.5))
            if mode in ('ruled', 'pages'):
                ts.append(('GRID', (0, 0), (-1, -1), 0.5, colors.black))
            elif mode == 'borderless_line':
                ts.append(('LINEBELOW', (0, nrep - 1), (-1, nrep - 1), 0.5, colors.black))
            rt.setStyle(TableStyle(ts))
            if t.title:
                story.append(Paragraph(escape(t.title), head))
            story.append(rt)
            story.append(Spacer(1, 8))
            if t.note:
                story.append(Paragraph(escape(t.note), body))
    doc.build(story)


def docx_doc(rep):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = ''
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(12)
    for kind, b in rep.blocks:
        if kind == 'h':
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rep.para_text(b)).bold = True
        elif kind == 'p':
            d.add_paragraph(rep.para_text(b))
        else:
            t = b
            if t.title:
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(t.title).bold = True
            hc, nh, ncols, colnums, rows = t.grid()
            nr = nh + (1 if colnums else 0) + len(rows)
            tb = d.add_table(rows=nr, cols=ncols)
            tb.style = 'Table Grid'
            for r0, c0, rs, cs, text in hc:
                c = tb.cell(r0, c0)
                if rs > 1 or cs > 1:
                    c = c.merge(tb.cell(r0 + rs - 1, c0 + cs - 1))
                c.text = text
                for par in c.paragraphs:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    for run in par.runs:
                        run.bold = True
                        run.font.size = Pt(9)
            r = nh
            if colnums:
                for i, s in enumerate(colnums):
                    tb.cell(r, i).text = s
                r += 1
            for rk, texts in rows:
                for i, s in enumerate(texts):
                    c = tb.cell(r, i)
                    c.text = s
                    for par in c.paragraphs:
                        if i >= len(t.pre):
                            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        for run in par.runs:
                            run.font.size = Pt(9)
                            run.bold = rk in ('group', 'total')
                r += 1
            if t.note:
                d.add_paragraph(t.note)
    return d


def render_docx(rep, path):
    d = docx_doc(rep)
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(fix_zip(buf.getvalue()))


def fix_zip(data, first=None):
    """Rewrite a zip with fixed timestamps and core-property dates (reproducible bytes)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w')
    names = zin.namelist()
    if first and first in names:
        names.remove(first)
        names.insert(0, first)
    for n in names:
        b = zin.read(n)
        if n == 'docProps/core.xml':
            b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                       rb'\g<1>2025-01-01T00:00:00Z\3', b)
        zi = zipfile.ZipInfo(n, FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_STORED if n == 'mimetype' else zipfile.ZIP_DEFLATED
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()


def render_html(rep, path):
    out = ['<!DOCTYPE html>', '<html lang="vi"><head><meta charset="utf-8">',
           f'<title>{escape(rep.page_title)}</title>',
           '<style>table.tk{border-collapse:collapse}table.tk td,table.tk th{border:1px solid #999;padding:3px 6px}'
           'td.n{text-align:right}</style></head><body>',
           '<div class="top-header"><div class="logo">CỔNG DỊCH VỤ CÔNG</div>'
           '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tthc">Thủ tục hành chính</a></li>'
           '<li><a href="/thong-ke">Thống kê</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul></div>',
           '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/thong-ke">Thống kê</a></div>',
           '<div class="content">']
    ti = 0
    for kind, b in rep.blocks:
        if kind == 'h':
            out.append(f'<h2>{escape(rep.para_text(b))}</h2>')
        elif kind == 'p':
            out.append(f'<p>{escape(rep.para_text(b))}</p>')
        else:
            t = b
            hc, nh, ncols, colnums, rows = t.grid()
            if t.title:
                out.append(f'<h3>{escape(t.title)}</h3>')
            out.append(f'<table class="tk" id="bang-{ti}"><thead>')
            for r in range(nh):
                out.append('<tr>' + ''.join(
                    '<th' + (f' rowspan="{rs}"' if rs > 1 else '') + (f' colspan="{cs}"' if cs > 1 else '')
                    + f'>{escape(text)}</th>'
                    for r0, c0, rs, cs, text in sorted(hc, key=lambda x: x[1]) if r0 == r) + '</tr>')
            if colnums:
                out.append('<tr class="stt">' + ''.join(f'<th><i>{escape(s)}</i></th>' for s in colnums) + '</tr>')
            out.append('</thead><tbody>')
            for rk, texts in rows:
                cells = []
                for i, s in enumerate(texts):
                    cls = ' class="n"' if i >= len(t.pre) else ''
                    s = escape(s)
                    if rk in ('group', 'total'):
                        s = f'<b>{s}</b>'
                    cells.append(f'<td{cls}>{s}</td>')
                out.append(f'<tr class="{rk}">' + ''.join(cells) + '</tr>')
            out.append('</tbody></table>')
            if t.note:
                out.append(f'<p class="note"><i>{escape(t.note)}</i></p>')
            ti += 1
    out.append('</div><div class="footer">Bản quyền thuộc Cổng dịch vụ công. '
               '<a href="/lien-he">Liên hệ</a> | <a href="/so-do">Sơ đồ cổng</a></div></body></html>')
    path.write_text('\n'.join(out) + '\n', encoding='utf-8')


def xlsx_wb(rep, for_xls=False):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Bieu tong hop'
    thin = Side(style='thin')
    brd = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 1
    maxc = max(t.grid()[2] for t in rep.tables())
    for kind, b in rep.blocks:
        if kind in ('h', 'p'):
            ws.cell(r, 1, rep.para_text(b))
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=maxc)
            ws.cell(r, 1).alignment = Alignment(wrap_text=True, horizontal='center' if kind == 'h' else 'left')
            if kind == 'h':
                ws.cell(r, 1).font = Font(bold=True)
            else:
                ws.row_dimensions[r].height = 15 * (1 + len(rep.para_text(b)) // 150)
            r += 1
            continue
        t = b
        if t.title:
            ws.cell(r, 1, t.title).font = Font(bold=True)
            r += 1
        hc, nh, ncols, colnums, rows = t.grid()
        for r0, c0, rs, cs, text in hc:
            c = ws.cell(r + r0, c0 + 1, text)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=r + r0, start_column=c0 + 1,
                               end_row=r + r0 + rs - 1, end_column=c0 + cs)
        for rr in range(r, r + nh):
            for cc in range(1, ncols + 1):
                ws.cell(rr, cc).border = brd
        r += nh
        if colnums:
            for i, s in enumerate(colnums):
                ws.cell(r, i + 1, s).alignment = Alignment(horizontal='center')
            r += 1
        npre = len(t.pre)
        for rd in t.rows:
            vals = ([rd['stt']] if npre == 2 else []) + [rd['label']]
            for i, s in enumerate(vals):
                ws.cell(r, i + 1, s or None)
            for j, k in enumerate(t.keys):
                v = rd['cells'].get(k)
                c = ws.cell(r, npre + j + 1)
                kind_ = COLS[k][0]
                xs = t.style.get('xlsx', {})
                if v is None:
                    pass
                elif isinstance(v, str):
                    c.value = v
                    c.alignment = Alignment(horizontal='right')
                elif kind_ == 'count':
                    if v == 0 and t.style.get('zero', '-') == '-':
                        c.value = '-'
                        c.alignment = Alignment(horizontal='right')
                    else:
                        c.value = v
                        c.number_format = xs.get('count_fmt', '#,##0')
                elif kind_ == 'rate':
                    rf = xs.get('rate', 'number')
                    if rf == 'percent':
                        c.value = float(v / 100)
                        c.number_format = '0.' + '0' * t.style.get('rate_dec', 2) + '%'
                    elif rf == 'text':
                        c.value = fmt_cell(k, v, t.style)
                        c.alignment = Alignment(horizontal='right')
                    else:
                        c.value = float(v)
                        c.number_format = '0.' + '0' * t.style.get('rate_dec', 2)
                else:
                    c.value = float(v)
                    c.number_format = '0.00'
                if rd['kind'] in ('group', 'total'):
                    c.font = Font(bold=True)
            if rd['kind'] in ('group', 'total'):
                for i in range(npre):
                    ws.cell(r, i + 1).font = Font(bold=True)
            for cc in range(1, ncols + 1):
                ws.cell(r, cc).border = brd
            r += 1
        if t.note:
            ws.cell(r, 1, t.note)
            r += 1
        r += 1
    ws.column_dimensions['B'].width = 34
    wb.properties.creator = ''
    return wb


def render_xlsx(rep, path):
    import datetime
    wb = xlsx_wb(rep)
    wb.properties.created = datetime.datetime(2025, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(fix_zip(buf.getvalue()))


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def render_ods(rep, path):
    grid = {}   # (r, c) -> xml of cell
    covered = set()
    r = 0
    maxc = max(t.grid()[2] for t in rep.tables())

    def tcell(text, attrs=''):
        return f'<table:table-cell office:value-type="string"{attrs}><text:p>{escape(text)}</text:p></table:table-cell>'
    for kind, b in rep.blocks:
        if kind in ('h', 'p'):
            grid[(r, 0)] = tcell(rep.para_text(b), f' table:number-columns-spanned="{maxc}" table:number-rows-spanned="1"')
            covered.update((r, c) for c in range(1, maxc))
            r += 1
            continue
        t = b
        if t.title:
            grid[(r, 0)] = tcell(t.title)
            r += 1
        hc, nh, ncols, colnums, rows = t.grid()
        for r0, c0, rs, cs, text in hc:
            a = ''
            if rs > 1 or cs > 1:
                a = f' table:number-columns-spanned="{cs}" table:number-rows-spanned="{rs}"'
                for rr in range(r + r0, r + r0 + rs):
                    for cc in range(c0, c0 + cs):
                        if (rr, cc) != (r + r0, c0):
                            covered.add((rr, cc))
            grid[(r + r0, c0)] = tcell(text, a)
        r += nh
        if colnums:
            for i, s in enumerate(colnums):
                grid[(r, i)] = tcell(s)
            r += 1
        npre = len(t.pre)
        for rd in t.rows:
            vals = ([rd['stt']] if npre == 2 else []) + [rd['label']]
            for i, s in enumerate(vals):
                if s:
                    grid[(r, i)] = tcell(s)
            for j, k in enumerate(t.keys):
                v = rd['cells'].get(k)
                c = npre + j
                text = fmt_cell(k, v, t.style)
                if v is None:
                    continue
                if isinstance(v, str) or (COLS[k][0] == 'count' and v == 0 and t.style.get('zero', '-') == '-'):
                    grid[(r, c)] = tcell(text)
                elif COLS[k][0] == 'rate' and t.style.get('ods_percent'):
                    grid[(r, c)] = (f'<table:table-cell office:value-type="percentage" office:value="{v / 100}">'
                                    f'<text:p>{escape(fmt_dec(v, t.style, True))}</text:p></table:table-cell>')
                else:
                    grid[(r, c)] = (f'<table:table-cell office:value-type="float" office:value="{v}">'
                                    f'<text:p>{escape(text)}</text:p></table:table-cell>')
            r += 1
        if t.note:
            grid[(r, 0)] = tcell(t.note)
            r += 1
        r += 1
    rows_xml = []
    for rr in range(r):
        cells = []
        for cc in range(maxc):
            if (rr, cc) in grid:
                cells.append(grid[(rr, cc)])
            elif (rr, cc) in covered:
                cells.append('<table:covered-table-cell/>')
            else:
                cells.append('<table:table-cell/>')
        rows_xml.append('<table:table-row>' + ''.join(cells) + '</table:table-row>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ODS_NS} office:version="1.2"><office:body><office:spreadsheet>'
               f'<table:table table:name="Bieu"><table:table-column table:number-columns-repeated="{maxc}"/>'
               + ''.join(rows_xml) + '</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w')
    for n, data, ct in [('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', zipfile.ZIP_STORED),
                        ('content.xml', content, zipfile.ZIP_DEFLATED),
                        ('META-INF/manifest.xml', manifest, zipfile.ZIP_DEFLATED)]:
        zi = zipfile.ZipInfo(n, FIXED_ZIP_TIME)
        zi.compress_type = ct
        z.writestr(zi, data.encode('utf-8'))
    z.close()
    path.write_bytes(out.getvalue())


def soffice_convert(src, fmt, outdir):
    prof = Path(tempfile.gettempdir()) / 'lo_blind_tables5_profile'
    subprocess.run(['soffice', f'-env:UserInstallation=file://{prof}', '--headless',
                    '--convert-to', fmt, '--outdir', str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def render_legacy(rep, path, kind):
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        if kind == 'doc':
            src = td / (rep.name + '.docx')
            render_docx(rep, src)
        else:
            src = td / (rep.name + '.xlsx')
            render_xlsx(rep, src)
        soffice_convert(src, kind, td)
        shutil.copyfile(td / (rep.name + '.' + kind), path)


EXT = {'pdf_ruled': 'pdf', 'pdf_borderless': 'pdf', 'pdf_pages': 'pdf', 'docx': 'docx',
       'html': 'html', 'xlsx': 'xlsx', 'ods': 'ods', 'doc': 'doc', 'xls': 'xls'}


def render(rep, outdir):
    path = outdir / f'{rep.name}.{EXT[rep.format]}'
    f = rep.format
    if f == 'pdf_ruled':
        render_pdf(rep, path, 'ruled')
    elif f == 'pdf_pages':
        render_pdf(rep, path, 'pages')
    elif f == 'pdf_borderless':
        render_pdf(rep, path, rep.pdf_mode)
    elif f == 'docx':
        render_docx(rep, path)
    elif f == 'html':
        render_html(rep, path)
    elif f == 'xlsx':
        render_xlsx(rep, path)
    elif f == 'ods':
        render_ods(rep, path)
    elif f in ('doc', 'xls'):
        render_legacy(rep, path, f)
    (outdir / f'{rep.name}.truth.json').write_text(
        json.dumps(rep.truth(), ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    return path


# ---------------------------------------------------------------- the reports
def vn_date(iso):
    y, m, d = iso.split('-')
    return f'ngày {int(d)} tháng {int(m)} năm {y}'


def header_blocks(rep, issuer, number, title, subtitle, place=None):
    prov = prov_short(rep.province)
    lvl = 'THÀNH PHỐ' if is_city(rep.province) else 'TỈNH'
    rep.p(f'ỦY BAN NHÂN DÂN {lvl} {prov.upper()}', kind='h')
    if issuer:
        rep.p(issuer, kind='h')
    rep.p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc', kind='h')
    rep.p(f'Số: {number}', kind='p')
    rep.p(f'{place or prov}, {vn_date(rep.doc_date)}', kind='p')
    rep.p(title, kind='h')
    if subtitle:
        rep.p(subtitle, kind='h')
    rep.not_facts.append({'text': number, 'why': 'reference'})
    rep.not_facts.append({'text': vn_date(rep.doc_date), 'why': 'date'})


def whole(rep):
    return 'toàn thành phố' if is_city(rep.province) else 'toàn tỉnh'


def fi(v):
    return f'{v:,}'.replace(',', '.')


def fd(v):
    return str(v).replace('.', ',')


def total_row(t):
    return next(r for r in t.rows if r['kind'] == 'total')


def prose_totals(rep, t, rates=('p_ot',), counts=('rt', 'st'), wrong=None):
    """A paragraph restating the total row. wrong = (key, delta) plants a repeated_value_mismatch."""
    tr = total_row(t)
    c = dict(tr['cells'])
    w = {}
    if wrong:
        k, dlt = wrong
        w[k] = c[k] + (Decimal(str(dlt)) if isinstance(c[k], Decimal) else dlt)
    segs = []
    if 'rt' in counts:
        v = w.get('rt', c['rt'])
        segs += [f'Trong kỳ báo cáo, {whole(rep)} đã tiếp nhận ',
                 F('count', 'received_total', 'city', v, fi(v) + ' hồ sơ'), '. ']
    if 'st' in counts:
        v = w.get('st', c['st'])
        segs += ['Số hồ sơ đã giải quyết là ', F('count', 'resolved_total', 'city', v, fi(v) + ' hồ sơ'), '. ']
    if 'p_ot' in rates:
        v = w.get('p_ot', c['p_ot'])
        segs += ['Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt ',
                 F('rate', 'resolved_on_time', 'city', v, fd(v) + '%'), '. ']
    if 'p_on' in rates:
        v = w.get('p_on', c['p_on'])
        segs += [f'Tỷ lệ hồ sơ nộp trực tuyến của {whole(rep)} đạt ',
                 F('rate', 'online_submission', 'city', v, fd(v) + '%'), '. ']
    segs.append('Chi tiết tại bảng tổng hợp.')
    rep.p(*segs)
    if wrong:
        k, _ = wrong
        kind, ind = COLS[k]
        txt = (fi(w[k]) + ' hồ sơ') if kind == 'count' else fd(w[k]) + '%'
        rep.mistakes.append({'code': 'repeated_value_mismatch', 'stated': num(w[k]), 'text': txt,
                             'note': f'the total row of the table states {fmt_cell(k, c[k], t.style)}'})
        rep.plants.append({'code': 'repeated_value_mismatch', 'prose_key': k, 'subject': 'city'})


def add_table(rep, t):
    rep.blocks.append(('table', t))
    return len(rep.tables()) - 1


QUARTERS = {'III': ('01/7/2025', '30/9/2025'), 'IV': ('01/10/2025', '31/12/2025'),
            'I': ('01/01/2026', '31/3/2026'), 'II': ('01/4/2026', '30/6/2026')}


def rep_b06(name, fmt, prov, date, seed, opts, register='quarterly_report', q='III', year=2025,
            prose=('before',), prose_wrong=None, plants=(), pdf_mode=None, note=None):
    rng = random.Random(seed)
    rep = Report(name, fmt, register, date, prov)
    rep.pdf_mode = pdf_mode
    a, b = QUARTERS[q]
    header_blocks(rep, 'VĂN PHÒNG', f'{rng.randint(100, 900)}/BC-VP', 'BÁO CÁO',
                  f'Kết quả giải quyết thủ tục hành chính quý {q} năm {year}')
    rep.p(f'Thực hiện chế độ báo cáo định kỳ về công tác kiểm soát thủ tục hành chính, '
          f'Văn phòng Ủy ban nhân dân {"thành phố" if is_city(prov) else "tỉnh"} tổng hợp tình hình tiếp nhận, '
          f'giải quyết hồ sơ thủ tục hành chính từ ngày {a} đến ngày {b} như sau:')
    rep.not_facts += [{'text': a, 'why': 'date'}, {'text': b, 'why': 'date'}]
    t = make_table(rng, opts.pop('kind', 'b06'), prov, opts)
    t.note = note
    if 'before' in prose:
        prose_totals(rep, t, rates=opts.get('prose_rates', ('p_ot',)), wrong=prose_wrong)
    ti = add_table(rep, t)
    for pl in plants:
        apply_plant(rep, t, ti, pl)
    if 'after' in prose:
        prose_totals(rep, t, rates=opts.get('prose_rates', ('p_ot',)), counts=('st',), wrong=prose_wrong)
    rep.p('Nơi nhận: Như trên; Lưu: VT, KSTT.')
    return rep


def apply_plant(rep, t, ti, pl):
    code, which, key, delta = pl
    notes = {
        'ratio_mismatch': lambda r, c: f'the row\'s counts make {fmt_cell(key, c, t.style)}',
        'sum_mismatch': lambda r, c: f'parts make {fmt_cell(key, c, t.style)}',
        'balance_mismatch': lambda r, c: f'received - resolved = {fmt_cell(key, c, t.style)}',
        'score_sum_mismatch': lambda r, c: f'the six components add up to {fmt_cell(key, c, t.style)}',
    }
    if code == 'sum_mismatch' and key in ('sl', 'se', 'so', 'po', 'pl', 'ron', 'roff', 'rc', 'sit'):
        # a part is wrong: the stated figure that its parts do not make is the row's total cell
        tot = {'sl': 'st', 'se': 'st', 'so': 'st', 'sit': 'st', 'po': 'pt', 'pl': 'pt',
               'ron': 'rt', 'roff': 'rt', 'rc': 'rt'}[key]
        r = find_row(t, which)
        r['cells'][key] += delta
        rep.mistakes.append({'code': code, 'stated': r['cells'][tot], 'text': fmt_cell(tot, r['cells'][tot], t.style),
                             'note': f'its parts in row {r["label"]} add up to {fmt_cell(tot, r["cells"][tot] + delta, t.style)}'})
        rep.plants.append({'code': code, 'table': ti, 'row': r['label'], 'key': key})
        return
    plant_cell(rep, t, ti, which, key, delta, code, notes[code])


def rep_766(name, fmt, prov, date, seed, n_communes=0, n_depts=0, plants=(), register='quarterly_report',
            groups=False, style=None, html_title=None):
    rng = random.Random(seed)
    rep = Report(name, fmt, register, date, prov)
    if register == 'portal_stats':
        rep.page_title = html_title
        rep.p(html_title, kind='h')
        rep.p(f'Cập nhật {vn_date(date)}')
        rep.not_facts.append({'text': vn_date(date), 'why': 'date'})
    else:
        header_blocks(rep, 'VĂN PHÒNG', f'{rng.randint(100, 900)}/TB-VP', 'THÔNG BÁO',
                      'Kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ '
                      'người dân, doanh nghiệp (Bộ chỉ số 766) tháng ' + str(int(date[5:7]) - 1 or 12))
    rep.p('Căn cứ dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính, kết quả đánh giá '
          'theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ đối với các cơ quan, '
          'đơn vị như sau:')
    rep.not_facts += [{'text': '766/QĐ-TTg', 'why': 'reference'}, {'text': '23/6/2022', 'why': 'date'}]
    opts = dict(n_communes=n_communes, n_depts=n_depts, groups=groups, total=False, stt=True,
                style=style or {}, labels={'unitcol': 'Tên đơn vị'},
                group_labels=('I. Các sở, ban, ngành', 'II. Các xã, phường'))
    t = make_table(rng, '766', prov, opts)
    units = [r for r in t.rows if r['kind'] == 'unit']
    best = max(units, key=lambda r: r['cells']['c_tot'])
    ti = add_table(rep, t)
    for pl in plants:
        apply_plant(rep, t, ti, pl)
    planted_rows = {p['row'] for p in rep.plants}
    if best['label'] not in planted_rows:
        v = best['cells']['c_tot']
        rep.p(f'Đơn vị có tổng điểm cao nhất là {best["label"]} với ',
              F('score', 'index_766_total', best['subject'], v, fd(v) + ' điểm'), '.')
    return rep


def rep_online(name, fmt, prov, date, seed, opts, register='weekly_notice', plants=(), prose_wrong=None,
               prose=True, html_title=None, pdf_mode=None, intro=None):
    rng = random.Random(seed)
    rep = Report(name, fmt, register, date, prov)
    rep.pdf_mode = pdf_mode
    if register == 'portal_stats':
        rep.page_title = html_title
        rep.p(html_title, kind='h')
        rep.p(f'Ngày đăng: {date[8:10]}/{date[5:7]}/{date[:4]}')
        rep.not_facts.append({'text': f'{date[8:10]}/{date[5:7]}/{date[:4]}', 'why': 'date'})
    else:
        header_blocks(rep, 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', f'{rng.randint(10, 300)}/TB-TTPVHCC', 'THÔNG BÁO',
                      'Tình hình tiếp nhận hồ sơ trực tuyến của các cơ quan, đơn vị')
    rep.p(intro or 'Trung tâm Phục vụ hành chính công tổng hợp số liệu tiếp nhận hồ sơ thủ tục hành chính '
          'trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính như sau:')
    t = make_table(rng, 'online', prov, opts)
    if prose and opts.get('total', True):
        prose_totals(rep, t, rates=('p_on',), counts=('rt',), wrong=prose_wrong)
    ti = add_table(rep, t)
    for pl in plants:
        apply_plant(rep, t, ti, pl)
    if not opts.get('total', True):
        planted_rows = {p.get('row') for p in rep.plants}
        cand = [r for r in t.rows if r['kind'] == 'unit' and isinstance(r['cells'].get('p_on'), Decimal)
                and r['label'] not in planted_rows]
        low = min(cand, key=lambda r: r['cells']['p_on'])
        v = low['cells']['p_on']
        rep.p('Đơn vị có tỷ lệ nộp hồ sơ trực tuyến thấp nhất là ', low['label'], ' (',
              F('rate', 'online_submission', low['subject'], v, fd(v) + '%'), ').')
    return rep


def reports():
    R = []
    # ---------------- pdf_ruled
    R.append(rep_b06('t5_pdf_ruled_01', 'pdf_ruled', 'Sơn La', '2025-10-08', 501,
                     dict(n_depts=5, n_communes=6, groups=True, colnums=True, total_pos='bottom',
                          total_label='Tổng cộng', style={'rate_dec': 2})))
    R.append(rep_online('t5_pdf_ruled_02', 'pdf_ruled', 'Nghệ An', '2025-11-17', 502,
                        dict(n_depts=7, n_communes=6, groups=True, total_pos='top', total_label='Toàn tỉnh',
                             stt=True, style={'rate_dec': 2, 'pct_suffix': True}),
                        prose_wrong=('p_on', Decimal('1.20'))))
    R.append(rep_766('t5_pdf_ruled_03', 'pdf_ruled', 'Lạng Sơn', '2025-12-05', 503, n_communes=10,
                     plants=[('score_sum_mismatch', ('unit', 3), 'c_tot', Decimal('1.00')),
                             ('score_sum_mismatch', ('unit', 7), 'c_tot', Decimal('-0.35'))]))
    # ---------------- pdf_borderless
    R.append(rep_online('t5_pdf_borderless_01', 'pdf_borderless', 'Quảng Trị', '2025-09-22', 504,
                        dict(n_communes=9, groups=False, total_pos='bottom', total_label='Tổng số', stt=True,
                             style={'thou': '', 'dec': '.', 'rate_dec': 1, 'zero': '0'}),
                        pdf_mode='borderless'))
    R.append(rep_b06('t5_pdf_borderless_02', 'pdf_borderless', 'Hà Tĩnh', '2026-01-12', 505,
                     dict(kind='simple', n_communes=8, groups=False, total=False, stt=True,
                          labels={'unitcol': 'Xã, phường'}, style={'rate_dec': 2}),
                     q='IV', prose=(), plants=[('sum_mismatch', ('unit', 4), 'sl', 7)],
                     pdf_mode='borderless_line', register='quarterly_report'))
    # ---------------- pdf_pages
    R.append(rep_b06('t5_pdf_pages_01', 'pdf_pages', 'Thanh Hóa', '2026-04-09', 506,
                     dict(n_depts=9, n_communes=34, groups=True, colnums=True, total_pos='top',
                          total_label='Toàn tỉnh', carried=True, online_rate=True,
                          prose_rates=('p_ot', 'p_on'), style={'rate_dec': 1, 'pct_suffix': False}),
                     q='I', year=2026))
    R.append(rep_online('t5_pdf_pages_02', 'pdf_pages', 'Gia Lai', '2026-02-02', 507,
                        dict(n_communes=52, groups=False, total_pos='bottom', total_label='Tổng cộng', stt=True,
                             style={'rate_dec': 2}),
                        plants=[('ratio_mismatch', ('unit', 30), 'p_on', Decimal('-2.50'))]))
    # ---------------- docx
    R.append(rep_b06('t5_docx_01', 'docx', 'Phú Thọ', '2025-10-15', 508,
                     dict(n_depts=5, n_communes=8, groups=True, colnums=False, total_pos='bottom',
                          total_label='Tổng cộng', group_rates_blank=True, style={'rate_dec': 2}),
                     prose=('after',)))
    R.append(rep_766('t5_docx_02', 'docx', 'Quảng Ninh', '2025-11-03', 509, n_depts=9))
    R.append(rep_b06('t5_docx_03', 'docx', 'Đắk Lắk', '2026-01-10', 510,
                     dict(n_depts=4, n_communes=6, groups=True, colnums=True, total_pos='bottom',
                          total_label='Toàn tỉnh', carried=False, online_rate=True,
                          prose_rates=('p_ot',), style={'rate_dec': 2}),
                     q='IV', prose_wrong=('rt', 90)))
    # ---------------- html
    R.append(rep_online('t5_html_01', 'html', 'Thành phố Hải Phòng', '2025-10-20', 511,
                        dict(n_depts=6, n_communes=8, groups=True, total_pos='bottom', total_label='Toàn thành phố',
                             group_labels=('I. Cấp thành phố', 'II. Cấp xã'), stt=False,
                             empty_depts=[], style={'rate_dec': 2, 'pct_suffix': True}),
                        register='portal_stats',
                        html_title='Thống kê tình hình tiếp nhận hồ sơ trực tuyến tháng 9/2025'))
    R.append(rep_766('t5_html_02', 'html', 'Cà Mau', '2025-12-12', 512, n_communes=9, n_depts=4, groups=True,
                     register='portal_stats',
                     html_title='Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11/2025'))
    r = rep_b06('t5_html_03', 'html', 'Lâm Đồng', '2026-04-06', 513,
                dict(n_depts=5, n_communes=7, groups=True, colnums=False, total_pos='top',
                     total_label='Tổng cộng', style={'rate_dec': 2, 'pct_suffix': True}),
                q='I', year=2026, register='portal_stats',
                plants=[('ratio_mismatch', ('unit', 2), 'p_ot', Decimal('-3.10'))])
    r.page_title = 'Tình hình giải quyết hồ sơ thủ tục hành chính quý I năm 2026'
    R.append(r)
    # ---------------- xlsx
    R.append(rep_b06('t5_xlsx_01', 'xlsx', 'Tuyên Quang', '2025-10-06', 514,
                     dict(n_depts=6, n_communes=9, groups=True, colnums=True, total_pos='bottom',
                          total_label='Tổng cộng', online_rate=True, prose_rates=('p_ot', 'p_on'),
                          style={'rate_dec': 2, 'xlsx': {'rate': 'percent'}})))
    R.append(rep_online('t5_xlsx_02', 'xlsx', 'Bắc Ninh', '2026-03-09', 515,
                        dict(n_depts=8, n_communes=7, groups=True, proc=True, total_pos='bottom',
                             total_label='Toàn tỉnh', stt=True,
                             style={'rate_dec': 2, 'xlsx': {'rate': 'number'}}),
                        plants=[('sum_mismatch', 'total', 'proc', 40)]))
    R.append(rep_766('t5_xlsx_03', 'xlsx', 'Đồng Tháp', '2026-02-10', 516, n_communes=12))
    # ---------------- ods
    R.append(rep_b06('t5_ods_01', 'ods', 'An Giang', '2026-07-07', 517,
                     dict(n_depts=5, n_communes=8, groups=True, colnums=True, total_pos='top',
                          total_label='Toàn tỉnh', style={'rate_dec': 1, 'ods_percent': True}),
                     q='II', year=2026))
    R.append(rep_online('t5_ods_02', 'ods', 'Khánh Hòa', '2025-12-15', 518,
                        dict(n_depts=6, n_communes=7, groups=True, total_pos='bottom', total_label='Tổng cộng',
                             stt=True, empty_depts=['Sở Dân tộc và Tôn giáo'], missing_communes=[4],
                             n_depts_force=True, style={'rate_dec': 2}),
                        intro='Số liệu tổng hợp đến hết ngày 14/12/2025 (đơn vị chưa cập nhật số liệu ghi "...").'))
    # ---------------- doc
    R.append(rep_b06('t5_doc_01', 'doc', 'Ninh Bình', '2025-10-13', 519,
                     dict(kind='simple', n_depts=5, n_communes=6, groups=True, total=True, total_pos='bottom',
                          total_label='Tổng cộng', stt=True, style={'rate_dec': 2}),
                     prose=('before',)))
    R.append(rep_online('t5_doc_02', 'doc', 'Vĩnh Long', '2026-05-18', 520,
                        dict(n_communes=9, groups=False, total=False, stt=True,
                             labels={'unitcol': 'Xã, phường'}, style={'rate_dec': 2, 'pct_suffix': True}),
                        plants=[('sum_mismatch', ('unit', 5), 'rt', 30)]))
    # ---------------- xls
    R.append(rep_b06('t5_xls_01', 'xls', 'Thái Nguyên', '2026-01-08', 521,
                     dict(n_depts=7, n_communes=6, groups=True, colnums=True, total_pos='bottom',
                          total_label='Tổng cộng', style={'rate_dec': 2, 'xlsx': {'rate': 'number'}}),
                     q='IV'))
    R.append(rep_b06('t5_xls_02', 'xls', 'Đồng Nai', '2025-10-21', 522,
                     dict(kind='simple', n_communes=10, groups=False, total=False, stt=True,
                          labels={'unitcol': 'Xã, phường'},
                          style={'rate_dec': 2, 'xlsx': {'rate': 'text'}}),
                     prose=(), plants=[('balance_mismatch', ('unit', 6), 'pt', 25)]))
    return R


# ---------------------------------------------------------------- check
def identities(rep):
    """Every identity of the report: (code, where, holds)."""
    out = []
    for ti, t in enumerate(rep.tables()):
        keys = t.keys

        def g(r, k):
            v = r['cells'].get(k)
            if v == '-':
                return 0
            return v if isinstance(v, (int, Decimal)) and not isinstance(v, bool) else None
        for r in t.rows:
            where = (ti, r['label'])
            sums = []
            if {'rt', 'ron', 'roff'} <= set(keys):
                sums.append(('rt', [k for k in ('rc', 'ron', 'roff') if k in keys]))
            if {'st', 'sl'} <= set(keys):
                sums.append(('st', [k for k in ('se', 'so', 'sit', 'sl') if k in keys]))
            if {'pt', 'po', 'pl'} <= set(keys):
                sums.append(('pt', ['po', 'pl']))
            for tot, parts in sums:
                vals = [g(r, k) for k in [tot] + parts]
                if None not in vals:
                    out.append(('sum_mismatch', where + (tot,), vals[0] == sum(vals[1:])))
            if {'rt', 'st', 'pt'} <= set(keys):
                vals = [g(r, k) for k in ('rt', 'st', 'pt')]
                if None not in vals:
                    out.append(('balance_mismatch', where + ('rt=st+pt',), vals[0] == vals[1] + vals[2]))
            for k in keys:
                if COLS[k][0] == 'rate' and isinstance(r['cells'].get(k), Decimal):
                    n, d = rate_parts(k, r['cells'], keys)
                    out.append(('ratio_mismatch', where + (k,),
                                pct(n, d, t.style.get('rate_dec', 2)) == r['cells'][k]))
            if 'c_tot' in keys and isinstance(r['cells'].get('c_tot'), Decimal):
                out.append(('score_sum_mismatch', where + ('c_tot',),
                            r['cells']['c_tot'] == sum(r['cells'][k] for k in COMP766)))
        # column identities
        for r in t.rows:
            if r['kind'] == 'total':
                parts = r['groups'] or r['units']
            elif r['kind'] == 'group' and r.get('units') and r['subject']:
                parts = r['units']
            else:
                continue
            for k in keys:
                if COLS[k][0] != 'count':
                    continue
                v = g(r, k)
                pv = [g(p, k) for p in parts if not p.get('missing')]
                if v is None or None in pv:
                    continue
                out.append(('sum_mismatch', (ti, r['label'], 'col:' + k), v == sum(pv)))
    # prose facts against table cells and prose x/y
    cells = [f for f in rep.facts() if 'cell' in f]
    for f in rep.facts():
        if 'cell' in f:
            continue
        same = [c for c in cells if (c['kind'], c['indicator'], c['subject']) == (f['kind'], f['indicator'], f['subject'])]
        for c in same:
            out.append(('repeated_value_mismatch', ('prose', f['indicator'], f['subject']), c['value'] == f['value']))
    return out


def cell_texts_present(rep, path):
    ext = path.suffix
    if ext == '.pdf':
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            text = '\n'.join(p.extract_text() or '' for p in pdf.pages)
            npages = len(pdf.pages)
    elif ext == '.docx':
        import docx
        d = docx.Document(str(path))
        text = '\n'.join(p.text for p in d.paragraphs)
        for tb in d.tables:
            for rw in tb.rows:
                text += '\n' + '\t'.join(c.text for c in rw.cells)
    elif ext == '.html':
        text = path.read_text(encoding='utf-8')
    elif ext in ('.xlsx', '.xls', '.ods', '.doc'):
        with tempfile.TemporaryDirectory() as td:
            if ext == '.doc':
                soffice_convert(path, 'txt:Text (encoded):UTF8', td)
                text = (Path(td) / (path.stem + '.txt')).read_text(encoding='utf-8', errors='replace')
            else:
                soffice_convert(path, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', td)
                text = (Path(td) / (path.stem + '.csv')).read_text(encoding='utf-8', errors='replace')
    missing = []
    flat = re.sub(r'\s+', '', text)
    for f in rep.facts():
        tx = f['text']
        if ext in ('.xlsx', '.xls', '.ods') and 'cell' in f:
            # spreadsheet cells hold numbers: look for the value's digits
            cands = {tx, str(f['value']), re.sub(r'[.,%]', '', tx)}
            v = f['value']
            if isinstance(v, float):
                cands |= {f'{v:.2f}', f'{v:.1f}', f'{v:.2f}%', f'{v:.1f}%', f'{v:,.2f}'}
                if v == int(v):
                    cands |= {str(int(v)), f'{int(v)}%'}
            else:
                cands |= {f'{v:,}', str(v)}
            if not any(c.replace(' ', '') in flat for c in cands):
                missing.append(tx)
        elif re.sub(r'\s+', '', tx) not in flat:
            missing.append(tx)
    info = {}
    if ext == '.pdf':
        info['pages'] = npages
    return missing, info


def file_digest(path):
    data = path.read_bytes()
    if path.suffix in ('.doc', '.xls'):
        return None    # LibreOffice output carries its own timestamps; compared by text below
    return data


def check():
    ok = True
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        reps = reports()
        n_cells = 0
        for rep in reps:
            p = render(rep, td)
            mine = HERE / p.name
            if not mine.exists():
                print('MISSING', mine.name)
                ok = False
                continue
            if file_digest(p) is not None and file_digest(p) != mine.read_bytes():
                print('NOT REPRODUCIBLE', mine.name)
                ok = False
            if (HERE / f'{rep.name}.truth.json').read_text(encoding='utf-8') != (td / f'{rep.name}.truth.json').read_text(encoding='utf-8'):
                print('TRUTH DIFFERS', rep.name)
                ok = False
            ids = identities(rep)
            broken = [i for i in ids if not i[2]]
            pl = rep.plants
            if len(broken) != len(pl):
                print('BROKEN != PLANTED', rep.name, broken, pl)
                ok = False
            for b in broken:
                code, where, _ = b
                match = [q for q in pl if q['code'] == code and
                         (code == 'repeated_value_mismatch' or (q['table'], q['row']) == where[:2])]
                if not match:
                    print('UNPLANTED BREAK', rep.name, b)
                    ok = False
            if len({q['code'] for q in pl}) and len(rep.mistakes) != len(pl):
                print('MISTAKE LIST', rep.name)
                ok = False
            missing, info = cell_texts_present(rep, mine)
            if missing:
                print('CELL TEXTS MISSING', rep.name, missing[:8], len(missing))
                ok = False
            if rep.format == 'pdf_pages' and info.get('pages', 0) < 2:
                print('NOT MULTIPAGE', rep.name)
                ok = False
            if rep.format in ('pdf_ruled', 'pdf_borderless') and info.get('pages', 0) != 1:
                print('NOT ONE PAGE', rep.name)
                ok = False
            if rep.format in ('doc', 'xls'):
                missing2, _ = cell_texts_present(rep, p)
                if missing2:
                    print('REBUILT LEGACY DIFFERS', rep.name)
                    ok = False
            nc = sum(1 for f in rep.facts() if 'cell' in f)
            n_cells += nc
            print(f'{rep.name:24s} {rep.format:15s} cells={nc:4d} prose={len(rep.facts()) - nc:2d} '
                  f'identities={len(ids):4d} broken={len(broken)} mistakes={len(rep.mistakes)} {info or ""}')
        print('cells', n_cells, 'reports', len(reps))
    print('CHECK', 'PASSED' if ok else 'FAILED')
    return ok


def main():
    if '--check' in sys.argv:
        sys.exit(0 if check() else 1)
    for rep in reports():
        render(rep, HERE)
        print('wrote', rep.name)


if __name__ == '__main__':
    main()
