"""`docparse serve`: a page where a user drops a PDF, DOCX or text file and sees the HTML report.

Built for uploads from strangers (issue 14) on Starlette + uvicorn + python-multipart:

- the body is streamed and counted as it arrives: over ``max_upload_bytes`` (limits.py) it is
  refused with 413, whatever Content-Length says, chunked bodies too; a Content-Length that is not
  a number is a 400; a body that stops arriving is a 408 after ``read_timeout`` seconds; a whole
  request is cut at ``request_timeout``;
- at most ``workers`` documents are read at once, each in its own process (killed after
  ``doc_seconds``, so a stuck reader or a bomb never holds the server's memory); more uploads get a
  503 page saying the server is busy, with Retry-After;
- the uploaded file is saved under a fixed name (``upload.<known suffix>``) in a private
  temporary folder; the user's file name is only shown (escaped), never used as a path; every
  temporary file is removed when its job ends or expires and at shutdown;
- errors are Vietnamese pages that never show a server path;
- bound to 127.0.0.1 unless ``--host`` says otherwise.

With JavaScript the page posts to /jobs and polls /jobs/{id} to show the progress of a scanned
document (OCR, page by page), then shows the report, with the annotated copy offered for
download; without JavaScript the form posts to /check and the report comes back as the answer.
"""
from __future__ import annotations

import asyncio
import os
import queue
import secrets
import shutil
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Optional

from . import limits
from .errors import DocparseError

SUFFIXES = {".pdf", ".docx", ".txt", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
            ".xlsx", ".ods", ".doc", ".xls"}
