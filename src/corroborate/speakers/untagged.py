"""Names the recogniser missed, read from the phrase around them: after a common-noun
description ("celebrity website TMZ"), before a role ("Raj Dhillon, the senior TSB
investigator"), beside a role noun ("The agent, Sergio Maldonado") or after a title ("Minister
for Health Ciarán Duffy"). Split from `nouns.py`, whose resolver calls them."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Span, Token

from corroborate import lexicon as lx
from corroborate.lexicon.speakers import ORGANISATION_NOUNS, SPEAKER_ROLE_NOUNS
from corroborate.schema import SpeakerKind
from corroborate.speakers.media import media_canonical
from corroborate.speakers.mentions import Mention
from corroborate.speakers.names import clean_name

Resolved = tuple[str | None, SpeakerKind]


def described_name(head: Token, span: Span) -> Resolved | None:
    """A name the NER missed after a common-noun description: "Celebrity website TMZ" -> TMZ.

    The description says what the name is ("website": an outlet) and is not part of it, so
    two articles' "TMZ" and "celebrity website TMZ" are one source. Only a proper-noun head
    whose compounds run name words after description words qualifies.
    """
    if head.pos_ != "PROPN":
        return None
    before = sorted((c for c in head.children if c.dep_ == "compound" and c.i < head.i
                     and span.start <= c.i), key=lambda t: t.i)
    words = [t for c in before for t in c.subtree]
    name = [t for t in words if t.pos_ == "PROPN"] + [head]
    description = [t for t in words if t.pos_ == "NOUN"]
    if not description or max(t.i for t in description) > min(t.i for t in name):
        return None
    text = " ".join(t.text for t in name)
    if any(t.lower_ in lx.MEDIA_NOUNS for t in description):
        return media_canonical(text), "media"
    return text, "unknown"  # "tech firm Acme" or a person the NER missed: not said here




def name_with_its_role(head: Token, span: Span, inside: list[Mention]) -> Resolved | None:
    """"Raj Dhillon, the senior TSB investigator": proper names the NER left untagged, set off
    by a comma before a description that ends in a person's role noun, are a person (the
    organisation inside the description, "TSB", is whose investigator he is, not the
    speaker)."""
    if head.pos_ != "PROPN" or any(m.start <= head.i < m.end for m in inside):
        return None
    lo = head.i
    while lo > span.start and span.doc[lo - 1].pos_ == "PROPN" and span.doc[lo - 1].is_title:
        lo -= 1
    after = head.i + 1
    if head.i - lo < 1 or after >= span.end or span.doc[after].text != ",":
        return None
    # the description's noun before any verb ("the senior TSB investigator sent to the scene")
    words = takewhile(lambda t: t.pos_ not in ("VERB", "AUX", "ADP") and not t.is_punct,
                      span.doc[after + 1 : span.end])
    # a title in capitals is tagged as a name: "Clare Donnelly, Chief Executive of ..."
    nouns = [t for t in words if t.pos_ == "NOUN" or t.lower_ in SPEAKER_ROLE_NOUNS]
    if not nouns or not {nouns[-1].lemma_.lower(), nouns[-1].lower_} & SPEAKER_ROLE_NOUNS:
        return None
    return clean_name(span.doc[lo : head.i + 1].text), "person"


def role_with_its_name(head: Token, span: Span, inside: list[Mention]) -> Resolved | None:
    """"The agent, Sergio Maldonado, told the newspaper ...": a person's role noun with a
    proper name set beside it as its appositive is that person, when the recogniser left the
    name untagged or took a word of it for something else ("Sergio" as a nationality)."""
    if head.pos_ not in ("NOUN", "PROPN") or not {head.lower_, head.lemma_.lower()} & SPEAKER_ROLE_NOUNS:
        return None
    for child in head.children:
        words = list(child.subtree)
        if child.dep_ != "appos" or child.i < head.i or len(words) < 2 or not all(
                t.pos_ == "PROPN" and t.is_title for t in words):
            continue
        # a body's name in the appositive; not one the recogniser ran on from the title over
        # the comma ("The Secretary of Economy, Raúl Esquivel Morán": "Economy, Raúl ..." ORG)
        if any(m.label in ("ORG", "GPE", "FAC", "LOC") and words[0].i <= m.start <= child.i < m.end
               for m in inside):
            continue
        return clean_name(span.doc[words[0].i : words[-1].i + 1].text), "person"
    return None


def titled_name(head: Token, span: Span, inside: list[Mention]) -> Resolved | None:
    """"Minister for Health Ciarán Duffy": a person's name the recogniser missed (an accented
    first name; it saw no one, or an organisation "Health Ciaran Duffy"), after a title that
    says the name is a person's: the two or three capitalised proper nouns that end the
    phrase at its head, behind a person's role noun."""
    if head.tag_ != "NNP" or any(m.label == "PERSON" for m in inside) or any(
            m.label in ("ORG", "MEDIA", "GPE") and not m.start <= head.i < m.end for m in inside):
        return None
    run = [head]
    while run[0].i - 1 >= span.start and (t := span.doc[run[0].i - 1]).tag_ == "NNP" \
            and t.dep_ == "compound" and t.head.i == head.i:
        run.insert(0, t)
    words = [t.lower_ for t in run]
    if not 2 <= len(run) <= 3 or not all(t.is_title for t in run) or set(words) & (
            SPEAKER_ROLE_NOUNS | ORGANISATION_NOUNS | lx.GOVERNMENT_WORDS):
        return None
    if not any(t.lower_ in SPEAKER_ROLE_NOUNS for t in span.doc[span.start : run[0].i]):
        return None
    return " ".join(t.text for t in run), "person"
