"""The web page speaks Vietnamese on its error paths too (issue 15): every error page a clerk can
reach — an unknown address, a form without a file, an empty file, a file that is no document, a
wrong method, an unknown job — is answered with a Vietnamese page, no English sentence and no
server path in it (the word check of tests/test_ui.py)."""
from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from test_ui import english_words

ROOT = Path(__file__).resolve().parents[1]
BOUNDARY = "langBoundary3"


@pytest.fixture()
def port(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path), DOCPARSE_UI_LANG="vi")
    proc = subprocess.Popen([sys.executable, "-m", "docparse", "serve", "--port", "0"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                            start_new_session=True)
    line = proc.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    assert m, line
    yield int(m.group(1))
    proc.terminate()
    proc.wait(15)


def _upload(name: str, data: bytes, field: str = "file") -> bytes:
    return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{BOUNDARY}--\r\n".encode()


def _ask(port: int, method: str, path: str, body: bytes | None = None) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"} if body is not None else {}
    conn.request(method, path, body=body, headers=headers)
    answer = conn.getresponse()
    text = answer.read().decode("utf-8", "replace")
    conn.close()
    return answer.status, text


def _visible(html: str) -> str:
    """The words a person reads on the page: tags, scripts and styles taken out."""
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    return re.sub(r"<[^>]+>|&\w+;", " ", html)


CASES = [
    ("an unknown address", "GET", "/khong-co-trang-nay", None),
    ("a form without a file", "POST", "/check", _upload("a.txt", b"x", field="other")),
    ("an empty file", "POST", "/check", _upload("a.txt", b"")),
    ("bytes that are no document", "POST", "/check", _upload("a.pdf", b"\x00\x01\x02" * 400)),
    ("a wrong method", "DELETE", "/", None),
    ("an unknown job", "GET", "/jobs/khong-co", None),
]


def test_every_error_page_is_vietnamese(port, tmp_path):
    problems = []
    for what, method, path, body in CASES:
        status, html = _ask(port, method, path, body)
        words = english_words(_visible(html))
        if not 400 <= status < 500 or words or str(tmp_path) in html:
            problems.append((what, status, words, _visible(html)[:200]))
    assert not problems, problems


def test_the_front_page_is_vietnamese(port):
    status, html = _ask(port, "GET", "/")
    assert status == 200
    assert english_words(_visible(html)) == []
