"""One line per finding with page and line, then a one-line summary; colour on a terminal only."""
from __future__ import annotations

import sys
from collections import Counter
from typing import Optional

from ..i18n import num, severity, t
from ..models import Finding, Report
from ..suggest import note

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def where(f: Finding) -> str:
    """'trang 2, dòng 33' (or the whole document when the finding has no place); a table cell's or
    row's finding names the table and its row in the grid, counted from 1 with the header rows.

    >>> from docparse.models import Evidence
    >>> where(Finding(code="unknown_unit", severity="warning", message="",
    ...               evidence=Evidence(page=1, line=8, text="x", table=0, row=2)))
    'trang 1, dòng 8 (bảng 1, hàng 3)'
    """
    if f.evidence is None:
        return t("where.document")
    ev = f.evidence
    if ev.table is not None and ev.row is not None:  # the line a table is anchored at, and the row in it
        return t("where.table_row", page=ev.page, line=ev.line, table=ev.table + 1, row=ev.row + 1)
    return t("where.page_line", page=ev.page, line=ev.line)


def suggested_value(report: Report, f: Finding) -> Optional[str]:
    """The value the text should state, as the reader writes it ("43,14%"), if the check knows it
    (the likely typing slip of issue 16 is shown beside it, by suggest.note)."""
    if f.expected is None or f.code == "complement_mismatch":  # its expected is the 100% the sum should be
        return None
    s = f.suggestion
    if s is not None and s.status == "named" and not any(
            abs(c.written - (f.stated if f.stated is not None else c.written + 1)) < 1e-9
            and abs(c.corrected - f.expected) < 1e-9 for c in s.corrections):
        # the search names another figure to correct ("301 → 114", not the rate): the check's
        # recomputed value would send the reader to the wrong figure
        return None
    decimals = 0 if float(f.expected).is_integer() else 2
    kinds = {fact.kind for fact in report.facts if fact.id in set(f.facts)}
    percent = "%" if kinds == {"rate"} or (f.code in ("ratio_mismatch", "complement_mismatch")) else ""
    return f"{num(f.expected, decimals)}{percent}"


def finding_lines(report: Report) -> list[tuple[str, str]]:
    """(severity, line) for every finding, in document order."""
    out = []
    order = sorted(report.findings, key=lambda f: (f.evidence.page if f.evidence else 0,
                                                   f.evidence.line if f.evidence else 0))
    for f in order:
        line = f"{report.source.path}:{where(f)}: {severity(f.severity)} [{f.code}] {f.message}"
        fix = suggested_value(report, f)
        if fix:
            line += f" — {t('suggested', value=fix)}"
        typo = note(f)  # "có thể gõ nhầm: 47,14 → 43,14 (sai một chữ số)" (issue 16)
        if typo:
            line += f" — {typo}"
        out.append((f.severity, line))
    return out


def summary_line(report: Report) -> str:
    counts = Counter(f.severity for f in report.findings)
    return t("summary", facts=num(len(report.facts)), errors=num(counts["error"]),
             warnings=num(counts["warning"]), info=num(counts["info"]))


def no_report(report: Report) -> bool:
    """True when the document carries the finding that no report was recognised."""
    return any(f.code == "no_report_recognised" for f in report.findings)


_CONTROL = str.maketrans("", "", "\x07\x08\x0b\x0c\x0d")  # what rich strips from a printed text


def print_findings(report: Report, stream=None, notes: bool = True) -> None:
    """The findings' lines and the summary; coloured by rich on a terminal, plain text otherwise
    (a pipe or a file: the same characters rich would write there, without importing it; issue 13)."""
    stream = stream or sys.stdout
    lines = []
    if notes:
        lines += [("dim", f"{report.source.path}: {t('note')}: {warning}") for warning in report.warnings]
    lines += [(_STYLE[sev], line) for sev, line in finding_lines(report)]
    if no_report(report):
        lines.append(("bold yellow", f"{report.source.path}: {t('no_report')}"))
    lines.append(("bold", summary_line(report)))
    if not stream.isatty():
        stream.write("".join(line.translate(_CONTROL) + "\n" for _, line in lines))
        return
    from rich.console import Console

    console = Console(file=stream, highlight=False, soft_wrap=True)
    for style, line in lines:
        console.print(line, style=style, markup=False, emoji=False)


def explain_lines(rows: list[dict]) -> list[str]:
    """One line per number: where, as written, shape, clause, role, subject, link, fact.

    >>> explain_lines([{"page": 1, "line": 3, "text": "36,03%", "shape": "percent", "value": 36.03,
    ...   "clause": "2:paren<1", "role": "value", "subject": "city", "indicator": "received_online_share",
    ...   "link": "1877/5210", "fact": "f3", "note": None}])[1]
    'tr.1 d.3   36,03%         percent  2:paren<1      value      city                    received_online_share    1877/5210      f3'
    """
    out = [f"{'nơi':11}{'số':15}{'dạng':9}{'mệnh đề':15}{'vai trò':11}{'chủ thể':24}{'chỉ tiêu':25}{'liên kết':15}số liệu"]
    for r in rows:
        where_ = f"tr.{r['page']} d.{r['line']}"
        out.append(f"{where_:11}{r['text'][:14]:15}{r['shape']:9}{r['clause'][:14]:15}{r['role'][:10]:11}"
                   f"{r['subject'][:23]:24}{(r['indicator'] or '-')[:24]:25}{(r['link'] or '-')[:14]:15}"
                   f"{r['fact'] or ('— ' + (r['note'] or ''))}".rstrip())
    return out
