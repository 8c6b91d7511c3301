"""Resource limits applied wherever a document is opened (issue 14): one named setting each, a sane
default, an environment variable to change it, and one clear message when a document exceeds it.

A document over a limit is refused with ``LimitExceeded`` (a ``DocparseError``: the CLI prints one
line and exits 2; ``batch`` records the document as failed and goes on). The page-pixel limit is the
one exception: a page too large to render at the OCR resolution is rendered at the scale that fits
(``render_scale``), and only a page that cannot fit even at a useless scale is refused.

>>> get("max_pages") == LIMITS["max_pages"].default
True
>>> import os; os.environ["DOCPARSE_MAX_PAGES"] = "7"; get("max_pages")
7
>>> from docparse.i18n import set_lang; set_lang("en")
>>> try:
...     require("max_pages", 9, "pages", "x.pdf has 9 pages")
... except LimitExceeded as exc:
...     print(exc)
x.pdf has 9 pages: over the limit of 7 pages (DOCPARSE_MAX_PAGES)
>>> del os.environ["DOCPARSE_MAX_PAGES"]; set_lang(None)

For the batch helper: ``with deadline(get("doc_seconds")): parse(path)`` makes the pipeline stop
between pages and between paragraphs once the time is up (``check_deadline`` raises
``LimitExceeded``); ``run_limited(fn, *args, seconds=...)`` runs ``fn`` in a child process and kills
it when the time is up, for work that cannot stop itself (a reader library stuck inside one call).
"""
from __future__ import annotations

import contextlib
import contextvars
import os
import time
from dataclasses import dataclass

from .errors import DocparseError


class LimitExceeded(DocparseError):
    """A document goes over one of the resource limits below."""


@dataclass(frozen=True)
class Limit:
    name: str
    default: float
    unit: str
    meaning: str

    @property
    def env(self) -> str:
        return "DOCPARSE_" + self.name.upper()


MB = 1024 * 1024
LIMITS = {limit.name: limit for limit in [
    Limit("max_file_bytes", 300 * MB, "bytes", "size of one input file"),
    Limit("max_pages", 2000, "pages", "pages (or image frames) of one document"),
    Limit("max_page_pixels", 40_000_000, "pixels",
          "pixels of one page rendered for OCR (a larger page is rendered at a smaller scale)"),
    Limit("min_render_dpi", 20, "dpi", "the smallest resolution a page is rendered at to fit the pixel limit"),
    Limit("max_image_pixels", 120_000_000, "pixels", "pixels of one image (decompression bombs)"),
    Limit("max_part_bytes", 200 * MB, "bytes", "uncompressed size of one part of a DOCX/XLSX archive"),
    Limit("max_archive_bytes", 500 * MB, "bytes", "uncompressed size of a whole DOCX/XLSX archive"),
    Limit("max_archive_parts", 5000, "parts", "files inside one DOCX/XLSX archive"),
    Limit("max_text_chars", 2_000_000, "characters", "characters of text read from one document"),
    Limit("max_numbers", 50_000, "numbers", "numbers written in one document (each is read in context)"),
    Limit("doc_seconds", 300, "seconds", "time to read and check one document in batch"),
    Limit("max_upload_bytes", 50 * MB, "bytes", "size of one upload to the web page"),
]}


def get(name: str) -> float | int:
    """The limit in force: its environment variable when set to a positive number, else the default."""
    limit = LIMITS[name]
    raw = os.environ.get(limit.env, "").strip()
    try:
        value = float(raw) if raw else limit.default
    except ValueError:
        raise DocparseError(f"{limit.env}={raw!r} is not a number") from None
    if value <= 0:
        raise DocparseError(f"{limit.env}={raw!r} must be positive")
    return int(value) if float(value).is_integer() else value


def _amount(value: float, unit: str) -> str:
    from .i18n import num, t

    if unit == "bytes":
        return f"{num(value / MB, 0)} MB" if value >= MB else f"{num(value, 0)} {t('unit.bytes')}"
    return f"{num(value, 0)} {t('unit.' + unit)}"


