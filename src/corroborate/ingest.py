"""Inputs (folders, files, standard input) to sorted Articles: decoding, formats, bodies, ids."""

from __future__ import annotations

import codecs
import csv
import errno
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from corroborate.errors import InputError
from corroborate.outlets import domain_of, normalize_outlet
from corroborate.schema import Article, Span, Status

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SOURCES_FILE",
    "STDIN",
    "PlannedInput",
    "assemble_articles",
    "excluding",
    "find_body",
    "plan_inputs",
    "read_articles",
    "read_planned",
    "read_texts",
    "text_differs_from_file",
]

# Decimal megabytes, the unit the size messages use: "over the 50 MB limit".
DEFAULT_MAX_BYTES = 50_000_000
# The input name that means "read standard input".
STDIN = "-"
# A list a user writes beside plain-text articles: which outlet, URL and date each file has.
SOURCES_FILE = "sources.csv"
_SOURCES_COLUMNS = {
    "file": ("file", "path", "filename"),
    "outlet": ("outlet", "publisher", "source", "site"),
    "url": ("url", "link"),
    "published": ("published", "date"),
    "title": ("title", "headline"),
}

# Files (by device and inode) that are never read as articles: the report's own output file,
# which a user may write into the folder being read. Set with `excluding`.
_EXCLUDED: ContextVar[frozenset[tuple[int, int]]] = ContextVar("excluded", default=frozenset())

# The encodings under which Article.text is exactly the file read as UTF-8 with no newline
# translation, so a report need not carry the text for its offsets to be usable.
_UTF8_BOM = "utf-8 (with BOM, kept as U+FEFF at offset 0)"
_UTF8_ENCODINGS = frozenset({"utf-8", _UTF8_BOM})

_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".rst", ""})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_JSON_SUFFIXES = frozenset({".json"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

# File signatures of formats people drop into article folders by mistake. Checked before any
# decoding so that, say, a PNG is reported as a PNG and not as text in a strange encoding.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"%PDF-", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive, or a Word/Excel/EPUB document"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "old Microsoft Office document"),
    (b"{\\rtf", 0, "RTF document"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"\x7fELF", 0, "program (ELF executable)"),
    (b"ID3", 0, "MP3 audio"),
    (b"OggS", 0, "Ogg audio/video"),
    (b"fLaC", 0, "FLAC audio"),
    (b"ftyp", 4, "MP4/MOV video"),
    (b"RIFF", 0, "WAV, AVI or WebP media file"),
)

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32 (BOM)"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16 (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16 (BOM)"),
)

_HTML_SNIFF = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE
)
_HTML_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# How the reports this tool writes begin, so that one left in an input folder is not read.
_OWN_HTML = '<meta name="generator" content="corroborate '
_OWN_CSV = "cluster,cluster_id,verdict,"

# Text whose decoded characters are more than this share of control codes is not prose.
_MAX_CONTROL_SHARE = 0.05


# --------------------------------------------------------------------------------------------
# Reading inputs
# --------------------------------------------------------------------------------------------


def read_articles(
    inputs: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    detect_body: bool = True,
) -> list[Article]:
    """Read every article under the given inputs.

    Args:
        inputs: Folders (read recursively, hidden files and folders left out), single files, or
            ``"-"`` for standard input (one plain-text document, path ``"-"``, id ``"stdin"``).
        max_bytes: Files larger than this many bytes are skipped rather than read. The default
            is 50 MB (decimal megabytes).
        detect_body: Whether to find the article body in plain text and leave out menus,
            teasers, bios and other page furniture. When false, the body is the whole text.

    Returns:
        One Article per input file (one per record for JSON lists and JSON Lines), sorted by
        path, with unique ids. Files that cannot be used are included with status
        ``"skipped"`` or ``"failed"`` and a reason; they never stop the others.

    Raises:
        InputError: An input does not exist, or is neither a file nor a folder.
    """
    plan = plan_inputs(inputs, max_bytes=max_bytes, detect_body=detect_body)
    read = [read_planned(item, max_bytes=max_bytes, detect_body=detect_body) for item in plan]
    return assemble_articles(plan, read)


# Reading in three steps, so that the middle one (decoding, HTML extraction, body detection:
# nearly all the cost) can run in other processes or on other machines: `plan_inputs` lists
# the files where the inputs were given, `read_planned` reads one file wherever its path is
# visible, `assemble_articles` applies each folder's sources.csv, sorts and makes ids unique.
# `read_articles` is exactly the three in a row.


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


def read_planned(item: PlannedInput, *, max_bytes: int, detect_body: bool) -> list[Article]:
    """The articles of one planned input (a JSON list or JSON Lines file gives several)."""
    if item.article is not None:
        return [item.article]
    if item.sources or item.fs_path is None:
        return []  # read on assembly, where the folder's other articles are known
    return _read_file(Path(item.fs_path), item.rel, max_bytes=max_bytes, detect_body=detect_body)


def assemble_articles(
    plan: Sequence[PlannedInput], read: Sequence[Sequence[Article]]
) -> list[Article]:
    """The articles of a plan, given what `read_planned` gave for each of its items, in order."""
    by_input: dict[int, list[Article]] = {}
    sources: dict[int, PlannedInput] = {}
    for item, articles in zip(plan, read, strict=True):
        by_input.setdefault(item.index, [])
        if item.sources:
            sources[item.index] = item
        else:
            by_input[item.index].extend(articles)
    found: list[tuple[str, int, Article]] = []
    for index, articles in by_input.items():
        if index in sources:
            entry = sources[index]
            record, articles = _apply_sources(Path(entry.fs_path or entry.rel), entry.rel, articles)
            articles = [*articles, record]
        found.extend((article.path, index, article) for article in articles)
    # The input index breaks ties between equal paths from different folders; within one
    # input every path is distinct, so nothing depends on the order the OS lists files in.
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return _unique_ids([article for _, _, article in found])


