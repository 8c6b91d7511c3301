"""Read gold annotations and score a Report's facts against them (recall and precision)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
SEEDS = sorted((HERE / "seeds").glob("*.txt"))


@dataclass
class Gold:
    header: dict[str, str]
    facts: list[tuple]


def _num(text: str):
    text = text.strip()
    return None if text in ("-", "") else round(float(text), 4)


def fact_key(kind, indicator, subject_level, subject_name, value, numerator, denominator) -> tuple:
    subject = f"unit:{subject_name}" if subject_level == "unit" else subject_level
    r = lambda x: None if x is None else round(float(x), 4)  # noqa: E731
    if kind == "rank":  # a rank is its position over its field; annotators differ on repeating the position
        numerator = None
    return (kind, indicator, subject, r(value), r(numerator), r(denominator))


def read_gold(path: str | Path) -> Gold:
    header, facts = {}, []
    for raw in Path(path).read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            header[key] = value.strip()
            continue
        kind, indicator, subject, value, ratio = [p.strip() for p in line.split("|")]
        num = den = None
        if ratio != "-":
            a, b = ratio.split("/")
            num, den = _num(a), _num(b)
        level, _, name = subject.partition(":")
        facts.append(fact_key(kind, indicator, level, name or None, _num(value), num, den))
    return Gold(header, facts)


def report_keys(report) -> list[tuple]:
    return [fact_key(f.kind, f.indicator, f.subject.level, f.subject.name, f.value, f.numerator,
                     f.denominator) for f in report.facts]


@dataclass
class Score:
    recall: float
    precision: float
    missed: list
    extra: list


def score(report, gold: Gold) -> Score:
    want, got = Counter(gold.facts), Counter(report_keys(report))
    hit = sum((want & got).values())
    missed = list((want - got).elements())
    extra = list((got - want).elements())
    recall = hit / max(1, sum(want.values()))
    precision = hit / max(1, sum(got.values()))
    return Score(recall, precision, missed, extra)


def gold_for(seed_path: str | Path) -> Path:
    return HERE / "gold" / (Path(seed_path).name[:3] + ".gold")
