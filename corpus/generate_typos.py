"""Reports with one planted typing slip in one figure, and the truth of what corrects it (issue 16).

    python3 -m corpus.generate_typos OUTDIR --count 120 [--seed 1]

writes OUTDIR/typo_NNNNN.txt and OUTDIR/typo_NNNNN.truth.json. Each report is a clean report of
corpus/generate.py (its registers and wordings), with a restatement of some totals in words of our
own (so that figures are stated more than once), in which one figure is retyped the way a person
slips: one digit changed, two adjacent digits swapped, a digit dropped, a digit doubled, or the
figure before it copied. About one report in six is left clean.

The truth's ``suggestion`` says which figure was changed (``written`` as it now stands,
``corrected`` as it was) and whether the other statements *determine* it: computed here, from the
generator's own list of identities over the figures it wrote (sums of Biểu 06, received =
resolved + pending, city = departments + communes, a rate against its x/y, shares that add to
100%, a total restated, a written x/y restating the counts of its part and base) — a figure is determined when it is the only written figure whose
replacement by some value makes every identity hold. Nothing is imported from docparse.
"""
from __future__ import annotations

import json
import random
import re
import sys
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

from corpus.generate import fmt_dec, fmt_int, make_report

PATTERNS = ["one_digit", "one_digit", "one_digit", "transposition", "transposition", "digit_dropped",
            "digit_doubled", "copied"]
RESTATE = {
    "city": ["Như vậy, trong kỳ toàn {kind} đã giải quyết tổng cộng {resolved} hồ sơ.",
             "Tính chung, số hồ sơ đã giải quyết của toàn {kind} trong kỳ là {resolved} hồ sơ."],
    "self": ["Như vậy, trong kỳ {who} đã giải quyết tổng cộng {resolved} hồ sơ.",
             "Tính chung, số hồ sơ đã giải quyết của {who} trong kỳ là {resolved} hồ sơ."],
}

# the counts a rate's written x/y restates: its part, and its base
XY_PARTS = {"online_submission": ("received_online",), "received_online_share": ("received_online",),
            "received_offline_share": ("received_offline",), "resolved_on_time": ("resolved_in_time",),
            "resolved_late": ("resolved_late",)}
XY_BASES = {"online_submission": ("received_total",), "received_online_share": ("received_total",),
            "received_offline_share": ("received_total",), "resolved_on_time": ("resolved_total",),
            "resolved_late": ("resolved_total",)}
SUMS = [("received_total", ["received_online", "received_offline", "received_carried_over"]),
        ("resolved_total", ["resolved_in_time", "resolved_early", "resolved_on_time", "resolved_late",
                            "resolved_rejected", "resolved_withdrawn"]),
        ("pending_total", ["pending_on_time", "pending_late"]),
        ("procedures_total", ["procedures_full_online", "procedures_partial_online", "procedures_not_online"])]


# --------------------------------------------------------------------------- figures as written

def _token_rx(text: str) -> re.Pattern:
    return re.compile(r"(?<![\d.,/])" + re.escape(text) + r"(?![\d]|[.,/]\d)")


