#!/usr/bin/env python3
"""Writes tests/dev_real2/README.md from build.py's reports (sources, constructs, planted mistakes)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build  # noqa: E402

OLD = {"Tỉnh Lâm Đồng", "Tỉnh Vĩnh Phúc", "Tỉnh Quảng Nam", "Tỉnh Gia Lai", "Tỉnh Quảng Trị",
       "Thành phố Hồ Chí Minh", "Thành phố Đà Nẵng"}   # provinces tests/dev_real also has
rows = build.sources()
provs = sorted({r[2] for r in rows if r[2]})
regs = {}
for r in rows:
    regs[r[1]] = regs.get(r[1], 0) + 1
nm = sum(1 for r in rows if r[6])
nfacts = sum(r[7] for r in rows)
old_rows = [r[0] for r in rows if r[2] in OLD]
out = []
out.append("# tests/dev_real2 — rewrites of real public pages, second set (development set, session 8)\n")
out.append(f"{len(rows)} reports, each the **rewrite of one real public page** found through the `search` tool's `pages` corpus "
           "(provincial and national press, provincial and district portals, a ministry's news page, English editions of provincial papers). "
           "None of these pages is one that `tests/dev_real` used. A rewrite keeps the page's structure and construction types — "
           "the order of the figures, how a rate is tied to its counts, how breakdowns by level or unit are listed, how the subject is "
           "named, headlines, captions and portal chrome — but **every sentence is re-worded and every number is new**. "
           "No sentence of a source page is copied; where the stored excerpt of a page showed only part of the article, the rest is "
           "written in the same register and vocabulary (said per report below).\n")
out.append("## How it was made\n")
out.append("- Written before opening docparse/, docs/, tests/*.py or any other set's reports, and without running docparse; "
           "only shared/spec/CONTRACT.md, tests/TRUTH_FORMAT.md, tests/dev_real/README.md and corpus/SOURCES.md were read.\n"
           "- `build.py` holds each report as a function; the helpers in `lib.py` (`n`, `m`, `p`, `rate`, `score`, `rank`, `nf`, "
           "`ident`) write a figure into the text and its truth entry at the same time. Counts are chosen first; every percentage "
           "with counts is computed from them half up at the decimals written (CONTRACT §5); a planted mistake is written over the "
           "computed value and listed in `mistakes`.\n"
           "- `python3 tests/dev_real2/build.py` rewrites the `.txt` and `.truth.json` files; "
           "`python3 tests/dev_real2/build.py --check` verifies that the files are current, every fact and not_fact text occurs in "
           "its report, every rate matches its x/y and every declared sum / balance / score / complement identity holds — except "
           "the planted ones, which must fail — and that each report has 15–60 lines. `python3 tests/dev_real2/make_readme.py` "
           "rewrites this file.\n")
out.append(f"- {len(rows)} reports, {nfacts} facts; {len(provs)} provinces / centrally-run cities: " + ", ".join(provs)
           + "; plus one national report (R2_03).\n")
out.append(f"- Provinces new against tests/dev_real: {len(set(provs) - OLD)}; {len(old_rows)} reports ("
           + ", ".join(old_rows) + ") are in provinces dev_real also has (Lâm Đồng, Vĩnh Phúc, Quảng Nam, Gia Lai, Quảng Trị, "
           "TP. Hồ Chí Minh, Đà Nẵng), on different pages, several at another level (district, commune, a 2018 quarter, "
           "the merged 2026 Gia Lai). Searches for Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Ngãi, Tuyên Quang, Lào Cai, Tây Ninh, Long An, "
           "Cà Mau, Hà Nội, Hải Phòng, Lạng Sơn returned no page with figures in the corpus.\n")
out.append("- Registers: " + ", ".join(f"{k} {v}" for k, v in sorted(regs.items()))
           + " (the corpus returned press and portal news far more than reports themselves).\n")
out.append(f"- {nm} reports carry one planted, real-looking mistake; the other {len(rows) - nm} are clean.\n")
out.append("\n## Conventions followed (tests/TRUTH_FORMAT.md, session 8 sections first)\n")
out.append("""- x/y only as figures the text states: a rate whose total is an approximation ("gần 9.100", "gần 29.000") or unstated has
  `numerator`/`denominator` null; a sum of stated parts is never a denominator.
