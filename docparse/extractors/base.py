"""What every reader returns: pages of lines, each line keeping where it came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


_FOLD = []


def _fold():
    """normalize.text.fold, imported on first use (normalize imports this module)."""
    if not _FOLD:
        from ..normalize.text import fold

        _FOLD.append(fold)
    return _FOLD[0]


@dataclass(slots=True)
class Line:
    text: str  # NFC, spaces unified; the original wording, used for evidence
    page: int  # 1-based
    number: int  # 1-based line number within the page (as the reader saw lines)
    char_start: Optional[int] = None  # PDF: index of the first char in the page's text page
    bbox: Optional[tuple[float, float, float, float]] = None  # known box (OCR words, DOCX none)
    confidence: Optional[float] = None  # OCR confidence 0..100
    words: Optional[list] = None  # OCR: (start, end, box) of each word in ``text``, box in PDF space
    table: Optional[int] = None  # a blank line standing where a statistics table was (ends a segment)
    word_confidence: Optional[list] = None  # OCR: Tesseract's confidence (0..100) of each word in ``words``
    # fold(text) while the document is read (``folded``), and the text it was made of; slots, no
    # attribute dict: a long document's Report keeps ~50 lines a page (issue 13)
    _folded: Optional[str] = field(default=None, init=False, repr=False, compare=False)
    _folded_of: Optional[str] = field(default=None, init=False, repr=False, compare=False)

    @property
    def folded(self) -> str:
        """``fold(text)``, made once per line and kept while the text is the same (the stamps, the
        dates check and the header read it; issue 13).

        >>> line = Line("Đã ký", 1, 1); line.folded, line.folded is line.folded
        ('da ky', True)
        """
        kept = self._folded
        if kept is None or self._folded_of is not self.text:
            kept = self._folded = _fold()(self.text)
            self._folded_of = self.text
        return kept


@dataclass
class SourceDoc:
    path: str
    sha256: str
    media_type: str
    lines: list[Line]
    page_count: int
    text_source: str  # text-layer | ocr | mixed | plain
    warnings: list[str] = field(default_factory=list)
    stamps: list[dict] = field(default_factory=list)  # visible signature stamps parsed from text
    encoding: Optional[str] = None
    word_boxes: dict = field(default_factory=dict)  # page -> list of (x0, top, x1, bottom, text) when known
    tables: list = field(default_factory=list)  # docparse.tables.grid.Grid of each statistics table read
    raw: bytes = field(default=b"", repr=False)  # the file's bytes (signatures and boxes read them again)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
