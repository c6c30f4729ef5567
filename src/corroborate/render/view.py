"""What every human-facing format shows, worked out once from a Report: labels, members, lines.

Nothing here is judged anew: verdicts, origins and differences are the report's. This module
only arranges them for reading (which article a member is, on which line, in which
sentence) so that the table, the HTML page and the CSV say the same thing.
"""

from __future__ import annotations

import difflib
import itertools
import posixpath
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import quote, urlsplit

from corroborate.schema import Claim, ClaimCluster, Document, Report, Span

Role = Literal["source", "cue", "content", "quoted"]
Verdict = Literal["corroborated", "single-sourced"]

# Longest stretch of an article shown as "the sentence" of a claim; a longer window is cut.
_MAX_SENTENCE = 1_200
_PARAGRAPH_LIMIT = 700
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]")
_WORD = re.compile(r"\S+\s*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DOC_REF = re.compile(r"\bdoc:([\w.#-]*\w)")


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text with the roles it plays (empty: plain text around the claim)."""

    text: str
    roles: frozenset[str] = frozenset()
    claims: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    off_body: bool = False


@dataclass(frozen=True, slots=True)
class Member:
    """One claim of a cluster, as the article that carries it states it."""

    claim: Claim
    document: Document | None
    label: str  # the outlet, else the file
    location: str  # "path:line" for text files, else the path ("feed.jsonl#3", "page.html")
    line: int | None
    url: str | None  # an http(s) address of the article, never anything else
    href: str | None  # the URL, else a relative link to the file
    wording: str
    sentence: tuple[Segment, ...] | None
    chain: tuple[str, ...]
    anchor: str  # the id of the claim's place in the article view
    kind: str | None = None  # a claim kind other than a statement (prediction, ...)


@dataclass(frozen=True, slots=True)
class Origin:
    """One independent origin of a cluster and the members that trace back to it."""

    name: str
    carried_by: tuple[str, ...]  # labels of the articles that cite it, when not its own
    reasons: tuple[str, ...] = ()  # why these members share it, where the report says


@dataclass(frozen=True, slots=True)
class Related:
    label: str
    anchor: str
    gist: str
    differences: tuple[str, ...]
    words: tuple[str, ...] = ()  # the words that differ, where the report says


@dataclass(frozen=True, slots=True)
class VariantView:
    words: tuple[tuple[str, bool], ...]  # (word, differs from the other wording)
    where: tuple[str, ...]  # labels of the articles that carry it


@dataclass(frozen=True, slots=True)
class ClusterView:
    cluster: ClaimCluster
    label: str  # "C1" corroborated, "S1" single-sourced
    anchor: str
    verdict: Verdict
    members: tuple[Member, ...]
    origins: tuple[Origin, ...]
    why: str  # "3 articles, 1 origin: The New York Times, cited by ..."
    stances: tuple[str, ...]
    variants: tuple[VariantView, ...]
    related: tuple[Related, ...]
    evidence: tuple[str, ...]
    links: tuple[str, ...]  # how members' sources are one source, where the report says
    notes: tuple[str, ...]
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DocumentView:
    document: Document
    label: str
    anchor: str
    url: str | None
    href: str | None
    claims: int
    segments: tuple[Segment, ...] | None  # None when the text is not at hand


@dataclass(frozen=True, slots=True)
class ReportView:
    report: Report
    corroborated: tuple[ClusterView, ...]
    single: tuple[ClusterView, ...]
    documents: tuple[DocumentView, ...]
    read: int
    not_read: tuple[Document, ...]
    speakers: tuple[str, ...]
    outlets: tuple[str, ...]
    stances: tuple[str, ...]
    summary: str
    notes: tuple[str, ...] = ()  # what the run could not do in full, where the report says
    label_of: dict[str, str] = field(default_factory=dict)
    # claim id -> (its html id, its cluster's label, its cluster's html id)
    marker: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    @property
    def clusters(self) -> tuple[ClusterView, ...]:
        return self.corroborated + self.single


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) address, else None: nothing else becomes a link."""
    if not url or _CONTROL.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return url


def html_id(prefix: str, value: str) -> str:
    """An HTML id from a report id: only letters, digits, "-" and "_" survive."""
    return f"{prefix}{_UNSAFE_ID.sub('-', value)}"


def line_of(text: str, offset: int) -> int:
    """The 1-based line of a character offset."""
    return text.count("\n", 0, max(0, min(offset, len(text)))) + 1


def build_view(
    report: Report,
    texts: Mapping[str, str] | None = None,
    *,
    file_base: str | None = None,
) -> ReportView:
    """Arrange a report for people.

    Args:
        report: The report.
        texts: Texts of the documents whose report record does not carry one (plain UTF-8
            files), by document id; see `ingest.read_texts`. Without them, sentences, line
            numbers and the article view are left out for those documents.
        file_base: Where the input files are, relative to where the output will be opened
            ("seeds" for a report written beside the seeds folder); None for no file links.

    Returns:
        The view every human-facing renderer draws from.
    """
    index = _index(report, texts or {}, file_base)
    corroborated = tuple(_cluster_view(index, k) for k in report.clusters if not k.single_sourced)
    single = tuple(_cluster_view(index, k) for k in report.clusters if k.single_sourced)
    all_views = corroborated + single
    return ReportView(
        report=report,
        corroborated=corroborated,
        single=single,
        documents=_document_views(report, index),
        read=sum(d.status == "ok" for d in report.documents),
        not_read=tuple(d for d in report.documents if d.status != "ok"),
        speakers=tuple(sorted({v.cluster.speaker for v in all_views if v.cluster.speaker},
                              key=str.casefold)),
        outlets=tuple(sorted({o for v in all_views for o in v.outlets}, key=str.casefold)),
        stances=tuple(sorted({s for v in all_views for s in v.stances})),
        summary=summary_line(report),
        notes=tuple(str(n) for n in getattr(report, "notes", None) or ()),
        label_of=index.label_of,
        marker=_markers(report, index.label_of),
    )


@dataclass(frozen=True, slots=True)
class _Index:
    """What the parts of a view look up by id: documents, claims, texts, labels, gists."""

    documents: Mapping[str, Document]
    claims: Mapping[str, Claim]
    text_of: Mapping[str, str]  # the text of each document whose text is at hand
    doc_label: Mapping[str, str]  # the outlet, else the file
    label_of: dict[str, str]  # cluster id -> "C1", "S1"
    gist_of: Mapping[str, str]  # cluster id -> its gist
    file_base: str | None


def _index(report: Report, texts: Mapping[str, str], file_base: str | None) -> _Index:
    return _Index(
        documents={d.doc_id: d for d in report.documents},
        claims={c.id: c for c in report.claims},
        text_of={
            d.doc_id: t for d in report.documents
            if (t := d.text if d.text is not None else texts.get(d.doc_id)) is not None
        },
        doc_label={d.doc_id: d.outlet or d.path for d in report.documents},
        label_of=_cluster_labels(report),
        gist_of={k.id: k.gist for k in report.clusters},
        file_base=file_base,
    )


def _cluster_labels(report: Report) -> dict[str, str]:
    """Cluster id -> "C1", "C2", ... for the corroborated, "S1", ... for the single-sourced."""
    label_of: dict[str, str] = {}
    multi = [k for k in report.clusters if not k.single_sourced]
    single = [k for k in report.clusters if k.single_sourced]
    for prefix, group in (("C", multi), ("S", single)):
        for n, k in enumerate(group, 1):
            label_of[k.id] = f"{prefix}{n}"
    return label_of


def _member(index: _Index, claim: Claim) -> Member:
    """A claim as the article that carries it states it: where, in which sentence."""
    doc = index.documents.get(claim.doc_id)
    text = index.text_of.get(claim.doc_id)
    start = _first(claim.content.spans) or _first(claim.source.spans)
    line = line_of(text, start) if text is not None and start is not None else None
    path = doc.path if doc is not None else claim.doc_id
    textual = doc is not None and doc.format == "text"
    location = f"{path}:{line}" if textual and line is not None else path
    url = safe_url(doc.url) if doc is not None else None
    return Member(
        claim=claim,
        document=doc,
        label=index.doc_label.get(claim.doc_id, claim.doc_id),
        location=location,
        line=line,
        url=url,
        href=url or _file_href(path, index.file_base),
        wording=" ".join(claim.content.text.split()),
        sentence=_sentence(text, claim) if text is not None else None,
        chain=tuple(getattr(claim, "chain", None) or ()),
        anchor=html_id("claim-", claim.id),
        kind=kind if (kind := getattr(claim, "kind", None)) not in (None, "statement")
        else None,
    )


def _cluster_view(index: _Index, k: ClaimCluster) -> ClusterView:
    """A cluster with its members in article order, its origins, wordings and near-matches."""
    members = tuple(
        sorted(
            (_member(index, index.claims[c]) for c in k.claim_ids if c in index.claims),
            key=lambda m: (m.claim.doc_id, _first(m.claim.content.spans) or 0, m.claim.id),
        )
    )
    origins = _origins(k, members, index.doc_label)
    related = _related(index, k)
    variants = _variants(k, index.doc_label)
    return ClusterView(
        cluster=k,
        label=index.label_of[k.id],
        anchor=html_id("", k.id),
        verdict="single-sourced" if k.single_sourced else "corroborated",
        members=members,
        origins=origins,
        why=_why(k, origins),
        stances=tuple(k.stances),
        variants=variants,
        related=related,
        evidence=tuple(_name_docs(str(e), index.doc_label)
                       for e in (getattr(k, "evidence", None) or ())),
        links=_links(k),
        notes=_notes(k, variants, related),
        outlets=tuple(sorted({m.document.outlet for m in members
                              if m.document is not None and m.document.outlet})),
    )


def _related(index: _Index, k: ClaimCluster) -> tuple[Related, ...]:
    """The near-matches kept apart from a cluster, by label, with what differs."""
    return tuple(
        Related(index.label_of.get(r.cluster_id, r.cluster_id), html_id("", r.cluster_id),
                _short(index.gist_of.get(r.cluster_id, ""), 140), tuple(r.differences),
                tuple(str(w) for w in getattr(r, "words", None) or ()))
        for r in k.related
    )


def _links(k: ClaimCluster) -> tuple[str, ...]:
    """How the members' sources are one source, as "a and b: kind (detail)" lines."""
    return tuple(
        f"{link.a} and {link.b}: {link.kind}" + (f" ({link.detail})" if link.detail else "")
        for link in getattr(k, "source_links", None) or ()
    )


def _document_views(report: Report, index: _Index) -> tuple[DocumentView, ...]:
    """Each input document with its claim count and, where its text is at hand, its segments."""
    by_doc: dict[str, list[Claim]] = {}
    for claim in report.claims:
        by_doc.setdefault(claim.doc_id, []).append(claim)
    return tuple(
        DocumentView(
            document=d,
            label=index.doc_label[d.doc_id],
            anchor=f"doc-{n}",
            url=safe_url(d.url),
            href=safe_url(d.url) or _file_href(d.path, index.file_base),
            claims=len(by_doc.get(d.doc_id, [])),
            segments=(_article_segments(index.text_of[d.doc_id], d, by_doc.get(d.doc_id, []))
                      if d.status == "ok" and d.doc_id in index.text_of else None),
        )
        for n, d in enumerate(report.documents, 1)
    )


def _markers(report: Report, label_of: Mapping[str, str]) -> dict[str, tuple[str, str, str]]:
    """Claim id -> (its html id, its cluster's label, its cluster's html id)."""
    return {
        c: (html_id("claim-", c), label_of[k.id], html_id("", k.id))
        for k in report.clusters for c in k.claim_ids
    }


def summary_line(report: Report) -> str:
    """One line: articles read and not, claims, corroborated and single-sourced."""
    read = sum(d.status == "ok" for d in report.documents)
    multi = sum(not k.single_sourced for k in report.clusters)
    single = len(report.clusters) - multi
    return (
        f"{read} of {_count(len(report.documents), 'article')} read · "
        f"{_count(len(report.claims), 'claim')}, {len(report.clusters)} distinct · "
        f"{multi} corroborated · {single} single-sourced"
    )


def _name_docs(text: str, doc_label: Mapping[str, str]) -> str:
    """Evidence as a reader knows the articles: "doc:001_x" becomes its outlet or file."""
    return _DOC_REF.sub(lambda m: doc_label.get(m.group(1), m.group(0)), text)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _first(spans: Sequence[Span]) -> int | None:
    return min((s for s, _ in spans), default=None)


def _file_href(path: str, file_base: str | None) -> str | None:
    if file_base is None or path == "-":
        return None
    target = posixpath.join(file_base, path.split("#", 1)[0]) if file_base else path
    # quoted, so that no file name reads as a scheme ("javascript:x.txt") or a query
    href = quote(target, safe="/")
    return href if href.startswith(("/", "../")) else "./" + href


def _origin_of(member: Member) -> str:
    if member.claim.via:
        return member.claim.via
    if member.document is not None and member.document.outlet:
        return member.document.outlet
    return f"doc:{member.claim.doc_id}"


def _origins(
    k: ClaimCluster, members: Sequence[Member], doc_label: Mapping[str, str]
) -> tuple[Origin, ...]:
    """The cluster's origins with the articles that carry each, when they cite it."""
    from corroborate.outlets import outlet_key

    def key(name: str) -> str:
        return name if name.startswith("doc:") else outlet_key(name)

    details = getattr(k, "origin_details", None) or []
    if details:
        label_of_claim = {m.claim.id: m for m in members}
        found = []
        for origin in details:
            carried = [label_of_claim[c] for c in origin.claim_ids if c in label_of_claim]
            name = origin.name
            if name.startswith("doc:"):
                name = doc_label.get(name[4:], name[4:])
            cited = sorted({m.label for m in carried if key(m.label) != key(name)},
                           key=str.casefold)
            found.append(Origin(name, tuple(cited), tuple(origin.reasons)))
        return tuple(found)
    carriers: dict[str, set[str]] = {}
    for m in members:
        name = _origin_of(m)
        own = m.document is not None and m.document.outlet and key(name) == key(
            m.document.outlet)
        if not name.startswith("doc:") and not own:
            carriers.setdefault(key(name), set()).add(m.label)
    result = []
    for name in k.origins:
        shown = doc_label.get(name[4:], name[4:]) if name.startswith("doc:") else name
        result.append(Origin(shown, tuple(sorted(carriers.get(key(name), set()),
                                                 key=str.casefold))))
    return tuple(result)


def _why(k: ClaimCluster, origins: Sequence[Origin]) -> str:
    articles = _count(len(k.doc_ids), "article")
    count = k.independent_sources
    head = f"{articles}, {count} independent origin" + ("" if count == 1 else "s")
    parts = []
    for origin in origins:
        if origin.carried_by:
            parts.append(f"{origin.name}, cited by {', '.join(origin.carried_by)}")
        else:
            parts.append(origin.name)
    if not parts:
        return head
    return f"{head}: " + "; ".join(parts)


def _notes(
    k: ClaimCluster, variants: Sequence[VariantView], related: Sequence[Related]
) -> tuple[str, ...]:
    notes = []
    if k.upstream:
        notes.append(f"every article traces this to {k.upstream}")
    if any(s != "asserts" for s in k.stances):
        notes.append("stance: " + ", ".join(k.stances) + " (denials and refusals are not support)")
    if len(variants) > 1:
        notes.append(f"{len(variants)} wordings of the quote")
    for r in related:
        shown = " / ".join(r.words[:6]) + (" …" if len(r.words) > 6 else "")
        words = f": {shown}" if r.words else ""
        notes.append(f"kept apart from {r.label} ({', '.join(r.differences)}{words})")
    return tuple(notes)


def _variants(k: ClaimCluster, doc_label: Mapping[str, str]) -> tuple[VariantView, ...]:
    if len(k.variants) < 2:
        return ()
    texts = [v.text for v in k.variants]
    views = []
    for n, variant in enumerate(k.variants):
        other = texts[1] if n == 0 else texts[0]
        views.append(VariantView(_word_diff(variant.text, other),
                                 tuple(doc_label.get(d, d) for d in variant.doc_ids)))
    return tuple(views)


def _word_diff(text: str, other: str) -> tuple[tuple[str, bool], ...]:
    """The words of `text`, each marked when `other` does not have it in the same place."""
    words = _WORD.findall(text)
    theirs = _WORD.findall(other)

    def norm(w: str) -> str:
        return w.strip().strip("“”\"'‘’,.;:!?[]()").casefold()

    matcher = difflib.SequenceMatcher(None, [norm(w) for w in words],
                                      [norm(w) for w in theirs], autojunk=False)
    same = [False] * len(words)
    for block in matcher.get_matching_blocks():
        for i in range(block.a, block.a + block.size):
            same[i] = True
    runs: list[tuple[str, bool]] = []
    for word, kept in zip(words, same, strict=True):
        if runs and runs[-1][1] == (not kept):
            runs[-1] = (runs[-1][0] + word, not kept)
        else:
            runs.append((word, not kept))
    return tuple(runs)


def _roles(claim: Claim) -> list[tuple[Span, str]]:
    spans: list[tuple[Span, str]] = []
    spans += [(s, "content") for s in claim.content.spans]
    spans += [(s, "quoted") for s in claim.quoted]
    spans += [(s, "source") for s in claim.source.spans]
    spans += [(s, "cue") for s in claim.cue.spans]
    return spans


def _sentence(text: str, claim: Claim) -> tuple[Segment, ...] | None:
    """The sentence (or paragraph) a claim stands in, cut into its roles."""
    roles = [(s, r) for s, r in _roles(claim) if 0 <= s[0] < s[1] <= len(text)]
    if not roles:
        return None
    lo = min(s for (s, _), _r in roles)
    hi = max(e for (_s, e), _r in roles)
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    end = len(text) if end < 0 else end
    if end - start > _PARAGRAPH_LIMIT:
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, start, end)]
        start = max([b for b in breaks if b <= lo], default=start)
        end = min([b for b in breaks if b >= hi], default=end)
    if end - start > _MAX_SENTENCE:
        start, end = max(start, lo - 100), min(end, hi + 100)
    segments = _segments(text, start, end, [(s, r, claim.id) for s, r in roles])
    lead = ("…",) if start > 0 and text[start - 1] not in "\n" else ()
    tail = ("…",) if end < len(text) and text[end:end + 1] not in ("\n", "") else ()
    parts = [Segment(x) for x in lead] + [
        Segment(s.text.strip("\r\n") if i in (0, len(segments) - 1) else s.text,
                s.roles, s.claims) for i, s in enumerate(segments)
    ] + [Segment(x) for x in tail]
    return tuple(p for p in parts if p.text)


def _segments(
    text: str,
    start: int,
    end: int,
    spans: Sequence[tuple[Span, str, str]],
    *,
    body: Span | None = None,
    anchors: Mapping[int, tuple[str, ...]] | None = None,
) -> list[Segment]:
    cuts = {start, end}
    for (s, e), _role, _claim in spans:
        cuts.update(x for x in (s, e) if start < x < end)
    if body is not None:
        cuts.update(x for x in body if start < x < end)
    if anchors:
        cuts.update(x for x in anchors if start < x < end)
    points = sorted(cuts)
    result = []
    for a, b in itertools.pairwise(points):
        roles = frozenset(r for (s, e), r, _c in spans if s <= a and b <= e)
        claims = tuple(sorted({c for (s, e), _r, c in spans if s <= a and b <= e}))
        off = body is not None and not (body[0] <= a and b <= body[1])
        result.append(Segment(text[a:b], roles, claims,
                              (anchors or {}).get(a, ()), off))
    return result


def _article_segments(
    text: str, document: Document, claims: Sequence[Claim]
) -> tuple[Segment, ...]:
    """The whole article cut at every claim's roles, the body's edges and each claim's start."""
    spans = [(s, r, c.id) for c in claims for s, r in _roles(c) if 0 <= s[0] < s[1] <= len(text)]
    anchors: dict[int, list[str]] = {}
    for c in claims:
        starts = [s for (s, _e), _r, cid in spans if cid == c.id]
        if starts:
            anchors.setdefault(min(starts), []).append(c.id)
    body = document.body if document.body is not None else (0, len(text))
    return tuple(_segments(text, 0, len(text), spans, body=body,
                           anchors={k: tuple(v) for k, v in anchors.items()}))
