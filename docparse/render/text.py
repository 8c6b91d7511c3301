"""One line per finding with page and line, then a one-line summary; colour on a terminal only."""
from __future__ import annotations

import sys
from collections import Counter

from ..data import load
from ..models import Report
from ..suggest import note

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_LABEL = load("messages")["severities"]


def finding_lines(report: Report) -> list[tuple[str, str]]:
    """(severity, line) for every finding, in document order."""
    out = []
    order = sorted(report.findings, key=lambda f: (f.evidence.page if f.evidence else 0,
                                                   f.evidence.line if f.evidence else 0))
    for f in order:
        where = f"trang {f.evidence.page}, dòng {f.evidence.line}" if f.evidence else "toàn văn bản"
        typo = note(f)  # "có thể gõ nhầm: 47,14 → 43,14 (sai một chữ số)"
        out.append((f.severity, f"{report.source.path}:{where}: {_LABEL[f.severity]} [{f.code}] {f.message}"
                    + (f" — {typo}" if typo else "")))
    return out


def summary_line(report: Report) -> str:
    counts = Counter(f.severity for f in report.findings)
    return (f"{len(report.facts)} số liệu, {counts['error']} lỗi, {counts['warning']} cảnh báo, "
            f"{counts['info']} lưu ý")


def print_findings(report: Report, stream=None) -> None:
    from rich.console import Console

    stream = stream or sys.stdout
    console = Console(file=stream, highlight=False, soft_wrap=True,
                      force_terminal=None if stream.isatty() else False, no_color=not stream.isatty())
    for warning in report.warnings:
        console.print(f"{report.source.path}: ghi chú: {warning}", style="dim", markup=False)
    for severity, line in finding_lines(report):
        console.print(line, style=_STYLE[severity], markup=False)
    console.print(summary_line(report), style="bold", markup=False)


def explain_lines(rows: list[dict]) -> list[str]:
    """One line per number: where, as written, shape, clause, role, subject, link, fact.

    >>> explain_lines([{"page": 1, "line": 3, "text": "36,03%", "shape": "percent", "value": 36.03,
    ...   "clause": "2:paren<1", "role": "value", "subject": "city", "indicator": "received_online_share",
    ...   "link": "1877/5210", "fact": "f3", "note": None}])[1]
    'tr.1 d.3   36,03%         percent  2:paren<1      value      city                    received_online_share    1877/5210      f3'
    """
    out = [f"{'nơi':11}{'số':15}{'dạng':9}{'mệnh đề':15}{'vai trò':11}{'chủ thể':24}{'chỉ tiêu':25}{'liên kết':15}số liệu"]
    for r in rows:
        where = f"tr.{r['page']} d.{r['line']}"
        out.append(f"{where:11}{r['text'][:14]:15}{r['shape']:9}{r['clause'][:14]:15}{r['role'][:10]:11}"
                   f"{r['subject'][:23]:24}{(r['indicator'] or '-')[:24]:25}{(r['link'] or '-')[:14]:15}"
                   f"{r['fact'] or ('— ' + (r['note'] or ''))}".rstrip())
    return out
