"""Render the seed texts as text-layer PDFs (reportlab, DejaVu fonts) and as DOCX (python-docx).

The administrative header is laid out in the standard two columns (issuer and number on the
left; national motto, place and date on the right), as Nghị định 30/2020/NĐ-CP sets it out.

    python -m corpus.render OUTDIR          # writes NNN.pdf and NNN.docx for every seed
"""
from __future__ import annotations

import sys
from pathlib import Path

import regex

from docparse.normalize.text import fold

SEEDS = sorted((Path(__file__).parent / "seeds").glob("*.txt"))
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
_RIGHT_MARKERS = regex.compile(r"cong\s+hoa|doc\s+[l1]ap|(?<=\S\s+)\S+(?:\s+\S+){0,4},\s*ngay\s")
_PLACE_DATE = regex.compile(r"[^,]*,\s*ngay\s")
_NUMBER = regex.compile(r"^\s*(?:s[o6ố0b8])\s*[:;.]")
_MARKUP = regex.compile(r"\*+")


def font_path(name: str) -> Path:
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(f"{name} not found: install Debian's fonts-dejavu-core")


def split_two_columns(line: str) -> tuple[str, str]:
    """Split a header line that holds both columns.

    >>> split_two_columns("UBND XA KHUC THUA DU CONG HOA XA HQI CHU NGHIA VIET NAM")
    ('UBND XA KHUC THUA DU', 'CONG HOA XA HQI CHU NGHIA VIET NAM')
    >>> split_two_columns("S6:15 /BC-TTPVHCC Xa Khiic Thiea Dy, ngay 02 thang 4 nam 2026")
    ('S6:15 /BC-TTPVHCC', 'Xa Khiic Thiea Dy, ngay 02 thang 4 nam 2026')
    """
    folded = fold(line)
    m = regex.search(r"cong\s+hoa|doc\s+[l1]ap", folded)
    if m and m.start() > 0:
        return line[: m.start()].strip(), line[m.start():].strip()
    if m:
        return "", line.strip()
    if _NUMBER.match(folded):
        sym = regex.search(r"/\s*[\w\-–]+", line)
        if sym and sym.end() < len(line) and _PLACE_DATE.search(folded[sym.end():]):
            return line[: sym.end()].strip(), line[sym.end():].strip()
        return line.strip(), ""
    if _PLACE_DATE.match(folded):
        return "", line.strip()
    return line.strip(), ""


def layout(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(header rows of two columns, body lines) of a seed text."""
    lines = [_MARKUP.sub("", ln).rstrip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln.strip()]
    header: list[tuple[str, str]] = []
    i = 0
    left_col, right_col = [], []
    while i < min(len(lines), 6):
        folded = fold(lines[i])
        if not (_RIGHT_MARKERS.search(folded) or _NUMBER.match(folded) or
                (left_col and lines[i].isupper() and len(lines[i]) < 40 and i < 3)):
            break
        left, right = split_two_columns(lines[i])
        if left:
            left_col.append(left)
        if right:
            right_col.append(right)
        i += 1
    if left_col or right_col:
        n = max(len(left_col), len(right_col))
        left_col += [""] * (n - len(left_col))
        right_col += [""] * (n - len(right_col))
        header = list(zip(left_col, right_col))
    return header, lines[i:]


def render_pdf(text: str, out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    if "DejaVuSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(font_path("DejaVuSerif.ttf"))))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(font_path("DejaVuSerif-Bold.ttf"))))
    body_style = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=11, leading=15)
    head_style = ParagraphStyle("head", fontName="DejaVuSerif-Bold", fontSize=10, leading=13,
                                alignment=1)
    header, lines = layout(text)
    story = []
    if header:
        rows = [[Paragraph(escape(a), head_style), Paragraph(escape(b), head_style)] for a, b in header]
        table = Table(rows, colWidths=[75 * mm, 95 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [table, Spacer(1, 6 * mm)]
    for line in lines:
        story.append(Paragraph(escape(line.strip()), body_style))
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=out.stem,
                            author="docparse corpus")
    doc.build(story)
    return out


def render_docx(text: str, out: Path) -> Path:
    import docx

    document = docx.Document()
    header, lines = layout(text)
    if header:
        table = document.add_table(rows=len(header), cols=2)
        for r, (a, b) in enumerate(header):
            table.cell(r, 0).text = a
            table.cell(r, 1).text = b
    for line in lines:
        document.add_paragraph(line.strip())
    document.save(str(out))
    return out


def render_all(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for seed in SEEDS:
        text = seed.read_text("utf-8")
        stem = seed.name[:3]
        written.append(render_pdf(text, outdir / f"{stem}.pdf"))
        written.append(render_docx(text, outdir / f"{stem}.docx"))
    return written


if __name__ == "__main__":
    for path in render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/rendered")):
        print(path)
