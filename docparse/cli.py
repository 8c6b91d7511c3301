"""The `docparse` command: extract, check, explain, batch, serve, schema (CONTRACT section 1).

Exit codes: 0 no finding at or above --fail-on; 1 at least one (batch: or a file failed); 2
unreadable input or wrong arguments, with a one-line reason on stderr and never a traceback.
Every text a person reads is message data (data/messages.json "ui"), Vietnamese by default,
English with --ui-lang en (or DOCPARSE_UI_LANG=en, or an English locale).
"""
from __future__ import annotations

import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .errors import DocparseError
from .i18n import lang as current_lang
from .i18n import set_lang, t

log = logging.getLogger("docparse")

# shared with the entry that runs a plain `docparse check FILE` without this parser (command.py)
from .command import STATE, _leave, _parse, _progress_enabled, _setup_logging, _ui_lang_from, setup  # noqa: E402


_UI_LANG, _ARGV = _ui_lang_from(sys.argv[1:])
if _UI_LANG in ("vi", "en"):
    set_lang(_UI_LANG)


def _localise_click() -> None:
    """Typer's help screens in the language in use: panel titles, usage prefix, --help text."""
    from typer import core
    from typer._click import core as click_core
    from typer._click import formatting

    usage = t("click.usage")

    def localise_rich() -> None:  # on the first help screen: rich_utils costs 0.1 s to import (issue 13)
        from typer import rich_utils

        if getattr(rich_utils, "_docparse_localised", False):
            return
        rich_utils._docparse_localised = True
        rich_utils.ARGUMENTS_PANEL_TITLE = t("click.arguments")
        rich_utils.OPTIONS_PANEL_TITLE = t("click.options")
        rich_utils.COMMANDS_PANEL_TITLE = t("click.commands")
        rich_utils.DEFAULT_STRING = t("click.default")
        rich_utils.REQUIRED_LONG_STRING = t("click.required")
        rich_utils.OptionHighlighter.highlights = [
            h.replace("Usage: ", usage) for h in rich_utils.OptionHighlighter.highlights]

    for cls in (core.TyperCommand, core.TyperGroup):
        def format_help(self, ctx, formatter, _original=cls.format_help):
            localise_rich()
            return _original(self, ctx, formatter)

        cls.format_help = format_help
    original_write_usage = formatting.HelpFormatter.write_usage

    def write_usage(self, prog, args="", prefix=None):
        return original_write_usage(self, prog, args, usage if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage
    original_help_option = click_core.Command.get_help_option

    def get_help_option(self, ctx):
        option = original_help_option(self, ctx)
        if option is not None:
            option.help = t("help.help")
        return option

    click_core.Command.get_help_option = get_help_option
    types = {"<bool>": None, "<int>": t("click.type_int"), "<path>": t("click.type_path"),
             "<str>": t("click.type_str")}
    original_display_type = core._TyperParameter.display_type

    def display_type(self, ctx):
        shown = original_display_type(self, ctx)
        return types.get(shown, shown)

    core._TyperParameter.display_type = display_type


_localise_click()

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help=t("help.app"), epilog=t("help.exit_codes"),
                  options_metavar=t("click.options_metavar"), subcommand_metavar=t("click.command_metavar"))
_CMD = dict(epilog=t("help.exit_codes"), options_metavar=t("click.options_metavar"))


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
    """Print one line on stderr and exit 2 (a library's multi-line reason folded onto that line,
    SQLAlchemy's "(Background on this error at: ...)" left out)."""
    import re

    message = re.sub(r"\s*\(Background on this error at:[^)]*\)", "", str(message))
    typer.echo(f"docparse: {' '.join(message.split())}", err=True)
    raise typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"docparse {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help=t("help.version")),
          quiet: bool = typer.Option(False, "--quiet", "-q", help=t("help.quiet")),
          verbose: int = typer.Option(0, "--verbose", "-v", count=True, help=t("help.verbose")),
          ui_lang: str = typer.Option(current_lang(), "--ui-lang", metavar="vi|en", help=t("help.ui_lang"))) -> None:
    STATE.update(quiet=quiet, verbose=verbose)
    _setup_logging(verbose, quiet)