def text_differs_from_file(article: Article) -> bool:
    """Whether an article's text is not simply its file read as UTF-8.

    Args:
        article: An article from `read_articles`.

    Returns:
        True for HTML and JSON inputs (extracted text), standard input, and files decoded from
        another encoding: a report must then carry `Article.text` for its offsets to be
        usable. False for plain UTF-8 files, and for articles with no text.
    """
    if not article.text:
        return False
    return not (
        article.format == "text" and article.path != STDIN and article.encoding in _UTF8_ENCODINGS
    )


def _plan_input(
    index: int, item: str | Path, *, max_bytes: int, detect_body: bool
) -> list[PlannedInput]:
    if isinstance(item, str) and item == STDIN:
        return [PlannedInput(index, STDIN, article=_read_stdin(max_bytes=max_bytes,
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
        raise InputError(f"{path}: cannot be accessed ({_strerror(exc)}); check the path") from None
    if stat.S_ISDIR(info.st_mode):
        return _plan_folder(index, path)
    if stat.S_ISREG(info.st_mode):
        return [PlannedInput(index, _printable(path.name), fs_path=os.path.abspath(path))]
    raise InputError(
        f"{path}: neither a file nor a folder (a device, pipe or socket); give a folder of "
        "articles, a file, or - for standard input"
    )


def _read_stdin(*, max_bytes: int, detect_body: bool) -> Article:
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read(max_bytes + 1)
    else:
        # A text stream (a test double, or an embedding host) is already decoded; re-encoding
        # it as UTF-8 lets it go through the same checks as bytes from a file.
        data = stream.read(max_bytes + 1).encode("utf-8", "replace")
    if not data:
        return _problem(STDIN, "stdin", "skipped", "standard input was empty; pipe an article in")
    if len(data) > max_bytes:
        return _problem(STDIN, "stdin", "skipped", _too_large_reason(None, max_bytes))
    return _read_bytes(data, STDIN, "stdin", suffix="", detect_body=detect_body)[0]


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
            f"{root}: the folder cannot be read ({_strerror(exc)}); make it readable"
        ) from None
    plan: list[PlannedInput] = []
    sources: PlannedInput | None = None
    for entry in entries:
        if entry.fs_path is None:
            reason = entry.reason or ""
            problem = _problem(entry.rel, _stem(entry.rel), entry.status, reason)
            plan.append(PlannedInput(index, entry.rel, article=problem))
        elif entry.rel.lower() == SOURCES_FILE:
            sources = PlannedInput(index, entry.rel, fs_path=os.path.abspath(entry.fs_path),
                                   sources=True)
        else:
            plan.append(PlannedInput(index, entry.rel, fs_path=os.path.abspath(entry.fs_path)))
    if sources is not None:
        plan.append(sources)
    return plan


def _apply_sources(
    fs_path: Path, rel: str, articles: list[Article]
) -> tuple[Article, list[Article]]:
    """Fill in outlets, URLs and dates from a folder's sources.csv; its own report record.

    The list is the user's word, so it wins over what the files themselves suggest. A row
    may name a file ("feed.jsonl" covers all its records) or one record ("feed.jsonl#3").
    """
    doc_id = _stem(rel)
    try:
        data = fs_path.read_bytes()
    except OSError as exc:
        reason = f"the list of sources cannot be read ({_strerror(exc)}); check its permissions"
        return _problem(rel, doc_id, "failed", reason, fmt="sources"), articles
    decoded = _decode(data, html=False, guess=True)
    if isinstance(decoded, _Undecodable):
        reason = f"the list of sources is not text ({decoded.why}); re-save it as UTF-8 CSV"
        return _problem(rel, doc_id, "failed", reason, fmt="sources"), articles
    text, encoding = decoded
    rows = list(csv.reader(text.lstrip("\ufeff").splitlines()))
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    columns: dict[str, int] = {}
    for field, names in _SOURCES_COLUMNS.items():
        for name in names:
            if name in header:
                columns[field] = header.index(name)
                break
    if "file" not in columns or len(columns) < 2:
        reason = (
            "the list of sources needs a header line naming its columns, a file column and at "
            "least one of outlet, url, published (e.g. file,outlet,url,published); "
            "nothing was applied"
        )
        return _problem(rel, doc_id, "failed", reason, fmt="sources", encoding=encoding), articles
    known: dict[str, dict[str, str]] = {}
    for row in rows[1:]:
        values = {
            field: row[index].strip()
            for field, index in columns.items()
            if index < len(row) and row[index].strip()
        }
        if values.get("file"):
            known[values["file"].removeprefix("./")] = values
    used: set[str] = set()
    updated: list[Article] = []
    for article in articles:
        found = known.get(article.path) or known.get(article.path.split("#", 1)[0])
        if found is None or article.status != "ok":
            updated.append(article)
            continue
        values = found
        used.add(values["file"].removeprefix("./"))
        change: dict[str, str | None] = {}
        if values.get("url"):
            change["url"] = values["url"]
        if values.get("outlet") or values.get("url"):
            change["outlet"] = _outlet_name(values.get("outlet"), values.get("url"))
        if values.get("published"):
            change["published"] = _normalise_date(values["published"]) or article.published
        elif values.get("url") and not article.published:
            change["published"] = _url_date(values["url"])
        if values.get("title"):
            change["title"] = values["title"]
        updated.append(article.model_copy(update=change))
    unknown = sorted(set(known) - used)
    count = sum(1 for a in updated if a.status == "ok" and (
        a.path in used or a.path.split("#", 1)[0] in used))
    reason = f"the folder's list of outlets, URLs and dates, applied to {count} " + (
        "article" if count == 1 else "articles")
    if unknown:
        shown = ", ".join(unknown[:3]) + (f" and {len(unknown) - 3} more" if len(unknown) > 3
                                          else "")
        reason += f"; rows naming no article read here: {shown}"
    return (
        _problem(rel, doc_id, "skipped", reason + "; not an article", fmt="sources",
                 encoding=encoding),
        updated,
    )


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


def read_texts(
    inputs: Sequence[str | Path],
    documents: Iterable[Any],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    detect_body: bool = True,
) -> dict[str, str]:
    """The text each document's offsets index, for documents whose report does not carry it.

    A report leaves out the text of plain UTF-8 files (it is the file itself); renderers that
    show sentences, line numbers and articles need it. The inputs are read again, as
    `read_articles` reads them; standard input is not (its text is always in the report).

    Args:
        inputs: The inputs the report was made from.
        documents: The report's documents (anything with doc_id, path, status and text).
        max_bytes: As given to `read_articles`.
        detect_body: As given to `read_articles`.

    Returns:
        Texts by document id, for the documents read with status "ok" and no text of their
        own. A file that changed since (its path now names no readable text) is left out.
    """
    wanted = [d for d in documents if d.status == "ok" and d.text is None]
    if not wanted:
        return {}
    again = read_articles([i for i in inputs if not (isinstance(i, str) and i == STDIN)],
                          max_bytes=max_bytes, detect_body=detect_body)
    by_id = {a.doc_id: a for a in again if a.status == "ok"}
    by_path: dict[str, list[Article]] = {}
    for article in again:
        by_path.setdefault(article.path, []).append(article)
    texts: dict[str, str] = {}
    for document in wanted:
        same_path = by_path.get(document.path, [])
        # by path where it is unique: ids can shift when standard input took one
        match = same_path[0] if len(same_path) == 1 else by_id.get(document.doc_id)
        if match is not None and match.status == "ok" and match.text:
            texts[document.doc_id] = match.text
    return texts


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
                reason=f"the folder cannot be read ({_strerror(exc)}); make it readable or "
                "move it out of the input folder",
            )
        ]
    found: list[_Entry] = []
    for child in children:
        # Hidden entries (.git, .DS_Store, editor swap files) are never articles.
        if child.name.startswith("."):
            continue
        rel = prefix + _printable(child.name)
        try:
            info = os.stat(child.path)  # follows symlinks, so links to articles are read
        except FileNotFoundError:
            target = _readlink(child.path)
            found.append(
                _Entry(
                    rel,
                    status="skipped",
                    reason=f"broken symlink: it points to {target}, which does not exist; "
                    "fix or remove the link",
                )
            )
            continue
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                reason = "symlink loop: the link resolves back to itself; fix or remove it"
                found.append(_Entry(rel, status="skipped", reason=reason))
            else:
                reason = f"cannot be accessed ({_strerror(exc)}); check its permissions"
                found.append(_Entry(rel, status="failed", reason=reason))
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                found.append(
                    _Entry(
                        rel,
                        status="skipped",
                        reason=f"symlink loop: it points back to a folder that contains it "
                        f"({_readlink(child.path)}), so it was not followed",
                    )
                )
                continue
            found.extend(_walk(Path(child.path), rel + "/", ancestors | {key}))
        elif stat.S_ISREG(info.st_mode):
            if (info.st_dev, info.st_ino) in _EXCLUDED.get():
                continue  # the report being written: silently, so reruns stay identical
            found.append(_Entry(rel, fs_path=Path(child.path)))
        else:
            found.append(
                _Entry(
                    rel,
                    status="skipped",
                    reason="not a regular file (a pipe, socket or device); not an article",
                )
            )
    return found


