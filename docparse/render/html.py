"""One self-contained HTML page (no network): the document's text with findings highlighted in
place, the list of findings with the suggested corrected value, and a table of facts."""
from __future__ import annotations

from collections import defaultdict
from html import escape

from ..data import load
from ..models import Finding, Report
from ..normalize.numbers import format_vn
from ..suggest import note, proof_facts, suggestion_text
from .spans import focus

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#1f3a5f;color:#fff;padding:12px 20px}header h1{font-size:18px;margin:0}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;padding:16px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px;overflow:auto}
.doc{font-family:"DejaVu Serif",serif;font-size:14px;line-height:1.5}
.ln{white-space:pre-wrap}.no{color:#999;display:inline-block;width:4.5em;font-size:11px}
mark{padding:0 2px;border-radius:3px}mark.error{background:#ffb3b3}mark.warning{background:#ffe08a}
mark.info{background:#bfe3ff}li.error{color:#a00}li.warning{color:#8a6100}li.info{color:#045}
table{border-collapse:collapse;font-size:12px;width:100%}td,th{border:1px solid #ddd;padding:3px 5px}
th{background:#eef}.sev{font-weight:bold;text-transform:uppercase;font-size:11px}
.fix{background:#e6ffe6;padding:0 4px;border-radius:3px}
mark.typo{background:#ff8a8a;outline:2px solid #c00}.typo-note{background:#fff0f0;padding:0 4px;border-radius:3px}
tr.typo td{background:#ffe0e0}tr.proof td{background:#eaf6ea}
"""
_SEV = load("messages")["severities_lower"]


def _spans_by_line(report: Report) -> dict:
    """(page, line) -> [(start, end, finding index)] for findings whose evidence is one line."""
    spans = defaultdict(list)
    for i, f in enumerate(report.findings):
        ev = f.evidence
        if ev is None:
            continue
        start, end, _ = focus(f)
        line_no = ev.line + ev.text[:start].count("\n")
        offset = start - (ev.text.rfind("\n", 0, start) + 1)
        spans[(ev.page, line_no)].append((offset, offset + end - start, i))
    for k, (c, _) in enumerate(_typos(report)):  # the figure to fix (issue 16)
        ev = c.evidence
        region_start = ev.start if ev.end > ev.start else 0
        at = ev.text.rfind(c.written_text, region_start, max(ev.end, region_start) or len(ev.text))
        if at < 0:
            at = ev.text.find(c.written_text)
        if at < 0:
            continue
        line_no = ev.line + ev.text[:at].count("\n")
        offset = at - (ev.text.rfind("\n", 0, at) + 1)
        width = len(c.written_text) + (ev.text[at + len(c.written_text):][:1] == "%")
        spans[(ev.page, line_no)].append((offset, offset + width, -1 - k))
    return spans


def _typos(report: Report) -> list:
    """(correction, suggestion) of every named correction, once each."""
    out, seen = [], set()
    for f in report.findings:
        s = f.suggestion
        if s is None or s.status != "named":
            continue
        for c in s.corrections:
            key = (c.fact, c.field, c.corrected)
            if key not in seen and c.evidence is not None:
                seen.add(key)
                out.append((c, s))
    return out


def _line_html(text: str, spans: list, findings: list[Finding], typos: list = ()) -> str:
    chosen = []  # the narrowest spans win where findings overlap; all are listed beside the text
    for span in sorted(spans, key=lambda s: (s[1] - s[0], s[2] >= 0)):
        if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
            chosen.append(span)
    out, pos = [], 0
    for start, end, i in sorted(chosen):
        out.append(escape(text[pos:start]))
        if i < 0:  # the figure a named correction changes
            c, s = typos[-1 - i]
            out.append(f'<mark class="typo" id="typo-{c.fact}" data-fact="{c.fact}" '
                       f'data-proof="{" ".join(proof_facts(s))}" title="{escape(suggestion_text(s))}">'
                       f'{escape(text[start:end])}</mark>')
            pos = end
            continue
        f = findings[i]
        out.append(f'<mark class="{f.severity}" id="f{i}" title="{escape(f.message)}" '
                   f'data-code="{f.code}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _suggestion(f: Finding) -> str:
    out = ""
    if f.expected is not None:
        decimals = 2 if not float(f.expected).is_integer() else 0
        out = f' <span class="fix">đề nghị: {format_vn(f.expected, decimals)}</span>'
    typo = note(f)
    if typo:
        s = f.suggestion
        links = ""
        if s.status == "named":
            fixed = "".join(f' <a class="typo-link" href="#typo-{c.fact}">{c.fact}</a>' for c in s.corrections)
            proof = ", ".join(f'<a class="proof-link" href="#fact-{p}">{p}</a>' for p in proof_facts(s))
            links = f" — sửa{fixed}; các số liệu chứng minh: {proof}"
        out += f' <span class="typo-note" data-status="{s.status}">{escape(typo)}{links}</span>'
    return out


def report_html(report: Report) -> str:
    spans = _spans_by_line(report)
    typos = _typos(report)
    fixed = {c.fact for c, _ in typos}
    proof = {p for _, s in typos for p in proof_facts(s)}
    lines = []
    for line in report._lines:
        key = (line.page, line.number)
        body = _line_html(line.text, spans.get(key, []), report.findings, typos)
        lines.append(f'<div class="ln" data-page="{line.page}" data-line="{line.number}">'
                     f'<span class="no">{line.page}:{line.number}</span>{body}</div>')
    items = []
    for i, f in enumerate(report.findings):
        where = f"trang {f.evidence.page}, dòng {f.evidence.line}" if f.evidence else "toàn văn bản"
        items.append(f'<li class="finding {f.severity}" data-code="{f.code}"><span class="sev">'
                     f'{_SEV[f.severity]}</span> <a href="#f{i}">{where}</a> [{f.code}] '
                     f'{escape(f.message)}{_suggestion(f)}</li>')
    rows = []
    for fact in report.facts:
        ratio = "" if fact.numerator is None else f"{format_vn(fact.numerator)}/{format_vn(fact.denominator or 0)}"
        value = "" if fact.value is None else format_vn(fact.value, fact.decimals)
        subject = fact.subject.name or fact.subject.level
        cls = ' class="typo"' if fact.id in fixed else (' class="proof"' if fact.id in proof else "")
        rows.append(f"<tr id=\"fact-{fact.id}\"{cls}><td>{fact.id}</td><td>{fact.kind}</td><td>{fact.indicator}</td>"
                    f"<td>{escape(subject)}</td><td>{value}</td><td>{ratio}</td>"
                    f"<td>{fact.evidence.page}:{fact.evidence.line}</td></tr>")
    doc = report.document
    title = escape(doc.title or report.source.path)
    counts = {s: sum(f.severity == s for f in report.findings) for s in _SEV}
    summary = (f"{len(report.facts)} số liệu, {counts['error']} lỗi, {counts['warning']} cảnh báo, "
               f"{counts['info']} lưu ý")
    warnings = "".join(f"<li>{escape(w)}</li>" for w in report.warnings)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>docparse — {title}</title>
<style>{_CSS}</style></head><body>
<header><h1>{title}</h1><div id="summary">{escape(report.source.path)} — {summary}</div></header>
<main><section class="doc" id="document">{''.join(lines)}</section>
<div><section id="findings"><h2>Phát hiện</h2><ul>{''.join(items) or '<li>Không có phát hiện nào.</li>'}</ul>
{f'<h3>Ghi chú</h3><ul>{warnings}</ul>' if warnings else ''}</section>
<section id="facts"><h2>Số liệu</h2><table><tr><th>id</th><th>loại</th><th>chỉ tiêu</th><th>đối tượng</th>
<th>giá trị</th><th>x/y</th><th>trang:dòng</th></tr>{''.join(rows)}</table></section></div></main>
</body></html>
"""