def _check_annotate(path: Path, annotate: Path) -> None:
    """--annotate refused before any work: the output must be a new file of the input's kind."""
    from .extractors import sniff

    if annotate.resolve() == path.resolve():
        fail(t("err.annotate_same"))
    if not annotate.parent.is_dir():
        fail(t("err.out_dir", path=annotate))
    if not path.is_file():
        return  # the reader says why
    with open(path, "rb") as fh:
        media = sniff(fh.read(65536), path.suffix.lower())
    wanted = annotate.suffix.lower()
    if media == "application/pdf":
        if wanted != ".pdf":
            fail(t("err.annotate_pdf"))
    elif "wordprocessingml" in media:
        if wanted != ".docx":
            fail(t("err.annotate_docx"))
    else:
        fail(t("err.annotate_kind"))


@app.command(help=t("help.extract"), **_CMD)
def extract(path: Path = typer.Argument(..., metavar=t("meta.file"), help=t("help.path"), show_default=False),
            ocr: OcrMode = typer.Option(OcrMode.auto, help=t("help.ocr")),
            lang: str = typer.Option("vie", help=t("help.lang"), metavar="vie"),
          jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, metavar="N", help=t("help.jobs"))) -> None:
    report = _parse(path, ocr.value, lang, jobs)
    typer.echo(report.model_dump_json(indent=2, exclude={"document": {"part_evidence"}}))


@app.command(help=t("help.check"), **_CMD)
def check(path: Path = typer.Argument(..., metavar=t("meta.file"), help=t("help.path"), show_default=False),
          format: Format = typer.Option(Format.text, "--format", help=t("help.format")),
          fail_on: Severity = typer.Option(Severity.error, "--fail-on", help=t("help.fail_on")),
          annotate: Optional[Path] = typer.Option(None, "--annotate", metavar=t("meta.file"), help=t("help.annotate")),
          ocr: OcrMode = typer.Option(OcrMode.auto, help=t("help.ocr")),
          lang: str = typer.Option("vie", help=t("help.lang"), metavar="vie"),
          jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, metavar="N", help=t("help.jobs"))) -> None:
    if annotate is not None:
        _check_annotate(path, annotate)
    report = _parse(path, ocr.value, lang, jobs)
    if format is Format.json:
        typer.echo(report.model_dump_json(indent=2, exclude={"document": {"part_evidence"}}))
    elif format is Format.html:
        from .render.html import report_html

        typer.echo(report_html(report))
    else:
        from .render.text import print_findings

        print_findings(report, notes=not STATE["quiet"])
    if annotate is not None:
        from .render.annotate import annotate_copy

        try:
            annotate_copy(path, report, annotate)
        except DocparseError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(t("err.annotate_write", path=annotate, reason=exc.strerror or type(exc).__name__))
    raise typer.Exit(1 if report.findings_at_or_above(fail_on.value) else 0)


class ExplainFormat(str, Enum):
    text = "text"
    json = "json"


@app.command(help=t("help.explain"), **_CMD)
def explain(path: Path = typer.Argument(..., metavar=t("meta.file"), help=t("help.path"), show_default=False),
            format: ExplainFormat = typer.Option(ExplainFormat.text, "--format", help=t("help.format_explain")),
            ocr: OcrMode = typer.Option(OcrMode.auto, help=t("help.ocr")),
            lang: str = typer.Option("vie", help=t("help.lang"), metavar="vie"),
          jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, metavar="N", help=t("help.jobs"))) -> None:
    import dataclasses
    import json

    report = _parse(path, ocr.value, lang, jobs, explain=True)
    rows = [dataclasses.asdict(r) for r in report._trace]
    if format == ExplainFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    from .render.text import explain_lines

    for line in explain_lines(rows):
        typer.echo(line)


