"""Nominal and adjective cues: "the claim that", "his pledge to", "critical of", "made the case that"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.chained import chained_cue
from corroborate.attribution.model import Attribution, CharSpan, RuleContext
from corroborate.attribution.spans import char_range, expand_to_quotes, is_inside, subtree_range, tok_span
from corroborate.attribution.syntax import (
    cue_tokens,
    has_subject,
    has_that,
    lifted_participle_start,
    source_range,
    subject_of,
)
from corroborate.attribution.verbs import verb_attribution
from corroborate.lexicon.attribution import COLON_MANNER_ADJS, MADE_NOUNS, STANCE_ADJS, THAT_NOUNS, TO_NOUNS


def adjective_attribution(adj: Token, quotes: Sequence[CharSpan]) -> Attribution | None:
    """"Trump has long been critical of NATO": a stance adjective after a copula, with its
    of/about phrase as content."""
    if is_inside((adj.idx, adj.idx + len(adj)), quotes):
        return None  # "“... But I doubt she can do it,” said X": X's quote
    cop = adj.head
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if subj is None or cop.pos_ not in ("AUX", "VERB") or subj.lower_ in lx.NON_SOURCES:
        return None
    prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "that")
                 and c.i > adj.i), None)
    comp = next((c for c in adj.children if c.dep_ in ("ccomp", "xcomp") and c.i > adj.i), None)
    first = min([cop, *[c for c in cop.children if c.dep_ in ("aux", "neg") and c.i < cop.i]],
                key=lambda t: t.i)
    if prep is not None:
        objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objs:
            return None
        lo, hi = objs[0].left_edge.i, objs[-1].right_edge.i + 1
        last_cue = prep
    elif comp is not None and (chained := chained_cue(adj, comp, quotes, verb_attribution)) is not None:
        # "was quick to point out that ...": the cue runs from the copula to the speech verb
        return replace(chained, cue=((first.idx, chained.cue[0][1]), *chained.cue[1:]))
    elif comp is not None and adj.tag_ == "JJ":  # "is confident that ...", "were eager to ..."
        lo, hi = subtree_range(comp)
        last_cue = adj
    else:
        return None
    if first.i <= subj.i or last_cue.i >= lo:
        return None
    return _copula_attribution(adj, subj, (first.i, last_cue.i + 1), (lo, hi), quotes, "object")


def _copula_attribution(adj: Token, subj: Token, cue: tuple[int, int], content_range: tuple[int, int],
                        quotes: Sequence[CharSpan], kind: str) -> Attribution | None:
    """The attribution of an adjective cue after a copula: the subject (without the copula's
    clause) as source, the cue's words from `cue` (token range) less punctuation."""
    doc = adj.doc
    content = char_range(doc, *content_range)
    src = char_range(doc, *source_range(subj, [adj.head]))
    if content is None or src is None:
        return None
    cue_toks = [doc[i] for i in range(*cue) if not doc[i].is_punct]
    return Attribution(
        source=(src,), cue=(tok_span(cue_toks),), content=(expand_to_quotes(content, quotes, doc),),
        cue_lemma=adj.lower_, kind=kind, source_token=subj.i, cue_token=adj.i, confidence=0.55,
    )


def manner_colon_attribution(adj: Token, quotes: Sequence[CharSpan]) -> Attribution | None:
    """"Asked about those remarks, Eggertsdóttir was blunt: “No one in the government called
    me”", "The message from its mayor was blunt: not a single tent had reached the town": an
    adjective of manner after a copula, then a colon; the content is the rest of the sentence
    after the colon, the source the copula's subject."""
    doc = adj.doc
    cop = adj.head
    subj = next((c for c in cop.children if c.dep_ == "nsubj" and c.i < cop.i), None)
    colon = adj.right_edge.i + 1
    if subj is None or colon >= len(doc) - 1 or doc[colon].text != ":" or subj.lower_ in lx.NON_SOURCES:
        return None
    if is_inside((adj.idx, adj.idx + len(adj)), quotes) or not _a_voice(subj):
        return None
    return _copula_attribution(adj, subj, (cop.i, adj.i + 1), (colon + 1, adj.sent.end), quotes, "verb")


def _detached_that_clause(noun: Token) -> tuple[int, int] | None:
    """"Raj Anand's assertion, in the joint statement announcing the changes, that the
    government had spent half a year ...", "Marchetti's assertion earlier this week that there
    had been fraud": a noun's "that" clause past a phrase set off by commas or a time, which the
    parser hangs elsewhere. The token range from "that" to the end of its clause, or None."""
    doc = noun.doc
    k = noun.i + 1
    if k < len(doc) and doc[k].text == ",":
        close = next((j for j in range(k + 1, min(k + 14, len(doc))) if doc[j].text == ","), None)
        k = close + 1 if close is not None else k
    else:
        while k < min(noun.i + 6, len(doc)) and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in (
                "earlier", "later", "last", "this", "on")):
            k += 1
    if k >= len(doc) or doc[k].lower_ != "that" or doc[k].dep_ != "mark" or doc[k].sent != noun.sent:
        return None
    head = doc[k].head
    if head.i <= k or not any(c.dep_ in lx.SUBJECT_DEPS | {"expl"} for c in head.children):
        return None
    return k, head.right_edge.i + 1


def _a_voice(subj: Token) -> bool:
    """A subject that can speak: a person or a body named in it ("The message from its mayor,
    Teodoro Mamani"), or a pronoun for one; "The evidence was unequivocal: ..." is the
    writer's."""
    return any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in subj.subtree) or (
        subj.tag_ == "PRP" and subj.lower_ != "it")


