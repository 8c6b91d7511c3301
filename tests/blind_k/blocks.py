"""Building blocks for the reports of set K: flows of dossiers and the ways writers phrase them.
Every figure goes through a Doc helper (lib.py), so the truth is recorded as the text is written."""
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from lib import Doc, fint, fpct, rate_value, DEPTS_NEW, DEPTS_OLD

SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
MID = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Đức", "Xuân", "Hồng"]
GIVEN = ["Hùng", "Lan", "Tuấn", "Hà", "Dũng", "Phương", "Sơn", "Hạnh", "Long", "Thảo", "Bình", "Trang"]


def person(rng):
    return f"{rng.choice(SURN)} {rng.choice(MID)} {rng.choice(GIVEN)}"


def dd(d: date, pad=False) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"


def long_date(d: date) -> str:
    return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


# ------------------------------------------------------------------ flows

class Flow:
    """A consistent set of dossier counts for one subject."""

    def __init__(self, rng, new, online_share, carried=0, late_frac=0.02, pending_frac=0.08,
                 pend_late_frac=0.1, rej=0, wd=0):
        self.online = round(new * online_share)
        self.offline = new - self.online
        self.carried = carried
        self.total = self.online + self.offline + carried
        self.resolved = round(self.total * (1 - pending_frac))
        self.pending = self.total - self.resolved
        self.rej, self.wd = rej, wd
        core = self.resolved - rej - wd
        self.late = max(0, round(core * late_frac))
        self.in_time = core - self.late
        # rates that must be complementary: nudge away from ties
        while self.late and rate_value(self.in_time, core, 2) + rate_value(self.late, core, 2) != 100:
            self.late += 1
            self.in_time -= 1
        while self.online and self.offline and (
                rate_value(self.online, self.online + self.offline, 2)
                + rate_value(self.offline, self.online + self.offline, 2) != 100):
            self.online += 1
            self.offline -= 1
        self.early = round(self.in_time * rng.uniform(0.55, 0.85))
        self.ontime = self.in_time - self.early
        self.pend_late = round(self.pending * pend_late_frac)
        self.pend_ok = self.pending - self.pend_late
        self.core = core

    @property
    def new(self):
        return self.online + self.offline


def add_flows(flows):
    """Sum of level flows (all counts add; the result is used for the province)."""
    s = object.__new__(Flow)
    for k in ("online", "offline", "carried", "total", "resolved", "pending", "rej", "wd", "late",
              "in_time", "early", "ontime", "pend_late", "pend_ok", "core"):
        setattr(s, k, sum(getattr(f, k) for f in flows))
    return s


def fix_complement(flows_list):
    """True when every flow's rounded complementary rates add to 100."""
    for f in flows_list:
        if f.late and rate_value(f.in_time, f.core, 2) + rate_value(f.late, f.core, 2) != 100:
            return False
        if f.online and f.offline and rate_value(f.online, f.new, 2) + rate_value(f.offline, f.new, 2) != 100:
            return False
    return True


# ------------------------------------------------------------------ header / footer

