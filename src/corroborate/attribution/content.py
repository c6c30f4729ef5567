"""Content strategies: where a cue verb's content lies when it is not its complement clause."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from corroborate import lexicon as lx
from corroborate.attribution.according import names_a_source
from corroborate.attribution.complements import (
    colon_quote_after,
    controller_object,
    coordinated_cues,
    cue_clause_start,
    is_when_clause,
    only_adverbial_before,
    subject_before_cue,
    subject_hung_on_cue,
)
from corroborate.attribution.model import CharSpan
from corroborate.attribution.quotes import QUOTE_RE, closes_with_comma
from corroborate.attribution.spans import (
    KEPT_SYMBOLS,
    char_range,
    content_from_clause,
    doc_text,
    expand_to_quotes,
    is_inside,
    overlaps_quote,
    subtree_range,
)
from corroborate.attribution.syntax import (
    cue_tokens,
    is_addressee,
    is_cue_verb,
    is_to_infinitive,
    name_before,
    orphan_subject,
    source_range,
)
from corroborate.lexicon.attribution import (
    BARE_CUE_OBJECTS,
    DIRECTIVE_VERBS,
    OBJECT_PREPOSITIONS,
    SET_OFF_MARKS,
)
from corroborate.lexicon.match import TIME_WORDS


def object_content(verb: Token, cue: list[Token], quotes: Sequence[CharSpan]
                    ) -> tuple[tuple[CharSpan, ...], list[Token]] | None:
    """"called for a ban", "criticized her aides for ...", "urged X to ...": the
    verb's objects, complements and argument-like prepositional phrases after it.

    A preposition right after the verb group belongs to the cue ("railed against").
    """
    doc = verb.doc
    parts: list[Token] = []
    cue = list(cue)
    end_cue = cue[-1].i
    addressee = verb.lemma_.lower() in lx.ADDRESSEE_CUES
    skipped = False
    for c in verb.children:
        if c.i < verb.i:
            continue
        if addressee and c.dep_ in ("dobj", "dative") and is_addressee(c) and not any(
                g.dep_ in ("xcomp", "ccomp") for g in verb.children):
            skipped = True
            continue  # "Roe told NPR, her plan would ...": whom, not what ("warned X to" keeps X)
        if c.dep_ in ("dobj", "dative", "oprd", "xcomp", "ccomp") and not is_when_clause(c):
            parts.append(c)
        elif c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS and any(
                g.dep_ in ("pobj", "pcomp") or _as_predicate(c, g) for g in c.children):
            if c.i == end_cue + 1 and not parts:
                if c.lower_ == "to" or _a_time(c):
                    continue  # "posted to X", "spoke to reporters": a destination; "on Tuesday"
                cue.append(c)
                end_cue = c.i
                parts.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
            elif parts or (skipped and c.lower_ in ("about", "of")):  # "warn them about ..."
                parts.append(c)
        elif c.dep_ == "advcl" and parts and (_as_complement(c, parts[-1]) or _noun_infinitive(c, parts[-1])):
            parts.append(c)
        elif c.dep_ == "prep" and c.lower_ == "into" and parts and c.i == parts[-1].right_edge.i + 1:
            parts.append(c)  # "ordered a probe into the sinking": the object's, hung on the cue
        elif parts and (told := _told_infinitive(verb, c)) is not None:
            parts.append(told)
    if not parts:
        return None
    if len(parts) == 1 and parts[0].lemma_.lower() in BARE_CUE_OBJECTS and (
            parts[0].right_edge.i == parts[0].i):
        return None  # "issued a statement": the content comes elsewhere, if at all
    lo = min(p.left_edge.i for p in parts)
    hi = max(p.right_edge.i for p in parts) + 1
    lo = max(lo, end_cue + 1)
    span = char_range(doc, lo, hi)
    if span is None:
        return None
    return (expand_to_quotes(span, quotes, doc),), cue


def _a_time(prep: Token) -> bool:
    """"reported on Tuesday, citing two sources, that ...": a preposition right after the cue
    whose object is a day, a date or a time says when: it is not the cue's ("reported on"),
    and its object is not what the cue says."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(
        g.ent_type_ in ("DATE", "TIME") or all(t.lower_ in TIME_WORDS or t.like_num for t in g.subtree)
        for g in objects)


