"""Report -> JSON text, and Report -> rich renderables for people."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from corroborate.report import corroborated, single_sourced
from corroborate.schema import ClaimCluster, Report


def render_json(report: Report) -> str:
    """The contract's JSON, deterministic: sorted input, no timestamps, fixed indent."""
    return report.model_dump_json(indent=2) + "\n"


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _doc_label(doc_id: str, report: Report) -> str:
    """An article as a reader knows it: its outlet where told, and a short id."""
    doc = next((d for d in report.documents if d.doc_id == doc_id), None)
    short = doc_id if len(doc_id) <= 12 else doc_id[:11] + "…"
    return f"{doc.outlet} ({short})" if doc is not None and doc.outlet else short


def _notes(cluster: ClaimCluster, report: Report) -> str:
    notes = []
    if cluster.upstream:
        notes.append(f"all via {cluster.upstream}")
    if any(s != "asserts" for s in cluster.stances):
        notes.append("stance: " + ", ".join(cluster.stances))
    if cluster.variants:
        notes.append(f"{len(cluster.variants)} wordings")
    if cluster.related:
        kinds = sorted({d for r in cluster.related for d in r.differences})
        notes.append("differs from a near match: " + ", ".join(kinds))
    return "; ".join(notes)


def _cluster_table(title: str, clusters: list[ClaimCluster], report: Report, style: str) -> Table:
    table = Table(title=title, title_justify="left", title_style=style, show_lines=True,
                  expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Speaker", ratio=2)
    table.add_column("Claim", ratio=6)
    table.add_column("Articles", ratio=2)
    table.add_column("Indep.", justify="right", no_wrap=True)
    table.add_column("Notes", ratio=2)
    for n, k in enumerate(clusters, 1):
        table.add_row(
            str(n),
            k.speaker or "(no source)",
            _short(k.gist),
            "\n".join(_doc_label(d, report) for d in k.doc_ids) if len(k.doc_ids) < 6
            else f"{len(k.doc_ids)} articles",
            str(k.independent_sources),
            _notes(k, report),
        )
    return table


def render_table(report: Report) -> Group:
    """Corroborated claims first, single-sourced ones after, then any input problems."""
    multi, single = corroborated(report), single_sourced(report)
    ok = sum(d.status == "ok" for d in report.documents)
    header = Text.assemble(
        ("corroborate", "bold"),
        f": {len(report.documents)} documents ({ok} read), {len(report.claims)} claims, "
        f"{len(report.clusters)} distinct claims: {len(multi)} corroborated by 2+ independent "
        f"sources, {len(single)} single-sourced",
    )
    parts: list[Table | Text] = [header]
    parts.append(_cluster_table(f"Corroborated ({len(multi)})", multi, report, "bold green"))
    parts.append(_cluster_table(f"Single-sourced ({len(single)})", single, report, "bold yellow"))
    bad = [d for d in report.documents if d.status != "ok"]
    if bad:
        problems = Table(title=f"Inputs not read ({len(bad)})", title_justify="left",
                         title_style="bold red", expand=True)
        problems.add_column("Path", ratio=2)
        problems.add_column("Status", no_wrap=True)
        problems.add_column("Reason", ratio=5)
        for d in bad:
            problems.add_row(d.path, d.status, d.reason or "")
        parts.append(problems)
    return Group(*parts)
