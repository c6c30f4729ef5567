"""Named mentions of one article: entities and outlets found by name, with the roles titles give."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from corroborate import lexicon as lx
from corroborate.lexicon.speakers import (
    BASED_WORDS,
    LOWERCASE_OUTLET_WORDS,
    NON_BUSINESS_WORDS,
    NOT_BODY_CODES,
    PRODUCT_NOUNS,
    SPEAKER_ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
)
from corroborate.outlets import normalize_outlet
from corroborate.schema import SpeakerKind
from corroborate.source_names import acronym, org_name
from corroborate.speakers.media import media_canonical, media_name, outlet_pattern
from corroborate.speakers.names import clean_name
from corroborate.speakers.syntax import described_as, role_token


@dataclass(frozen=True)
class Mention:
    """A named entity mention usable as an antecedent."""

    start: int  # token index
    end: int
    name: str
    label: str  # PERSON, ORG, GPE, NORP, MEDIA
    sent: int
    subject: bool
    role: str | None = None  # "spokeswoman", "lawmaker" ... from a title or appositive
    title: frozenset[str] = frozenset()  # the words of that title: {"kremlin", "spokesman"}


def find_mentions(
    doc: Doc, text: str, sent_of: dict[int, int], outlet: str | None
) -> tuple[list[Mention], frozenset[str]]:
    """Named entities (and outlets found by name), each with a role its title gives it.

    Args:
        doc: The parsed article.
        text: ``doc.text``.
        sent_of: Token index -> sentence index.
        outlet: The article's own outlet, if known.

    Returns:
        The mentions in text order, and the display names of the outlets the article names
        or is, by which "the Times" is read.
    """
    out = [m for m in (entity_mention(ent, sent_of) for ent in _whole_entities(doc)) if m is not None]
    named, times = _outlets_by_name(doc, text, sent_of)
    out += named
    # "the Times" is the one "... Times" the article names (or is), else The Times of London
    known = frozenset([m.name for m in out if m.label == "MEDIA" and m.name != "The Times"]
                      + ([normalize_outlet(outlet)] if outlet else []))
    the_times = media_canonical("The Times", known=known)
    out = [m if m.label != "MEDIA" or m.name != "The Times" else Mention(
        m.start, m.end, the_times, "MEDIA", m.sent, m.subject, m.role, m.title)
        for m in out]
    for span in times:
        if any(m.start <= span.start and span.end <= m.end and m.end - m.start > len(span) for m in out):
            continue  # "The Times" inside "The Times of India", a name of its own
        out.append(Mention(span.start, span.end, the_times, "MEDIA", sent_of.get(span.start, 0), False))
    out.sort(key=lambda m: (m.start, m.end, m.label))
    return out, known


def _whole_entities(doc: Doc) -> list[Span]:
    """The recogniser's entities, an organisation it cut at a conjunction or preposition
    joined again: "the Department of Science and Technology - Philippine Atmospheric,
    Geophysical and" + "Astronomical Services Administration" is one name."""
    out: list[Span] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        if (last is not None and last.label_ == ent.label_ == "ORG" and last.end == ent.start
                and doc[last.end - 1].lower_ in ("and", "&", "of", "for")):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def _outlets_by_name(doc: Doc, text: str, sent_of: dict[int, int]) -> tuple[list[Mention], list[Span]]:
    """Outlets the lexicon names, as mentions; "the Times" apart, named once the others are known."""
    out: list[Mention] = []
    times: list[Span] = []
    for m in outlet_pattern().finditer(text):
        key = m.group(0).lower()
        if key in LOWERCASE_OUTLET_WORDS and not m.group(0)[0].isupper():
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        if key == "the times":
            times.append(span)
            continue
        out.append(Mention(span.start, span.end, media_canonical(m.group(0)), "MEDIA",
                           sent_of.get(span.start, 0), False))
    return out, times


def entity_mention(ent: Span, sent_of: dict[int, int]) -> Mention | None:
    """A PERSON, ORG, GPE or NORP entity as a mention; outlets get their canonical name."""
    doc = ent.doc
    label = ent.label_
    if label not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    name = clean_name(ent.text)
    if not name or name.upper() in NOT_BODY_CODES:
        return None  # "tripped at 11:42 p.m. (2242 GMT)": a time's zone, read as a body
    if label == "ORG" and media_name(name):
        # "the Journal": an outlet's article belongs to its name ("The Journal")
        with_the = ent.start > 0 and doc[ent.start - 1].lower_ == "the"
        label, name = "MEDIA", media_canonical(("The " if with_the else "") + ent.text)
    elif label == "ORG" and ent.start > 0 and doc[ent.start - 1].lower_ in SPEAKER_ROLE_NOUNS and all(
        t.pos_ == "PROPN" for t in ent
    ):
        label = "PERSON"  # "presidential candidate Nikki Haley" tagged ORG by the NER
    if label == "PERSON":
        # a title the NER took into the name is no part of it: "Comedian Ellen DeGeneres"
        lead = 0
        while ent.start + lead < ent.end - 1 and (doc[ent.start + lead].lower_ in SPEAKER_ROLE_NOUNS
                                                 or doc[ent.start + lead].lower_ in TITLE_ABBREVIATIONS):
            lead += 1
        if lead:
            name = clean_name(ent[lead:].text) or name
        end = ent.end
        if all(t.lower_ in TITLE_ABBREVIATIONS for t in ent):
            # ranks alone read as the name, "Det Ch Insp" before "Anita Rowe": the name after them
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
            if end == ent.end:
                return None
            name = clean_name(doc[ent.end : end].text)
        ent = doc[ent.start : end]
    subject = role_token(ent.root).dep_ in ("nsubj", "nsubjpass")
    role, title = entity_role(ent)
    return Mention(ent.start, ent.end, name, label, sent_of.get(ent.start, 0), subject, role, title)


