"""Attributions and an Article to Claims: body bounds, speakers, relay chains, wire credits and ids."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from corroborate import lexicon as lx
from corroborate.acts import find_acts
from corroborate.attribution.finder import find_attributions
from corroborate.attribution.model import Attribution, CharSpan
from corroborate.attribution.quotes import QUOTE_RE, find_quotes
from corroborate.attribution.spans import doc_text
from corroborate.releases import Release, issuer_name, read_release
from corroborate.schema import (
    Article,
    Claim,
    QuoteType,
    SpanText,
    SpeakerKind,
    hash_record,
)
from corroborate.speakers import (
    SpeakerResolver,
    media_canonical,
    names_an_outlet,
)
from corroborate.speakers.mentions import org_kind

_WIRE_RE = re.compile(
    r"(?:\b(?P<credit>Associated Press|The Associated Press|Reuters|AFP|Agence France-Presse|"
    r"Bloomberg|dpa|Yonhap)\s+contributed\s+(?:reporting|to\s+this\s+(?:report|story))\b)"
    r"|(?:^|\n)[^\n]{0,60}?\((?P<byline>AP|Reuters|AFP)\)\s*[-—–]",
)


# a wire agency named on a byline or credit line at an article's head: "By Jenna Lavallee,
# Westman Herald, with files from The Associated Press", "The Nordic Post, with Associated
# Press", "Reykjavík Daily staff and Reuters", "Reuters in Lima", "Asia Pacific Daily, from
# Agence France-Presse"
_WIRE_NAME = re.compile(r"\b(?P<wire>(?:The )?Associated Press|AP|Reuters|AFP|Agence France-Presse|"
                        r"Bloomberg|dpa|Yonhap)\b")
# the only lower-case words a credit line holds ("staff", "with files from"): a line with any
# other ("Reuters reported on Monday") is a sentence, not a credit
_CREDIT_WORDS = frozenset("by with files from and staff in the of reporting additional agencies "
                          "writers writer reporter reporters correspondent".split())
# how many non-empty lines after the headline a byline may stand on
_CREDIT_LINES = 3


def wire_credits(text: str) -> list[str]:
    """Wire agencies an article credits: "Associated Press contributed reporting.", "(AP) —",
    or a credit line under the headline ("with files from The Associated Press", "Reykjavík
    Daily staff and Reuters", "Reuters in Lima").

    Claims without an explicit `via` in such an article may come from the wire, so the
    report counts the agency as their origin: two articles built on one AP story are one
    source.
    """
    found = set()
    for m in _WIRE_RE.finditer(text):
        name = m.group("credit") or m.group("byline")
        found.add(media_canonical(name))
    lines = [line.strip() for line in text.split("\n", 12)[:12] if line.strip()]
    for line in lines[1 : 1 + _CREDIT_LINES]:
        lower = {w for w in re.findall(r"[^\W\d]+", line) if w.islower()}
        wire = _WIRE_NAME.search(line)
        if wire and len(line) <= 100 and not line.endswith(".") and lower <= _CREDIT_WORDS:
            found.add(media_canonical(wire.group("wire")))
    return sorted(found)


def quote_type(content: str) -> QuoteType:
    """Direct if the content starts and ends with a quote mark, mixed if it has one."""
    content = content.strip()
    if content and QUOTE_RE.match(content) and content[-1] in "\"“”»’'":
        return "direct"
    return "mixed" if QUOTE_RE.search(content) else "indirect"


def extract_claims(
    doc: Doc, article: Article, atts: Sequence[Attribution] | None = None, *, offset: int = 0
) -> list[Claim]:
    """Claims of one article: attributions inside its body, with speakers resolved.

    Args:
        doc: The article's text parsed by the pipeline (with `corroborate_attributions`, or
            without it, when `atts` is given or the rules are run here).
        article: The article, whose `body` bounds where claims may come from.
        atts: Attributions already found by the pipeline component.
        offset: Where `doc.text` starts in `article.text` (a long text is parsed in parts).

    Returns:
        Claims sorted by content start.
    """
    if atts is None:
        atts = find_attributions(doc)
    text = doc_text(doc)
    all_quotes = find_quotes(text)
    full = article.body if article.body is not None else (0, len(article.text or text))
    body = (full[0] - offset, full[1] - offset)
    resolver = SpeakerResolver(doc, text, outlet=article.outlet)
    claims: list[Claim] = []
    for att in sorted(atts, key=lambda a: a.content[0]):
        if not _in_body(att, body):
            continue
        speaker, kind = resolver.resolve(att.source, att.source_token, att.content)
        if att.source_token is not None and speaker:
            resolver.speakers.append((att.source_token, speaker, kind))
        chain = _chain_names(resolver, att, speaker)
        via = _via(resolver, att, speaker, kind, chain)
        claims.append(_claim(article, text, att, all_quotes, offset, speaker=speaker, kind=kind,
                             via=via, chain=[name for name, _ in chain]))
    # a release's head is at the article's top: only its first part reads it
    release = read_release(doc, text, body, list(atts), all_quotes) if offset == 0 else None
    if release is not None and release.issuer is not None:
        replaced = {_claim_id(article, att, offset) for att in release.replaced}
        claims = _issuers_unsourced([c for c in claims if c.id not in replaced], text, release)
        claims.extend(_release_claims(article, text, release, all_quotes))
        claims.sort(key=_position)
    acts = _act_claims(doc, article, text, atts, release, all_quotes, body, offset, resolver)
    if acts:
        claims = sorted([*claims, *acts], key=_position)
    return claims


def _position(claim: Claim) -> tuple[tuple[int, int], tuple[int, int]]:
    return claim.content.spans[0], claim.cue.spans[0] if claim.cue.spans else (0, 0)


def _act_claims(doc: Doc, article: Article, text: str, atts: Sequence[Attribution],
                release: Release | None, all_quotes: Sequence[CharSpan], body: CharSpan,
                offset: int, resolver: SpeakerResolver) -> list[Claim]:
    """Acts on the record (`corroborate.acts`) that no attribution or release sentence reads,
    with an actor the resolver names."""
    covered = [span for att in atts for span in (*att.cue, *att.content)]
    if release is not None and release.issuer is not None:
        covered.extend(release.spans)
    out = []
    for att in find_acts(doc, covered):
        if not _in_body(att, body):
            continue
        speaker, kind = resolver.resolve(att.source, att.source_token, att.content)
        if speaker:
            out.append(_claim(article, text, att, all_quotes, offset, speaker=speaker, kind=kind,
                              via=None, chain=[]))
    return out


def _release_claims(article: Article, text: str, release: Release,
                    all_quotes: Sequence[CharSpan]) -> list[Claim]:
    """The issuer's claims of a press release: its sentences no attribution covers
    (`corroborate.releases`). The source is the issuer, the cue the release marker."""
    issuer = release.issuer
    if issuer is None or not (name := issuer_name(text[issuer[0] : issuer[1]], text)):
        return []
    out = []
    for span in release.spans:
        att = Attribution(source=(issuer,), cue=(release.head.marker,), content=(span,), cue_lemma="",
                          kind="release", confidence=0.6, rule="release.narration")
        out.append(_claim(article, text, att, all_quotes, 0, speaker=name,
                          kind=org_kind(name, "ORG"), via=None, chain=[]))
    return out


def _issuers_unsourced(claims: list[Claim], text: str, release: Release) -> list[Claim]:
    """A release's claims that its sentences give no one as source ("Results received on
    September 8 confirmed that mould has been identified ...") are the issuer's, as the
    sentences no attribution covers are (`_release_claims`): the release states them. Only
    statements within the release's narration (up to its last sentence the issuer states)."""
    issuer = release.issuer
    if issuer is None or not release.spans or not (name := issuer_name(text[issuer[0] : issuer[1]], text)):
        return claims
    lo, hi = release.head.marker[1], max(e for _, e in release.spans)
    return [c.model_copy(update={"speaker": name, "speaker_kind": org_kind(name, "ORG")})
            if c.speaker is None and c.kind == "statement" and c.content.spans
            and lo <= c.content.spans[0][0] < hi else c
            for c in claims]