def _told_infinitive(verb: Token, c: Token) -> Token | None:
    """"urged residents on Tuesday to stay indoors", "asked airlines in a statement on
    Wednesday to scrap 40 percent of their flights": the infinitive a directive verb's object
    is told, which the parser hangs on the verb as an adverbial clause, or on the document
    noun, past a phrase of time or place. The content runs from the object to its end."""
    if verb.lemma_.lower() not in DIRECTIVE_VERBS:
        return None
    if c.dep_ == "prep" and c.lower_ == "in":
        nouns = [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in lx.DOCUMENT_NOUNS]
        c = next((a for n in nouns for a in n.children if a.dep_ == "acl"), c)
    if c.dep_ not in ("advcl", "acl") or not is_to_infinitive(c):
        return None
    return None if any(a.dep_ in lx.SUBJECT_DEPS for a in c.children) else c


def _noun_infinitive(clause: Token, part: Token) -> bool:
    """"described Indonesia as the first Southeast Asian nation to become a partner": an
    infinitive right after an "as" phrase is the phrase's noun's ("the first nation to"),
    which the parser hung on the cue."""
    after = clause.left_edge.i == part.right_edge.i + 1
    return part.dep_ == "prep" and part.lower_ == "as" and after and is_to_infinitive(clause)


def _as_complement(clause: Token, obj: Token) -> bool:
    """"described the cut as welcome relief": what the object is called, parsed as an "as"
    clause right after it, with no subject of its own ("confirmed the deaths as rescuers
    searched" has one: a time, no part of what was said) and no participle for its head ("as
    expected", "as planned")."""
    return clause.left_edge.i == obj.right_edge.i + 1 and clause.doc[clause.left_edge.i].lower_ == "as" and (
        not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children)
        and clause.tag_ not in ("VBN", "VBD", "VBG"))  # "reported the loss as expected": a manner


def _as_predicate(prep: Token, child: Token) -> bool:
    """"described the plan as reckless": the parser hangs the adjective on "as" (amod), not as
    its object ("dismissed the offer as insulting": a participle); it is still what the
    speaker called the plan."""
    return prep.lower_ == "as" and child.dep_ in ("amod", "acomp") and (
        child.pos_ == "ADJ" or child.tag_ in ("VBG", "VBN"))


def passive_content(verb: Token, subj: Token, cue: list[Token], quotes: Sequence[CharSpan]
                     ) -> tuple[tuple[CharSpan, ...], list[Token]] | None:
    """"The firm is expected to earn ...", "X has been called 'Y' by Z": the passive
    subject and the complement after the verb, as two fragments."""
    doc = verb.doc
    if subj.i > verb.i or subj.lower_ in lx.NON_SOURCES | {"he", "she", "they", "i", "we", "you"}:
        return None
    lo, hi = subtree_range(subj)
    first = char_range(doc, lo, hi)
    if first is None:
        return None
    spans = [first]
    rest = [c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "oprd", "ccomp")]
    if rest:
        r_lo = max(min(c.left_edge.i for c in rest), cue[-1].i + 1)
        r_hi = max(c.right_edge.i for c in rest) + 1
        second = char_range(doc, r_lo, r_hi)
        if second is not None:
            spans.append(second)
    return tuple(expand_to_quotes(sp, quotes, doc) for sp in spans), cue


def preceding_quote(verb: Token, quotes: Sequence[CharSpan], relaxed: bool = False
                     ) -> tuple[CharSpan, ...] | None:
    """"“A. B,” said Leslie Wimes" / "“A. B,” she said" when the sentence splitter cut the
    quote: the quote that closes right before the cue clause.

    ``relaxed`` (a cue the trained finder is sure of) also takes a subject hung elsewhere
    ("“...,” Fire Chief Ann Ruiz said Monday", parsed as a conjunct).
    """
    doc = verb.doc
    # "“My dear Michael Cohen,” the conference speaker says": not a subject inside the quote
    subj = next((c for c in verb.children if c.dep_ == "nsubj"
                 and not is_inside((c.idx, c.idx + len(c)), quotes)), None)
    if subj is None and relaxed:
        subj = orphan_subject(verb) or name_before(verb)
    if relaxed and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and any(
            c.dep_ == "dobj" and not overlaps_quote(c, quotes) for c in verb.children):
        # "As host of “The Night Desk,” Doe demeaned callers": a verb with its own subject and object
        # ("“Resign!” blared the front page", parsed with the page as object, keeps its quote)
        return None
    start = verb.i if subj is None or subj.i > verb.i else subj.left_edge.i
    if subj is not None and subj.head.i != verb.i:
        start = source_range(subj, [verb])[0]
    if subj is None and verb.dep_ != "ROOT":
        return None
    text = doc_text(doc)
    at = doc[start].idx
    for qs, qe in quotes:
        if (qe <= at and at - qe <= 3 and text[qe:at].strip(" ,") == "" and qe - qs > 1
                and closes_with_comma(text, qe)):
            return ((qs, qe),)
    return None


