"""Inputs to a reading plan: folders walked (hidden files, symlink loops, the report left out)."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from corroborate.errors import InputError
from corroborate.ingest.files import DEFAULT_MAX_BYTES, STDIN, read_stdin
from corroborate.ingest.ids import stem_id
from corroborate.ingest.problems import problem, strerror
from corroborate.ingest.sources_csv import SOURCES_FILE
from corroborate.schema import Article, Status

# Files (by device and inode) that are never read as articles: the report's own output file,
# which a user may write into the folder being read. Set with `excluding`.
_EXCLUDED: ContextVar[frozenset[tuple[int, int]]] = ContextVar("excluded", default=frozenset())


@dataclass(frozen=True, slots=True)
class PlannedInput:
    """One unit of reading: a file to read, or an article made while listing.

    Attributes:
        index: Which of the inputs it comes from (breaks ties between equal paths).
        rel: The path the report gives it.
        fs_path: The absolute path to read, for files.
        article: Made already: standard input, or a problem found while listing.
        sources: A folder's sources.csv, applied to the other files of `index` on assembly.
    """

    index: int
    rel: str
    fs_path: str | None = None
    article: Article | None = None
    sources: bool = False


def plan_inputs(
    inputs: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, detect_body: bool = True
) -> list[PlannedInput]:
    """List what `read_articles` would read, without reading files (standard input is read).

    Raises:
        InputError: An input does not exist, or is neither a file nor a folder.
    """
    if isinstance(inputs, str | Path):
        # A bare path is a Sequence[str] too: read it as one input, not one per character.
        inputs = [inputs]
    plan: list[PlannedInput] = []
    for index, item in enumerate(inputs):
        plan.extend(_plan_input(index, item, max_bytes=max_bytes, detect_body=detect_body))
    return plan


@contextmanager
def excluding(paths: Iterable[str | Path]) -> Iterator[None]:
    """Leave these files out of every folder read inside the block.

    Args:
        paths: Files that must never be read as articles, such as the report a run is about
            to write into the folder it reads. Paths that do not exist are ignored. A file is
            left out silently (it does not appear in the report), so that a rerun that finds
            the previous report in the folder gives the same report.

    Yields:
        Nothing; the exclusion ends with the block.
    """
    keys = set(_EXCLUDED.get())
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        keys.add((info.st_dev, info.st_ino))
    token = _EXCLUDED.set(frozenset(keys))
    try:
        yield
    finally:
        _EXCLUDED.reset(token)


def _plan_input(
    index: int, item: str | Path, *, max_bytes: int, detect_body: bool
) -> list[PlannedInput]:
    if isinstance(item, str) and item == STDIN:
        return [PlannedInput(index, STDIN, article=read_stdin(max_bytes=max_bytes,
                                                              detect_body=detect_body))]
    path = Path(item)
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(
                f"{path}: broken symlink (it points to {os.readlink(path)}, which does not "
                "exist); fix the link or give the real path"
            ) from None
        raise InputError(f"{path}: no such file or folder; check the path") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{path}: symlink loop; give the real path instead") from None
        raise InputError(f"{path}: cannot be accessed ({strerror(exc)}); check the path") from None
    if stat.S_ISDIR(info.st_mode):
        return _plan_folder(index, path)
    if stat.S_ISREG(info.st_mode):
        return [PlannedInput(index, _printable(path.name), fs_path=os.path.abspath(path))]
    raise InputError(
        f"{path}: neither a file nor a folder (a device, pipe or socket); give a folder of "
        "articles, a file, or - for standard input"
    )


@dataclass(frozen=True, slots=True)
class _Entry:
    """A file the folder walk found, or a problem in its place."""

    rel: str
    fs_path: Path | None = None
    status: Status = "ok"
    reason: str | None = None


def _plan_folder(index: int, root: Path) -> list[PlannedInput]:
    try:
        root_info = root.stat()
        entries = _walk(root, "", frozenset({(root_info.st_dev, root_info.st_ino)}), top=True)
    except OSError as exc:
        raise InputError(
            f"{root}: the folder cannot be read ({strerror(exc)}); make it readable"
        ) from None
    plan: list[PlannedInput] = []
    sources: PlannedInput | None = None
    for entry in entries:
        if entry.fs_path is None:
            reason = entry.reason or ""
            unusable = problem(entry.rel, stem_id(entry.rel), entry.status, reason)
            plan.append(PlannedInput(index, entry.rel, article=unusable))
        elif entry.rel.lower() == SOURCES_FILE:
            sources = PlannedInput(index, entry.rel, fs_path=os.path.abspath(entry.fs_path),
                                   sources=True)
        else:
            plan.append(PlannedInput(index, entry.rel, fs_path=os.path.abspath(entry.fs_path)))
    if sources is not None:
        plan.append(sources)
    return plan


def _walk(
    folder: Path, prefix: str, ancestors: frozenset[tuple[int, int]], *, top: bool = False
) -> list[_Entry]:
    try:
        with os.scandir(folder) as listing:
            children = sorted(listing, key=lambda child: child.name)
    except OSError as exc:
        if top:
            raise
        return [
            _Entry(
                prefix.rstrip("/"),
                status="failed",
                reason=f"the folder cannot be read ({strerror(exc)}); make it readable or "
                "move it out of the input folder",
            )
        ]
    found: list[_Entry] = []
    for child in children:
        # Hidden entries (.git, .DS_Store, editor swap files) are never articles.
        if child.name.startswith("."):
            continue
        found.extend(_walk_entry(child, prefix + _printable(child.name), ancestors))
    return found


def _walk_entry(
    child: os.DirEntry[str], rel: str, ancestors: frozenset[tuple[int, int]]
) -> list[_Entry]:
    """What one entry of a folder adds to the walk: a file, a problem, a subfolder's files."""
    try:
        info = os.stat(child.path)  # follows symlinks, so links to articles are read
    except FileNotFoundError:
        target = _readlink(child.path)
        return [
            _Entry(
                rel,
                status="skipped",
                reason=f"broken symlink: it points to {target}, which does not exist; "
                "fix or remove the link",
            )
        ]
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            reason = "symlink loop: the link resolves back to itself; fix or remove it"
            return [_Entry(rel, status="skipped", reason=reason)]
        reason = f"cannot be accessed ({strerror(exc)}); check its permissions"
        return [_Entry(rel, status="failed", reason=reason)]
    if stat.S_ISDIR(info.st_mode):
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            return [
                _Entry(
                    rel,
                    status="skipped",
                    reason=f"symlink loop: it points back to a folder that contains it "
                    f"({_readlink(child.path)}), so it was not followed",
                )
            ]
        return _walk(Path(child.path), rel + "/", ancestors | {key})
    if stat.S_ISREG(info.st_mode):
        if (info.st_dev, info.st_ino) in _EXCLUDED.get():
            return []  # the report being written: silently, so reruns stay identical
        return [_Entry(rel, fs_path=Path(child.path))]
    return [
        _Entry(
            rel,
            status="skipped",
            reason="not a regular file (a pipe, socket or device); not an article",
        )
    ]


def _printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by os as surrogates) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _readlink(path: str | Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "an unknown target"
