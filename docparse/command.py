"""The `docparse` command's entry: `docparse check FILE` alone (what a clerk runs again after every
edit) is run here without building the command-line parser (typer and its per-option pydantic
adapters: ~0.05 s of a fresh `check`; issue 13); every other command line goes to ``cli``.
What both share is here: the --ui-lang look-up, logging, the run state, the reading with its
one-line failures and the exit without the interpreter's teardown.
"""
from __future__ import annotations

import logging
import os
import sys
import warnings
from pathlib import Path
from typing import Optional

from .errors import DocparseError
from .i18n import set_lang, t

log = logging.getLogger("docparse")


def _ui_lang_from(argv: list[str]) -> tuple[Optional[str], list[str]]:
    """The --ui-lang value anywhere on the command line, and the arguments without it (help texts
    are built when this module is imported, so the language is known before click parses).

    >>> _ui_lang_from(["check", "x.txt", "--ui-lang", "en"])
    ('en', ['check', 'x.txt'])
    >>> _ui_lang_from(["--ui-lang=vi", "check"])
    ('vi', ['check'])
    """
    out, value, i = [], None, 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--ui-lang" and i + 1 < len(argv):
            value, i = argv[i + 1], i + 2
            continue
        if arg.startswith("--ui-lang="):
            value = arg.split("=", 1)[1]
        else:
            out.append(arg)
        i += 1
    return value, out


def fail(message: str) -> None:
    """Print one line on stderr and exit 2 (a library's multi-line reason folded onto that line,
    SQLAlchemy's "(Background on this error at: ...)" left out).

    >>> import contextlib, io
    >>> err = io.StringIO()
    >>> with contextlib.redirect_stderr(err):
    ...     try:
    ...         fail("a reason\\n  on two lines (Background on this error at: https://x)")
    ...     except SystemExit as exc:
    ...         code = exc.code
    >>> err.getvalue(), code
    ('docparse: a reason on two lines\\n', 2)
    """
    import re

    message = re.sub(r"\s*\(Background on this error at:[^)]*\)", "", str(message))
    sys.stderr.write(f"docparse: {' '.join(message.split())}\n")
    sys.stderr.flush()
    raise SystemExit(2)


class _RichHandlerOnFirstRecord(logging.Handler):
    """rich's log handler on stderr, imported and made when the first record is written: a run that
    logs nothing does not import rich (issue 13)."""

    def __init__(self, show_time: bool) -> None:
        super().__init__()
        self.show_time = show_time
        self.rich = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.rich is None:
            from rich.console import Console
            from rich.logging import RichHandler

            self.rich = RichHandler(console=Console(file=sys.stderr), show_path=False, show_time=self.show_time,
                                    markup=False, rich_tracebacks=False)
            self.rich.setFormatter(self.formatter)
        self.rich.emit(record)


