"""Build (and --check) the blind typo set 5: 40 invented reports with one planted slip or none.

    python3 build.py           write T01..T40 .txt / .truth.json
    python3 build.py --check   rebuild in memory and verify (see README.md)
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lib import Report, dumps, fmt, Fr  # noqa: E402

HERE = Path(__file__).parent

SIGNERS = ["Nguyễn Văn Hưng", "Trần Thị Thu Hà", "Lê Minh Quang", "Phạm Đức Thịnh", "Hoàng Thị Lan",
           "Võ Thanh Tùng", "Đặng Quốc Bảo", "Bùi Thị Ngọc Anh", "Huỳnh Văn Lợi", "Đỗ Thị Mai Phương",
           "Ngô Quang Vinh", "Dương Thị Hồng Nhung", "Lý Văn Sáng", "Trịnh Công Danh", "Mai Thị Thảo",
           "Phan Hữu Nghĩa", "Tạ Văn Khánh", "Châu Thị Bích Vân", "Kiều Minh Đức", "Lương Văn Toàn"]


def short(prov):
    for p in ("Thành phố ", "Tỉnh "):
        if prov.startswith(p):
            return prov[len(p):]
    return prov


def low(prov):
    return prov[0].lower() + prov[1:] if prov else prov


def dmy(date):
    y, m, d = date.split("-")
    return int(d), int(m), int(y)


# ---------------------------------------------------------------- headers and footers -----
def head_province(r, rng, doc="BC", title=None, issuer=None, recipient="Văn phòng Chính phủ"):
    d, m, y = dmy(r.date)
    issuer = issuer or ("ỦY BAN NHÂN DÂN", r.province.upper())
    no = rng.randint(12, 480)
    code = {"BC": "BC-UBND", "TB": "TB-VP", "BCX": "BC-UBND"}[doc]
    r.line(f"{issuer[0]}\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    r.line(f"{issuer[1]}\t\tĐộc lập - Tự do - Hạnh phúc")
    r.line(f"Số: {no}/{code}\t\t{r.place}, ngày {d:02d} tháng {m:02d} năm {y}")
    r.line("")
    r.line("BÁO CÁO" if doc != "TB" else "THÔNG BÁO")
    for t in title:
        r.line(t)
    if recipient:
        r.line(f"Kính gửi: {recipient}.")
    r.line("")
    r.nf(f"{no}/{code}", "reference")


def foot(r, rng, pos=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), recips=("Văn phòng Chính phủ (Cục KSTTHC)", "TT Tỉnh ủy, TT HĐND tỉnh", "Lưu: VT, KSTT")):
    r.line("")
    r.line("Nơi nhận:")
    for x in recips:
        r.line(f"- {x};")
    for p in pos:
        r.line(p)
    r.line("(Đã ký)")
    r.line(rng.choice(SIGNERS))


def period_words(rng, r, kind):
    d, m, y = dmy(r.date)
    if kind == "auto":
        return {1: f"năm {y - 1}", 2: f"quý I năm {y}", 3: f"quý I năm {y}", 4: f"quý I năm {y}", 5: f"6 tháng đầu năm {y}",
                6: f"6 tháng đầu năm {y}", 7: f"6 tháng đầu năm {y}", 8: f"quý III năm {y}", 9: f"quý III năm {y}",
                10: f"quý III năm {y}", 11: f"năm {y}", 12: f"năm {y}"}[m]
    if kind == "quarter":
        q = (m - 2) // 3 + 1 if m > 1 else 4
        q = max(1, min(4, q))
        return f"quý {['I', 'II', 'III', 'IV'][q - 1]} năm {y if m > 1 else y - 1}"
    if kind == "month":
        mm = m - 1 if m > 1 else 12
        return f"tháng {mm} năm {y if m > 1 else y - 1}"
    if kind == "six":
        return f"6 tháng đầu năm {y}"
    return f"năm {y - 1}"


# ---------------------------------------------------------------- bodies ------------------
def body_full(r, rng, subj, carried=True, summary=True, late_rate=True, pend=True, lead="", scale=1.0):
    """Received (online + in person (+ carried)), shares, resolved (early + on time + late), rates,
    pending, balance, a summary repetition."""
    ro = rng.randint(int(900 * scale), int(60000 * scale))
    rf = rng.randint(int(300 * scale), int(30000 * scale))
    rc = rng.randint(int(50 * scale) + 3, int(2500 * scale)) if carried else 0
    rn = ro + rf
    rt = rn + rc
    pend_n = rng.randint(40, max(60, rt // 9))
    st = rt - pend_n
    sl = rng.randint(0, max(3, st // 60))
    se = rng.randint(st // 3, st // 2)
    so = st - se - sl
    pl = rng.randint(0, max(2, pend_n // 10))
    pi = pend_n - pl
    v = rng.randint(0, 3)
    R = r
    if carried:
        t_rt = R.n("rt", rt, "received_total", subj)
        t_rc = R.n("rc", rc, "received_carried_over", subj)
        t_rn = R.n("rn", rn, "received_total", subj, scope="tiếp nhận mới")
        t_ro = R.n("ro", ro, "received_online", subj)
        t_rf = R.n("rf", rf, "received_offline", subj)
        R.sum("rt", ["rn", "rc"])
        R.sum("rn", ["ro", "rf"])
        t_ros = R.p("ros", "ro", "rn", 2, "online_submission" if v % 2 else "received_online_share", subj, xy=True)
        if v == 0:
            R.line(f"{lead}Tổng số hồ sơ tiếp nhận: {t_rt} hồ sơ, trong đó kỳ trước chuyển sang {t_rc} hồ sơ, tiếp nhận mới {t_rn} hồ sơ (trực tuyến {t_ro} hồ sơ, chiếm {t_ros}%; trực tiếp và qua dịch vụ bưu chính {t_rf} hồ sơ).")
        elif v == 1:
            R.line(f"{lead}Số hồ sơ tiếp nhận trong kỳ là {t_rt} hồ sơ (gồm: {t_rc} hồ sơ tồn kỳ trước chuyển sang; {t_rn} hồ sơ mới tiếp nhận, trong đó: trực tuyến {t_ro}, trực tiếp {t_rf}). Tỷ lệ hồ sơ nộp trực tuyến đạt {t_ros}%.")
        elif v == 2:
            R.line(f"{lead}- Tổng số hồ sơ: {t_rt} hồ sơ; trong đó: số mới tiếp nhận {t_rn} hồ sơ (qua mạng {t_ro} hồ sơ, chiếm tỷ lệ {t_ros}%; trực tiếp {t_rf} hồ sơ), từ kỳ trước chuyển qua {t_rc} hồ sơ.")
        else:
            R.line(f"{lead}Tiếp nhận {t_rt} hồ sơ ({t_rc} hồ sơ kỳ trước chuyển sang và {t_rn} hồ sơ mới). Tỷ lệ nộp hồ sơ trực tuyến là {t_ros}% ({t_ro}/{t_rn} hồ sơ); trực tiếp, bưu chính {t_rf} hồ sơ.")
    else:
        t_rt = R.n("rt", rt, "received_total", subj)
        t_ro = R.n("ro", ro, "received_online", subj)
        t_rf = R.n("rf", rf, "received_offline", subj)
        R.sum("rt", ["ro", "rf"])
        t_ros = R.p("ros", "ro", "rt", 2, "received_online_share", subj, xy=True)
        t_rfs = R.pc("rfs", "ros", "received_offline_share", subj, num="rf", den="rt", xy=True)
        if v % 2:
            R.line(f"{lead}Tổng số hồ sơ tiếp nhận: {t_rt} hồ sơ, trong đó trực tuyến {t_ro} hồ sơ (chiếm {t_ros}%), trực tiếp và qua bưu chính công ích {t_rf} hồ sơ (chiếm {t_rfs}%).")
        else:
            R.line(f"{lead}Đã tiếp nhận {t_rt} hồ sơ, gồm {t_ro} hồ sơ trực tuyến, tương ứng {t_ros}% và {t_rf} hồ sơ trực tiếp, tương ứng {t_rfs}%.")
    t_st = R.n("st", st, "resolved_total", subj)
    t_se = R.n("se", se, "resolved_early", subj)
    t_so = R.n("so", so, "resolved_on_time", subj)
    t_sl = R.n("sl", sl, "resolved_late", subj, style="lead0")
    R.sum("st", ["se", "so", "sl"])
    t_sr = R.p("sr", ["se", "so"], "st", 2, "resolved_on_time", subj)
    if late_rate:
        t_slr = R.pc("slr", "sr", "resolved_late", subj, num="sl", den="st", xy=True)
    w = rng.randint(0, 2)
    if w == 0:
        R.line(f"Đã giải quyết {t_st} hồ sơ, trong đó: trước hạn {t_se} hồ sơ, đúng hạn {t_so} hồ sơ, quá hạn {t_sl} hồ sơ. Tỷ lệ giải quyết trước hạn, đúng hạn đạt {t_sr}%" + (f"; tỷ lệ quá hạn {t_slr}%." if late_rate else "."))
    elif w == 1:
        R.line(f"Số hồ sơ đã giải quyết: {t_st} hồ sơ")
        R.line(f"+ Giải quyết trước hạn: {t_se} hồ sơ;")
        R.line(f"+ Giải quyết đúng hạn: {t_so} hồ sơ;")
        R.line(f"+ Giải quyết quá hạn: {t_sl} hồ sơ" + (f" (chiếm {t_slr}%)." if late_rate else "."))
        R.line(f"Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn: {t_sr}%.")
    else:
        R.line(f"Kết quả giải quyết {t_st} hồ sơ (sớm hạn {t_se}, đúng hạn {t_so}, trễ hạn {t_sl}), với tỷ lệ đúng hạn {t_sr}%" + (f", trễ hạn {t_slr}%." if late_rate else "."))
    if pend:
        t_pt = R.n("pt", pend_n, "pending_total", subj)
        t_pi = R.n("pi", pi, "pending_on_time", subj)
        t_pl = R.n("pl", pl, "pending_late", subj, style="lead0")
        R.sum("pt", ["pi", "pl"])
        R.sum("rt", ["st", "pt"], code="balance")
        R.line(rng.choice([f"Đang giải quyết {t_pt} hồ sơ (trong hạn {t_pi} hồ sơ, quá hạn {t_pl} hồ sơ).",
                           f"Số hồ sơ đang giải quyết: {t_pt} hồ sơ, trong đó chưa đến hạn {t_pi}, đã quá hạn {t_pl}.",
                           f"Hồ sơ đang xử lý: {t_pt} (còn hạn: {t_pi}; quá hạn: {t_pl})."]))
    if summary:
        t2 = R.rep("sr2", "sr", "resolved_on_time", subj)
        R.line(rng.choice([f"Nhìn chung, tỷ lệ giải quyết hồ sơ đúng hạn đạt {t2}%, vượt chỉ tiêu được giao.",
                           f"Như vậy, tỷ lệ hồ sơ giải quyết trước và đúng hạn trong kỳ là {t2}%.",
                           f"Đánh giá chung: kết quả giải quyết đúng hạn đạt {t2}%, đáp ứng yêu cầu."]))


def body_feedback(r, rng, subj):
    fn = rng.randint(5, 300)
    fc = rng.randint(0, 60)
    ft = fn + fc
    fr = rng.randint(ft // 2, ft)
    fp = ft - fr
    R = r
    t_ft = R.n("ft", ft, "feedback_total", subj, style="lead0")
    t_fn = R.n("fn", fn, "feedback_new", subj, style="lead0")
    t_fc = R.n("fc", fc, "feedback_carried_over", subj, style="lead0")
    t_fr = R.n("fr", fr, "feedback_resolved", subj, style="lead0")
    t_fp = R.n("fp", fp, "feedback_pending", subj, style="lead0")
    R.sum("ft", ["fn", "fc"])
    R.sum("ft", ["fr", "fp"], code="balance")
    t_frr = R.p("frr", "fr", "ft", 2, "feedback_handled", subj, xy=True)
    R.line(rng.choice([
        f"Về phản ánh, kiến nghị: tổng số {t_ft} phản ánh, kiến nghị (mới {t_fn}, kỳ trước chuyển sang {t_fc}); đã xử lý {t_fr}, đạt {t_frr}%; đang xử lý {t_fp}.",
        f"Tiếp nhận {t_ft} phản ánh, kiến nghị (trong đó {t_fn} mới phát sinh, {t_fc} tồn kỳ trước), đã xử lý xong {t_fr} phản ánh, kiến nghị (tỷ lệ {t_frr}%), còn {t_fp} đang xử lý."]))


def body_levels(r, rng, subj, lv2="communes", lv2w="Các xã, phường", mid=None):
    """Province online rate with x/y and its levels, each x/y (sums of numerators and denominators)."""
    R = r
    levels = [("departments", "Các sở, ban, ngành", "cấp tỉnh")]
    if mid:
        levels.append(("districts", mid, "cấp huyện"))
    levels.append((lv2, lv2w, "cấp xã"))
    nums, dens = [], []
    for i, _ in enumerate(levels):
        d = rng.randint(1500, 40000)
        nums.append(rng.randint(d // 2, d - 10))
        dens.append(d)
    tn = R.n("tn", sum(nums))
    td = R.n("td", sum(dens))
    tp = R.p("tp", "tn", "td", 2, "online_submission", subj, xy=True)
    R.line(f"Tỷ lệ nộp hồ sơ trực tuyến {rng.choice(['của toàn tỉnh', 'toàn tỉnh', 'chung của tỉnh'])} đạt {tp}% (số hồ sơ nộp trực tuyến/tổng số hồ sơ tiếp nhận là {tn}/{td} hồ sơ), trong đó:")
    ln, ld = [], []
    for i, (lv, words, scope) in enumerate(levels):
        a = R.n(f"n{i}", nums[i])
        b = R.n(f"d{i}", dens[i])
        p = R.p(f"p{i}", f"n{i}", f"d{i}", 2, "online_submission", lv, xy=True, scope=scope)
        ln.append(f"n{i}")
        ld.append(f"d{i}")
        R.line(rng.choice([f"- {words}: đạt {p}% ({a}/{b} hồ sơ).", f"- {words}: {p}% ({a}/{b} hồ sơ);",
                           f"- {words} đạt tỷ lệ {p}% ({a}/{b})."]))
    R.sum("tn", ln)
    R.sum("td", ld)


def body_766(r, rng, subj, repeat=True, rank=True, lead=None):
    R = r
    maxes = [("index_766_publicity", "Công khai, minh bạch", 18), ("index_766_progress", "Tiến độ, kết quả giải quyết", 20),
             ("index_766_online_service", "Cung cấp dịch vụ trực tuyến", 12), ("index_766_online_payment", "Thanh toán trực tuyến", 10),
             ("index_766_satisfaction", "Mức độ hài lòng", 18), ("index_766_digitization", "Số hóa hồ sơ", 22)]
    vals = [Fr(rng.randint(int(mx * 55), mx * 100 - 1), 100) for _, _, mx in maxes]
    tot = sum(vals)
    t_tot = R.s("tot", float(tot), "index_766_total", subj)
    field = 34 if r.date >= "2025-07-01" else 63
    rk = rng.randint(2, field - 4)
    if lead:
        R.line(lead.replace("{T}", t_tot))
    else:
        R.line(f"Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định số 766/QĐ-TTg), {low(r.province)} đạt {t_tot}/100 điểm" + (f", xếp thứ {rk}/{field} tỉnh, thành phố." if rank else "."))
    if rank:
        r.rank = (rk, field)
    if not lead:
        R.nf("766/QĐ-TTg", "reference")
    R.line(rng.choice(["Cụ thể các nhóm chỉ số thành phần:", "Điểm các nhóm chỉ số như sau:", "Trong đó:"]))
    names = []
    for i, ((ind, words, mx), v) in enumerate(zip(maxes, vals)):
        t = R.s(f"c{i}", float(v), ind, subj)
        names.append(f"c{i}")
        R.line(rng.choice([f"- {words}: {t}/{mx} điểm;", f"+ {words}: {t} điểm (tối đa {mx} điểm);", f"- {words} đạt {t} điểm;"]))
    R.sum("tot", names, code="score")
    if repeat:
        t2 = R.rep("tot2", "tot", "index_766_total", subj)
        R.line(rng.choice([f"Với tổng điểm {t2} điểm, kết quả của tỉnh tiếp tục được duy trì ổn định.",
                           f"Tổng điểm đạt {t2} điểm; các cơ quan, đơn vị tiếp tục khắc phục các chỉ số còn thấp."]))


def body_table(r, rng, rows, caption, lead_subj="city"):
    """A portal-style '|' table: per row received = online + in person; resolved = on time + late;
    a total row = sum of the rows (column sums)."""
    R = r
    R.line(caption)
    R.line("| Cấp | Tiếp nhận | Trực tuyến | Trực tiếp | Đã giải quyết | Đúng hạn | Trễ hạn |")
    R.line("|---|---|---|---|---|---|---|")
    cols = [("a", "received_total", "Tiếp nhận"), ("o", "received_online", "Trực tuyến"),
            ("f", "received_offline", "Trực tiếp"), ("s", "resolved_total", "Đã giải quyết"),
            ("i", "resolved_in_time", "Đúng hạn"), ("l", "resolved_late", "Trễ hạn")]
    data = []
    for _ in rows:
        o = rng.randint(300, 20000)
        f = rng.randint(100, 9000)
        a = o + f
        s = rng.randint(a * 7 // 10, a - 5)
        l = rng.randint(0, max(2, s // 80))
        data.append(dict(a=a, o=o, f=f, s=s, i=s - l, l=l))
    tot = {k: sum(d[k] for d in data) for k, _, _ in cols}
    for ri, ((label, subj, scope), d) in enumerate(list(zip(rows, data)) + [(("Tổng cộng", lead_subj, None), tot)]):
        key = "T" if label == "Tổng cộng" else str(ri)
        cells = []
        for c, ind, head in cols:
            cells.append(R.n(f"{c}{key}", d[c], ind, subj, style="plain", scope=scope,
                             cell={"table": 0, "row": label, "path": [head]}))
        R.sum(f"a{key}", [f"o{key}", f"f{key}"])
        R.sum(f"s{key}", [f"i{key}", f"l{key}"])
        R.line(f"| {label} | " + " | ".join(cells) + " |")
    for c, _, _ in cols:
        R.sum(f"{c}T", [f"{c}{ri}" for ri in range(len(rows))])


# ------------------------------------------------------------- undetermined bodies --------
def weak_comp(r, rng, subj, lead):
    R = r
    st = rng.randint(2000, 90000)
    sl = rng.randint(3, st // 40)
    # rates only, no counts: on time + late = 100%
    x = 100 * Fr(st - sl, st)
    from lib import pct_round
    v = pct_round(x, 2)
    t1 = R.s("w1", float(v), None, None)
    R.figs["w1"].update(kind="p", fact=dict(kind="rate", indicator="resolved_on_time", subject=subj, scope=None, cell=None))
    t2 = R.pc("w2", "w1", "resolved_late", subj)
    R.line(lead.format(a=t1, b=t2))


def weak_sum(r, rng, subj, words):
    R = r
    ra, rb = ((900, 1500), (200, 700)) if words[3] == "procedures_total" else ((1200, 30000), (200, 9000))
    a = rng.randint(*ra)
    b = rng.randint(*rb)
    if words[3] == "resolved_total":
        a, b = a // 12 + 100, b // 40 + 3
    t = R.n("wt", a + b, words[3], subj)
    ta = R.n("wa", a, words[4], subj)
    tb = R.n("wb", b, words[5], subj)
    R.sum("wt", ["wa", "wb"])
    R.line(words[0].format(t=t, a=ta, b=tb))


# ------------------------------------------------------------------- the set -------------
PLAN = [
    # name, register, date, province, kind(det/und/clean)
    ("T01", "quarterly_report", "2024-04-08", "Tỉnh Quảng Nam", "det"),
    ("T02", "weekly_notice", "2025-09-22", "Tỉnh Gia Lai", "det"),
    ("T03", "commune_report", "2025-10-20", "Tỉnh Đắk Lắk", "det"),
    ("T04", "portal_stats", "2023-07-03", "Tỉnh Bình Định", "det"),
    ("T05", "news_article", "2024-10-11", "Tỉnh Kon Tum", "und"),
    ("T06", "ministry_report", "2022-07-15", None, "det"),
    ("T07", "quarterly_report", "2021-10-12", "Tỉnh Hải Dương", "clean"),
    ("T08", "weekly_notice", "2024-03-18", "Tỉnh Bến Tre", "det"),
    ("T09", "commune_report", "2026-01-12", "Tỉnh Khánh Hòa", "det"),
    ("T10", "news_article", "2020-07-20", "Tỉnh Sóc Trăng", "det"),
    ("T11", "portal_stats", "2025-11-03", "Tỉnh Lâm Đồng", "det"),
    ("T12", "quarterly_report", "2019-07-10", "Tỉnh Phú Yên", "und"),
    ("T13", "weekly_notice", "2023-05-22", "Tỉnh Bắc Giang", "det"),
    ("T14", "ministry_report", "2025-01-14", None, "clean"),
    ("T15", "commune_report", "2025-08-18", "Tỉnh Đồng Nai", "und"),
    ("T16", "news_article", "2022-04-09", "Tỉnh Vĩnh Phúc", "det"),
    ("T17", "quarterly_report", "2024-12-16", "Tỉnh Yên Bái", "det"),
    ("T18", "portal_stats", "2021-02-01", "Tỉnh Hòa Bình", "clean"),
    ("T19", "weekly_notice", "2026-02-09", "Tỉnh An Giang", "det"),
    ("T20", "news_article", "2025-12-05", "Tỉnh Cà Mau", "det"),
    ("T21", "quarterly_report", "2023-01-10", "Tỉnh Long An", "det"),
    ("T22", "commune_report", "2026-03-09", "Thành phố Cần Thơ", "clean"),
    ("T23", "weekly_notice", "2024-08-26", "Tỉnh Bình Dương", "und"),
    ("T24", "ministry_report", "2023-12-20", None, "det"),
    ("T25", "portal_stats", "2024-06-03", "Tỉnh Thái Bình", "det"),
    ("T26", "news_article", "2023-09-15", "Tỉnh Hà Nam", "clean"),
    ("T27", "quarterly_report", "2020-04-14", "Tỉnh Quảng Bình", "det"),
    ("T28", "commune_report", "2025-11-24", "Tỉnh Vĩnh Long", "det"),
    ("T29", "weekly_notice", "2022-11-07", "Tỉnh Bạc Liêu", "und"),
    ("T30", "news_article", "2026-04-02", "Tỉnh Phú Thọ", "und"),
    ("T31", "quarterly_report", "2022-10-18", "Tỉnh Kiên Giang", "det"),
    ("T32", "portal_stats", "2026-01-05", "Tỉnh Tuyên Quang", "und"),
    ("T33", "commune_report", "2025-09-15", "Tỉnh Lạng Sơn", "clean"),
    ("T34", "weekly_notice", "2021-06-14", "Tỉnh Trà Vinh", "det"),
    ("T35", "quarterly_report", "2024-07-09", "Tỉnh Ninh Thuận", "det"),
    ("T36", "news_article", "2019-12-27", "Tỉnh Bình Phước", "det"),
    ("T37", "ministry_report", "2026-04-10", None, "und"),
    ("T38", "portal_stats", "2022-09-05", "Tỉnh Đắk Nông", "clean"),
    ("T39", "commune_report", "2026-02-23", "Tỉnh Quảng Ngãi", "det"),
    ("T40", "quarterly_report", "2025-04-15", "Tỉnh Hà Giang", "clean"),
]

MINISTRIES = ["Bộ Tư pháp", "Bộ Công Thương", "Bộ Xây dựng", "Bộ Tài chính", "Bộ Nội vụ"]


def ward_of(province, rng):
    import vietnam_provinces as vp
    prov = [p for p in vp.Province.iter_all() if p.name == province or "Tỉnh " + p.name == province][0]
    wards = sorted(w.name for w in vp.Ward.iter_all() if w.province_code == prov.code and w.name.startswith("Xã"))
    return rng.choice(wards)


PATS = ["swap", "digit", "drop", "double", "separator", "copy"]


def make(name, register, date, province, kind, pattern=None):
    rng = random.Random("typo5-" + name)
    r = Report(name, register, date, province)
    r.place = short(province) if province else "Hà Nội"
    r.rank = None
    post = date >= "2025-07-01"
    det = kind == "det"
    subj = "city"
    only = None
    if register == "quarterly_report":
        per = period_words(rng, r, "auto")
        head_province(r, rng, "BC", [f"Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính {per}",
                                     f"trên địa bàn {low(province)}"])
        basis = "Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ" if date >= "2020-11-01" else "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ"
        r.line(f"Thực hiện {basis}, Ủy ban nhân dân {low(province)} báo cáo như sau:")
        r.nf(basis.split("số ")[1].split(" ")[0], "reference")
        r.line("I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
        sec = 2
        if kind == "und":
            weak_sum(r, rng, subj, ["Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết đang áp dụng: {t} thủ tục, trong đó cung cấp trực tuyến toàn trình {a} thủ tục, một phần {b} thủ tục.",
                                    None, None, "procedures_total", "procedures_full_online", "procedures_partial_online"])
            only = ["wt", "wa", "wb"]
            r.line("Trong kỳ, hồ sơ được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.")
            body_feedback(r, rng, subj)
        else:
            body_full(r, rng, subj, carried=rng.random() < 0.6, summary=rng.random() < 0.6)
            if rng.random() < 0.5:
                r.line("II. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ")
                body_feedback(r, rng, subj)
                sec = 3
        r.line(f"{['', 'I', 'II', 'III'][sec]}. ĐÁNH GIÁ CHUNG")
        r.line("Công tác giải quyết thủ tục hành chính tiếp tục được duy trì, tăng " + f"{rng.randint(2, 9)},{rng.randint(1, 9)}%" + " so với cùng kỳ.")
        r.nf(r.lines[-1].split("tăng ")[1].split(" so")[0], "change")
        r.nf("tăng " + r.lines[-1].split("tăng ")[1].split(" so")[0], "change")
        r.not_facts.pop(-2)
        foot(r, rng)
    elif register == "weekly_notice":
        d, m, y = dmy(date)
        head_province(r, rng, "TB", [f"Tình hình, kết quả giải quyết thủ tục hành chính (từ ngày {max(1, d - 7):02d}/{m:02d}/{y} đến ngày {max(1, d - 1):02d}/{m:02d}/{y})"],
                      issuer=("VĂN PHÒNG ỦY BAN NHÂN DÂN", (province or "").upper()), recipient=None)
        r.line(f"Trên cơ sở dữ liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính {low(province)}, Văn phòng Ủy ban nhân dân tỉnh thông báo như sau:")
        if kind == "und":
            if rng.random() < 0.5:
                weak_comp(r, rng, subj, "1. Tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh đạt {a}%, tỷ lệ hồ sơ quá hạn {b}%.")
            else:
                t1 = r.n("ra", rng.randint(3000, 60000), "received_online", subj)
                r.line(f"1. Số hồ sơ nộp trực tuyến trong tuần: {t1} hồ sơ.")
                t2 = r.rep("rb", "ra", "received_online", subj)
                r.line(f"2. Hồ sơ nộp trực tuyến ({t2} hồ sơ) đã được tiếp nhận, phân công xử lý đúng quy trình.")
            only = [k for k in r.order]
            body_766(r, rng, subj, repeat=False, rank=False,
                     lead="3. Điểm Bộ chỉ số 766 của tỉnh trong tuần: {T} điểm.") if rng.random() < 0.4 and date >= "2022-09-01" else None
        elif rng.random() < 0.35 and date >= "2022-09-01":
            body_766(r, rng, subj, repeat=True, rank=rng.random() < 0.7)
        else:
            r.line("1. Kết quả tiếp nhận, giải quyết hồ sơ")
            body_full(r, rng, subj, carried=False, summary=rng.random() < 0.5, pend=rng.random() < 0.7)
            if rng.random() < 0.6:
                r.line("2. Tỷ lệ nộp hồ sơ trực tuyến (chỉ tiêu giao ≥ 60%; dữ liệu theo báo cáo của các cơ quan, đơn vị trên Hệ thống báo cáo của tỉnh)")
                r.nf("≥ 60%", "bound")
                if date >= "2025-07-01":
                    body_levels(r, rng, subj, "communes", "Các xã, phường")
                else:
                    body_levels(r, rng, subj, "communes", "Các xã, phường, thị trấn", mid="Các huyện, thị xã, thành phố")
        r.line("Đề nghị các cơ quan, đơn vị tiếp tục rà soát, xử lý dứt điểm hồ sơ quá hạn.")
        foot(r, rng, pos=("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"), recips=("Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường", "Lưu: VT"))
    elif register == "commune_report":
        ward = ward_of(province, rng)
        subj = "self"
        r.place = ward[3:]
        m = dmy(date)[1]
        head_province(r, rng, "BCX", [f"Kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã tháng {m - 1 if m > 1 else 12}"],
                      issuer=("ỦY BAN NHÂN DÂN", ward.upper()), recipient=f"Ủy ban nhân dân {low(province)}")
        r.line(f"Ủy ban nhân dân {low(ward)} báo cáo kết quả giải quyết thủ tục hành chính trong tháng như sau:")
        if kind == "und":
            weak_sum(r, rng, subj, ["1. Tổng số hồ sơ đã giải quyết: {t} hồ sơ; trong đó đúng hạn và trước hạn {a} hồ sơ, bổ sung, trả lại {b} hồ sơ.",
                                    None, None, "resolved_total", "resolved_in_time", "resolved_rejected"])
            only = ["wt", "wa", "wb"]
            r.line("2. Không có hồ sơ quá hạn trong tháng.")
        else:
            body_full(r, rng, subj, carried=rng.random() < 0.5, summary=rng.random() < 0.5, late_rate=rng.random() < 0.5, scale=0.06)
            if rng.random() < 0.4:
                body_feedback(r, rng, subj)
        r.line("Trong tháng tiếp theo, Ủy ban nhân dân xã tiếp tục nâng cao chất lượng phục vụ người dân, doanh nghiệp.")
        foot(r, rng, pos=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), recips=(f"UBND {low(province)}", "TT Đảng ủy xã", "Lưu: VT, VP"))
    elif register == "portal_stats":
        r.line(f"CỔNG DỊCH VỤ CÔNG {short(province).upper()}")
        r.line(f"Hệ thống thông tin giải quyết thủ tục hành chính {low(province)}")
        r.line("Thống kê tình hình giải quyết hồ sơ")
        d, m, y = dmy(date)
        mm, yy = (m - 1, y) if m > 1 else (12, y - 1)
        r.line(f"Kỳ thống kê: tháng {mm:02d}/{yy}    Cập nhật: {d:02d}/{m:02d}/{y} 07:30")
        rows = [("Cấp tỉnh", "departments", "cấp tỉnh")] + ([] if post else [("Cấp huyện", "districts", "cấp huyện")]) + [("Cấp xã", "communes", "cấp xã")]
        if kind == "und":
            r.line("Tình hình tiếp nhận:")
            weak_sum(r, rng, subj, ["Tổng hồ sơ tiếp nhận: {t} | Trực tuyến: {a} | Trực tiếp: {b}",
                                    None, None, "received_total", "received_online", "received_offline"])
            only = ["wt", "wa", "wb"]
            for k in only:
                r.figs[k]["style"] = "plain"
            weak_comp(r, rng, subj, "Tỷ lệ đúng hạn: {a}% | Tỷ lệ trễ hạn: {b}%")
            r.line("Ghi chú: số liệu tự động tổng hợp từ Hệ thống thông tin giải quyết TTHC.")
            r.line("Tỷ lệ đúng hạn tính trên số hồ sơ đã giải quyết trong kỳ.")
            r.line("Số liệu có thể thay đổi khi các đơn vị cập nhật kết quả xử lý.")
        else:
            body_table(r, rng, rows, rng.choice(["Bảng 1. Kết quả tiếp nhận, giải quyết hồ sơ", "Số liệu theo cấp giải quyết (đơn vị: hồ sơ)"]))
            r.line("Ghi chú: \"Đúng hạn\" gồm hồ sơ giải quyết trước hạn và đúng hạn.")
        r.line("Trang chủ | Thủ tục hành chính | Dịch vụ công trực tuyến | Thống kê | Hỏi đáp")
        r.line(f"Đơn vị quản lý: Văn phòng UBND {low(province)}")
        r.line("Địa chỉ: Trung tâm Phục vụ hành chính công tỉnh")
        r.line("Lượt truy cập: " + str(rng.randint(100000, 9000000)))
        r.not_facts.append({"text": r.lines[-1].split(": ")[1], "why": "count_of_things"})
        r.line("Hotline hỗ trợ: 1900 1234")
        r.nf("1900 1234", "reference")
    elif register == "news_article":
        title = rng.choice(["Nâng cao chất lượng giải quyết thủ tục hành chính", "Tỷ lệ hồ sơ trực tuyến tiếp tục tăng",
                            "Cải cách thủ tục hành chính: nhiều chuyển biến tích cực", "Kết quả chỉ số phục vụ người dân, doanh nghiệp"])
        r.line(title.upper())
        d, m, y = dmy(date)
        r.line(f"Cập nhật: {d:02d}/{m:02d}/{y} 09:{rng.randint(10, 59)}")
        r.line("")
        r.line(f"(Tin tức) - Theo báo cáo của Văn phòng UBND tỉnh, {period_words(rng, r, 'quarter')}, công tác cải cách thủ tục hành chính trên địa bàn {low(province)} đạt nhiều kết quả.")
        if kind == "und":
            if rng.random() < 0.5:
                weak_comp(r, rng, subj, "Theo số liệu trên Hệ thống, hồ sơ giải quyết đúng hạn chiếm {a}%, còn lại {b}% hồ sơ trễ hạn.")
                only = ["w1", "w2"]
                body_766(r, rng, subj, repeat=True, rank=False)
            else:
                body_766(r, rng, subj, repeat=False, rank=True)
                only = [k for k in r.order if k.startswith("c") or k == "tot"]
        elif rng.random() < 0.5 and date >= "2022-09-01":
            body_766(r, rng, subj, repeat=True, rank=rng.random() < 0.6)
        else:
            body_full(r, rng, subj, carried=False, summary=True, pend=rng.random() < 0.5)
        r.line(rng.choice(["Bên cạnh kết quả đạt được, một số cơ quan, đơn vị vẫn còn để xảy ra tình trạng hồ sơ chậm trả kết quả.",
                           "Tuy vậy, việc số hóa hồ sơ ở một số địa phương còn chậm, chưa đồng đều."]))
        r.line(rng.choice(["Lãnh đạo UBND tỉnh yêu cầu các đơn vị khắc phục ngay các tồn tại, hạn chế.",
                           "UBND tỉnh đã chỉ đạo rà soát, làm rõ trách nhiệm đối với từng trường hợp chậm trễ."]))
        r.line("Các cơ quan được giao nhiệm vụ tiếp tục hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến.")
        r.line("Tổ công nghệ số cộng đồng tại các xã, phường cũng được huy động hỗ trợ người dân tại bộ phận một cửa.")
        r.line("")
        r.line(f"Thời gian tới, tỉnh tiếp tục đẩy mạnh số hóa hồ sơ, phấn đấu tỷ lệ hồ sơ trực tuyến trên {rng.choice([70, 80, 85])}%.")
        r.nf("trên " + r.lines[-1].split("trên ")[-1].rstrip("."), "bound")
        r.line(rng.choice(SIGNERS).split()[-1] + " " + rng.choice(SIGNERS).split()[0])
    elif register == "ministry_report":
        mname = rng.choice(MINISTRIES)
        subj = "self"
        head_province(r, rng, "BC", [f"Kết quả giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết TTHC của {mname} {period_words(rng, r, 'quarter')}"],
                      issuer=(mname.upper(), ""), recipient="Văn phòng Chính phủ")
        r.figs  # noqa
        code = "BC-" + "".join(w[0] for w in mname.split()[1:]).upper()
        r.lines[2] = r.lines[2].replace("BC-UBND", code)
        r.not_facts[-1]["text"] = r.not_facts[-1]["text"].replace("BC-UBND", code)
        r.line(f"{mname} báo cáo kết quả giải quyết thủ tục hành chính như sau:")
        if kind == "und":
            weak_comp(r, rng, subj, "1. Tỷ lệ hồ sơ được giải quyết trước hạn, đúng hạn đạt {a}%; tỷ lệ hồ sơ giải quyết quá hạn là {b}%.")
            only = ["w1", "w2"]
            weak_sum(r, rng, subj, ["2. Số thủ tục hành chính thuộc phạm vi quản lý: {t} thủ tục (toàn trình {a}, một phần {b}).",
                                    None, None, "procedures_total", "procedures_full_online", "procedures_partial_online"])
        else:
            body_full(r, rng, subj, carried=rng.random() < 0.5, summary=rng.random() < 0.5)
            body_feedback(r, rng, subj)
        foot(r, rng, pos=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"), recips=("Văn phòng Chính phủ", "Bộ trưởng (để b/c)", "Lưu: VT, VP"))
    if r.rank:
        r.rank_fact = {"kind": "rank", "indicator": "index_766_rank", "subject": subj, "value": r.rank[0],
                       "numerator": r.rank[0], "denominator": r.rank[1], "text": f"{r.rank[0]}/{r.rank[1]}"}
    # plant
    if kind in ("det", "und"):
        r.plant(rng, det, pattern=pattern, only=only)
    return r


def build_all():
    out = {}
    cnt = {"det": 0, "und": 0, "clean": 0}
    for name, register, date, province, kind in PLAN:
        pattern = PATS[(cnt[kind] + (2 if kind == "und" else 0)) % 6]
        cnt[kind] += 1
        r = make(name, register, date, province, kind, pattern)
        text = r.render()
        truth = r.truth()
        if r.rank:
            truth["facts"].append(r.rank_fact)
        out[name] = (r, text, truth, kind)
    return out


def readme_table(built):
    rows = ["| file | register | issuer's province | doc_date | slip (pattern) | determined | broken identities (codes) |",
            "|---|---|---|---|---|---|---|"]
    for name, (r, text, truth, kind) in built.items():
        s = truth["suggestion"]
        slip = "clean" if not s else f"`{s['text']}` → {s['corrected']} ({s['pattern']})"
        det = "—" if not s else ("yes" if s["determined"] else "**no**")
        codes = ", ".join(m["code"] for m in truth["mistakes"]) or "—"
        rows.append(f"| {name} | {truth['register']} | {truth['province'] or '—'} | {truth['doc_date']} | {slip} | {det} | {codes} |")
    return "\n".join(rows)


def main():
    built = build_all()
    if "--check" in sys.argv:
        from check import check
        sys.exit(check(built, HERE))
    for name, (r, text, truth, kind) in built.items():
        (HERE / f"{name}.txt").write_text(text, "utf-8")
        (HERE / f"{name}.truth.json").write_text(dumps(truth), "utf-8")
    readme = HERE / "README.md"
    if readme.exists():
        t = readme.read_text("utf-8")
        a, b = t.split("<!-- table -->")[0], t.split("<!-- /table -->")[1]
        readme.write_text(a + "<!-- table -->\n" + readme_table(built) + "\n<!-- /table -->" + b, "utf-8")
    print(f"wrote {len(built)} reports")


if __name__ == "__main__":
    main()