def is_proposition(doc: Doc, content: Sequence[CharSpan]) -> bool:
    """Whether a content states something (a clause, or a quotation), rather than naming a
    topic: "made a visit to ...", "commented on the matter", "imposed sanctions on ...".

    The cue finder's cues with a noun phrase for content are annotated in PolNeAR ("cited his
    endorsements"), but they are no claims a reader could corroborate.
    """
    text = doc_text(doc)
    if QUOTE_RE.match(text[content[0][0] : content[0][1]]):
        return True
    span = doc.char_span(content[0][0], content[-1][1], alignment_mode="expand")
    return span is not None and span.root.pos_ in ("VERB", "AUX")


def around_cue_clause(verb: Token, clause: Token, quotes: Sequence[CharSpan]
                       ) -> tuple[CharSpan, ...] | None:
    """"rules, which he said had hurt local shops", "Norway, which the agency says had
    the highest wage floors": the relative pronoun of the content clause comes before the
    source and cue. The content is the clause less the cue and its subject: "which | had ...".
    """
    doc = verb.doc
    skip = {t.i for t in cue_tokens(verb)} | {verb.i}
    for c in verb.children:
        if c.dep_ in lx.SUBJECT_DEPS or (
                c.dep_ in ("advmod", "npadvmod", "prep") and c.i < clause.left_edge.i):
            skip.update(t.i for t in c.subtree)
    lo, hi = subtree_range(clause)
    runs: list[tuple[int, int]] = []
    for i in range(lo, hi):
        if i in skip or (doc[i].is_punct and not doc[i].is_quote):
            continue
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    spans = [char_range(doc, a, b) for a, b in runs]
    out = tuple(expand_to_quotes(sp, quotes, doc) for sp in spans if sp is not None)
    return out or None


def around_cue(verb: Token, quotes: Sequence[CharSpan]) -> tuple[CharSpan, ...] | None:
    """"Acme was a giant, Mr. Hale said, until it went bankrupt": a cue clause set off
    by commas inside its content, or closing it ("People like Scott, he said."), however the
    parser hung it. The content is the rest of the sentence, in one or two spans.

    The cue clause is the subject, the verb and what sits between them, and an adverb or date
    right after the verb ("said Monday"); it must be set off by a comma or dash before it and
    be followed by one, or by the end of the sentence.
    """
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None:  # "..., Chief Justice Roberts said, ...", the name hung elsewhere
        name = name_before(verb)
        subj = name if name is not None and name.pos_ in ("PROPN", "PRON") else None
    hearer = verb.lemma_.lower() in lx.ADDRESSEE_CUES
    if subj is None or any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and not (
            hearer and c.i > verb.i and is_addressee(c))) for c in verb.children):
        return None
    if subj.lower_ in lx.RELATIVE_PRONOUNS:
        return None  # "said an organizer, who, like all the others, responded anonymously"
    lo = subj.left_edge.i if subj.head.i == verb.i else source_range(subj, [verb])[0]
    hi = verb.i + 1
    # the cue clause takes a one-word adverb or date, the hearer and a time after the verb:
    # "said yesterday", "he told me on Friday", not "described how, ..."
    while hi < len(doc) and doc[hi].head.i == verb.i:
        t = doc[hi]
        if t.dep_ in ("advmod", "npadvmod") and t.right_edge.i == t.i and t.tag_ != "WRB":
            hi += 1
        elif (t.dep_ == "dobj" and hearer and is_addressee(t)) or (t.dep_ == "prep" and any(
                g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in t.children)):
            hi = t.right_edge.i + 1
        else:
            break
    sent = verb.sent
    if lo <= sent.start or doc[lo - 1].text not in SET_OFF_MARKS:
        return None
    after = doc[hi] if hi < sent.end else None
    rest = [t for t in doc[hi:sent.end] if not (t.is_punct or t.is_space)]
    if after is not None and after.text not in SET_OFF_MARKS and rest:
        return None
    if only_adverbial_before(verb, sent.start, lo - 1):
        # "But when the council cut the budget ..., the mayor said enough", "After X criticized
        # Y, Mary shot back, “...”": a clause of the cue verb before it is its time, not its
        # content, which is only what follows, if anything ("If the talks fail, Ortiz
        # argues, there are ..." keeps its condition, part of what was said, and "As X spoke,
        # a boy was hurt, police said" has a clause of its own before it: both keep theirs)
        after_part = char_range(doc, hi + 1, sent.end) if rest else None
        return (expand_to_quotes(after_part, quotes, doc),) if after_part else None
    parts = [char_range(doc, sent.start, lo - 1)]
    if rest:
        parts.append(char_range(doc, hi + 1, sent.end))
    spans = [expand_to_quotes(p, quotes, doc) for p in parts if p is not None]
    if not spans or len(doc[sent.start:lo - 1]) < 2:
        return None
    if len(spans) == 2 and spans[0][1] > spans[1][0]:
        return ((spans[0][0], spans[1][1]),)
    return tuple(spans)