def header(doc: Doc, issuer_lines, number, place, d: date, kind, title_lines, period=None, pad=False):
    left = issuer_lines
    for i, ln in enumerate(left):
        if i == 0:
            doc.L(ln, "        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        elif i == 1:
            doc.L(ln, "        Độc lập - Tự do - Hạnh phúc")
        else:
            doc.L(ln)
    if len(left) == 1:
        doc.L("        Độc lập - Tự do - Hạnh phúc")
    doc.blank()
    doc.L("Số: ", doc.nf(number, "reference"), "        ", place, ", ", doc.nf(long_date(d), "date"))
    doc.blank()
    doc.L(kind)
    for t in title_lines:
        doc.L(t)
    if period:
        a, b = period
        doc.L("(Số liệu từ ngày ", doc.nf(dd(a, pad), "date"), " đến ngày ", doc.nf(dd(b, pad), "date"), ")")
    doc.blank()


def signature(doc: Doc, rng, role_lines, recipients=None):
    name = person(rng)
    if recipients:
        doc.L("Nơi nhận:")
        for r in recipients:
            doc.L("- ", r, ";")
    for r in role_lines:
        doc.L("                                        ", r)
    doc.L("                                        (Đã ký)")
    doc.L("                                        ", name)


# ------------------------------------------------------------------ received

def received(doc, f: Flow, subj, v, scope=None, lead=""):
    """Received dossiers in one of several phrasings. Declares the sums it states."""
    c, n = doc.cnt, lambda x: fint(x)
    if lead.endswith(", "):
        lead = lead + "\x00"
    if v == 0:  # Biểu 06 with carried over, online rate over new dossiers with written x/y
        doc.L(lead, "Tổng số hồ sơ tiếp nhận trong kỳ là ", c("received_total", subj, f.total, scope),
              " hồ sơ (trực tuyến ", c("received_online", subj, f.online, scope),
              "; trực tiếp và qua dịch vụ bưu chính ", c("received_offline", subj, f.offline, scope),
              "; kỳ trước chuyển sang ", c("received_carried_over", subj, f.carried, scope), ").")
        doc.relate("sum", f.total, [f.online, f.offline, f.carried])
    elif v == 1:  # parts with shares of the received total, no carried over
        assert f.carried == 0
        doc.L(lead, "Đã tiếp nhận ", c("received_total", subj, f.total, scope), " hồ sơ, trong đó ",
              c("received_online", subj, f.online, scope), " hồ sơ nộp trực tuyến, chiếm ",
              doc.pct("received_online_share", subj, f.online, f.total, scope=scope), "; ",
              c("received_offline", subj, f.offline, scope),
              " hồ sơ nộp trực tiếp, qua bưu chính công ích, chiếm ",
              doc.pct("received_offline_share", subj, f.offline, f.total, scope=scope), ".")
        doc.relate("sum", f.total, [f.online, f.offline])
        doc.relate("complement", 100, [rate_value(f.online, f.total, 2), rate_value(f.offline, f.total, 2)])
    elif v == 2:  # labels after the figures
        doc.L(lead, c("received_online", subj, f.online, scope), " hồ sơ được tiếp nhận trực tuyến, ",
              c("received_offline", subj, f.offline, scope), " hồ sơ tiếp nhận trực tiếp, ",
              c("received_carried_over", subj, f.carried, scope),
              " hồ sơ từ kỳ trước chuyển sang; tổng cộng ", c("received_total", subj, f.total, scope), " hồ sơ.")
        doc.relate("sum", f.total, [f.online, f.offline, f.carried])
    elif v == 3:  # short colon style, no carried over
        assert f.carried == 0
        doc.L(lead, "Tiếp nhận: ", c("received_total", subj, f.total, scope), " hồ sơ (trực tuyến: ",
              c("received_online", subj, f.online, scope), " - chiếm ",
              doc.pct("received_online_share", subj, f.online, f.total, scope=scope), "; trực tiếp: ",
              c("received_offline", subj, f.offline, scope), ").")
        doc.relate("sum", f.total, [f.online, f.offline])
    elif v == 4:  # "cần giải quyết" with carried
        doc.L(lead, "Số hồ sơ cần giải quyết là ", c("received_total", subj, f.total, scope),
              ", gồm: tiếp nhận trực tuyến ", c("received_online", subj, f.online, scope),
              ", tiếp nhận trực tiếp ", c("received_offline", subj, f.offline, scope),
              ", tồn kỳ trước chuyển sang ", c("received_carried_over", subj, f.carried, scope), " hồ sơ.")
        doc.relate("sum", f.total, [f.online, f.offline, f.carried])


def online_rate(doc, f: Flow, subj, v, scope=None, wrong=None, lead=""):
    if v == 0:
        doc.L(lead, "Tỷ lệ nộp hồ sơ trực tuyến đạt ",
              doc.pct("online_submission", subj, f.online, f.new, wrong=wrong, scope=scope),
              " (", fint(f.online), "/", fint(f.new), " hồ sơ).")
    elif v == 1:
        doc.L(lead, "Số hồ sơ nộp trực tuyến/tổng số hồ sơ tiếp nhận mới là ", fint(f.online), "/",
              fint(f.new), ", tương ứng tỷ lệ nộp trực tuyến ",
              doc.pct("online_submission", subj, f.online, f.new, wrong=wrong, scope=scope), ".")
    elif v == 2:  # bare
        doc.L(lead, "Tỷ lệ hồ sơ nộp trực tuyến là ",
              doc.pct("online_submission", subj, f.online, f.new, xy=False, wrong=wrong, scope=scope), ".")


# ------------------------------------------------------------------ resolved / pending

def resolved(doc, f: Flow, subj, v, scope=None, wrong=None, lead=""):
    c = doc.cnt
    if v == 0:
        doc.L(lead, "Đã giải quyết ", c("resolved_total", subj, f.resolved, scope),
              " hồ sơ, trong đó trước hạn, đúng hạn ", c("resolved_in_time", subj, f.in_time, scope),
              " hồ sơ (đạt ", doc.pct("resolved_on_time", subj, f.in_time, f.resolved, wrong=wrong, scope=scope),
              "), quá hạn ", c("resolved_late", subj, f.late, scope), " hồ sơ (chiếm ",
              doc.pct("resolved_late", subj, f.late, f.resolved, scope=scope), ").")
        doc.relate("sum", f.resolved, [f.in_time, f.late])
        doc.relate("complement", 100, [rate_value(f.in_time, f.resolved, 2), rate_value(f.late, f.resolved, 2)])
    elif v == 1:
        doc.L(lead, "Số hồ sơ đã giải quyết: ", c("resolved_total", subj, f.resolved, scope), " (trước hạn ",
              c("resolved_early", subj, f.early, scope), ", đúng hạn ", c("resolved_on_time", subj, f.ontime, scope),
              ", quá hạn ", c("resolved_late", subj, f.late, scope), "). Tỷ lệ giải quyết trước hạn, đúng hạn đạt ",
              doc.pct("resolved_on_time", subj, f.in_time, f.resolved, xy=False, scope=scope), ".")
        doc.relate("sum", f.resolved, [f.early, f.ontime, f.late])
    elif v == 2:
        doc.L(lead, "Có ", fint(f.in_time), "/", fint(f.resolved),
              " hồ sơ được giải quyết trước và đúng hạn, tương ứng ",
              doc.pct("resolved_on_time", subj, f.in_time, f.resolved, wrong=wrong, scope=scope), "; còn ",
              c("resolved_late", subj, f.late, scope), " hồ sơ trễ hạn.")
        doc.relate("sum", f.resolved, [f.in_time, f.late])
    elif v == 3:  # rates only after the total
        late_wrong = wrong
        t_on = doc.pct("resolved_on_time", subj, f.in_time, f.resolved, xy=False, scope=scope)
        t_late = doc.pct("resolved_late", subj, f.late, f.resolved, xy=False, wrong=late_wrong, scope=scope,
                         code="complement_mismatch")
        doc.L(lead, "Hồ sơ đã giải quyết là ", c("resolved_total", subj, f.resolved, scope),
              "; tỷ lệ giải quyết đúng hạn là ", t_on, ", tỷ lệ trễ hạn là ", t_late, ".")
        on_v = rate_value(f.in_time, f.resolved, 2)
        late_v = late_wrong if late_wrong is not None else rate_value(f.late, f.resolved, 2)
        doc.relate("complement", 100, [on_v, late_v], planted=late_wrong is not None)
        if late_wrong is not None:
            doc.mistake("complement_mismatch", late_wrong, t_late,
                        f"on time {fpct(on_v, 2)}% + late {fpct(late_v, 2)}% is not 100%")
    elif v == 4:  # with rejected and withdrawn
        doc.L(lead, "Đã giải quyết ", c("resolved_total", subj, f.resolved, scope), " hồ sơ (trước hạn ",
              c("resolved_early", subj, f.early, scope), "; đúng hạn ", c("resolved_on_time", subj, f.ontime, scope),
              "; quá hạn ", c("resolved_late", subj, f.late, scope), "; từ chối giải quyết ",
              c("resolved_rejected", subj, f.rej, scope), "; công dân rút hồ sơ ",
              c("resolved_withdrawn", subj, f.wd, scope), ").")
        doc.L("Tỷ lệ giải quyết trước hạn, đúng hạn (không tính hồ sơ từ chối, rút) đạt ",
              doc.pct("resolved_on_time", subj, f.in_time, f.core, xy=False, scope=scope), ".")
        doc.relate("sum", f.resolved, [f.early, f.ontime, f.late, f.rej, f.wd])


def pending(doc, f: Flow, subj, v, scope=None, wrong=None, lead=""):
    c = doc.cnt
    P = f.pending if wrong is None else wrong
    if v == 0:
        doc.L(lead, "Đang giải quyết ", c("pending_total", subj, P, scope), " hồ sơ (trong hạn ",
              c("pending_on_time", subj, f.pend_ok, scope), ", quá hạn ", c("pending_late", subj, f.pend_late, scope), ").")
        doc.relate("sum", P, [f.pend_ok, f.pend_late], planted=wrong is not None)
    elif v == 1:
        doc.L(lead, "Số hồ sơ đang xử lý: ", c("pending_total", subj, P, scope), ", trong đó chưa đến hạn ",
              c("pending_on_time", subj, f.pend_ok, scope), " và đã quá hạn ", c("pending_late", subj, f.pend_late, scope), ".")
        doc.relate("sum", P, [f.pend_ok, f.pend_late], planted=wrong is not None)
    elif v == 2:
        doc.L(lead, "Hiện còn ", c("pending_total", subj, P, scope), " hồ sơ đang trong quá trình giải quyết.")
    elif v == 3:
        doc.L(lead, c("pending_late", subj, f.pend_late, scope), " hồ sơ đang giải quyết đã quá hạn và ",
              c("pending_on_time", subj, f.pend_ok, scope), " hồ sơ còn trong hạn (tổng số ",
              c("pending_total", subj, P, scope), ").")
        doc.relate("sum", P, [f.pend_ok, f.pend_late], planted=wrong is not None)
    elif v == 4:
        supp = max(1, f.pend_ok // 9)
        doc.L(lead, "Hồ sơ đang giải quyết: ", c("pending_total", subj, P, scope), " (trong hạn ",
              c("pending_on_time", subj, f.pend_ok - supp, scope), "; quá hạn ", c("pending_late", subj, f.pend_late, scope),
              "; chờ bổ sung, hoàn thiện hồ sơ ", c("pending_supplement", subj, supp, scope), ").")
        doc.relate("sum", P, [f.pend_ok - supp, f.pend_late, supp], planted=wrong is not None)
    doc.relate("balance", f.total, [f.resolved, P], planted=wrong is not None)
    if wrong is not None:
        doc.mistake("balance_mismatch", wrong, fint(wrong),
                    f"received {f.total} != resolved {f.resolved} + pending {wrong}")


# ------------------------------------------------------------------ other rates

def other_rates(doc, rng, subj, which, v, scope=None, lead="- ", hi=40000):
    """Rates computed from hidden or written counts: payment, digitization, reuse, full online, update."""
    for k in which:
        den = rng.randint(min(800, hi // 3), hi)
        num = den - rng.randint(0, max(1, den // 12))
        if k == "payment":
            if v % 2 == 0:
                doc.L(lead, "Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt ",
                      doc.pct("online_payment", subj, num, den, scope=scope),
                      " (", fint(num), "/", fint(den), " hồ sơ có phí, lệ phí).")
            else:
                doc.L(lead, "Thanh toán trực tuyến: ", doc.pct("online_payment", subj, num, den, xy=False, scope=scope), ".")
        elif k == "digit":
            if v % 2 == 0:
                doc.L(lead, "Số hóa hồ sơ, kết quả giải quyết TTHC: ", fint(num), "/", fint(den), " hồ sơ, đạt ",
                      doc.pct("digitization", subj, num, den, scope=scope), ".")
            else:
                doc.L(lead, "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt ",
                      doc.pct("digitization", subj, num, den, xy=False, scope=scope), ".")
        elif k == "reuse":
            doc.L(lead, "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa là ",
                  doc.pct("digital_reuse", subj, num, den, xy=False, scope=scope), ".")
        elif k == "full":
            doc.L(lead, "Hồ sơ trực tuyến toàn trình chiếm ",
                  doc.pct("full_online", subj, num // 2, den, xy=False, scope=scope), " tổng số hồ sơ trực tuyến.")
        elif k == "update":
            doc.L(lead, "Tỷ lệ hồ sơ giải quyết TTHC được cập nhật trên Hệ thống thông tin giải quyết TTHC đạt ",
                  doc.pct("system_update", subj, den, den, dec=0, xy=False, scope=scope), ".")


def feedback(doc, rng, subj, v, wrong_pending=None, lead=""):
    new = rng.randint(3, 60)
    carried = rng.randint(0, 6)
    tot = new + carried
    res = tot - rng.randint(0, min(4, tot))
    pend = tot - res
    P = pend if wrong_pending is None else wrong_pending
    c = doc.cnt
    if v == 0:
        doc.L(lead, "Về phản ánh, kiến nghị: tiếp nhận mới ", c("feedback_new", subj, new), " phản ánh, kiến nghị; kỳ trước chuyển sang ",
              c("feedback_carried_over", subj, carried), "; đã xử lý xong ", c("feedback_resolved", subj, res),
              ", đang xử lý ", c("feedback_pending", subj, P), ".")
    elif v == 1:
        doc.L(lead, "Tổng số phản ánh, kiến nghị về quy định hành chính là ", c("feedback_total", subj, tot),
              " (mới ", c("feedback_new", subj, new), ", kỳ trước chuyển sang ", c("feedback_carried_over", subj, carried),
              "), đã xử lý xong ", c("feedback_resolved", subj, res), " phản ánh, kiến nghị (đạt ",
              doc.pct("feedback_handled", subj, res, tot), "); còn ", c("feedback_pending", subj, P), " đang xem xét.")
        doc.relate("sum", tot, [new, carried])
    elif v == 2:
        doc.L(lead, "Trong kỳ đã nhận ", c("feedback_new", subj, new), " phản ánh, kiến nghị của cá nhân, tổ chức; cộng với ",
              c("feedback_carried_over", subj, carried), " phản ánh tồn trước, đã trả lời ", c("feedback_resolved", subj, res),
              " trường hợp, còn ", c("feedback_pending", subj, P), " trường hợp đang xử lý trong hạn.")
    doc.relate("balance", new + carried, [res, P], planted=wrong_pending is not None)
    if wrong_pending is not None:
        doc.mistake("balance_mismatch", wrong_pending, fint(wrong_pending),
                    f"feedback new {new} + carried {carried} != resolved {res} + pending {wrong_pending}")


def procedures(doc, rng, subj, v, legacy=False, wrong_total=None, lead=""):
    n1 = rng.randint(1100, 1800)
    n2 = rng.randint(250, 420)
    n3 = rng.randint(90, 140) if legacy else 0
    N = n1 + n2 + n3
    full = rng.randint(int(N * 0.35), int(N * 0.5))
    part = rng.randint(int(N * 0.3), int(N * 0.45))
    notol = N - full - part
    Nw = N if wrong_total is None else N + wrong_total
    c = doc.cnt
    if v == 0:
        if legacy:
            doc.L(lead, "Tổng số TTHC đang thực hiện trên địa bàn là ", c("procedures_total", subj, Nw),
                  " thủ tục (cấp tỉnh ", c("procedures_total", "departments", n1, "cấp tỉnh"), " TTHC, cấp huyện ",
                  c("procedures_total", "districts", n2, "cấp huyện"), " TTHC, cấp xã ",
                  c("procedures_total", "communes", n3, "cấp xã"), " TTHC).")
            doc.relate("sum", Nw, [n1, n2, n3], planted=wrong_total is not None)
        else:
            doc.L(lead, "Tổng số TTHC đang thực hiện trên địa bàn là ", c("procedures_total", subj, Nw),
                  " thủ tục (cấp tỉnh ", c("procedures_total", "departments", n1, "cấp tỉnh"), " TTHC, cấp xã ",
                  c("procedures_total", "communes", n2, "cấp xã"), " TTHC).")
            doc.relate("sum", Nw, [n1, n2], planted=wrong_total is not None)
        doc.L("Trong đó cung cấp dịch vụ công trực tuyến toàn trình ", c("procedures_full_online", subj, full),
              " TTHC, một phần ", c("procedures_partial_online", subj, part), " TTHC; ",
              c("procedures_not_online", subj, notol), " TTHC chưa đủ điều kiện cung cấp trực tuyến.")
        doc.relate("sum", Nw, [full, part, notol], planted=wrong_total is not None)
    else:
        doc.L(lead, "Có ", c("procedures_full_online", subj, full), " dịch vụ công trực tuyến toàn trình và ",
              c("procedures_partial_online", subj, part), " dịch vụ công trực tuyến một phần trên tổng số ",
              c("procedures_total", subj, Nw), " TTHC; số TTHC chưa cung cấp trực tuyến là ",
              c("procedures_not_online", subj, notol), ".")
        doc.relate("sum", Nw, [full, part, notol], planted=wrong_total is not None)
    if wrong_total is not None:
        doc.mistake("sum_mismatch", Nw, fint(Nw), f"parts add up to {N}")
    return N


# ------------------------------------------------------------------ 766

MAX766 = [("index_766_publicity", "Công khai, minh bạch", 18), ("index_766_progress", "Tiến độ giải quyết", 20),
          ("index_766_online_service", "Dịch vụ công trực tuyến", 12),
          ("index_766_online_payment", "Thanh toán trực tuyến", 10),
          ("index_766_satisfaction", "Mức độ hài lòng", 18), ("index_766_digitization", "Số hóa hồ sơ", 22)]


def comps766(rng, level=0.85):
    vals = []
    for _, _, m in MAX766:
        v = Decimal(str(round(m * rng.uniform(level - 0.1, min(1.0, level + 0.12)), 2)))
        vals.append(min(v, Decimal(m)))
    return vals


def index766(doc, rng, subj, v, rank=None, field=None, wrong_total=None, level=0.85, lead=""):
    vals = comps766(rng, level)
    total = sum(vals)
    tw = float(total) if wrong_total is None else wrong_total
    t_total = doc.score("index_766_total", subj, tw, maximum=100)
    if v == 0:
        doc.L(lead, "Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Bộ chỉ số 766): đạt ",
              t_total, "/", doc.nf("100 điểm", "maximum"), rank_text(doc, subj, rank, field, 0), ", cụ thể:")
        for (ind, label, m), val in zip(MAX766, vals):
            doc.L("+ ", label, ": ", doc.score(ind, subj, float(val), maximum=m), "/", doc.nf(f"{m} điểm", "maximum"), ";")
    elif v == 1:
        parts = []
        for (ind, label, m), val in zip(MAX766, vals):
            parts.append(f"{label.lower()} {doc.score(ind, subj, float(val), maximum=m)} điểm (tối đa {doc.nf(str(m), 'maximum')})")
        doc.L(lead, "Theo Bộ chỉ số 766, tổng điểm đạt ", t_total, " điểm", rank_text(doc, subj, rank, field, 1), "; trong đó ",
              "; ".join(parts[:3]), ";")
        doc.L("; ".join(parts[3:]), ".")
    elif v == 2:
        doc.L(lead, "Điểm Bộ chỉ số 766 (thang điểm ", doc.nf("100", "maximum"), "): ", t_total,
              rank_text(doc, subj, rank, field, 2), ". Các nhóm chỉ số thành phần:")
        for (ind, label, m), val in zip(MAX766, vals):
            doc.L("  ", label, " (", doc.nf(f"{m} điểm", "maximum"), "): ", doc.score(ind, subj, float(val), maximum=m))
    doc.relate("score", tw, [float(x) for x in vals], planted=wrong_total is not None)
    if wrong_total is not None:
        doc.mistake("score_sum_mismatch", wrong_total, t_total, f"components add up to {fpct(float(total), 2)}")
    return float(total)


def rank_text(doc, subj, rank, field, v):
    if rank is None:
        return ""
    doc.rank(subj, rank, field)
    if v == 0:
        return f", xếp thứ {rank}/{field}"
    if v == 1:
        return f", đứng thứ {rank}/{field} cả nước"
    return f" - xếp hạng {rank}/{field}"


# ------------------------------------------------------------------ tables

def table(doc, style, headers, rows, caption=None):
    """rows: list of (label, [cell texts]). Writes the table in the given style."""
    doc.tables += 1
    if caption:
        doc.L(caption)
    allrows = [headers] + [[lab] + cells for lab, cells in rows]
    widths = [max(len(r[i]) for r in allrows) for i in range(len(headers))]
    if style == "tab":
        for r in allrows:
            doc.L("\t".join(r))
    elif style == "bars":
        for r in allrows:
            doc.L("| " + " | ".join(x.ljust(w) for x, w in zip(r, widths)) + " |")
    elif style == "bars_inner":
        for r in allrows:
            doc.L(" | ".join(x for x in r))
    elif style == "space":
        for i, r in enumerate(allrows):
            doc.L("  ".join(x.ljust(w) if j == 0 else x.rjust(w) for j, (x, w) in enumerate(zip(r, widths))))
            if i == 0:
                doc.L("-" * (sum(widths) + 2 * (len(widths) - 1)))
    elif style == "box":
        top = "┌" + "┬".join("─" * (w + 2) for w in widths) + "┐"
        mid = "├" + "┼".join("─" * (w + 2) for w in widths) + "┤"
        bot = "└" + "┴".join("─" * (w + 2) for w in widths) + "┘"
        doc.L(top)
        for i, r in enumerate(allrows):
            doc.L("│" + "│".join(" " + x.ljust(w) + " " for x, w in zip(r, widths)) + "│")
            if i == 0:
                doc.L(mid)
        doc.L(bot)


def flow_table(doc, style, rows_spec, cols, tindex, caption=None, wrong_total_cell=None):
    """rows_spec: list of (label, subject, scope, Flow). cols from: rec, onl, off, res, intime, late, pend,
    rate, orate. wrong_total_cell: (row_label, col, stated) planted sum mismatch."""
    names = {"rec": "Tiếp nhận", "onl": "Trực tuyến", "off": "Trực tiếp", "res": "Đã giải quyết",
             "intime": "Trước hạn, đúng hạn", "late": "Quá hạn", "pend": "Đang giải quyết",
             "rate": "Tỷ lệ đúng hạn (%)", "orate": "Tỷ lệ nộp trực tuyến (%)"}
    ind = {"rec": "received_total", "onl": "received_online", "off": "received_offline", "res": "resolved_total",
           "intime": "resolved_in_time", "late": "resolved_late", "pend": "pending_total"}
    headers = ["Đơn vị"] + [names[c] for c in cols]
    rows = []
    for label, subj, scope, f in rows_spec:
        cells = []
        for col in cols:
            cell = {"table": tindex, "row": label, "path": [names[col]]}
            if col in ind:
                val = {"rec": f.total, "onl": f.online, "off": f.offline, "res": f.resolved, "intime": f.in_time,
                       "late": f.late, "pend": f.pending}[col]
                if wrong_total_cell and wrong_total_cell[0] == label and wrong_total_cell[1] == col:
                    val = wrong_total_cell[2]
                cells.append(doc.cnt(ind[col], subj, val, scope, cell=cell))
            elif col == "rate":
                cells.append(doc.pct("resolved_on_time", subj, f.in_time, f.resolved, scope=scope, cell=cell, sign=""))
            elif col == "orate":
                cells.append(doc.pct("online_submission", subj, f.online, f.total, scope=scope, cell=cell, sign=""))
        rows.append((label, cells))
    table(doc, style, headers, rows, caption)
