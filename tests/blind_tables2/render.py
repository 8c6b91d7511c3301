"""Rendering of the blind table set 2: PDF (reportlab, DejaVu Sans), DOCX (python-docx), HTML,
XLSX (openpyxl) and legacy .doc/.xls through headless LibreOffice."""
from __future__ import annotations

import html as htmlmod
import os
import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from model import COUNT, RATE, SCORE, Table, cell_text

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def header_cells(t: Table):
    """The header as (row, col, rowspan, colspan, text) from the leaf paths: leaves sharing a
    prefix merge across, a path shorter than the depth spans down."""
    D = t.depth
    paths = [c.path for c in t.cols]
    cells = []
    for lvl in range(D):
        j = 0
        while j < len(paths):
            p = paths[j]
            if len(p) <= lvl:
                j += 1
                continue
            if len(p) - 1 == lvl:
                cells.append((lvl, j, D - lvl, 1, p[lvl]))
                j += 1
                continue
            k = j
            while k + 1 < len(paths) and len(paths[k + 1]) > lvl + 1 and paths[k + 1][:lvl + 1] == p[:lvl + 1]:
                k += 1
            cells.append((lvl, j, 1, k - j + 1, p[lvl]))
            j = k + 1
    return cells


def header_grid(t: Table):
    D, W = t.depth, len(t.cols)
    grid = [["" for _ in range(W)] for _ in range(D)]
    for r, c, rs, cs, text in header_cells(t):
        grid[r][c] = text
    return grid


def number_row(t: Table):
    return [f"({i + 1})" for i in range(len(t.cols))]


def body_grid(t: Table):
    return [[cell_text(t, c.key, r) for c in t.cols] for r in t.rows]


def is_numeric_col(key):
    return key in COUNT or key in RATE or key in SCORE or key == "rank"


# ---------------------------------------------------------------- PDF

_fonts = False


def _register():
    global _fonts
    if _fonts:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVI", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    _fonts = True


