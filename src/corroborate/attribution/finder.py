"""The rules run over one Doc: token rules, document rules, then the clean-up passes."""

from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Token

from corroborate.attribution.according import according_attribution, per_names_a_source
from corroborate.attribution.as_reported import put_it_attribution
from corroborate.attribution.cues import CUE_ADD, CUE_COLON_QUOTE, CUE_DROP, cue_scores
from corroborate.attribution.layout import colon_attributions, dash_attributions, said_name_attributions
from corroborate.attribution.model import Attribution
from corroborate.attribution.nominal import adjective_attribution, made_case_attribution, noun_attribution
from corroborate.attribution.passes import (
    claim_kind,
    continuations,
    has_substance,
    make_univocal,
    merge_interrupted,
    with_publisher,
)
from corroborate.attribution.quotes import find_quotes
from corroborate.attribution.refusals import refusal_attributions
from corroborate.attribution.spans import doc_text
from corroborate.attribution.syntax import cue_tokens, is_cue_verb
from corroborate.attribution.verbs import introduces_quote, verb_attribution
from corroborate.lexicon.attribution import POLL_NOUNS, STANCE_ADJS, THAT_NOUNS, TO_NOUNS


def find_attributions(doc: Doc) -> list[Attribution]:
    """All attributions in a parsed Doc, univocal and sorted by content start.

    Args:
        doc: A Doc parsed by a pipeline with a dependency parser and lemmatizer.

    Returns:
        Attributions in character offsets of `doc.text`.
    """
    quotes = find_quotes(doc_text(doc))
    scores = cue_scores(doc)
    found: list[Attribution] = []
    refusals: list[Token] = []  # "declined", "refused": read after the other rules
    for i in _candidate_indices(doc):
        tok = doc[i]
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ("decline", "refuse"):
            refusals.append(tok)
        score = scores.get(tok.i, 0.0) if scores is not None else None
        if is_cue_verb(tok):
            if scores is not None and max(scores.get(t.i, 0.0) for t in cue_tokens(tok)) < CUE_DROP:
                continue  # the cue finder scores no word of the cue group ("declined to confirm")
            att = verb_attribution(tok, quotes)
            if att is None and score is not None and score >= CUE_ADD:
                # the rules found no content; the cue finder is sure this is a cue: look wider
                att = verb_attribution(tok, quotes, learned=True)
            if att is not None:
                found.append(att)
        elif (tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)) or (
                tok.lower_ == "per" and tok.dep_ == "prep" and per_names_a_source(tok)):
            # "according to X", "per X"
            att = according_attribution(tok, quotes)
            if att is not None:
                found.append(att)
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in STANCE_ADJS:
            att = adjective_attribution(tok, quotes)  # "has been critical of X"
            if att is not None:
                found.append(att)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() == "make" and (
                made := made_case_attribution(tok, quotes)) is not None:
            found.append(made)  # "made the case that ...", "made it clear that ..."
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in THAT_NOUNS | TO_NOUNS:
            att = noun_attribution(tok, quotes)  # "Trump's claim that ..."
            if att is not None:
                found.append(att)
        elif tok.lower_ == "in" and tok.dep_ == "prep" and not (  # not "his rise in some polls",
                tok.head.pos_ in ("NOUN", "PROPN") and tok.head.dep_ in ("nsubj", "nsubjpass")) and (
                tok.i == 0 or doc[tok.i - 1].lower_ != "than") and any(  # "better than in polls"
                c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS for c in tok.children):
            att = according_attribution(tok, quotes)  # "in a new Fox News poll, Trump leads"
            if att is not None:
                found.append(replace(att, cue_lemma="in", kind="in", confidence=0.6))
        elif tok.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it"
                                                 for c in tok.children):
            att = put_it_attribution(tok, quotes)  # "As one voter put it, “...”"
            if att is not None:
                found.append(att)
        elif score is not None and score >= CUE_COLON_QUOTE and tok.pos_ in ("VERB", "AUX") and (
                tok.dep_ != "aux") and introduces_quote(tok, quotes):
            # "he demurred: “...”", "Trump boomed: “...”": a verb with a subject, a colon and a
            # quote; the cue finder's doubt is outweighed by the construction
            att = verb_attribution(tok, quotes, learned=True)
            if att is not None:
                found.append(att)
        elif score is not None and score >= CUE_ADD and tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
            # no rule knows this verb, the trained cue finder does ("lambasted", "is seizing on")
            att = verb_attribution(tok, quotes, learned=True)
            if att is not None:
                found.append(att)
    found += refusal_attributions(refusals, found, quotes)
    found += colon_attributions(doc, found)
    found += dash_attributions(doc, found, quotes)
    found += said_name_attributions(doc, quotes)
    found = [a for a in found if has_substance(doc, a.content)]
    found = make_univocal(doc, found)
    found = [replace(with_publisher(doc, a), claim_kind=claim_kind(doc, a, quotes)) for a in found]
    found = merge_interrupted(doc, found, quotes)
    found = continuations(doc, found, quotes)
    found.sort(key=lambda a: (a.content[0], a.cue[0] if a.cue else (0, 0)))
    return found


# Every rule below starts from a token with one of these coarse tags, or one of these words.
_CANDIDATE_POS = ("VERB", "AUX", "ADJ", "NOUN", "ADP")


_CANDIDATE_WORDS = ("according", "per", "in")


def _candidate_indices(doc: Doc) -> list[int]:
    """The tokens a rule may start from, read from the Doc's arrays: most tokens are no
    candidate, and building a Token object for each costs more than the rules themselves."""
    strings = doc.vocab.strings
    arr = doc.to_array([POS, LOWER])
    keep = numpy.isin(arr[:, 0], [strings.add(t) for t in _CANDIDATE_POS]) | numpy.isin(
        arr[:, 1], [strings.add(w) for w in _CANDIDATE_WORDS])
    return [int(i) for i in numpy.flatnonzero(keep)]
