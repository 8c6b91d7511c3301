"""HTML tables (rowspan/colspan) read with lxml; a data table is taken out of the page's text and
left as a marker line, so that its numbers reach the recogniser only as cells."""
from __future__ import annotations

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from .grid import MARKER, Grid, cell_text, footnote_mark, from_spans, looks_like_data, split_title_rows


def _span(value) -> int:
    try:
        return max(1, min(int(str(value).strip() or 1), 200))
    except ValueError:
        return 1


def extract_html_tables(html: str) -> tuple[str, list[Grid]]:
    """(the page without its data tables, a marker paragraph in each one's place; the grids).

    >>> page = ("<p>Biểu 1</p><table><tr><th rowspan=2>Đơn vị</th><th colspan=2>Tiếp nhận</th></tr>"
    ...         "<tr><th>Trực tuyến</th><th>Trực tiếp</th></tr><tr><td>Sở Tư pháp</td><td>12</td><td>3</td></tr></table>")
    >>> rest, grids = extract_html_tables(page)
    >>> grids[0].texts()[1], MARKER in rest
    (['Đơn vị', 'Trực tuyến', 'Trực tiếp'], True)
    """
    import lxml.html

    if "<table" not in html.lower():
        return html, []
    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises several types on odd markup; the text reader still reads it
        return html, []
    for br in root.iter("br"):  # a line break inside a cell ("Tổng số hồ sơ<br>tiếp nhận") is a space
        br.tail = " " + (br.tail or "")
    for sup in list(root.iter("sup")):  # "1.234<sup>1</sup>": a footnote mark, no digit of the figure
        if _in_cell(sup) and footnote_mark(sup.text_content()):
            sup.drop_tree()
    for block in root.iter("p", "div", "li"):
        if block.getparent() is not None and block.getparent().tag in ("td", "th"):
            block.tail = " " + (block.tail or "")
    grids = []
    head = None  # (table, rows): a table of header rows only, just before the next one
    for table in list(root.iter("table")):
        if table.find(".//table") is not None:
            continue  # a layout table holding others: its inner tables are read
        rows = _rows(table)
        if not rows:
            continue
        grid = from_spans(rows, "html")
        if not looks_like_data(grid.texts()):
            head = (table, rows)
            continue
        if head is not None and _adjacent(head[0], table) and header_for(head[1], rows):
            rows = head[1] + rows  # a portal's fixed header drawn as a table of its own above the body's
            grid = from_spans(rows, "html")
            parent = head[0].getparent()
            if parent is not None:
                parent.remove(head[0])
        head = None
        caption = table.find("caption")
        if caption is not None and caption.text_content().strip():
            grid.title = cell_text(caption.text_content())
        marker = lxml.html.fromstring(f"<p>{MARKER}{len(grids)}</p>")
        marker.tail = table.tail
        parent = table.getparent()
        for text in split_title_rows(grid):  # a title row inside the table: a line above it
            line = lxml.html.Element("p")
            line.text = text
            table.addprevious(line)
        parent.replace(table, marker)
        grids.append(grid)
    if not grids:
        return html, []
    return lxml.html.tostring(root, encoding="unicode"), grids


_HIDDEN = regex.compile(r"(?i)(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)")


def hidden(node) -> bool:
    """An element the page does not show (``hidden``, style "display:none" or "visibility:hidden"):
    a row or a cell of it is no part of the table as read.

    >>> import lxml.html
    >>> [hidden(lxml.html.fromstring(t)) for t in ('<tr style="display: none;"><td>1</td></tr>',
    ...     '<td hidden>2</td>', '<td style="color:red">3</td>', '<td style="visibility:hidden">4</td>')]
    [True, True, False, True]
    """
    return node.get("hidden") is not None or bool(_HIDDEN.search(node.get("style") or ""))


def _rows(table) -> list[list[tuple]]:
    """The rows of a table in the order it is drawn: its header (thead) first, its footer (tfoot)
    last wherever the markup puts them; rows and cells the page hides left out."""
    head, body, foot = [], [], []
    for tr in table.iter("tr"):
        if tr.getparent() is not None and _owner(tr) is not table:
            continue
        section = tr.getparent() if tr.getparent() is not None and tr.getparent().tag in ("thead", "tbody", "tfoot") else None
        if hidden(tr) or (section is not None and hidden(section)):
            continue
        cells = [(cell_text(td.text_content()), _span(td.get("rowspan")), _span(td.get("colspan")))
                 for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th") and not hidden(td)]
        if cells:
            tag = section.tag if section is not None else None
            (head if tag == "thead" else foot if tag == "tfoot" else body).append(cells)
    return head + body + foot


def header_for(head: list[list[tuple]], body: list[list[tuple]]) -> bool:
    """Are ``head``'s rows (texts only, no figure) the header of ``body``, a table that starts with
    figures and has no header of its own, as wide as it (a portal's scrolling table draws its
    header and its body as two tables)?

    >>> head = [[("Đơn vị", 2, 1), ("Tiếp nhận", 1, 2)], [("Trực tuyến", 1, 1), ("Trực tiếp", 1, 1)]]
    >>> header_for(head, [[("Sở Tư pháp", 1, 1), ("12", 1, 1), ("3", 1, 1)]]), header_for(head, [[("Sở Y tế", 1, 1), ("5", 1, 1)]])
    (True, False)
    """
    from .interpret import _header_end, column_paths, indicator_for

    top, below = from_spans(head, "html"), from_spans(body, "html")
    if top.n_cols != below.n_cols or top.n_cols < 3 or _header_end(below.texts()) != 0:
        return False
    whole = from_spans(head + body, "html")
    if _header_end(whole.texts()) != top.n_rows:
        return False
    return any(indicator_for(path)[1] for path in column_paths(whole, top.n_rows))  # it names a column


def _adjacent(first, second) -> bool:
    """Nothing but white space between two elements in the page's reading order."""
    for text in first.xpath("following::text()"):
        node = text.getparent()
        while node is not None and node is not second:
            node = node.getparent()
        if node is second:
            return True
        if text.strip():
            return False
    return False


def _in_cell(node) -> bool:
    node = node.getparent()
    while node is not None:
        if isinstance(node.tag, str) and node.tag.lower() in ("td", "th"):
            return True
        node = node.getparent()
    return False


def _owner(tr):
    node = tr.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node