def inverted_quote(verb: Token, quotes: Sequence[CharSpan]) -> tuple[CharSpan, Token] | None:
    """"“A. B,” said Leslie Wimes, ...": a quote that closes right before the cue, with the
    speaker after it. The parser often takes a word of the quote for the subject ("B ...
    said"), and the quote may start sentences earlier; the quote mark decides the content.

    Returns:
        The quote's span and the subject after the verb, or None.
    """
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or not doc[k].is_quote:
        return None
    end = doc[k].idx + len(doc[k])
    quote = next(((qs, qe) for qs, qe in quotes if qe == end and qe - qs > 3), None)
    if quote is None or not closes_with_comma(doc_text(doc), end):
        return None
    after = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if after is None:
        return None
    # "Trump's misinformation may be “strategic,” said Hemsley": the quote ends a clause that
    # starts before it, in the same sentence; the content is the whole clause.
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None)
    if clause is not None and clause.left_edge.idx < quote[0] and clause.left_edge.i >= verb.sent.start:
        return (clause.left_edge.idx, quote[1]), after
    return quote, after


def quote_then_name(verb: Token, content: tuple[CharSpan, ...] | None, quotes: Sequence[CharSpan]
                     ) -> tuple[tuple[CharSpan, ...] | None, Token | None]:
    """"“...,” Fire Chief Ann Ruiz said": the parser often hangs the name between
    the quote and the cue on the quoted clause. The content is then the quote alone, and the
    name, when nothing but a name lies between them, is the source."""
    if not content or len(content) != 1:
        return content, None
    doc = verb.doc
    s, e = content[0]
    quote = next(((qs, qe) for qs, qe in quotes if qs == s and qe < e <= doc[verb.i].idx + 1), None)
    if quote is None:
        return content, None
    between = [t for t in doc if quote[1] <= t.idx and t.idx + len(t) <= doc[verb.i].idx and not t.is_space]
    words = [t for t in between if not t.is_punct]
    if not words or any(t.pos_ in ("VERB", "AUX") and t.ent_type_ == "" and t.tag_ != "NNP" for t in words):
        return content, None
    if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.tag_ == "NNP" for t in words):
        return content, None
    return (quote,), words[-1]


