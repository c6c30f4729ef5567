"""Every pydantic model that crosses a stage, and therefore the JSON report contract (v1)."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Span = tuple[int, int]
Status = Literal["ok", "skipped", "failed"]
SpeakerKind = Literal["person", "organization", "government", "media", "collective", "unknown"]
QuoteType = Literal["direct", "indirect", "mixed"]
# How the source stands to the content: a denial or a refusal to confirm is not support.
Stance = Literal["asserts", "denies", "declines", "questions"]
# What sort of attribution a claim is. Only a "statement" (something a source said, wrote or
# published) counts towards corroboration. A "prediction" is the writer's forecast or inference
# about the subject ("Kim would also likely seek ..."), an "intention" a plan or wish reported as
# fact ("X plans to ...", "is willing to ..."), a "perception" what an image or document showed,
# an "opinion" the writer's own view ("I am hopeful that ..."): they are kept in the report, so
# a reader sees them, and clustered, but never counted as an independent source.
# An "act" is a deed on the record reported as fact ("the Commission fined Staylane ...",
# `corroborate.acts`): the actor's, but no word of the actor's.
ClaimKind = Literal["statement", "prediction", "intention", "perception", "opinion", "act"]


def hash_record(prefix: str, record: dict[str, Any], *, size: int = 16) -> str:
    """A stable id from the sorted-key JSON of a record's defining fields."""
    blob = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{prefix}-{hashlib.sha1(blob.encode('utf-8')).hexdigest()[:size]}"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(_Model):
    """One input document as ingest hands it on: its text and what could be told about it.

    `text` is what every offset indexes. For plain-text files it is the file decoded with no
    newline translation; for HTML and JSON records it is the extracted text.
    """

    doc_id: str
    path: str
    text: str = ""
    status: Status = "ok"
    reason: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    body: Span | None = None
    format: str = "text"
    encoding: str | None = None
    url: str | None = None


class Document(_Model):
    """A report's record of one input: every input appears, good or bad."""

    doc_id: str
    path: str
    status: Status
    reason: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    body: Span | None = None
    format: str = "text"
    encoding: str | None = Field(
        default=None, description="the decoding used, and how it was decided"
    )
    url: str | None = None
    # Only for inputs that are not plain text: the extracted text the offsets index.
    text: str | None = None


class SpanText(_Model):
    """A role of a claim: its surface text and its character spans in the article text."""

    text: str
    spans: list[Span] = Field(default_factory=list)


class Claim(_Model):
    """An attributed claim: who (source) said (cue) what (content), in one article."""

    id: str
    doc_id: str
    source: SpanText
    cue: SpanText
    content: SpanText
    speaker: str | None = None
    speaker_kind: SpeakerKind = "unknown"
    quote_type: QuoteType
    via: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    stance: Stance = "asserts"
    # The spans of the content that the article puts in quotation marks, if any.
    quoted: list[Span] = Field(default_factory=list)
    # The relays between the source and the reader, outermost first: "Reuters reported that
    # state media published the minister's statement" gives ["Reuters", "state media"] for the
    # minister's claim. `via` stays the first relay that is an outlet or agency (contract v1).
    chain: list[str] = Field(default_factory=list)
    kind: ClaimKind = "statement"
    # The extraction rule that found the claim (`corroborate.attribution.registry`), for
    # inspection; not part of the claim's id.
    rule: str | None = None


class Variant(_Model):
    """One wording of a directly quoted statement and the articles that carry it."""

    text: str
    claim_ids: list[str]
    doc_ids: list[str]


class Relation(_Model):
    """A near-match that was kept apart, and why: a reversed number, a denial, ..."""

    cluster_id: str
    differences: list[str]
    # the words that differ: in this cluster's wording and not the other's, and the reverse
    words: list[str] = Field(default_factory=list)


class SourceLink(_Model):
    """Why two members' sources count as one source: how their speakers are tied together."""

    a: str
    b: str
    # same (one entity), member (a spokesperson of an office, an office of a state), state-media
    # (an agency of the state it speaks for), relay (one reported the other's words),
    # anonymous (an unnamed source admitted on strongly agreeing contents), unsourced (likewise)
    kind: str
    detail: str


class Origin(_Model):
    """One independent origin of a cluster, with the members that trace back to it and why."""

    name: str
    claim_ids: list[str]
    # why these members share this origin: "via The New York Times", "wire credit: AP",
    # "outlet", "article", "copies doc-x (near-identical paragraph)", "press release doc-y"
    reasons: list[str]


class ClaimCluster(_Model):
    """Claims from any number of articles that state the same proposition from one source."""

    id: str
    speaker: str | None = None
    gist: str
    claim_ids: list[str]
    doc_ids: list[str]
    outlets: list[str] = Field(default_factory=list)
    independent_sources: int
    single_sourced: bool
    upstream: str | None = None
    origins: list[str] = Field(default_factory=list)
    variants: list[Variant] = Field(default_factory=list)
    related: list[Relation] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    # the evidence behind the verdict: how the sources are one, where each origin comes from,
    # and the same in plain sentences for the table and the page
    source_links: list[SourceLink] = Field(default_factory=list)
    origin_details: list[Origin] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    # claims of other kinds than statements in the cluster (predictions, intentions, ...),
    # which do not count as origins
    kinds: list[ClaimKind] = Field(default_factory=list)


class Report(_Model):
    """The whole result of one run: the JSON contract's top level."""

    schema_version: Literal["1"] = "1"
    documents: list[Document]
    claims: list[Claim]
    clusters: list[ClaimCluster]
    # what the run could not do in full and the reader should know (e.g. the pair judge's
    # budget shrank on a very large run)
    notes: list[str] = Field(default_factory=list)
