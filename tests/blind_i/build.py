#!/usr/bin/env python3
"""Build (or --check) the blind_i set: 42 reports, 7 per register."""
import random
import sys
from pathlib import Path

sys.dont_write_bytecode = True

from lib import Doc, d, dmy, fint, fdec, pct_of, long_date

HERE = Path(__file__).resolve().parent
WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín",
         10: "mười", 11: "mười một", 12: "mười hai", 13: "mười ba", 14: "mười bốn", 15: "mười lăm",
         17: "mười bảy", 19: "mười chín", 21: "hai mươi mốt", 23: "hai mươi ba", 27: "hai mươi bảy",
         34: "ba mươi tư", 36: "ba mươi sáu", 45: "bốn mươi lăm", 58: "năm mươi tám", 63: "sáu mươi ba"}
def words(n):
    u = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    if n < 10:
        return u[n]
    if n < 20:
        return "mười" + ("" if n == 10 else " " + ("lăm" if n % 10 == 5 else u[n % 10]))
    if n < 100:
        t, r = divmod(n, 10)
        tail = "" if r == 0 else " " + {1: "mốt", 4: "tư", 5: "lăm"}.get(r, u[r])
        return u[t] + " mươi" + tail
    h, r = divmod(n, 100)
    if r == 0:
        return u[h] + " trăm"
    return u[h] + " trăm " + ("linh " + u[r] if r < 10 else words(r))


ORD = {1: "nhất", 2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}

SO_NEW = ["Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "Sở Y tế", "Sở Công Thương",
          "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo",
          "Sở Văn hóa, Thể thao và Du lịch"]
SO_OLD = ["Sở Tư pháp", "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải",
          "Sở Lao động - Thương binh và Xã hội", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương",
          "Sở Nông nghiệp và Phát triển nông thôn", "Sở Thông tin và Truyền thông"]