def _setup_logging(verbose: int, quiet: bool) -> None:
    """stdlib logging through rich's handler on stderr: -v info, -vv debug, -q errors only."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = _RichHandlerOnFirstRecord(show_time=verbose > 1)
    logging.basicConfig(level=logging.WARNING, handlers=[handler], format="%(message)s", force=True)
    log.setLevel(level)


STATE = {"quiet": False, "verbose": 0}


def _progress_enabled() -> bool:
    return sys.stderr.isatty() and not STATE["quiet"]


def _parse(path: Path, ocr: str, lang: str, jobs: Optional[int] = None, explain: bool = False):
    import time

    from .pipeline import parse
    from .render.progress import progress_on_stderr

    log.info(t("log.reading", path=path))
    started = time.perf_counter()
    try:
        with progress_on_stderr(_progress_enabled()):
            report = parse(path, ocr=ocr, lang=lang, jobs=jobs, explain=explain)
    except DocparseError as exc:
        fail(str(exc))
    except MemoryError:
        fail(t("err.memory", path=path))
    except Exception as exc:  # a reader library failing on a damaged file: still one line, exit 2
        fail(t("err.unreadable", path=path, reason=f"{type(exc).__name__}: {str(exc)[:160]}"))
    from .i18n import num

    log.info(t("log.checked", path=path, facts=len(report.facts), findings=len(report.findings),
               seconds=num(time.perf_counter() - started, 1)))
    return report


def _quiet_libraries() -> None:
    """Library warnings (PIL's decompression-bomb warning, SQLAlchemy's, pdfminer's) never print
    around the one-line error, in this process or the worker processes it starts; DOCPARSE_DEBUG=1
    shows them."""
    if os.environ.get("DOCPARSE_DEBUG"):
        return
    warnings.simplefilter("ignore")
    os.environ.setdefault("PYTHONWARNINGS", "ignore")


def _leave(code) -> None:
    """End the process with ``code`` once the command is done, without the interpreter's teardown:
    freeing every object of the catalogue, the unit lists and the compiled patterns one by one costs
    a fresh ``docparse check`` about a quarter of its CPU time (issue 13), and the system frees them
    at once. What a normal exit does first is done here too (the atexit functions: logging's flush,
    temporary folders, the pattern cache; stdout and stderr flushed). Only when nothing else runs in
    the process (another thread) and the code is a number; DOCPARSE_FULL_EXIT=1 keeps the normal exit."""
    import atexit
    import threading

    if (not isinstance(code, int) or os.environ.get("DOCPARSE_FULL_EXIT")
            or threading.active_count() > 1 or not hasattr(atexit, "_run_exitfuncs")):
        sys.exit(code)
    try:
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # a closed pipe, a failing handler: the normal exit says so
        sys.exit(code)
    os._exit(code)


_PLUGINS_OFF = ("__all__", "1", "true")  # the values pydantic's plugin loader reads as "load none"


def _plugin_loader_stub() -> None:
    """With plugins off, pydantic's plugin loader module is stood in for by one that loads none.

    pydantic imports ``pydantic.plugin._loader`` when it builds its first validator, and that
    module imports ``importlib.metadata`` (~25 ms, a tenth of a fresh ``docparse check``; issue 13)
    only to find that plugins are off. The stand-in answers as the loader does when
    ``PYDANTIC_DISABLE_PLUGINS`` is one of those values; should the variable change later in the
    process, it hands over to the real loader.

    >>> import sys
    >>> before, setting = sys.modules.pop("pydantic.plugin._loader", None), os.environ.get("PYDANTIC_DISABLE_PLUGINS")
    >>> os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    >>> _plugin_loader_stub(); list(sys.modules["pydantic.plugin._loader"].get_plugins())
    []
    >>> _ = sys.modules.pop("pydantic.plugin._loader") if before is None else sys.modules.update({"pydantic.plugin._loader": before})
    >>> _ = os.environ.pop("PYDANTIC_DISABLE_PLUGINS") if setting is None else os.environ.update(PYDANTIC_DISABLE_PLUGINS=setting)
    """
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in _PLUGINS_OFF or name in sys.modules:
        return
    import types

    stub = types.ModuleType(name)

    def get_plugins():
        if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in _PLUGINS_OFF:
            return ()
        import importlib

        if sys.modules.get(name) is stub:
            del sys.modules[name]
        return importlib.import_module(name).get_plugins()

    stub.get_plugins = get_plugins
    sys.modules[name] = stub


def setup(ui_lang: Optional[str]) -> None:
    """What every run of the command does first: the language, pydantic's plugins off (unless
    PYDANTIC_DISABLE_PLUGINS is set: pydantic otherwise reads every installed distribution's entry
    points when it builds the first model), library warnings and loggers quiet."""
    if ui_lang in ("vi", "en"):
        set_lang(ui_lang)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _plugin_loader_stub()
    _quiet_libraries()
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def plain_check(argv: list[str]) -> Optional[str]:
    """The file of a command line that is `check FILE` and nothing else (no option), else None.

    >>> plain_check(["check", "a.pdf"]), plain_check(["check", "a.pdf", "--format", "json"])
    ('a.pdf', None)
    >>> plain_check(["check", "--help"]), plain_check(["extract", "a.pdf"]), plain_check(["-q", "check", "a.pdf"])
    (None, None, None)
    """
    if len(argv) == 2 and argv[0] == "check" and not argv[1].startswith("-"):
        return argv[1]
    return None


def _run_check(path: str) -> int:
    """`docparse check FILE` with every option at its default, as ``cli.check`` runs it: the
    findings as text, exit 1 when one is an error; a failure is one line on stderr."""
    from .render.text import print_findings

    STATE.update(quiet=False, verbose=0)
    _setup_logging(0, False)
    try:
        report = _parse(Path(path), "auto", "vie", None)
        print_findings(report, notes=True)
    except KeyboardInterrupt:
        sys.stderr.write(f"docparse: {t('err.interrupted')}\n")
        return 130
    except BrokenPipeError:  # the reader of the output went away (`| head`): as click ends it
        sys.stdout = open(os.devnull, "w")
        return 1
    except DocparseError as exc:
        sys.stderr.write(f"docparse: {' '.join(str(exc).split())}\n")
        return 2
    except MemoryError:
        sys.stderr.write(f"docparse: {t('err.memory_any')}\n")
        return 2
    except Exception as exc:  # anything unforeseen: one line, exit 2
        sys.stderr.write(f"docparse: {t('err.internal', reason=f'{type(exc).__name__}: {str(exc)[:200]}')}\n")
        return 2
    return 1 if report.findings_at_or_above("error") else 0


def main() -> None:
    """The `docparse` command (the console script and ``python -m docparse``): ends the process."""
    ui_lang, argv = _ui_lang_from(sys.argv[1:])
    path = plain_check(argv)
    if path is None or ui_lang not in (None, "vi", "en"):
        from .cli import full_main

        full_main()
        return
    # the cycle collector off for the rest of this short process: its passes over the objects the
    # imports and the catalogue make (~60 a fresh check, 20-30 ms; issue 13) free next to nothing
    # (the reading pauses it anyway: pipeline.cycle_collection_paused), and the process ends by _leave
    import gc

    gc.disable()
    setup(ui_lang)
    try:
        code = _run_check(path)
    except SystemExit as exc:  # a one-line failure (``fail``)
        code = 0 if exc.code is None else exc.code
    _leave(code)
