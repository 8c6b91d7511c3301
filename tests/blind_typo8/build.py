"""Build blind typo set 8: `python3 build.py` writes every report and truth; `--check` rebuilds
in memory and compares. Every sentence and figure is invented for this set."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib import build, write  # noqa: E402

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- reports
def quarterly_full(r):
    """Prose: received (carried + new, new = online + in person), resolved by timeliness, pending, balance."""
    C = r.c("C", 1204); O = r.c("O", 14877); F = r.c("F", 6311)
    N = r.s("N", [O, F]); R = r.s("R", [C, N])
    E = r.c("E", 9620); T = r.c("T", 9914); L = r.c("L", 233)
    S = r.s("S", [E, T, L])
    P = r.c("P", r.vars[R].value - r.vars[S].value)
    r.ids.append(("balance", R, (S, P)))
    rt = r.rate("rt", [E, T], S); rl = r.comp("rl", rt, L, S); so = r.rate("so", O, N)
    r.line("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    r.line(f"Số: {r.nf('412/BC-UBND', 'reference')}")
    r.line("BÁO CÁO")
    r.line("Kết quả giải quyết thủ tục hành chính quý III năm 2024")
    r.line("")
    r.line("1. Tiếp nhận hồ sơ")
    r.line(f"Trong quý, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận tổng cộng {r.n(R, 'received_total')} hồ sơ; "
           f"trong đó kỳ trước chuyển sang {r.n(C, 'received_carried_over')} hồ sơ, tiếp nhận mới {r.n(N, 'received_total', scope='tiếp nhận mới')} hồ sơ.")
    r.line(f"Số hồ sơ tiếp nhận mới gồm {r.n(O, 'received_online')} hồ sơ nộp trực tuyến và {r.n(F, 'received_offline')} hồ sơ nộp trực tiếp, qua bưu chính; "
           f"tỷ lệ hồ sơ nộp trực tuyến đạt {r.n(so, 'online_submission', xy=(O, N))}%.")
    r.line("")
    r.line("2. Kết quả giải quyết")
    r.line(f"Đã giải quyết {r.n(S, 'resolved_total')} hồ sơ, trong đó trước hạn {r.n(E, 'resolved_early')}, đúng hạn {r.n(T, 'resolved_on_time')}, "
           f"quá hạn {r.n(L, 'resolved_late')} hồ sơ.")
    r.line(f"Tỷ lệ giải quyết đúng hạn (kể cả trước hạn) là {r.n(rt, 'resolved_on_time')}%, tỷ lệ quá hạn {r.n(rl, 'resolved_late', xy=(L, S))}%.")
    r.line(f"Số hồ sơ đang giải quyết chuyển kỳ sau: {r.n(P, 'pending_total')} hồ sơ.")
    r.line("")
    r.line(f"So với cùng kỳ năm trước, số hồ sơ trực tuyến {r.nf('tăng 6,2%', 'change')}.")
    r.line("Nơi nhận: Văn phòng Chính phủ; Lưu: VT.")


def levels_post2025(r):
    """Bulleted per level (province, commune) with a province total, and on-time rates per level."""
    Rt = r.c("Rt", 8452); Rx = r.c("Rx", 23177); R = r.s("R", [Rt, Rx])
    St = r.c("St", 7930); Sx = r.c("Sx", 22804); S = r.s("S", [St, Sx])
    Lt = r.c("Lt", 41); Lx = r.c("Lx", 366); L = r.s("L", [Lt, Lx])
    ct = r.c("ct", 7930 - 41); cx = r.c("cx", 22804 - 366)
    r.ids.append(("sum", St, (ct, Lt))); r.ids.append(("sum", Sx, (cx, Lx)))
    rate = r.rate("rate", [ct, cx], S, d=2)
    r.line("VĂN PHÒNG UBND TỈNH THANH HÓA")
    r.line("THÔNG BÁO")
    r.line("Tình hình giải quyết hồ sơ thủ tục hành chính tuần từ 06/10 đến 12/10/2025")
    r.line("")
    r.line(f"Toàn tỉnh tiếp nhận {r.n(R, 'received_total')} hồ sơ, đã giải quyết {r.n(S, 'resolved_total')} hồ sơ, "
           f"trong đó trễ hạn {r.n(L, 'resolved_late')} hồ sơ; tỷ lệ đúng hạn {r.n(rate, 'resolved_on_time')}%.")
    r.line("Chia theo cấp:")
    r.line(f"- Cấp tỉnh: tiếp nhận {r.n(Rt, 'received_total', 'departments', 'cấp tỉnh')} hồ sơ; giải quyết {r.n(St, 'resolved_total', 'departments', 'cấp tỉnh')} hồ sơ, "
           f"gồm đúng hạn {r.n(ct, 'resolved_on_time', 'departments', 'cấp tỉnh')} và trễ hạn {r.n(Lt, 'resolved_late', 'departments', 'cấp tỉnh')}.")
    r.line(f"- Cấp xã: tiếp nhận {r.n(Rx, 'received_total', 'communes', 'cấp xã')} hồ sơ; giải quyết {r.n(Sx, 'resolved_total', 'communes', 'cấp xã')} hồ sơ, "
           f"gồm đúng hạn {r.n(cx, 'resolved_on_time', 'communes', 'cấp xã')} và trễ hạn {r.n(Lx, 'resolved_late', 'communes', 'cấp xã')}.")
    r.line("")
    r.line("Đề nghị các đơn vị có hồ sơ trễ hạn khẩn trương khắc phục.")


def unit_table(r):
    """A '|' text table of departments: received, online, resolved, late, with a total row."""
    units = [("Sở Tư pháp", 3120, 2904, 3011, 4), ("Sở Xây dựng", 1487, 1302, 1399, 27),
             ("Sở Công Thương", 2265, 2261, 2240, 0), ("Sở Y tế", 958, 811, 930, 12),
             ("Sở Nội vụ", 402, 377, 395, 1)]
    cols = {"rc": [], "on": [], "sv": [], "lt": []}
    for i, (u, a, b, c, d) in enumerate(units):
        cols["rc"].append(r.c(f"rc{i}", a)); cols["on"].append(r.c(f"on{i}", b))
        cols["sv"].append(r.c(f"sv{i}", c)); cols["lt"].append(r.c(f"lt{i}", d))
    tots = {k: r.s(f"{k}T", v) for k, v in cols.items()}
    share = r.rate("share", tots["on"], tots["rc"], d=1)
    hdr = ["Tiếp nhận", "Trực tuyến", "Đã giải quyết", "Trễ hạn"]
    ind = ["received_total", "received_online", "resolved_total", "resolved_late"]
    r.line("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HÀ TĨNH")
    r.line("Số liệu tiếp nhận, giải quyết hồ sơ tháng 5 năm 2024 (tính đến 31/5/2024)")
    r.line("")
    r.line("| Đơn vị | " + " | ".join(hdr) + " |")
    r.line("|---|---|---|---|---|")
    for i, (u, *_rest) in enumerate(units):
        cells = [r.n(cols[k][i], ind[j], f"unit:{u}", cell={"table": 0, "row": u, "path": [hdr[j]]})
                 for j, k in enumerate(cols)]
        r.line(f"| {u} | " + " | ".join(cells) + " |")
    cells = [r.n(tots[k], ind[j], "departments", cell={"table": 0, "row": "Tổng cộng", "path": [hdr[j]]})
             for j, k in enumerate(cols)]
    r.line("| Tổng cộng | " + " | ".join(cells) + " |")
    r.line("")
    r.line(f"Tỷ lệ hồ sơ trực tuyến của các sở đạt {r.n(share, 'online_submission', 'departments', xy=(tots['on'], tots['rc']))}%.")


def news_repeat(r):
    """News: a headline rate, the body's x/y, and a closing restatement."""
    x = r.c("x", 48211); y = r.c("y", 49736)
    l_ = r.c("l", 1525)
    r.ids.append(("sum", y, (x, l_)))
    rt = r.rate("rt", x, y, d=2); rt2 = r.rep("rt2", rt); rl = r.comp("rl", rt, l_, y)
    r.line(f"Bắc Ninh: {r.n(rt, 'resolved_on_time', xy=(x, y))}% hồ sơ thủ tục hành chính được giải quyết đúng hạn")
    r.line("")
    r.line("(Ngày 14/7/2023) Theo báo cáo của Văn phòng UBND tỉnh, sáu tháng đầu năm 2023 các cơ quan trên địa bàn tỉnh đã giải quyết "
           f"{r.n(y, 'resolved_total')} hồ sơ. Số hồ sơ giải quyết đúng hoặc trước hạn là {r.n(x, 'resolved_on_time')} hồ sơ, "
           f"còn {r.n(l_, 'resolved_late')} hồ sơ bị chậm, chiếm {r.n(rl, 'resolved_late', xy=(l_, y))}%.")
    r.line("Lãnh đạo tỉnh yêu cầu các đơn vị tiếp tục rà soát quy trình nội bộ, công khai xin lỗi người dân khi để hồ sơ quá hạn.")
    r.line(f"Với kết quả {r.n(rt2, 'resolved_on_time')}% hồ sơ đúng hạn, tỉnh đặt mục tiêu {r.nf('trên 99%', 'bound')} trong sáu tháng cuối năm.")


