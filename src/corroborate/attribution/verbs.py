"""Verb cues: a cue verb, its complement or object, and its source ("X said that Y")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.as_reported import as_attribution
from corroborate.attribution.chained import chained_cue
from corroborate.attribution.complements import (
    colon_quote_after,
    content_hung_as_subject,
    coordinated_that_clauses,
    cue_complements,
    fronted_content,
    is_concessive_cue_on_its_content,
    is_hanging_cue,
    is_leading_cue,
    is_medial_cue,
    on_one_side,
)
from corroborate.attribution.content import (
    around_cue,
    clause_around,
    complement_content,
    following_content,
    inverted_quote,
    is_proposition,
    object_content,
    passive_content,
    preceding_quote,
    with_backshifted_conjunct,
    with_infinitive_conjuncts,
    with_stranded_predicate,
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
    addressee_clause,
    cue_tokens,
    is_cue_verb,
    is_media_phrase,
    is_to_infinitive,
    name_set_off_before,
    orphan_subject,
    relay_at,
    source_range,
    stance_of,
    statement_clause,
    subject_of,
)
from corroborate.lexicon.attribution import ALL_CUE_VERBS, INTERVIEW_NOUNS, OBJECT_CUES
from corroborate.lexicon.speakers import REFLEXIVES


def verb_attribution(verb: Token, quotes: Sequence[CharSpan], learned: bool = False
                     ) -> Attribution | None:
    """The attribution a cue verb heads, or None.

    The verb's complements (`complements.cue_complements`) or, without one, the first content
    strategy that finds something (`_read_content`), then its source.

    Args:
        verb: A verb whose lemma is in the cue lexicon, or (``learned``) one the trained cue
            finder picked: such a verb may take its content as an object, like the object cues.
        quotes: Quoted spans of the text.
    """
    lemma = verb.lemma_.lower()
    if lemma in ("seem", "appear"):
        return evidential_attribution(verb, quotes)
    if _not_a_cue(verb, lemma, learned):
        return None
    comp = cue_complements(verb, quotes, learned)
    fronted = fronted_content(verb) if not comp and lemma in lx.SPEECH_CUES else None
    if fronted is not None:
        comp = [fronted]
    elif not comp and lemma in lx.SPEECH_CUES:
        comp = [c for c in (content_hung_as_subject(verb),) if c is not None]
    comp = on_one_side(verb, comp)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    chained = chained_cue(verb, xcomp, quotes, verb_attribution) if xcomp is not None else None
    if chained is not None:
        return chained  # "demanded to know whether ...", "went on to say, “...”"
    reading = _read_content(verb, comp, quotes, learned)
    statement = statement_clause(verb)
    if reading is None or isinstance(reading, Attribution):
        if reading is not None or statement is None or lemma not in lx.SPEECH_CUES:
            return reading  # an "as" clause, read by its own rule
        reading = _Reading(cue=cue_tokens(verb))
    if statement is not None:
        reading = _with_statement_clause(verb, reading, statement)
    hearer = addressee_clause(verb)
    if hearer is not None and (not reading.content or reading.content[0][0] <= hearer.head.idx):
        # the content is the clause after the hearer, not the hearer with it
        spans = [char_range(verb.doc, hearer.head.i + 1, hearer.right_edge.i + 1), *(
            # "told the agency the water had smashed in, and that she had fled": the second
            # "that" clause, joined to the cue, is told too
            char_range(verb.doc, c.left_edge.i, c.right_edge.i + 1)
            for c in coordinated_that_clauses(verb, hearer))]
        if spans[0] is not None:
            reading = replace(reading, content=tuple(sp for sp in spans if sp is not None))
    if lemma in lx.SPEECH_CUES - lx.ADDRESSEE_CUES:
        reading = replace(reading, content=with_stranded_predicate(verb, reading.content))
    if not reading.content or _question_in_an_infinitive(verb, reading.content):
        return None
    return _attribution(verb, comp, reading, fronted, quotes)



def _question_in_an_infinitive(verb: Token, content: tuple[CharSpan, ...]) -> bool:
    """"the company took nearly two hours to tell them which chemicals were on board": an
    infinitive of purpose or degree whose content is a question ("which", "whether") states
    nothing and reports no telling; it is part of the clause it hangs on."""
    if verb.dep_ != "advcl" or not is_to_infinitive(verb):
        return False
    first = verb.doc.char_span(content[0][0], content[0][1], alignment_mode="expand")
    return first is not None and len(first) > 0 and first[0].lower_ in _QUESTION_WORDS


_QUESTION_WORDS = frozenset({"which", "what", "whether", "if", "how", "when", "where", "who", "why"})


def _with_statement_clause(verb: Token, reading: _Reading, clause: Token) -> _Reading:
    """"Talon said in a statement it knew of 11 fires", "... said in a statement that water
    samples taken downstream showed ...": the parser hangs the content (or its opening) on
    "statement" as a relative clause (`syntax.statement_clause`). The content runs from the
    word after the noun to the end of what the verb says."""
    doc = verb.doc
    # (to the end of a second "that" clause joined to the verb: "..., but that the captain
    # was still being held")
    end = max([clause.right_edge.i + 1, *(c.right_edge.i + 1 for c in verb.children
                                            if c.dep_ == "ccomp" and c.i > clause.i),
               *(c.right_edge.i + 1 for c in coordinated_that_clauses(verb, clause))])
    while end > clause.left_edge.i and doc[end - 1].is_punct:
        end -= 1
    span = char_range(doc, clause.head.i + 1, end)
    if span is None or (reading.content and span[0] > reading.content[0][0]):
        return reading
    return replace(reading, content=with_backshifted_conjunct(verb, (span,)))


def _not_a_cue(verb: Token, lemma: str, learned: bool) -> bool:
    """Labels, asides and discourse markers that look like cues."""
    if learned and (verb.dep_ in ("acl", "amod") or lemma in lx.DECLINE_PHRASES or (
            verb.tag_ == "VBN" and not any(c.dep_ in lx.SUBJECT_DEPS | {"aux", "auxpass"}
                                           for c in verb.children))):
        return True  # "formerly known as X", "declined to confirm": labels, or the rules' own
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ in ("nsubjpass", "agent") for c in verb.children):
        # "the storm was forecast to emerge ... and is expected to exit ...": a passive joined
        # to another clause, its subject that clause's, says nothing of who expects: a hedge
        return True
    if lemma == "call" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
        return True  # "a group that calls itself the Free Army": a name, not a claim
    if verb.dep_ == "xcomp" and verb.head.lower_ == "worth":
        return True  # "It is worth noting that ...": the writer's aside, nobody's claim
    # "Having said that, ...": a discourse marker
    having = any(c.lower_ == "having" and c.i == verb.i - 1 for c in verb.children if c.dep_ == "aux")
    return having and not any(c.dep_ in lx.SUBJECT_DEPS for c in verb.children)


@dataclass
class _Reading:
    """What a content strategy found: the content, the cue (an object rule may widen it:
    "railed against"), the kind, and a speaker named after a quote ("“...,” said X")."""

    cue: list[Token]
    content: tuple[CharSpan, ...] | None = None
    kind: str = "verb"
    quoted_name: Token | None = None
    inverted: bool = False


def _read_content(verb: Token, comp: list[Token], quotes: Sequence[CharSpan], learned: bool
                  ) -> _Reading | Attribution | None:
    """The content of a cue verb: an inverted quote, its complements, the clause its cue clause
    sits in, or its object, then the fallbacks that look around the cue; an Attribution when an
    "as" clause (`as_reported.as_clause`) reads it instead, None when nothing does."""
    lemma = verb.lemma_.lower()
    reading = _Reading(cue=cue_tokens(verb))
    inverted = inverted_quote(verb, quotes) if lemma in lx.SPEECH_CUES or learned else None
    if inverted is not None:
        reading.content, reading.quoted_name, reading.inverted = (inverted[0],), inverted[1], True
    elif comp:
        reading.content, reading.quoted_name = complement_content(verb, comp, quotes)
    else:
        shape, found = _cue_clause_content(verb, quotes)
        if shape == "as":
            return found if isinstance(found, Attribution) else None
        if shape == "none":
            _object_reading(verb, reading, quotes, learned)
        elif not isinstance(found, Attribution):
            reading.content = found
    if not reading.content:
        reading.content = _content_around(verb, quotes, learned)
    return reading


_Shape = Literal["as", "clause", "none"]


def _cue_clause_content(verb: Token, quotes: Sequence[CharSpan]
                        ) -> tuple[_Shape, tuple[CharSpan, ...] | Attribution | None]:
    """The content of a cue verb with no complement, from the shape of its cue clause.

    Returns:
        ("as", what `as_reported.as_clause` reads: the verb's reading, even when None);
        ("clause", the content or None) for a medial, concessive, leading or hanging cue
        clause; ("none", None) when the clause has none of those shapes (its object is next).
    """
    doc = verb.doc
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and (
            as_att := as_attribution(verb, quotes)) is not None:
        return "as", as_att
    if is_medial_cue(verb):
        # "The golf industry, she said, is doing much better": both sides of the cue clause
        return "clause", clause_around(verb, quotes, both=True) or None
    if is_concessive_cue_on_its_content(verb) or is_leading_cue(verb):
        # "While he acknowledged money was a reason, ...", "Instead, Roe told NPR, her plan
        # would be ...": the parser hangs the cue clause on the content; the content is the
        # head clause without the cue clause
        return "clause", content_from_clause(doc, verb.head, [verb], quotes)
    if is_hanging_cue(verb):
        # "The summit will take place ..., he said." parsed with the cue hanging off the
        # content: the content is the head clause without the cue clause.
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return "as", as_attribution(verb, quotes)
        orphan = None if any(c.dep_ == "nsubj" for c in verb.children) else orphan_subject(verb)
        return "clause", content_from_clause(doc, verb.head, [verb, *([orphan] if orphan else [])], quotes)
    return "none", None


def _object_reading(verb: Token, reading: _Reading, quotes: Sequence[CharSpan], learned: bool) -> None:
    """"called for a ban", "The firm is expected to earn ...": the verb's object (or passive
    subject) as content, for an object cue or one the cue finder picked."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    obj = [c for c in verb.children if c.dep_ in lx.OBJECT_DEPS]
    if obj and overlaps_quote(obj[0], quotes) and lemma in lx.SPEECH_CUES:
        reading.content = content_from_clause(doc, obj[0], [], quotes)
        return
    if not (learned or lemma in OBJECT_CUES) or lemma in lx.DECLINE_PHRASES:
        return
    if lemma == "recall" and not any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON")
                                     for c in verb.children):
        return  # "Ford recalls 412,000 SUVs": a product recall, not a memory told
    # not a line's label the parser took for a second subject ("Casualties: Fourteen deaths
    # have been confirmed so far"): the subject nearest the verb
    subjp = sorted((c for c in verb.children if c.dep_ == "nsubjpass"), key=lambda c: abs(c.i - verb.i))
    if subjp and lemma not in OBJECT_CUES and not any(
            c.dep_ in ("agent", "xcomp", "oprd", "ccomp") for c in verb.children):
        # "Neither the mayor nor her aides have been charged", "The festival is observed":
        # a passive the cue finder picked, with no agent and nothing said, is an event
        return
    got = (passive_content(verb, subjp[0], reading.cue, quotes) if subjp
           else object_content(verb, reading.cue, quotes))
    if got is not None and (not learned or lemma in OBJECT_CUES or is_proposition(doc, got[0])):
        reading.content, reading.cue = got
        reading.kind = "passive" if subjp else "object"


