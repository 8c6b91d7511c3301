"""Shared pieces of the blind-D reports: header blocks and signatures (words only; every
number goes through a recording helper of engine.py)."""
from engine import dt, ref


def header(d, left, number, place, day, month, year, split=False, right_top="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
    """Issuer block, number and place/date. left is a list of issuer lines. With split=True the
    place and the date run over two lines, as they do in many PDF exports."""
    lines = list(left)
    d.p(f"{lines[0]}          {right_top}")
    d.p(f"{lines[1] if len(lines) > 1 else ''}          Độc lập - Tự do - Hạnh phúc")
    for extra in lines[2:]:
        d.p(extra)
    d.blank()
    date = f"ngày {day} tháng {month} năm {year}"
    if split:
        d.p("Số: {}          " + place + ",", ref(number))
        d.p("{}", dt(date))
    else:
        d.p("Số: {}          " + place + ", {}", ref(number), dt(date))
    d.blank()


def sign(d, authority, position, name, recipients=("Như trên",)):
    d.blank()
    d.p("Nơi nhận:")
    for r in recipients:
        d.p("- " + r + ";")
    d.p("- Lưu: VT.")
    d.p(f"          {authority}")
    if position:
        d.p(f"          {position}")
    d.blank()
    d.p(f"          {name}")