def pending_only(r):
    """Undetermined by design: pending = in time + late and nothing else ties them."""
    R = r.c("R", 5560); S = r.c("S", 5102)
    Pi = r.c("Pi", 401); Pl = r.c("Pl", 57); P = r.s("P", [Pi, Pl])
    r.line("UBND TỈNH HƯNG YÊN")
    r.line("BÁO CÁO NHANH tình hình giải quyết hồ sơ tháng 3/2024")
    r.line(f"Trong tháng tiếp nhận {r.n(R, 'received_total')} hồ sơ, giải quyết xong {r.n(S, 'resolved_total')} hồ sơ.")
    r.line(f"Hồ sơ đang xử lý: {r.n(P, 'pending_total')} hồ sơ (còn hạn {r.n(Pi, 'pending_on_time')}, đã quá hạn {r.n(Pl, 'pending_late')}).")


def shares_channel(r):
    """Channel shares: online and in person with 'chiếm' of received, both counts and shares."""
    O = r.c("O", 27309); F = r.c("F", 11664); R = r.s("R", [O, F])
    so = r.rate("so", O, R, d=2); sf = r.comp("sf", so, F, R)
    r.line("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THÁI NGUYÊN")
    r.line("Tình hình tiếp nhận hồ sơ trên Cổng dịch vụ công tỉnh năm 2022")
    r.line("")
    r.line(f"Tổng số hồ sơ tiếp nhận: {r.n(R, 'received_total')}.")
    r.line(f"+ Nộp trực tuyến: {r.n(O, 'received_online')} hồ sơ, chiếm {r.n(so, 'received_online_share', xy=(O, R))}%;")
    r.line(f"+ Nộp trực tiếp tại Bộ phận một cửa: {r.n(F, 'received_offline')} hồ sơ, chiếm {r.n(sf, 'received_offline_share', xy=(F, R))}%.")


