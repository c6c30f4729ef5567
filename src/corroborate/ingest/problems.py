"""Articles that stand for inputs that could not be used, and the words of their reasons."""

from __future__ import annotations

from corroborate.schema import Article, Status


def problem(
    path: str,
    doc_id: str,
    status: Status,
    reason: str,
    *,
    fmt: str = "text",
    encoding: str | None = None,
) -> Article:
    """An article with no text: an input that was left out ("skipped") or could not be read."""
    return Article(
        doc_id=doc_id, path=path, status=status, reason=reason, format=fmt, encoding=encoding
    )


def binary_file(path: str, doc_id: str, reason: str) -> Article:
    """A skipped file that holds no text (an image, an archive, a program)."""
    return problem(path, doc_id, "skipped", reason, fmt="binary")


def strerror(exc: OSError) -> str:
    """The operating system's words for an error, for use inside a reason."""
    return (exc.strerror or str(exc)).lower()
