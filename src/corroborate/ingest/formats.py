"""Decoded inputs to Articles by format: plain text, HTML pages, JSON records and JSON Lines."""

from __future__ import annotations

import json
import re
from typing import Any

from corroborate.ingest.body import page_layout
from corroborate.ingest.decoding import Undecodable, control_share, decode, magic_kind
from corroborate.ingest.metadata import normalise_date, outlet_name, url_date
from corroborate.ingest.problems import binary_file, problem
from corroborate.lexicon.ingest import HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES
from corroborate.schema import Article

# How an HTML page saved under another name begins (looked for in its first kilobyte).
_HTML_SNIFF = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE
)

# Halves of UTF-16 surrogate pairs, which JSON escapes can put alone into a string.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# How the reports this tool writes begin, so that one left in an input folder is not read.
_OWN_HTML = '<meta name="generator" content="corroborate '
_OWN_CSV = "cluster,cluster_id,verdict,"

# Text whose decoded characters are more than this share of control codes is not prose.
_MAX_CONTROL_SHARE = 0.05


def read_bytes(
    data: bytes, path: str, doc_id: str, *, suffix: str, detect_body: bool
) -> list[Article]:
    """The articles of one input's bytes, read by the format its suffix or content says.

    Args:
        data: The bytes, within the size limit.
        path: The path the report gives the input.
        doc_id: Its document id (records of a JSON list or JSON Lines file add a number).
        suffix: Its file name's suffix, lower-cased ("" for standard input).
        detect_body: Whether to find the body of plain text (see `body.find_body`).

    Returns:
        One article, or one per record; a binary, undecodable or empty input gives a problem.
    """
    kind = magic_kind(data)
    if kind is not None:
        return [binary_file(path, doc_id, f"binary file (looks like {kind}); not an article")]
    known_text = suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
    decoded = decode(data, html=suffix in HTML_SUFFIXES, guess=known_text)
    if isinstance(decoded, Undecodable):
        if decoded.binary or not known_text:
            return [binary_file(path, doc_id, f"binary file ({decoded.why}); not an article")]
        return [problem(path, doc_id, "failed", f"{decoded.why}; re-save it as UTF-8")]
    text, encoding = decoded
    if not text.strip():
        return [
            problem(path, doc_id, "skipped", "the file holds only whitespace; nothing to read")
        ]
    if control_share(text) > _MAX_CONTROL_SHARE:
        reason = "binary file (mostly control characters); not an article"
        return [binary_file(path, doc_id, reason)]

    own = _own_report(text)
    if own is not None:
        reason = f"a corroborate report ({own}), not an article; keep reports out of the folder"
        return [problem(path, doc_id, "skipped", reason, encoding=encoding)]
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(text, path, doc_id, encoding=encoding, detect_body=detect_body)
    if suffix in JSON_SUFFIXES:
        return _read_json(text, path, doc_id, encoding=encoding, detect_body=detect_body)
    # A page saved without an extension (or as .dat, .php, ...) is still HTML; a .txt file is
    # taken at its word.
    sniff = suffix == "" or suffix not in TEXT_SUFFIXES
    if suffix in HTML_SUFFIXES or (sniff and _HTML_SNIFF.match(data[:1024])):
        return [_read_html(text, path, doc_id, encoding=encoding)]
    return [_text_article(text, path, doc_id, encoding=encoding, detect_body=detect_body)]


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
    layout = page_layout(text)
    body = layout.body if detect_body else (0, len(text))
    known = known or {}
    url = known.get("url") or layout.url
    return Article(
        doc_id=doc_id,
        path=path,
        text=text,
        body=body,
        title=known.get("title") or layout.title,
        published=known.get("published") or layout.published or url_date(url),
        outlet=outlet_name(known.get("outlet") or layout.outlet, url),
        url=url,
        format=fmt,
        encoding=encoding,
    )


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
        return problem(
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
        published=(normalise_date(published) if published else None) or url_date(url),
        outlet=outlet_name(meta("sitename"), url),
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
        return [problem(path, doc_id, "failed", reason, fmt="json", encoding=encoding)]
    if isinstance(value, list):
        if not value:
            reason = "the JSON list holds no records; nothing to read"
            return [problem(path, doc_id, "skipped", reason, fmt="json", encoding=encoding)]
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
                problem(record_path, record_id, "failed", reason, fmt="jsonl", encoding=encoding)
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
        return [problem(path, doc_id, "skipped", reason, fmt="jsonl", encoding=encoding)]
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
        return problem(path, doc_id, "failed", reason, fmt=fmt, encoding=encoding)
    text = value.get("text")
    if not isinstance(text, str):
        reason = f'{prefix}no "text" string; each record needs the article text in "text"'
        return problem(path, doc_id, "failed", reason, fmt=fmt, encoding=encoding)
    # JSON can escape lone surrogates, which no output encoding accepts; one replacement
    # character each keeps every offset where it was.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    if not text.strip():
        reason = f'{prefix}the "text" field is empty; nothing to read'
        return problem(path, doc_id, "skipped", reason, fmt=fmt, encoding=encoding)

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
        "published": normalise_date(published) if published else None,
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
