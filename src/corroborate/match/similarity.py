"""Similarity evidence between two claim contents: word overlap, quoted parts, date and number
anchors, and the static similarity rule of `MatchConfig`."""

from __future__ import annotations

import re
from functools import lru_cache

from corroborate.contrast.roles import role_exchange
from corroborate.lexicon.attribution import CLAUSE_BREAKS, THAT_CLAUSES
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



# the fewest words a sentence or clause of a content needs to be read as a proposition of its own
PART_MIN_WORDS = 5
# a sentence ends at ".", "!" or "?" (and a closing quote) before a capital, not after an
# abbreviation ("Mr.", "Gov.") or an initial ("U.S.")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")
_ABBREVIATION = re.compile(r"(?:\b(?:mr|mrs|ms|dr|st|gov|sen|rep|gen|lt|col|sgt|jan|feb|aug|sept|oct|nov|"
                           r"dec|no|vs|inc|corp|co|ltd|jr|sr)|\b[a-z]|\.[a-z])\.$", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[start : m.start()]):
            out.append(text[start : m.start()])
            start = m.end()
    out.append(text[start:])
    return out


def propositions(claim: Claim) -> list[str]:
    """The parts of a claim's content that can be matched on their own: its quoted parts (the
    speaker's own words), and, where the content or a quote holds several propositions, each
    of them (`text_propositions`: "around 64,000 people had been sanctioned, and that refunds
    would be considered case by case"; a quote of three sentences). Another article often
    carries one of them alone, and the whole content, read against it, reads as another claim.
    """
    parts = quoted_parts(claim)
    whole = claim.content.text.strip(_QUOTE_STRIP)
    for text in [claim.content.text, *parts]:
        for piece in text_propositions(text):
            if piece != whole and piece not in parts:
                parts.append(piece)
    return parts


def text_propositions(text: str) -> list[str]:
    """The propositions of a text that holds several: each sentence, "that" clause and clause
    after a clause break (`CLAUSE_BREAKS`: "..., adding that ...", "; ", ", and ...") of at
    least `PART_MIN_WORDS` words; an empty list for a text of one.

    Until session 34 only sentences and "that" clauses: the clause breaks gave 4 more carried
    pairs on the non-blind story sets (943 -> 947, in a first, broader form), none lost, the
    blind sets unchanged (bench/README.md, session 34)."""
    pieces = [p for sentence in _sentences(text) for clause in THAT_CLAUSES.split(sentence)
              for p in CLAUSE_BREAKS.split(clause)]
    if len(pieces) < 2:
        return []
    out: list[str] = []
    for piece in pieces:
        piece = re.sub(r"^that\s+", "", piece.strip(_QUOTE_STRIP), flags=re.IGNORECASE)
        if len(piece.split()) >= PART_MIN_WORDS and piece not in out:
            out.append(piece)
    return out


_ANCHOR_RE = re.compile(
    r"\b(?:(?:next|last|this|later this|earlier this)\s+(?:week|month|year)|today|tomorrow|yesterday|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"june|july|august|september|october|november|december|\d[\d,.]*)\b",
    re.IGNORECASE,
)


def anchors(text: str) -> set[str]:
    """Dates and numbers in a text, lowercased: what two retellings of one report share."""
    return {re.sub(r"\s+", " ", m.group(0).lower()) for m in _ANCHOR_RE.finditer(text)}


# a figure: a number of two digits or more, or with a decimal part ("14", "6.9", "20,000",
# "1.2"), not a year, which every claim of a story may share
_FIGURE_RE = re.compile(r"(?<![\w.,])\d[\d,.]*\d(?![\d])|(?<![\w.,])\d(?=[.,]\d)")
# a person's age: "23-year-old", "23 years old", or set off by commas after a name ("Vishwanand
# Subryan, 23, of Schenectady"): it describes who takes part, not what is claimed
_AGE_RE = re.compile(r"\b\d{1,3}(?=[- ]years?[- ]old\b)|(?<=[A-Za-z], )\d{1,3}(?=,)|(?<=\baged )\d{1,3}\b")


def figures(text: str) -> set[str]:
    """The figures a text states, as digits ("20,000" -> "20000"), years and ages left out."""
    out = set()
    for m in _FIGURE_RE.finditer(_AGE_RE.sub(" ", text)):
        digits = m.group(0).rstrip(".,").replace(",", "")
        if digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2099:
            continue
        out.add(digits)
    return out


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


def same_source_figure(a: Claim, b: Claim, best: float, config: MatchConfig) -> bool:
    """One source stating one figure in two retellings: claims of one named voice (asked by
    the caller) that share a figure need only `same_source_figure` similarity; the contrast
    rules still keep a changed figure or a denial apart."""
    return shares_figure(a.content.text, b.content.text, best, config)


def shares_figure(a: str, b: str, best: float, config: MatchConfig) -> bool:
    """`same_source_figure` of two contents given as texts (`judge_pair`)."""
    return best >= config.same_source_figure and bool(figures(a) & figures(b))


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
