"""docparse serve, end to end in headless Chromium (Debian's) driven by Playwright: upload a draft,
read the findings on the page, take a screenshot (issue 7).

Without Playwright or Chromium the test is skipped on a developer's machine, but it FAILS in CI
(CI=true): a CI run must not pass with the browser test silently left out."""
import importlib
import os
import shutil
from pathlib import Path

import pytest

from docparse.serve import make_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def _missing(what: str):
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        pytest.fail(f"{what} (CI=true: the browser test may not be skipped; run scripts/install.sh)")
    pytest.skip(what)


@pytest.fixture()
def server():
    srv = make_server(0).start()
    yield srv.url
    srv.stop()


def test_upload_a_draft_and_read_the_findings(server, rendered, tmp_path):
    try:
        playwright = importlib.import_module("playwright.sync_api")
    except ImportError:
        _missing("Playwright is not installed")
    if not Path(CHROMIUM).exists():
        _missing(f"Chromium is not installed at {CHROMIUM} (Debian's chromium, scripts/install.sh)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        try:
            page = browser.new_page()
            page.goto(server)
            page.set_input_files("#file", str(rendered / "003.docx"))
            page.click("#submit")
            page.wait_for_selector("#findings li.finding")
            items = page.locator("#findings li.finding").all_inner_texts()
            assert any("Thạch Khê" in t and "inconsistent_name" in t for t in items)
            assert any("Chưa điền số văn bản" in t for t in items)
            assert "18 số liệu" in page.inner_text("#summary")
            shot = tmp_path / "serve-003.png"  # never into the repository
            page.screenshot(path=str(shot), full_page=False)
            assert shot.stat().st_size > 10_000
            page.goto(server)
            page.set_input_files("#file", str(rendered / "002.pdf"))
            page.click("#submit")
            # the wrong share is the figure marked to fix (issue 16: marked as the likely typo, its
            # title naming the correction), not the total it was compared with
            page.wait_for_selector("mark.typo, mark.error")
            marked = page.locator("mark.typo, mark.error")
            assert marked.first.inner_text() == "47,14%"
            assert "43,14" in (marked.first.get_attribute("title") or "")
        finally:
            browser.close()


def test_scanned_upload_shows_progress_then_offers_the_annotated_copy(server, rendered, tmp_path):
    """A scanned PDF (issue 15 on the page): the page shows the OCR's progress while the upload is
    read, then the report with the annotated copy to download (a PDF)."""
    try:
        playwright = importlib.import_module("playwright.sync_api")
    except ImportError:
        _missing("Playwright is not installed")
    if not Path(CHROMIUM).exists():
        _missing(f"Chromium is not installed at {CHROMIUM} (Debian's chromium, scripts/install.sh)")
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(rendered / "002.pdf"))
    image = pdf[0].render(scale=200 / 72, grayscale=True).to_pil()
    pdf.close()
    scan = tmp_path / "002-scan.pdf"
    image.save(scan, "PDF", resolution=200)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        try:
            page = browser.new_page(accept_downloads=True)
            page.goto(server)
            page.set_input_files("#file", str(scan))
            page.click("#submit")
            page.wait_for_function("document.getElementById('stage') && "
                                   "document.getElementById('stage').textContent.includes('OCR')", timeout=60_000)
            assert page.is_visible("#progress")
            page.wait_for_selector("#download a", timeout=120_000)
            assert page.locator("#summary").count() == 1
            with page.expect_download() as info:
                page.click("#download a")
            target = tmp_path / "annotated.pdf"
            info.value.save_as(str(target))
            assert target.read_bytes()[:5] == b"%PDF-" and target.stat().st_size > 10_000
            assert info.value.suggested_filename == "002-scan.annotated.pdf"
        finally:
            browser.close()
