"""Salience of a possible antecedent (Lappin and Leass 1994): weights, referents, groups.

A mention weighs by its grammatical role (subject, main clause, subject of a reporting verb,
object), halved for each sentence back; `group` says which pronouns may take a referent.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.lexicon.speakers import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_NOUNS,
    THING_PRONOUNS,
)
from corroborate.schema import SpeakerKind
from corroborate.speakers.syntax import role_token

# Salience weights (Lappin and Leass 1994, rescaled) and how far back a mention counts.
W_RECENCY = 1.0
W_SUBJECT = 0.8
W_MAIN = 0.5
W_REPORTER = 0.5
W_OBJECT = 0.4
W_POSSESSIVE = 0.3
W_SPEAKER = 0.7
W_REPEAT = 0.25
W_INTRO = 1.0  # for "“...,” he said" only: a person just introduced with an appositive
W_OWN_SUBJECT = 0.5
W_LAST_SPEAKER = 1.0  # for "“...,” she said" only: the speaker of the sentence before
QUOTED_FACTOR = 0.25
ORG_AS_THEY_FACTOR = 0.4
DECAY = 0.5
WINDOW = 5

# (name, kind, group, weight, token, whether a common noun phrase): one piece of evidence
Evidence = tuple[str, SpeakerKind, str, float, int, bool]


@dataclass(frozen=True)
class Referent:
    """One mention of a possible antecedent, with the weight its grammatical role gives it.

    `group` says which pronouns may take it: "person" (he, she), "plural" (they), "org"
    (it, and they at a discount) or "thing" (it).
    """

    start: int
    head: int
    name: str
    kind: SpeakerKind
    group: str
    sent: int
    weight: float
    quoted: bool
    phrase: bool = False  # a common noun phrase, not a name
    intro: bool = False  # a person introduced with an appositive: "Henry Crespo, president of"


def mention_weight(tok: Token) -> float:
    """Salience of a mention from its grammatical role in its clause."""
    role = role_token(tok)
    w = W_RECENCY
    if role.dep_ in ("nsubj", "nsubjpass"):
        w += W_SUBJECT
        verb = role.head
        if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            w += W_MAIN
        if verb.lemma_.lower() in lx.SPEECH_CUES:
            w += W_REPORTER
    elif role.dep_ in ("dobj", "attr", "dative", "oprd"):
        w += W_OBJECT
    elif role.dep_ == "poss":
        w += W_POSSESSIVE
    elif any(a.lower_ == "according" for a in list(role.ancestors)[:3]):
        w += W_SUBJECT + W_REPORTER  # "according to show insiders"
    return w


def entity_score(scores: list[tuple[float, bool]]) -> float:
    """An entity's best mention plus a share of its others (noun phrases add nothing)."""
    ranked = sorted(scores, reverse=True)
    return ranked[0][0] + W_REPEAT * sum(score for score, phrase in ranked[1:] if not phrase)


def pronoun_groups(low: str) -> frozenset[str]:
    """The referent groups a pronoun may take; none for "I", "we" and "you"."""
    if low in MALE_PRONOUNS or low in FEMALE_PRONOUNS:
        return frozenset({"person"})
    if low in PLURAL_PRONOUNS:
        return frozenset({"plural", "org"})
    if low in THING_PRONOUNS:
        return frozenset({"org", "thing"})
    return frozenset()


def group_of(kind: SpeakerKind, pronoun: str, name: str = "") -> str:
    """The referent group of an earlier speaker or resolved pronoun."""
    if kind == "person":
        return "person"
    if kind == "collective" or pronoun in PLURAL_PRONOUNS:
        return "plural"
    if kind in ("organization", "government", "media"):
        return "org"
    return "thing" if pronoun in THING_PRONOUNS or name.lower() in THING_NOUNS else "none"
