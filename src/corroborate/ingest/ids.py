"""Document ids: one from each file name, made unique in path order."""

from __future__ import annotations

from pathlib import Path

from corroborate.schema import Article


def stem_id(rel: str) -> str:
    """The id a path gives its document: the file name without its extension."""
    return Path(rel).stem or Path(rel).name or "document"


def unique_ids(articles: list[Article]) -> list[Article]:
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
