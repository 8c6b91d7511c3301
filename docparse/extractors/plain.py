"""Readers for plain text and HTML: lines as they are, page 1 (or form feeds as pages)."""
from __future__ import annotations

from html.parser import HTMLParser

from ..errors import UnreadableDocument
from ..i18n import t
from ..normalize.text import clean_text
from .base import Line

_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
               "article", "header", "footer", "td", "th", "title", "ul", "ol"}


def decode_bytes(data: bytes) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258.

    >>> decode_bytes("Tỷ lệ".encode("utf-8"))
    'Tỷ lệ'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line.

    >>> html_to_text("<p>Tỷ lệ <b>87,62%</b></p><p>Hết</p>").split()
    ['Tỷ', 'lệ', '87,62%', 'Hết']
    """
    parser = _TextOfHtml()
    parser.feed(html)
    return "".join(parser.parts)


def text_to_lines(text: str) -> list[Line]:
    """Split into lines; a form feed starts a new page."""
    lines: list[Line] = []
    for page_no, page in enumerate(text.split("\f"), start=1):
        for n, raw in enumerate(page.splitlines(), start=1):
            lines.append(Line(clean_text(raw), page_no, n))
    return lines


def read_text(data: bytes, is_html: bool | None = None) -> tuple[list[Line], int]:
    lines, pages, _ = read_text_tables(data, is_html)
    return lines, pages


def read_text_tables(data: bytes, is_html: bool | None = None) -> tuple[list[Line], int, list]:
    """Lines, page count and the grids of the statistics tables of an HTML page or of a plain text
    ("|"- or tab-separated rows), taken out of its text."""
    text = decode_bytes(data)
    grids: list = []
    if is_html or (is_html is None and looks_like_html(text)):
        from ..tables.html import extract_html_tables

        text, grids = extract_html_tables(text)
        text = html_to_text(text)
    if not text.strip() and not grids:
        raise UnreadableDocument(t("err.plain_no_text"))
    lines = text_to_lines(text)
    if not grids and ("|" in text or "\t" in text):  # rows of cells split by "|" or tabs
        from ..tables.text import text_tables

        lines, grids = text_tables(lines)
    if grids:
        from ..tables.grid import place_tables

        lines = place_tables(lines, grids)
    return lines, max((ln.page for ln in lines), default=1), grids
