"""Validate a draft before signing: annotated PDF and DOCX copies, the HTML page (issue 7)."""
import io
import re
import zipfile

import pytest

from docparse import parse
from docparse.render.annotate import annotate_copy
from docparse.render.html import report_html


def _highlights(pdf_path):
    from pypdf import PdfReader

    reader = PdfReader(str(pdf_path))
    out = []
    for index, page in enumerate(reader.pages):
        for ref in page.get("/Annots", []) or []:
            annot = ref.get_object()
            if annot["/Subtype"] == "/Highlight":
                out.append((index, [float(v) for v in annot["/Rect"]], str(annot["/Contents"])))
    return reader, out


def _ratio_highlight(pdf_path):
    reader, highlights = _highlights(pdf_path)
    ratio = [h for h in highlights if "ratio_mismatch" in h[2]]
    assert len(ratio) == 1 and "43,14%" in ratio[0][2]
    page_index, rect, _ = ratio[0]
    import pypdfium2 as pdfium

    textpage = pdfium.PdfDocument(str(pdf_path))[page_index].get_textpage()
    assert textpage.get_text_bounded(*rect).strip() == "47,14%"  # exactly those characters
    return page_index, rect


def _assert_highlight_on_4714(pdf_path):
    """The rectangle covers the word "47,14%" as pdfplumber (pdfminer) places it."""
    import pdfplumber

    page_index, (x0, y0, x1, y1) = _ratio_highlight(pdf_path)
    with pdfplumber.open(str(pdf_path)) as pdf:
        page = pdf.pages[page_index]
        words = [w for w in page.extract_words() if "47,14" in w["text"]]
        height = float(page.height)
    assert words
    covered = [w for w in words if x0 - 1 <= w["x1"] and w["x0"] <= x1 + 1
               and y0 - 2 <= height - w["bottom"] and height - w["top"] <= y1 + 2]
    assert covered, (x0, y0, x1, y1, words)
    return x0, y0, x1, y1


def test_pdf_highlight_covers_the_wrong_percentage(rendered, tmp_path):
    source = rendered / "002.pdf"
    before = source.read_bytes()
    out = annotate_copy(source, parse(source), tmp_path / "review.pdf")
    assert source.read_bytes() == before  # the input is never modified
    _assert_highlight_on_4714(out)


def test_pdf_highlight_on_a_rotated_page_with_an_offset_media_box(rendered, tmp_path):
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=PdfReader(str(rendered / "002.pdf")))
    for page in writer.pages:
        page.add_transformation(Transformation().translate(150, 200))
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        page.mediabox = RectangleObject([150, 200, 150 + w, 200 + h])
        page.cropbox = page.mediabox
        page.rotate(90)
    odd = tmp_path / "rotated.pdf"
    with open(odd, "wb") as fh:
        writer.write(fh)
    out = annotate_copy(odd, parse(odd), tmp_path / "rotated-review.pdf")
    plain = annotate_copy(rendered / "002.pdf", parse(rendered / "002.pdf"), tmp_path / "plain.pdf")
    _, (a0, b0, a1, b1) = _ratio_highlight(out)
    _, (p0, q0, p1, q1) = _ratio_highlight(plain)
    # the content moved by (150, 200) in user space; so must the highlight, whatever the rotation
    assert abs(a0 - p0 - 150) < 0.5 and abs(b0 - q0 - 200) < 0.5 and abs(a1 - p1 - 150) < 0.5


def _comments_by_paragraph(docx_path):
    with zipfile.ZipFile(docx_path) as z:
        document = z.read("word/document.xml").decode()
        comments = z.read("word/comments.xml").decode()
    texts = {}
    for cid, body in re.findall(r'<w:comment [^>]*w:id="(\d+)"[^>]*>(.*?)</w:comment>', comments, re.S):
        texts[cid] = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body))
    out = []
    for para in re.findall(r"<w:p[ >].*?</w:p>", document, re.S):
        ptext = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", para))
        for cid in re.findall(r'<w:commentRangeStart w:id="(\d+)"', para):
            out.append((ptext, texts[cid]))
    return out


def test_docx_comments_on_the_right_paragraphs(rendered, tmp_path):
    source = rendered / "003.docx"
    out = annotate_copy(source, parse(source), tmp_path / "review.docx")
    pairs = _comments_by_paragraph(out)
    assert any("Thạch Khê" in p and "inconsistent_name" in c for p, c in pairs)
    assert any(p.startswith("Số:") and "Chưa điền số văn bản" in c for p, c in pairs)
    assert any("ngày tháng 02 năm 2026" in p and "Chưa điền ngày ban hành" in c for p, c in pairs)


def test_html_shows_findings_in_place_with_corrections(rendered):
    page = report_html(parse(rendered / "003.docx"))
    assert "http" not in re.sub(r'xmlns="[^"]*"', "", page.split("<body>", 1)[1])  # self-contained
    marks = re.findall(r'<div class="ln" data-page="1" data-line="(\d+)">.*?<mark class="(\w+)"[^>]*'
                       r'data-code="(\w+)">([^<]*)</mark>', page)
    assert any(code == "inconsistent_name" and "Thạch Khê" in text for _, _, code, text in marks)
    assert any(code == "draft_incomplete" and text.startswith("Số:") for _, _, code, text in marks)
    assert any(code == "draft_incomplete" and "ngày tháng" in text for _, _, code, text in marks)
    page002 = report_html(parse(rendered / "002.pdf"))
    assert ">47,14%</mark>" in page002 and "đề nghị: 43,14" in page002


def test_annotate_refuses_to_overwrite_the_input(rendered, tmp_path):
    from docparse import DocparseError

    copy = tmp_path / "002.pdf"
    copy.write_bytes((rendered / "002.pdf").read_bytes())
    with pytest.raises(DocparseError):
        annotate_copy(copy, parse(copy), copy)


def test_annotated_copies_open_with_a_summary_of_every_finding(rendered, tmp_path):
    """A clerk who looks at page 1 of the annotated copy sees every finding and where it is,
    though the error stands on page 2 (issue 15)."""
    import docx
    import pypdfium2 as pdfium

    source = rendered / "002.pdf"
    report = parse(source)
    out = annotate_copy(source, report, tmp_path / "review.pdf")
    pdf = pdfium.PdfDocument(str(out))
    first = pdf[0].get_textpage().get_text_range()
    assert len(pdf) == len(pdfium.PdfDocument(str(source))) + 1
    assert "Tóm tắt kết quả kiểm tra" in first
    ratio = next(f for f in report.findings if f.code == "ratio_mismatch")
    assert ratio.evidence.page == 2
    assert f"LỖI — trang 2, dòng {ratio.evidence.line}" in first
    assert "[ratio_mismatch]" in first and "[complement_mismatch]" in first
    assert "43,14%" in " ".join(first.split())
    docx_out = annotate_copy(rendered / "003.docx", parse(rendered / "003.docx"), tmp_path / "review.docx")
    paragraphs = [p.text for p in docx.Document(str(docx_out)).paragraphs]
    assert paragraphs[0] == "Tóm tắt kết quả kiểm tra (docparse)"
    assert any(p.startswith("CẢNH BÁO — trang 1, dòng") and "inconsistent_name" in p for p in paragraphs[:10])