def entity_role(ent: Span) -> tuple[str | None, frozenset[str]]:
    """A role a title or appositive gives a named entity, and the words of that title.

    "Kremlin spokesman Dmitry Peskov" -> ("spokesman", {"kremlin", "spokesman"}).
    """
    doc = ent.doc
    role = None
    words: set[str] = set()
    k = ent.start - 1
    while k >= 0 and k >= ent.start - 5 and not doc[k].is_punct and doc[k].pos_ != "VERB":
        words.add(doc[k].lower_)
        if doc[k].lower_ in SPEAKER_ROLE_NOUNS and role is None:
            role = doc[k].lower_
        k -= 1
    # a title the NER took into the name: "Comedian Ellen DeGeneres" at a sentence start
    for k in range(ent.start, ent.end - 1):
        if doc[k].lower_ not in SPEAKER_ROLE_NOUNS:
            break
        words.add(doc[k].lower_)
        role = role or doc[k].lower_
    head = ent.root
    if head.dep_ == "appos" and head.head.lower_ in SPEAKER_ROLE_NOUNS:
        role = head.head.lower_
        words |= {t.lower_ for t in head.head.subtree if t.i < ent.start}
    for c in head.children:
        if c.dep_ == "appos":
            if names_another(c, ent.start, ent.end):
                # "below Fornazzo, the mayor of Milo, Salvatore Grasso,": the role is the
                # person's the appositive names, not the place's the parser hung it on
                continue
            # the appositive's own noun, else its first role noun: "Andrea Kline, a
            # spokeswoman for the mayor" is a spokeswoman, not the mayor
            found = [t.lower_ for t in c.subtree if t.lower_ in SPEAKER_ROLE_NOUNS]
            words |= {t.lower_ for t in c.subtree}
            if found:
                role = c.lower_ if c.lower_ in SPEAKER_ROLE_NOUNS else found[0]
    return role, frozenset(words) if role else frozenset()


def names_another(appos: Token, start: int, end: int) -> bool:
    """Whether an appositive of the name at tokens start-end names another person beside it."""
    return any(t.ent_type_ == "PERSON" and not start <= t.i < end and _set_beside(t, appos)
               for t in appos.subtree)


def _set_beside(tok: Token, top: Token) -> bool:
    """Whether a name inside an appositive is set beside it as one more appositive ("the
    mayor of Milo, Salvatore Grasso"), not its owner ("a spokeswoman for Mayor Jim Ross")."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "appos":
            return True
        tok = tok.head
    return False


def spelled_names(name: str, mentions: Sequence[Mention], doc: Doc | None = None) -> list[str]:
    """The organisations' names a set of initials stands for ("FDA", "US FDA": "the U.S. Food
    and Drug Administration"), the name itself first; given the Doc, also a name the article
    gives the initials to in parentheses, whatever its words' initials ("the General
    Directorate of Water (DGA)")."""
    keys = {re.sub(r"[\s.]", "", name), name.split()[-1] if name.split() else ""}
    keys = {k for k in keys if len(k) >= 3}
    if not (name.isupper() and keys):
        return [name]
    found = [m.name for m in mentions if m.label == "ORG" and m.name != name
             and any(acronym(org_name(m.name)).endswith(k) for k in keys)]
    if doc is not None:
        found += [m.name for m in mentions if m.label == "ORG" and m.end + 2 < len(doc)
                  and doc[m.end].text == "(" and doc[m.end + 2].text == ")"
                  and doc[m.end + 1].text in keys and m.name not in found]
    return [name, *found]


def state_body(name: str, mentions: Sequence[Mention]) -> bool:
    """Whether an organisation an article names is a body of a state ("the Food and Drug
    Administration"), under its initials too ("FDA", where the article spells them out:
    "the U.S. Food and Drug Administration (FDA)")."""
    return any(org_kind(n, "ORG") == "government" for n in spelled_names(name, mentions))


def no_business(name: str, mentions: Sequence[Mention], doc: Doc) -> bool:
    """A name holding a word no business's name does ("union", "agency", "prosecutor"), under its
    initials too ("UKHSA"), or one the article sets beside such a noun ("the state environment
    agency LANUV") or a product ("its drug Losavel"): "the company" or "the firm" is never that
    body."""
    return any(NON_BUSINESS_WORDS & set(n.lower().replace("'s", "").split())
               for n in spelled_names(name, mentions, doc)) or any(
        m.name == name and described_as(doc, m.start, m.end, NON_BUSINESS_WORDS | PRODUCT_NOUNS)
        for m in mentions)


def org_kind(name: str, label: str) -> SpeakerKind:
    """"government" for places and offices of state ("White House"), else "organization"."""
    if label == "GPE" or _government_pattern().search(name.lower()):
        return "government"
    return "organization"


@lru_cache(maxsize=1)
def _government_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(lx.GOVERNMENT_WORDS) + r")\b")


def based_in(doc: Doc, mention: Mention) -> bool:
    """A place that says where a body sits, not whose it is: "the London-based company",
    "the Toledo-based railroad" are no state's bodies."""
    k = mention.end
    if mention.label != "GPE":
        return False
    if k - mention.start >= 3 and doc[k - 2].text == "-":  # the recogniser took it in
        return doc[k - 1].lower_ in BASED_WORDS
    return k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ in BASED_WORDS
