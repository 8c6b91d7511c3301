"""Scans: the same facts from scanned renders (Tesseract vie) as from the text layer, and from
English-model OCR text (the seed 004 style) as far as it can be read (issue 4)."""
import pytest

from corpus.gold import gold_for, read_gold, score
from corpus.scan import english_ocr_text, scan_pdf
from docparse import parse

from conftest import seed

SCANS = [("000", 300), ("001", 300), ("002", 300), ("003", 300), ("002", 200), ("003", 200)]


@pytest.fixture(scope="session")
def scans(rendered, tmp_path_factory):
    out = tmp_path_factory.mktemp("scans")
    return {(n, dpi): scan_pdf(rendered / f"{n}.pdf", out / f"{n}-{dpi}.pdf", dpi, seed=int(n) + dpi)
            for n, dpi in SCANS}


@pytest.mark.parametrize("prefix,dpi", SCANS)
def test_scanned_render_recall_and_precision(prefix, dpi, scans, rendered):
    report = parse(scans[(prefix, dpi)])
    result = score(report, read_gold(gold_for(seed(prefix))))
    print(f"\nscan {prefix} at {dpi} dpi: recall {result.recall:.3f} precision {result.precision:.3f}; "
          f"{report.warnings[:2]}")
    assert report.source.text_source == "ocr"
    assert result.recall >= 0.97, result.missed
    assert result.precision >= 0.97, result.extra
    # severity from the confidence of the words used: no error that the text layer does not have
    text_errors = {(f.code, f.stated) for f in parse(rendered / f"{prefix}.pdf").findings if f.severity == "error"}
    assert {(f.code, f.stated) for f in report.findings if f.severity == "error"} <= text_errors
    assert any("độ tin cậy nhận dạng chữ (OCR)" in w for w in report.warnings)
    assert all(f.evidence.bbox for f in report.facts)  # words' boxes kept as evidence


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_english_model_ocr_text(prefix, scans, tmp_path):
    text = english_ocr_text(scans[(prefix, 300)], tmp_path / f"{prefix}-eng.txt")
    report = parse(text)
    result = score(report, read_gold(gold_for(seed(prefix))))
    print(f"\nEnglish-model OCR of {prefix}: recall {result.recall:.3f} precision {result.precision:.3f}")
    assert result.recall >= 0.90, result.missed
    assert result.precision >= 0.95, result.extra
    assert not [f for f in report.findings if f.severity in ("error", "warning")]


def test_image_input(rendered, tmp_path):
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(str(rendered / "002.pdf"))[1]
    image = tmp_path / "page.png"
    page.render(scale=300 / 72).to_pil().save(image)
    report = parse(image)
    assert report.source.media_type == "image/png" and report.source.text_source == "ocr"
    assert any(f.indicator == "received_offline_share" and f.value == 47.14 for f in report.facts)


def test_clean_scan_keeps_the_error(scans):
    """Seed 002 scanned at 300 dpi (OCR confidence 95%): the words "47,14%", "121.170" and
    "280.859" are read with high confidence, so the wrong percentage stays an error and `check`
    exits 1 (issue 15): severity comes from the words actually used, not from the page being OCR'd."""
    from test_errors import run_cli

    result = run_cli("check", scans[("002", 300)])
    assert result.returncode == 1, result.stdout
    line = next(ln for ln in result.stdout.splitlines() if "ratio_mismatch" in ln)
    assert "LỖI" in line and "47,14%" in line and "43,14%" in line


def test_low_confidence_words_lower_the_severity():
    """A number whose word Tesseract read with low confidence keeps its finding one step lower."""
    from docparse.extractors.base import Line
    from docparse.models import Evidence, Fact, Subject
    from docparse.pipeline import ocr_uncertainty

    text = "tiếp nhận trực tiếp 121.170 hồ sơ (đạt tỷ lệ 47,14%)"
    words, pos = [], 0
    for w in text.split(" "):
        words.append((pos, pos + len(w), None))
        pos += len(w) + 1
    confs = [96.0] * len(words)
    line = Line(text, 1, 3, words=words, word_confidence=confs)
    fact = Fact(id="f1", kind="rate", indicator="received_offline_share", subject=Subject(level="city"),
                value=47.14, decimals=2, uncertain=True, evidence=Evidence(page=1, line=3, text=text))
    ocr_uncertainty([fact], [line])
    assert fact.uncertain is False
    confs[-1] = 41.0  # "47,14%)" read unsure
    fact.uncertain = True
    ocr_uncertainty([fact], [line])
    assert fact.uncertain is True


def _page_image(pdf, index: int):
    """A scanned page rendered as docparse renders it for OCR (300 dpi, grey)."""
    import pypdfium2 as pdfium

    from docparse.extractors.ocr import DPI

    return pdfium.PdfDocument(str(pdf))[index].render(scale=DPI / 72, grayscale=True).to_pil()


def test_tesseract_handover_reads_what_pytesseract_read(scans):
    """The grey pixels written to Tesseract's stdin as a PGM give the words, boxes and
    confidences pytesseract's image_to_data gave from the temporary image file it writes (issue 13)."""
    import pytesseract

    from docparse.extractors.ocr import tesseract_data

    image = _page_image(scans[("002", 300)], 0)
    gray = image.convert("L")
    gray.format = "PPM"  # what docparse handed pytesseract before (an uncompressed image file)
    before = pytesseract.image_to_data(gray, lang="vie", config="--psm 3", output_type=pytesseract.Output.DICT)
    now = tesseract_data(image, "vie", psm=3)
    assert sum(1 for w in now["text"] if w.strip()) > 100  # a page of words, not an empty table
    assert set(now) == set(before)
    for column in before:
        assert now[column] == before[column], column
    assert "Hải Phòng" in " ".join(now["text"])


def test_tesseract_handover_of_a_colour_page(rendered):
    """A colour page image goes over as its grey version, the same words as from the grey render."""
    import pypdfium2 as pdfium

    from docparse.extractors.ocr import tesseract_data

    page = pdfium.PdfDocument(str(rendered / "002.pdf"))[1]
    colour = page.render(scale=200 / 72).to_pil()
    assert colour.mode == "RGB"
    words = [w for w in tesseract_data(colour, "vie")["text"] if w.strip()]
    assert words == [w for w in tesseract_data(colour.convert("L"), "vie")["text"] if w.strip()]
    assert any("47,14%" in w for w in words)  # the seed's mistyped share, read as written


def test_jobs_give_the_same_report_for_a_scan(scans):
    """OCR pages on two processes or on one: the same Report (lines, facts, findings, warnings)."""
    one = parse(scans[("003", 200)], jobs=1)
    two = parse(scans[("003", 200)], jobs=2)
    assert one.source.pages >= 2 and one.source.text_source == "ocr"
    assert two.model_dump() == one.model_dump()
    assert [(ln.page, ln.number, ln.text) for ln in two._lines] == [(ln.page, ln.number, ln.text) for ln in one._lines]