def following_content(verb: Token, quotes: Sequence[CharSpan]) -> tuple[CharSpan, ...] | None:
    """What a cue clause introduces after it: "Trump said, “When people ...”" (a quote cut off
    by the sentence splitter), or "The New York Times reports:" and the next paragraph."""
    doc = verb.doc
    text = doc_text(doc)
    # the parser may hang the quote's first word on the cue when the splitter cut it off
    # ("said: "Absolutely. ...", "said, “When people come back ...”" with "come" a punct)
    colon_quote = colon_quote_after(verb, quotes, (":", ","))
    if colon_quote is not None:
        return (colon_quote,)
    own_colon = next((c for c in verb.children if c.text == ":" and c.i > verb.i), None)
    if own_colon is not None and own_colon.i + 1 < verb.sent.end:
        # "She responded then as we should answer today: WE PLAY, THEY WATCH.", the
        # words after the colon hung on the cue: they are what it introduces
        after = char_range(doc, own_colon.i + 1, verb.sent.end)
        if after is not None:
            return (expand_to_quotes(after, quotes, doc),)
    end = max(t.i for t in verb.subtree
              if not (t.is_punct or t.is_space) or t.text in KEPT_SYMBOLS or t.i <= verb.i)
    k = end + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k < len(doc) and doc[k].text in (",", ":"):
        colon = doc[k].text == ":"
        k += 1
    else:
        colon = False
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc):
        return None
    at = doc[k].idx
    for qs, qe in quotes:
        if qs == at:
            return ((qs, qe),)
    if not colon:
        return None
    # the rest of the paragraph after the colon, or the next paragraph when the colon ends one
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    stop = len(text[:line_end].rstrip())
    if stop <= at:
        return None
    return ((at, stop),)


def with_infinitive_conjuncts(verb: Token, content: tuple[CharSpan, ...]) -> tuple[CharSpan, ...]:
    """"wants to triple X, grow Y and create Z": infinitives the parser hung on the cue verb
    as conjuncts continue its "to" complement."""
    if verb.tag_ == "VB" or not any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children):
        return content
    doc = verb.doc
    s0, e0 = content[-1]
    for c in verb.children:
        if (c.dep_ == "conj" and c.tag_ == "VB" and c.idx >= e0 and not is_cue_verb(c)
                and not any(g.dep_ in lx.SUBJECT_DEPS for g in c.children)
                and doc_text(doc)[e0:c.idx].count(".") == 0):
            span = char_range(doc, c.i, c.right_edge.i + 1)
            if span is not None:
                e0 = span[1]
    return (*content[:-1], (s0, e0))


def clause_around(verb: Token, quotes: Sequence[CharSpan], both: bool = False
                   ) -> tuple[CharSpan, ...]:
    """The clause a cue clause sits in, less the cue clause: the words before it and after
    it, each grown over the quotes it touches, one span when the quotes join them.

    Args:
        both: Return nothing unless there are words on both sides (a medial cue).
    """
    doc = verb.doc
    lo, hi = subtree_range(verb.head)
    parts = [p for p in (char_range(doc, lo, cue_clause_start(verb)),
                         char_range(doc, verb.right_edge.i + 1, hi)) if p is not None]
    if both and len(parts) < 2:
        return ()
    spans = tuple(expand_to_quotes(p, quotes, doc) for p in parts)
    if len(spans) == 2 and spans[0][1] > spans[1][0]:
        return ((spans[0][0], spans[1][1]),)
    return spans


def without_adjunct_sources(
    doc: Doc, content: tuple[CharSpan, ...], heads: Sequence[Token]
) -> tuple[tuple[CharSpan, ...], tuple[int, str] | None]:
    """Cut a trailing "according to X" / "per the report" off a content; X becomes `via`."""
    for head in heads:
        for tok in head.subtree:
            if tok.lower_ in ("according", "per") and tok.dep_ == "prep" and names_a_source(tok):
                lo, hi = tok.left_edge.i, tok.right_edge.i + 1
                s0, e0 = content[-1]
                span_end = doc[hi - 1].idx + len(doc[hi - 1].text)
                whole = doc.char_span(s0, e0, alignment_mode="expand")
                if span_end >= e0 - 2 and whole is not None and whole.start < lo:
                    cut = char_range(doc, whole.start, lo)
                    objs = [c for c in tok.subtree if c.dep_ == "pobj"]
                    if cut is not None and objs:
                        o_lo, o_hi = subtree_range(objs[0])
                        return (*content[:-1], cut), (objs[0].i, doc[o_lo:o_hi].text)
    return content, None