ANNOTATED = {"application/pdf": ".pdf",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


@dataclass
class Settings:
    max_upload: int = 0  # 0: limits.get("max_upload_bytes")
    read_timeout: float = 10.0  # seconds without a byte of the body
    request_timeout: float = 120.0  # seconds for a whole upload
    workers: int = 2  # documents read at once
    doc_seconds: float = 0  # 0: limits.get("doc_seconds")
    keep_seconds: float = 600.0  # a finished job's report and annotated copy are kept this long
    max_jobs: int = 50  # finished jobs kept at most

    def upload_limit(self) -> int:
        return int(self.max_upload or limits.get("max_upload_bytes"))

    def doc_limit(self) -> float:
        return float(self.doc_seconds or limits.get("doc_seconds"))


# ---- pages --------------------------------------------------------------------------------------

STYLE = """body{font-family:"DejaVu Sans",Arial,sans-serif;margin:40px;max-width:760px;color:#1b1b1b}
.drop{border:2px dashed #1f3a5f;padding:30px;border-radius:8px;text-align:center}
#error,.error{color:#8a1c1c;background:#fdf0f0;border-left:4px solid #8a1c1c;padding:10px 14px}
#progress{margin-top:20px}progress{width:100%;height:18px}.hint{color:#555;font-size:90%}"""

UPLOAD_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>docparse</title>
<style>{style}</style></head>
<body><h1>Kiểm tra dự thảo báo cáo</h1>
<form class="drop" id="form" method="post" action="/check" enctype="multipart/form-data">
<p>Chọn hoặc kéo thả tệp PDF, DOCX hoặc TXT (tối đa {limit}):</p>
<input type="file" name="file" id="file" accept=".pdf,.docx,.txt,.html,.png,.jpg,.tif,.tiff,.xlsx">
<button type="submit" id="submit">Kiểm tra</button></form>
<div id="progress" hidden><p id="stage">Đang tải tệp lên…</p><progress id="bar"></progress></div>
{error}
<script>
(function () {{
  var form = document.getElementById("form");
  if (!window.fetch || !window.FormData) return;  // the plain form still works
  form.addEventListener("submit", function (ev) {{
    var input = document.getElementById("file");
    if (!input.files.length) return;
    ev.preventDefault();
    var box = document.getElementById("progress"), stage = document.getElementById("stage"),
        bar = document.getElementById("bar");
    box.hidden = false;
    document.getElementById("submit").disabled = true;
    var data = new FormData(form);
    fetch("/jobs", {{method: "POST", body: data}}).then(function (r) {{
      if (!r.ok) return r.text().then(function (html) {{ document.open(); document.write(html); document.close(); }});
      return r.json().then(function (job) {{ poll(job.id); }});
    }}).catch(function () {{ stage.textContent = "Mất kết nối tới máy chủ."; }});
    function poll(id) {{
      fetch("/jobs/" + id).then(function (r) {{ return r.json(); }}).then(function (s) {{
        stage.textContent = s.message;
        if (s.total) {{ bar.max = s.total; bar.value = s.done; }} else {{ bar.removeAttribute("value"); }}
        if (s.state === "done" || s.state === "failed") {{ window.location = "/jobs/" + id + "/report"; }}
        else {{ setTimeout(function () {{ poll(id); }}, 500); }}
      }}).catch(function () {{ setTimeout(function () {{ poll(id); }}, 1000); }});
    }}
  }});
}})();
</script></body></html>"""

MESSAGE_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>docparse</title>
<style>{style}</style></head><body><h1>{title}</h1><p id="error">{message}</p>
<p class="hint">{hint}</p><p><a href="/">Kiểm tra tệp khác</a></p></body></html>"""

STAGES = {"queued": "Đang chờ đến lượt…", "reading": "Đang đọc tệp…",
          "ocr": "Đang nhận dạng chữ (OCR) trang {done}/{total}…", "checking": "Đang kiểm tra số liệu…",
          "done": "Xong.", "failed": "Không đọc được tệp."}


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


def upload_page(settings: Settings, error: str = "") -> str:
    return UPLOAD_PAGE.format(style=STYLE, limit=_size(settings.upload_limit()), error=error)


def message_page(title: str, message: str, hint: str = "") -> str:
    return MESSAGE_PAGE.format(style=STYLE, title=escape(title), message=escape(message), hint=escape(hint))


def display_name(raw: Optional[str]) -> str:
    """The user's file name, for showing only: the last path part, no control or format characters
    (NUL, bidi overrides), at most 120 characters. Never used as a path.

    >>> display_name("../../etc/passwd"), display_name("C:\\\\x\\\\bad\\x00.pdf"), display_name("..")
    ('passwd', 'bad.pdf', 'tệp tải lên')
    >>> len(display_name("a" * 300 + ".pdf"))
    120
    """
    name = (raw or "").replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    if name in ("", ".", ".."):
        return "tệp tải lên"
    if len(name) > 120:
        stem, dot, ext = name.rpartition(".")
        ext = ext if dot and len(ext) <= 5 else ""
        name = name[: 120 - len(ext) - 1] + "…" + ext if ext else name[:119] + "…"
    return name


def safe_suffix(raw: Optional[str]) -> str:
    """The suffix the reader is told (text or HTML, PDF or DOCX named as such), from a fixed list.

    >>> safe_suffix("Báo cáo.PDF"), safe_suffix("x.exe"), safe_suffix("../.."), safe_suffix(None)
    ('.pdf', '.txt', '.txt', '.txt')
    """
    suffix = Path(display_name(raw)).suffix.lower()
    return suffix if suffix in SUFFIXES else ".txt"


def scrub(message: str, *paths: str, name: str = "tệp") -> str:
    """A reader's message without the server's paths: the upload's own path becomes its name.

    >>> scrub("/tmp/docparse-x/j1/upload.pdf is named .pdf", "/tmp/docparse-x/j1/upload.pdf", name="a.pdf")
    'a.pdf is named .pdf'
    >>> scrub("could not open /usr/lib/x.so: bad")
    'could not open …: bad'
    """
    import regex

    for s in sorted(filter(None, paths), key=len, reverse=True):
        message = message.replace(s, name)
    return regex.sub(r"(?:(?<=\s)|^)/[^\s:;,)]+", "…", message)


# ---- jobs ---------------------------------------------------------------------------------------

@dataclass
class Job:
    id: str
    name: str
    folder: Path
    state: str = "queued"
    stage: str = "queued"
    done: int = 0
    total: int = 0
    html: str = ""
    error: str = ""
    annotated: Optional[Path] = None
    annotated_name: str = ""
    finished: float = 0.0
    event: threading.Event = field(default_factory=threading.Event)

    def status(self) -> dict:
        message = STAGES.get(self.stage, STAGES["reading"]).format(done=self.done, total=self.total)
        if self.state == "failed":
            message = f"{STAGES['failed']} {self.error}"
        return {"id": self.id, "state": self.state, "stage": self.stage, "done": self.done,
                "total": self.total, "message": message}


class _Events:
    """The child's side of the event channel: one JSON line per event on stdout."""

    def put(self, event) -> None:
        import json
        import sys

        sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def _job_main(upload: str, folder: str, name: str, events) -> None:
    """In a child process: read and check one upload, write report.html and the annotated copy."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger().setLevel(logging.CRITICAL)
    os.environ.setdefault("DOCPARSE_OCR_WORKERS", "1")
    from . import progress
    from .pipeline import parse
    from .render.html import report_html

    def step(stage, done, total):
        events.put(("progress", stage, done, total))

    try:
        with progress.listen(step):
            events.put(("progress", "reading", 0, 0))
            report = parse(upload)
        events.put(("progress", "checking", 0, 0))
        report.source.path = name
        html = report_html(report)
        (Path(folder) / "report.html").write_text(html, "utf-8")
        annotated = ""
        suffix = ANNOTATED.get(report.source.media_type)
        if suffix:
            from .render.annotate import annotate_copy

            try:
                out = Path(folder) / f"annotated{suffix}"
                annotate_copy(Path(upload), report, out)
                annotated = str(out)
            except Exception:  # the report stands without its annotated copy
                annotated = ""
        events.put(("done", annotated))
    except DocparseError as exc:
        events.put(("failed", scrub(str(exc), upload, folder, name=name)))
    except MemoryError:
        events.put(("failed", "tệp quá lớn để đọc trong bộ nhớ của máy chủ"))
    except Exception as exc:  # noqa: BLE001 - a reader library failing on a damaged file
        events.put(("failed", scrub(f"{type(exc).__name__}: {str(exc)[:160]}", upload, folder, name=name)))


def _child_env() -> dict:
    """The job process imports this very docparse, wherever it was imported from."""
    here = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = here + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONWARNINGS"] = "ignore"
    return env


class Jobs:
    """Uploads being read (at most ``workers`` at once) and finished ones (kept a while)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = Path(tempfile.mkdtemp(prefix="docparse-serve-"))
        self.jobs: dict[str, Job] = {}
        self.slots = threading.BoundedSemaphore(settings.workers)
        self.lock = threading.Lock()

    def new_folder(self) -> Path:
        return Path(tempfile.mkdtemp(prefix="job-", dir=self.root))

    def try_claim(self) -> bool:
        return self.slots.acquire(blocking=False)

    def release(self) -> None:
        self.slots.release()

    def start(self, folder: Path, upload: Path, name: str) -> Job:
        """Run a claimed slot's job in the background; the slot is released when it ends."""
        job = Job(secrets.token_urlsafe(12), name, folder)
        with self.lock:
            self.expire()
            self.jobs[job.id] = job
        threading.Thread(target=self._run, args=(job, upload), daemon=True).start()
        return job

    def _run(self, job: Job, upload: Path) -> None:
        """The job in a fresh process (``python -m docparse.serve --job``), events read from its
        stdout; killed when over its time. Its memory is returned to the system when it ends."""
        import json
        import subprocess
        import sys

        events: queue.Queue = queue.Queue()
        deadline = time.monotonic() + self.settings.doc_limit()
        proc = None
        try:
            proc = subprocess.Popen([sys.executable, "-m", "docparse.serve", "--job", str(upload),
                                     str(job.folder), job.name], stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=job.folder,
                                    start_new_session=True, env=_child_env())

            def pump():
                for raw in proc.stdout:
                    try:
                        events.put(json.loads(raw))
                    except ValueError:
                        continue
                events.put(None)

            threading.Thread(target=pump, daemon=True).start()
            job.state = "running"
            while True:
                try:
                    event = events.get(timeout=0.25)
                except queue.Empty:
                    if time.monotonic() > deadline:
                        job.state, job.error = "failed", (f"đọc tệp quá {self.settings.doc_limit():.0f} giây "
                                                          f"(giới hạn DOCPARSE_DOC_SECONDS)")
                        break
                    continue
                if event is None:
                    job.state, job.error = "failed", "tiến trình đọc tệp dừng bất thường (thiếu bộ nhớ?)"
                    break
                if event[0] == "progress":
                    job.stage, job.done, job.total = event[1], event[2], event[3]
                elif event[0] == "done":
                    job.html = (job.folder / "report.html").read_text("utf-8")
                    (job.folder / "report.html").unlink(missing_ok=True)
                    if event[1]:
                        job.annotated = Path(event[1])
                        stem = Path(job.name).stem or "tep"
                        job.annotated_name = f"{stem}.annotated{job.annotated.suffix}"
                    job.state = job.stage = "done"
                    break
                elif event[0] == "failed":
                    job.state, job.stage, job.error = "failed", "failed", event[1]
                    break
        except Exception as exc:  # noqa: BLE001 - the server keeps answering
            job.state, job.stage, job.error = "failed", "failed", f"lỗi máy chủ ({type(exc).__name__})"
        finally:
            if proc is not None:
                try:
                    os.killpg(proc.pid, 9)  # the reader and whatever it started (OCR workers)
                except (ProcessLookupError, PermissionError):
                    pass
                proc.wait(5)
                if proc.stdout:
                    proc.stdout.close()
            upload.unlink(missing_ok=True)  # the uploaded file never outlives its reading
            if job.state != "done":
                job.stage = "failed"
            if job.annotated is None:  # nothing left to serve from the folder
                shutil.rmtree(job.folder, ignore_errors=True)
            job.finished = time.monotonic()
            job.event.set()
            self.release()

    def get(self, job_id: str) -> Optional[Job]:
        with self.lock:
            return self.jobs.get(job_id)

    def expire(self) -> None:
        """Finished jobs past their time (or past max_jobs) lose their files and their entry."""
        now = time.monotonic()
        finished = sorted((j for j in self.jobs.values() if j.finished), key=lambda j: j.finished)
        extra = max(0, len(finished) - self.settings.max_jobs)
        for i, job in enumerate(finished):
            if i < extra or now - job.finished > self.settings.keep_seconds:
                shutil.rmtree(job.folder, ignore_errors=True)
                del self.jobs[job.id]

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


# ---- the upload ---------------------------------------------------------------------------------

class UploadError(Exception):
    def __init__(self, status: int, title: str, message: str):
        super().__init__(message)
        self.status, self.title, self.message = status, title, message


async def receive_upload(request, settings: Settings, folder: Path) -> tuple[Path, str]:
    """Stream the multipart body into ``folder``/upload.<suffix>; return (path, display name)."""
    from python_multipart.multipart import MultipartParser, parse_options_header

    limit = settings.upload_limit()
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise UploadError(400, "Yêu cầu sai", "Độ dài nội dung (Content-Length) không hợp lệ.")
        if int(declared) > limit:
            raise UploadError(413, "Tệp quá lớn", f"Tệp lớn hơn giới hạn {_size(limit)}.")
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary or len(boundary) > 200:
        raise UploadError(400, "Yêu cầu sai", "Hãy gửi tệp bằng biểu mẫu của trang (multipart/form-data).")

    state = {"headers": {}, "field": None, "header": b"", "value": b"", "file": None, "name": None,
             "path": None, "parts": 0, "written": 0}

    def on_part_begin():
        state["parts"] += 1
        state["headers"] = {}
        if state["parts"] > 20:
            raise UploadError(400, "Yêu cầu sai", "Biểu mẫu có quá nhiều phần.")

    def on_header_field(data, start, end):
        state["header"] += data[start:end]
        if len(state["header"]) > 200:
            raise UploadError(400, "Yêu cầu sai", "Tiêu đề của biểu mẫu quá dài.")

    def on_header_value(data, start, end):
        state["value"] += data[start:end]
        if len(state["value"]) > 2000:
            raise UploadError(400, "Yêu cầu sai", "Tiêu đề của biểu mẫu quá dài.")

    def on_header_end():
        state["headers"][state["header"].strip().lower()] = state["value"]
        state["header"] = state["value"] = b""

    def on_headers_finished():
        disposition, options = parse_options_header(state["headers"].get(b"content-disposition", b""))
        if options.get(b"name") == b"file" and b"filename" in options and state["file"] is None:
            raw = options[b"filename"].decode("utf-8", errors="replace")
            state["name"] = display_name(raw)
            state["path"] = folder / f"upload{safe_suffix(raw)}"
            state["file"] = open(state["path"], "wb")
        else:
            state["field"] = True

    def on_part_data(data, start, end):
        if state["file"] is not None and not state["file"].closed:
            state["written"] += end - start
            state["file"].write(data[start:end])

    def on_part_end():
        if state["file"] is not None and not state["file"].closed:
            state["file"].close()

    parser = MultipartParser(boundary, {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field,
        "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished, "on_part_data": on_part_data,
        "on_part_end": on_part_end}, max_size=limit + 64 * 1024)
    received = 0
    started = time.monotonic()
    stream = request.stream().__aiter__()
    try:
        while True:
            left = settings.request_timeout - (time.monotonic() - started)
            if left <= 0:
                raise UploadError(408, "Quá thời gian", "Tải tệp lên quá lâu; hãy thử lại.")
            try:
                chunk = await asyncio.wait_for(stream.__anext__(), min(settings.read_timeout, left))
            except StopAsyncIteration:
                break
            except asyncio.TimeoutError:
                raise UploadError(408, "Quá thời gian", "Tệp gửi lên bị ngắt giữa chừng; hãy thử lại.") from None
            received += len(chunk)
            if received > limit + 64 * 1024:
                raise UploadError(413, "Tệp quá lớn", f"Tệp lớn hơn giới hạn {_size(limit)}.")
            if chunk:
                parser.write(chunk)
        parser.finalize()
    except UploadError:
        raise
    except Exception as exc:  # the client went away, or the multipart body is malformed
        from starlette.requests import ClientDisconnect

        if isinstance(exc, ClientDisconnect):
            raise UploadError(400, "Yêu cầu sai", "Kết nối bị ngắt trước khi tải xong.") from None
        raise UploadError(400, "Yêu cầu sai", "Nội dung biểu mẫu không đọc được.") from None
    finally:
        if state["file"] is not None and not state["file"].closed:
            state["file"].close()
    if declared is not None and received < int(declared):
        raise UploadError(400, "Yêu cầu sai", "Tệp gửi lên ngắn hơn độ dài đã khai.")
    if state["path"] is None:
        raise UploadError(400, "Chưa có tệp", "Chưa chọn tệp nào để kiểm tra.")
    if state["written"] > limit:
        raise UploadError(413, "Tệp quá lớn", f"Tệp lớn hơn giới hạn {_size(limit)}.")
    if state["written"] == 0:
        raise UploadError(400, "Tệp rỗng", "Tệp tải lên không có nội dung.")
    return state["path"], state["name"]


# ---- the application ----------------------------------------------------------------------------

def make_app(settings: Optional[Settings] = None):
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    settings = settings or Settings()
    jobs = Jobs(settings)

    def page(status: int, title: str, message: str, hint: str = "", headers=None) -> HTMLResponse:
        return HTMLResponse(message_page(title, message, hint), status_code=status, headers=headers)

    busy_hint = "Máy chủ đang đọc các tệp khác. Hãy thử lại sau ít phút."

    async def accept(request) -> Job | Response:
        """Claim a slot, receive the upload and start its job; or the page saying why not."""
        if not jobs.try_claim():
            return page(503, "Máy chủ đang bận", "Đang có quá nhiều tệp được kiểm tra cùng lúc.", busy_hint,
                        headers={"Retry-After": "30"})
        folder = jobs.new_folder()
        try:
            upload, name = await receive_upload(request, settings, folder)
        except UploadError as exc:
            jobs.release()
            shutil.rmtree(folder, ignore_errors=True)
            return page(exc.status, exc.title, exc.message, headers={"Connection": "close"})
        except BaseException:
            jobs.release()
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return jobs.start(folder, upload, name)

    def result_page(job: Job) -> Response:
        if job.state == "done":
            html = job.html
            if job.annotated is not None and job.annotated.exists():
                link = (f'<p id="download" style="font-family:sans-serif;margin:16px 40px">'
                        f'<a href="/jobs/{job.id}/annotated" download>Tải bản có chú thích '
                        f'({escape(job.annotated_name)})</a> · <a href="/">Kiểm tra tệp khác</a></p>')
                html = html.replace("<body>", "<body>" + link, 1) if "<body>" in html else link + html
            return HTMLResponse(html)
        return page(422, "Không đọc được tệp", f"Không đọc được tệp «{job.name}»: {job.error}",
                    "Hãy kiểm tra tệp (mở được, không có mật khẩu, đúng định dạng) rồi thử lại.")

    async def home(request):
        return HTMLResponse(upload_page(settings))

    async def check(request):
        """The form without JavaScript: the answer is the report (or the reason it could not be read)."""
        job = await accept(request)
        if isinstance(job, Response):
            return job
        await asyncio.get_running_loop().run_in_executor(None, job.event.wait)
        return result_page(job)

    async def new_job(request):
        job = await accept(request)
        if isinstance(job, Response):
            return job
        return JSONResponse({"id": job.id}, status_code=202)

    def found(request) -> Job | Response:
        job = jobs.get(request.path_params["job"])
        return job or page(404, "Không tìm thấy", "Kết quả này không còn (đã quá hạn hoặc máy chủ đã khởi động lại).")

    async def job_status(request):
        job = found(request)
        return job if isinstance(job, Response) else JSONResponse(job.status())

    async def job_report(request):
        job = found(request)
        if isinstance(job, Response):
            return job
        if not job.finished:
            return page(409, "Chưa xong", "Tệp vẫn đang được đọc; hãy đợi thêm.")
        return result_page(job)

    async def job_annotated(request):
        job = found(request)
        if isinstance(job, Response):
            return job
        if job.annotated is None or not job.annotated.exists():
            return page(404, "Không có bản chú thích", "Tệp này không có bản có chú thích.")
        media = "application/pdf" if job.annotated.suffix == ".pdf" else (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        return FileResponse(job.annotated, media_type=media, filename=job.annotated_name)

    async def not_found(request, exc):
        return page(404, "Không tìm thấy", "Trang này không có.")

    async def not_allowed(request, exc):
        return page(405, "Yêu cầu sai", "Trang này không nhận yêu cầu kiểu đó.")

    async def server_error(request, exc):
        return page(500, "Lỗi máy chủ", "Máy chủ gặp lỗi khi xử lý yêu cầu; hãy thử lại.")

    @asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            jobs.close()

    app = Starlette(routes=[
        Route("/", home, methods=["GET"]),
        Route("/check", check, methods=["POST"]),
        Route("/jobs", new_job, methods=["POST"]),
        Route("/jobs/{job}", job_status, methods=["GET"]),
        Route("/jobs/{job}/report", job_report, methods=["GET"]),
        Route("/jobs/{job}/annotated", job_annotated, methods=["GET"]),
    ], exception_handlers={404: not_found, 405: not_allowed, 500: server_error, Exception: server_error},
        lifespan=lifespan)
    app.state.jobs = jobs
    return app


class Server:
    """uvicorn on an already bound socket: a port that cannot be had fails before anything starts."""

    def __init__(self, port: int = 8765, host: str = "127.0.0.1", settings: Optional[Settings] = None):
        import socket

        import uvicorn

        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.socket = socket.socket(family, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self.socket.bind((host, port))
        except OverflowError:
            self.socket.close()
            raise DocparseError(f"--port {port} is not a port (1-65535)") from None
        except OSError:
            self.socket.close()
            raise
        self.socket.listen(64)
        self.host, self.port = host, self.socket.getsockname()[1]
        self.settings = settings or Settings()
        self.app = make_app(self.settings)
        config = uvicorn.Config(self.app, log_level="critical", access_log=False, lifespan="on",
                                timeout_keep_alive=5, limit_concurrency=64,
                                h11_max_incomplete_event_size=32 * 1024, timeout_graceful_shutdown=5)
        self.server = uvicorn.Server(config)
        self._thread: Optional[threading.Thread] = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def run(self) -> None:
        try:
            self.server.run(sockets=[self.socket])
        finally:
            self.app.state.jobs.close()
            self.socket.close()

    def start(self) -> "Server":
        """Serve in a background thread (tests); ``stop()`` ends it."""
        self.server.install_signal_handlers = lambda: None  # not the main thread
        self._thread = threading.Thread(target=self.run, daemon=True)
        self._thread.start()
        for _ in range(200):
            if self.server.started:
                break
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)


def make_server(port: int = 8765, host: str = "127.0.0.1", settings: Optional[Settings] = None) -> Server:
    return Server(port, host, settings)


def serve(port: int = 8765, host: str = "127.0.0.1") -> None:
    settings = Settings(read_timeout=float(os.environ.get("DOCPARSE_SERVE_READ_TIMEOUT", "10")),
                        workers=int(os.environ.get("DOCPARSE_SERVE_WORKERS", "2")))
    server = Server(port, host, settings)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"docparse: listening on {host}: the page is open to the network, not only this machine")
    print(f"docparse: {server.url} (Ctrl+C to stop)", flush=True)
    server.run()


if __name__ == "__main__":  # pragma: no cover - the job process of Jobs._run
    import sys

    if len(sys.argv) == 5 and sys.argv[1] == "--job":
        _job_main(sys.argv[2], sys.argv[3], sys.argv[4], _Events())
    else:
        serve(int(os.environ.get("PORT", "8765")))


__all__ = ["Settings", "make_app", "make_server", "serve", "Server", "display_name", "scrub"]