def _read_file(fs_path: Path, rel: str, *, max_bytes: int, detect_body: bool) -> list[Article]:
    doc_id = _stem(rel)
    try:
        size = fs_path.stat().st_size
        if size == 0:
            return [_problem(rel, doc_id, "skipped", "empty file")]
        if size > max_bytes:
            return [_problem(rel, doc_id, "skipped", _too_large_reason(size, max_bytes))]
        with fs_path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        reason = (
            "permission denied: the file cannot be read; make it readable (chmod +r) or move "
            "it out of the input folder"
        )
        return [_problem(rel, doc_id, "failed", reason)]
    except OSError as exc:
        reason = f"the file cannot be read ({_strerror(exc)}); check the disk and permissions"
        return [_problem(rel, doc_id, "failed", reason)]
    if not data:
        return [_problem(rel, doc_id, "skipped", "empty file")]
    if len(data) > max_bytes:  # it grew while we looked at it
        return [_problem(rel, doc_id, "skipped", _too_large_reason(len(data), max_bytes))]
    return _read_bytes(data, rel, doc_id, suffix=Path(rel).suffix.lower(), detect_body=detect_body)


def _read_bytes(
    data: bytes, path: str, doc_id: str, *, suffix: str, detect_body: bool
) -> list[Article]:
    kind = _magic_kind(data)
    if kind is not None:
        return [_binary(path, doc_id, f"binary file (looks like {kind}); not an article")]
    known_text = suffix in _TEXT_SUFFIXES | _HTML_SUFFIXES | _JSON_SUFFIXES | _JSONL_SUFFIXES
    decoded = _decode(data, html=suffix in _HTML_SUFFIXES, guess=known_text)
    if isinstance(decoded, _Undecodable):
        if decoded.binary or not known_text:
            return [_binary(path, doc_id, f"binary file ({decoded.why}); not an article")]
        return [_problem(path, doc_id, "failed", f"{decoded.why}; re-save it as UTF-8")]
    text, encoding = decoded
    if not text.strip():
        return [
            _problem(path, doc_id, "skipped", "the file holds only whitespace; nothing to read")
        ]
    if _control_share(text) > _MAX_CONTROL_SHARE:
        reason = "binary file (mostly control characters); not an article"
        return [_binary(path, doc_id, reason)]

    own = _own_report(text)
    if own is not None:
        reason = f"a corroborate report ({own}), not an article; keep reports out of the folder"
        return [_problem(path, doc_id, "skipped", reason, encoding=encoding)]
    if suffix in _JSONL_SUFFIXES:
        return _read_jsonl(text, path, doc_id, encoding=encoding, detect_body=detect_body)
    if suffix in _JSON_SUFFIXES:
        return _read_json(text, path, doc_id, encoding=encoding, detect_body=detect_body)
    # A page saved without an extension (or as .dat, .php, ...) is still HTML; a .txt file is
    # taken at its word.
    sniff = suffix == "" or suffix not in _TEXT_SUFFIXES
    if suffix in _HTML_SUFFIXES or (sniff and _HTML_SNIFF.match(data[:1024])):
        return [_read_html(text, path, doc_id, encoding=encoding)]
    return [_text_article(text, path, doc_id, encoding=encoding, detect_body=detect_body)]


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Undecodable:
    why: str
    binary: bool = False