# ======================================================================= flows
def flow(rng, size, carried=True, late_share=0.01):
    online = rng.randint(int(size * 0.45), int(size * 0.92))
    offline = size - online
    carr = rng.randint(int(size * 0.03), int(size * 0.12)) if carried else 0
    received = online + offline + carr
    pending = rng.randint(int(received * 0.04), int(received * 0.11))
    resolved = received - pending
    late = max(1, int(resolved * late_share * rng.uniform(0.3, 1.6)))
    early = int((resolved - late) * rng.uniform(0.55, 0.85))
    ontime = resolved - late - early
    plate = rng.randint(0, max(1, pending // 15))
    pin = pending - plate
    return dict(online=online, offline=offline, carried=carr, received=received, resolved=resolved,
                early=early, ontime=ontime, late=late, intime=early + ontime, pending=pending,
                pin=pin, plate=plate, new=online + offline)


def register_flow(doc, F, label, sums=("received", "resolved", "pending", "balance")):
    if "received" in sums:
        doc.total("sum_mismatch", F["received"], [F["online"], F["offline"], F["carried"]], label + " received")
    if "resolved" in sums:
        doc.total("sum_mismatch", F["resolved"], [F["early"], F["ontime"], F["late"]], label + " resolved")
    if "pending" in sums:
        doc.total("sum_mismatch", F["pending"], [F["pin"], F["plate"]], label + " pending")
    if "balance" in sums:
        doc.total("balance_mismatch", F["received"], [F["resolved"], F["pending"]], label + " balance")


def header(doc, left, right_no, place, date, extra_left=None):
    doc.add(f"{left:<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    if extra_left:
        doc.add(f"{extra_left:<38}Độc lập - Tự do - Hạnh phúc")
    else:
        doc.add(f"{'':<38}Độc lập - Tự do - Hạnh phúc")
    doc.add(f"Số: {doc.nf(right_no, 'reference')}")
    doc.add(f"{'':<30}{place}, {doc.nf(long_date(date), 'date')}")
    doc.blank()


def sign(doc, pos, name, kt=None, recips=("Như trên;", "Lưu: VT.")):
    doc.blank()
    doc.add("Nơi nhận:" + " " * 30 + (kt or pos))
    first = True
    for r in recips:
        line = f"- {r}"
        if first and kt:
            line = f"{line:<39}{pos}"
            first = False
        doc.add(line)
    doc.add(" " * 39 + name)


# ================================================================ weekly notices
def weekly(doc, rng, v, prov, wards, sos, start, end, issuer, no, place, signer):
    header(doc, issuer[0], no, place, doc.doc_date, issuer[1])
    doc.period(start, end)
    doc.add("THÔNG BÁO")
    titles = ["Kết quả giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến",
              "Tình hình thực hiện các chỉ tiêu về cải cách TTHC, chuyển đổi số",
              "Kết quả thực hiện một số chỉ tiêu phục vụ người dân, doanh nghiệp"]
    doc.para(f"{titles[v % 3]} (từ {doc.nf(dmy(start, v % 2 == 0), 'date')} đến {doc.nf(dmy(end, v % 2 == 0), 'date')})", 70)
    doc.blank()
    F = flow(rng, rng.randint(9000, 60000), carried=v % 2 == 1)
    register_flow(doc, F, "city")
    M = v  # variant index
    if M % 3 == 0:
        doc.para(f"Căn cứ dữ liệu trích xuất từ Hệ thống thông tin giải quyết TTHC của tỉnh, trong tuần "
                 f"toàn tỉnh đã tiếp nhận {doc.c(F['received'], 'received_total')} hồ sơ; trong đó trực tuyến "
                 f"{doc.c(F['online'], 'received_online')} hồ sơ, trực tiếp và qua dịch vụ bưu chính công ích "
                 f"{doc.c(F['offline'], 'received_offline')} hồ sơ"
                 + (f", hồ sơ kỳ trước chuyển sang {doc.c(F['carried'], 'received_carried_over')} hồ sơ" if F['carried'] else "")
                 + ".")
    elif v % 3 == 2:
        doc.add("1. Tiếp nhận hồ sơ")
        doc.para(f"Tổng số HS tiếp nhận: {doc.c(F['received'], 'received_total')} = {doc.c(F['online'], 'received_online')} "
                 f"(DVCTT) + {doc.c(F['offline'], 'received_offline')} (trực tiếp, BCCI)"
                 + (f" + {doc.c(F['carried'], 'received_carried_over')} (tồn kỳ trước)" if F["carried"] else "") + ".")
    else:
        doc.add("1. Tiếp nhận hồ sơ")
        doc.add(f"- Tổng số HS tiếp nhận: {doc.c(F['received'], 'received_total')}")
        doc.add(f"  + Trực tuyến: {doc.c(F['online'], 'received_online')}")
        doc.add(f"  + Trực tiếp/bưu chính: {doc.c(F['offline'], 'received_offline')}")
        if F["carried"]:
            doc.add(f"  + Tồn kỳ trước: {doc.c(F['carried'], 'received_carried_over')}")
    rate_on = (F["intime"], F["resolved"])
    if M % 3 == 1:
        doc.add("2. Giải quyết hồ sơ")
        doc.para(f"Đã giải quyết {doc.c(F['resolved'], 'resolved_total')} HS, gồm: trước hạn "
                 f"{doc.c(F['early'], 'resolved_early')}; đúng hạn {doc.c(F['ontime'], 'resolved_on_time')}; "
                 f"quá hạn {doc.c(F['late'], 'resolved_late')} (tỷ lệ "
                 f"{doc.r('resolved_late', F['late'], F['resolved'], 2)}). Đang giải quyết "
                 f"{doc.c(F['pending'], 'pending_total')} HS = trong hạn {doc.c(F['pin'], 'pending_on_time')} + "
                 f"quá hạn {doc.c(F['plate'], 'pending_late')}.")
    else:
        doc.para(f"Số hồ sơ đã giải quyết là {doc.c(F['resolved'], 'resolved_total')} hồ sơ, trong đó trước hạn và "
                 f"đúng hạn {doc.c(F['intime'], 'resolved_in_time')} hồ sơ, tương ứng "
                 f"{doc.r('resolved_on_time', *rate_on, 2)}; trễ hạn {doc.c(F['late'], 'resolved_late')} hồ sơ. "
                 f"Còn {doc.c(F['pending'], 'pending_total')} hồ sơ đang trong quá trình xử lý "
                 f"(trong đó {doc.c(F['plate'], 'pending_late')} hồ sơ đã quá hạn, {doc.c(F['pin'], 'pending_on_time')} hồ sơ còn hạn).")
        doc.total("sum_mismatch", F["resolved"], [F["intime"], F["late"]], "city resolved2")
    # online rate, stated as the rate itself
    tgt = rng.choice([60, 70, 80])
    doc.para(f"Tỷ lệ nộp hồ sơ trực tuyến (chỉ tiêu giao {doc.nf(f'≥ {tgt}%', 'bound')}) của toàn tỉnh đạt "
             f"{doc.r('online_submission', F['online'], F['new'], 2, xy=False)}"
             + (f", {doc.nf('tăng ' + fdec(rng.uniform(0.5, 4), 2) + '%', 'change')} so với tuần trước." if M % 2 == 0 else
                f"; so với cùng kỳ {doc.nf('giảm ' + fint(rng.randint(40, 400)) + ' hồ sơ', 'change')} tiếp nhận."))
    # per level / per unit
    dep = flow(rng, rng.randint(800, 4000), carried=False)
    com = flow(rng, rng.randint(3000, 20000), carried=False)
    doc.add("3. Theo từng cấp:")
    doc.para(f"a) Các sở, ban, ngành: nộp trực tuyến {doc.r('online_submission', dep['online'], dep['new'], 2, subject='departments')} "
             f"({doc.c(dep['online'], 'received_online', 'departments')}/{doc.c(dep['new'], 'received_total', 'departments')} hồ sơ); "
             f"giải quyết đúng hạn đạt {doc.r('resolved_on_time', dep['intime'], dep['resolved'], 1, subject='departments', xy=False)}.")
    doc.para(f"b) UBND các xã, phường: {doc.r('online_submission', com['online'], com['new'], 2, subject='communes')} hồ sơ nộp "
             f"trực tuyến ({doc.c(com['online'], 'received_online', 'communes')}/{doc.c(com['new'], 'received_total', 'communes')}); "
             f"thanh toán trực tuyến {doc.rv('online_payment', round(rng.uniform(70, 99), 2), 2, 'communes')}.")
    # units at bottom
    ws = rng.sample(wards, 3)
    items = []
    for w in ws:
        doc.unit(w)
        n = rng.randint(100, 900)
        o = rng.randint(int(n * 0.3), int(n * 0.7))
        items.append(f"{w} {doc.r('online_submission', o, n, 2, subject='unit:' + w, xy=False)}")
    doc.para("Các địa phương có tỷ lệ nộp trực tuyến thấp nhất: " + "; ".join(items) + ".")
    return F, dep, com


def perturb(doc, F, bad, label="city"):
    """Plant flow mistakes that break exactly one identity each."""
    if "sum_mismatch" in bad:
        F["plate"] += 7           # pending parts no longer make pending
        doc.mistake("sum_mismatch", F["pending"], fint(F["pending"]),
                    f"{label}: trong hạn + quá hạn = {fint(F['pin'] + F['plate'])}")
    if "balance_mismatch" in bad:
        F["pending"] += 120
        F["pin"] += 120           # pending still its parts, received ≠ resolved + pending
        doc.mistake("balance_mismatch", F["pending"], fint(F["pending"]),
                    f"{label}: đã giải quyết + đang giải quyết = {fint(F['resolved'] + F['pending'])} ≠ {fint(F['received'])}")


def weekly_doc(doc, rng, v, sp):
    bad = sp.get("bad", ())
    F = flow(rng, rng.randint(9000, 60000), carried=v % 2 == 1)
    perturb(doc, F, bad)
    register_flow(doc, F, "city")
    header(doc, sp["issuer"][0], sp["no"], sp["place"], doc.doc_date, sp["issuer"][1])
    start, end = sp["period"]
    doc.period(start, end)
    doc.add("THÔNG BÁO")
    titles = ["Kết quả giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến",
              "Tình hình thực hiện các chỉ tiêu về cải cách TTHC, chuyển đổi số",
              "Kết quả thực hiện một số chỉ tiêu phục vụ người dân, doanh nghiệp"]
    doc.para(f"{titles[v % 3]} (từ {doc.nf(dmy(start, v % 2 == 0), 'date')} đến {doc.nf(dmy(end, v % 2 == 0), 'date')})", 70)
    doc.blank()
    if v % 3 == 0:
        doc.para(f"Căn cứ dữ liệu trích xuất từ Hệ thống thông tin giải quyết TTHC của tỉnh, trong tuần "
                 f"toàn tỉnh đã tiếp nhận {doc.c(F['received'], 'received_total')} hồ sơ; trong đó trực tuyến "
                 f"{doc.c(F['online'], 'received_online')} hồ sơ, trực tiếp và qua dịch vụ bưu chính công ích "
                 f"{doc.c(F['offline'], 'received_offline')} hồ sơ"
                 + (f", hồ sơ kỳ trước chuyển sang {doc.c(F['carried'], 'received_carried_over')} hồ sơ" if F['carried'] else "")
                 + ".")
    elif v % 3 == 2:
        doc.add("1. Tiếp nhận hồ sơ")
        doc.para(f"Tổng số HS tiếp nhận: {doc.c(F['received'], 'received_total')} = {doc.c(F['online'], 'received_online')} "
                 f"(DVCTT) + {doc.c(F['offline'], 'received_offline')} (trực tiếp, BCCI)"
                 + (f" + {doc.c(F['carried'], 'received_carried_over')} (tồn kỳ trước)" if F["carried"] else "") + ".")
    else:
        doc.add("1. Tiếp nhận hồ sơ")
        doc.add(f"- Tổng số HS tiếp nhận: {doc.c(F['received'], 'received_total')}")
        doc.add(f"  + Trực tuyến: {doc.c(F['online'], 'received_online')}")
        doc.add(f"  + Trực tiếp/bưu chính: {doc.c(F['offline'], 'received_offline')}")
        if F["carried"]:
            doc.add(f"  + Tồn kỳ trước: {doc.c(F['carried'], 'received_carried_over')}")
    if v % 3 == 1:
        doc.add("2. Giải quyết hồ sơ")
        doc.para(f"Đã giải quyết {doc.c(F['resolved'], 'resolved_total')} HS, gồm: trước hạn "
                 f"{doc.c(F['early'], 'resolved_early')}; đúng hạn {doc.c(F['ontime'], 'resolved_on_time')}; "
                 f"quá hạn {doc.c(F['late'], 'resolved_late')} (tỷ lệ "
                 f"{doc.r('resolved_late', F['late'], F['resolved'], 2)}). Đang giải quyết "
                 f"{doc.c(F['pending'], 'pending_total')} HS = trong hạn {doc.c(F['pin'], 'pending_on_time')} + "
                 f"quá hạn {doc.c(F['plate'], 'pending_late')}.")
    else:
        on = doc.r('resolved_on_time', F["intime"], F["resolved"], 2,
                   stated=round(pct_of(F["intime"], F["resolved"], 2) - 0.83, 2) if "ratio_mismatch" in bad else None, mistake="ratio_mismatch" if "ratio_mismatch" in bad else None)
        doc.para(f"Số hồ sơ đã giải quyết là {doc.c(F['resolved'], 'resolved_total')} hồ sơ, trong đó trước hạn và "
                 f"đúng hạn {doc.c(F['intime'], 'resolved_in_time')} hồ sơ, tương ứng {on}; trễ hạn "
                 f"{doc.c(F['late'], 'resolved_late')} hồ sơ. Còn {doc.c(F['pending'], 'pending_total')} hồ sơ "
                 f"đang trong quá trình xử lý (trong đó {doc.c(F['plate'], 'pending_late')} hồ sơ đã quá hạn, "
                 f"{doc.c(F['pin'], 'pending_on_time')} hồ sơ còn hạn).")
        doc.total("sum_mismatch", F["resolved"], [F["intime"], F["late"]], "city resolved2")
    tgt = rng.choice([60, 70, 80])
    doc.para(f"Tỷ lệ nộp hồ sơ trực tuyến (chỉ tiêu giao {doc.nf(f'≥ {tgt}%', 'bound')}) của toàn tỉnh đạt "
             f"{doc.r('online_submission', F['online'], F['new'], 2, xy=False)}"
             + (f", {doc.nf('tăng ' + fdec(rng.uniform(0.5, 4), 2) + '%', 'change')} so với tuần trước." if v % 2 == 0 else
                f"; so với cùng kỳ, số hồ sơ tiếp nhận {doc.nf('giảm ' + fint(rng.randint(40, 400)) + ' hồ sơ', 'change')}."))
    dep = flow(rng, rng.randint(800, 4000), carried=False)
    com = flow(rng, rng.randint(3000, 20000), carried=False)
    doc.add("3. Theo từng khối:" if v % 3 else "Kết quả theo từng khối như sau:")
    doc.para(f"a) Các sở, ban, ngành: nộp trực tuyến {doc.r('online_submission', dep['online'], dep['new'], 2, subject='departments')} "
             f"({doc.c(dep['online'], 'received_online', 'departments')}/{doc.c(dep['new'], 'received_total', 'departments')} hồ sơ); "
             f"giải quyết đúng hạn đạt {doc.r('resolved_on_time', dep['intime'], dep['resolved'], 1, subject='departments', xy=False)}.")
    doc.para(f"b) UBND các xã, phường: {doc.r('online_submission', com['online'], com['new'], 2, subject='communes')} hồ sơ nộp "
             f"trực tuyến ({doc.c(com['online'], 'received_online', 'communes')}/{doc.c(com['new'], 'received_total', 'communes')}); "
             f"thanh toán trực tuyến {doc.rv('online_payment', round(rng.uniform(70, 99), 2), 2, 'communes')}.")
    ws = rng.sample(sp["wards"], 3)
    items = []
    for w in ws:
        doc.unit(w)
        n = rng.randint(100, 900)
        o = rng.randint(int(n * 0.3), int(n * 0.7))
        items.append(f"{w} {doc.r('online_submission', o, n, 2, subject='unit:' + w, xy=False)}")
    doc.para("Các địa phương có tỷ lệ nộp trực tuyến thấp nhất: " + "; ".join(items) + ".")
    nso = sp.get("nso", 12)
    ok = rng.randint(nso - 4, nso - 1)
    fails = rng.sample(sp["sos"], nso - ok)
    stated_ok = ok
    if "unit_count_mismatch" in bad:
        stated_ok = ok + 1
        doc.mistake("unit_count_mismatch", stated_ok, f"{stated_ok}/{nso}",
                    f"{len(fails)} sở được nêu chưa đạt, nên số đạt là {ok}/{nso}")
    doc.unit_lists.append((stated_ok, nso - len(fails)))
    doc.para(f"Số sở, ngành đạt chỉ tiêu nộp trực tuyến: {doc.ucount(stated_ok, nso, 'departments')} đơn vị; "
             f"chưa đạt gồm: {', '.join(fails)}.")
    doc.para(f"Văn phòng đề nghị các cơ quan, đơn vị chưa đạt chỉ tiêu khắc phục ngay; mọi vướng mắc liên hệ "
             f"số điện thoại {doc.nf(sp['phone'], 'reference')} để được hướng dẫn.")
    sign(doc, sp["signpos"], sp["signer"], "KT. CHÁNH VĂN PHÒNG" if v % 2 else None,
         ("Các sở, ban, ngành;", "UBND các xã, phường;", "Lưu: VT, KSTT."))


# ============================================================ quarterly reports
def quarterly_doc(doc, rng, v, sp):
    bad = sp.get("bad", ())
    legacy = sp.get("legacy", False)
    F = flow(rng, rng.randint(40000, 300000), carried=True)
    perturb(doc, F, bad)
    register_flow(doc, F, "city")
    header(doc, sp["issuer"][0], sp["no"], sp["place"], doc.doc_date, sp["issuer"][1])
    start, end = sp["period"]
    doc.period(start, end)
    doc.add("BÁO CÁO")
    doc.para(f"Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, cơ chế một cửa, "
             f"một cửa liên thông {sp['qname']}", 72)
    doc.add(f"{'':<20}Kính gửi: Văn phòng Chính phủ.")
    doc.para(f"Thực hiện Thông tư số {doc.nf('01/2020/TT-VPCP', 'reference')}, {sp['who']} báo cáo kết quả "
             f"thực hiện trong kỳ (số liệu từ {doc.nf(dmy(start), 'date')} đến {doc.nf(dmy(end), 'date')}) như sau:")
    doc.add("I. CÔNG BỐ, CÔNG KHAI TTHC")
    pt = rng.randint(1500, 2100)
    lv = [rng.randint(900, 1300), rng.randint(250, 420)]
    if pt - sum(lv) < 50:  # coordinator (session 9): no negative or tiny commune count (was "-86 TTHC cấp xã")
        pt = sum(lv) + 50 + pt % 300
    lv.append(pt - sum(lv))
    doc.total("sum_mismatch", pt, lv, "procedures")
    if legacy:
        doc.para(f"Tổng số TTHC đang thực hiện trên địa bàn là {doc.c(pt, 'procedures_total')} thủ tục ở 3 cấp, trong "
                 f"đó: cấp tỉnh {doc.c(lv[0], 'procedures_total', 'departments', 'cấp tỉnh')}, cấp huyện "
                 f"{doc.c(lv[1], 'procedures_total', 'districts', 'cấp huyện')}, cấp xã "
                 f"{doc.c(lv[2], 'procedures_total', 'communes', 'cấp xã')} thủ tục.")
    else:
        lv = [lv[0] + lv[1], lv[2]]
        doc.sums[-1] = ("sum_mismatch", pt, lv, "procedures")
        doc.para(f"Số TTHC thuộc thẩm quyền giải quyết: {doc.c(pt, 'procedures_total')}, gồm "
                 f"{doc.c(lv[0], 'procedures_total', 'departments', 'cấp tỉnh')} TTHC cấp tỉnh và "
                 f"{doc.c(lv[1], 'procedures_total', 'communes', 'cấp xã')} TTHC cấp xã.")
    fo = rng.randint(int(pt * 0.3), int(pt * 0.5))
    po = rng.randint(int(pt * 0.3), pt - fo - 50)
    no_ = pt - fo - po
    doc.total("sum_mismatch", pt, [fo, po, no_], "procedures online")
    doc.para(f"Dịch vụ công trực tuyến: toàn trình {doc.c(fo, 'procedures_full_online')} thủ tục; một phần "
             f"{doc.c(po, 'procedures_partial_online')} thủ tục; còn {doc.c(no_, 'procedures_not_online')} TTHC chưa "
             f"cung cấp trực tuyến.")
    doc.add("II. KẾT QUẢ GIẢI QUYẾT TTHC")
    if v in (5, 6):
        quarterly_table(doc, rng, sp, legacy, F)
    elif v % 3 == 1:
        doc.para(f"Trong kỳ, toàn tỉnh có {doc.c(F['received'], 'received_total')} hồ sơ phải giải quyết, gồm "
                 f"{doc.c(F['carried'], 'received_carried_over')} hồ sơ của kỳ trước chuyển sang và hồ sơ tiếp nhận mới "
                 f"({doc.c(F['online'], 'received_online')} hồ sơ qua Cổng Dịch vụ công, {doc.c(F['offline'], 'received_offline')} "
                 f"hồ sơ nộp tại Bộ phận Một cửa). Đến hết kỳ báo cáo đã giải quyết xong {doc.c(F['resolved'], 'resolved_total')} "
                 f"hồ sơ: {doc.c(F['early'], 'resolved_early')} hồ sơ trước hạn, {doc.c(F['ontime'], 'resolved_on_time')} hồ sơ "
                 f"đúng hạn, {doc.c(F['late'], 'resolved_late')} hồ sơ quá hạn ({doc.r('resolved_late', F['late'], F['resolved'], 2)} "
                 f"trên tổng số đã giải quyết); số chuyển kỳ sau là {doc.c(F['pending'], 'pending_total')} hồ sơ, trong đó "
                 f"{doc.c(F['plate'], 'pending_late')} hồ sơ đã quá hạn và {doc.c(F['pin'], 'pending_on_time')} hồ sơ chưa đến hạn.")
        doc.para(f"Tỷ lệ nộp trực tuyến đạt {doc.r('online_submission', F['online'], F['new'], 2, xy=False)}, "
                 f"{doc.nf('cao hơn ' + fdec(rng.uniform(1, 9), 1) + '%', 'change')} so với quý trước.")
    else:
        quarterly_default(doc, rng, F, bad)
    quarterly_tail(doc, rng, F, bad, sp, legacy, v)


def quarterly_table(doc, rng, sp, legacy, F):
    """Section II as a level table; F becomes the sum of the levels (the "Tổng cộng" row = city)."""
    levels = [("Cấp tỉnh", "departments", 0.25), ("Cấp huyện", "districts", 0.35), ("Cấp xã", "communes", 0.4)]
    if not legacy:
        levels = [("Cấp tỉnh", "departments", 0.35), ("Cấp xã", "communes", 0.65)]
    size = F["new"]
    L = [(lab, subj, flow(rng, int(size * sh), carried=True)) for lab, subj, sh in levels]
    keys = ["online", "offline", "carried", "received", "resolved", "early", "ontime", "late", "intime", "pending", "pin", "plate", "new"]
    for k in keys:
        F[k] = sum(x[2][k] for x in L)
    doc.sums = [s for s in doc.sums if not s[3].startswith("city")]
    register_flow(doc, F, "city")
    for lab, subj, G in L:
        register_flow(doc, G, lab)
    for k in ("received", "resolved", "intime", "late", "pending"):
        doc.total("sum_mismatch", F[k], [x[2][k] for x in L], "levels " + k)
    cols = ["Tổng số phải GQ", "Trong đó trực tuyến", "Đã GQ", "Trước/đúng hạn", "Quá hạn", "Tỷ lệ đúng hạn", "Đang GQ"]
    doc.para("Kết quả tiếp nhận, giải quyết hồ sơ theo từng cấp (tổng số phải giải quyết gồm cả hồ sơ kỳ trước chuyển sang):")
    doc.add("Cấp          | " + " | ".join(cols))
    for lab, subj, G in L + [("Tổng cộng", "city", F)]:
        sc = lab.lower() if subj != "city" else None
        cells = []
        def cf(val, ind, path):
            t = doc.c(val, ind, subj, sc)
            doc.facts[-1]["cell"] = {"table": 0, "row": lab, "path": [path]}
            return t
        cells.append(cf(G["received"], "received_total", cols[0]))
        cells.append(cf(G["online"], "received_online", cols[1]))
        cells.append(cf(G["resolved"], "resolved_total", cols[2]))
        cells.append(cf(G["intime"], "resolved_in_time", cols[3]))
        cells.append(cf(G["late"], "resolved_late", cols[4]))
        cells.append(doc.r("resolved_on_time", G["intime"], G["resolved"], 2, subj, sc))
        doc.facts[-1]["cell"] = {"table": 0, "row": lab, "path": [cols[5]]}
        cells.append(cf(G["pending"], "pending_total", cols[6]))
        doc.add(f"{lab:<13}| " + " | ".join(f"{c:>{len(h)}}" for c, h in zip(cells, cols)))
        if subj == "city":
            doc.total("sum_mismatch", G["resolved"], [G["intime"], G["late"]], "table total resolved")
    for lab, subj, G in L:
        doc.total("balance_mismatch", G["received"], [G["resolved"], G["pending"]], lab + " table balance")


def quarterly_default(doc, rng, F, bad):
    if True:
        doc.para(f"1. Số hồ sơ tiếp nhận trong kỳ: {doc.c(F['received'], 'received_total')} hồ sơ (trực tuyến "
                 f"{doc.c(F['online'], 'received_online')}; trực tiếp, bưu chính {doc.c(F['offline'], 'received_offline')}; "
                 f"kỳ trước chuyển qua {doc.c(F['carried'], 'received_carried_over')}).")
        if "complement_mismatch" in bad:
            doc.sums = [s for s in doc.sums if s[3] != "city resolved"]
            doc.para(f"2. Số hồ sơ đã giải quyết: {doc.c(F['resolved'], 'resolved_total')} hồ sơ (chi tiết tại Biểu số "
                     f"{doc.nf('06a/VPCP/KSTT', 'reference')} kèm theo).")
        else:
            doc.para(f"2. Số hồ sơ đã giải quyết: {doc.c(F['resolved'], 'resolved_total')} hồ sơ, trong đó: trước hạn "
                     f"{doc.c(F['early'], 'resolved_early')} hồ sơ; đúng hạn {doc.c(F['ontime'], 'resolved_on_time')} hồ sơ; "
                     f"quá hạn {doc.c(F['late'], 'resolved_late')} hồ sơ, với tỷ lệ {doc.r('resolved_late', F['late'], F['resolved'], 2)}.")
        if "complement_mismatch" in bad:
            onr = pct_of(F["intime"], F["resolved"], 2)
            latr = round(100 - onr + 0.3, 2)
            doc.mistake("complement_mismatch", latr, fdec(latr, 2) + "%", f"{fdec(onr, 2)}% + {fdec(latr, 2)}% ≠ 100%")
            doc.total("complement_mismatch", 100.0, [onr, latr], "on time + late")
            doc.para(f"Tỷ lệ giải quyết trước hạn, đúng hạn là {doc.rv('resolved_on_time', onr, 2)}; tỷ lệ quá hạn là "
                     f"{doc.rv('resolved_late', latr, 2)}.")
        else:
            doc.para(f"Tỷ lệ giải quyết trước hạn, đúng hạn là {doc.r('resolved_on_time', F['intime'], F['resolved'], 2, xy=False)}"
                     f" ({doc.nf('chỉ tiêu 95%', 'bound')}).")
        doc.para(f"3. Số hồ sơ đang giải quyết: {doc.c(F['pending'], 'pending_total')} hồ sơ; trong hạn "
                 f"{doc.c(F['pin'], 'pending_on_time')}, quá hạn {doc.c(F['plate'], 'pending_late')}.")


def quarterly_tail(doc, rng, F, bad, sp, legacy, v):
    if legacy:
        dist = sp["districts"]
        for dn in dist[:2]:
            doc.unit(dn)
        Fd = flow(rng, rng.randint(9000, 40000), carried=False)
        if v in (5, 6):
            doc.para(f"Giữa các huyện, thị xã, thành phố: cao nhất là {dist[0]} với tỷ lệ đúng hạn "
                     f"{doc.rv('resolved_on_time', 99.9, 1, 'unit:' + dist[0])}; thấp nhất là {dist[1]}, đạt "
                     f"{doc.rv('resolved_on_time', round(rng.uniform(93, 97), 1), 1, 'unit:' + dist[1])}.")
        else:
          doc.para(f"Riêng cấp huyện tiếp nhận {doc.c(Fd['new'], 'received_total', 'districts', 'cấp huyện')} hồ sơ, "
                 f"giải quyết đúng hạn {doc.r('resolved_on_time', Fd['intime'], Fd['resolved'], 1, 'districts', 'cấp huyện', xy=False)}; "
                 f"cao nhất {dist[0]} ({doc.rv('resolved_on_time', 99.9, 1, 'unit:' + dist[0])}), thấp nhất "
                 f"{dist[1]} ({doc.rv('resolved_on_time', round(rng.uniform(93, 97), 1), 1, 'unit:' + dist[1])}).")
    if "complement_mismatch" in bad:
        doc.para("Các cơ quan có hồ sơ quá hạn đã thực hiện xin lỗi bằng văn bản đúng quy định.")
    else:
        doc.para(f"Các cơ quan có hồ sơ quá hạn đã thực hiện xin lỗi {doc.c(F['late'], 'resolved_late', text=fint(F['late']) + ' trường hợp')} "
                 f"đúng quy định.")
    fb_new = rng.randint(8, 60)
    fb_car = rng.randint(0, 6)
    fb_res = fb_new + fb_car - rng.randint(0, 4)
    fb_pen = fb_new + fb_car - fb_res
    doc.total("balance_mismatch", fb_new + fb_car, [fb_res, fb_pen], "feedback")
    doc.add("III. PHẢN ÁNH, KIẾN NGHỊ")
    doc.para(f"Tiếp nhận mới {doc.c(fb_new, 'feedback_new')} phản ánh, kiến nghị, tồn kỳ trước {doc.c(fb_car, 'feedback_carried_over', lead0=True)}; "
             f"đã xử lý {doc.c(fb_res, 'feedback_resolved')}, đang xử lý {doc.c(fb_pen, 'feedback_pending', lead0=True)}.")
    doc.add("IV. NHIỆM VỤ QUÝ TỚI")
    doc.para(f"Phấn đấu tỷ lệ hồ sơ trực tuyến {doc.nf('đạt 80%', 'bound')} trở lên; xử lý dứt điểm hồ sơ quá hạn.")
    sign(doc, sp["signpos"], sp["signer"], sp["kt"], ("Văn phòng Chính phủ;", "TT Tỉnh ủy;", "Lưu: VT, KSTT."))


# ============================================================= commune reports
def commune_doc(doc, rng, v, sp):
    bad = sp.get("bad", ())
    F = flow(rng, rng.randint(600, 5000), carried=v % 2 == 0, late_share=0.004)
    perturb(doc, F, bad, "self")
    register_flow(doc, F, "self")
    u = doc.unit(sp["unit"], sp.get("district"))
    header(doc, sp["issuer"][0], sp["no"], sp["place"], doc.doc_date, sp["issuer"][1])
    start, end = sp["period"]
    doc.period(start, end)
    doc.add("BÁO CÁO")
    doc.para(f"Kết quả công tác cải cách thủ tục hành chính {sp['pname']} trên địa bàn {u[0].lower() + u[1:]}", 70)
    S = "self"
    if v % 2 == 0:
        doc.add("1. Kết quả tiếp nhận, giải quyết hồ sơ")
        doc.add(f"a) Tổng số hồ sơ tiếp nhận: {doc.c(F['received'], 'received_total', S)} hồ sơ")
        doc.add(f"   - Nộp trực tuyến: {doc.c(F['online'], 'received_online', S)} hồ sơ")
        doc.add(f"   - Nộp trực tiếp: {doc.c(F['offline'], 'received_offline', S)} hồ sơ")
        if F["carried"]:
            doc.add(f"   - Số hồ sơ tồn chuyển sang: {doc.c(F['carried'], 'received_carried_over', S)} hồ sơ")
        doc.add(f"b) Đã giải quyết: {doc.c(F['resolved'], 'resolved_total', S)} hồ sơ")
        doc.add(f"   - Trước hạn: {doc.c(F['early'], 'resolved_early', S)}; đúng hạn: {doc.c(F['ontime'], 'resolved_on_time', S)}; "
                f"quá hạn: {doc.c(F['late'], 'resolved_late', S, lead0=True)}")
        doc.add(f"c) Đang giải quyết: {doc.c(F['pending'], 'pending_total', S)} hồ sơ (chưa đến hạn "
                f"{doc.c(F['pin'], 'pending_on_time', S)}, quá hạn {doc.c(F['plate'], 'pending_late', S, lead0=True)})")
    else:
        doc.add("1. Tình hình tiếp nhận và trả kết quả")
        doc.para(f"Trong kỳ, {sp['office']} đã tiếp nhận {doc.c(F['received'], 'received_total', S)} hồ sơ TTHC, "
                 f"trong đó {doc.c(F['online'], 'received_online', S)} hồ sơ trực tuyến, chiếm "
                 f"{doc.r('received_online_share', F['online'], F['received'], 2, S)}, và {doc.c(F['offline'], 'received_offline', S)} "
                 f"hồ sơ trực tiếp, chiếm {doc.r('received_offline_share', F['offline'], F['received'], 2, S)}. Đã trả kết quả "
                 f"{doc.c(F['resolved'], 'resolved_total', S)} hồ sơ, gồm {doc.c(F['early'], 'resolved_early', S)} trước hạn, "
                 f"{doc.c(F['ontime'], 'resolved_on_time', S)} đúng hạn và {doc.c(F['late'], 'resolved_late', S, lead0=True)} quá hạn; "
                 f"{doc.c(F['pending'], 'pending_total', S)} hồ sơ đang giải quyết đều trong hạn.")
        F["plate"] = 0
        F["pin"] = F["pending"]
        doc.sums = [s for s in doc.sums if s[3] != "self pending"]
    if v in (4, 5):
        commune_fields(doc, rng, F)
    doc.add("2. Một số chỉ tiêu")
    dig_n = F["resolved"] - rng.randint(0, 20)
    pay_den = rng.randint(200, 900)
    pay_n = pay_den - rng.randint(0, 40)
    items = [
        f"- Tỷ lệ nộp hồ sơ trực tuyến: {doc.r('online_submission', F['online'], F['new'], 2, S, xy=False)}",
        f"- Tỷ lệ hồ sơ giải quyết đúng hạn = {doc.r('resolved_on_time', F['intime'], F['resolved'], 2, S, xy=False)}",
        f"- Số hóa hồ sơ, kết quả giải quyết: {doc.c(dig_n, 'other', S, text=fint(dig_n) + '/' + fint(F['resolved']))} hồ sơ, "
        f"đạt tỷ lệ {doc.r('digitization', dig_n, F['resolved'], 2, S)}",
        f"- Thanh toán trực tuyến: {fint(pay_n)}/{fint(pay_den)} giao dịch (tức {doc.r('online_payment', pay_n, pay_den, 1, S)})",
    ]
    doc.facts = [f for f in doc.facts if f["indicator"] != "other"]
    for it in items:
        doc.para(it, 78)
    if "repeated_value_mismatch" in bad:
        true_r = pct_of(F["online"], F["new"], 2)
        wrong = round(true_r - 1.1, 2)
        doc.mistake("repeated_value_mismatch", wrong, fdec(wrong, 2) + "%", f"mục 2 nêu {fdec(true_r, 2)}%")
        doc.total("repeated_value_mismatch", true_r, [wrong], "online rate twice")
        doc.para(f"Nhìn chung, tỷ lệ nộp hồ sơ trực tuyến của {sp['self_word']} đạt {doc.rv('online_submission', wrong, 2, S)}, vượt "
                 f"chỉ tiêu được giao.")
    doc.add("3. Phản ánh, kiến nghị; xin lỗi")
    fb = rng.randint(0, 5)
    doc.para(f"Tiếp nhận {doc.c(fb, 'feedback_total', S, lead0=True)} phản ánh, kiến nghị qua đường dây nóng "
             f"{doc.nf(sp['phone'], 'reference')}; đã xử lý {doc.c(fb, 'feedback_resolved', S, lead0=True)}, "
             f"đạt {doc.r('feedback_handled', fb, fb, 0, S) if fb else doc.rv('feedback_handled', 100, 0, S)}. Đối với "
             f"{doc.c(F['late'], 'resolved_late', S, text=fint(F['late'], True) + ' (' + words(F['late']) + ')')} hồ sơ trễ hạn, "
             f"{sp['office_short']} đã gửi thư xin lỗi tổ chức, cá nhân.")
    doc.para(f"Kỳ tới {doc.nf('phấn đấu 100%', 'bound')} hồ sơ được số hóa; {doc.nf('trên 90%', 'bound')} hồ sơ nộp trực tuyến.")
    sign(doc, sp["signpos"], sp["signer"], sp.get("kt"), ("UBND tỉnh (b/c);", "Đảng ủy xã;", "Lưu: VT."))


def split(rng, total, k, caps=None):
    w = [rng.uniform(0.5, 2.0) for _ in range(k)]
    parts = [int(total * x / sum(w)) for x in w]
    parts[-1] = total - sum(parts[:-1])
    if caps:
        for i in range(k):
            if parts[i] > caps[i]:
                extra = parts[i] - caps[i]
                parts[i] = caps[i]
                j = max(range(k), key=lambda t: caps[t] - parts[t])
                parts[j] += extra
    return parts


def commune_fields(doc, rng, F):
    names = ["Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Lĩnh vực khác"]
    rec = split(rng, F["received"], 5)
    pen = split(rng, F["pending"], 5, rec)
    res = [a - b for a, b in zip(rec, pen)]
    late = split(rng, F["late"], 5, res)
    cols = ["Tiếp nhận", "Đã giải quyết", "Trước, đúng hạn", "Trễ hạn"]
    doc.add("Chi tiết theo lĩnh vực:")
    doc.add(f"{'Lĩnh vực':<16}" + "".join(f"{h:>15}" for h in cols))
    for i, nm in enumerate(names + ["Cộng"]):
        if nm == "Cộng":
            vals, sc = (F["received"], F["resolved"], F["intime"], F["late"]), None
        else:
            vals, sc = (rec[i], res[i], res[i] - late[i], late[i]), nm
        cells = []
        for val, ind, h in zip(vals, ("received_total", "resolved_total", "resolved_in_time", "resolved_late"), cols):
            cells.append(doc.c(val, ind, "self", sc))
            doc.facts[-1]["cell"] = {"table": 0, "row": nm, "path": [h]}
        doc.add(f"{nm:<16}" + "".join(f"{c:>15}" for c in cells))
    for k, parts in (("received", rec), ("resolved", res), ("late", late)):
        doc.total("sum_mismatch", F[k], parts, "fields " + k)


# ================================================================ news articles
def news_doc(doc, rng, v, sp):
    bad = sp.get("bad", ())
    F = flow(rng, rng.randint(20000, 200000), carried=False)
    perturb(doc, F, bad)
    register_flow(doc, F, "city")
    S = "city"
    onr = pct_of(F["intime"], F["resolved"], 2)
    head = onr
    if "repeated_value_mismatch" in bad:
        head = round(onr + 0.4, 2)
        doc.mistake("repeated_value_mismatch", head, fdec(head, 2) + "%", f"thân bài nêu {fdec(onr, 2)}%")
    doc.total("repeated_value_mismatch", onr, [head], "headline vs body")
    doc.add(sp["site"])
    doc.add(f"{sp['section']} | {doc.nf(sp['stamp'], 'date')}")
    doc.blank()
    if v % 2 == 0:
        doc.add(f"{sp['pshort']}: {doc.rv('resolved_on_time', head, 2, S)} hồ sơ thủ tục hành chính được giải quyết đúng hạn")
    else:
        doc.add(f"Hơn {doc.nf(fint(F['resolved'] // 1000 * 1000), 'approx')} hồ sơ được giải quyết, tỷ lệ đúng hạn "
                f"{doc.rv('resolved_on_time', head, 2, S)}")
    doc.blank()
    if v % 3 == 2:
        doc.para(f"({sp['agency']}) - Tính chung {sp['period_words'][0].lower() + sp['period_words'][1:]}, tỉnh {sp['pshort']} tiếp nhận "
                 f"tổng cộng {doc.c(F['received'], 'received_total', S)} hồ sơ; số nộp qua môi trường mạng là "
                 f"{doc.c(F['online'], 'received_online', S)} (chiếm {doc.r('received_online_share', F['online'], F['received'], 2, S)}), "
                 f"số nộp trực tiếp tại Bộ phận Một cửa các cấp là {doc.c(F['offline'], 'received_offline', S)}.", 90)
        doc.total("sum_mismatch", F["received"], [F["online"], F["offline"]], "news received")
    else:
        doc.para(f"({sp['agency']}) - {sp['period_words']}, các cơ quan, đơn vị trên địa bàn tỉnh {sp['pshort']} đã tiếp nhận "
                 f"{doc.c(F['received'], 'received_total', S)} hồ sơ TTHC, trong đó có {doc.c(F['online'], 'received_online', S)} hồ sơ "
                 f"nộp trực tuyến, tương ứng {doc.r('received_online_share', F['online'], F['received'], 1, S)}.", 90)
    doc.blank()
    doc.para(f"Theo {sp['source_doc']}, số hồ sơ đã có kết quả là {doc.c(F['resolved'], 'resolved_total', S)}; số giải quyết "
             f"trước và đúng hạn là {doc.c(F['intime'], 'resolved_in_time', S)} hồ sơ, đạt {doc.r('resolved_on_time', F['intime'], F['resolved'], 2, S)}, "
             f"còn lại {doc.c(F['late'], 'resolved_late', S)} hồ sơ trễ hẹn. So với cùng kỳ năm trước, tỷ lệ này "
             f"{doc.nf('tăng ' + fdec(rng.uniform(0.2, 2.5), 1) + ' điểm phần trăm', 'change')}.", 90)
    doc.total("sum_mismatch", F["resolved"], [F["intime"], F["late"]], "news resolved")
    doc.sums = [s for s in doc.sums if s[3] not in ("city resolved", "city pending")]
    doc.blank()
    doc.para(f"Đáng chú ý, {doc.c(F['pending'], 'pending_total', S)} hồ sơ đang giải quyết, trong đó "
             f"{doc.nf('khoảng ' + fint(F['pending'] // 100 * 100 // 2), 'approx')} hồ sơ chờ bổ sung.", 90)
    doc.blank()
    if sp.get("i766"):
        comp = sp["i766"]
        tot = round(sum(c[1] for c in comp), 2)
        stated = tot
        if "score_sum_mismatch" in bad:
            stated = round(tot + 1.5, 2)
            doc.mistake("score_sum_mismatch", stated, fdec(stated, 2), f"các thành phần cộng lại {fdec(tot, 2)}")
        doc.total("score_sum_mismatch", stated, [c[1] for c in comp], "766")
        parts = ", ".join(f"{c[0]} {doc.score(c[2], c[1], 2, maximum=c[3])}/{doc.nf(str(c[3]), 'maximum')}" for c in comp)
        pos = rng.randint(3, 20)
        doc.para(f"Về Bộ chỉ số phục vụ người dân, doanh nghiệp (theo Quyết định {doc.nf('766/QĐ-TTg', 'reference')}), "
                 f"tỉnh đạt {doc.score('index_766_total', stated, 2)} điểm, xếp thứ {doc.rank(pos, sp['field'], text=str(pos) + '/' + str(sp['field']))} tỉnh, "
                 f"thành phố; cụ thể: {parts}. Thứ hạng {doc.nf('tăng ' + fint(rng.randint(1, 6), True) + ' bậc', 'change')} so với tháng trước.", 90)
        doc.blank()
    if sp.get("communes"):
        cs = sp["communes"]
        for c in cs:
            doc.unit(c)
        vals = [round(rng.uniform(85, 99.5), 1) for _ in cs]
        doc.para(f"Ở cấp {'huyện' if sp['field'] == 63 else 'xã'}, dẫn đầu là " + "; ".join(f"{c} với {doc.rv('online_submission', x, 1, 'unit:' + c)}" for c, x in zip(cs, vals))
                 + (f"; riêng {doc.unit(sp['bogus'], known=False)} chưa phát sinh hồ sơ trực tuyến" if sp.get('bogus') else "")
                 + f". {sp['quote']}", 90)
        if sp.get("bogus"):
            doc.mistake("unknown_unit", sp["bogus"], sp["bogus"], "không có trong danh mục đơn vị hành chính của tỉnh")
        doc.blank()
    doc.add(sp["byline"])


# ================================================================ portal pages
def portal_doc(doc, rng, v, sp):
    bad = sp.get("bad", ())
    doc.add(f"{sp['portal']}  |  Trang chủ > Thống kê > {sp['crumb']}")
    doc.add(f"Cập nhật: {doc.nf(sp['stamp'], 'date')}    Lượt truy cập: {doc.nf(fint(rng.randint(200000, 9000000)), 'count_of_things')}")
    doc.blank()
    doc.add(sp["caption"])
    doc.add(f"Kỳ thống kê: {doc.nf(dmy(sp['period'][0], True), 'date')} - {doc.nf(dmy(sp['period'][1], True), 'date')}")
    doc.period(*sp["period"])
    doc.blank()
    rows = sp["rows"]
    for r in rows:
        if not r.startswith("Sở"):
            doc.unit(r, sp.get("district"))
    cols = sp["cols"]  # column labels
    w = max(len(r) for r in rows + ["Tổng cộng"]) + 2
    doc.add("STT | " + f"{'Đơn vị':<{w}}| " + " | ".join(cols))
    tot = {k: 0 for k in ("new", "online", "resolved", "intime", "late")}
    data = []
    for r in rows:
        F = flow(rng, rng.randint(150, 6000), carried=False, late_share=0.02)
        data.append(F)
        for k in tot:
            tot[k] += F[k]
    total_subject = sp["total_subject"]
    def row(i, label, F, subject, stated_new=None):
        cell = lambda path: {"table": 0, "row": label, "path": path}
        cs = []
        newv = F["new"] if stated_new is None else stated_new
        cs.append(doc.c(newv, "received_total", subject, text=fint(newv)))
        doc.facts[-1]["cell"] = cell([cols[0]])
        cs.append(doc.c(F["online"], "received_online", subject))
        doc.facts[-1]["cell"] = cell([cols[1]])
        cs.append(doc.r("online_submission", F["online"], F["new"] if stated_new is None else stated_new, 2, subject, sign=False))
        doc.facts[-1]["cell"] = cell([cols[2]])
        cs.append(doc.c(F["resolved"], "resolved_total", subject))
        doc.facts[-1]["cell"] = cell([cols[3]])
        cs.append(doc.c(F["intime"], "resolved_in_time", subject))
        doc.facts[-1]["cell"] = cell([cols[4]])
        cs.append(doc.c(F["late"], "resolved_late", subject))
        doc.facts[-1]["cell"] = cell([cols[5]])
        st = None
        mk = None
        if "ratio_mismatch" in bad and i == sp.get("bad_row", 1):
            st = round(pct_of(F["intime"], F["resolved"], 2) - 0.62, 2)
            mk = "ratio_mismatch"
        cs.append(doc.r("resolved_on_time", F["intime"], F["resolved"], 2, subject, sign=False, stated=st, mistake=mk))
        doc.facts[-1]["cell"] = cell([cols[6]])
        doc.total("sum_mismatch", F["resolved"], [F["intime"], F["late"]], f"row {label}")
        return f"{str(i) if i else '':<4}| {label:<{w}}| " + " | ".join(f"{c:>{len(h)}}" for c, h in zip(cs, cols))
    lines = [row(i + 1, r, F, ("unit:" + r)) for i, (r, F) in enumerate(zip(rows, data))]
    stated_new = None
    if "sum_mismatch" in bad:
        stated_new = tot["new"] + 100
        doc.mistake("sum_mismatch", stated_new, fint(stated_new), f"cộng các dòng là {fint(tot['new'])}")
    for k in ("online", "resolved", "intime", "late"):
        doc.total("sum_mismatch", tot[k], [F[k] for F in data], f"total {k}")
    doc.total("sum_mismatch", tot["new"] if stated_new is None else stated_new, [F["new"] for F in data], "total new")
    if stated_new is not None and "ratio_mismatch" not in bad:
        pass
    for ln in lines:
        doc.add(ln)
    T = dict(tot)
    doc.add(row(0, "Tổng cộng", T, total_subject, stated_new))
    if stated_new is not None:
        # the total row's online rate is computed over the stated (wrong) total, so it stays consistent with it
        pass
    doc.blank()
    doc.add("Ghi chú: Tỷ lệ đúng hạn (%) = (trước hạn + đúng hạn)/đã giải quyết; tỷ lệ trực tuyến (%) = trực tuyến/tiếp nhận.")
    if sp.get("i766rows"):
        doc.blank()
        doc.add(sp["i766cap"])
        hdr = ["Công khai (18)", "Tiến độ (20)", "DVCTT (12)", "TTTT (10)", "Mức độ hài lòng (18)", "Số hóa (22)", "Tổng (100)", "Xếp hạng"]
        doc.add(f"{'Đơn vị':<{w}}| " + " | ".join(hdr))
        ids = ["index_766_publicity", "index_766_progress", "index_766_online_service", "index_766_online_payment",
               "index_766_satisfaction", "index_766_digitization"]
        maxes = [18, 20, 12, 10, 18, 22]
        n = len(sp["i766rows"])
        scored = []
        for j, r in enumerate(sp["i766rows"]):
            comps = [round(m * rng.uniform(0.72, 0.99), 2) for m in maxes]
            tt = round(sum(comps), 2)
            scored.append((r, comps, tt, round(tt - 2.0, 2) if ("score_sum_mismatch" in bad and j == 0) else tt))
        order = sorted(scored, key=lambda t: -t[3])
        for r, comps, total, _st in scored:
            if not r.startswith("Sở"):
                doc.unit(r, sp.get("district"))
            subj = "unit:" + r
            cells = []
            for cid, val, mx, h in zip(ids, comps, maxes, hdr):
                cells.append(doc.score(cid, val, 2, subj, maximum=mx))
                doc.facts[-1]["cell"] = {"table": 1, "row": r, "path": [h]}
            st = total
            if "score_sum_mismatch" in bad and r == sp["i766rows"][0]:
                st = round(total - 2.0, 2)
                doc.mistake("score_sum_mismatch", st, fdec(st, 2), f"cộng các cột là {fdec(total, 2)}")
            doc.total("score_sum_mismatch", st, comps, "766 " + r)
            cells.append(doc.score("index_766_total", st, 2, subj, maximum=100))
            doc.facts[-1]["cell"] = {"table": 1, "row": r, "path": [hdr[6]]}
            pos = [o[0] for o in order].index(r) + 1
            cells.append(doc.rank(pos, n, subj))
            doc.facts[-1]["cell"] = {"table": 1, "row": r, "path": [hdr[7]]}
            doc.add(f"{r:<{w}}| " + " | ".join(f"{c:>{len(h)}}" for c, h in zip(cells, hdr)))
    doc.blank()
    doc.add(f"Hỗ trợ kỹ thuật: {doc.nf(sp['phone'], 'reference')} | Bản quyền thuộc {sp['owner']}")


# ============================================================= ministry reports
def ministry_doc(doc, rng, v, sp):
    bad = sp.get("bad", ())
    header(doc, sp["issuer"][0], sp["no"], "Hà Nội", doc.doc_date, sp["issuer"][1])
    start, end = sp["period"]
    doc.period(start, end)
    doc.add(sp["kind"])
    doc.para(sp["title"], 72)
    doc.blank()
    N = "national"
    F = flow(rng, rng.randint(3_000_000, 9_000_000), carried=False)
    doc.para(f"{sp['lead']} từ {doc.nf(dmy(start), 'date')} đến {doc.nf(dmy(end), 'date')}, cả nước tiếp nhận "
             f"{doc.c(F['new'], 'received_total', N)} hồ sơ ({doc.nf('khoảng ' + fdec(round(F['new'] / 1e6, 1), 1) + ' triệu', 'approx')}), trong đó hồ sơ trực tuyến là {doc.c(F['online'], 'received_online', N)}, "
             f"bằng {doc.r('received_online_share', F['online'], F['new'], 2, N)} tổng số; hồ sơ trực tiếp, qua bưu chính "
             f"{doc.c(F['offline'], 'received_offline', N)}, chiếm {doc.r('received_offline_share', F['offline'], F['new'], 2, N)}.")
    doc.total("sum_mismatch", F["new"], [F["online"], F["offline"]], "national received")
    fo_b = round(rng.uniform(40, 60), 2)
    fo_t = round(rng.uniform(12, 30), 2)
    fo = round(rng.uniform(fo_t, fo_b), 2)
    doc.para(f"Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết đạt {doc.rv('full_online', fo, 2, N)}, trong đó "
             f"khối bộ, ngành {doc.rv('full_online', fo_b, 2, N, 'khối bộ')} và khối địa phương "
             f"{doc.rv('full_online', fo_t, 2, N, 'khối tỉnh')} ({doc.nf('mục tiêu 70%', 'bound')}).")
    mins = sp["ministries"]
    vals = sorted([round(rng.uniform(55, 99), 1) for _ in mins], reverse=True)
    if v % 2:
        doc.para(f"Về thanh toán trực tuyến, dẫn đầu là {mins[0]} ({doc.rv('online_payment', vals[0], 1, 'unit:' + mins[0])}), "
                 f"tiếp theo là {mins[1]} với {doc.rv('online_payment', vals[1], 1, 'unit:' + mins[1])}; {mins[2]} đạt "
                 f"{doc.rv('online_payment', vals[2], 1, 'unit:' + mins[2])} và {mins[3]} là "
                 f"{doc.rv('online_payment', vals[3], 1, 'unit:' + mins[3])}.")
    else:
        doc.add("Các bộ, cơ quan có tỷ lệ thanh toán trực tuyến cao:")
        for i, (m, x) in enumerate(zip(mins, vals)):
            doc.add(f"  {chr(97 + i)}) {m}: {doc.rv('online_payment', x, 1, 'unit:' + m)}")
    nm = sp["field"]
    ok = rng.randint(nm - 6, nm - 2)
    fails = rng.sample(sp["allmins"], nm - ok)
    stated = ok
    if "unit_count_mismatch" in bad:
        stated = ok - 1
        doc.mistake("unit_count_mismatch", stated, f"{stated}/{nm}", f"{len(fails)} bộ chưa đạt được nêu, nên {ok}/{nm}")
    doc.unit_lists.append((stated, nm - len(fails)))
    doc.para(f"Có {doc.ucount(stated, nm, N)} bộ, cơ quan ngang bộ đạt chỉ tiêu số hóa hồ sơ; các cơ quan chưa đạt là "
             f"{', '.join(fails)}.")
    # 766 of one ministry
    comp = [(n_, round(m * rng.uniform(0.7, 0.98), 2), cid, m) for n_, cid, m in [
        ("công khai, minh bạch", "index_766_publicity", 18), ("tiến độ giải quyết", "index_766_progress", 20),
        ("dịch vụ công trực tuyến", "index_766_online_service", 12), ("thanh toán trực tuyến", "index_766_online_payment", 10),
        ("mức độ hài lòng", "index_766_satisfaction", 18), ("số hóa hồ sơ", "index_766_digitization", 22)]]
    tot = round(sum(c[1] for c in comp), 2)
    st = tot
    if "score_sum_mismatch" in bad:
        st = round(tot + 0.9, 2)
        doc.mistake("score_sum_mismatch", st, fdec(st, 2), f"các nhóm chỉ số cộng lại {fdec(tot, 2)}")
    doc.total("score_sum_mismatch", st, [c[1] for c in comp], "766 ministry")
    me = sp["self"]
    subj = "unit:" + me
    pos = rng.randint(1, 8)
    if v % 3 == 2:
        doc.para(f"Theo Bộ chỉ số 766, {me} đạt tổng điểm {doc.score('index_766_total', st, 2, subj)}/100, đứng "
                 f"{doc.rank(pos, sp['field'], subj, text='thứ ' + ORD[pos])} trong {sp['field']} bộ, ngành. Chi tiết: "
                 + "; ".join(f"nhóm {c[0]} {doc.score(c[2], c[1], 2, subj, maximum=c[3])}/{doc.nf(str(c[3]) + ' điểm', 'maximum')}"
                             for c in comp) + ".")
    else:
        doc.para(f"Theo Bộ chỉ số 766, {me} đạt tổng điểm {doc.score('index_766_total', st, 2, subj)}/100, đứng "
                 f"{doc.rank(pos, sp['field'], subj, text='thứ ' + ORD[pos])} trong {sp['field']} bộ, ngành; điểm từng nhóm:")
        for c in comp:
            doc.add(f"  + {c[0].capitalize()}: {doc.score(c[2], c[1], 2, subj, maximum=c[3])} điểm "
                    f"({doc.nf('tối đa ' + str(c[3]), 'maximum')})")
    fbn = rng.randint(200, 2000)
    fbr = fbn - rng.randint(5, 80)
    if "ratio_mismatch" in bad:
        sv = round(pct_of(fbr, fbn, 2) + 1.37, 2)
        fbt = doc.r("feedback_handled", fbr, fbn, 2, N, stated=sv, mistake="ratio_mismatch")
    else:
        fbt = doc.r("feedback_handled", fbr, fbn, 2, N)
    doc.para(f"Về phản ánh, kiến nghị: đã xử lý {doc.c(fbr, 'feedback_resolved', N)}/{doc.c(fbn, 'feedback_total', N)} "
             f"phản ánh, kiến nghị, đạt tỷ lệ {fbt}; số phản ánh {doc.nf('giảm ' + fint(rng.randint(10, 90)) + ' vụ', 'change')} "
             f"so với kỳ trước.")
    doc.para(f"Đầu mối liên hệ: {doc.nf(sp['phone'], 'reference')}.")
    sign(doc, sp["signpos"], sp["signer"], sp.get("kt"), ("Thủ tướng Chính phủ (để b/c);", "Các bộ, cơ quan ngang bộ;", "Lưu: VT."))


# ===================================================================== specs
def P(name):
    return name if name.startswith("Thành phố") else "Tỉnh " + name


NEWMIN = ["Bộ Tài chính", "Bộ Công an", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Xây dựng", "Bộ Công Thương", "Bộ Y tế",
          "Bộ Khoa học và Công nghệ", "Bộ Nông nghiệp và Môi trường", "Bộ Giáo dục và Đào tạo", "Bộ Ngoại giao",
          "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Dân tộc và Tôn giáo", "Bộ Quốc phòng"]
OLDMIN = ["Bộ Tài chính", "Bộ Công an", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Xây dựng", "Bộ Công Thương", "Bộ Y tế",
          "Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải", "Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông",
          "Bộ Lao động - Thương binh và Xã hội", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Khoa học và Công nghệ"]


def wards_of(prov_key):
    from lib import _load
    return sorted(_load()[0]["wards"][prov_key])


def wards_old(prov, district):
    from lib import _load
    return sorted(_load()[1]["wards"][(prov, district)])


def districts_old(prov):
    from lib import _load
    return sorted(_load()[1]["districts"][prov])


def specs():
    S = []
    # ---------------- weekly notices (after 1/7/2025)
    W = [("Tuyên Quang", "2025-10-13", "2025-10-03", "2025-10-09", ["ratio_mismatch"]),
         ("Lào Cai", "2025-11-24", "2025-11-14", "2025-11-20", []),
         ("Hà Tĩnh", "2026-01-12", "2026-01-02", "2026-01-08", ["unit_count_mismatch"]),
         ("Tây Ninh", "2025-09-08", "2025-08-29", "2025-09-04", []),
         ("Cà Mau", "2026-03-16", "2026-03-06", "2026-03-12", ["sum_mismatch"]),
         ("Lai Châu", "2025-12-08", "2025-11-28", "2025-12-04", []),
         ("Đồng Tháp", "2026-02-09", "2026-01-30", "2026-02-05", [])]
    issuers = [("UBND TỈNH {P}", "VĂN PHÒNG"), ("UBND TỈNH {P}", "TRUNG TÂM PHỤC VỤ HCC"), ("VĂN PHÒNG UBND TỈNH {P}", None)]
    for i, (p, dd, a, b, bad) in enumerate(W):
        iss = issuers[i % 3]
        S.append(dict(reg="weekly_notice", fn=weekly_doc, prov=P(p), date=dd, place=p, period=(d(a), d(b)), bad=bad,
                      issuer=(iss[0].format(P=p.upper()), iss[1]), no=f"{37 + i * 11}/TB-VP",
                      wards=wards_of(p), sos=SO_NEW, nso=12 + (i % 3), phone=f"0{209 + i * 3}.38{i}2.{461 + i * 7}",
                      signpos="PHÓ CHÁNH VĂN PHÒNG" if i % 2 else "CHÁNH VĂN PHÒNG",
                      signer=["Hoàng Văn Tỉnh", "Lù Thị Mai", "Trần Đức Hạnh", "Võ Minh Sang", "Lâm Quốc Khải", "Giàng A Dơ", "Nguyễn Thanh Phong"][i],
                      bad_rate=None))
    # ---------------- quarterly reports
    Q = [("Tỉnh Hà Giang", True, "2024-03-20", "2023-12-15", "2024-03-14", "quý I năm 2024", ["complement_mismatch"]),
         ("Tỉnh Sơn La", False, "2025-09-18", "2025-07-01", "2025-09-14", "quý III năm 2025", []),
         ("Tỉnh Ninh Thuận", True, "2024-06-19", "2024-03-15", "2024-06-14", "quý II năm 2024", ["balance_mismatch", "complement_mismatch"]),
         ("Tỉnh Điện Biên", False, "2025-12-17", "2025-09-15", "2025-12-14", "quý IV năm 2025", []),
         ("Tỉnh Hậu Giang", True, "2025-03-12", "2024-12-15", "2025-03-14", "quý I năm 2025", ["date_inconsistency"]),
         ("Tỉnh Khánh Hòa", False, "2026-03-19", "2025-12-15", "2026-03-14", "quý I năm 2026", []),
         ("Tỉnh Quảng Bình", True, "2024-12-18", "2024-09-15", "2024-12-14", "quý IV năm 2024", [])]
    for i, (p, leg, dd, a, b, qn, bad) in enumerate(Q):
        short = p.removeprefix("Tỉnh ")
        sp = dict(reg="quarterly_report", fn=quarterly_doc, prov=p, date=dd, place=short, period=(d(a), d(b)), bad=bad,
                  legacy=leg, issuer=(f"ỦY BAN NHÂN DÂN", f"TỈNH {short.upper()}"), no=f"{112 + i * 37}/BC-UBND",
                  qname=qn, who=f"Ủy ban nhân dân tỉnh {short}", signpos="PHÓ CHỦ TỊCH" if i % 2 else "CHỦ TỊCH", kt="KT. CHỦ TỊCH" if i % 2 else "TM. ỦY BAN NHÂN DÂN",
                  signer=["Nguyễn Văn Sơn", "Lò Minh Hùng", "Chamaléa Thị Hoa", "Vừ A Bằng", "Trương Cảnh Tuyên", "Đinh Văn Thiệu", "Phan Mạnh Hùng"][i])
        if leg:
            rr = random.Random(p)
            sp["districts"] = rr.sample(districts_old(p), 2)
        if "date_inconsistency" in bad:
            sp["date_bad"] = True
        S.append(sp)
    # ---------------- commune reports
    C = [("Cao Bằng", None, "Xã Nguyên Bình", "2025-10-20", "2025-09-15", "2025-10-14", "tháng 10 năm 2025", ["repeated_value_mismatch"]),
         ("Lạng Sơn", None, "Xã Tân Đoàn", "2025-12-16", "2025-09-15", "2025-12-14", "quý IV năm 2025", []),
         ("An Giang", None, "Phường Long Xuyên", "2026-01-16", "2025-12-15", "2026-01-14", "tháng 01 năm 2026", ["balance_mismatch"]),
         ("Vĩnh Long", None, "Xã Lương Hòa", "2026-01-05", "2025-07-01", "2025-12-31", "6 tháng cuối năm 2025", []),
         ("Gia Lai", None, "Xã Ia Pa", "2026-03-17", "2026-02-15", "2026-03-14", "tháng 3 năm 2026", []),
         ("Tỉnh Yên Bái", "Thị xã Nghĩa Lộ", "Xã Nghĩa An", "2024-12-18", "2024-09-15", "2024-12-14", "quý IV năm 2024", []),
         ("Tỉnh Bến Tre", "Huyện Châu Thành", "Xã Phú Đức", "2025-04-03", "2025-01-01", "2025-03-31", "quý I năm 2025", [])]
    for i, (p, dist, u, dd, a, b, pn, bad) in enumerate(C):
        leg = dist is not None
        word = "phường" if u.startswith("Phường") else "xã"
        short = u.split(" ", 1)[1]
        office = (f"Bộ phận Một cửa {word}" if leg else f"Trung tâm Phục vụ hành chính công {word}")
        S.append(dict(reg="commune_report", fn=commune_doc, prov=P(p) if not leg else p, date=dd, place=short,
                      period=(d(a), d(b)), bad=bad, unit=u, district=dist, pname=pn,
                      issuer=((f"UBND {dist.upper()}", f"UBND {word.upper()} {short.upper()}") if leg else
                              (f"UBND {word.upper()} {short.upper()}", "TRUNG TÂM PHỤC VỤ HCC")),
                      no=f"{5 + i * 4}/BC-{'UBND' if leg else 'TTPVHCC'}", office=office,
                      office_short="Bộ phận Một cửa" if leg else "Trung tâm", self_word=word,
                      phone=f"0{263 + i}.{3512 + i * 101}.{118 + i * 13}", signpos="GIÁM ĐỐC" if not leg else "CHỦ TỊCH",
                      kt="KT. CHỦ TỊCH" if leg and i % 2 else None,
                      signer=["Nông Văn Cường", "Hoàng Thị Duyên", "Trần Minh Luân", "Phạm Thị Bé Ba", "Rơ Chăm H'Nhi", "Hà Văn Khiêm", "Lê Thanh Tòng"][i]))
    # ---------------- news
    N = [("Thái Nguyên", False, "06/10/2025 08:15", "Từ ngày 1/7 đến hết ngày 30/9/2025", 0, ["repeated_value_mismatch"]),
         ("Quảng Trị", False, "08/01/2026 16:40", "Trong quý IV/2025", 1, []),
         ("Đắk Lắk", False, "10/11/2025 07:05", "Tháng 10/2025", 1, ["score_sum_mismatch"]),
         ("Thanh Hóa", False, "12/02/2026 10:30", "Trong tháng 1/2026", 2, []),
         ("Nghệ An", False, "20/12/2025 14:02", "Từ đầu tháng 11 đến giữa tháng 12/2025", 2, ["unknown_unit"]),
         ("Tỉnh Sóc Trăng", True, "10/07/2024 09:20", "Sáu tháng đầu năm 2024", 2, []),
         ("Tỉnh Quảng Bình", True, "15/04/2025 11:45", "Quý I/2025", 1, [])]
    for i, (p, leg, stamp, pw, kind, bad) in enumerate(N):
        prov = p if leg else P(p)
        short = prov.removeprefix("Tỉnh ")
        rr = random.Random(short)
        sp = dict(reg="news_article", fn=news_doc, prov=prov, date=f"{stamp[6:10]}-{stamp[3:5]}-{stamp[0:2]}", bad=bad,
                  site=["BÁO ĐIỆN TỬ " + short.upper(), "Cổng thông tin điện tử tỉnh " + short, "Đài Phát thanh và Truyền hình " + short][i % 3],
                  section=["Thời sự", "Cải cách hành chính", "Chính quyền số"][i % 3], stamp=stamp, pshort=short,
                  agency=["PV", "Baotinh", "CTTĐT"][i % 3], period_words=pw,
                  source_doc=f"báo cáo của Văn phòng UBND tỉnh", byline=["Minh Châu", "Hà Phương - Quốc Việt", "Thu Trang (tổng hợp)"][i % 3],
                  field=63 if leg else 34, quote="Các địa phương còn thấp được yêu cầu rà soát nguyên nhân, khắc phục trong tháng tới.")
        if kind == 1:
            sp["i766"] = [("công khai, minh bạch", round(rr.uniform(14, 17.8), 2), "index_766_publicity", 18),
                          ("tiến độ giải quyết", round(rr.uniform(15, 19.5), 2), "index_766_progress", 20),
                          ("dịch vụ công trực tuyến", round(rr.uniform(7, 11.5), 2), "index_766_online_service", 12),
                          ("thanh toán trực tuyến", round(rr.uniform(6, 9.8), 2), "index_766_online_payment", 10),
                          ("mức độ hài lòng", round(rr.uniform(15, 17.9), 2), "index_766_satisfaction", 18),
                          ("số hóa hồ sơ", round(rr.uniform(12, 20), 2), "index_766_digitization", 22)]
        if kind == 2:
            if leg:
                dist = rr.choice(districts_old(prov))
                sp["communes"] = rr.sample(districts_old(prov), 3)
            else:
                sp["communes"] = rr.sample(wards_of(short), 3)
        if "unknown_unit" in bad:
            sp["bogus"] = "Xã Quỳnh Thạch Lâm"
        S.append(sp)
    # ---------------- portal pages
    COLS = [["Tiếp nhận", "Trực tuyến", "Tỷ lệ TT (%)", "Đã giải quyết", "Trước/đúng hạn", "Trễ hạn", "Đúng hạn (%)"],
            ["Số HS nhận", "HS online", "% online", "Đã xử lý", "Sớm + đúng", "Trễ", "% đúng hạn"],
            ["Nhận mới", "Nộp trực tuyến", "Tỷ lệ trực tuyến", "Đã trả kết quả", "Trong hạn", "Quá hạn", "Tỷ lệ đúng hạn"]]
    PT = [("Thành phố Huế", "Thành phố Huế", "2025-11-05", "2025-10-01", "2025-10-31", "communes", ["sum_mismatch"], False),
          ("Tỉnh Hưng Yên", "Hưng Yên", "2025-12-03", "2025-11-01", "2025-11-30", "departments", [], True),
          ("Thành phố Cần Thơ", "Thành phố Cần Thơ", "2026-01-06", "2025-12-01", "2025-12-31", "communes", ["ratio_mismatch"], False),
          ("Tỉnh Đồng Nai", "Đồng Nai", "2026-02-04", "2026-01-01", "2026-01-31", "city", [], True),
          ("Tỉnh Quảng Ngãi", "Quảng Ngãi", "2026-03-04", "2026-02-01", "2026-02-28", "communes", [], True),
          ("Tỉnh Bình Phước", None, "2024-05-06", "2024-04-01", "2024-04-30", "districts", [], False),
          ("Tỉnh Phú Yên", None, "2023-10-04", "2023-09-01", "2023-09-30", "communes", [], False)]
    for i, (prov, key, dd, a, b, tsub, bad, i766) in enumerate(PT):
        rr = random.Random(prov + "p")
        short = prov.removeprefix("Tỉnh ")
        dist = None
        if tsub == "departments":
            rows = rr.sample(SO_NEW, 6)
        elif tsub == "city":
            rows = rr.sample(SO_NEW, 3) + rr.sample(wards_of(key), 3)
        elif tsub == "districts":
            rows = rr.sample(districts_old(prov), 6)
        elif key is None:
            dist = "Huyện Tuy An"
            rows = rr.sample(wards_old(prov, dist), 7)
        else:
            rows = rr.sample(wards_of(key), 7)
        sp = dict(reg="portal_stats", fn=portal_doc, prov=prov, date=dd, period=(d(a), d(b)), bad=bad, rows=rows,
                  district=dist, cols=COLS[i % 3], total_subject=tsub,
                  portal=f"CỔNG DỊCH VỤ CÔNG {short.upper()}" if i % 2 else f"Hệ thống thông tin giải quyết TTHC - {short}",
                  crumb=["Tình hình xử lý hồ sơ", "Báo cáo tổng hợp", "Số liệu theo đơn vị"][i % 3],
                  stamp=f"{dd[8:10]}/{dd[5:7]}/{dd[0:4]} 0{6 + i % 3}:{10 + i * 7}",
                  caption=["THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ THEO ĐƠN VỊ", "Bảng 1. Tình hình tiếp nhận, xử lý hồ sơ",
                           "KẾT QUẢ XỬ LÝ HỒ SƠ " + ("CẤP HUYỆN" if tsub == "districts" else "CÁC ĐƠN VỊ")][i % 3]
                  + (" - Huyện Tuy An" if dist else ""),
                  phone=f"1900.{8100 + i * 37}", owner=f"UBND {prov.upper() if False else prov}", bad_row=2)
        if i766:
            sp["i766rows"] = rr.sample(rows, min(5, len(rows)))
            sp["i766cap"] = "Bảng 2. Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)"
        S.append(sp)
    # ---------------- ministry reports (national; province null)
    M = [("BỘ NỘI VỤ", "2025-10-15", "2025-07-01", "2025-09-30", "Bộ Tư pháp", []),
         ("VĂN PHÒNG CHÍNH PHỦ", "2025-12-10", "2025-10-01", "2025-11-30", "Bộ Xây dựng", ["unit_count_mismatch", "score_sum_mismatch"]),
         ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "2026-01-20", "2025-10-01", "2025-12-31", "Bộ Khoa học và Công nghệ", []),
         ("BỘ TƯ PHÁP", "2026-03-05", "2026-01-01", "2026-02-28", "Bộ Tư pháp", []),
         ("BỘ TÀI CHÍNH", "2025-08-12", "2025-07-01", "2025-07-31", "Bộ Tài chính", ["ratio_mismatch"]),
         ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "2024-10-08", "2024-07-01", "2024-09-30", "Bộ Thông tin và Truyền thông", []),
         ("BỘ CÔNG AN", "2026-02-03", "2026-01-01", "2026-01-31", "Bộ Công an", [])]
    for i, (iss, dd, a, b, me, bad) in enumerate(M):
        leg = d(dd) < d("2025-07-01")
        pool = OLDMIN if leg else NEWMIN
        rr = random.Random(iss)
        S.append(dict(reg="ministry_report", fn=ministry_doc, prov=None, date=dd, period=(d(a), d(b)), bad=bad,
                      issuer=(iss, None), no=f"{1200 + i * 433}/{'TB' if i % 3 == 1 else 'BC'}-{['BNV', 'VPCP', 'BKHCN', 'BTP', 'BTC', 'BTTTT', 'BCA'][i]}",  # coordinator: a notice is TB
                      kind=["BÁO CÁO", "THÔNG BÁO", "BÁO CÁO"][i % 3],
                      title=["Kết quả thực hiện thủ tục hành chính, cung cấp dịch vụ công trực tuyến trên toàn quốc",
                             "Tình hình giải quyết TTHC và đánh giá chất lượng phục vụ người dân, doanh nghiệp",
                             "Kết quả số hóa hồ sơ, thanh toán trực tuyến và xử lý phản ánh, kiến nghị"][i % 3],
                      lead=["Theo dữ liệu của Cổng Dịch vụ công quốc gia,", "Tổng hợp từ hệ thống giám sát, đo lường,",
                            "Số liệu ghi nhận"][i % 3],
                      ministries=rr.sample(pool, 4), allmins=pool, field=22 if leg else 17, self=me,
                      phone=f"024.{3820 + i * 11}.{4410 + i * 97}", signpos="THỨ TRƯỞNG" if i % 2 else "BỘ TRƯỞNG",
                      kt="KT. BỘ TRƯỞNG" if i % 2 else None,
                      signer=["Trương Hải Long", "Nguyễn Sỹ Hiệp", "Bùi Hoàng Phương", "Đặng Hoàng Oanh", "Cao Anh Tuấn", "Phạm Đức Long", "Nguyễn Văn Long"][i]))
    return S


PLACE = {"weekly_notice": lambda s: s["place"], "quarterly_report": lambda s: s["place"],
         "commune_report": lambda s: s["place"], "news_article": lambda s: s["pshort"],
         "portal_stats": lambda s: s["prov"].removeprefix("Tỉnh ").removeprefix("Thành phố "),
         "ministry_report": lambda s: s["self"]}


def slug(t):
    import unicodedata
    t = t.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return "".join(c for c in t.lower() if c.isalnum())


def build():
    out = {}
    order = ["weekly_notice", "quarterly_report", "commune_report", "news_article", "portal_stats", "ministry_report"]
    allspecs = specs()
    n = 0
    docs = []
    for reg in order:
        for v, sp in enumerate([s for s in allspecs if s["reg"] == reg]):
            n += 1
            name = f"i{n:02d}_{reg}_{slug(PLACE[reg](sp))}"
            doc = Doc(name, reg, d(sp["date"]), sp["prov"])
            rng = random.Random(name)
            sp["fn"](doc, rng, v, sp)
            if sp.get("date_bad"):
                doc.mistake("date_inconsistency", sp["date"], long_date(doc.doc_date),
                            f"văn bản ký trước ngày kết thúc kỳ báo cáo {dmy(sp['period'][1])}")
            docs.append(doc)
            out[name + ".txt"] = doc.text()
            out[name + ".truth.json"] = doc.truth_json()
    return docs, out


def main():
    check = "--check" in sys.argv
    docs, out = build()
    errs = []
    for doc in docs:
        for e in doc.check():
            errs.append(f"{doc.name}: {e}")
    if check:
        for fn, txt in out.items():
            p = HERE / fn
            if not p.exists() or p.read_text(encoding="utf-8") != txt:
                errs.append(f"{fn}: differs from the build")
        existing = {p.name for p in HERE.glob("i*_*.txt")} | {p.name for p in HERE.glob("i*_*.truth.json")}
        for fn in sorted(existing - set(out)):
            errs.append(f"{fn}: not produced by the build")
    else:
        for fn, txt in out.items():
            (HERE / fn).write_text(txt, encoding="utf-8")
    for e in errs:
        print(e)
    nm = sum(len(x.mistakes) for x in docs)
    print(f"{len(docs)} reports, {sum(len(x.facts) for x in docs)} facts, "
          f"{sum(len(x.not_facts) for x in docs)} not_facts, {nm} mistakes; {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
