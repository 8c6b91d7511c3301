"""The `docparse` command: extract, check, batch, serve (CONTRACT section 1).

Exit codes: 0 no finding at or above --fail-on; 1 at least one; 2 unreadable input or wrong
arguments, with a one-line reason on stderr and never a traceback.
"""
from __future__ import annotations

import logging
import os
import sys
import warnings
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .errors import DocparseError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Read Vietnamese administrative-reform reports and check their numbers.")


class OcrMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Format(str, Enum):
    text = "text"
    json = "json"
    html = "html"


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def fail(message: str) -> None:
    """Print one line on stderr and exit 2."""
    typer.echo(f"docparse: {' '.join(str(message).split())}", err=True)
    raise typer.Exit(2)


def _writable_target(path: Path, option: str) -> None:
    """An output file's folder must exist before any work starts."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        fail(f"{option} {path} is a folder; give a file name")
    if not folder.is_dir():
        fail(f"{option} {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        fail(f"{option} {path}: the folder {folder} is not writable")


EXPORT_SUFFIXES = (".parquet", ".csv", ".xlsx")


def _parse(path: Path, ocr: str, lang: str):
    from .pipeline import parse

    try:
        return parse(path, ocr=ocr, lang=lang)
    except DocparseError as exc:
        fail(str(exc))
    except MemoryError:
        fail(f"{path}: out of memory while reading (the document is too large for this machine; "
             f"see the DOCPARSE_MAX_* limits)")
    except Exception as exc:  # a reader library failing on a damaged file: still one line, exit 2
        fail(f"{path}: could not be read ({type(exc).__name__}: {str(exc)[:160]})")


@app.command()
def extract(path: Path, ocr: OcrMode = typer.Option(OcrMode.auto, help="OCR pages without a text layer"),
            lang: str = typer.Option("vie", help="Tesseract language")) -> None:
    """Read one document, recover facts, run every check; print the Report as JSON."""
    report = _parse(path, ocr.value, lang)
    typer.echo(report.model_dump_json(indent=2, exclude={"document": {"part_evidence"}}))


@app.command()
def check(path: Path,
          format: Format = typer.Option(Format.text, "--format", help="text, json or html"),
          fail_on: Severity = typer.Option(Severity.error, "--fail-on", help="lowest severity that fails"),
          annotate: Optional[Path] = typer.Option(None, "--annotate", help="write an annotated copy (PDF/DOCX)"),
          ocr: OcrMode = typer.Option(OcrMode.auto), lang: str = typer.Option("vie")) -> None:
    """Validate one document (a draft before signing): findings with page and line."""
    if annotate is not None:
        _writable_target(annotate, "--annotate")
    report = _parse(path, ocr.value, lang)
    if format is Format.json:
        typer.echo(report.model_dump_json(indent=2, exclude={"document": {"part_evidence"}}))
    elif format is Format.html:
        from .render.html import report_html

        typer.echo(report_html(report))
    else:
        from .render.text import print_findings

        print_findings(report)
    if annotate is not None:
        from .render.annotate import annotate_copy

        try:
            annotate_copy(path, report, annotate)
        except DocparseError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write the annotated copy {annotate} ({exc.strerror or type(exc).__name__})")
    raise typer.Exit(1 if report.findings_at_or_above(fail_on.value) else 0)


@app.command()
def explain(path: Path,
            format: Format = typer.Option(Format.text, "--format", help="text or json"),
            ocr: OcrMode = typer.Option(OcrMode.auto), lang: str = typer.Option("vie")) -> None:
    """Show how each number was read: its clause, role, subject, link and the fact it became."""
    import dataclasses
    import json

    report = _parse(path, ocr.value, lang)
    rows = [dataclasses.asdict(r) for r in report._trace]
    if format == Format.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    from .render.text import explain_lines

    for line in explain_lines(rows):
        typer.echo(line)


@app.command()
def batch(directory: Path = typer.Argument(..., metavar="DIR"),
          db: str = typer.Option("sqlite:///docparse.sqlite", "--db", help="SQLAlchemy URL of the store"),
          out: Optional[Path] = typer.Option(None, "--out", help="export to .parquet, .csv or .xlsx"),
          workers: Optional[int] = typer.Option(None, "--workers", min=1, help="worker processes"),
          scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address")) -> None:
    """Ingest and re-check every document under DIR (recursively) into the store."""
    from .batch import run_batch
    from .store import check_export_path, export

    if not directory.is_dir():
        fail(f"{directory} is not a folder")
    if out is not None:  # every argument checked before the batch runs (not after an hour of work)
        if out.suffix.lower() not in EXPORT_SUFFIXES:
            fail(f"--out must end in .parquet, .csv or .xlsx, not {out.suffix or 'nothing'}")
        _writable_target(out, "--out")
    _check_db_url(db)
    try:
        if out is not None:  # every argument is checked before any work starts
            check_export_path(str(out))
        summary = run_batch(directory, db, workers=workers, scheduler=scheduler,
                            progress=sys.stderr.isatty())
        for line in summary.lines():
            typer.echo(line)
        if out is not None:
            for path in export(db, str(out)):
                typer.echo(f"wrote {path}")
    except DocparseError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or directory}: {exc.strerror}")
    except Exception as exc:
        _database_failure(exc, db)
        raise


def _check_db_url(db: str) -> None:
    """A SQLite file's folder must exist and the file be writable; any URL must parse."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db)
    except ArgumentError:
        fail(f"--db {db!r} is not a database URL (for example sqlite:///docparse.sqlite)")
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        file = Path(url.database)
        if file.is_dir():
            fail(f"--db {db}: {file} is a folder")
        if not file.parent.is_dir():
            fail(f"--db {db}: the folder {file.parent} does not exist")
        if file.exists() and not os.access(file, os.W_OK):
            fail(f"--db {db}: the database file is read-only")
        if not file.exists() and not os.access(file.parent, os.W_OK):
            fail(f"--db {db}: the folder {file.parent} is not writable")