def _magic_kind(data: bytes) -> str | None:
    for signature, offset, kind in _MAGIC:
        if data[offset : offset + len(signature)] == signature:
            return kind
    return None


def _decode(
    data: bytes, *, html: bool = False, guess: bool = True
) -> tuple[str, str] | _Undecodable:
    """Decode bytes and say in words how the encoding was decided.

    Args:
        data: The file's bytes.
        html: Whether to look for a charset the HTML declares.
        guess: Whether to let charset-normalizer pick any legacy encoding. When false (a file
            whose name does not say it is text), only UTF-8, UTF-16/32 and cp1252 are tried,
            since nearly any bytes decode in some Asian double-byte code page.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            # The BOM stays in the text as U+FEFF at offset 0. The contract says offsets index
            # the file decoded as UTF-8 with no newline translation; `open(path,
            # encoding="utf-8", newline="")` keeps the BOM, so keeping it here means any reader
            # that follows the contract gets the same offsets. The body starts after it.
            return data.decode("utf-8"), _UTF8_BOM
        except UnicodeDecodeError as exc:
            return _Undecodable(f"it starts with a UTF-8 BOM but is not valid UTF-8 ({exc.reason})")
    for bom, codec, words in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), words
            except UnicodeDecodeError as exc:
                return _Undecodable(
                    f"it starts with a {words[:6]} BOM but does not decode ({exc.reason})"
                )
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        return _Undecodable("contains NUL bytes", binary=True)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if html:
        declared = _HTML_CHARSET.search(data[:4096])
        if declared is not None:
            name = declared.group(1).decode("ascii", "replace").lower()
            try:
                return data.decode(name), f"{_codec_words(name)} (declared in the HTML)"
            except (LookupError, UnicodeDecodeError):
                pass
    return _detect(data, guess=guess)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    # Mostly-ASCII UTF-16 puts a NUL in every other byte; which half holds them gives the
    # byte order. Anything less regular is treated as binary.
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    pairs = len(sample) // 2
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    for share_nul, share_other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if share_nul >= 0.9 and share_other <= 0.05 and len(data) % 2 == 0:
            try:
                return data.decode(codec), f"{codec} (detected, no BOM)"
            except UnicodeDecodeError:
                return None
    return None


def _detect(data: bytes, *, guess: bool = True) -> tuple[str, str] | _Undecodable:
    from charset_normalizer import from_bytes

    matches = [
        match
        for match in from_bytes(data)
        # Without a BOM or NUL pattern a UTF-16/32 guess on NUL-free bytes is almost always
        # wrong (random bytes "decode" as UTF-16 CJK).
        if not match.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        return _Undecodable("not UTF-8, and its encoding could not be detected")
    floor = min(match.chaos for match in matches)
    # charset-normalizer ranks code pages that decode the bytes identically by its own
    # tie-breaks, often naming cp1250 or a DOS page for Western text with curly quotes.
    # English-language news in a legacy encoding is overwhelmingly Windows-1252 (browsers
    # default to it for the same reason), so it wins whenever it is among the cleanest.
    for match in matches:
        if match.chaos <= floor + 0.01 and "cp1252" in match.could_be_from_charset:
            try:
                return data.decode("cp1252"), "cp1252 (detected)"
            except UnicodeDecodeError:
                break
    if not guess:
        return _Undecodable("not UTF-8 or Windows-1252 text", binary=True)
    best = min(matches, key=lambda match: (match.chaos, -match.coherence, match.encoding))
    return str(best), f"{_codec_words(best.encoding)} (detected)"


def _codec_words(name: str) -> str:
    try:
        name = codecs.lookup(name).name
    except LookupError:
        pass
    return {"latin_1": "latin-1", "iso8859-1": "latin-1"}.get(name, name.replace("_", "-"))


def _control_share(text: str) -> float:
    sample = text[:20_000]
    controls = sum(
        1 for char in sample if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v"
    )
    return controls / len(sample)


# --------------------------------------------------------------------------------------------
# Formats
# --------------------------------------------------------------------------------------------


def _own_report(text: str) -> str | None:
    """The format of a report this tool wrote (read back, it would be taken for an article)."""
    head = text[:4_096].lstrip("\ufeff")
    if head.startswith("<!doctype html>") and _OWN_HTML in head:
        return "HTML"
    if head.startswith("{") and '"schema_version"' in head[:64] and '"documents"' in head:
        return "JSON"
    if head.startswith(_OWN_CSV):
        return "CSV"
    return None


def _text_article(
    text: str,
    path: str,
    doc_id: str,
    *,
    encoding: str | None,
    detect_body: bool,
    fmt: str = "text",
    known: dict[str, str | None] | None = None,
) -> Article:
    layout = _layout(text)
    body = layout.body if detect_body else (0, len(text))
    known = known or {}
    url = known.get("url") or layout.url
    return Article(
        doc_id=doc_id,
        path=path,
        text=text,
        body=body,
        title=known.get("title") or layout.title,
        published=known.get("published") or layout.published or _url_date(url),
        outlet=_outlet_name(known.get("outlet") or layout.outlet, url),
        url=url,
        format=fmt,
        encoding=encoding,
    )


def _outlet_name(outlet: str | None, url: str | None) -> str | None:
    """The outlet's display name: as stated, else from the URL's domain."""
    if outlet and (name := normalize_outlet(outlet)):
        return name
    if url and domain_of(url) is not None:
        return normalize_outlet(url) or None
    return None


def _url_date(url: str | None) -> str | None:
    """The date many sites put in their article paths: /2023/09/04/ or /2013/may/03/."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if match is None:
        return None
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text[:3].lower(), 0)
    try:
        return date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:
        return None