def _figure_value(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def _fmt_like(value: Decimal, like: str) -> str:
    places = len(like.split(",")[1]) if "," in like else 0
    return fmt_dec(value, places) if places else fmt_int(int(value))


def _slip(rng: random.Random, text: str, pattern: str, before: list[str]) -> str | None:
    """``text`` as a slip of ``pattern`` would write it (None when it cannot)."""
    places = len(text.split(",")[1]) if "," in text else 0
    digits = text.replace(".", "").replace(",", "")
    if pattern == "copied":
        options = [b for b in before if b != text and ("," in b) == ("," in text)]
        return options[-1] if options else None
    if pattern == "one_digit":
        i = rng.randrange(len(digits))
        choices = [d for d in "0123456789" if d != digits[i] and not (i == 0 and d == "0" and len(digits) > places + 1)]
        new = digits[:i] + rng.choice(choices) + digits[i + 1:]
    elif pattern == "transposition":
        spots = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0")]
        if not spots:
            return None
        i = rng.choice(spots)
        new = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
    elif pattern == "digit_dropped":
        if len(digits) - places < 2:
            return None
        i = rng.randrange(len(digits) - places)  # an integer digit: the decimals keep their places
        new = digits[:i] + digits[i + 1:]
        if new[0] == "0" and len(new) - places > 1:
            return None
    elif pattern == "digit_doubled":
        i = rng.randrange(len(digits) - places)
        new = digits[:i + 1] + digits[i] + digits[i + 1:]
    else:
        raise ValueError(pattern)
    value = Decimal(int(new)).scaleb(-places)
    out = _fmt_like(value, text)
    return out if out != text else None


# --------------------------------------------------------------------------- identities, our own

def _agrees(p: Decimal, places: int, n: Decimal, m: Decimal) -> bool:
    if m == 0:
        return False
    exact = n * 100 / m
    q = Decimal(1).scaleb(-places)
    return p in (exact.quantize(q, rounding=ROUND_HALF_UP), exact.quantize(q, rounding=ROUND_DOWN))


class Model:
    """The identities over the written figures of one report, from the generator's truth."""

    def __init__(self, text: str, facts: list[dict]):
        self.figures: dict[int, dict] = {}  # figure index -> {text, value, places}
        self.xy: set = set()  # figures written as the x or y of an "x/y"
        self.linear: list[tuple[dict, str]] = []  # ({figure: coefficient}, kind) = 0
        self.ratios: list[tuple[int, int, int, int]] = []  # (rate, places, n, m)
        self.complements: list[tuple[int, int, int]] = []
        fig_of: dict[int, int] = {}  # fact index -> figure of its value
        by: dict = {}
        for i, f in enumerate(facts):
            if f.get("text") is None or f["value"] is None or f["kind"] not in ("count", "rate"):
                continue
            fig_of[i] = self._add(f["text"])
            by.setdefault((f["kind"], f["indicator"], f["subject"]), []).append(i)
        first = lambda kind, ind, subj: by.get((kind, ind, subj), [None])[0]  # noqa: E731
        subjects = {f["subject"] for f in facts}
        for subj in subjects:
            for total, parts in SUMS:
                t = first("count", total, subj)
                ps = [first("count", p, subj) for p in parts]
                ps = [p for p in ps if p is not None]
                if total == "resolved_total" and first("count", "resolved_in_time", subj) is not None:
                    ps = [p for p in ps if facts[p]["indicator"] not in ("resolved_early", "resolved_on_time")]
                if t is not None and len(ps) >= 2:
                    self._eq({fig_of[t]: 1, **{fig_of[p]: -1 for p in ps}}, "sum")
            r, s, p = (first("count", k, subj) for k in ("received_total", "resolved_total", "pending_total"))
            if None not in (r, s, p):
                self._eq({fig_of[r]: 1, fig_of[s]: -1, fig_of[p]: -1}, "balance")
            for key, idx in by.items():  # a figure restated: equal
                if key[2] == subj and key[0] == "count":
                    for j in idx[1:]:
                        self._eq({fig_of[idx[0]]: 1, fig_of[j]: -1}, "repeat")
        for (kind, ind, subj), idx in by.items():
            if subj != "city" or kind != "count":
                continue
            dep, com = first(kind, ind, "departments"), first(kind, ind, "communes")
            if dep is not None and com is not None:
                self._eq({fig_of[idx[0]]: 1, fig_of[dep]: -1, fig_of[com]: -1}, "level")
        own_xy: dict[int, tuple[int, int]] = {}
        for i, f in enumerate(facts):
            if f["kind"] != "rate" or i not in fig_of or f["numerator"] is None:
                continue
            n, m = Decimal(str(f["numerator"])), Decimal(str(f["denominator"]))
            written = f"{fmt_int(int(n))}/{fmt_int(int(m))}"
            if re.search(re.escape(fmt_int(int(n))) + r"/\s*" + re.escape(fmt_int(int(m))), text):
                nf, mf = self._add(fmt_int(int(n))), self._add(fmt_int(int(m)))
                own_xy[i] = (nf, mf)
                self.xy |= {nf, mf}
            else:
                nf = self._count_figure(facts, fig_of, f["subject"], n)
                mf = self._count_figure(facts, fig_of, f["subject"], m)
                if nf is None or mf is None:
                    continue
            places = len(f["text"].split(",")[1]) if "," in f["text"] else 0
            self.ratios.append((fig_of[i], places, nf, mf))
            if i in own_xy:  # the x/y restates the counts of its part and its base
                xs = self._count_figure(facts, fig_of, f["subject"], n, XY_PARTS.get(f["indicator"], ()))
                if xs is not None:
                    self._eq({nf: 1, xs: -1}, "repeat")
                ys = self._count_figure(facts, fig_of, f["subject"], m, XY_BASES.get(f["indicator"], ()))
                if ys is not None:
                    self._eq({mf: 1, ys: -1}, "repeat")
        for ind in ("online_payment", "online_submission"):  # x/y of the levels add up
            trio = [first("rate", ind, s) for s in ("city", "departments", "communes")]
            if None not in trio and all(t in own_xy for t in trio):
                for k in (0, 1):
                    self._eq({own_xy[trio[0]][k]: 1, own_xy[trio[1]][k]: -1, own_xy[trio[2]][k]: -1}, "level")
        for subj in subjects:
            for a, b in (("resolved_on_time", "resolved_late"), ("received_online_share", "received_offline_share")):
                fa, fb = first("rate", a, subj), first("rate", b, subj)
                if fa is not None and fb is not None:
                    places = max(self.figures[fig_of[fa]]["places"], self.figures[fig_of[fb]]["places"])
                    self.complements.append((fig_of[fa], fig_of[fb], places))

    def _add(self, text: str) -> int:
        self.figures[len(self.figures)] = {"text": text, "value": _figure_value(text),
                                           "places": len(text.split(",")[1]) if "," in text else 0}
        return len(self.figures) - 1

    def _count_figure(self, facts, fig_of, subj, value, indicators=None) -> int | None:
        for i, f in enumerate(facts):
            if f["kind"] == "count" and f["subject"] == subj and i in fig_of and Decimal(str(f["value"])) == value \
                    and (indicators is None or f["indicator"] in indicators):
                return fig_of[i]
        return None

    def _eq(self, coefs: dict, kind: str) -> None:
        self.linear.append((coefs, kind))

    # -- evaluation
    def holds_all(self, v: dict) -> list[str]:
        """The identities that fail at values ``v`` (figure -> Decimal)."""
        bad = []
        for coefs, kind in self.linear:
            if sum(c * v[f] for f, c in coefs.items()) != 0:
                bad.append(kind)
        for rate, places, n, m in self.ratios:
            if not _agrees(v[rate], places, v[n], v[m]):
                bad.append("ratio")
        for a, b, places in self.complements:
            if abs((v[a] + v[b]) - 100) > Decimal(1).scaleb(-places):
                bad.append("complement")
        return bad

    def fits(self, v: dict, fig: int) -> bool:
        """Some value of figure ``fig`` makes every identity hold."""
        base = dict(v)
        tries: set = set()
        for coefs, _ in self.linear:
            if fig in coefs:
                rest = sum(c * v[f] for f, c in coefs.items() if f != fig)
                tries.add(-rest / coefs[fig])
        places = self.figures[fig]["places"]
        q = Decimal(1).scaleb(-places)
        for rate, rp, n, m in self.ratios:
            if fig == rate and v[m]:
                exact = v[n] * 100 / v[m]
                tries |= {exact.quantize(q, rounding=ROUND_HALF_UP), exact.quantize(q, rounding=ROUND_DOWN)}
            elif fig == n:
                centre = int(v[rate] * v[m] / 100)
                tries |= {Decimal(centre + k) for k in range(-60, 61)}
            elif fig == m and v[rate]:
                centre = int(v[n] * 100 / v[rate])
                tries |= {Decimal(centre + k) for k in range(-400, 401)}
        for a, b, cp in self.complements:
            if fig in (a, b):
                other = v[b] if fig == a else v[a]
                tries |= {100 - other + k * q for k in (-1, 0, 1)}
        for t in tries:
            if t < 0 or t == v[fig]:
                continue
            base[fig] = t
            if not self.holds_all(base):
                return True
        return False


# --------------------------------------------------------------------------- reports

def _restate(rng: random.Random, text: str, truth: dict) -> str:
    """A sentence of our own restating the resolved total, at the end of part I."""
    subj = "self" if truth["own_unit"] else "city"
    fact = next((f for f in truth["facts"] if f["indicator"] == "resolved_total" and f["subject"] == subj
                 and f["kind"] == "count"), None)
    lines = text.split("\n")
    at = next((i for i, ln in enumerate(lines) if ln.startswith("II.")), None)
    if fact is None or at is None:
        return text
    kind = "thành phố" if truth["province"].startswith("Thành phố") else "tỉnh"
    who = (truth["own_unit"] or "").split(" ")[0].lower() or "xã"
    line = rng.choice(RESTATE[subj]).format(kind=kind, who=who, resolved=fact["text"])
    lines.insert(at, line)
    truth["facts"].append({**fact})
    return "\n".join(lines)


def make_typo_report(seed: int, clean: bool = False) -> tuple[str, dict]:
    rng = random.Random(seed * 7919 + 13)
    register = rng.choice(["quarterly_report", "quarterly_report", "weekly_notice", "commune_report"])
    text, truth = make_report(seed, None, register)
    if rng.random() < 0.7:
        text = _restate(rng, text, truth)
    truth["mistakes"] = []
    if clean:
        truth["suggestion"] = None
        return text, truth
    model = Model(text, truth["facts"])
    assert not model.holds_all({k: f["value"] for k, f in model.figures.items()}), "a clean report fails"
    # a figure that takes part in an identity and is written once
    in_ids = set()
    for coefs, _ in model.linear:
        in_ids |= set(coefs)
    for r in model.ratios:
        in_ids |= {r[0], r[2], r[3]}
    for c in model.complements:
        in_ids |= {c[0], c[1]}
    ordered = sorted(in_ids)
    rng.shuffle(ordered)
    for fig in ordered:
        if fig in model.xy:
            continue  # the token found by _token_rx is a figure on its own, never the x or y of an x/y
        written = model.figures[fig]["text"]
        if len(_token_rx(written).findall(text)) != 1:
            continue
        pat = rng.choice(PATTERNS)
        start = _token_rx(written).search(text).start()
        before = [model.figures[g]["text"] for g in sorted(model.figures) if g < fig]
        slip = _slip(rng, written, pat, before)
        if slip is None:
            continue
        values = {k: f["value"] for k, f in model.figures.items()}
        values[fig] = _figure_value(slip)
        failing = model.holds_all(values)
        if not failing:
            continue  # within the rounding of every identity: no finding to make
        fitting = [g for g in model.figures if model.fits(values, g)]
        determined = fitting == [fig]
        text = text[:start] + slip + text[start + len(written):]
        line = text[:start].count("\n") + 1
        truth["mistakes"] = [{"code": "typo", "stated": float(values[fig]), "text": slip,
                              "note": f"{slip} was {written} ({pat})"}]
        truth["suggestion"] = {"written": float(values[fig]), "written_text": slip,
                               "corrected": float(model.figures[fig]["value"]), "corrected_text": written,
                               "pattern": pat, "line": line, "determined": determined,
                               "fitting_figures": len(fitting), "failing": sorted(set(failing))}
        return text, truth
    truth["suggestion"] = None
    return text, truth


def generate(outdir: Path, count: int, seed: int = 1) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        s = seed * 100_000 + i
        text, truth = make_typo_report(s, clean=(i % 6 == 5))
        p = outdir / f"typo_{i:05d}.txt"
        p.write_text(text, "utf-8")
        (outdir / f"typo_{i:05d}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    out = Path(args[0])
    count = int(args[args.index("--count") + 1]) if "--count" in args else 120
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1
    generate(out, count, seed)
    print(f"{count} reports in {out}")