def _content_around(verb: Token, quotes: Sequence[CharSpan], learned: bool) -> tuple[CharSpan, ...] | None:
    """The fallbacks: the sentence around a cue clause set off by commas, the quote closing
    before it, and (for the cue finder's picks) what follows it."""
    content = None
    if learned or verb.lemma_.lower() in lx.SPEECH_CUES:
        content = around_cue(verb, quotes) or preceding_quote(verb, quotes, relaxed=learned)
    if not content and learned:
        content = following_content(verb, quotes)
    return content


def introduces_quote(verb: Token, quotes: Sequence[CharSpan]) -> bool:
    """"he demurred: “...”": a verb with its own subject before it, then a colon and a quote."""
    owner = verb.head if verb.dep_ == "conj" else verb  # "leaned in and boomed: “...”"
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in owner.children):
        return False
    return colon_quote_after(verb, quotes) is not None


def cue_verb_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`verbs.cue_verb`: a verb of the cue lexicon, not an auxiliary; or such a word the
    tagger took for a noun though it has a subject and a clause ("The bank forecast that
    growth would slow": "forecast" NN with an nsubj and a ccomp)."""
    return is_cue_verb(tok) or _mistagged_cue_verb(tok)


def _mistagged_cue_verb(tok: Token) -> bool:
    """A cue word tagged as a noun that governs a subject before it and a clausal complement
    after it, which only a verb does."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in ALL_CUE_VERBS
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
            and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children))


def build_cue_verb(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`verbs.cue_verb`: the verb's reading; a wider one when the cue finder is sure of it.

    Nothing when the cue finder scores no word of the verb group at least `cue_drop`
    ("declined to confirm").
    """
    config = ctx.config
    if ctx.scores is not None and max(ctx.scores.get(t.i, 0.0) for t in cue_tokens(tok)) < config.cue_drop:
        return None
    att = verb_attribution(tok, ctx.quotes) or _report_hung_on_its_content(tok)
    score = ctx.score(tok)
    if att is None and score is not None and score >= config.cue_add:
        # the rules found no content; the cue finder is sure this is a cue: look wider
        att = verb_attribution(tok, ctx.quotes, learned=True)
    if att is not None and (_manner_of_a_cue(tok, att) or _asked(tok) or _cites_a_cue(tok)):
        return None
    return att


def _report_hung_on_its_content(verb: Token) -> Attribution | None:
    """"The Times of India reported, citing officials, that Modi would also visit Austria":
    the parser made the report a clause of "visit", whose "that" stands after the cue. The
    content is the clause from its "that"; the source the cue's own subject."""
    head = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "acl" and head.i < verb.i and head.dep_ in ("nsubj", "nsubjpass") and (
            head.head.i > verb.i):
        # "The Associated Press news agency reported on Sunday, citing two officials, that
        # power cuts may be extended": the report read as a reduced relative of its own
        # subject, which the parser made the subject of the content's verb
        subject, head = head, head.head
    elif verb.dep_ == "acl" and head.i < verb.i and head.dep_ == "ROOT" and (
            head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
            and (clause := _that_clause_of(head, verb)) is not None):
        # "A British tabloid reported on Tuesday, citing unnamed investigators, that the
        # paintings were worth £40 million": the report and the content both read as
        # clauses of the subject, the sentence's root
        subject, head = head, clause
    elif verb.dep_ not in ("ccomp", "parataxis") or head.i <= verb.i:
        return None
    if verb.lemma_.lower() not in lx.SPEECH_CUES:
        return None
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "that"
                 and verb.i < c.i < head.i), None)
    if mark is None and verb.dep_ == "acl" and (clause := _that_clause_of(verb.head, verb)) is not None:
        # (or hung the content on the subject too: "The JoongAng Ilbo ... reported on
        # Tuesday, citing unnamed officials, that Jakarta would pay ...")
        head = clause
        mark = next(c for c in head.children if c.dep_ == "mark" and c.lower_ == "that")
    if mark is None or subject is None:
        return None
    end = max(t.i for t in head.subtree if not (t.is_punct or t.is_space))
    content = char_range(verb.doc, mark.i, end + 1)
    lo, hi = source_range(subject, [verb]) if subject.head.i != head.i else subtree_range(
        subject, [verb])
    source = char_range(verb.doc, lo, hi)
    cue = cue_tokens(verb)
    if content is None or source is None:
        return None
    return Attribution(source=(source,), cue=(tok_span(cue),), content=(content,),
                       cue_lemma=verb.lemma_.lower(), kind="verb", source_token=subject.i,
                       cue_token=verb.i)