def _read_html(html: str, path: str, doc_id: str, *, encoding: str) -> Article:
    # Imported here: trafilatura (lxml, htmldate, justext) adds a fifth of a second to every
    # start-up, and only HTML inputs need it.
    import trafilatura

    document: Any = None
    text = ""
    for favor_recall in (False, True):
        try:
            document = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                favor_recall=favor_recall,
                # No shared cache: deduplication would make one file's text depend on others.
                deduplicate=False,
                # Only dates the page states in its markup, not guesses from the prose.
                date_extraction_params={"original_date": True, "extensive_search": False},
            )
        except Exception:  # noqa: BLE001 - lxml and its callers raise many types on bad markup
            document = None
        text = (getattr(document, "text", None) or "").strip()
        if text:
            break
    if not text:
        try:
            text = trafilatura.html2txt(html).strip()
        except Exception:  # noqa: BLE001 - same reason as above
            text = ""
    if not text:
        return _problem(
            path,
            doc_id,
            "failed",
            "no article text could be extracted from the HTML; save the page as plain text",
            fmt="html",
            encoding=encoding,
        )

    def meta(name: str) -> str | None:
        value = getattr(document, name, None)
        return value.strip() or None if isinstance(value, str) else None

    published = meta("date")
    url = meta("url")
    return Article(
        doc_id=doc_id,
        path=path,
        text=text,
        # Trafilatura has already left the page furniture out.
        body=(0, len(text)),
        title=meta("title"),
        published=(_normalise_date(published) if published else None) or _url_date(url),
        outlet=_outlet_name(meta("sitename"), url),
        url=url,
        format="html",
        encoding=encoding,
    )


def _read_json(
    text: str, path: str, doc_id: str, *, encoding: str, detect_body: bool
) -> list[Article]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and exc.lineno > 1:
            # One object per line: JSON Lines saved with a .json name.
            return _read_jsonl(text, path, doc_id, encoding=encoding, detect_body=detect_body)
        reason = (
            f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno}); fix the file, "
            "or rename it to .txt to read it as plain text"
        )
        return [_problem(path, doc_id, "failed", reason, fmt="json", encoding=encoding)]
    if isinstance(value, list):
        if not value:
            reason = "the JSON list holds no records; nothing to read"
            return [_problem(path, doc_id, "skipped", reason, fmt="json", encoding=encoding)]
        return [
            _record_article(
                item,
                f"{path}#{number}",
                f"{doc_id}-{number}",
                where=f"record {number}",
                fmt="json",
                encoding=encoding,
                detect_body=detect_body,
            )
            for number, item in enumerate(value, start=1)
        ]
    return [
        _record_article(
            value, path, doc_id, where=None, fmt="json", encoding=encoding, detect_body=detect_body
        )
    ]


def _read_jsonl(
    text: str, path: str, doc_id: str, *, encoding: str, detect_body: bool
) -> list[Article]:
    articles: list[Article] = []
    # Split on "\n" only: str.splitlines would also split on U+2028 and friends, which may
    # legally appear raw inside JSON strings.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        record_path, record_id, where = f"{path}#{number}", f"{doc_id}-{number}", f"line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = (
                f"{where}: not valid JSON ({exc.msg}, column {exc.colno}); fix or remove the line"
            )
            articles.append(
                _problem(record_path, record_id, "failed", reason, fmt="jsonl", encoding=encoding)
            )
            continue
        articles.append(
            _record_article(
                value,
                record_path,
                record_id,
                where=where,
                fmt="jsonl",
                encoding=encoding,
                detect_body=detect_body,
            )
        )
    if not articles:
        reason = "the JSON Lines file holds no records; nothing to read"
        return [_problem(path, doc_id, "skipped", reason, fmt="jsonl", encoding=encoding)]
    return articles


def _record_article(
    value: object,
    path: str,
    doc_id: str,
    *,
    where: str | None,
    fmt: str,
    encoding: str,
    detect_body: bool,
) -> Article:
    prefix = f"{where}: " if where else ""
    if not isinstance(value, dict):
        reason = (
            f"{prefix}a JSON {_json_kind(value)}, not an object; each record must be an object "
            'with a "text" field'
        )
        return _problem(path, doc_id, "failed", reason, fmt=fmt, encoding=encoding)
    text = value.get("text")
    if not isinstance(text, str):
        reason = f'{prefix}no "text" string; each record needs the article text in "text"'
        return _problem(path, doc_id, "failed", reason, fmt=fmt, encoding=encoding)
    # JSON can escape lone surrogates, which no output encoding accepts; one replacement
    # character each keeps every offset where it was.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    if not text.strip():
        reason = f'{prefix}the "text" field is empty; nothing to read'
        return _problem(path, doc_id, "skipped", reason, fmt=fmt, encoding=encoding)

    def field(name: str) -> str | None:
        item = value.get(name)
        if not isinstance(item, str):
            return None
        return _LONE_SURROGATE.sub("\ufffd", item).strip() or None

    published = field("published")
    known = {
        "url": field("url"),
        "outlet": field("outlet"),
        "title": field("title"),
        "published": _normalise_date(published) if published else None,
    }
    return _text_article(
        text, path, doc_id, encoding=encoding, detect_body=detect_body, fmt=fmt, known=known
    )


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "true/false value"
    if value is None:
        return "null"
    return "number"


