"""The command-line tool: a thin typer layer over `corroborate.api`.

Exit status: 0 when a report was printed (also when some inputs were skipped or failed:
they are listed in the report), 2 for usage errors (a missing folder, an unknown format),
1 for any other error (e.g. the spaCy model is not installed).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from corroborate import __version__
from corroborate.errors import CorroborateError, InputError
from corroborate.ingest import DEFAULT_MAX_BYTES

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Who said what across news articles, and how independently each claim is backed.",
)


class Format(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"


def _fail(message: str, code: int) -> typer.Exit:
    Console(stderr=True, highlight=False).print(f"corroborate: error: {message}", markup=False)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"corroborate {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """corroborate: extract attributed claims and report how independently each is backed."""


@app.command("report")
def report_cmd(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Folders or files of articles (.txt .md .html .json .jsonl), or - for stdin."),
    ],
    format: Annotated[
        Format,
        typer.Option("--format", "-f", help="table for people, json for tools; auto: table on a terminal, else json."),
    ] = Format.auto,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Skip input files larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    no_body_detection: Annotated[
        bool, typer.Option("--no-body-detection", help="Treat the whole text as the article body.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    width: Annotated[
        Optional[int], typer.Option("--width", help="Table width in columns (default: the terminal's).")
    ] = None,
) -> None:
    """Extract claims from INPUTS, match them across articles and report corroboration."""
    from corroborate import api
    from corroborate.render import render_json, render_table

    chosen = format
    if chosen is Format.auto:
        chosen = Format.table if (output is None and sys.stdout.isatty()) else Format.json
    show_progress = not quiet and sys.stderr.isatty()
    try:
        if show_progress:
            with Progress(
                TextColumn("[bold]reading articles"), BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), console=Console(stderr=True), transient=True,
            ) as bar:
                task = bar.add_task("extract", total=None)

                def tick(done: int, total: int) -> None:
                    bar.update(task, completed=done, total=total)

                result = api.corroborate(inputs, max_bytes=max_bytes,
                                         detect_body=not no_body_detection, progress=tick)
        else:
            result = api.corroborate(inputs, max_bytes=max_bytes, detect_body=not no_body_detection)
    except InputError as exc:
        raise _fail(str(exc), 2) from None
    except CorroborateError as exc:
        raise _fail(str(exc), 1) from None
    if chosen is Format.json:
        text = render_json(result)
        if output is not None:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return
    if output is not None:
        with output.open("w", encoding="utf-8") as fh:
            Console(file=fh, width=width or 120, color_system=None).print(render_table(result))
        return
    Console(width=width).print(render_table(result))


@app.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the report (the contract tools read)."""
    from corroborate.schema import Report

    sys.stdout.write(json.dumps(Report.model_json_schema(), indent=2, sort_keys=True) + "\n")
