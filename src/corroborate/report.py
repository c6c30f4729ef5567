"""Assembling the Report: each cluster's origins and independent sources counted, and
documents, claims and clusters in their contract order.

The matcher groups claims; what a group is worth as corroboration is counted here: the
independent origins its asserting statements trace back to (`corroborate.independence` says
where each claim comes from), so articles retelling one report count once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from corroborate.independence import OriginOf, one_name
from corroborate.schema import Article, Claim, ClaimCluster, Document, Origin, Report


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
    *, notes: Sequence[str] = (), origins: Mapping[str, OriginOf] | None = None,
) -> Report:
    """Count each cluster's origins and sort everything into the contract's order.

    Documents go by path, claims by (doc_id, content start), clusters with the
    best-corroborated first (most independent sources, then most articles), then by id.

    Args:
        documents: One record per input.
        claims: Every claim; the clusters name them by id.
        clusters: The matcher's groups of claims.
        notes: What the run could not do in full.
        origins: claim id -> its origin and why (`corroborate.independence.claim_origins`);
            a claim without one traces to its relay, else its article's outlet, else the
            article itself.

    Returns:
        The report.
    """
    outlets = {d.doc_id: d.outlet for d in documents}
    by_id = {c.id: c for c in claims}
    counted = [
        count_independence(k, [by_id[i] for i in k.claim_ids], origins or {}, outlets)
        for k in clusters
    ]
    return Report(
        documents=sorted(documents, key=lambda d: (d.path, d.doc_id)),
        claims=sorted(
            claims, key=lambda c: (c.doc_id, c.content.spans[0] if c.content.spans else (0, 0), c.id)
        ),
        clusters=sorted(
            counted,
            key=lambda k: (-k.independent_sources, -len(k.doc_ids), -len(k.claim_ids), k.id),
        ),
        notes=list(notes),
    )


def count_independence(
    cluster: ClaimCluster, members: Sequence[Claim], origins: Mapping[str, OriginOf],
    outlets: Mapping[str, str | None],
) -> ClaimCluster:
    """The cluster with its origins, independent sources and their evidence filled in.

    Args:
        cluster: A cluster as the matcher built it (its `evidence` holds the source links).
        members: The cluster's claims.
        origins: claim id -> its origin and why.
        outlets: doc_id -> outlet name (None where unknown), for claims with no origin.

    Returns:
        A copy of the cluster; the origins' evidence comes before the source links'.
    """
    voices = [(link.a, link.b) for link in cluster.source_links
              if link.kind == "member" and " speaks for " in link.detail]
    details = count_origins(members, origins, outlets, voices)
    evidence = [f"{o.name}: {', '.join(o.reasons) or 'origin'} ({len(o.claim_ids)} claim"
                f"{'s' if len(o.claim_ids) != 1 else ''})" for o in details]
    return cluster.model_copy(update={
        "independent_sources": len(details),
        "single_sourced": len(details) <= 1,
        "origins": [o.name for o in details],
        "origin_details": details,
        "evidence": evidence + list(cluster.evidence),
    })


def count_origins(
    members: Sequence[Claim], origins: Mapping[str, OriginOf], outlets: Mapping[str, str | None],
    voices: Sequence[tuple[str, str]] = (),
) -> list[Origin]:
    """The independent origins of a cluster's members, by name, with their claims and reasons.

    Only statements that assert count: a denial, a refusal, a writer's prediction or an
    image's content backs nothing; where no statement is among them, acts reported as fact
    count, each under its actor. A member with no entry in `origins` traces to its relay,
    else its article's outlet, else the article. `voices`: pairs of speakers the source graph
    ties as a spokesperson and the body they speak for (the cluster's "member" links); their
    written statements are one statement, the body's.
    """
    counting = [c for c in members if c.stance == "asserts" and c.kind == "statement"]
    if not counting:
        # a cluster of acts reported as fact (`corroborate.acts`) and nothing said: the actor
        # backs it, once, however many outlets retell the act
        counting = [c for c in members if c.stance == "asserts" and c.kind == "act"]
    # the speaker's statement as published at its source is among the members (a press
    # release, a page of the speaker's or its company's own site): the other members' same
    # statement of that speaker traces to it, unless they name another outlet they got it
    # from (a relay, `via`); "a press release and the articles quoting it are one origin",
    # whether or not an article says it quotes the release, and a wire story quoting it is
    # such an article (its copies, credited to the wire, with it)
    published = {c.speaker: (origins[c.id], c.doc_id) for c in counting
                 if c.id in origins and origins[c.id].published and c.speaker}
    by_origin: dict[str, list[Claim]] = defaultdict(list)
    reasons: dict[str, set[str]] = defaultdict(set)
    for c in counting:
        origin = origins.get(c.id)
        speaker = next((p for p in published if c.speaker and (
            one_name(p, c.speaker) or _one_of_the_pair(p, c.speaker, voices))), None)
        if speaker is not None and not c.chain and not c.via and (
                origin is None or not (origin.published or origin.spoken)):
            own, doc = published[speaker]
            by_origin[own.name].append(c)
            reasons[own.name].add(f"{c.doc_id} carries the statement of {c.speaker} that {doc} "
                                  f"published")
            continue
        name = origin.name if origin is not None else _fallback_origin(c, outlets)
        by_origin[name].append(c)
        reasons[name].update(origin.reasons if origin is not None else ())
    _merge_one_names(by_origin, reasons)
    _merge_voices(by_origin, reasons, voices)
    return [
        Origin(name=name, claim_ids=sorted(c.id for c in cs), reasons=sorted(reasons[name]))
        for name, cs in sorted(by_origin.items())
    ]


def _one_of_the_pair(member: str, group: str, voices: Sequence[tuple[str, str]]) -> bool:
    """Whether the source graph ties a pair's speaker ("Albion Air and Highland Atlantic
    Airways", "the companies said") to one of the pair: the statement both issued is the one
    its publisher put out (`speakers.groups`)."""
    return " and " in group and member in group.split(" and ") and (
        (member, group) in voices or (group, member) in voices)


def _merge_one_names(by_origin: dict[str, list[Claim]], reasons: dict[str, set[str]]) -> None:
    """Statements of one organisation under two names ("statement of FAA" and "statement of
    Federal Aviation Administration", `independence.one_name`) are one origin, under the
    fuller name; so is an outlet under its initials and its full name ("RRR" credited in one
    article, "RRR - Rhein-Ruhr Rundfunk" the byline of another)."""
    prefix = "statement of "
    for statements in (True, False):
        names = sorted((n for n in by_origin if n.startswith(prefix) == statements
                        and not n.startswith("doc:")), key=lambda n: (-len(n), n))
        for short in reversed(names):
            a = short.removeprefix(prefix) if statements else short
            full = next((n for n in names if n != short and len(n) > len(short) and n in by_origin
                         and one_name(a, n.removeprefix(prefix) if statements else n)
                         and (statements or a.isupper())), None)
            if full is not None and short in by_origin:
                by_origin[full].extend(by_origin.pop(short))
                reasons[full].update(reasons.pop(short, set()))
                reasons[full].add(f"{a} is {full.removeprefix(prefix) if statements else full}")


def _merge_voices(by_origin: dict[str, list[Claim]], reasons: dict[str, set[str]],
                  voices: Sequence[tuple[str, str]]) -> None:
    """A spokesperson's written statement and the written statement of the body they speak
    for ("agency spokeswoman Carla Mendes said in a statement", "the FDA said in a
    statement") are one origin, under the second name of the link. An outlet's own interview
    with the spokesperson is no written statement and keeps its own origin."""
    prefix = "statement of "
    for a, b in voices:
        one, other = prefix + a, prefix + b
        if one in by_origin and other in by_origin and one != other:
            by_origin[other].extend(by_origin.pop(one))
            reasons[other].update(reasons.pop(one, set()))
            reasons[other].add(f"{a} speaks for {b}")


def _fallback_origin(claim: Claim, outlets: Mapping[str, str | None]) -> str:
    """The report a claim with no known origin traces back to: its `via`, else its article's
    outlet, else the article itself."""
    if claim.via:
        return claim.via
    outlet = outlets.get(claim.doc_id)
    return outlet if outlet else f"doc:{claim.doc_id}"


def corroborated(report: Report) -> list[ClaimCluster]:
    """Clusters backed by two or more independent sources."""
    return [k for k in report.clusters if not k.single_sourced]


def single_sourced(report: Report) -> list[ClaimCluster]:
    """Clusters that rest on one source (one article, or many that share one upstream)."""
    return [k for k in report.clusters if k.single_sourced]
