"""Assembling the Report: documents, claims and clusters in their contract order."""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.schema import Article, Claim, ClaimCluster, Document, Report


def document_of(article: Article, *, carry_text: bool) -> Document:
    """The report record of one input; `carry_text` adds the text the offsets index."""
    return Document(
        doc_id=article.doc_id,
        path=article.path,
        status=article.status,
        reason=article.reason,
        outlet=article.outlet,
        title=article.title,
        published=article.published,
        body=article.body,
        format=article.format,
        encoding=article.encoding,
        url=article.url,
        text=article.text if carry_text else None,
    )


def build_report(
    documents: Sequence[Document], claims: Sequence[Claim], clusters: Sequence[ClaimCluster],
    *, notes: Sequence[str] = (),
) -> Report:
    """Sort everything into the contract's order.

    Documents go by path, claims by (doc_id, content start), clusters with the
    best-corroborated first (most independent sources, then most articles), then by id.
    """
    return Report(
        documents=sorted(documents, key=lambda d: (d.path, d.doc_id)),
        claims=sorted(
            claims, key=lambda c: (c.doc_id, c.content.spans[0] if c.content.spans else (0, 0), c.id)
        ),
        clusters=sorted(
            clusters,
            key=lambda k: (-k.independent_sources, -len(k.doc_ids), -len(k.claim_ids), k.id),
        ),
        notes=list(notes),
    )


def corroborated(report: Report) -> list[ClaimCluster]:
    """Clusters backed by two or more independent sources."""
    return [k for k in report.clusters if not k.single_sourced]


def single_sourced(report: Report) -> list[ClaimCluster]:
    """Clusters that rest on one source (one article, or many that share one upstream)."""
    return [k for k in report.clusters if k.single_sourced]