def _in_body(att: Attribution, body: CharSpan) -> bool:
    """Whether an attribution's content, and its cue, lie in the article's body."""
    if not (body[0] <= att.content[0][0] and att.content[-1][1] <= body[1]):
        return False
    return not att.cue or body[0] <= att.cue[0][0] < body[1]


def _via(resolver: SpeakerResolver, att: Attribution, speaker: str | None, kind: SpeakerKind,
         chain: list[tuple[str, SpeakerKind]]) -> str | None:
    """The first outlet a claim came through (contract v1): its adjunct or addressee outlet
    ("according to the report" is the last outlet named before it), a media speaker, or the
    first outlet of its relay chain."""
    via = None
    words = att.via_text.lower().split() if att.via_text else []
    if words and words[-1] in lx.DOCUMENT_NOUNS and words[0] in ("a", "an", "the") and len(words) <= 3:
        # "..., according to a statement": the form it came in, which the statement cue of
        # `independence` reads, not an outlet it came through
        words = []
    if words and att.via_text:
        via = resolver.outlet_name(att.via_text)
        if via.lower() in ("report", "the report", "outlet", "newspaper") or (
                att.via_text.lower().strip().startswith(("the report", "the outlet", "the newspaper"))):
            prior = [m for m in resolver.mentions if m.label == "MEDIA" and m.start < (att.via_token or 0)]
            via = prior[-1].name if prior else via
    if kind == "media" and speaker and names_an_outlet(speaker):
        via = via or speaker
    return via or next((name for name, k in chain if k == "media" and names_an_outlet(name)), None)