def levels_three(r):
    """Pre-2025 three levels as a text table of received / resolved / late, plus prose total and rate."""
    lv = [("Cấp tỉnh", "departments", 12488, 12016, 35), ("Cấp huyện", "districts", 20743, 19822, 189),
          ("Cấp xã", "communes", 41206, 40957, 62)]
    rc = []; sv = []; lt = []
    for i, (_, _, a, b, c) in enumerate(lv):
        rc.append(r.c(f"rc{i}", a)); sv.append(r.c(f"sv{i}", b)); lt.append(r.c(f"lt{i}", c))
    R = r.s("R", rc); S = r.s("S", sv); L = r.s("L", lt)
    late = r.rate("late", L, S, d=2)
    r.line("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ")
    r.line("BÁO CÁO công tác kiểm soát thủ tục hành chính năm 2021")
    r.line("")
    r.line(f"Năm 2021, toàn tỉnh tiếp nhận {r.n(R, 'received_total')} hồ sơ, đã giải quyết {r.n(S, 'resolved_total')} hồ sơ, "
           f"trong đó quá hạn {r.n(L, 'resolved_late')} hồ sơ (chiếm {r.n(late, 'resolved_late', xy=(L, S))}%). Cụ thể theo từng cấp:")
    r.line("")
    r.line("Cấp | Tiếp nhận | Đã giải quyết | Quá hạn")
    for i, (name, subj, *_x) in enumerate(lv):
        c1 = r.n(rc[i], "received_total", subj, name.lower(), cell={"table": 0, "row": name, "path": ["Tiếp nhận"]})
        c2 = r.n(sv[i], "resolved_total", subj, name.lower(), cell={"table": 0, "row": name, "path": ["Đã giải quyết"]})
        c3 = r.n(lt[i], "resolved_late", subj, name.lower(), cell={"table": 0, "row": name, "path": ["Quá hạn"]})
        r.line(f"{name} | {c1} | {c2} | {c3}")


def commune_self(r):
    """A commune-level centre on itself: received = online + direct, resolved early/on time/late, rate."""
    O = r.c("O", 1388); F = r.c("F", 742); R = r.s("R", [O, F])
    E = r.c("E", 1203); T = r.c("T", 858); L = r.c("L", 9); S = r.s("S", [E, T, L])
    P = r.c("P", 2130 - 2070); r.ids.append(("balance", R, (S, P)))
    rt = r.rate("rt", [E, T], S, d=2); so = r.rate("so", O, R, d=2)
    r.line("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH NINH BÌNH")
    r.line("Báo cáo kết quả tháng 11 năm 2025 tại Trung tâm")
    r.line("")
    r.line(f"Trung tâm đã tiếp nhận {r.n(R, 'received_total', 'self')} hồ sơ, trong đó trực tuyến {r.n(O, 'received_online', 'self')} "
           f"(đạt {r.n(so, 'online_submission', 'self', xy=(O, R))}%), trực tiếp {r.n(F, 'received_offline', 'self')}.")
    r.line(f"Kết quả: đã trả {r.n(S, 'resolved_total', 'self')} hồ sơ, trong đó trước hạn {r.n(E, 'resolved_early', 'self')}, "
           f"đúng hạn {r.n(T, 'resolved_on_time', 'self')}, trễ hạn {r.n(L, 'resolved_late', 'self')}; "
           f"đang giải quyết {r.n(P, 'pending_total', 'self')} hồ sơ.")
    r.line(f"Tỷ lệ trả kết quả đúng và trước hạn đạt {r.n(rt, 'resolved_on_time', 'self')}%.")


