"""The attribution record: source, cue and content in character offsets of `doc.text`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Token

from corroborate.attribution.config import AttributionConfig
from corroborate.schema import (
    ClaimKind,
    Stance,
)

CharSpan = tuple[int, int]


# A relay between a claim's source and the reader: its source in characters, and its head token.
Relay = tuple[CharSpan, int | None]


@dataclass(frozen=True)
class Attribution:
    """One attribution found in a Doc, in character offsets of `doc.text`.

    `source_token` and `cue_token` are token indices kept for speaker resolution.
    """

    source: tuple[CharSpan, ...]
    cue: tuple[CharSpan, ...]
    content: tuple[CharSpan, ...]
    cue_lemma: str
    kind: str  # "verb", "according", "per", "as", "noun", "continuation"
    stance: Stance = "asserts"
    source_token: int | None = None
    cue_token: int | None = None
    via_token: int | None = None  # an addressee or adjunct naming an outlet ("told state media")
    via_text: str | None = None
    confidence: float = 0.8
    quoted: tuple[CharSpan, ...] = field(default_factory=tuple)
    # who passed the content on, outermost first: "The Journal reported that an official told
    # aides that X" is the official's attribution with the Journal as its relay
    chain: tuple[Relay, ...] = ()
    claim_kind: ClaimKind = "statement"
    # the name of the rule that built it (`corroborate.attribution.registry`)
    rule: str = ""


class VerbReader(Protocol):
    """The verb rule's reading of a cue verb (`verbs.verb_attribution`), as rules that call it take it."""

    def __call__(self, verb: Token, quotes: Sequence[CharSpan], learned: bool = False
                 ) -> Attribution | None: ...


@dataclass
class RuleContext:
    """What a rule reads besides its anchor token: the Doc, its quotes, the trained cue
    finder's scores (None without the cue finder), the settings, and the refusal verbs the
    token loop collects for `refusals.declined`."""

    doc: Doc
    quotes: list[CharSpan]
    scores: dict[int, float] | None
    config: AttributionConfig
    refusals: list[Token] = field(default_factory=list)
    # rule name -> the tokens its dependency pattern anchors in this Doc (pattern rules only)
    matched: dict[str, frozenset[int]] = field(default_factory=dict)

    def score(self, tok: Token) -> float | None:
        """The cue finder's score of `tok` (0 when it left the token out), or None without it."""
        return self.scores.get(tok.i, 0.0) if self.scores is not None else None
