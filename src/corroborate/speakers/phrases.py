"""Common noun phrases as speaker names: "some U.S. officials who ..." -> "U.S. officials"."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from corroborate.lexicon.contrast import WEEKDAYS
from corroborate.lexicon.speakers import DETERMINERS, NP_DROP_DEPS


def collective_name(span: Span, head: Token) -> str:
    """"some U.S. officials who ..." -> "U.S. officials": modifiers up to the head noun."""
    toks = [t for t in span if t.i <= head.i and t.lower_ not in DETERMINERS and not t.is_punct]
    # "Experts" opening a sentence and "experts" are one collective
    words = [t.text if t.pos_ == "PROPN" or t.text.isupper() or t.ent_type_ in ("NORP", "GPE")
             else t.text.lower() for t in toks]  # "European leaders" opening a sentence too
    return " ".join(words) or head.lower_


def np_name(head: Token, within: Span | None = None) -> str:
    """A noun phrase as a name: its restrictive words, without determiner or number.

    "more than 30 former cooks, waiters and cleaners" -> "former cooks, waiters and
    cleaners"; "Proponents, including the ..." -> "proponents"; "Twelve states led by
    farm-state Iowa" -> "states led by farm-state Iowa".
    """
    keep = set(_np_tokens(head))
    if within is not None:
        keep = {i for i in keep if within.start <= i < within.end}
    doc = head.doc
    # a hyphen inside a word is no punctuation to drop: "CGT-Cheminots union" (not "CGTCheminots")
    keep |= {i for i in range(min(keep, default=0) + 1, max(keep, default=0)) if i not in keep
             and i - 1 in keep and i + 1 in keep and doc[i - 1].whitespace_ == ""
             and doc[i].whitespace_ == ""}
    toks = [doc[i] for i in sorted(keep)]
    while toks and (toks[0].is_punct or toks[0].lower_ in DETERMINERS):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return head.lower_
    # words the phrase skips leave a space, not a join: "Meridian, which ..., X" -> "Meridian X"
    text = "".join(t.text_with_ws if nxt.i == t.i + 1 else t.text + " "
                   for t, nxt in zip(toks, toks[1:], strict=False)) + toks[-1].text
    first = toks[0]
    if first.is_sent_start and first.pos_ != "PROPN" and not first.text.isupper() and (
            first.ent_type_ not in ("NORP", "GPE")):  # "European leaders said" keeps its capital
        text = first.text.lower() + text[len(first.text):]
    return " ".join(text.split())


def _np_tokens(head: Token) -> Iterable[int]:
    """Token indices of a noun phrase's restrictive part (see `np_name`)."""
    yield head.i
    for c in head.children:
        if c.dep_ in NP_DROP_DEPS:
            if c.dep_ == "punct" and c.i > head.i and any(
                    x.dep_ == "conj" and x.i > c.i for x in head.children):
                yield c.i  # the comma of a list: "cooks, waiters and cleaners"
            continue
        if c.dep_ == "poss" and c.pos_ == "PRON":
            continue  # "their supporters" -> "supporters"
        if c.dep_ in ("prep", "acl") and c.i > head.i and (
            c.lower_ in ("including", "like", "such") or c.doc[c.left_edge.i - 1].is_punct
        ):
            continue  # nonrestrictive: "Proponents, including the ...", "..., mostly in Europe,"
        if c.dep_ == "amod" and c.i > head.i:
            continue
        if c.dep_ == "prep" and c.i > head.i and _when(c):
            continue  # a time misread as the noun's: "Oscar organizers on Friday unveiled"
        if c.dep_ == "conj":
            cc = [x for x in head.children if x.dep_ == "cc" and x.i < c.i]
            if not cc and any(x.dep_ == "relcl" and head.i < x.i < c.i for x in head.children):
                # a list of the relative clause the parser hung on the noun: "The USCA
                # union, whose notice cited understaffing and a shortfall ..., said"
                continue
            yield from (x.i for x in cc)
        yield from (t.i for t in c.subtree if not _inside_dropped(t, c))


def _when(prep: Token) -> bool:
    """Whether a preposition's object is a date or time ("on Friday", "in March")."""
    if prep.lower_ not in ("on", "in", "at", "during", "since", "until"):
        return False  # "the Class of 2020" is a name
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") or o.lower_ in WEEKDAYS
                                 for o in objects)


def _inside_dropped(tok: Token, top: Token) -> bool:
    """Whether a token sits under a relative clause or appositive below `top`."""
    while tok.i != top.i:
        if tok.dep_ in ("relcl", "appos"):
            return True
        tok = tok.head
    return False