- Subjects: a provincial centre's own figures ("Trung tâm đã tiếp nhận", "tại Trung tâm") → `self` (R2_01, R2_05, R2_24, R2_27;
  the centre of R2_18 for its procedure count); province-wide figures → `city`; a commune centre (R2_22) and a district portal
  writing about itself (R2_14) → `self`; a district or district-level town written about by the press → `unit:<name>`
  (Thành phố Đà Lạt, Thành phố Phổ Yên, Quận 1) with its one-stop part as scope, its communes → `communes`.
  Per-level breakdowns "cấp tỉnh / cấp huyện / cấp xã" → `departments` / `districts` / `communes` with the level as scope.
- "x ngàn HS" (no approximation word) is a count with the multiplied value (R2_01, R2_24); with "hơn / gần / trên" it is a not_fact.
- A part stated with its share of received dossiers → `received_online_share` / `received_offline_share`; a third channel
  ("liên thông") and shares with no catalogue id (resolved over received, early only, e-results, simplified procedures,
  share of population, electronic documents) → `other` with the label in scope.
- Counts of things outside the catalogue (decisions, units, tasks, visits, accounts, published / deleted / delegated procedures,
  digitised dossiers, dossiers "đến hạn giải quyết", dossiers received late) → not_facts `count_of_things`; targets and
  "tối thiểu / từ … trở lên" → `bound`; PAR INDEX / PAPI / PCI ranks → not_facts `reference` (they are not 766 ranks).
- "tiếp nhận mới N" beside a carried-over count and their total: the total is `received_total`, the new count `received_total`
  with scope "tiếp nhận mới" (as tests/dev_real did).
- A figure stated twice (headline and body, caption and body) is two facts.
- Online services by mức độ: mức độ 3 → `procedures_partial_online`, mức độ 4 → `procedures_full_online`, mức độ 1, 2 →
  `procedures_total` with that scope.
- 766 points written with dot decimals (R2_16) keep their text as written; `maximum` holds the component's maximum.
""")
out.append("\n## Reports\n")
out.append("| report | register | province | date | real page (address as given by the search tool) | construct kept | planted mistake |")
out.append("|---|---|---|---|---|---|---|")
for name, reg, prov, date, url, cons, mis, _ in rows:
    m = "; ".join(f"{x['code']} {x['text']} — {x['note']}" for x in mis) or "—"
    out.append(f"| {name} | {reg} | {prov or 'national'} | {date} | {url} | {cons} | {m} |")
out.append("""
Notes on the pages:
- R2_12: the stored page is a portal list item (headline, date and a generic lead); the body with the received parts and the
  on-time rate is written in the vocabulary of that portal's reports.
- R2_13, R2_14, R2_15, R2_21, R2_24, R2_25, R2_27, R2_28, R2_29: the construct is the one corpus/SOURCES.md records for the page
  (#24, #14, #15, #42, #51, #35, #39, #44, #26); the sentences around it are written in the page's register.
- R2_17 (Gia Lai after the July 2025 merger) and R2_29 add one sentence of current figures to a page that is mostly targets;
  R2_30 keeps its page as it is: targets and unit counts only, no level fact (a precision test).
- R2_16's planted total: on the real page the six components add up to the total; here they make 83.5 against a stated 83.4.
- Decision numbers, dates and targets of the pages were changed too; only the names of legal texts (Nghị định 61/2018/NĐ-CP,
  Quyết định 766/QĐ-TTg, Đề án 06, Nghị quyết 214, Chỉ thị 10) and the units' names are kept.
""")
(Path(__file__).resolve().parent / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")
print("README written")
