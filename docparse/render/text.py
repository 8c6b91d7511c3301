"""One line per finding with page and line, then a one-line summary; colour on a terminal only."""
from __future__ import annotations

import sys
from collections import Counter

from ..data import load
from ..models import Report

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_LABEL = load("messages")["severities"]


def finding_lines(report: Report) -> list[tuple[str, str]]:
    """(severity, line) for every finding, in document order."""
    out = []
    order = sorted(report.findings, key=lambda f: (f.evidence.page if f.evidence else 0,
                                                   f.evidence.line if f.evidence else 0))
    for f in order:
        where = f"trang {f.evidence.page}, dòng {f.evidence.line}" if f.evidence else "toàn văn bản"
        out.append((f.severity, f"{report.source.path}:{where}: {_LABEL[f.severity]} [{f.code}] {f.message}"))
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