# --------------------------------------------------------------------------------------------
# Ids, problems, small helpers
# --------------------------------------------------------------------------------------------


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Suffix repeated ids with -2, -3, ... in path order, never taking an id already in use."""
    reserved = {article.doc_id for article in articles}
    seen: set[str] = set()
    result: list[Article] = []
    for article in articles:
        doc_id = article.doc_id
        if doc_id in seen:
            number = 2
            while f"{doc_id}-{number}" in reserved or f"{doc_id}-{number}" in seen:
                number += 1
            doc_id = f"{doc_id}-{number}"
            reserved.add(doc_id)
            article = article.model_copy(update={"doc_id": doc_id})
        seen.add(doc_id)
        result.append(article)
    return result


def _printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by os as surrogates) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _stem(rel: str) -> str:
    return Path(rel).stem or Path(rel).name or "document"


def _problem(
    path: str,
    doc_id: str,
    status: Status,
    reason: str,
    *,
    fmt: str = "text",
    encoding: str | None = None,
) -> Article:
    return Article(
        doc_id=doc_id, path=path, status=status, reason=reason, format=fmt, encoding=encoding
    )


def _binary(path: str, doc_id: str, reason: str) -> Article:
    return _problem(path, doc_id, "skipped", reason, fmt="binary")


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


def _strerror(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _readlink(path: str | Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "an unknown target"


# --------------------------------------------------------------------------------------------
# Body detection in plain text
# --------------------------------------------------------------------------------------------
#
# A scraped page flattened to text is a column of lines: navigation and the headline, the
# article's paragraphs, then teasers, widgets and footers. Following Finn, Kushmerick and Smyth's
# Body Text Extraction ("Fact or fiction", 2001), each line gets a score, positive for prose
# (its length in characters) and negative for page furniture, and the body is the contiguous
# run of lines with the largest total. Short furniture inside the article (a subheading, a
# bullet list's heading) costs less than the prose around it and stays in; a block of teasers
# after the article never adds enough to be worth joining.

_Kind = Literal["prose", "heading", "noise", "meta", "section"]

# Whole lines (lower-cased, trailing punctuation and counts dropped) that are page furniture.
BOILERPLATE_LINES = frozenset(
    {
        "advertisement",
        "back to top",
        "continue reading",
        "email",
        "follow us",
        "home",
        "log in",
        "menu",
        "print",
        "read more",
        "search",
        "share",
        "share this",
        "share this article",
        "share on facebook",
        "share on twitter",
        "sign in",
        "sign up",
        "skip to content",
        "skip to main content",
        "subscribe",
        "toggle navigation",
        "tweet",
    }
)

# Lines that open a part of the page after the article (teasers, lists, comments, ratings).
SECTION_END_LINES = frozenset(
    {
        "about the author",
        "comments",
        "editor picks",
        "editor's picks",
        "editors' picks",
        "editor’s picks",
        "exit mobile version",
        "how useful was this post",
        "latest news",
        "leave a comment",
        "leave a reply",
        "more from",
        "more stories",
        "most popular",
        "most read",
        "other articles",
        "our channels",
        "popular posts",
        "recent posts",
        "recommended",
        "recommended for you",
        "related",
        "related articles",
        "related posts",
        "related stories",
        "trending",
        "trending now",
        "you may also like",
        "you might also like",
    }
)

# Beginnings of lines that are widgets, prompts and legal footers rather than prose.
BOILERPLATE_PREFIXES = (
    "skip to main content",
    "skip to content",
    "would you like to receive notifications",
    "allow notifications",
    "we value your privacy",
    "we use cookies",
    "this site uses cookies",
    "click on a star",
    "average rating",
    "vote count",
    "no votes so far",
    "be the first to rate",
    "we are sorry that this post",
    "let us improve this post",
    "how useful was this post",
    "all rights reserved",
    "copyright ©",
    "copyright (c)",
    "©",
    "sign up for our",
    "subscribe to our",
    "follow us on",
    "click here to",
    "exit mobile version",
    "read more:",
    "related:",
    "also read:",
    "recommended:",
    "advertisement",
)

# How much a line of each kind outweighs its own length when it is not prose: a fixed cost so
# that even a two-word "Menu" line separates, and a large one for lines that open the part of
# the page after the article, which no teaser text can pay back.
_NOISE_COST = 25
_SECTION_COST = 2_000
# Headings inside an article (subheads) are common, so they cost only half their length.
_HEADING_WEIGHT = 0.5
# Characters looked at from each end of a line (see _line_kind).
_SAMPLE = 1_000

# A line's visible content: Python's \s is every character str.isspace() accepts; a BOM and
# zero-width spaces are invisible too, so they must not start or end a line or the body.
_INVISIBLE = r"\s\u200b\u2060\ufeff"
_LINE = re.compile(rf"[^{_INVISIBLE}](?:[^\r\n]*[^{_INVISIBLE}])?")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’»)\]]*$")
_TRUNCATED = re.compile(r"[\w,;’'\"”]\s?(?:\.{3}|…)$")
_CAMEL_JOIN = re.compile(r"[a-z][A-Z]")
_BREADCRUMB = re.compile(r"^home\s*[>»/|›]", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s[|•·»›]\s|\s{3,}")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
_HEADLINE_STOP = re.compile(r"(?<=[\w?!])\.(?=[’'”\"]?$)")
_COUNT_SUFFIX = re.compile(r"\s*\(\d+\)$")  # "Comments (12)"
_LETTER = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_CAPTION_START = re.compile(
    r"^(?:left|right|top|above|below|bottom|centre|center|inset|pictured|photo|image|picture|"
    r"file photo|caption|credit)(?:\s+(?:photo|image|picture))?\s*[:|]",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"\((?=[^()]*[A-Z])[^()]*(?:\bvia\s+[A-Z]|\w/\w|Getty|Shutterstock|[Pp]hoto\b|[Pp]hotograph|"
    r"Images\b|[Cc]redit:|[Cc]ourtesy\b)[^()]*\)\W*$"
)
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:writer|reporter|correspondent|editor|columnist|journalist|contributor|producer|"
    r"fellow|analyst|intern|author|host|blogger)s?\b"
    r"(?:\s+(?:for|at|with|of)\s+(?:the\s+)?(?P<outlet>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|&))*))?"
)
_BYLINE = re.compile(r"^(?:posted|published|updated|last updated|first published)\b", re.IGNORECASE)
_BY = re.compile(r"^(?:written\s+)?by[\s:]+[A-Z]", re.IGNORECASE)
_COUNTER = re.compile(
    r"\b(?:views?|comments?|shares?)\s*:?\s*\d+\b|\b\d+\s*min(?:ute)?s?\s+read\b", re.IGNORECASE
)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATES = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.IGNORECASE
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b",
        re.IGNORECASE,
    ),
)


# A line that is only an address, perhaps labelled: how saved pages and corpora keep the URL.
_URL_LINE = re.compile(
    r"^(?:(?:source|url|link|original(?:ly published)?(?: at)?|read (?:more|it) at|from)"
    r"\s*:?\s*)?<?(?P<url>https?://[^\s<>\"]+)>?\s*$",
    re.IGNORECASE,
)
# The address paths of many news sites carry the date: /2023/09/04/ or /2013/may/03/.
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2}|[a-z]{3,9})/(?P<day>\d{1,2})(?:/|$|[-_])",
    re.IGNORECASE,
)
# "MOSCOW, " or "SEOUL, South Korea, " before the date of a dateline.
_DATELINE_PLACE = re.compile(r"^[A-Z][A-Z .'’-]{1,30}(?:,\s+[A-Z][A-Za-z .'’-]{1,30})?,\s+")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str
    kind: _Kind
    score: float


@dataclass(frozen=True, slots=True)
class _Layout:
    body: Span | None
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None = None


def find_body(text: str) -> Span | None:
    """Find the article body in plain text scraped from a web page.

    Args:
        text: The document text.

    Returns:
        The ``[start, end)`` character range of the body, from the first character of its
        first paragraph to the last character of its last one, or None when the text holds no
        prose at all (only headings, menus or widgets).

    Notes:
        Lines are scored as in Body Text Extraction (Finn, Kushmerick and Smyth, 2001): prose
        lines count their length, headings half their length against, page furniture (menus,
        breadcrumbs, captions and photo credits, bylines, author bios, teasers, widgets, the
        phrases in ``BOILERPLATE_LINES``, ``BOILERPLATE_PREFIXES`` and ``SECTION_END_LINES``)
        its length and a fixed cost against. The body is the run of lines with the largest
        total. On clean text it is the whole text, less a headline without sentence
        punctuation.
    """
    return _layout(text).body


def _layout(text: str) -> _Layout:
    lines = _classify(text)
    best = _best_run([line.score for line in lines])
    if best is None:
        return _Layout(None, None, _published(lines), _outlet(lines), _source_url(lines))
    first, last = best
    body = (lines[first].start, lines[last].end)
    title = _title(text, lines, first, last)
    # a URL inside the body is a link the article cites, not its own address
    url = _source_url(lines[:first]) or _source_url(lines[last + 1 :])
    published = _published(lines[:first]) or _dateline(lines[first].text)
    return _Layout(body, title, published, _outlet(lines[last + 1 :]), url)


def _best_run(scores: Sequence[float]) -> tuple[int, int] | None:
    """The first contiguous run with the largest positive total (Kadane)."""
    best: tuple[int, int] | None = None
    best_total = 0.0
    start, total = 0, 0.0
    for index, score in enumerate(scores):
        if total <= 0:
            start, total = index, 0.0
        total += score
        if total > best_total:
            best, best_total = (start, index), total
    return best


def _split_lines(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _LINE.finditer(text):
        yield match.start(), match.end(), match.group()


def _classify(text: str) -> list[_Line]:
    raw = list(_split_lines(text))
    lines: list[_Line] = []
    for index, (start, end, content) in enumerate(raw):
        following = raw[index + 1][2] if index + 1 < len(raw) else ""
        kind = _line_kind(content, following)
        length = len(content)
        if kind == "prose":
            score = float(length)
        elif kind == "heading":
            score = -_HEADING_WEIGHT * length
        elif kind == "section":
            score = -float(length + _SECTION_COST)
        else:
            score = -float(length + _NOISE_COST)
        lines.append(_Line(start, end, content, kind, score))
    return lines


def _normalise_line(line: str) -> str:
    flat = " ".join(line.lower().split())
    flat = _COUNT_SUFFIX.sub("", flat)
    return flat.rstrip(" :!?.|-–—»›").strip()


def _line_kind(line: str, following: str) -> _Kind:
    # Every cue sits at a line's start or end or is about short lines, so long lines are only
    # sampled there: a 50 MB one-line file must not cost a scan per rule.
    head, tail = line[:_SAMPLE], line[-_SAMPLE:]
    flat = _normalise_line(line[:200])
    if flat in SECTION_END_LINES or flat.startswith("how useful was this post"):
        return "section"
    if flat in BOILERPLATE_LINES or flat.startswith(BOILERPLATE_PREFIXES):
        return "noise"
    if _CAPTION_START.match(head) or _PHOTO_CREDIT.search(tail):
        return "noise"
    if _BIO.match(head):
        return "noise"
    words = _WORD.findall(head)
    short = len(words) <= 12
    ends_sentence = bool(_SENTENCE_END.search(tail[-8:]))
    if _BYLINE.match(head) and len(words) <= 25:
        return "meta"
    if _BY.match(head) and not ends_sentence and short:
        return "meta"
    if short and (_is_date_line(line) or _COUNTER.search(line)):
        return "meta"
    letters = len(_LETTER.findall(head))
    visible = len(head) - len(_SPACE.findall(head))
    if letters < 0.5 * visible:
        return "noise"  # numbers and symbols: weather, scores, rating widgets
    if len(line) < 400 and _TRUNCATED.search(tail[-8:]):
        return "noise"  # a teaser cut off mid-sentence
    if _BREADCRUMB.match(head) or any(len(_CAMEL_JOIN.findall(word)) >= 2 for word in words[:3]):
        return "noise"  # "Home > World" or "HomeWorldRussia..." with the separators lost
    if not ends_sentence and len(_SEPARATORS.findall(head)) >= 2:
        return "noise"  # a menu or metadata strip
    if short and letters and sum(map(str.isupper, head)) > 0.8 * letters:
        return "heading"  # "RECOMMENDED FOR YOU", "OUR CHANNELS:"
    if ends_sentence:
        return "prose"
    # A line without sentence punctuation is a headline unless it is long, or the next line
    # carries on its sentence (text wrapped at a fixed width).
    if len(words) > 15 or following[:1].islower():
        return "prose"
    return "heading"


def _is_date_line(line: str) -> bool:
    match = _find_date(line)
    if match is None:
        return False
    rest = line[: match[1]] + line[match[2] :]
    return len(_WORD.findall(rest)) <= 2


def _title(text: str, lines: Sequence[_Line], first: int, last: int) -> str | None:
    """The headline: the nearest heading before the body, or a headline-like first line."""
    for line in reversed(lines[:first]):
        count = len(_WORD.findall(line.text))
        if line.kind == "heading" and 2 <= count <= 30 and not line.text.isupper():
            return line.text
    # Clean articles often open with the headline as a paragraph of its own, punctuated like a
    # sentence ("Poll: Mayor and challenger tied heading into first debate."). It stays in
    # the body, since headlines carry attributions too, and is reported as the title.
    if first > 0 or first >= last:
        return None
    opener, after = lines[first], lines[first + 1]
    words = _WORD.findall(opener.text)
    capitalised = sum(word[0].isupper() for word in words) / max(len(words), 1)
    # Headlines are short; a one-sentence lede of 20-odd words is not one. Title-case lines
    # may run longer.
    if not (3 <= len(words) <= (25 if capitalised >= 0.5 else 18) and len(opener.text) <= 200):
        return None
    if _paragraph_break(text, opener.end, after.start):
        return _headline(opener.text)
    # "Headline; " on one line and its subheading on the next, as some wire feeds set them.
    if (
        opener.text.endswith(";")
        and first + 2 <= last
        and len(_WORD.findall(after.text)) <= 30
        and _paragraph_break(text, after.end, lines[first + 2].start)
    ):
        return _headline(f"{opener.text} {after.text}")
    return None


def _paragraph_break(text: str, start: int, end: int) -> bool:
    return _BLANK_LINE.search(text, start, end) is not None


def _headline(line: str) -> str:
    # Drop the full stop a headline gets when it is set as a paragraph, but not one that ends
    # an abbreviation ("U.S.").
    line = line.rstrip(" ;")
    if _ABBREVIATION_END.search(line):
        return line
    return _HEADLINE_STOP.sub("", line)


def _published(lines: Sequence[_Line]) -> str | None:
    """The date a byline or dateline before the body gives."""
    for line in lines:
        if line.kind == "meta":
            found = _find_date(line.text)
            if found is not None:
                return found[0]
    return None


def _source_url(lines: Sequence[_Line]) -> str | None:
    """The article's address, from a line that holds only it ("Source: https://...")."""
    for line in lines:
        match = _URL_LINE.match(line.text[:2_000])
        if match is not None:
            return match.group("url").rstrip(".,;)")
    return None


