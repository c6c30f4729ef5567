"""The single entry point shared by the CLI and tests: inputs in, Report out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language

from corroborate.components import attributions_of
from corroborate.extract import extract_claims, wire_credits
from corroborate.ingest import DEFAULT_MAX_BYTES, read_articles, text_differs_from_file
from corroborate.independence import claim_origins
from corroborate.match import DEFAULT_CONFIG, MatchConfig, canonical_speakers, cluster_claims
from corroborate.nlp import load_pipeline, split_text
from corroborate.report import build_report, document_of
from corroborate.schema import Article, Claim, Document, Report

Progress = Callable[[int, int], None]


def corroborate(
    inputs: Sequence[str | Path] | str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    detect_body: bool = True,
    config: MatchConfig = DEFAULT_CONFIG,
    progress: Progress | None = None,
) -> Report:
    """Read the inputs, extract attributed claims, match them across articles, and report.

    Args:
        inputs: Folders, files, or "-" for standard input.
        max_bytes: Files larger than this are skipped with a reason.
        detect_body: Find the article body in scraped text; off, the whole text is the body.
        config: Matching thresholds.
        progress: Called as progress(done, total) after each article.

    Returns:
        The report; every input appears in `documents`, read or not.

    Raises:
        InputError: When an input path does not exist or is not a file or folder.
        ModelError: When the pinned spaCy model is not installed.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    articles = read_articles(inputs, max_bytes=max_bytes, detect_body=detect_body)
    nlp = load_pipeline()
    claims, failed = extract_all(nlp, articles, progress=progress)
    documents: list[Document] = []
    for article in articles:
        if article.doc_id in failed:
            article = article.model_copy(update={"status": "failed", "reason": failed[article.doc_id]})
        documents.append(document_of(article, carry_text=text_differs_from_file(article)))
    outlets = {a.doc_id: a.outlet for a in articles}
    # an article crediting one wire agency: its unsourced claims trace to that agency
    wires = {a.doc_id: w[0] for a in articles if a.status == "ok" and len(w := wire_credits(a.text)) == 1}
    origins = claim_origins(articles, claims, wires, canonical_speakers(claims))
    notes: list[str] = []
    clusters, canon = cluster_claims(
        claims, outlets=outlets, wires=wires, origins=origins, config=config, notes=notes
    )
    claims = [c.model_copy(update={"speaker": canon.get(c.speaker, c.speaker)}) if c.speaker else c
              for c in claims]
    return build_report(documents, claims, clusters, notes=notes)


def _parts(articles: Sequence[Article]) -> Iterator[tuple[str, tuple[int, int]]]:
    for n, article in enumerate(articles):
        for offset, part in split_text(article.text):
            yield part, (n, offset)


def extract_all(
    nlp: Language, articles: Sequence[Article], *, progress: Progress | None = None
) -> tuple[list[Claim], dict[str, str]]:
    """Claims of every readable article, and the articles that failed during extraction.

    One article that breaks a rule never stops the run: it is reported as failed.
    """
    readable = [a for a in articles if a.status == "ok" and a.text.strip()]
    claims: list[Claim] = []
    failed: dict[str, str] = {}
    done: set[int] = set()
    for doc, (n, offset) in nlp.pipe(_parts(readable), as_tuples=True, batch_size=8):
        article = readable[n]
        try:
            claims.extend(extract_claims(doc, article, attributions_of(doc), offset=offset))
        except Exception as exc:  # a rule bug must not cost the other articles
            failed[article.doc_id] = (
                f"claim extraction failed ({type(exc).__name__}: {exc}); "
                "please report this file to the corroborate developers"
            )
        if n not in done:
            done.add(n)
            if progress is not None:
                progress(len(done), len(readable))
    keep = [c for c in claims if c.doc_id not in failed]
    return keep, failed


def extract_claims_from_texts(texts: dict[str, str]) -> list[Claim]:
    """Claims of plain texts keyed by document id, with the whole text as body.

    Used by evaluation code and tests that bring their own texts (e.g. PolNeAR articles).
    """
    articles = [
        Article(doc_id=key, path=f"{key}.txt", text=text, body=(0, len(text)))
        for key, text in sorted(texts.items())
    ]
    claims, _failed = extract_all(load_pipeline(), articles)
    return claims