def manner_colon_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`nominal.manner_colon`: an adjective of manner after a copula."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in COLON_MANNER_ADJS


def build_manner_colon(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`nominal.manner_colon`: "X was blunt: ..."."""
    return manner_colon_attribution(tok, ctx.quotes)


def made_case_attribution(verb: Token, quotes: Sequence[CharSpan]) -> Attribution | None:
    """"Obama will make the case that X", "She has made it clear that X", "made clear that X":
    a light verb and its object are the cue, the "that" clause is the content."""
    doc = verb.doc
    if is_inside((verb.idx, verb.idx + len(verb)), quotes):
        return None
    obj = next((c for c in verb.children if c.i > verb.i and (
        (c.dep_ == "dobj" and c.lemma_.lower() in MADE_NOUNS)
        or (c.dep_ in ("ccomp", "oprd", "acomp", "dobj") and c.lower_ == "clear"))), None)
    if obj is None:
        return None
    clear = obj.lower_ == "clear"
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "advcl") and c.i > obj.i
                   and _states(c, clear)), None) or next(
        (c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > obj.i
         and _states(c, clear)), None)
    if clause is None or not (has_subject(verb) or (
            verb.dep_ in ("xcomp", "conj") and has_subject(verb.head))):
        return None  # "blasted the panel for failing to make clear ...": the panel's failure
    subj = subject_of(verb)
    if subj is None or subj.lower_ in lx.NON_SOURCES | lx.RELATIVE_PRONOUNS:
        return None
    group = [t for t in cue_tokens(verb) if t.tag_ != "TO"]  # "to make the case": no "to"
    first = min(t.i for t in group)
    if subj.i >= first:
        return None
    # the cue runs from the verb group to the object ("is making an impassioned case"),
    # leaving out what stands between the object and the clause ("for weeks")
    cue = char_range(doc, first, obj.i + 1)
    content = char_range(doc, *subtree_range(clause))
    src = char_range(doc, *source_range(subj, [verb]))
    if cue is None or content is None or src is None:
        return None
    return Attribution(
        source=(src,), cue=(cue,), content=(expand_to_quotes(content, quotes, doc),),
        cue_lemma="make", kind="verb", source_token=subj.i, cue_token=verb.i, confidence=0.7,
    )


def _states(clause: Token, bare: bool) -> bool:
    """Whether `clause` can be what a light-verb cue states: a "that" clause or, when `bare`
    ("made it clear he had doubts"), a clause with its own subject and no other opener."""
    if has_that(clause):
        return True
    return (bare and clause.pos_ in ("VERB", "AUX") and has_subject(clause, passive=True)
            and not any(c.dep_ == "mark" for c in clause.children)
            and clause.left_edge.tag_ != "WRB")


def noun_attribution(noun: Token, quotes: Sequence[CharSpan]) -> Attribution | None:
    """"Trump's claim that the election is rigged": a cue noun with a "that" clause;
    "the mayor's pledge to cut fares": a commitment noun, its owner and its infinitive."""
    doc = noun.doc
    lemma = noun.lemma_.lower()
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i
                   and has_that(c)), None) if lemma in THAT_NOUNS else None
    if clause is None and lemma in TO_NOUNS and any(c.dep_ == "poss" for c in noun.children):
        clause = next((c for c in noun.children if c.dep_ in ("acl", "xcomp") and c.i > noun.i
                       and c.tag_ == "VB" and any(g.tag_ == "TO" for g in c.children)), None)
    detached = _detached_that_clause(noun) if clause is None and lemma in THAT_NOUNS else None
    if detached is not None:
        lo, hi = detached
    elif clause is None:
        return None
    else:
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        hi = min(hi, lifted_participle_start(clause) or hi)
    content = char_range(doc, lo, hi)
    if content is None:
        return None
    src = next((c for c in noun.children if c.dep_ == "poss"), None)
    source: tuple[CharSpan, ...] = ()
    if src is not None:
        s_lo, s_hi = subtree_range(src)
        while s_hi > s_lo and doc[s_hi - 1].dep_ == "case":
            s_hi -= 1
        sp = char_range(doc, s_lo, s_hi)
        source = (sp,) if sp else ()
    return Attribution(
        source=source, cue=(tok_span([noun]),), content=(expand_to_quotes(content, quotes, doc),),
        cue_lemma=noun.lemma_.lower(), kind="object",
        source_token=src.i if source and src is not None else None, cue_token=noun.i, confidence=0.55,
    )


def stance_adjective_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`nominal.stance_adjective`: a stance adjective after a copula."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in STANCE_ADJS


def build_stance_adjective(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`nominal.stance_adjective`: "has been critical of X"."""
    return adjective_attribution(tok, ctx.quotes)


def made_case_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`nominal.made_case`: the verb "make" (the rule falls through when it builds nothing)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() == "make"


def build_made_case(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`nominal.made_case`: "made the case that ...", "made it clear that ..."."""
    return made_case_attribution(tok, ctx.quotes)


def cue_noun_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`nominal.cue_noun`: a cue noun ("claim") or a noun of commitment ("pledge")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in THAT_NOUNS | TO_NOUNS


def build_cue_noun(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`nominal.cue_noun`: "Trump's claim that ...", "the mayor's pledge to ..."."""
    return noun_attribution(tok, ctx.quotes)
