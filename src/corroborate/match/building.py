"""Building a `ClaimCluster` from a group of claims: speaker, gist, source links, variants of
quoted wordings, and the related clusters a contrast keeps apart (`corroborate.report` counts
its origins)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from corroborate.match.similarity import differing_words, quoted_parts
from corroborate.schema import Claim, ClaimCluster, Relation, SourceLink, Variant, hash_record
from corroborate.sources import Link

# the speaker a cluster is named after: a person before a government, an organisation, media...
_KIND_RANK = {"person": 0, "government": 1, "organization": 2, "media": 3, "collective": 4,
              "unknown": 5}


def make_cluster(
    members: Sequence[Claim],
    idx: Sequence[int],
    vec: npt.NDArray[np.float32],
    canon: dict[str, str],
    outlets: dict[str, str | None],
    links: Sequence[tuple[Claim, Claim, Link]],
) -> ClaimCluster:
    """The cluster of `members` (claims at rows `idx` of `vec`), with the source links
    (`links`) that tie its speakers named.

    Its origins are not counted here: `independent_sources` is 0 until `corroborate.report`
    counts them, and `evidence` holds the source links alone.
    """
    pos = {c.id: i for c, i in zip(members, idx, strict=True)}
    members = sorted(members, key=lambda c: c.id)
    claim_ids = [c.id for c in members]
    source_links = _source_links(links, canon)
    vias = {c.via for c in members}
    record: dict[str, Any] = {"claims": claim_ids}
    return ClaimCluster(
        id=hash_record("k", record),
        speaker=_speaker(members, canon),
        gist=_gist(members, [pos[c.id] for c in members], vec).content.text,
        claim_ids=claim_ids,
        doc_ids=sorted({c.doc_id for c in members}),
        outlets=sorted({o for c in members if (o := outlets.get(c.doc_id))}),
        independent_sources=0,
        single_sourced=True,
        upstream=next(iter(vias)) if len(vias) == 1 and None not in vias else None,
        variants=_variants(members),
        stances=sorted({c.stance for c in members}),
        source_links=source_links,
        evidence=[f"{s.a} ~ {s.b}: {s.kind} ({s.detail})" for s in source_links],
        kinds=sorted({c.kind for c in members}),
    )


def _speaker(members: Sequence[Claim], canon: dict[str, str]) -> str | None:
    """The cluster's speaker: the surest kind of source, then the most frequent, then by name."""
    speakers = Counter(
        (_KIND_RANK[c.speaker_kind], canon.get(c.speaker, c.speaker)) for c in members if c.speaker
    )
    return min(speakers, key=lambda s: (s[0], -speakers[s], s[1]))[1] if speakers else None


def _gist(members: Sequence[Claim], rows: list[int], vec: npt.NDArray[np.float32]) -> Claim:
    """The member closest to all others (medoid), ties to the surer, then the id."""
    sub = vec[rows]
    centrality = (sub @ sub.T).sum(axis=1)
    return min(
        zip(centrality.tolist(), members, strict=True),
        key=lambda t: (-round(t[0], 5), -t[1].confidence, t[1].id),
    )[1]


def _source_links(links: Sequence[tuple[Claim, Claim, Link]], canon: dict[str, str]) -> list[SourceLink]:
    """How the cluster's differently named sources are one: each pair of names and kind once."""
    seen_links: set[tuple[str, str, str]] = set()
    source_links = []
    for a, b, lk in links:
        names = sorted([canon.get(a.speaker or "", a.speaker or "(no source)"),
                        canon.get(b.speaker or "", b.speaker or "(no source)")])
        key = (names[0], names[1], lk.kind)
        if key in seen_links or names[0] == names[1]:
            continue
        seen_links.add(key)
        source_links.append(SourceLink(a=names[0], b=names[1], kind=lk.kind, detail=lk.detail))
    source_links.sort(key=lambda s: (s.a, s.b, s.kind))
    return source_links


def _variants(members: Sequence[Claim]) -> list[Variant]:
    """Wordings of a quoted statement that differ between articles, with who carries each."""
    quoted = [(c, quoted_parts(c)) for c in members]
    quoted = [(c, q) for c, q in quoted if q]
    if len({c.doc_id for c, _ in quoted}) < 2:
        return []
    by_text: dict[str, list[Claim]] = defaultdict(list)
    for c, parts in quoted:
        by_text[" … ".join(parts)].append(c)
    keys = {re.sub(r"\W+", " ", t.lower()).strip() for t in by_text}
    if len(keys) < 2:
        return []
    return [
        Variant(text=t, claim_ids=sorted(c.id for c in cs), doc_ids=sorted({c.doc_id for c in cs}))
        for t, cs in sorted(by_text.items())
    ]


def with_relations(
    clusters: Sequence[ClaimCluster], claims: Sequence[Claim],
    related: dict[int, list[tuple[int, list[str]]]],
) -> list[ClaimCluster]:
    """Each cluster with the other clusters its members are near-matches of, kept apart by a
    contrast (`related`: claim index -> (other claim index, differences)), and the words
    that differ."""
    cluster_of = {cid: cl.id for cl in clusters for cid in cl.claim_ids}
    index_of = {c.id: i for i, c in enumerate(claims)}
    final = []
    for cl in clusters:
        rel: dict[str, set[str]] = defaultdict(set)
        words: dict[str, set[str]] = defaultdict(set)
        for cid in cl.claim_ids:
            i = index_of[cid]
            for j, diffs in related.get(i, []):
                other = cluster_of[claims[j].id]
                if other != cl.id:
                    rel[other].update(diffs)
                    words[other].update(differing_words(claims[i].content.text, claims[j].content.text))
        relations = [Relation(cluster_id=k, differences=sorted(v), words=sorted(words[k])[:12])
                     for k, v in sorted(rel.items())]
        final.append(cl.model_copy(update={"related": relations}))
    return final