@app.command(help=t("help.batch"), **_CMD)
def batch(directory: Path = typer.Argument(..., metavar=t("meta.dir"), help=t("help.dir"), show_default=False),
          db: str = typer.Option("sqlite:///docparse.sqlite", "--db", metavar="URL", help=t("help.db")),
          out: Optional[Path] = typer.Option(None, "--out", metavar=t("meta.file"), help=t("help.out")),
          report: Optional[Path] = typer.Option(None, "--report", metavar=t("meta.html"), help=t("help.report")),
          fail_on: Optional[Severity] = typer.Option(None, "--fail-on", help=t("help.batch_fail_on")),
          workers: Optional[int] = typer.Option(None, "--workers", min=1, metavar="N", help=t("help.workers")),
          scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="URL", help=t("help.scheduler"))) -> None:
    from .batch import run_batch
    from .store import check_export_path, export

    if not directory.is_dir():
        fail(t("err.not_folder", path=directory))
    if out is not None and out.suffix.lower() not in (".parquet", ".csv", ".xlsx"):
        fail(t("err.out_suffix", suffix=out.suffix or t("err.no_suffix")))
    for target in (out, report):
        if target is not None and not target.parent.is_dir():
            fail(t("err.out_dir", path=target))
    if report is not None and report.suffix.lower() not in (".html", ".htm"):
        fail(t("err.report_suffix", suffix=report.suffix or t("err.no_suffix")))
    _check_db_url(db)
    try:
        if out is not None:  # every argument is checked before any work starts
            check_export_path(str(out))
        summary = run_batch(directory, db, workers=workers, scheduler=scheduler,
                            progress=_progress_enabled())
        for line in summary.lines():
            typer.echo(line)
        if out is not None:
            for path in export(db, str(out)):
                typer.echo(t("wrote", path=path))
        if report is not None:
            from .render.overview import write_overview

            write_overview(db, report)
            typer.echo(t("batch.report", path=report))
    except DocparseError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(t("err.os", path=exc.filename or directory, reason=exc.strerror))
    except Exception as exc:
        _database_failure(exc, db)
        raise
    failing = bool(summary.failures)
    if fail_on is not None:
        from .batch import findings_at_or_above

        try:
            failing = failing or findings_at_or_above(db, directory, fail_on.value) > 0
        except DocparseError as exc:
            fail(str(exc))
    raise typer.Exit(1 if failing else 0)