def ministry_two(r):
    """Ministry: received by channel and resolved with a late share, two sums and a ratio."""
    O = r.c("O", 184203); F = r.c("F", 95117); R = r.s("R", [O, F])
    T = r.c("T", 271560); L = r.c("L", 2944); S = r.s("S", [T, L])
    rl = r.rate("rl", L, S, d=2)
    r.line("BỘ TÀI CHÍNH")
    r.line("Báo cáo tình hình, kết quả giải quyết TTHC quý I năm 2023")
    r.line("")
    r.line(f"a) Số hồ sơ tiếp nhận: {r.n(R, 'received_total', 'self')} hồ sơ (trực tuyến {r.n(O, 'received_online', 'self')}; "
           f"trực tiếp, bưu chính {r.n(F, 'received_offline', 'self')}).")
    r.line(f"b) Số hồ sơ đã giải quyết: {r.n(S, 'resolved_total', 'self')} hồ sơ, trong đó đúng hạn {r.n(T, 'resolved_on_time', 'self')}, "
           f"quá hạn {r.n(L, 'resolved_late', 'self')} (tỷ lệ {r.n(rl, 'resolved_late', 'self', xy=(L, S))}%).")


def complement_only(r):
    """Undetermined: two shares adding to 100 and nothing else."""
    r.pv("p", 96.74, 2)
    q_ = r.comp("q", "p")
    r.line("UBND TỈNH LÀO CAI")
    r.line("THÔNG BÁO kết quả tuần 33 năm 2024")
    r.line(f"Tỷ lệ hồ sơ giải quyết đúng hạn đạt {r.n('p', 'resolved_on_time')}%, trễ hạn {r.n(q_, 'resolved_late')}%.")
    r.line(f"Số đơn vị có hồ sơ trễ hạn: {r.nf('7 đơn vị', 'count_of_things')}.")


PROVS_OLD = ["Tỉnh Sơn La", "Tỉnh Điện Biên", "Tỉnh Cao Bằng", "Tỉnh Bắc Kạn", "Tỉnh Nam Định",
             "Tỉnh Tây Ninh", "Tỉnh Đồng Tháp", "Tỉnh Hậu Giang", "Tỉnh Tiền Giang", "Tỉnh Quảng Ninh"]


def prose_level_sum(r):
    """Province total and its three levels' received, in one sentence with 'lần lượt'."""
    a = r.c("a", 3318); b = r.c("b", 7025); c = r.c("c", 11940); R = r.s("R", [a, b, c])
    O = r.c("O", 16220); F = r.c("F", 22283 - 16220); r.ids.append(("sum", R, (O, F)))
    so = r.rate("so", O, R, d=2)
    r.line("UBND TỈNH SƠN LA")
    r.line("Báo cáo tình hình thực hiện cải cách TTHC 6 tháng đầu năm 2022")
    r.line(f"Trong 6 tháng, toàn tỉnh tiếp nhận {r.n(R, 'received_total')} hồ sơ; cấp tỉnh, cấp huyện và cấp xã lần lượt tiếp nhận "
           f"{r.n(a, 'received_total', 'departments', 'cấp tỉnh')}, {r.n(b, 'received_total', 'districts', 'cấp huyện')} và "
           f"{r.n(c, 'received_total', 'communes', 'cấp xã')} hồ sơ.")
    r.line(f"Số hồ sơ nộp trực tuyến là {r.n(O, 'received_online')}, nộp trực tiếp {r.n(F, 'received_offline')}; "
           f"tỷ lệ nộp trực tuyến {r.n(so, 'online_submission', xy=(O, R))}%.")


def timeliness_list(r):
    """A numbered list of resolved by timeliness with each share of resolved."""
    E = r.c("E", 30512); T = r.c("T", 6043); L = r.c("L", 418); S = r.s("S", [E, T, L])
    pe = r.rate("pe", E, S, d=2); pt = r.rate("pt", T, S, d=2); pl = r.rate("pl", L, S, d=2)
    r.line("SỞ NỘI VỤ TỈNH ĐIỆN BIÊN")
    r.line("Tổng hợp kết quả giải quyết hồ sơ năm 2020")
    r.line(f"Tổng số hồ sơ đã giải quyết: {r.n(S, 'resolved_total')} hồ sơ. Trong đó:")
    r.line(f"1. Giải quyết trước hạn: {r.n(E, 'resolved_early')} hồ sơ ({r.n(pe, 'resolved_early', xy=(E, S))}%);")
    r.line(f"2. Giải quyết đúng hạn: {r.n(T, 'resolved_on_time')} hồ sơ ({r.n(pt, 'resolved_on_time', xy=(T, S))}%);")
    r.line(f"3. Giải quyết quá hạn: {r.n(L, 'resolved_late')} hồ sơ ({r.n(pl, 'resolved_late', xy=(L, S))}%).")