def _database_failure(exc: Exception, db: str) -> None:
    """A database that refuses (read-only, locked, unreachable): one plain line, not 'internal error'."""
    try:
        from sqlalchemy.exc import SQLAlchemyError
    except ImportError:
        return
    if isinstance(exc, SQLAlchemyError):
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:160]
        fail(f"the database {db} cannot be used ({reason})")


@app.command()
def serve(port: int = typer.Option(8765, min=0, max=65535, help="port to listen on (0: any free port)"),
          host: str = typer.Option("127.0.0.1", help="address to listen on; loopback unless you ask "
                                   "(0.0.0.0 opens the page to the network)")) -> None:
    """A local web page: drop a PDF or DOCX, see its findings."""
    from .serve import serve as run

    try:
        run(port, host=host)
    except DocparseError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})")


def _quiet_libraries() -> None:
    """Library warnings (PIL's decompression-bomb warning, SQLAlchemy's, pdfminer's) and log records
    never print around the one-line error; DOCPARSE_DEBUG=1 shows them."""
    if os.environ.get("DOCPARSE_DEBUG"):
        return
    warnings.simplefilter("ignore")
    os.environ.setdefault("PYTHONWARNINGS", "ignore")  # worker processes too
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger().setLevel(logging.CRITICAL)


def main() -> None:
    _quiet_libraries()
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        code = app(standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("docparse: interrupted", err=True)
        sys.exit(130)
    except DocparseError as exc:
        typer.echo(f"docparse: {' '.join(str(exc).split())}", err=True)
        sys.exit(2)
    except MemoryError:
        typer.echo("docparse: out of memory (the input is too large for this machine; see the "
                   "DOCPARSE_MAX_* limits)", err=True)
        sys.exit(2)
    except Exception as exc:  # usage errors and anything unforeseen: one line, exit 2
        if hasattr(exc, "format_message"):  # click's (or typer's bundled click's) usage errors
            message = " ".join(exc.format_message().split())
            typer.echo(f"docparse: {message} (see 'docparse --help')", err=True)
        else:
            detail = " ".join(str(exc).split())[:200]
            typer.echo(f"docparse: internal error ({type(exc).__name__}: {detail})", err=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