def _claim(article: Article, text: str, att: Attribution, all_quotes: Sequence[CharSpan], offset: int, *,
           speaker: str | None, kind: SpeakerKind, via: str | None, chain: list[str]) -> Claim:
    """The Claim of one attribution, in offsets of `article.text`; its id hashes the article,
    content and cue only."""
    def shift(spans: Iterable[CharSpan]) -> list[CharSpan]:
        return [(s + offset, e + offset) for s, e in spans]

    content_text = " ".join(text[s:e] for s, e in att.content)
    quoted = tuple(
        (qs, qe) for qs, qe in all_quotes if any(s <= qs and qe <= e for s, e in att.content)
    )
    return Claim(
        id=_claim_id(article, att, offset),
        doc_id=article.doc_id,
        source=SpanText(text=" ".join(text[s:e] for s, e in att.source), spans=shift(att.source)),
        cue=SpanText(text=" ".join(text[s:e] for s, e in att.cue), spans=shift(att.cue)),
        content=SpanText(text=content_text, spans=shift(att.content)),
        speaker=speaker,
        speaker_kind=kind,
        quote_type=quote_type(content_text),
        via=via,
        confidence=max(0.05, min(1.0, att.confidence)),
        stance=att.stance,
        quoted=shift(quoted),
        chain=chain,
        kind=att.claim_kind,
        rule=att.rule or None,
    )


def _claim_id(article: Article, att: Attribution, offset: int) -> str:
    """A claim's id: a hash of its article, content and cue, in offsets of `article.text`."""
    record = {"doc": article.doc_id, "content": [[s + offset, e + offset] for s, e in att.content],
              "cue": [[s + offset, e + offset] for s, e in att.cue]}
    return hash_record("c", record)


def _chain_names(resolver: SpeakerResolver, att: Attribution, speaker: str | None
                 ) -> list[tuple[str, SpeakerKind]]:
    """The relays of an attribution as speakers (name, kind), outermost first, each once,
    and never the claim's own speaker ("Roe said Roe's office told ..." relays nothing)."""
    out: list[tuple[str, SpeakerKind]] = []
    for span, tok in att.chain:
        name, kind = resolver.resolve((span,), tok, att.content)
        if kind == "media" and name:
            name = resolver.outlet_name(name)
        if name and name != speaker and name not in (n for n, _ in out):
            out.append((name, kind))
    return out