def _check_db_url(db: str) -> None:
    """Before any work: the URL parses; a SQLite file's folder exists, the file is writable."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db)
    except ArgumentError:
        fail(t("err.db_url", url=db))
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:") \
            and not url.database.startswith("file:"):
        file = Path(url.database)
        if file.is_dir() or not file.parent.is_dir():
            fail(t("err.db_folder", url=db, folder=file if file.is_dir() else file.parent))
        if (file.exists() and not os.access(file, os.W_OK)) or \
                (not file.exists() and not os.access(file.parent, os.W_OK)):
            fail(t("err.db_readonly", url=db))


def _database_failure(exc: Exception, db: str) -> None:
    """A database that refuses (read-only, locked, unreachable): one plain line, not 'internal error'."""
    try:
        from sqlalchemy.exc import SQLAlchemyError
    except ImportError:
        return
    if isinstance(exc, SQLAlchemyError):
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:160]
        fail(t("err.db_use", url=db, reason=reason))


@app.command(help=t("help.serve"), **_CMD)
def serve(port: int = typer.Option(8765, min=0, max=65535, help=t("help.port"), metavar=t("meta.port")),
          host: str = typer.Option("127.0.0.1", help=t("help.host"), metavar="HOST")) -> None:
    from .serve import serve as run

    try:
        run(port, host=host)
    except DocparseError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(t("err.listen_host", host=host, port=port, reason=exc.strerror or exc))


@app.command(help=t("help.schema"), **_CMD)
def schema(indent: int = typer.Option(2, "--indent", min=0, metavar="N", help=t("help.indent"))) -> None:
    from .models import report_schema_json

    typer.echo(report_schema_json(indent))


def _value_given(param, argv: list[str]) -> str:
    """The value written after an option on the command line ('x' in ``--jobs x``), quoted.

    >>> class P: opts = ["--jobs", "-j"]
    >>> _value_given(P(), ["check", "a.pdf", "-j", "x"]), _value_given(P(), ["check", "--jobs=2.5"])
    ("'x'", "'2.5'")
    """
    opts = getattr(param, "opts", None) or []
    for i, arg in enumerate(argv):
        if arg in opts and i + 1 < len(argv):
            return f"'{argv[i + 1]}'"
        for opt in opts:
            if arg.startswith(opt + "="):
                return f"'{arg[len(opt) + 1:]}'"
    return "?"


def usage_message(exc) -> str:
    """A click usage error in the language in use (click's own texts are English)."""
    import re

    from typer._click import exceptions as ce

    detail = " ".join((exc.format_message() or "").split())
    name = None
    param = getattr(exc, "param", None)
    if param is not None:
        name = "/".join(param.opts) if getattr(param, "opts", None) and param.param_type_name == "option" \
            else (getattr(param, "metavar", None) or param.name)
    if isinstance(exc, ce.MissingParameter):
        what = t("click.missing.option" if getattr(param, "param_type_name", "") == "option"
                 else "click.missing.argument")
        text = t("click.missing", what=what, name=f"'{name or '?'}'")
    elif isinstance(exc, ce.NoSuchOption):
        text = t("click.no_such_option", name=exc.option_name)
        if exc.possibilities:
            text += t("click.did_you_mean", names=", ".join(sorted(exc.possibilities)))
    elif isinstance(exc, ce.BadOptionUsage) and "requires an argument" in detail:
        text = t("click.needs_value", name=exc.option_name)
    elif isinstance(exc, ce.BadParameter):
        value = re.search(r"'([^']*)' is not one of (.*?)\.?$", detail)
        if value:
            choices = ", ".join(re.findall(r"'([^']*)'", value.group(2)))
            shown = t("click.choose", value=f"'{value.group(1)}'", choices=choices)
        elif "is not a valid integer" in detail:
            shown = t("click.not_int", value=re.findall(r"'([^']*)'", detail)[-1])
        elif "valid integer" in detail:  # typer's own wording, which does not repeat the value
            shown = t("click.not_int", value=_value_given(param, _ARGV))
        elif "greater than or equal to" in detail:
            shown = t("click.at_least", n=re.findall(r"greater than or equal to (-?\d+)", detail)[-1])
        elif "is not in the range" in detail:
            m = re.search(r"(-?\d+) is not in the range (.*?)\.?$", detail)
            shown = t("click.range", value=m.group(1), range=m.group(2)) if m else detail
        else:
            shown = detail
        text = t("click.bad_value", name=name or "?", value=shown)
    elif "No such command" in detail:
        text = t("click.no_such_command", name=re.findall(r"'([^']*)'", detail)[-1])
    elif "unexpected extra argument" in detail:
        text = t("click.extra", args=detail.split("(", 1)[-1].rstrip(")"))
    else:
        text = t("click.usage_error", detail=detail)
    return text


def main() -> None:
    """The console script's entry as installed (``docparse.cli:main``): ``command.main``, which
    runs a plain `docparse check FILE` itself and every other command line through ``full_main``."""
    from .command import main as command_main

    command_main()


def full_main() -> None:
    """The command line through the parser; ends the process."""
    try:
        _main()
    except SystemExit as exc:
        code = exc.code
        _leave(0 if code is None else code)


def _main() -> None:
    setup(None)  # (the language was set when this module was imported)
    if _UI_LANG is not None and _UI_LANG not in ("vi", "en"):
        typer.echo(f"docparse: {t('err.ui_lang', value=_UI_LANG)}", err=True)
        sys.exit(2)
    try:
        code = app(args=_ARGV, prog_name="docparse", standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo(f"docparse: {t('err.interrupted')}", err=True)
        sys.exit(130)
    except DocparseError as exc:
        typer.echo(f"docparse: {' '.join(str(exc).split())}", err=True)
        sys.exit(2)
    except MemoryError:
        typer.echo(f"docparse: {t('err.memory_any')}", err=True)
        sys.exit(2)
    except Exception as exc:  # usage errors and anything unforeseen: one line, exit 2
        if hasattr(exc, "format_message"):  # click's (or typer's bundled click's) usage errors
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `docparse`: the help was shown
                sys.exit(2)
            ctx = getattr(exc, "ctx", None)
            command = ctx.info_name if ctx is not None and ctx.parent is not None else None
            see = t("click.see_command_help", command=command) if command else t("click.see_help")
            typer.echo(f"docparse: {usage_message(exc)} {see}", err=True)
        else:
            typer.echo(f"docparse: {t('err.internal', reason=f'{type(exc).__name__}: {str(exc)[:200]}')}",
                       err=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