def _dateline(line: str) -> str | None:
    """The date of a dateline that opens the body: "MOSCOW, Sept. 13, 2023 (Reuters) -"."""
    place = _DATELINE_PLACE.match(line[:80])
    if place is None:
        return None
    found = _find_date(line[place.end() : place.end() + 40])
    return found[0] if found is not None and found[1] == 0 else None


def _outlet(lines: Sequence[_Line]) -> str | None:
    """The publisher an author bio after the body names ("... is a news writer for X.").

    A copyright line is not used: on a syndicated story it names the wire service, not the
    site that published the page.
    """
    for line in lines:
        match = _BIO.match(line.text) if line.kind == "noise" else None
        if match is not None and match.group("outlet"):
            return match.group("outlet").strip(" .,;:-&") or None
    return None


def _find_date(text: str) -> tuple[str, int, int] | None:
    """The earliest valid calendar date in the text, as (ISO date, start, end)."""
    found: list[tuple[int, int, str]] = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text[:3].lower()]
            try:
                day = date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:
                continue
            found.append((match.start(), match.end(), day.isoformat()))
            break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


def _normalise_date(value: str) -> str | None:
    """An ISO 8601 date from a stated date or timestamp, or None when none can be told."""
    found = _find_date(value)
    return found[0] if found is not None else None
