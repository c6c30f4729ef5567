"""Similarity evidence between two claim contents: word overlap, quoted parts, date and number
anchors, and the static similarity rule of `MatchConfig`."""

from __future__ import annotations

import re
from functools import lru_cache

from corroborate.contrast.roles import role_exchange
from corroborate.lexicon.match import CONTENT_STOPWORDS
from corroborate.match.config import MatchConfig
from corroborate.schema import Claim

# Words with their apostrophes and hyphens ("don't", "Jong-un"): one word for the overlap.
_WORD_RE = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Lowercased content words, for the lexical overlap check."""
    return frozenset({w for w in (m.group(0).lower().strip("’'") for m in _WORD_RE.finditer(text))
            if w and w not in CONTENT_STOPWORDS})


def containment(a: str, b: str) -> float:
    """Share of the shorter text's content words found in the longer one."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


_QUOTE_STRIP = "\"“”‘’'«» ,.;:"


def quoted_parts(claim: Claim) -> list[str]:
    """The words a claim puts in quotation marks, without the marks."""
    parts: list[str] = []
    content = claim.content
    if not claim.quoted:
        return parts
    base = content.spans[0][0] if content.spans else 0
    joined = content.text
    for qs, qe in claim.quoted:
        # content.text joins the spans with one space; map a quote inside the first span
        if content.spans and content.spans[0][0] <= qs and qe <= content.spans[0][1]:
            parts.append(joined[qs - base : qe - base].strip(_QUOTE_STRIP))
        else:
            offset = 0
            for s, e in content.spans:
                if s <= qs and qe <= e:
                    parts.append(joined[offset + qs - s : offset + qe - s].strip(_QUOTE_STRIP))
                    break
                offset += (e - s) + 1
    return [p for p in parts if p]



_ANCHOR_RE = re.compile(
    r"\b(?:(?:next|last|this|later this|earlier this)\s+(?:week|month|year)|today|tomorrow|yesterday|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"june|july|august|september|october|november|december|\d[\d,.]*)\b",
    re.IGNORECASE,
)


def anchors(text: str) -> set[str]:
    """Dates and numbers in a text, lowercased: what two retellings of one report share."""
    return {re.sub(r"\s+", " ", m.group(0).lower()) for m in _ANCHOR_RE.finditer(text)}


def similar(sim: float, quote_sim: float | None, lex: float, config: MatchConfig) -> bool:
    """The similarity rule of `MatchConfig`, in one place."""
    return (
        sim >= config.similarity
        or (sim >= config.similarity_with_overlap and lex >= config.overlap)
        or lex >= config.lexical
        or (quote_sim is not None and quote_sim >= config.quote_similarity)
    )



def same_upstream(a: Claim, b: Claim, best: float, config: MatchConfig) -> bool:
    """Outlets retelling one upstream report reword it freely: one relay and a shared date or
    number anchor need only `same_upstream` similarity."""
    return (a.via is not None and a.via == b.via and best >= config.same_upstream
            and bool(anchors(a.content.text) & anchors(b.content.text)))


def wording(text: str) -> str:
    """A text's words, lower case, one space apart: one wording give or take case and punctuation."""
    return " ".join(re.findall(r"\w+", text.lower()))


def differing_words(a: str, b: str) -> list[str]:
    """Content words in one text and not the other, marked with the side: "-rose", "+fell";
    for two texts of the same words, the two that trade roles: "russia<->ukraine"."""
    wa, wb = content_words(a), content_words(b)
    words = [f"-{w}" for w in sorted(wa - wb)] + [f"+{w}" for w in sorted(wb - wa)]
    if not words and (pair := role_exchange(a, b)) is not None:
        words = [f"{pair[0]}<->{pair[1]}"]
    return words
