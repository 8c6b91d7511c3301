"""DOCX reader: paragraphs and table cells in document order (python-docx)."""
from __future__ import annotations

import io

from ..errors import UnreadableDocument
from ..i18n import t
from ..normalize.text import clean_text
from .base import Line


def iter_paragraphs(document):
    """Paragraphs and table-cell paragraphs, in the order they appear (the reader's line order)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            table = Table(child, document)
            for row in table.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    yield from cell.paragraphs


def read_docx(data: bytes) -> tuple[list[Line], int]:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for damaged packages
        raise UnreadableDocument(t("err.docx_unreadable", reason=type(exc).__name__)) from exc
    lines = []
    for n, paragraph in enumerate(iter_paragraphs(document), start=1):
        for part in paragraph.text.split("\n"):
            lines.append(Line(clean_text(part), 1, n))
    if not any(line.text.strip() for line in lines):
        raise UnreadableDocument(t("err.docx_no_text"))
    return lines, 1