def _that_clause_of(noun: Token, verb: Token) -> Token | None:
    """A clause opened by "that" that the parser hung on `noun` after the cue `verb`."""
    return next((c for c in noun.children if c.i > verb.i and c.dep_ in ("acl", "relcl", "ccomp")
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def _misparsed_citing(verb: Token) -> Token | None:
    """The cited party of "The Journal, citing people familiar with the matter, reported that
    X" when the parser hung "reported" on "people" as a reduced relative (the Journal the root,
    "citing" its adverbial clause): the cue's real subject is the outlet, and the claim is
    the cited party's, relayed by it (`passes.cited_sources` reads the well-parsed kind)."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.lemma_.lower() == "cite" and (
            head.head.tag_ == "VBG") and any(c.dep_ == "ccomp" for c in verb.children):
        return head  # "reported" (VBD or, as the tagger often has it here, VBN) with its clause
    return None


def _citing_outlet(verb: Token) -> tuple[int, int, int] | None:
    """The outlet of a misparsed "The Journal, citing people ..., reported" (token, and its
    phrase's token range without the participle's clause), or None."""
    cited = _misparsed_citing(verb)
    if cited is None:
        return None
    outlet = cited.head.head
    if outlet.pos_ not in ("PROPN", "NOUN") or not is_media_phrase(outlet):
        return None
    lo, hi = subtree_range(outlet, [cited.head])
    while hi > lo + 1 and verb.doc[hi - 1].is_punct:
        hi -= 1
    return outlet.i, lo, hi


def _cites_a_cue(verb: Token) -> bool:
    """"citing" whose object carries the misparsed cue (`_misparsed_citing`): that cue reads the
    claim, and the participle's own reading would swallow it."""
    return verb.lemma_.lower() == "cite" and any(
        c.dep_ == "dobj" and any(_misparsed_citing(g) is not None and is_cue_verb(g) for g in c.children)
        for c in verb.children)


def _asked(verb: Token) -> bool:
    """"Asked whether he would resign, the minister said no": a passive participle of a cue
    opening the sentence has the main clause's subject as its hearer, not its speaker (the one
    who asked is not named); the question is no claim, the answer is the main verb's."""
    if verb.dep_ == "xcomp":  # "Asked to describe the device, O'Neill said ...": nor what
        verb = verb.head      # he was asked to say
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and not any(
        c.dep_ in lx.SUBJECT_DEPS for c in verb.children)


def _manner_of_a_cue(verb: Token, att: Attribution) -> bool:
    """A participle that only says how another cue's speaker spoke: "Writing on Twitter, Musk
    said ...", "Speaking to reporters, the minister said ...". Its "content" is the medium or
    the addressee, the object of its preposition, with no verb; the claim is the main verb's.
    "..., adding that the talks had failed" has a clause of its own and stays a claim, and so
    does "Citing a conspiracy theory, Trump said ..." (a direct object: PolNeAR annotates
    such participles as attributions of their own)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not is_cue_verb(verb.head):
        return False
    doc = verb.doc
    for start, end in att.content:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            return False
        root = span.root
        if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.head.i != verb.i:
            return False
    return True


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


def _attribution(verb: Token, comp: Sequence[Token], reading: _Reading, fronted: Token | None,
                 quotes: Sequence[CharSpan]) -> Attribution | None:
    """The attribution of a cue verb whose content was found: its source, `via` and relay."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    assert reading.content
    content = with_infinitive_conjuncts(verb, reading.content)
    content, adjunct_via = without_adjunct_sources(doc, content, comp)
    confidence = 0.6 if lemma in lx.MENTAL_CUES or lemma in lx.EVIDENCE_CUES else 0.85
    source, src = _source(verb, _source_token(verb, reading, fronted), content)
    if not source:
        if (lemma in lx.MENTAL_CUES and reading.kind != "passive") or verb.dep_ in ("acl", "amod", "relcl"):
            return None  # "is expected to", "known as": hedges and labels, not attributions
        confidence -= 0.15
    citing_outlet = _citing_outlet(verb)
    via_token, via_text = _via(verb, adjunct_via, citing_outlet)
    cue = reading.cue
    if not cue:
        return None  # a punctuation "verb" the tagger got wrong
    cue_span = tok_span(cue)
    if is_inside(cue_span, content) or any(overlaps(cue_span, s) for s in source):
        return None
    relay = relay_at(doc, via_token) if via_token is not None else None
    if citing_outlet is not None:  # the outlet's own phrase, not the sentence it roots
        span = char_range(doc, citing_outlet[1], citing_outlet[2])
        relay = (span, citing_outlet[0]) if span is not None else None
    return Attribution(
        source=source, cue=(cue_span,), content=content, cue_lemma=lemma, kind=reading.kind,
        stance=stance_of(verb, cue), source_token=src.i if source and src is not None else None,
        cue_token=verb.i, via_token=via_token, via_text=via_text,
        confidence=round(confidence, 2), chain=(relay,) if relay is not None else (),
    )


def _source_token(verb: Token, reading: _Reading, fronted: Token | None) -> Token | None:
    """The head of a cue verb's source: the speaker named after an inverted quote, the subject
    (or one the parser hung elsewhere), the subject after a fronted content, a passive's agent."""
    cited = _misparsed_citing(verb)
    if cited is not None:
        return cited
    if reading.inverted:
        src = reading.quoted_name
    else:
        own = any(c.dep_ in lx.SUBJECT_DEPS for c in verb.children)
        src = ((None if own else orphan_subject(verb)) or subject_of(verb) or reading.quoted_name
               or (None if own else name_set_off_before(verb)))
    if fronted is not None:
        # the other subject: after an inverted cue ("..., said Anna Berg") or before a plain
        # one ("..., the weather service said")
        src = next(c for c in verb.children if c.dep_ == "nsubj" and c.i != fronted.i)
    if reading.kind == "passive":
        src = next((p for c in verb.children if c.dep_ == "agent" for p in c.children
                    if p.dep_ == "pobj"), None)
    return src


def _source(verb: Token, src: Token | None, content: tuple[CharSpan, ...]
            ) -> tuple[tuple[CharSpan, ...], Token | None]:
    """The source's span (none when it lies inside the content) and its head token."""
    if src is None or src.dep_ == "expl" or src.lower_ in {"there"}:
        return (), src
    if src.dep_ == "csubj" and src.tag_ == "VBG":
        # a clause is no speaker: "Talking to People magazine, Jack Ketsoyan ... confirms",
        # the participle misparsed as the cue's subject (the name hangs inside its clause)
        return (), src
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
    sp = source_chars(verb.doc, lo, hi)
    if sp is not None and not is_inside(sp, content):
        return (sp,), src
    return (), src


def _via(verb: Token, adjunct_via: tuple[int, str] | None,
         citing_outlet: tuple[int, int, int] | None = None) -> tuple[int | None, str | None]:
    """The outlet a claim came through: an "according to X" cut off its content, or an outlet
    the cue verb addresses ("told state media")."""
    via_token, via_text = adjunct_via if adjunct_via else (None, None)
    if citing_outlet is not None:
        via_token, lo, hi = citing_outlet
        via_text = verb.doc[lo:hi].text
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        # "In an interview with the BBC, the president said ...": said to the BBC
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in INTERVIEW_NOUNS):
            for with_ in (g for g in noun.children if g.dep_ == "prep" and g.lower_ == "with"):
                for outlet in (g for g in with_.children if g.dep_ == "pobj" and (
                        is_media_phrase(g) or g.ent_type_ == "ORG" or g.lower_ in lx.MEDIA_OUTLETS)):
                    lo, hi = subtree_range(outlet)
                    via_token, via_text = outlet.i, verb.doc[lo:hi].text
    if verb.lemma_.lower() in lx.ADDRESSEE_CUES:
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and is_media_phrase(c):
                lo, hi = subtree_range(c)
                via_token, via_text = c.i, verb.doc[lo:hi].text
    return via_token, via_text
