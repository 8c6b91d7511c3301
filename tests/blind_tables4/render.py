"""Writers of blind table set 4: one document model, nine formats.

PDF through reportlab (a text layer; ruled, borderless, or a long table that reportlab splits over
pages with its header repeated), DOCX through python-docx (merged header cells), HTML by hand
(rowspan/colspan), XLSX through openpyxl (merged ranges), and ODS / DOC / XLS converted from the
XLSX / DOCX by headless LibreOffice.
"""
from __future__ import annotations

import html as _html
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from model import Table


@dataclass
class Doc:
    name: str
    fmt: str
    register: str
    doc_date: str
    province: str | None
    issuer: list
    number: str
    place_date: str
    title: list
    blocks: list                    # ('p', text) | ('t', Table) | ('h', heading text)
    signer: tuple = ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn An")
    prose_facts: list = field(default_factory=list)
    not_facts: list = field(default_factory=list)
    mistakes: list = field(default_factory=list)
    motto: bool = True
    portrait: bool = False

    def tables(self):
        return [b[1] for b in self.blocks if b[0] == "t"]


MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# ---------------------------------------------------------------- PDF (reportlab)

_FONTS = False


def _fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("TNR", base + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("TNR-B", base + "LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("TNR-I", base + "LiberationSerif-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("TNR", 0, 0, "TNR")
    addMapping("TNR", 1, 0, "TNR-B")
    addMapping("TNR", 0, 1, "TNR-I")
    addMapping("TNR", 1, 1, "TNR-B")
    _FONTS = True


def _vtext_cls():
    from reportlab.platypus import Flowable
    from reportlab.pdfbase.pdfmetrics import stringWidth

    class VText(Flowable):
        """Header text set vertically (reading upwards), as narrow columns of forms are."""

        def __init__(self, text, size):
            super().__init__()
            self.text, self.size = text, size

        def wrap(self, aw, ah):
            self.w = stringWidth(self.text, "TNR-B", self.size)
            return self.size + 2, self.w + 4

        def draw(self):
            c = self.canv
            c.saveState()
            c.setFont("TNR-B", self.size)
            c.translate(self.size, 2)
            c.rotate(90)
            c.drawString(0, 0, self.text)
            c.restoreState()

    return VText


def write_pdf(doc: Doc, out: Path, ruled=True):
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table as RLTable,
                                    TableStyle)
    VText = _vtext_cls()
    tables = doc.tables()
    land = not doc.portrait and any(t.landscape for t in tables)
    size = landscape(A4) if land else A4
    body = ParagraphStyle("b", fontName="TNR", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                          firstLineIndent=20, spaceAfter=4)
    center = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    bold_c = ParagraphStyle("bc", parent=center, fontName="TNR-B")
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, fontName="TNR-I",
                           firstLineIndent=0, fontSize=10)
    story = []
    # national header: two columns, as issued documents set it (a layout table, no rules)
    left = "<br/>".join(doc.issuer[:-1] + [f"<b>{doc.issuer[-1]}</b>"]) + (f"<br/>Số: {doc.number}" if doc.number else "")
    rightt = (f"<b>{MOTTO[0]}</b><br/><b>{MOTTO[1]}</b><br/><i>{doc.place_date}</i>"
              if doc.motto else f"<i>{doc.place_date}</i>")
    W = size[0] - 30 * mm
    hdr = RLTable([[Paragraph(left, ParagraphStyle("l", parent=center, fontSize=11)),
                    Paragraph(rightt, ParagraphStyle("l2", parent=center, fontSize=11))]],
                  colWidths=[W * 0.4, W * 0.6])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [hdr, Spacer(1, 8)]
    for t in doc.title:
        story.append(Paragraph(f"<b>{t}</b>", bold_c))
    story.append(Spacer(1, 6))
    for b in doc.blocks:
        if b[0] == "p":
            story.append(Paragraph(b[1], body))
        elif b[0] == "h":
            story.append(Paragraph(f"<b>{b[1]}</b>", ParagraphStyle("h", parent=body, firstLineIndent=0)))
        elif b[0] == "t":
            t: Table = b[1]
            group = []
            if t.title:
                group.append(Paragraph(f"<b>{t.title}</b>", bold_c))
            if t.unit_note:
                group.append(Paragraph(t.unit_note, right))
            group.append(_rl_table(t, W, ruled, VText, colors, TA_CENTER, TA_LEFT, TA_RIGHT,
                                   ParagraphStyle, Paragraph, RLTable, TableStyle))
            if doc.fmt != "pdf_pages" and len(t.rows) <= 30 and group[:-1]:
                from reportlab.platypus import KeepTogether
                story.append(KeepTogether(group))
            else:
                story += group
            for n in t.notes:
                story.append(Paragraph(f"<i>{n}</i>", ParagraphStyle("n", parent=body, fontSize=9,
                                                                    firstLineIndent=0)))
            story.append(Spacer(1, 6))
    sig = ParagraphStyle("s", parent=center, fontName="TNR-B")
    sigt = RLTable([["", Paragraph(doc.signer[0].replace("\n", "<br/>") + "<br/><br/><br/>" + doc.signer[1], sig)]],
                   colWidths=[W * 0.5, W * 0.5])
    story.append(sigt)
    pdf = SimpleDocTemplate(str(out), pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=" ".join(doc.title),
                            author=doc.issuer[-1])
    pdf.build(story)


