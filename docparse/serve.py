"""`docparse serve`: a small local page where a user drops a PDF or DOCX and sees the HTML report.

Bound to 127.0.0.1 only. The standard library's HTTP server is enough for one form and one page.
"""
from __future__ import annotations

import tempfile
from email.parser import BytesParser
from email.policy import default as email_policy
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import DocparseError

MAX_UPLOAD = 50 * 1024 * 1024
UPLOAD_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>docparse</title>
<style>body{font-family:"DejaVu Sans",Arial,sans-serif;margin:40px;max-width:720px}
.drop{border:2px dashed #1f3a5f;padding:30px;border-radius:8px;text-align:center}</style></head>
<body><h1>Kiểm tra dự thảo báo cáo</h1>
<form class="drop" method="post" action="/check" enctype="multipart/form-data">
<p>Chọn hoặc kéo thả tệp PDF, DOCX hoặc TXT:</p>
<input type="file" name="file" id="file" accept=".pdf,.docx,.txt,.html">
<button type="submit" id="submit">Kiểm tra</button></form>{error}</body></html>"""


def _uploaded_file(content_type: str, body: bytes) -> tuple[str, bytes]:
    message = BytesParser(policy=email_policy).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == "file" and part.get_filename():
            return Path(part.get_filename()).name, part.get_payload(decode=True)
    raise DocparseError("no file was uploaded")


class Handler(BaseHTTPRequestHandler):
    def _send(self, status: int, html: str) -> None:
        data = html.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802
        self._send(200, UPLOAD_PAGE.replace("{error}", ""))

    def do_POST(self):  # noqa: N802
        from .pipeline import parse
        from .render.html import report_html

        length = int(self.headers.get("Content-Length", 0))
        if self.path != "/check" or length > MAX_UPLOAD:
            return self._send(400, UPLOAD_PAGE.replace("{error}", "<p>Tệp quá lớn hoặc yêu cầu sai.</p>"))
        try:
            name, data = _uploaded_file(self.headers.get("Content-Type", ""), self.rfile.read(length))
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / name
                path.write_bytes(data)
                report = parse(path)
            report.source.path = name
            self._send(200, report_html(report))
        except DocparseError as exc:
            self._send(400, UPLOAD_PAGE.replace("{error}", f'<p id="error">Không đọc được tệp: {escape(str(exc))}</p>'))

    def log_message(self, *args):  # quiet
        pass


def make_server(port: int = 8765) -> ThreadingHTTPServer:
    return ThreadingHTTPServer(("127.0.0.1", port), Handler)


def serve(port: int = 8765) -> None:
    server = make_server(port)
    print(f"docparse: http://127.0.0.1:{server.server_port}/ (Ctrl+C to stop)")
    try:
        server.serve_forever()
    finally:
        server.server_close()
