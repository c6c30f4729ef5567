"""Inputs to sorted Articles with unique ids, in three steps that can run apart; texts read again."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from corroborate.ingest.decoding import UTF8_ENCODINGS
from corroborate.ingest.files import DEFAULT_MAX_BYTES, STDIN, read_file
from corroborate.ingest.ids import unique_ids
from corroborate.ingest.paths import PlannedInput, plan_inputs
from corroborate.ingest.sources_csv import apply_sources
from corroborate.schema import Article

# Reading in three steps, so that the middle one (decoding, HTML extraction, body detection:
# nearly all the cost) can run in other processes or on other machines: `plan_inputs` (in
# `paths`) lists the files where the inputs were given, `read_planned` reads one file wherever
# its path is visible, `assemble_articles` applies each folder's sources.csv, sorts and makes
# ids unique. `read_articles` is exactly the three in a row.


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


def read_planned(item: PlannedInput, *, max_bytes: int, detect_body: bool) -> list[Article]:
    """The articles of one planned input (a JSON list or JSON Lines file gives several)."""
    if item.article is not None:
        return [item.article]
    if item.sources or item.fs_path is None:
        return []  # read on assembly, where the folder's other articles are known
    return read_file(Path(item.fs_path), item.rel, max_bytes=max_bytes, detect_body=detect_body)


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
            record, articles = apply_sources(Path(entry.fs_path or entry.rel), entry.rel, articles)
            articles = [*articles, record]
        found.extend((article.path, index, article) for article in articles)
    # The input index breaks ties between equal paths from different folders; within one
    # input every path is distinct, so nothing depends on the order the OS lists files in.
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return unique_ids([article for _, _, article in found])


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
        article.format == "text" and article.path != STDIN and article.encoding in UTF8_ENCODINGS
    )


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