def _rl_table(t: Table, W, ruled, VText, colors, TA_CENTER, TA_LEFT, TA_RIGHT, ParagraphStyle,
              Paragraph, RLTable, TableStyle):
    fs = t.font
    hs = ParagraphStyle("th", fontName="TNR-B", fontSize=fs, leading=fs + 1.5, alignment=TA_CENTER)
    ls = ParagraphStyle("tl", fontName="TNR", fontSize=fs, leading=fs + 1.5, alignment=TA_LEFT)
    lsb = ParagraphStyle("tlb", parent=ls, fontName="TNR-B")
    D = t.depth()
    n = len(t.cols)
    data = [["" for _ in range(n)] for _ in range(D)]
    style = [("FONT", (0, 0), (-1, -1), "TNR", fs), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    for r, c, rs, cs, text, vert in t.header_cells():
        data[r][c] = VText(text, fs) if vert else Paragraph(text, hs)
        if rs > 1 or cs > 1:
            style.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
    hrows = D
    if t.number_row:
        data.append([Paragraph(x, ParagraphStyle("nr", parent=hs, fontName="TNR-I")) for x in t.number_texts()])
        hrows += 1
    for ri, (row, texts) in enumerate(t.body()):
        y = len(data)
        if row.role == "note":
            data.append([Paragraph(f"<i>{row.label}</i>", ls)] + [""] * (n - 1))
            style.append(("SPAN", (0, y), (-1, y)))
            continue
        if row.role == "heading":
            data.append([Paragraph(f"<b>{row.label}</b>", lsb)] + [""] * (n - 1))
            style.append(("SPAN", (0, y), (-1, y)))
            continue
        line = []
        for c, txt in zip(t.cols, texts):
            if c.kind == "label":
                line.append(Paragraph(txt, lsb if row.bold else ls))
            else:
                line.append(txt)
        data.append(line)
        if row.bold:
            style.append(("FONT", (0, y), (-1, y), "TNR-B", fs))
    for ci, c in enumerate(t.cols):
        if c.kind not in ("label", "stt"):
            style.append(("ALIGN", (ci, hrows), (ci, -1), "RIGHT"))
        elif c.kind == "stt":
            style.append(("ALIGN", (ci, hrows), (ci, -1), "CENTER"))
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    tot = sum(c.width for c in t.cols)
    widths = [W * c.width / tot for c in t.cols]
    rl = RLTable(data, colWidths=widths, repeatRows=hrows)
    rl.setStyle(TableStyle(style))
    return rl


# ---------------------------------------------------------------- DOCX (python-docx)


def write_docx(doc: Doc, out: Path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm
    d = Document()
    d._portrait = doc.portrait
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    land = not doc.portrait and any(t.landscape for t in doc.tables())
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Mm(15))
    # national header: a two-column layout table without borders
    ht = d.add_table(rows=1, cols=2)
    ht.autofit = False
    full = 267 if land else 180
    for i, frac in enumerate((0.4, 0.6)):
        ht.cell(0, i).width = Mm(full * frac)
    a = ht.cell(0, 0).paragraphs[0]
    a.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(doc.issuer):
        r = a.add_run(line + "\n")
        r.bold = i == len(doc.issuer) - 1
    if doc.number:
        a.add_run(f"Số: {doc.number}")
    b = ht.cell(0, 1).paragraphs[0]
    b.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if doc.motto:
        b.add_run(MOTTO[0] + "\n").bold = True
        b.add_run(MOTTO[1] + "\n").bold = True
    b.add_run(doc.place_date).italic = True
    for t in doc.title:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    for blk in doc.blocks:
        if blk[0] == "p":
            p = d.add_paragraph(blk[1])
            p.paragraph_format.first_line_indent = Mm(10)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif blk[0] == "h":
            d.add_paragraph().add_run(blk[1]).bold = True
        elif blk[0] == "t":
            t: Table = blk[1]
            if t.title:
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(t.title).bold = True
            if t.unit_note:
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(t.unit_note).italic = True
            _docx_table(d, t, Pt, qn, OxmlElement, WD_ALIGN_PARAGRAPH, WD_TABLE_ALIGNMENT)
            d.add_paragraph()   # a paragraph after a table: adjacent tables would run into one
            for n in t.notes:
                d.add_paragraph().add_run(n).italic = True
    st = d.add_table(rows=1, cols=2)
    p = st.cell(0, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(doc.signer[0] + "\n\n\n\n" + doc.signer[1]).bold = True
    d.save(str(out))


def _docx_table(d, t: Table, Pt, qn, OxmlElement, AL, TAL):
    D = t.depth()
    n = len(t.cols)
    body = t.body()
    nrows = D + (1 if t.number_row else 0) + len(body)
    tb = d.add_table(rows=nrows, cols=n)
    tb.style = "Table Grid"
    tb.alignment = TAL.CENTER
    fs = Pt(max(t.font + 2, 8))

    def put(cell, text, bold=False, italic=False, align=AL.CENTER, vert=False):
        p = cell.paragraphs[0]
        p.alignment = align
        r = p.add_run(text)
        r.bold, r.italic, r.font.size = bold, italic, fs
        if vert:
            tcPr = cell._tc.get_or_add_tcPr()
            td = OxmlElement("w:textDirection")
            td.set(qn("w:val"), "btLr")
            tcPr.append(td)

    from docx.shared import Mm
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    usable = 267 if t.landscape and not getattr(d, "_portrait", False) else 180
    tot = sum(c.width for c in t.cols)
    tb.autofit = False
    grid = tb._tbl.tblGrid.findall(qn("w:gridCol"))
    for ci, c in enumerate(t.cols):
        w = Mm(usable * c.width / tot)
        grid[ci].set(qn("w:w"), str(int(w.twips)))
        for row in tb.rows:
            row.cells[ci].width = w
    for r, c, rs, cs, text, vert in t.header_cells():
        cell = tb.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(tb.cell(r + rs - 1, c + cs - 1))
        put(cell, text, bold=True, vert=vert)
        if vert:
            tb.rows[r + rs - 1].height = Mm(28)
            tb.rows[r + rs - 1].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    y = D
    if t.number_row:
        for ci, x in enumerate(t.number_texts()):
            put(tb.cell(y, ci), x, italic=True)
        y += 1
    for row, texts in body:
        if row.role in ("note", "heading"):
            cell = tb.cell(y, 0).merge(tb.cell(y, n - 1))
            put(cell, row.label, bold=row.role == "heading", italic=row.role == "note", align=AL.LEFT)
        else:
            for ci, (c, txt) in enumerate(zip(t.cols, texts)):
                al = AL.LEFT if c.kind == "label" else (AL.CENTER if c.kind == "stt" else AL.RIGHT)
                put(tb.cell(y, ci), txt, bold=row.bold, align=al)
        y += 1


# ---------------------------------------------------------------- HTML


def write_html(doc: Doc, out: Path, css=True):
    e = _html.escape
    h = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
         f"<title>{e(' '.join(doc.title))}</title>"]
    if css:
        h.append("<style>body{font-family:Arial,sans-serif;font-size:14px} table{border-collapse:collapse}"
                 " td,th{border:1px solid #999;padding:2px 5px} td.n{text-align:right}"
                 " tr.g td{font-weight:bold;background:#eef}</style>")
    h.append("</head><body>")
    h.append(f'<div class="header"><p>{e(" - ".join(doc.issuer))}</p><p>{e(doc.place_date)}</p></div>')
    h.append(f'<h1>{e(" ".join(doc.title))}</h1>')
    if doc.number:
        h.append(f"<p>Số: {e(doc.number)}</p>")
    for b in doc.blocks:
        if b[0] == "p":
            h.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "h":
            h.append(f"<h3>{e(b[1])}</h3>")
        elif b[0] == "t":
            t = b[1]
            if t.title:
                h.append(f"<h2>{e(t.title)}</h2>")
            if t.unit_note:
                h.append(f'<p style="text-align:right"><i>{e(t.unit_note)}</i></p>')
            h.append(_html_table(t))
            for n in t.notes:
                h.append(f"<p><i>{e(n)}</i></p>")
    h.append(f'<p style="text-align:right"><b>{e(doc.signer[0])}</b><br><b>{e(doc.signer[1])}</b></p>')
    h.append("</body></html>")
    out.write_text("\n".join(h), encoding="utf-8")


def _html_table(t: Table) -> str:
    e = _html.escape
    D = t.depth()
    n = len(t.cols)
    rows = [[] for _ in range(D)]
    for r, c, rs, cs, text, vert in t.header_cells():
        attr = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
        if vert:
            attr += ' style="writing-mode:vertical-rl;transform:rotate(180deg)"'
        rows[r].append(f"<th{attr}>{e(text)}</th>")
    out = ['<table class="thongke">', "<thead>"]
    out += ["<tr>" + "".join(r) + "</tr>" for r in rows]
    if t.number_row:
        out.append("<tr>" + "".join(f"<th><i>{e(x)}</i></th>" for x in t.number_texts()) + "</tr>")
    out.append("</thead><tbody>")
    # label cells merged down (a group column beside its units)
    spans = {}
    if t.merge_down:
        i = 0
        for text, k in t.merge_down:
            spans[i] = k
            for j in range(i + 1, i + k):
                spans[j] = 0
            i += k
    for ri, (row, texts) in enumerate(t.body()):
        if row.role in ("note", "heading"):
            out.append(f'<tr><td colspan="{n}"><b>{e(row.label)}</b></td></tr>' if row.role == "heading"
                       else f'<tr><td colspan="{n}"><i>{e(row.label)}</i></td></tr>')
            continue
        cls = ' class="g"' if row.bold else ""
        tds = []
        for ci, (c, txt) in enumerate(zip(t.cols, texts)):
            if ci == 0 and ri in spans:
                if spans[ri]:
                    tds.append(f'<td rowspan="{spans[ri]}">{e(txt)}</td>')
                continue
            if c.kind == "label":
                tds.append(f"<td>{e(txt)}</td>")
            elif c.kind == "stt":
                tds.append(f'<td style="text-align:center">{e(txt)}</td>')
            else:
                tds.append(f'<td class="n">{e(txt)}</td>')
        out.append(f"<tr{cls}>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


# ---------------------------------------------------------------- XLSX (openpyxl)


def write_xlsx(doc: Doc, out: Path, pct_fraction=False):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    y = 1
    t0 = doc.tables()[0]
    n = len(t0.cols)
    ws.cell(y, 1, doc.issuer[-1]).font = Font(bold=True)
    ws.cell(y, max(4, n - 3), MOTTO[0]).font = Font(bold=True)
    y += 1
    if doc.number:
        ws.cell(y, 1, f"Số: {doc.number}")
    ws.cell(y, max(4, n - 3), doc.place_date).font = Font(italic=True)
    y += 2
    for tl in doc.title:
        ws.cell(y, 1, tl).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=y, start_column=1, end_row=y, end_column=n)
        ws.cell(y, 1).alignment = Alignment(horizontal="center")
        y += 1
    for b in doc.blocks:
        if b[0] in ("p", "h"):
            ws.cell(y, 1, b[1]).font = Font(bold=b[0] == "h")
            y += 1
            continue
        t: Table = b[1]
        n = len(t.cols)
        if t.title:
            ws.cell(y, 1, t.title).font = Font(bold=True)
            y += 1
        if t.unit_note:
            c = ws.cell(y, n, t.unit_note)
            c.font = Font(italic=True)
            c.alignment = Alignment(horizontal="right")
            y += 1
        D = t.depth()
        for r, c, rs, cs, text, vert in t.header_cells():
            cell = ws.cell(y + r, c + 1, text)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True,
                                       text_rotation=90 if vert else 0)
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=y + r, start_column=c + 1, end_row=y + r + rs - 1,
                               end_column=c + cs)
        for rr in range(y, y + D):
            ws.row_dimensions[rr].height = 60 if any(c.vertical for c in t.cols) and rr == y + D - 1 else 32
            for cc in range(1, n + 1):
                ws.cell(rr, cc).border = box
        from openpyxl.utils import get_column_letter
        for ci, c in enumerate(t.cols, 1):
            ws.column_dimensions[get_column_letter(ci)].width = (
                34 if c.kind == "label" else 6 if c.kind == "stt" else 11)
        y += D
        if t.number_row:
            for ci, x in enumerate(t.number_texts()):
                cell = ws.cell(y, ci + 1, x)
                cell.font = Font(italic=True)
                cell.alignment = Alignment(horizontal="center")
                cell.border = box
            y += 1
        for row in t.rows:
            if row.role in ("note", "heading"):
                ws.cell(y, 1, row.label).font = Font(bold=row.role == "heading", italic=row.role == "note")
                ws.merge_cells(start_row=y, start_column=1, end_row=y, end_column=n)
                y += 1
                continue
            for ci, c in enumerate(t.cols):
                txt, v = t.cell(row, c)
                cell = ws.cell(y, ci + 1)
                cell.border = box
                if row.bold:
                    cell.font = Font(bold=True)
                if c.kind in ("label", "stt"):
                    cell.value = txt if c.kind == "label" or not txt.isdigit() else int(txt)
                    continue
                if v is None or txt in ("-",):
                    cell.value = txt if txt else None
                    cell.alignment = Alignment(horizontal="right")
                    continue
                if c.kind == "rate":
                    if pct_fraction:
                        cell.value = float(f"{v / 100:.{c.dec + 2}f}")
                        cell.number_format = "0." + "0" * c.dec + "%"
                    else:
                        cell.value = v
                        cell.number_format = "0." + "0" * c.dec
                elif c.kind == "score":
                    cell.value = v
                    cell.number_format = "0.00"
                else:
                    cell.value = int(v)
                    cell.number_format = "#,##0"
            y += 1
        for nt in t.notes:
            ws.cell(y, 1, nt).font = Font(italic=True)
            y += 1
        y += 1
    ws.cell(y, max(4, n - 3), doc.signer[0].replace("\n", " ")).font = Font(bold=True)
    ws.cell(y + 3, max(4, n - 3), doc.signer[1]).font = Font(bold=True)
    wb.save(str(out))


# ---------------------------------------------------------------- LibreOffice conversions


def soffice_convert(src: Path, target_ext: str, out: Path):
    """Headless LibreOffice: src (docx/xlsx) -> out (doc/xls/ods)."""
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
               {"doc": "doc:MS Word 97", "xls": "xls:MS Excel 97", "ods": "ods"}[target_ext],
               "--outdir", td, str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        res = Path(td) / (src.stem + "." + target_ext)
        shutil.move(str(res), str(out))