def time_of_the_cue(verb: Token, clause: Token) -> list[Token]:
    """"Microsoft said on Wednesday it would cut jobs", "officials said Monday the bridge was
    closed": a time right after the cue and before the clause's subject dates the saying,
    wherever the parser hung it (here on "cut"), and is no part of what was said. Left in the
    content it reads as a date of the claim, which another outlet's "on Thursday" of the same
    statement would contradict.
    """
    doc = verb.doc
    after = max(t.i for t in cue_tokens(verb)) + 1
    subject = next((c for c in clause.children if c.dep_ in lx.SUBJECT_DEPS), None)
    if subject is None or after >= len(doc) or doc[after].head.i != clause.i:
        return []
    time = doc[after]
    if time.right_edge.i >= subject.left_edge.i or not (
            (time.dep_ == "npadvmod" and time.ent_type_ in ("DATE", "TIME"))
            or (time.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                            for g in time.children))):
        return []
    return [time]


def before_the_mark(verb: Token, clause: Token) -> list[Token]:
    """"The JoongAng Ilbo reported on Tuesday, citing unnamed officials, that Jakarta would
    pay ...": what stands between the cue and the clause's "that" is the cue's (its time, its
    source, its manner) wherever the parser hung it (here "citing" and the comma on "pay"),
    and no part of what was said."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"
                 and c.i > verb.i), None)
    if mark is None:
        return []
    return [c for c in clause.children
            if c.i != mark.i and verb.i < c.left_edge.i and c.right_edge.i < mark.i]


def complement_content(verb: Token, comp: Sequence[Token], quotes: Sequence[CharSpan]
                       ) -> tuple[tuple[CharSpan, ...] | None, Token | None]:
    """The content of a cue verb with complement clauses: the first one's clause, less a
    second cue of the same speaker, with a subject the parser hung on the cue, and the other
    complements' clauses; a quote before the cue then a name ("“...,” Chief Ruiz said").

    Returns:
        The content, and the name after the quote when that is the speaker (else None).
    """
    doc = verb.doc
    content_head = comp[0]
    content = content_from_clause(doc, content_head,
                                  [*coordinated_cues(content_head), *time_of_the_cue(verb, content_head),
                                   *before_the_mark(verb, content_head)],
                                  quotes)
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
    return with_backshifted_conjunct(verb, content), quoted_name


def with_backshifted_conjunct(verb: Token, content: tuple[CharSpan, ...] | None
                              ) -> tuple[CharSpan, ...] | None:
    """"Two people told Reuters that Malkov was suspected of X, and had met Y": the parser
    joined "had met" to the cue, but a past perfect (or "would") with no subject of its own,
    after a past cue's clause, is the clause's second verb, back-shifted like the first; it
    continues the content."""
    if not content or verb.tag_ != "VBD":
        return content
    for c in verb.children:
        if c.dep_ != "conj" or c.idx < content[-1][1] or any(
                g.dep_ in lx.SUBJECT_DEPS for g in c.children):
            continue
        if any(g.dep_ == "aux" and g.lower_ in ("had", "would") and g.i < c.i for g in c.children):
            return (*content[:-1], (content[-1][0], _clause_end(c)))
    return content


def _clause_end(head: Token) -> int:
    """The character offset where a clause's words end (its closing punctuation left out)."""
    doc, end = head.doc, head.right_edge.i
    while end > head.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return doc[end].idx + len(doc[end].text)


def with_stranded_predicate(verb: Token, content: tuple[CharSpan, ...] | None) -> tuple[CharSpan, ...] | None:
    """"saying residents of Los Aromos, the worst-hit village, had received ...", "quoted an
    official as saying contaminated water was already flowing ...": the parser takes the
    subject of what was said for the say verb's object and hangs its verb higher up, with no
    subject of its own. A content that ends with that object continues with the verb group
    right after it (an auxiliary first: "had", "was"), when that verb has no subject."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if not content or obj is None or doc[obj.right_edge.i].idx + len(doc[obj.right_edge.i]) != content[-1][1]:
        return content
    k = obj.right_edge.i + 1
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].dep_ not in ("aux", "auxpass"):
        return content
    head = doc[k].head
    if head.i <= k or not obj.right_edge.i < head.left_edge.i <= k or any(
            c.dep_ in lx.SUBJECT_DEPS for c in head.children):
        return content
    return (*content[:-1], (content[-1][0], _clause_end(head)))
