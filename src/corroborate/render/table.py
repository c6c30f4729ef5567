"""Report -> a rich renderable for the terminal: every cluster with every article's wording."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from corroborate.render.view import ClusterView, ReportView, build_view
from corroborate.schema import Report

# The location column: "National Review" over "002_21bbfc0d75dd26d7.txt:14", or a path:line.
_WHERE_WIDTH = 30


def render_table(
    report: Report, texts: Mapping[str, str] | None = None, *, view: ReportView | None = None
) -> Group:
    """Corroborated claims first, single-sourced after, problems, then the summary again.

    Each cluster is a heading (label, speaker, articles and independent origins and why)
    with one entry per article under it, ripgrep-style: where it is (outlet and
    ``path:line``) and the article's own wording, so that a wrong merge shows. Notes name
    the cluster they refer to by its label.

    Args:
        report: The report.
        texts: Texts of plain-text documents (for line numbers); see `ingest.read_texts`.
        view: A view already built from the same report, to reuse.
    """
    view = view or build_view(report, texts)
    parts: list[RenderableType] = [_summary(view)]
    for title, clusters, style in (
        (f"Corroborated ({len(view.corroborated)}): backed by 2+ independent origins",
         view.corroborated, "bold green"),
        (f"Single-sourced ({len(view.single)})", view.single, "bold yellow"),
    ):
        parts.append(Text(""))
        parts.append(Rule(Text(title, style=style), align="left", characters="─"))
        if not clusters:
            parts.append(Text("  (none)", style="dim"))
        for cluster in clusters:
            parts.append(_cluster(cluster))
    if view.not_read:
        problems = Table(title=f"Inputs not read ({len(view.not_read)})", title_justify="left",
                         title_style="bold red", expand=True)
        problems.add_column("Path", ratio=2)
        problems.add_column("Status", no_wrap=True)
        problems.add_column("Reason", ratio=5)
        for d in view.not_read:
            problems.add_row(d.path, d.status, d.reason or "")
        parts.append(Text(""))
        parts.append(problems)
    for note in view.notes:
        parts.append(Text.assemble(("note: ", "bold"), note))
    # Again at the end: a long table scrolls the first one off the screen.
    parts.append(Text(""))
    parts.append(_summary(view))
    return Group(*parts)


def _summary(view: ReportView) -> Text:
    return Text.assemble(("corroborate", "bold"), ": ", view.summary)


def _cluster(cluster: ClusterView) -> Group:
    k = cluster.cluster
    head = Text.assemble((k.speaker or "(no named source)", "bold cyan"), " — ", cluster.why)
    members = Table.grid(padding=(0, 2), expand=True)
    members.add_column(width=_WHERE_WIDTH, overflow="fold")
    members.add_column(ratio=1, overflow="fold")
    for m in cluster.members:
        where = Text()
        if m.document is not None and m.document.outlet:
            where.append(m.document.outlet, style="bold")
            if m.document.published:
                where.append(f" {m.document.published}", style="dim")
            where.append("\n")
        elif m.document is not None and m.document.published:
            where.append(f"{m.document.published}\n", style="dim")
        where.append(m.location, style="magenta")
        wording = Text()
        if m.claim.source.text and m.claim.source.text != k.speaker:
            wording.append(f"{m.claim.source.text}: ", style="cyan")
        wording.append(m.wording)
        if m.claim.stance != "asserts":
            wording.append(f" [{m.claim.stance}]", style="red")
        if m.kind:
            wording.append(f" [{m.kind}]", style="blue")
        via = " ← ".join(m.chain) if m.chain else m.claim.via
        if via:
            wording.append(f" (via {via})", style="dim")
        members.add_row(where, wording)
    body: list[RenderableType] = [head, members]
    if len(cluster.members) > 1:
        for line in cluster.evidence:
            body.append(Text.assemble(("why: ", "dim"), line))
    if cluster.notes:
        body.append(Text.assemble(("note: ", "dim"), "; ".join(cluster.notes)))
    outer = Table.grid(padding=(0, 2), expand=True)
    outer.add_column(width=4, justify="right", no_wrap=True)
    outer.add_column(ratio=1)
    outer.add_row(Text(cluster.label, style="bold"), Group(*body))
    return Group(Text(""), outer)