def repeated_count(r):
    """A count stated in the body and restated in the conclusion; with its parts once."""
    O = r.c("O", 9541); F = r.c("F", 3207); R = r.s("R", [O, F]); R2 = r.rep("R2", R)
    S = r.c("S", 12001)
    r.line("UBND TỈNH CAO BẰNG")
    r.line("Báo cáo kết quả giải quyết thủ tục hành chính năm 2019")
    r.line("I. KẾT QUẢ")
    r.line(f"Năm 2019, tiếp nhận {r.n(O, 'received_online')} hồ sơ trực tuyến và {r.n(F, 'received_offline')} hồ sơ trực tiếp, "
           f"tổng số {r.n(R, 'received_total')} hồ sơ; đã giải quyết {r.n(S, 'resolved_total')} hồ sơ.")
    r.line("II. KẾT LUẬN")
    r.line(f"Tổng số hồ sơ tiếp nhận trong năm là {r.n(R2, 'received_total')} hồ sơ, công tác giải quyết cơ bản đúng quy định.")


def two_units_prose(r):
    """Two departments' figures in prose and the departments' total."""
    a1 = r.c("a1", 2641); a2 = r.c("a2", 1977); A = r.s("A", [a1, a2])
    l1 = r.c("l1", 18); l2 = r.c("l2", 6); Lt = r.s("Lt", [l1, l2])
    r.line("VĂN PHÒNG UBND TỈNH BẮC KẠN")
    r.line("Thông báo tình hình xử lý hồ sơ quý II/2023 của hai sở")
    r.line(f"Sở Tài chính giải quyết {r.n(a1, 'resolved_total', 'unit:Sở Tài chính')} hồ sơ, quá hạn {r.n(l1, 'resolved_late', 'unit:Sở Tài chính')} hồ sơ. "
           f"Sở Y tế giải quyết {r.n(a2, 'resolved_total', 'unit:Sở Y tế')} hồ sơ, quá hạn {r.n(l2, 'resolved_late', 'unit:Sở Y tế')} hồ sơ.")
    r.line(f"Cộng hai sở: giải quyết {r.n(A, 'resolved_total', 'departments')} hồ sơ, quá hạn {r.n(Lt, 'resolved_late', 'departments')} hồ sơ.")


def portal_rate_xy(r):
    """Portal: online rate written with x/y and the channel counts and the total."""
    O = r.c("O", 61044); F = r.c("F", 20931); R = r.s("R", [O, F])
    so = r.rate("so", O, R, d=2); so2 = r.rep("so2", so)
    r.line("CỔNG DỊCH VỤ CÔNG TỈNH NAM ĐỊNH — THỐNG KÊ NĂM 2024")
    r.line(f"Tỷ lệ hồ sơ trực tuyến: {r.n(so, 'online_submission', xy=(O, R))}%")
    r.line(f"Hồ sơ trực tuyến / tổng hồ sơ: {r.n(O, 'received_online')}/{r.n(R, 'received_total')}")
    r.line(f"Hồ sơ trực tiếp: {r.n(F, 'received_offline')}")
    r.line(f"Kết luận: tỷ lệ {r.n(so2, 'online_submission')}% vượt {r.nf('chỉ tiêu 80%', 'bound')} của năm.")


def weekly_pending(r):
    """Pending split with balance and a resolved late figure."""
    R = r.c("R", 4418); S = r.c("S", 3960); P = r.c("P", 458)
    r.ids.append(("balance", R, (S, P)))
    Pi = r.c("Pi", 431); Pl = r.c("Pl", 27); r.ids.append(("sum", P, (Pi, Pl)))
    T = r.c("T", 3902); L = r.c("L", 58); r.ids.append(("sum", S, (T, L)))
    r.line("VĂN PHÒNG UBND TỈNH TÂY NINH")
    r.line("Thông báo số liệu hồ sơ TTHC tuần 22 năm 2021")
    r.line(f"- Tiếp nhận: {r.n(R, 'received_total')} hồ sơ.")
    r.line(f"- Đã giải quyết: {r.n(S, 'resolved_total')} hồ sơ (đúng hạn {r.n(T, 'resolved_on_time')}, trễ hạn {r.n(L, 'resolved_late')}).")
    r.line(f"- Đang giải quyết: {r.n(P, 'pending_total')} hồ sơ, gồm trong hạn {r.n(Pi, 'pending_on_time')} và quá hạn {r.n(Pl, 'pending_late')}.")