def render_pdf(doc, path: Path, *, ruled: bool, two_pages: bool = False, fontsize=7.0):
    _register()
    from reportlab import rl_config
    from reportlab.lib import colors
    rl_config.invariant = 1  # reproducible files
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer,
                                    Table as RLTable, TableStyle)

    page = landscape(A4)
    sd = SimpleDocTemplate(str(path), pagesize=page, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                           topMargin=1.3 * cm, bottomMargin=1.3 * cm,
                           title=doc.title, author=doc.issuer_lines[-1])
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13.5, alignment=TA_JUSTIFY,
                          firstLineIndent=0.8 * cm, spaceAfter=3)
    ctr = ParagraphStyle("c", fontName="DVB", fontSize=10.5, leading=13.5, alignment=TA_CENTER)
    ctrn = ParagraphStyle("cn", fontName="DV", fontSize=10, leading=13, alignment=TA_CENTER)
    small_r = ParagraphStyle("sr", fontName="DVI", fontSize=8.5, leading=11, alignment=TA_RIGHT)
    note = ParagraphStyle("n", fontName="DVI", fontSize=8.5, leading=11)
    hdr = ParagraphStyle("h", fontName="DVB", fontSize=fontsize, leading=fontsize + 1.6, alignment=TA_CENTER)
    story = []
    # heading: issuer left, motto right (a borderless two-column block)
    left = "<br/>".join(htmlmod.escape(x) for x in doc.issuer_lines) + f"<br/>Số: {htmlmod.escape(doc.number)}"
    right = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc<br/><br/>"
             f"<i>{htmlmod.escape(doc.place_date)}</i>")
    head = RLTable([[Paragraph(left, ctrn), Paragraph(right, ctrn)]], colWidths=[11 * cm, 15 * cm])
    story += [head, Spacer(1, 8), Paragraph(htmlmod.escape(doc.kind_title), ctr),
              Paragraph(htmlmod.escape(doc.title), ctr), Spacer(1, 8)]

    def prose(par):
        story.append(Paragraph(htmlmod.escape(par), body))

    for par in doc.prose_before:
        prose(par)
    avail = page[0] - 3 * cm
    for ti, t in enumerate(doc.tables):
        if t.caption:
            story.append(Paragraph(htmlmod.escape(t.caption), ctr))
        if t.units_line:
            story.append(Paragraph(htmlmod.escape(t.units_line), small_r))
        D = t.depth
        data = []
        hg = header_grid(t)
        for row in hg:
            data.append([Paragraph(htmlmod.escape(x), hdr) if x else "" for x in row])
        nh = D
        if t.number_row:
            data.append(number_row(t))
            nh += 1
        for r in t.rows:
            data.append([cell_text(t, c.key, r) for c in t.cols])
        weights = [c.width for c in t.cols]
        widths = [avail * w / sum(weights) for w in weights]
        style = [("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), fontsize),
                 ("LEADING", (0, 0), (-1, -1), fontsize + 2),
                 ("VALIGN", (0, 0), (-1, nh - 1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
        for r, c, rs, cs, text in header_cells(t):
            if rs > 1 or cs > 1:
                style.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
        if t.number_row:
            style += [("ALIGN", (0, D), (-1, D), "CENTER"), ("FONTNAME", (0, D), (-1, D), "DVI")]
        for j, c in enumerate(t.cols):
            if is_numeric_col(c.key):
                style.append(("ALIGN", (j, nh), (j, -1), "RIGHT"))
            elif c.key == "stt":
                style.append(("ALIGN", (j, nh), (j, -1), "CENTER"))
        for i, r in enumerate(t.rows):
            if r.kind in ("group", "total", "section", "maxima"):
                style.append(("FONTNAME", (0, nh + i), (-1, nh + i), "DVB"))
            if r.span_label:
                style.append(("SPAN", (0, nh + i), (1, nh + i)))
                data[nh + i][0] = r.label
                data[nh + i][1] = ""
        if ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        tbl = RLTable(data, colWidths=widths, repeatRows=nh if two_pages else 0, style=TableStyle(style))
        story.append(tbl)
        if t.note:
            story.append(Paragraph(htmlmod.escape(t.note), note))
        story.append(Spacer(1, 6))
    for par in doc.prose_after:
        prose(par)
    if doc.signer:
        sig = ParagraphStyle("s", fontName="DVB", fontSize=10, leading=13, alignment=TA_CENTER)
        block = RLTable([["", Paragraph("<br/>".join(htmlmod.escape(x) for x in doc.signer), sig)]],
                        colWidths=[15 * cm, 11 * cm])
        story += [Spacer(1, 6), KeepTogether(block)]
    sd.build(story)


# ---------------------------------------------------------------- DOCX

def render_docx(doc, path: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "\n".join(doc.issuer_lines + [f"Số: {doc.number}"])
    head.cell(0, 1).text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                            + doc.place_date)
    for c in head.rows[0].cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in (doc.kind_title, doc.title):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    for par in doc.prose_before:
        d.add_paragraph(par)
    for t in doc.tables:
        if t.caption:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(t.caption).bold = True
        if t.units_line:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(t.units_line).italic = True
        D = t.depth
        nh = D + (1 if t.number_row else 0)
        tb = d.add_table(rows=nh + len(t.rows), cols=len(t.cols))
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, c, rs, cs, text in header_cells(t):
            cell = tb.cell(r, c)
            if rs > 1 or cs > 1:
                cell = cell.merge(tb.cell(r + rs - 1, c + cs - 1))
            cell.text = text
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.bold = True
        if t.number_row:
            for j, x in enumerate(number_row(t)):
                tb.cell(D, j).text = x
        for i, r in enumerate(t.rows):
            ri = nh + i
            if r.span_label:
                cell = tb.cell(ri, 0).merge(tb.cell(ri, 1))
                cell.text = r.label
            for j, c in enumerate(t.cols):
                if r.span_label and j < 2:
                    continue
                cell = tb.cell(ri, j)
                cell.text = cell_text(t, c.key, r)
                if is_numeric_col(c.key):
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if r.kind in ("group", "total", "section"):
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        weights = [c.width for c in t.cols]
        tb.autofit = False
        for j, col in enumerate(tb.columns):
            col.width = Cm(26.5 * weights[j] / sum(weights))
        for row in tb.rows:
            for j, cell in enumerate(row.cells):
                cell.width = Cm(26.5 * weights[j] / sum(weights))
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(9)
        if t.note:
            p = d.add_paragraph()
            p.add_run(t.note).italic = True
    for par in doc.prose_after:
        d.add_paragraph(par)
    if doc.signer:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run("\n".join(doc.signer)).bold = True
    d.save(str(path))


def docx_grids(path: Path):
    """Every table of a DOCX as a grid of cell texts (merged cells repeated)."""
    import docx
    d = docx.Document(str(path))
    return [[[c.text for c in row.cells] for row in tb.rows] for tb in d.tables]


# ---------------------------------------------------------------- HTML

def render_html(doc, path: Path):
    e = htmlmod.escape
    out = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
           f"<title>{e(doc.title)}</title>",
           "<style>body{font-family:Arial,sans-serif;font-size:14px;max-width:1100px;margin:auto}"
           "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #666;padding:3px 5px}"
           "td.n{text-align:right}.u{text-align:right;font-style:italic}</style></head><body>",
           '<div class="header">']
    out += [f"<div>{e(x)}</div>" for x in doc.issuer_lines]
    out.append(f"<div>Ngày đăng: {e(doc.place_date)}</div></div>")
    out.append(f"<h2>{e(doc.kind_title)} {e(doc.title)}</h2>" if doc.kind_title else f"<h2>{e(doc.title)}</h2>")
    for par in doc.prose_before:
        out.append(f"<p>{e(par)}</p>")
    for t in doc.tables:
        if t.caption:
            out.append(f"<h3>{e(t.caption)}</h3>")
        if t.units_line:
            out.append(f'<p class="u">{e(t.units_line)}</p>')
        out.append('<table border="1">')
        out.append("<thead>")
        D = t.depth
        cells = header_cells(t)
        for lvl in range(D):
            tr = []
            for r, c, rs, cs, text in sorted(cells, key=lambda x: x[1]):
                if r != lvl:
                    continue
                a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                tr.append(f"<th{a}>{e(text)}</th>")
            out.append("<tr>" + "".join(tr) + "</tr>")
        if t.number_row:
            out.append("<tr>" + "".join(f"<th>{x}</th>" for x in number_row(t)) + "</tr>")
        out.append("</thead><tbody>")
        group_col = getattr(t, "html_group_col", None)
        for i, r in enumerate(t.rows):
            tds = []
            for j, c in enumerate(t.cols):
                if r.span_label and j == 0:
                    tds.append(f'<td colspan="2"><b>{e(r.label)}</b></td>')
                    continue
                if r.span_label and j == 1:
                    continue
                if group_col is not None and c.key == "stt":
                    g = group_col.get(i)
                    if g is None:
                        continue  # covered by a rowspan above
                    label, span = g
                    tds.append(f'<td rowspan="{span}">{e(label)}</td>')
                    continue
                txt = cell_text(t, c.key, r)
                cls = ' class="n"' if is_numeric_col(c.key) else ""
                if r.kind in ("total", "group", "section") and txt:
                    txt_html = f"<b>{e(txt)}</b>"
                else:
                    txt_html = e(txt)
                tds.append(f"<td{cls}>{txt_html}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</tbody></table>")
        if t.note:
            out.append(f"<p><i>{e(t.note)}</i></p>")
    for par in doc.prose_after:
        out.append(f"<p>{e(par)}</p>")
    if doc.signer:
        out.append('<p style="text-align:right"><b>' + "<br>".join(e(x) for x in doc.signer) + "</b></p>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- XLSX

def xlsx_value(t: Table, key, r):
    """The value stored in a spreadsheet cell and its number format."""
    if key in ("stt", "name", "text"):
        return cell_text(t, key, r), None
    v = r.vals.get(key, "")
    if isinstance(v, str):
        return (v if v else None), None
    if key in COUNT or key == "rank":
        if v == 0 and key in COUNT and t.zero == "-":
            return "-", None
        return int(v), "#,##0"
    if key in RATE:
        if t.xlsx_pct_fraction:
            return float(v / 100), "0." + "0" * t.decimals + "%"
        return float(v), "0." + "0" * t.decimals if t.decimals else "0"
    if key in SCORE:
        return float(v), "0.00"
    raise ValueError(key)


def render_xlsx(doc, path: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = doc.sheet_name
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    W = max(len(t.cols) for t in doc.tables)
    row = 1

    def line(text, bold=False, italic=False, align="left"):
        nonlocal row
        ws.cell(row=row, column=1, value=text).font = Font(bold=bold, italic=italic)
        ws.cell(row=row, column=1).alignment = Alignment(horizontal=align, wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=W)
        if len(text) > 120:
            ws.row_dimensions[row].height = 15 * (1 + len(text) // 120)
        row += 1

    for x in doc.issuer_lines:
        line(x, bold=True)
    line(doc.place_date, italic=True, align="right")
    if doc.kind_title:
        line(doc.kind_title, bold=True, align="center")
    line(doc.title, bold=True, align="center")
    for par in doc.prose_before:
        line(par)
    doc.xlsx_cells = []  # (table, row label, key, excel row, excel col) for the checks
    for ti, t in enumerate(doc.tables):
        if t.caption:
            line(t.caption, bold=True, align="center")
        if t.units_line:
            line(t.units_line, italic=True, align="right")
        top = row
        D = t.depth
        for r, c, rs, cs, text in header_cells(t):
            cell = ws.cell(row=top + r, column=1 + c, value=text)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=top + r, start_column=1 + c,
                               end_row=top + r + rs - 1, end_column=c + cs)
        for rr in range(top, top + D):
            for cc in range(1, len(t.cols) + 1):
                ws.cell(row=rr, column=cc).border = border
        row = top + D
        if t.number_row:
            for j, x in enumerate(number_row(t)):
                ws.cell(row=row, column=1 + j, value=x).border = border
            row += 1
        for r in t.rows:
            for j, c in enumerate(t.cols):
                if r.span_label and j == 1:
                    continue
                if r.span_label and j == 0:
                    val, fmt = r.label, None
                else:
                    val, fmt = xlsx_value(t, c.key, r)
                cell = ws.cell(row=row, column=1 + j, value=val)
                cell.border = border
                if fmt:
                    cell.number_format = fmt
                if isinstance(val, (int, float)) or val in ("-", "x", "..."):
                    cell.alignment = Alignment(horizontal="right")
                if r.kind in ("total", "group", "section", "maxima"):
                    cell.font = Font(bold=True)
                if c.key not in ("stt", "name", "text"):
                    doc.xlsx_cells.append((ti, r.label, c.key, row, 1 + j, val))
            if r.span_label:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
                ws.cell(row=row, column=2).border = border
            row += 1
        if t.note:
            line(t.note, italic=True)
        row += 1
    for par in doc.prose_after:
        line(par)
    if doc.signer:
        for x in doc.signer:
            line(x, bold=True, align="right")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 34
    from openpyxl.utils import get_column_letter
    for j in range(3, W + 1):
        ws.column_dimensions[get_column_letter(j)].width = 12
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 1)
    wb.properties.creator = doc.issuer_lines[-1]
    wb.save(str(path))


# ---------------------------------------------------------------- LibreOffice

def soffice_convert(src: Path, target: str, outdir: Path) -> Path:
    """Convert with headless LibreOffice in a private profile; returns the new file."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
    prof = Path(tempfile.gettempdir()) / "blind_tables2_lo_profile"
    cmd = [exe, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", target,
           "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    ext = target.split(":")[0]
    out = outdir / (src.stem + "." + ext)
    if not out.exists():
        raise RuntimeError(f"LibreOffice did not write {out}")
    return out
