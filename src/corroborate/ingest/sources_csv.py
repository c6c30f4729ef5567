"""A folder's sources.csv: the outlet, URL, date and title the user gives each file."""

from __future__ import annotations

import csv
from pathlib import Path

from corroborate.ingest.decoding import Undecodable, decode
from corroborate.ingest.ids import stem_id
from corroborate.ingest.metadata import normalise_date, outlet_name, url_date
from corroborate.ingest.problems import problem, strerror
from corroborate.lexicon.ingest import SOURCES_COLUMNS
from corroborate.schema import Article

# A list a user writes beside plain-text articles: which outlet, URL and date each file has.
SOURCES_FILE = "sources.csv"


def apply_sources(
    fs_path: Path, rel: str, articles: list[Article]
) -> tuple[Article, list[Article]]:
    """Fill in outlets, URLs and dates from a folder's sources.csv; its own report record.

    The list is the user's word, so it wins over what the files themselves suggest. A row
    may name a file ("feed.jsonl" covers all its records) or one record ("feed.jsonl#3").

    Args:
        fs_path: Where the list is.
        rel: The path the report gives it.
        articles: The articles of its folder.

    Returns:
        The list's own record for the report (status "skipped", or "failed" when nothing could
        be applied), and the articles, updated where a row names them.
    """
    doc_id = stem_id(rel)
    read = _read_rows(fs_path, rel, doc_id)
    if isinstance(read, Article):
        return read, articles
    rows, encoding = read
    columns = _columns(rows[0] if rows else [])
    if "file" not in columns or len(columns) < 2:
        reason = (
            "the list of sources needs a header line naming its columns, a file column and at "
            "least one of outlet, url, published (e.g. file,outlet,url,published); "
            "nothing was applied"
        )
        return problem(rel, doc_id, "failed", reason, fmt="sources", encoding=encoding), articles
    known = _known_files(rows[1:], columns)
    used: set[str] = set()
    updated: list[Article] = []
    for article in articles:
        found = known.get(article.path) or known.get(article.path.split("#", 1)[0])
        if found is None or article.status != "ok":
            updated.append(article)
            continue
        used.add(found["file"].removeprefix("./"))
        updated.append(article.model_copy(update=_changes(article, found)))
    reason = _applied_reason(updated, known, used)
    return (
        problem(rel, doc_id, "skipped", reason + "; not an article", fmt="sources",
                encoding=encoding),
        updated,
    )


def _read_rows(fs_path: Path, rel: str, doc_id: str) -> tuple[list[list[str]], str] | Article:
    """The list's CSV rows and its encoding, or the record of why it cannot be read."""
    try:
        data = fs_path.read_bytes()
    except OSError as exc:
        reason = f"the list of sources cannot be read ({strerror(exc)}); check its permissions"
        return problem(rel, doc_id, "failed", reason, fmt="sources")
    decoded = decode(data, html=False, guess=True)
    if isinstance(decoded, Undecodable):
        reason = f"the list of sources is not text ({decoded.why}); re-save it as UTF-8 CSV"
        return problem(rel, doc_id, "failed", reason, fmt="sources")
    text, encoding = decoded
    return list(csv.reader(text.lstrip("\ufeff").splitlines())), encoding


def _columns(first_row: list[str]) -> dict[str, int]:
    """Each field's column, by the first of its names the header line holds."""
    header = [cell.strip().lower() for cell in first_row]
    columns: dict[str, int] = {}
    for field, names in SOURCES_COLUMNS.items():
        for name in names:
            if name in header:
                columns[field] = header.index(name)
                break
    return columns


def _known_files(rows: list[list[str]], columns: dict[str, int]) -> dict[str, dict[str, str]]:
    """The non-empty fields of each row that names a file, by that file (less a leading ./)."""
    known: dict[str, dict[str, str]] = {}
    for row in rows:
        values = {
            field: row[index].strip()
            for field, index in columns.items()
            if index < len(row) and row[index].strip()
        }
        if values.get("file"):
            known[values["file"].removeprefix("./")] = values
    return known


def _changes(article: Article, values: dict[str, str]) -> dict[str, str | None]:
    """The Article fields one row sets."""
    change: dict[str, str | None] = {}
    if values.get("url"):
        change["url"] = values["url"]
    if values.get("outlet") or values.get("url"):
        change["outlet"] = outlet_name(values.get("outlet"), values.get("url"))
    if values.get("published"):
        change["published"] = normalise_date(values["published"]) or article.published
    elif values.get("url") and not article.published:
        change["published"] = url_date(values["url"])
    if values.get("title"):
        change["title"] = values["title"]
    return change


def _applied_reason(
    updated: list[Article], known: dict[str, dict[str, str]], used: set[str]
) -> str:
    """What the list did, in words: how many articles it applied to, and rows that named none."""
    unknown = sorted(set(known) - used)
    count = sum(1 for a in updated if a.status == "ok" and (
        a.path in used or a.path.split("#", 1)[0] in used))
    reason = f"the folder's list of outlets, URLs and dates, applied to {count} " + (
        "article" if count == 1 else "articles")
    if unknown:
        shown = ", ".join(unknown[:3]) + (f" and {len(unknown) - 3} more" if len(unknown) > 3
                                          else "")
        reason += f"; rows naming no article read here: {shown}"
    return reason