def unit_table_rates(r):
    """A text table of communes (post-2025 names avoided: rows are departments) with resolved, on-time and rate columns."""
    units = [("Sở Giáo dục và Đào tạo", 812, 809), ("Sở Tài chính", 1530, 1488), ("Sở Xây dựng", 644, 601),
             ("Công an tỉnh", 2213, 2213)]
    sv = []; ok = []; rt = []
    for i, (u, a, b) in enumerate(units):
        sv.append(r.c(f"sv{i}", a)); ok.append(r.c(f"ok{i}", b)); rt.append(r.rate(f"rt{i}", ok[i], sv[i], d=1))
    S = r.s("S", sv); K = r.s("K", ok); RT = r.rate("RT", K, S, d=1)
    r.line("UBND TỈNH ĐỒNG THÁP")
    r.line("Bảng tổng hợp kết quả giải quyết hồ sơ tháng 8 năm 2023")
    r.line("Đơn vị | Đã giải quyết | Đúng hạn | Tỷ lệ đúng hạn (%)")
    for i, (u, *_x) in enumerate(units):
        c = [r.n(sv[i], "resolved_total", f"unit:{u}", cell={"table": 0, "row": u, "path": ["Đã giải quyết"]}),
             r.n(ok[i], "resolved_on_time", f"unit:{u}", cell={"table": 0, "row": u, "path": ["Đúng hạn"]}),
             r.n(rt[i], "resolved_on_time", f"unit:{u}", xy=(ok[i], sv[i]), cell={"table": 0, "row": u, "path": ["Tỷ lệ đúng hạn (%)"]})]
        r.line(f"{u} | " + " | ".join(c))
    c = [r.n(S, "resolved_total", "departments", cell={"table": 0, "row": "Tổng", "path": ["Đã giải quyết"]}),
         r.n(K, "resolved_on_time", "departments", cell={"table": 0, "row": "Tổng", "path": ["Đúng hạn"]}),
         r.n(RT, "resolved_on_time", "departments", xy=(K, S), cell={"table": 0, "row": "Tổng", "path": ["Tỷ lệ đúng hạn (%)"]})]
    r.line("Tổng | " + " | ".join(c))


def news_counts_pct(r):
    """News: received total and online with a share, resolved and on-time rate, in two paragraphs."""
    R = r.c("R", 152880); O = r.c("O", 119462); so = r.rate("so", O, R, d=1)
    S = r.c("S", 149035); L = r.c("L", 1207); T = r.c("T", 149035 - 1207); r.ids.append(("sum", S, (T, L)))
    rt = r.rate("rt", T, S, d=2); rt2 = r.rep("rt2", rt)
    r.line(f"Hậu Giang giải quyết {r.n(rt, 'resolved_on_time', xy=(T, S))}% hồ sơ đúng hạn trong năm 2024")
    r.line("")
    r.line(f"Năm 2024, hệ thống một cửa điện tử của tỉnh ghi nhận {r.n(R, 'received_total')} hồ sơ, trong đó {r.n(O, 'received_online')} hồ sơ "
           f"được nộp qua mạng, chiếm {r.n(so, 'received_online_share', xy=(O, R))}%.")
    r.line(f"Các cơ quan đã giải quyết {r.n(S, 'resolved_total')} hồ sơ; {r.n(T, 'resolved_on_time')} hồ sơ đúng hạn, {r.n(L, 'resolved_late')} hồ sơ trễ hạn. "
           f"Tỷ lệ đúng hạn {r.n(rt2, 'resolved_on_time')}%, cao hơn năm trước {r.nf('0,8 điểm phần trăm', 'change')}.")


def levels_online(r):
    """Per level online and total received, with each level's online share, and the province's."""
    lv = [("cấp tỉnh", "departments", 5120, 4388), ("cấp xã", "communes", 17402, 11093)]
    rc = []; on = []; sh = []
    for i, (n, s, a, b) in enumerate(lv):
        rc.append(r.c(f"rc{i}", a)); on.append(r.c(f"on{i}", b)); sh.append(r.rate(f"sh{i}", on[i], rc[i], d=2))
    R = r.s("R", rc); O = r.s("O", on); so = r.rate("so", O, R, d=2)
    r.line("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NINH")
    r.line("Báo cáo dịch vụ công trực tuyến tháng 9 năm 2025")
    r.line(f"Toàn tỉnh tiếp nhận {r.n(R, 'received_total')} hồ sơ, trong đó trực tuyến {r.n(O, 'received_online')} hồ sơ, "
           f"tỷ lệ {r.n(so, 'online_submission', xy=(O, R))}%.")
    for i, (n, s, *_x) in enumerate(lv):
        r.line(f"- Ở {n}: {r.n(rc[i], 'received_total', s, n)} hồ sơ, trực tuyến {r.n(on[i], 'received_online', s, n)}, "
               f"đạt {r.n(sh[i], 'online_submission', s, n, xy=(on[i], rc[i]))}%.")


