"""One file or standard input to Articles: size limits and read errors, then its format's reader."""

from __future__ import annotations

import sys
from pathlib import Path

from corroborate.ingest.formats import read_bytes
from corroborate.ingest.ids import stem_id
from corroborate.ingest.problems import problem, strerror
from corroborate.schema import Article

# Decimal megabytes, the unit the size messages use: "over the 50 MB limit".
DEFAULT_MAX_BYTES = 50_000_000
# The input name that means "read standard input".
STDIN = "-"


def read_file(fs_path: Path, rel: str, *, max_bytes: int, detect_body: bool) -> list[Article]:
    """The articles of one file (a JSON list or JSON Lines file gives several), or its problem."""
    doc_id = stem_id(rel)
    try:
        size = fs_path.stat().st_size
        if size == 0:
            return [problem(rel, doc_id, "skipped", "empty file")]
        if size > max_bytes:
            return [problem(rel, doc_id, "skipped", _too_large_reason(size, max_bytes))]
        with fs_path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        reason = (
            "permission denied: the file cannot be read; make it readable (chmod +r) or move "
            "it out of the input folder"
        )
        return [problem(rel, doc_id, "failed", reason)]
    except OSError as exc:
        reason = f"the file cannot be read ({strerror(exc)}); check the disk and permissions"
        return [problem(rel, doc_id, "failed", reason)]
    if not data:
        return [problem(rel, doc_id, "skipped", "empty file")]
    if len(data) > max_bytes:  # it grew while we looked at it
        return [problem(rel, doc_id, "skipped", _too_large_reason(len(data), max_bytes))]
    return read_bytes(data, rel, doc_id, suffix=Path(rel).suffix.lower(), detect_body=detect_body)


def read_stdin(*, max_bytes: int, detect_body: bool) -> Article:
    """Standard input as one plain-text article (path "-", id "stdin"), or its problem."""
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read(max_bytes + 1)
    else:
        # A text stream (a test double, or an embedding host) is already decoded; re-encoding
        # it as UTF-8 lets it go through the same checks as bytes from a file.
        data = stream.read(max_bytes + 1).encode("utf-8", "replace")
    if not data:
        return problem(STDIN, "stdin", "skipped", "standard input was empty; pipe an article in")
    if len(data) > max_bytes:
        return problem(STDIN, "stdin", "skipped", _too_large_reason(None, max_bytes))
    return read_bytes(data, STDIN, "stdin", suffix="", detect_body=detect_body)[0]


def _too_large_reason(size: int | None, max_bytes: int) -> str:
    limit = _size_words(max_bytes, exact=True)
    if size is None:
        return f"standard input is over the {limit} limit; raise --max-bytes to read it"
    return f"file is {_size_words(size)}, over the {limit} limit; raise --max-bytes to read it"


def _size_words(size: int, *, exact: bool = False) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:g} MB" if exact else f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:g} kB" if exact else f"{size / 1_000:.1f} kB"
    return f"{size} bytes"
