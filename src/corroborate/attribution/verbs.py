"""Verb cues: a cue verb, its complement or object, and its source ("X said that Y")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.as_reported import as_attribution
from corroborate.attribution.chained import chained_cue
from corroborate.attribution.complements import (
    colon_quote_after,
    controller_object,
    coordinated_cues,
    fronted_content,
    is_concessive_cue_on_its_content,
    is_hanging_cue,
    is_leading_cue,
    is_medial_cue,
    is_misparsed_complement,
    is_when_clause,
    parenthesized,
    subject_before_cue,
    subject_hung_on_cue,
    that_clause_in_adjunct,
)
from corroborate.attribution.content import (
    around_cue,
    around_cue_clause,
    clause_around,
    following_content,
    inverted_quote,
    is_proposition,
    object_content,
    passive_content,
    preceding_quote,
    quote_then_name,
    with_infinitive_conjuncts,
    without_adjunct_sources,
)
from corroborate.attribution.evidentials import evidential_attribution
from corroborate.attribution.model import Attribution, CharSpan, RuleContext
from corroborate.attribution.spans import (
    char_range,
    content_from_clause,
    is_inside,
    overlaps,
    overlaps_quote,
    source_chars,
    subtree_range,
    tok_span,
)
from corroborate.attribution.syntax import (
    cue_tokens,
    is_cue_verb,
    is_media_phrase,
    orphan_subject,
    relay_at,
    source_range,
    stance_of,
    subject_of,
)
from corroborate.lexicon.attribution import ADVERBIAL_MARKS, OBJECT_CUES


def verb_attribution(verb: Token, quotes: Sequence[CharSpan], learned: bool = False
                      ) -> Attribution | None:
    """The attribution a cue verb heads, or None.

    Args:
        verb: A verb whose lemma is in the cue lexicon, or (``learned``) one the trained cue
            finder picked: such a verb may take its content as an object, like the object cues.
        quotes: Quoted spans of the text.
    """
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if lemma in ("seem", "appear"):
        return evidential_attribution(verb, quotes)
    if learned and (verb.dep_ in ("acl", "amod") or lemma in lx.DECLINE_PHRASES or (
            verb.tag_ == "VBN" and not any(c.dep_ in lx.SUBJECT_DEPS | {"aux", "auxpass"}
                                           for c in verb.children))):
        return None  # "formerly known as X", "declined to confirm": labels, or the rules' own
    if verb.dep_ == "xcomp" and verb.head.lower_ == "worth":
        return None  # "It is worth noting that ...": the writer's aside, nobody's claim
    if any(c.lower_ == "having" and c.i == verb.i - 1 for c in verb.children if c.dep_ == "aux") and not any(
            c.dep_ in lx.SUBJECT_DEPS for c in verb.children):
        return None  # "Having said that, ...": a discourse marker
    comp = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if lemma in {"promise", "vow", "pledge", "threaten", "want", "plan", "urge", "expect"}:
        comp += [c for c in verb.children if c.dep_ == "xcomp"]
    elif learned:  # "decided to run": the complement, unless it is a cue of its own
        comp += [c for c in verb.children if c.dep_ == "xcomp" and not is_cue_verb(c)]
    # "Republicans want lower taxes (they say rates would ...)": a clause in parentheses
    # after the cue is an aside of its own, not what the cue introduces
    comp = [c for c in comp if not parenthesized(c, verb)]
    # "X scolded him: “...,” she said": of two complements, one that introduces a quote of
    # its own with a colon is another attribution; the cue's content is the quote
    if len(comp) > 1:
        comp = [c for c in comp if colon_quote_after(c, quotes) is None] or comp
    # "We have seen this before: the rebel leader declared war on ...": a clause that a colon
    # ends before the cue clause is the writer's lead-in, not what was said
    comp = [c for c in comp if not (c.i < verb.i and c.right_edge.i + 1 < verb.i
                                    and doc[c.right_edge.i + 1].text == ":")]
    # "this finding: ''27 firms reported 16,300 subsidiaries ...''": a cue inside a quote
    # takes no complement from outside it
    inside = next(((qs, qe) for qs, qe in quotes if qs <= verb.idx < qe), None)
    if inside is not None:
        comp = [c for c in comp if inside[0] <= c.left_edge.idx and c.right_edge.idx < inside[1]]
    # "That was what Roe said when she resigned": a clause that is itself a "when" clause
    # is the time of the saying ("said when the plant opens, it will hire" hangs "when" lower)
    comp = [c for c in comp if not is_when_clause(c)]
    # "While she acknowledged X was Y, Ortiz also noted Z": the parser hangs the opening clause
    # on the later cue as its complement; a clause before the cue that opens with "while",
    # "if" ... when the cue has an object after it is an adjunct, not what was said
    comp = [c for c in comp if not (
        c.i < verb.i and c.left_edge.dep_ == "mark" and c.left_edge.lower_ in ADVERBIAL_MARKS
        and not overlaps_quote(c, quotes)
        and any(o.dep_ in ("dobj", "ccomp") and o.i > verb.i for o in verb.children))]
    if not comp and (learned or lemma in lx.SPEECH_CUES):
        comp = [c for c in verb.children if is_misparsed_complement(verb, c)]
    if not comp and (learned or lemma in lx.SPEECH_CUES):
        comp = that_clause_in_adjunct(verb)
    fronted = fronted_content(verb) if not comp and lemma in lx.SPEECH_CUES else None
    if fronted is not None:
        comp = [fronted]
    if any(c.i > verb.i for c in comp) and any(c.i < verb.i for c in comp):
        # "Clinton isn't rattled — in fact, she said it “humanizes” her": a clause before the
        # cue with a complement after it is a sentence of its own, unless only its closing
        # comma or quote stands between it and the cue clause ("“You should resign,” Warren
        # told Hale, after he admitted ...": the clause after is the misparse)
        subj_lo = min([verb.i, *(c.left_edge.i for c in verb.children if c.dep_ == "nsubj")])
        adverbial_after = all(c.left_edge.lower_ in ADVERBIAL_MARKS for c in comp if c.i > verb.i)
        quoted_before = [c for c in comp if adverbial_after and c.i < verb.i and all(
            doc[k].is_punct or doc[k].is_space for k in range(c.right_edge.i + 1, subj_lo)) and any(
            doc[k].is_quote for k in range(c.right_edge.i - 1, subj_lo))]
        comp = quoted_before or [c for c in comp if c.i > verb.i]
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    chained = chained_cue(verb, xcomp, quotes, verb_attribution) if xcomp is not None else None
    if chained is not None:
        return chained  # "demanded to know whether ...", "went on to say, “...”"
    cue = cue_tokens(verb)
    kind = "verb"
    content: tuple[CharSpan, ...] | None = None
    quoted_name: Token | None = None
    inverted = inverted_quote(verb, quotes) if lemma in lx.SPEECH_CUES or learned else None
    if inverted is not None:
        content, quoted_name = (inverted[0],), inverted[1]
    elif comp:
        content_head = comp[0]
        content = content_from_clause(doc, content_head, coordinated_cues(content_head), quotes)
        hung = subject_hung_on_cue(verb, content_head) or controller_object(verb, content_head)
        if content and hung is not None and doc[hung.left_edge.i].idx < content[0][0]:
            content = ((doc[hung.left_edge.i].idx, content[0][1]), *content[1:])
        fronted_subj = subject_before_cue(verb, content_head) if hung is None else None
        if content and fronted_subj is not None:
            lo, hi = subtree_range(fronted_subj)
            subj_span = char_range(doc, lo, hi)
            if subj_span is not None:
                content = (subj_span, *content)
        if len(comp) > 1:
            extra = [content_from_clause(doc, c, [], quotes) for c in comp[1:]]
            content = tuple(sorted({*(content or ()), *(x[0] for x in extra if x)}))
        content, quoted_name = quote_then_name(verb, content, quotes)
        if content and any(s <= verb.idx < e for s, e in content):
            content = around_cue_clause(verb, comp[0], quotes)
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and (
            as_att := as_attribution(verb, quotes)) is not None:
        return as_att
    elif is_medial_cue(verb):
        # "The golf industry, she said, is doing much better": both sides of the cue clause
        content = clause_around(verb, quotes, both=True) or None
    elif is_concessive_cue_on_its_content(verb):
        # "While he acknowledged money was a reason, ...": the parser hangs the cue clause on
        # the content; the content is the head clause without the cue clause
        content = content_from_clause(doc, verb.head, [verb], quotes)
    elif is_leading_cue(verb):
        # "Instead, Roe told NPR, her plan would be ...": the cue clause opens the sentence
        # and the parser hangs it on the content; the content is the rest of the head clause
        lo, hi = subtree_range(verb.head, [verb])
        content = content_from_clause(doc, verb.head, [verb], quotes)
    elif is_hanging_cue(verb):
        # "The summit will take place ..., he said." parsed with the cue hanging off the
        # content: the content is the head clause without the cue clause.
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return as_attribution(verb, quotes)
        orphan = None if any(c.dep_ == "nsubj" for c in verb.children) else orphan_subject(verb)
        content = content_from_clause(doc, verb.head, [verb, *([orphan] if orphan else [])], quotes)
    else:
        obj = [c for c in verb.children if c.dep_ in lx.OBJECT_DEPS]
        if obj and overlaps_quote(obj[0], quotes) and lemma in lx.SPEECH_CUES:
            content = content_from_clause(doc, obj[0], [], quotes)
        elif (learned or lemma in OBJECT_CUES) and lemma not in lx.DECLINE_PHRASES:
            subjp = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if subjp and lemma not in OBJECT_CUES and not any(
                    c.dep_ in ("agent", "xcomp", "oprd", "ccomp") for c in verb.children):
                # "Neither the mayor nor her aides have been charged", "The festival is observed":
                # a passive the cue finder picked, with no agent and nothing said, is an event
                got = None
            else:
                got = (passive_content(verb, subjp[0], cue, quotes) if subjp
                       else object_content(verb, cue, quotes))
            if got is not None and (not learned or lemma in OBJECT_CUES or is_proposition(doc, got[0])):
                content, cue = got
                kind = "passive" if subjp else "object"
    if not content and (learned or lemma in lx.SPEECH_CUES):
        content = around_cue(verb, quotes)
    if not content and (learned or lemma in lx.SPEECH_CUES):
        content = preceding_quote(verb, quotes, relaxed=learned)
    if not content and learned:
        content = following_content(verb, quotes)
    if not content:
        return None
    content = with_infinitive_conjuncts(verb, content)
    content, adjunct_via = without_adjunct_sources(doc, content, comp)
    confidence = 0.6 if lemma in lx.MENTAL_CUES or lemma in lx.EVIDENCE_CUES else 0.85
    own = any(c.dep_ in lx.SUBJECT_DEPS for c in verb.children)
    if inverted is not None:
        src = quoted_name
    else:
        src = (None if own else orphan_subject(verb)) or subject_of(verb) or quoted_name
    if fronted is not None:
        src = next(c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i)
    if kind == "passive":
        src = next((p for c in verb.children if c.dep_ == "agent" for p in c.children
                    if p.dep_ == "pobj"), None)
    source: tuple[CharSpan, ...] = ()
    if src is not None and src.dep_ != "expl" and src.lower_ not in {"there"}:
        lo, hi = source_range(src, [verb])
        # "Russia's Ambassador to North Korea, Alexander Matsegora mused": two subjects
        others = [c for c in src.head.children if c.dep_ == src.dep_ and c.i != src.i
                  and (c.i < verb.i) == (src.i < verb.i)
                  and not is_inside((c.idx, c.idx + len(c)), content)]
        for other in others:
            o_lo, o_hi = source_range(other, [verb])
            lo, hi = min(lo, o_lo), max(hi, o_hi)
            if other.ent_type_ == "PERSON" and src.ent_type_ != "PERSON":
                src = other
        sp = source_chars(doc, lo, hi)
        if sp is not None and not is_inside(sp, content):
            source = (sp,)
    if not source:
        if (lemma in lx.MENTAL_CUES and kind != "passive") or verb.dep_ in ("acl", "amod", "relcl"):
            return None  # "is expected to", "known as": hedges and labels, not attributions
        confidence -= 0.15
    via_token, via_text = adjunct_via if adjunct_via else (None, None)
    if lemma in lx.ADDRESSEE_CUES:
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and is_media_phrase(c):
                lo, hi = subtree_range(c)
                via_token, via_text = c.i, doc[lo:hi].text
    if not cue:
        return None  # a punctuation "verb" the tagger got wrong
    cue_span = tok_span(cue)
    if is_inside(cue_span, content) or any(overlaps(cue_span, s) for s in source):
        return None
    relay = relay_at(doc, via_token) if via_token is not None else None
    return Attribution(
        source=source, cue=(cue_span,), content=content, cue_lemma=lemma, kind=kind,
        stance=stance_of(verb, cue), source_token=src.i if source and src is not None else None,
        cue_token=verb.i, via_token=via_token, via_text=via_text,
        confidence=round(confidence, 2), chain=(relay,) if relay is not None else (),
    )


def introduces_quote(verb: Token, quotes: Sequence[CharSpan]) -> bool:
    """"he demurred: “...”": a verb with its own subject before it, then a colon and a quote."""
    owner = verb.head if verb.dep_ == "conj" else verb  # "leaned in and boomed: “...”"
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in owner.children):
        return False
    return colon_quote_after(verb, quotes) is not None


def cue_verb_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`verbs.cue_verb`: a verb of the cue lexicon, not an auxiliary."""
    return is_cue_verb(tok)


