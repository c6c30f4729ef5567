"""Report -> CSV: one row per claim, with its cluster's verdict, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from corroborate.render.view import ReportView, build_view
from corroborate.schema import Report

COLUMNS = (
    "cluster", "cluster_id", "verdict", "independent_sources", "cluster_articles",
    "claim_id", "doc_id", "path", "outlet", "url", "published", "speaker",
    "speaker_as_written", "cue", "content", "quote_type", "stance", "via", "chain",
    "confidence", "content_start", "content_end", "content_spans", "line",
)

# A cell a spreadsheet would run as a formula (OWASP's list: = + - @, and tab and carriage
# return, which some programs strip before looking).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet shows as text: a leading ' before a formula character."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def render_csv(
    report: Report, texts: Mapping[str, str] | None = None, *, view: ReportView | None = None
) -> str:
    """One row per claim, in the report's cluster order (corroborated first).

    Args:
        report: The report.
        texts: Texts of plain-text documents, for the line column; see `ingest.read_texts`.
        view: A view already built from the same report, to reuse.

    Returns:
        CSV text (RFC 4180: comma, double quotes, CRLF line ends) with a header row. Every
        text cell that starts with =, +, -, @, a tab or a carriage return is prefixed with
        ' so that no spreadsheet evaluates it. Offsets are character offsets into the
        document text; `line` is the 1-based line of the content's start in that text (for
        HTML and JSON inputs, the extracted text the report carries).
    """
    view = view or build_view(report, texts)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for cluster in view.clusters:
        k = cluster.cluster
        for m in cluster.members:
            c, d = m.claim, m.document
            spans = c.content.spans
            row: list[str | int | float] = [
                cluster.label, k.id, cluster.verdict, k.independent_sources, len(k.doc_ids),
                c.id, c.doc_id, d.path if d else "", (d.outlet or "") if d else "",
                (d.url or "") if d else "", (d.published or "") if d else "", c.speaker or "",
                c.source.text, c.cue.text, c.content.text, c.quote_type, c.stance, c.via or "",
                " <- ".join(m.chain), c.confidence,
                spans[0][0] if spans else "", spans[-1][1] if spans else "",
                " ".join(f"{s}-{e}" for s, e in spans), m.line if m.line is not None else "",
            ]
            writer.writerow([neutralise(v) if isinstance(v, str) else v for v in row])
    return buffer.getvalue()
