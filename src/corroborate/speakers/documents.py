"""Whose a document noun is: the owner, issuer or publisher of "the statement" a source names.

The extractor reads a publisher that is not the owner ("published by state media") as a relay,
not the speaker; the resolver reads the owner or issuer as the speaker of "the statement said".
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.lexicon.contrast import MONTHS, RELATIVE_DAYS, WEEKDAYS
from corroborate.lexicon.speakers import ISSUE_VERBS


def document_owner(noun: Token) -> Token | None:
    """Whose text a document noun is: "the minister's statement", "a statement from the
    Kremlin", "a statement by Acme", "a White House statement", "his statement"."""
    for c in noun.children:
        if c.dep_ == "poss" and not _a_time(c):
            return c  # not "Monday's statement", "Thursday's chlorine release": a date owns nothing
    for c in noun.children:
        if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("from", "by", "of"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            # "of" only with a name: "a statement of principles" has no owner
            if objs and (objs[0].pos_ in ("PROPN", "PRON") or objs[0].ent_type_ or (
                    c.lower_ != "of" and objs[0].pos_ == "NOUN")):
                return objs[0]
    # "a White House statement", and "a Meridian news release" where the parser made the
    # company's name an adjective (a nationality to the recogniser)
    names = [c for c in noun.children if c.i < noun.i and (
        (c.dep_ == "compound" and (c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or c.pos_ == "PROPN"))
        or (c.dep_ == "amod" and c.is_title and c.ent_type_ in ("ORG", "NORP") and c.i > noun.left_edge.i))]
    return names[-1] if names else None


def _a_time(tok: Token) -> bool:
    """Whether a token names a day, month or other date ("Monday's", "Thursday's")."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in WEEKDAYS or tok.lower_ in MONTHS or (
        tok.lower_ in RELATIVE_DAYS)


def document_publisher(noun: Token) -> Token | None:
    """Who published a document noun: "statement, published by state media" and "state media
    published the statement" give "media"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in lx.PUBLISH_VERBS:
            for agent in (g for g in c.children if g.dep_ == "agent"):
                objs = [g for g in agent.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lx.PUBLISH_VERBS:
        if noun.dep_ == "dobj":
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            return subj[0] if subj else None
        for agent in (g for g in verb.children if g.dep_ == "agent"):
            objs = [g for g in agent.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def document_issuer(noun: Token) -> Token | None:
    """The author of a document noun with no owner: who issued, released or published it
    ("Acme issued a statement", "a statement released by Acme"), or who spoke in it ("In a
    statement, Acme said")."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ISSUE_VERBS | lx.PUBLISH_VERBS:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        return subj[0] if subj else None
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "through", "via") and verb.head.pos_ in ("VERB", "AUX"):
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return subj[0] if subj else None
    return document_publisher(noun)
