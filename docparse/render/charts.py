"""Small inline SVG charts, as geometry the templates draw (templates/charts.html.j2): bars of
rates per unit against their target, the 766 components against their maxima, and trend lines
of an indicator per unit across periods (the archive overview). No script, no network."""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from ..i18n import num
from ..labels import indicator_label, qualifier_label, subject_label

WIDTH = 640  # viewBox width; the SVG scales to its box (width: 100%)
LABEL_W = 230
BAR_H = 16
GAP = 6
MAX_BARS = 20
_OPS = {">=": lambda v, t: v >= t, ">": lambda v, t: v > t, "=": lambda v, t: v == t,
        "<=": lambda v, t: v <= t, "<": lambda v, t: v < t}


def short(text: str, n: int = 34) -> str:
    """'Phường Hoàn Kiếm' stays; a longer name is cut with an ellipsis.

    >>> short("Ủy ban nhân dân phường Thạch Khê thành phố Hà Tĩnh", 20)
    'Ủy ban nhân dân phư…'
    """
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def bar_chart(kind: str, title: str, rows: list[dict], scale_max: float, unit: str = "%") -> dict:
    """Geometry of a horizontal bar chart. Each row: label, value, and optionally target (a
    vertical mark) and ok (met / not met); values are scaled to ``scale_max``.

    >>> c = bar_chart("rates", "t", [{"label": "A", "value": 50.0, "target": 80.0, "ok": False}], 100)
    >>> b = c["bars"][0]; (b["w"], b["target_x"] - c["x0"], b["cls"], b["value_text"])
    (165.0, 264.0, 'not-met', '50%')
    """
    span = WIDTH - LABEL_W - 20 - 60
    bars = []
    for i, row in enumerate(rows[:MAX_BARS]):
        value = max(0.0, min(float(row["value"]), scale_max))
        y = i * (BAR_H + GAP)
        target = row.get("target")
        ok = row.get("ok")
        bars.append({
            "y": y, "label": short(row["label"]), "full": row["label"],
            "w": round(span * value / scale_max, 1),
            "target_x": None if target is None else round(LABEL_W + span * min(target, scale_max) / scale_max, 1),
            "cls": "neutral" if ok is None else ("met" if ok else "not-met"),
            "value_text": f"{num(row['value'], None if unit == '%' else 2)}{unit}" if unit == "%" else
                          f"{num(row['value'])}/{num(row['maximum'])}" if row.get("maximum") is not None else num(row["value"]),
            "tip": row.get("tip") or row["label"],
        })
        bars[-1]["vx"] = max(LABEL_W + bars[-1]["w"], bars[-1]["target_x"] or 0) + 6
    return {"kind": kind, "title": title, "bars": bars, "x0": LABEL_W, "bar_h": BAR_H, "width": WIDTH,
            "height": max(1, len(bars)) * (BAR_H + GAP) + 4, "more": max(0, len(rows) - MAX_BARS)}


def rate_charts(report, limit: int = 4) -> list[dict]:
    """One chart per rate indicator stated for two or more subjects or against a target: the
    figure of each unit (or level) as a bar, its target as a mark, green when met."""
    groups: dict[str, list] = defaultdict(list)
    for fact in report.facts:
        if fact.kind != "rate" or fact.value is None or fact.modifier is not None or fact.indicator == "other":
            continue
        groups[fact.indicator].append(fact)
    charts = []
    for indicator, facts in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if len(facts) < 2 and not any(f.target for f in facts):
            continue
        rows, seen = [], set()
        for f in facts:
            name = subject_label(f.subject.level, f.subject.name, report.document.province)
            if f.qualifier:
                name = f"{name} ({qualifier_label(f.qualifier)})"
            if (name, f.value) in seen:
                continue
            seen.add((name, f.value))
            target = f.target.value if f.target and f.target.op in _OPS else None
            ok = None if target is None else _OPS[f.target.op](f.value, target)
            tip = f"{name}: {num(f.value, f.decimals)}%" + (f" (chỉ tiêu {f.target.op} {num(target)}%)" if target is not None else "")
            rows.append({"label": name, "value": f.value, "target": target, "ok": ok, "tip": tip})
        charts.append(bar_chart("rates", indicator_label(indicator), rows, 100.0))
        if len(charts) >= limit:
            break
    return charts


def score_chart(report) -> Optional[dict]:
    """The 766 components (facts with a maximum) against their maxima."""
    rows, seen = [], set()
    for f in report.facts:
        if f.kind != "score" or f.maximum is None or f.value is None or f.indicator in seen:
            continue
        seen.add(f.indicator)
        rows.append({"label": indicator_label(f.indicator), "value": f.value, "maximum": f.maximum,
                     "ok": f.value >= f.maximum, "tip": f"{indicator_label(f.indicator)}: {num(f.value)}/{num(f.maximum)}"})
    if not rows:
        return None
    top = max(r["maximum"] for r in rows)
    chart = bar_chart("scores", "Bộ chỉ số 766: điểm thành phần so với điểm tối đa", rows, top, unit="")
    for bar, row in zip(chart["bars"], rows):  # the maximum of each part as its mark
        bar["target_x"] = round(LABEL_W + (WIDTH - LABEL_W - 80) * row["maximum"] / top, 1)
        bar["vx"] = max(LABEL_W + bar["w"], bar["target_x"]) + 6
    return chart


def line_chart(title: str, series: dict[str, list[tuple[str, float]]], periods: list[str],
               unit: str = "%") -> dict:
    """Geometry of a trend chart: one polyline per series (a unit) over the periods (x).

    >>> c = line_chart("t", {"A": [("2025-06", 50.0), ("2025-09", 100.0)]}, ["2025-06", "2025-09"])
    >>> c["lines"][0]["points"]
    '60.0,80.0 606.0,10.0'
    """
    height, left, right, top, bottom = 180, 60, 34, 10, 30
    values = [v for pts in series.values() for _, v in pts]
    lo = 0.0
    hi = 100.0 if unit == "%" and values and max(values) <= 100 else (max(values) if values else 1.0) or 1.0
    xs = {p: left + (WIDTH - left - right) * (i / max(1, len(periods) - 1)) for i, p in enumerate(periods)}

    def y(v: float) -> float:
        return round(top + (height - top - bottom) * (1 - (v - lo) / (hi - lo)), 1)

    lines = []
    for i, (name, pts) in enumerate(sorted(series.items())):
        pts = sorted(p for p in pts if p[0] in xs)
        lines.append({"name": short(name, 40), "cls": f"s{i % 8}",
                      "points": " ".join(f"{round(xs[p], 1)},{y(v)}" for p, v in pts),
                      "dots": [{"x": round(xs[p], 1), "y": y(v), "tip": f"{name}, {p}: {num(v)}{unit}"} for p, v in pts]})
    ticks = [{"x": round(x, 1), "label": p} for p, x in xs.items()]
    grid = [{"y": y(v), "label": f"{num(v)}{unit}"} for v in (lo, (lo + hi) / 2, hi)]
    return {"kind": "trend", "title": title, "lines": lines, "ticks": ticks, "grid": grid,
            "width": WIDTH, "height": height, "left": left, "right": WIDTH - right, "base": height - bottom}
