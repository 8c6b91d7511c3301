"""DOCX reader: paragraphs and table cells in document order (python-docx)."""
from __future__ import annotations

import io
import zlib

from .. import limits
from ..errors import UnreadableDocument
from ..i18n import t
from ..normalize.text import clean_text
from .base import Line


def iter_paragraphs(document, grids: list | None = None):
    """Paragraphs and table-cell paragraphs, in the order they appear (the reader's line order).
    With ``grids``, a statistics table is appended there as a grid and stands as one marker line.
    A table nested in a layout table's cell, or set in a text box, is read where it stands
    (``blocks``)."""
    yield from blocks(document.element.body, document, grids)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def text_boxes(paragraph_element) -> list:
    """The text boxes' contents (w:txbxContent) anchored in a paragraph, each once: a box written
    twice for old readers (mc:AlternateContent's Fallback) counted in its first form.

    >>> from lxml import etree
    >>> w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    >>> mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    >>> p = etree.fromstring('<w:p xmlns:w="%s" xmlns:mc="%s"><w:r><mc:AlternateContent><mc:Choice>'
    ...     '<w:txbxContent><w:p/></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p/>'
    ...     '</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>' % (w, mc))
    >>> len(text_boxes(p))
    1
    """
    out = []
    for box in paragraph_element.iter(_W + "txbxContent"):
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue
        if any(a.tag == _W + "txbxContent" for a in box.iterancestors()):
            continue  # a box inside a box is read with its outer box
        out.append(box)
    return out


def blocks(container, parent, grids: list | None = None):
    """The paragraphs and tables of a body, a table cell or a text box, in order (see
    ``iter_paragraphs``); a layout table (no figures) is read cell by cell, its nested blocks too."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, parent)
            for box in text_boxes(child):
                yield from blocks(box, parent, grids)
        elif tag == "sdt":  # a content control: its content stands in the text
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from blocks(content, parent, grids)
        elif tag == "tbl":
            table = Table(child, parent)
            if grids is not None:
                from ..tables.docx import docx_grid
                from ..tables.grid import MARKER

                grid = docx_grid(table)
                if grid is not None:
                    from ..tables.grid import split_title_rows

                    for text in split_title_rows(grid):  # a title row inside the table: a line above it
                        yield _Marker(text)
                    yield _Marker(f"{MARKER}{len(grids)}")
                    grids.append(grid)
                    continue
            for tr in child.iterchildren(_W + "tr"):
                for tc in tr.iterchildren(_W + "tc"):
                    yield from blocks(tc, parent, grids)


class _Marker:
    def __init__(self, text: str):
        self.text = text


def check_package(data: bytes, kind: str = "DOCX") -> None:
    """Refuse a damaged package, or one whose parts inflate past the limits (a zip bomb), before
    python-docx (or openpyxl) inflates anything."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            names = {info.filename for info in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        truncated = b"PK\x05\x06" not in data[-65557:]
        raise UnreadableDocument(t("err.zip_truncated", kind=kind) if truncated
                                 else t("err.zip_damaged", kind=kind, reason=str(exc)[:80])) from None
    limits.check_archive(infos, f"the {kind} package")
    if kind == "DOCX" and "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise UnreadableDocument(t("err.docx_no_document"))


def read_docx(data: bytes) -> tuple[list[Line], int]:
    lines, pages, _ = read_docx_tables(data)
    return lines, pages


def read_docx_tables(data: bytes) -> tuple[list[Line], int, list]:
    """Lines, page count (1) and the grids of the document's statistics tables."""
    import zipfile

    import docx
    from lxml import etree

    check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:  # a part's bytes damaged (CRC, deflate)
        raise UnreadableDocument(t("err.docx_part", reason=type(exc).__name__)) from exc
    except etree.XMLSyntaxError as exc:
        raise UnreadableDocument(t("err.docx_xml", reason=str(exc)[:100])) from exc
    except KeyError as exc:
        raise UnreadableDocument(t("err.docx_missing_part", reason=str(exc)[:80])) from exc
    except Exception as exc:  # python-docx raises several types for damaged packages
        raise UnreadableDocument(t("err.docx_unreadable", reason=type(exc).__name__)) from exc
    lines = []
    grids: list = []
    for n, paragraph in enumerate(iter_paragraphs(document, grids), start=1):
        for part in paragraph.text.split("\n"):
            lines.append(Line(clean_text(part), 1, n))
    if grids:
        from ..tables.grid import place_tables

        lines = place_tables(lines, grids)
    if not any(line.text.strip() for line in lines) and not grids:
        raise UnreadableDocument(t("err.docx_no_text"))
    return lines, 1, grids
