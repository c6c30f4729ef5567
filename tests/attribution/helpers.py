"""What the per-rule tests share: an attribution's roles as text, and its rule."""

from __future__ import annotations

from spacy.language import Language

from corroborate.attribution import Attribution, find_attributions
from corroborate.claims import extract_claims
from corroborate.schema import Article, Claim

Roles = tuple[str, str, str]


def join(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The spans' texts joined by one space."""
    return " ".join(text[s:e] for s, e in spans)


def roles(text: str, att: Attribution) -> Roles:
    """(source, cue, content) of one attribution as text."""
    return join(text, att.source), join(text, att.cue), join(text, att.content)


def attributions(nlp: Language, text: str) -> list[Attribution]:
    """The attributions the rules find in a parsed text."""
    return find_attributions(nlp(text))


def claims_of(nlp: Language, text: str) -> list[Claim]:
    """The claims of a text taken as one whole-body article."""
    doc = nlp(text)
    return extract_claims(doc, Article(doc_id="t", path="t.txt", text=text, body=(0, len(text))))


def rule_of(att: Attribution) -> str:
    """The rule that built an attribution."""
    return att.rule


def assert_rule(att: Attribution, expected: str) -> None:
    """The attribution was built by the rule named `expected`."""
    assert att.rule == expected, f"built by {att.rule}, expected {expected}"
