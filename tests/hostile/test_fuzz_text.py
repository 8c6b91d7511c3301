"""Bounded fuzz of the text path (issue 14): 2,000 mutated pieces of the seed reports, as bytes
through the whole reader and pipeline (decode, not-text detection, legacy encodings, limits,
segments, masks, recognition, checks). Nothing but the library's own DocparseError may come out,
and no input may take over 2 s of CPU. Derandomised: the same 2,000 inputs in every run."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from docparse import DocparseError, parse  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [p.read_bytes() for p in sorted((ROOT / "corpus" / "seeds").glob("*.txt"))]
MAX_SECONDS = 2.0
EXAMPLES = 2000
# pieces a hostile or broken text is made of: digit runs, separators, look-alike letters, controls
ATOMS = [b"0", b"9" * 40, b"1.000.000", b"87,62%", b"/", b"(999999999999999999999999999999/1)", b" " * 300,
         b"\x00", b"\xff\xfe", b"\xc3", b"\xe1\xbb", "Тỷ lệ".encode(), "đạt".encode(), b"%" * 50,
         b"\n" * 30, b"\f", b"<div>" * 20, b"&#x0;", "xếp thứ".encode(), "năm 2025".encode(), b"." * 200,
         b",", b"-", "hồ sơ".encode(), "Céng hßa".encode("latin-1"), b"\t", b"\r"]


@st.composite
def mutated(draw):
    seed = SEEDS[draw(st.integers(0, len(SEEDS) - 1))]
    start = draw(st.integers(0, max(0, len(seed) - 200)))
    data = bytearray(seed[start:start + draw(st.integers(50, 1500))])
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["insert", "delete", "repeat", "flip", "bytes"]))
        at = draw(st.integers(0, len(data)))
        if op == "insert":
            data[at:at] = draw(st.sampled_from(ATOMS)) * draw(st.integers(1, 30))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 200))]
        elif op == "repeat":
            data[at:at] = bytes(data[at:at + draw(st.integers(1, 40))]) * draw(st.integers(2, 100))
        elif op == "flip" and data:
            i = min(at, len(data) - 1)
            data[i] ^= 1 << draw(st.integers(0, 7))
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
    return bytes(data), draw(st.sampled_from([".txt", ".html"]))


SLOWEST: list = []
_WARM: list = []


def _warm_up(tmp: Path) -> None:
    """The first parse loads the catalogues and the gazetteer (seconds): not the input's time."""
    if not _WARM:
        path = tmp / "warm.txt"
        path.write_bytes(SEEDS[0][:2000])
        parse(path, ocr="never")
        _WARM.append(True)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(case=mutated())
def test_mutated_texts_give_a_report_or_the_library_error_quickly(case, tmp_path_factory):
    data, suffix = case
    _warm_up(tmp_path_factory.getbasetemp())
    path = tmp_path_factory.getbasetemp() / f"fuzz{suffix}"
    path.write_bytes(data)
    start = time.process_time()  # CPU time: the machine's other load does not count against the input
    try:
        parse(path, ocr="never")
    except DocparseError:
        pass
    seconds = time.process_time() - start
    SLOWEST.append(seconds)
    assert seconds <= MAX_SECONDS, f"{seconds:.2f} s on {data[:200]!r}"


def test_fuzz_ran_every_example():
    """Runs after the fuzz test (file order): it saw all its inputs, and how long the slowest took."""
    if not SLOWEST:
        pytest.skip("the fuzz test did not run in this session")
    print(f"\n{len(SLOWEST)} fuzzed texts, slowest {max(SLOWEST):.2f} s, mean {sum(SLOWEST) / len(SLOWEST):.3f} s")
    assert len(SLOWEST) >= EXAMPLES