def balance_only(r):
    """Undetermined: received = resolved + pending and nothing else."""
    S = r.c("S", 6612); P = r.c("P", 503); R = r.s("R", [S, P], kind="balance")
    r.line("UBND TỈNH TIỀN GIANG")
    r.line("Báo cáo nhanh kết quả tháng 10/2022")
    r.line(f"Tổng số hồ sơ phải giải quyết {r.n(R, 'received_total')} hồ sơ; đã giải quyết {r.n(S, 'resolved_total')}; "
           f"chưa giải quyết {r.n(P, 'pending_total')}.")


def three_parts_once(r):
    """Undetermined: one sum of three parts, each once."""
    a = r.c("a", 2207); b = r.c("b", 815); c = r.c("c", 93); R = r.s("R", [a, b, c])
    r.line("UBND TỈNH QUẢNG NINH")
    r.line("Thông báo tình hình hồ sơ tuần 15 năm 2020")
    r.line(f"Tổng số hồ sơ đã giải quyết {r.n(R, 'resolved_total')} hồ sơ; trong đó: trước hạn {r.n(a, 'resolved_early')} hồ sơ, "
           f"đúng hạn {r.n(b, 'resolved_on_time')} hồ sơ, quá hạn {r.n(c, 'resolved_late')} hồ sơ.")


def two_units_table_rows(r):
    """Table of departments with received = online + direct per row and a total row."""
    units = [("Sở Tư pháp", 1402, 388), ("Sở Công Thương", 977, 65), ("Sở Nội vụ", 214, 133)]
    on = []; di = []; rc = []
    for i, (u, a, b) in enumerate(units):
        on.append(r.c(f"on{i}", a)); di.append(r.c(f"di{i}", b)); rc.append(r.s(f"rc{i}", [on[i], di[i]]))
    O = r.s("O", on); D = r.s("D", di); R = r.s("R", rc); r.ids.append(("sum", R, (O, D)))
    hdr = ["Tổng tiếp nhận", "Trực tuyến", "Trực tiếp"]
    r.line("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH BÀ RỊA - VŨNG TÀU")
    r.line("Tình hình tiếp nhận hồ sơ tháng 2 năm 2024")
    r.line("STT | Cơ quan | " + " | ".join(hdr))
    for i, (u, *_x) in enumerate(units):
        c = [r.n(rc[i], "received_total", f"unit:{u}", cell={"table": 0, "row": u, "path": [hdr[0]]}),
             r.n(on[i], "received_online", f"unit:{u}", cell={"table": 0, "row": u, "path": [hdr[1]]}),
             r.n(di[i], "received_offline", f"unit:{u}", cell={"table": 0, "row": u, "path": [hdr[2]]})]
        r.line(f"{i + 1} | {u} | " + " | ".join(c))
    c = [r.n(R, "received_total", "departments", cell={"table": 0, "row": "Cộng", "path": [hdr[0]]}),
         r.n(O, "received_online", "departments", cell={"table": 0, "row": "Cộng", "path": [hdr[1]]}),
         r.n(D, "received_offline", "departments", cell={"table": 0, "row": "Cộng", "path": [hdr[2]]})]
    r.line("  | Cộng | " + " | ".join(c))


def rate_and_complement(r):
    """Determined through ratio + complement: counts given, two shares."""
    T = r.c("T", 20119); L = r.c("L", 374); S = r.s("S", [T, L])
    pt = r.rate("pt", T, S, d=2); pl = r.comp("pl", pt, L, S)
    r.line("UBND TỈNH ĐẮK LẮK")
    r.line("Kết quả giải quyết TTHC tháng 12 năm 2025")
    r.line(f"Đã giải quyết {r.n(S, 'resolved_total')} hồ sơ: đúng hạn {r.n(T, 'resolved_on_time')} hồ sơ ({r.n(pt, 'resolved_on_time', xy=(T, S))}%), "
           f"trễ hạn {r.n(L, 'resolved_late')} hồ sơ ({r.n(pl, 'resolved_late', xy=(L, S))}%).")