def build_cue_verb(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`verbs.cue_verb`: the verb's reading; a wider one when the cue finder is sure of it.

    Nothing when the cue finder scores no word of the verb group at least `cue_drop`
    ("declined to confirm").
    """
    config = ctx.config
    if ctx.scores is not None and max(ctx.scores.get(t.i, 0.0) for t in cue_tokens(tok)) < config.cue_drop:
        return None
    att = verb_attribution(tok, ctx.quotes)
    score = ctx.score(tok)
    if att is None and score is not None and score >= config.cue_add:
        # the rules found no content; the cue finder is sure this is a cue: look wider
        att = verb_attribution(tok, ctx.quotes, learned=True)
    return att


def colon_quote_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`verbs.colon_quote`: "he demurred: “...”", "Trump boomed: “...”": a verb with a subject,
    a colon and a quote; the cue finder's doubt (a score of `cue_colon_quote`) is outweighed by
    the construction."""
    score = ctx.score(tok)
    return score is not None and score >= ctx.config.cue_colon_quote and tok.pos_ in ("VERB", "AUX") and (
        tok.dep_ != "aux") and introduces_quote(tok, ctx.quotes)


def learned_cue_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`verbs.learned_cue`: a verb no rule knows that the trained cue finder scores at least
    `cue_add` ("lambasted", "is seizing on")."""
    score = ctx.score(tok)
    return score is not None and score >= ctx.config.cue_add and tok.pos_ in ("VERB", "AUX") and (
        tok.dep_ != "aux")


def build_learned_verb(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`verbs.colon_quote` and `verbs.learned_cue`: the verb's wider ("learned") reading."""
    return verb_attribution(tok, ctx.quotes, learned=True)