def require(name: str, value: float, unit: str | None = None, what: str = "") -> None:
    """Raise LimitExceeded when ``value`` is over the limit ``name``."""
    limit = LIMITS[name]
    allowed = get(name)
    if value > allowed:
        unit = unit or limit.unit
        from .i18n import t

        raise LimitExceeded(t("lim.over", what=what or limit.meaning, limit=_amount(allowed, unit), env=limit.env))


def render_scale(width_pt: float, height_pt: float, dpi: float) -> tuple[float, bool]:
    """The scale to render a page at: ``dpi`` when it fits the pixel limit, else the scale that does;
    the flag says it was reduced. A page that needs less than ``min_render_dpi`` is refused.

    >>> render_scale(595, 842, 300)[1], round(render_scale(14400, 14400, 300)[0] * 72)
    (False, 32)
    """
    scale = dpi / 72
    area = max(width_pt, 1e-6) * max(height_pt, 1e-6)
    budget = get("max_page_pixels")
    if area * scale * scale <= budget:
        return scale, False
    fit = (budget / area) ** 0.5
    if fit * 72 < get("min_render_dpi"):
        from .i18n import num, t

        raise LimitExceeded(t("lim.render", width=num(width_pt, 0), height=num(height_pt, 0),
                              limit=_amount(budget, "pixels"), dpi=get("min_render_dpi")))
    return fit, True


def check_archive(infos, what: str = "the archive") -> None:
    """Refuse a ZIP package (DOCX, XLSX) whose parts inflate past the limits (a zip bomb), from the
    sizes its directory declares; Python's zipfile never inflates a part past its declared size."""
    from .i18n import num, t

    require("max_archive_parts", len(infos), "parts", t("lim.parts", what=what, count=num(len(infos))))
    total = 0
    for info in infos:
        require("max_part_bytes", info.file_size, "bytes",
                t("lim.part", what=what, part=info.filename[:60], size=_amount(info.file_size, "bytes")))
        total += info.file_size
    require("max_archive_bytes", total, "bytes", t("lim.archive", what=what, size=_amount(total, "bytes")))


_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("docparse_deadline", default=None)


@contextlib.contextmanager
def deadline(seconds: float | None):
    """Within the block, ``check_deadline()`` raises LimitExceeded once ``seconds`` have passed."""
    token = _DEADLINE.set(time.monotonic() + seconds if seconds else None)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline(where: str = "") -> None:
    end = _DEADLINE.get()
    if end is not None and time.monotonic() > end:
        from .i18n import t

        raise LimitExceeded(t("lim.deadline", seconds=get("doc_seconds"), where=f" ({where})" if where else ""))


def _child(conn, fn, args, kwargs):
    try:
        conn.send((True, fn(*args, **kwargs)))
    except BaseException as exc:  # noqa: BLE001 - handed back to the parent as it is
        try:
            conn.send((False, exc))
        except Exception:
            conn.send((False, DocparseError(f"{type(exc).__name__}: {str(exc)[:200]}")))
    finally:
        conn.close()


def run_limited(fn, *args, seconds: float | None = None, **kwargs):
    """``fn(*args, **kwargs)`` in a child process, killed after ``seconds`` (default: doc_seconds);
    its result (picklable) is returned and its exception raised here. A killed child raises
    LimitExceeded; a child that dies (out of memory, a crash in a C library) raises DocparseError."""
    import multiprocessing

    seconds = seconds or get("doc_seconds")
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, kwargs), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(seconds):
            from .i18n import t

            raise LimitExceeded(t("lim.deadline", seconds=seconds, where=""))
        try:
            ok, value = parent.recv()
        except EOFError:
            proc.join(5)
            raise DocparseError(f"the reader stopped unexpectedly (exit code {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    if ok:
        return value
    raise value
