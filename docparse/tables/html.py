"""HTML tables (rowspan/colspan) read with lxml; a data table is taken out of the page's text and
left as a marker line, so that its numbers reach the recogniser only as cells."""
from __future__ import annotations

from .grid import MARKER, Grid, cell_text, from_spans, looks_like_data


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
    for block in root.iter("p", "div", "li"):
        if block.getparent() is not None and block.getparent().tag in ("td", "th"):
            block.tail = " " + (block.tail or "")
    grids = []
    for table in list(root.iter("table")):
        if table.find(".//table") is not None:
            continue  # a layout table holding others: its inner tables are read
        rows = []
        for tr in table.iter("tr"):
            if tr.getparent() is not None and _owner(tr) is not table:
                continue
            cells = [(cell_text(td.text_content()), _span(td.get("rowspan")), _span(td.get("colspan")))
                     for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")]
            if cells:
                rows.append(cells)
        if not rows:
            continue
        grid = from_spans(rows, "html")
        if not looks_like_data(grid.texts()):
            continue
        caption = table.find("caption")
        if caption is not None and caption.text_content().strip():
            grid.title = cell_text(caption.text_content())
        marker = lxml.html.fromstring(f"<p>{MARKER}{len(grids)}</p>")
        marker.tail = table.tail
        table.getparent().replace(table, marker)
        grids.append(grid)
    if not grids:
        return html, []
    return lxml.html.tostring(root, encoding="unicode"), grids


def _owner(tr):
    node = tr.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node
