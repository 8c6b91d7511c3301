"""Readers for plain text and HTML: lines as they are, page 1 (or form feeds as pages)."""
from __future__ import annotations

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..errors import UnreadableDocument
from ..i18n import t
from ..normalize.text import clean_text
from .base import Line

_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
               "article", "header", "footer", "td", "th", "title", "ul", "ol"}


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or '-be' when every other byte of the start is NUL (ASCII-range UTF-16 text)."""
    head = data[:4096]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.02 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.02 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with or without BOM, else Windows-1258.

    >>> decode_bytes("Tỷ lệ".encode("utf-8")), decode_bytes("Tỷ lệ đạt".encode("utf-16-le"))
    ('Tỷ lệ', 'Tỷ lệ đạt')
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head


def _html_parser():
    """An HTML parser that keeps the visible text (html.parser is imported for HTML input only)."""
    from html.parser import HTMLParser

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

    return _TextOfHtml()


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line.

    >>> html_to_text("<p>Tỷ lệ <b>87,62%</b></p><p>Hết</p>").split()
    ['Tỷ', 'lệ', '87,62%', 'Hết']
    """
    parser = _html_parser()
    parser.feed(html)
    return "".join(parser.parts)


def text_to_lines(text: str) -> list[Line]:
    """Split into lines; a form feed starts a new page."""
    lines: list[Line] = []
    for page_no, page in enumerate(text.split("\f"), start=1):
        for n, raw in enumerate(page.splitlines(), start=1):
            lines.append(Line(clean_text(raw), page_no, n))
    return lines


_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
MAX_CONTROL_SHARE = 0.01  # text files hold no control characters; binary data is full of them


def not_text_reason(text: str) -> str | None:
    """Why decoded bytes are no text a person wrote: NUL bytes, binary data, no letters.

    >>> not_text_reason("Tỷ lệ đạt 87,62%") is None
    True
    >>> from docparse.i18n import set_lang; set_lang("en")
    >>> not_text_reason(chr(0) * 1000), not_text_reason("12 34 56 -- 78")
    ('it holds NUL bytes (a binary file, not text)', 'it holds no letters')
    >>> set_lang(None)
    """
    if "\x00" in text:
        return t("err.nul_bytes")
    if len(_CONTROL.findall(text[:200_000])) > MAX_CONTROL_SHARE * min(len(text), 200_000):
        return t("err.binary")
    if not any(ch.isalpha() for ch in text):
        return t("err.no_letters")
    return None


def read_text(data: bytes, is_html: bool | None = None) -> tuple[list[Line], int]:
    lines, pages, _ = read_text_tables(data, is_html)
    return lines, pages


def has_bars(text: str) -> bool:
    """Does a plain text hold a cell separator the "|" reader reads: "|", a tab, or any box-drawing
    vertical of tables/text.BARS ("│", "┃", "║" ...)?

    >>> has_bars("┃ Sở Y tế ┃ 12 ┃"), has_bars("a\\tb"), has_bars("Tỷ lệ đạt 87,62%")
    (True, True, False)
    """
    from ..tables.text import BARS

    return any(ch in text for ch in "|\t" + BARS)


def read_text_tables(data: bytes, is_html: bool | None = None) -> tuple[list[Line], int, list]:
    """Lines, page count and the grids of the statistics tables of an HTML page or of a plain text
    ("|"- or tab-separated rows), taken out of its text."""
    text = decode_bytes(data)
    reason = not_text_reason(text) if text.strip() else None
    if reason:
        raise UnreadableDocument(t("err.not_text", reason=reason))
    grids: list = []
    if is_html or (is_html is None and looks_like_html(text)):
        from ..tables.html import extract_html_tables

        text, grids = extract_html_tables(text)
        text = html_to_text(text)
    if not text.strip() and not grids:
        raise UnreadableDocument(t("err.plain_no_text"))
    lines = text_to_lines(text)
    if not grids:
        lines, grids = _typed_tables(text, lines)
    if grids:
        from ..tables.grid import place_tables

        lines = place_tables(lines, grids)
    return lines, max((ln.page for ln in lines), default=1), grids


def _typed_tables(text: str, lines: list[Line]) -> tuple[list[Line], list]:
    """The tables typed in a plain text and the text lines with a marker in each table's place
    (clean_text turns a tab into a space and joins spaces: the finders read the lines as typed).
    Each finder reads the lines the ones before it left: rows of cells split by "|" or tabs, or
    drawn with any vertical of tables/text.BARS; then columns aligned with spaces; then cells parted
    by one space under headers of the catalogue (a portal's page copied as text) — so a report with
    a "|" table and a table aligned with spaces keeps both."""
    from ..tables import text as typed
    from ..tables.grid import MARKER

    found = [Line(r, page_no, n) for page_no, page in enumerate(text.split("\f"), start=1)
             for n, r in enumerate(page.splitlines(), start=1)]
    grids: list = []
    for finder, present in ((typed.text_tables, has_bars(text)), (typed.aligned_tables, "   " in text),
                            (typed.spaced_tables, True)):
        if not present:
            continue
        out, more = finder(found)
        if not more:
            continue
        before = {id(ln) for ln in found}  # the markers of the tables found before keep their numbers
        found = [ln if id(ln) in before else _renumbered(ln, len(grids)) for ln in out]
        grids.extend(more)
    if not grids:
        return lines, grids
    return [ln if ln.text.startswith(MARKER) else Line(clean_text(ln.text), ln.page, ln.number) for ln in found], grids


def _renumbered(line: Line, offset: int) -> Line:
    """A table marker line of a finder's own count, numbered after the tables found before it.

    >>> from docparse.tables.grid import MARKER
    >>> _renumbered(Line(MARKER + "1", 1, 4), 2).text == MARKER + "3", _renumbered(Line("Hết", 1, 5), 2).text
    (True, 'Hết')
    """
    from ..tables.grid import MARKER

    if not offset or not line.text.startswith(MARKER):
        return line
    index = int(line.text[len(MARKER):].split()[0])
    return Line(f"{MARKER}{index + offset}", line.page, line.number)
