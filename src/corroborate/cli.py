"""The command-line tool: a thin typer layer over `corroborate.api` and the renderers.

Exit status: 0 when a report was written (also when some inputs were skipped or failed:
they are listed in the report), 2 for usage errors (a missing folder, an unknown format, an
output path that cannot be written, inputs with nothing in them), 1 for any other error
(e.g. the spaCy model is not installed).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from io import StringIO
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from typer.core import TyperCommand, TyperGroup

from corroborate import api
from corroborate.errors import CorroborateError, InputError

EXAMPLES = """\b
Examples:
  corroborate report seeds/                  # a table in the terminal
  corroborate report seeds/ -o report.html   # a page to open in a browser
  corroborate report seeds/ -o claims.csv    # a spreadsheet, a row a claim
  corroborate report seeds/ -f json > r.json # the JSON contract, for tools
  corroborate report a.html feed.jsonl -     # files, folders, stdin mix
"""

_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".csv": "csv", ".json": "json",
                   ".txt": "table", ".text": "table"}


def _plain_flags(params: Sequence[Any]) -> None:
    """No "<bool>" after flags, nor a type after the inputs, in --help."""
    for param in params:
        if getattr(param, "is_flag", False):
            param.metavar = ""  # typer shows the metavar, when set, instead of the type
        elif param.param_type_name == "argument":
            param.display_type_rich = lambda ctx: None  # "<list[str]>" says nothing here


class _Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        _plain_flags(params)
        return params


class _Group(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        _plain_flags(params)
        return params


app = typer.Typer(
    cls=_Group,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Who said what across news articles, and how independently each claim is backed.\n\n"
    + EXAMPLES,
)


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class Format(StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    html = "html"
    csv = "csv"


def _fail(message: str, code: int) -> typer.Exit:
    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"corroborate: error: {message}", markup=False)
    return typer.Exit(code)


def _note(message: str) -> None:
    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"corroborate: {message}", markup=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"corroborate {api.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """corroborate: extract attributed claims and report how independently each is backed."""


def _check_output(output: Path, inputs: Sequence[str]) -> None:
    """Refuse, before any work, an output path that cannot be written or is an input."""
    if output.is_dir():
        raise _fail(f"{output}: is a folder; give a file name, e.g. {output / 'report.html'}", 2)
    parent = output.parent
    if not parent.is_dir():
        raise _fail(f"{output}: the folder {parent} does not exist; create it first", 2)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise _fail(f"{output}: the folder {parent} is not writable", 2)
    if output.exists() and not os.access(output, os.W_OK):
        raise _fail(f"{output}: the file exists and is not writable", 2)
    for item in inputs:
        if item != api.STDIN and Path(item).is_file() and output.exists() and os.path.samefile(
                item, output):
            raise _fail(f"{output}: is also an input; write the report elsewhere", 2)


def _write(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write whole or not at all: a temporary file beside the target, then a rename."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _stdin_hint(inputs: Sequence[str]) -> None:
    """Say how to end the input when "-" would otherwise wait silently on a terminal."""
    if api.STDIN in inputs and sys.stdin is not None and sys.stdin.isatty():
        _note("reading an article from standard input; paste or type it, then press Ctrl-D "
              "on a new line to end it (Ctrl-Z then Enter on Windows)")


def _file_base(inputs: Sequence[str], output: Path | None) -> str | None:
    """The input folder relative to where the page will be, for links to article files."""
    items = [i for i in inputs if i != api.STDIN]
    if len(items) != 1:
        return None
    item = Path(items[0])
    folder = item if item.is_dir() else item.parent
    where = output.parent if output is not None else Path.cwd()
    try:
        return Path(os.path.relpath(folder.resolve(), where.resolve())).as_posix()
    except ValueError:  # another drive (Windows)
        return None


def _chosen_format(format: Format, output: Path | None) -> Format:
    if format is not Format.auto:
        return format
    if output is not None:
        return Format(_SUFFIX_FORMATS.get(output.suffix.lower(), "json"))
    return Format.table if sys.stdout.isatty() else Format.json


# The report command's arguments, named here so that its signature reads as a list of them.
Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Folders or files of articles (.txt .md .html .json .jsonl), or - for "
        "standard input. A folder may hold a sources.csv (file,outlet,url,published).",
        metavar="INPUT",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format,
    typer.Option(
        "--format", "-f",
        help="table for people in a terminal, html for a page to read and share, csv for "
        "a spreadsheet, json for tools. auto: from the -o file's extension, else table on a "
        "terminal and json when piped.",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the report to this file (never read as input).",
                 dir_okay=True),
]
MaxBytesOption = Annotated[
    int, typer.Option("--max-bytes", help="Skip input files larger than this many bytes.")
]
NoBodyOption = Annotated[
    bool, typer.Option("--no-body-detection", help="Treat the whole text as the article body.")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
WidthOption = Annotated[
    int | None, typer.Option("--width", help="Table width in columns (default: the terminal's).")
]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, show_default=False, metavar="N",
                 help="Processes that read and parse articles (default: all cores). The "
                 "report is the same whatever the number."),
]
CacheOption = Annotated[
    Path | None,
    typer.Option("--cache", show_default=False, file_okay=False, metavar="DIR",
                 help="Folder of the claim cache, which keeps each article's claims so that "
                 "a rerun parses only new and changed files (default: the user's cache "
                 "folder, or $CORROBORATE_CACHE_DIR)."),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Parse every article; read and write no cache.")
]
EngineOption = Annotated[
    Engine,
    typer.Option("--engine", help="Where articles are read and parsed: local (this machine) "
                 "or dask (a Dask cluster; see --scheduler)."),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option("--scheduler", show_default=False, metavar="ADDRESS",
                 help="With --engine dask: the scheduler's address (tcp://host:8786) or "
                 "scheduler file; without it a local cluster of --jobs workers is started. "
                 "Inputs must lie at the same path on every worker."),
]


@app.command("report", cls=_Command, epilog=EXAMPLES)
def report_cmd(
    inputs: Inputs,
    format: FormatOption = Format.auto,
    output: OutputOption = None,
    max_bytes: MaxBytesOption = api.DEFAULT_MAX_BYTES,
    no_body_detection: NoBodyOption = False,
    quiet: QuietOption = False,
    width: WidthOption = None,
    jobs: JobsOption = None,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
) -> None:
    """Extract claims from the INPUT folders and files, match them across articles, report."""
    chosen = _chosen_format(format, output)
    _check_options(inputs, output=output, engine=engine, scheduler=scheduler, cache=cache,
                   no_cache=no_cache)
    _notes_to_stderr(quiet)
    run_options: dict[str, Any] = {"jobs": jobs, "cache": False if no_cache else cache,
                                   "engine": engine.value, "scheduler": scheduler}
    if not quiet:
        _stdin_hint(inputs)
    reading = _Reading(inputs, max_bytes=max_bytes, detect_body=not no_body_detection)
    result, texts = _corroborate(reading, output=output, chosen=chosen, quiet=quiet,
                                 **run_options)
    text = _render(chosen, result, texts, inputs=inputs, output=output, width=width)
    if text is not None:
        _deliver(text, result, chosen=chosen, output=output, quiet=quiet)


@dataclass(frozen=True)
class _Reading:
    """What to read, as the report command was told: inputs, size limit, body finding."""

    inputs: Sequence[str]
    max_bytes: int
    detect_body: bool


def _check_options(inputs: Sequence[str], *, output: Path | None, engine: Engine,
                   scheduler: str | None, cache: Path | None, no_cache: bool) -> None:
    """Refuse, before any work, an output that cannot be written and options that clash."""
    if output is not None:
        _check_output(output, inputs)
    if scheduler is not None and engine is not Engine.dask:
        raise _fail("--scheduler needs --engine dask", 2)
    if cache is not None and no_cache:
        raise _fail("--cache and --no-cache contradict each other; give one", 2)


def _corroborate(reading: _Reading, *, output: Path | None, chosen: Format, quiet: bool,
                 **run_options: Any) -> tuple[api.Report, dict[str, str]]:
    """Run the pipeline over the inputs (never reading the output file), and read the texts
    the chosen format shows; library errors become one line on stderr and an exit status."""
    show_progress = not quiet and sys.stderr.isatty()
    try:
        with api.excluding([output] if output is not None else []):
            result = _run(api.corroborate, reading.inputs, max_bytes=reading.max_bytes,
                          detect_body=reading.detect_body, progress=show_progress,
                          **run_options)
            if not result.documents:
                where = " ".join(reading.inputs)
                raise _fail(f"no files in {where}: nothing to read; give a folder or files of "
                            "articles (.txt .md .html .json .jsonl)", 2)
            texts = {} if chosen is Format.json else api.read_texts(
                reading.inputs, result.documents, max_bytes=reading.max_bytes,
                detect_body=reading.detect_body)
    except InputError as exc:
        raise _fail(str(exc), 2) from None
    except CorroborateError as exc:
        raise _fail(str(exc), 1) from None
    if not any(d.status == "ok" for d in result.documents) and not quiet:
        _note(f"none of the {len(result.documents)} inputs could be read as an article; "
              "the report lists why")
    return result, texts


def _render(chosen: Format, result: api.Report, texts: dict[str, str], *, inputs: Sequence[str],
            output: Path | None, width: int | None) -> str | None:
    """The report in the chosen format; None when a table went straight to the terminal."""
    from corroborate.render import build_view, render_csv, render_html, render_json, render_table

    if chosen is Format.table:
        view = build_view(result, texts)
        if output is None:
            Console(width=width, highlight=False).print(render_table(result, view=view))
            return None
        sink = StringIO()
        Console(width=width or 120, color_system=None, file=sink, highlight=False).print(
            render_table(result, view=view))
        return sink.getvalue()
    if chosen is Format.html:
        return render_html(result, texts, file_base=_file_base(inputs, output))
    if chosen is Format.csv:
        return render_csv(result, texts)
    return render_json(result)


def _deliver(text: str, result: api.Report, *, chosen: Format, output: Path | None, quiet: bool) -> None:
    """Print the report, or write it to the output file and say so."""
    if output is None:
        sys.stdout.write(text)
        return
    # Excel reads UTF-8 CSV only with a byte-order mark; standard output stays without one.
    _write(output, text, encoding="utf-8-sig" if chosen is Format.csv else "utf-8")
    if not quiet:
        from corroborate.render import summary_line

        _note(f"wrote {output} ({chosen.value}): {summary_line(result)}")


def stage(done: int | None, total: int | None) -> str:
    """The progress bar's name for where the run is, from api's (done, total) reports."""
    if done is None or total is None:
        return "reading articles, loading the model, extracting claims"
    return "matching claims across articles" if done >= total else "extracting claims"


def _notes_to_stderr(quiet: bool) -> None:
    """The library's warnings (a cache it could not use) as "corroborate: note: ..." lines."""
    import logging

    logger = logging.getLogger("corroborate")
    logger.propagate = False
    for handler in list(logger.handlers):
        if getattr(handler, "_corroborate_cli", False):
            logger.removeHandler(handler)
    handler = logging.StreamHandler()  # sys.stderr as it is now (CliRunner swaps it)
    handler._corroborate_cli = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("corroborate: note: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)


def _run(corroborate: Callable[..., Any], inputs: Sequence[str], *, max_bytes: int,
         detect_body: bool, progress: bool, **options: Any) -> Any:
    """Run the pipeline, with a progress bar on stderr that names the stage it is in."""
    if not progress:
        return corroborate(inputs, max_bytes=max_bytes, detect_body=detect_body, **options)
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=Console(stderr=True), transient=True,
    ) as bar:
        # api reads the inputs, loads the model, then extracts and reports after each batch
        # of articles, then matches: the first report ends the first stages, the last one
        # starts matching.
        task = bar.add_task(stage(None, None), total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, description=stage(done, total), completed=done, total=total)

        return corroborate(inputs, max_bytes=max_bytes, detect_body=detect_body, progress=tick,
                           **options)


@app.command("schema", cls=_Command)
def schema_cmd() -> None:
    """Print the JSON Schema of the report (the contract tools read)."""
    sys.stdout.write(json.dumps(api.report_schema(), indent=2, sort_keys=True) + "\n")
