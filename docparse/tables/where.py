"""Where a table row is in the text: the line its cells' facts give as evidence (the line the table
is anchored at), so that a finding on a row header ("Huyện Hoàng Sơn" not on the list) says where to
look rather than "line 0"."""
from __future__ import annotations


def table_lines(facts) -> dict:
    """(table, row) -> the first text line a fact of that row names as its evidence.

    >>> from docparse.models import Evidence, Fact, Subject
    >>> table_lines([Fact(id="f1", kind="count", indicator="received_total", subject=Subject(level="city"),
    ...     value=9.0, evidence=Evidence(page=1, line=8, text="9", table=0, row=2))])
    {(0, 2): 8}
    """
    out = {}
    for f in facts:
        ev = f.evidence
        if ev is not None and ev.table is not None and ev.row is not None and ev.line:
            out.setdefault((ev.table, ev.row), ev.line)
    return out
