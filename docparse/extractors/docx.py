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
    With ``grids``, a statistics table is appended there as a grid and stands as one marker line."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            table = Table(child, document)
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
            for row in table.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    yield from cell.paragraphs


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