REPORTS_SPEC = [
    # name, fn, register, doc_date, province, want, seed
    ("T01", quarterly_full, "quarterly_report", "2024-10-08", "Tỉnh Nghệ An", "determined", 101),
    ("T02", levels_post2025, "weekly_notice", "2025-10-13", "Tỉnh Thanh Hóa", "determined", 102),
    ("T03", unit_table, "portal_stats", "2024-06-03", "Tỉnh Hà Tĩnh", "determined", 103),
    ("T04", news_repeat, "news_article", "2023-07-14", "Tỉnh Bắc Ninh", "determined", 104),
    ("T05", pending_only, "quarterly_report", "2024-04-02", "Tỉnh Hưng Yên", "undetermined", 105),
    ("T06", shares_channel, "portal_stats", "2023-01-09", "Tỉnh Thái Nguyên", "determined", 106),
    ("T07", levels_three, "quarterly_report", "2022-01-12", "Tỉnh Quảng Trị", "determined", 107),
    ("T08", commune_self, "commune_report", "2025-12-02", "Tỉnh Ninh Bình", "determined", 108),
    ("T09", ministry_two, "ministry_report", "2023-04-11", None, "determined", 109),
    ("T10", complement_only, "weekly_notice", "2024-08-19", "Tỉnh Lào Cai", "undetermined", 110),
    ("T11", prose_level_sum, "quarterly_report", "2022-07-06", "Tỉnh Sơn La", "determined", 111),
    ("T12", timeliness_list, "quarterly_report", "2021-01-15", "Tỉnh Điện Biên", "determined", 112),
    ("T13", repeated_count, "quarterly_report", "2020-01-10", "Tỉnh Cao Bằng", "determined", 113),
    ("T14", two_units_prose, "weekly_notice", "2023-07-03", "Tỉnh Bắc Kạn", "clean", 114),
    ("T15", portal_rate_xy, "portal_stats", "2025-01-06", "Tỉnh Nam Định", "determined", 115),
    ("T16", weekly_pending, "weekly_notice", "2021-06-07", "Tỉnh Tây Ninh", "determined", 116),
    ("T17", unit_table_rates, "quarterly_report", "2023-09-05", "Tỉnh Đồng Tháp", "determined", 117),
    ("T18", news_counts_pct, "news_article", "2025-01-20", "Tỉnh Hậu Giang", "determined", 118),
    ("T19", levels_online, "quarterly_report", "2025-10-07", "Tỉnh Quảng Ninh", "determined", 119),
    ("T20", balance_only, "quarterly_report", "2022-11-03", "Tỉnh Tiền Giang", "undetermined", 120),
    ("T21", three_parts_once, "weekly_notice", "2020-04-13", "Tỉnh Quảng Ninh", "undetermined", 121),
    ("T22", two_units_table_rows, "portal_stats", "2024-03-04", "Tỉnh Bà Rịa - Vũng Tàu", "determined", 122),
    ("T23", rate_and_complement, "weekly_notice", "2026-01-05", "Tỉnh Đắk Lắk", "determined", 123),
    ("T24", quarterly_full, "quarterly_report", "2024-10-08", "Tỉnh Nghệ An", "clean", 124),
    ("T25", unit_table, "portal_stats", "2024-06-03", "Tỉnh Hà Tĩnh", "clean", 125),
    ("T26", levels_three, "quarterly_report", "2022-01-12", "Tỉnh Quảng Trị", "undetermined", 126),
    ("T27", commune_self, "commune_report", "2025-12-02", "Tỉnh Ninh Bình", "clean", 127),
    ("T28", news_counts_pct, "news_article", "2025-01-20", "Tỉnh Hậu Giang", "clean", 128),
    ("T29", levels_online, "quarterly_report", "2025-10-07", "Tỉnh Quảng Ninh", "clean", 129),
    ("T30", unit_table_rates, "quarterly_report", "2023-09-05", "Tỉnh Đồng Tháp", "determined", 130),
    ("T31", levels_post2025, "weekly_notice", "2025-10-13", "Tỉnh Thanh Hóa", "determined", 131),
    ("T32", two_units_table_rows, "portal_stats", "2024-03-04", "Tỉnh Bà Rịa - Vũng Tàu", "clean", 132),
    ("T33", timeliness_list, "quarterly_report", "2021-01-15", "Tỉnh Điện Biên", "determined", 133),
    ("T34", shares_channel, "portal_stats", "2023-01-09", "Tỉnh Thái Nguyên", "undetermined", 134),
]


def make_all():
    return [build(fn, name, reg, date, prov, want, seed) for name, fn, reg, date, prov, want, seed in REPORTS_SPEC]


if __name__ == "__main__":
    if "--check" in sys.argv:
        tmp = Path(tempfile.mkdtemp())
        for r in make_all():
            write(r, tmp)
        bad = [p.name for p in tmp.iterdir() if (HERE / p.name).read_text("utf-8") != p.read_text("utf-8")]
        print("check:", "OK" if not bad else f"differs: {bad}")
    else:
        rows = []
        for r in make_all():
            write(r, HERE)
            s = r.suggestion
            rows.append((r.name, r.register, "clean" if not s else f"`{s['text']}` -> {s['corrected']} ({s['pattern']})",
                         "—" if not s else ("yes" if s["determined"] else "no")))
        for row in rows:
            print(" | ".join(map(str, row)))
