"""Complement filters: which clauses of a cue verb are what it says, however the parser hung them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.model import CharSpan
from corroborate.attribution.spans import overlaps_quote
from corroborate.attribution.syntax import (
    has_subject,
    is_addressee,
    is_cue_verb,
    orphan_subject,
    source_range,
)
from corroborate.lexicon.attribution import (
    ADVERBIAL_MARKS,
    CONCESSIVE_MARKS,
    INFINITIVE_CONTENT_CUES,
    TIME_MARKS,
    URGE_VERBS,
)


def only_adverbial_before(verb: Token, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are only adverbial clauses of `verb` (and
    conjunctions or punctuation): "But when the council cut the budget a year later"."""
    covered = {t.i for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
               and _is_time_clause(c) for t in c.subtree}
    words = [t for t in verb.doc[start:end] if not (t.is_punct or t.is_space or t.dep_ == "cc")]
    # one clause only: "As X prepared to speak, a boy was hurt, police said" has a second
    # clause, with its own subject, that the parser hung inside the adverbial one
    subjects = sum(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in words)
    return bool(words) and subjects == 1 and all(t.i in covered for t in words)


def _is_time_clause(clause: Token) -> bool:
    """Whether a clause opens with "when", "after", "as" ...: the time of the speech act when
    it hangs on the cue. A condition or reason ("if", "because") is part of what was said."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in clause.children)


def is_misparsed_complement(verb: Token, clause: Token) -> bool:
    """"Roe said after the hearing she would not accept ...": a clause with its own subject
    after a speech verb, which the parser hung on it as an adverbial clause, is its content
    unless a subordinating word ("if", "because", "after" ...) makes it one. "The newspaper
    later reported, citing a source, that four people had been detained": a clause opened by
    its "that", which the parser coordinated with the verb with no "and" between, is its
    content too ("said Indonesia had agreed to pay ..., and that a contract could be signed"
    joins a second content to the first, not to "agreed")."""
    if clause.dep_ == "conj" and clause.i > verb.i and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) and not any(
            c.dep_ == "cc" and verb.i < c.i < clause.i for c in verb.children)
    return (clause.dep_ == "advcl" and clause.i > verb.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and not any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children)
            and not is_when_clause(clause))


def is_when_clause(clause: Token) -> bool:
    """"when she resigned from the paper": a past-tense clause opened by its own "when", the
    time of the saying. "have not said when they would vote" (a question, with a modal) and
    quotes ("“When the media dies down, ...”") are contents."""
    return (clause.tag_ == "VBD" and not any(c.dep_ == "aux" for c in clause.children)
            and not any(t.is_quote for t in clause.subtree)
            and any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever")
                    and c.i == clause.left_edge.i for c in clause.children))


def coordinated_cues(head: Token) -> list[Token]:
    """"Doe said he saw no reason to change ..., telling reporters that ...", "Brown said
    he earns $38,000 a year and questioned how ...": a second cue verb of the same speaker
    that the parser hung on the content clause. It starts an attribution of its own; the
    first one's content stops before it (and before its "and" or "while").

    Returns:
        The tokens whose subtrees end the content: the cue verb and the word joining it.
    """
    out: list[Token] = []
    for c in head.children:
        if c.i <= head.i or c.dep_ not in ("conj", "advcl") or not is_cue_verb(c):
            continue
        if any(g.dep_ in lx.SUBJECT_DEPS for g in c.children):
            continue  # "he makes $41,000 and his wife says ...": a clause of its own
        if c.dep_ == "advcl" and c.tag_ != "VBG":
            continue
        if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() not in lx.SPEECH_CUES \
                and any(g.dep_ == "aux" and g.lower_ == "had" for g in head.children):
            # "saying an expert had inspected the tank in March and found no faults": the
            # past perfect's "had" carries over to the second verb, which was reported too;
            # a speech act stays the speaker's own ("said it had offered X and called on Y")
            continue
        if c.dep_ == "conj" and c.tag_ == "VB" and any(g.tag_ == "MD" for g in head.children):
            # "said the board will hire a consultant and post the results online": the
            # modal carries over to the bare verb, which was reported too
            continue
        if any(g.dep_ in ("aux", "auxpass") for g in c.children):
            # "said it was disappointed and would consider it", "said crews had detected X and
            # had seen dead fish", "... and is expected to exit": what was reported (a modal,
            # a back-shifted tense, a passive hedge), not a second cue of the speaker
            continue
        out.append(c)
        out.extend(t for t in head.children if t.dep_ == "cc" and t.i == c.left_edge.i - 1)
        out.extend(g for g in c.children if g.dep_ == "mark" and g.i < c.i)
        break
    return out


def fronted_content(verb: Token) -> Token | None:
    """"The vote on the pact signals “the start of the end”, said Anna Berg":
    the parser takes the fronted content for a first subject of the inverted cue. It is the
    content when it ends with a comma right before the cue and another subject follows."""
    left = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    doc = verb.doc
    if len(left) == 2 and _clause_before_subject(*sorted(left, key=lambda t: t.i)):
        # "Phoenix's streak of 110-degree days ended on Monday, the weather service said":
        # the clause's verb read as a modifier of a noun, its subject as the cue's first
        return min(left, key=lambda t: t.i)
    after = _subject_after(verb)
    if len(left) != 1 or after is None or _clause_after_cue(after):
        return None
    k = verb.i - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if doc[k].text != "," or left[0].right_edge.i not in (k, k - 1):
        return None
    return left[0]


def content_hung_as_subject(verb: Token) -> Token | None:
    """The content's subject the parser hung on the cue as a second subject, after it, with
    the rest of the content inside it (`_clause_after_cue`): the content is its subtree."""
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    after = _subject_after(verb)
    return after if after is not None and _clause_after_cue(after) else None


def _subject_after(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)


def _clause_after_cue(after: Token) -> bool:
    """"Liza Mercado, 34, a market vendor from Pilar, said she and her son survived by
    leaping overboard": a pronoun after the cue with a verb in what follows it is the
    content's own subject the parser hung on the cue, not an inverted speaker ("..., said
    he" ends the sentence)."""
    return after.tag_ == "PRP" and any(t.pos_ in ("VERB", "AUX") for t in after.subtree)


def _clause_before_subject(first: Token, second: Token) -> bool:
    """Whether a cue's first subject is a clause the parser flattened, ended by the comma
    before its second, real subject: it holds a verb (an "acl" or "relcl" in its subtree)."""
    doc = first.doc
    k = first.right_edge.i + 1
    if k >= len(doc) or doc[k].text != "," or second.left_edge.i != k + 1:
        return False
    return any(t.dep_ in ("acl", "relcl") and t.pos_ == "VERB" for t in first.subtree)


def parenthesized(clause: Token, verb: Token) -> bool:
    """Whether `clause` (after `verb`) opens right after a "(" that `verb` is outside of."""
    lo = clause.left_edge.i
    if clause.i <= verb.i or lo <= verb.i:
        return False
    return clause.doc[lo].text == "(" or clause.doc[lo - 1].text == "("


def subject_hung_on_cue(verb: Token, clause: Token) -> Token | None:
    """"Ortiz ... said closed meetings -- those open only to members -- shut out many ...": the
    content's subject, hung on the cue as a second subject between the cue and the clause."""
    if clause.i < verb.i or any(c.dep_ in lx.SUBJECT_DEPS for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    finite = clause.tag_ in ("VBD", "VBN", "VBZ", "VBP") or any(a.dep_ == "aux" for a in clause.children)
    if obj is not None and finite and verb.lemma_.lower() in lx.SPEECH_CUES - lx.ADDRESSEE_CUES:
        # "saying residents of the village had received little warning": a speech verb that
        # takes no hearer has no object before its clause; it is the clause's subject
        return obj
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i), None)


def controller_object(verb: Token, clause: Token) -> Token | None:
    """"The senator urged Democrats to vote for the deal": the object of a cue whose
    infinitive complement it is the subject of; what was urged is "Democrats to vote ...", as
    PolNeAR has it (the object is in the content of 26 of 32 train "urged ... to" relations)."""
    if clause.dep_ != "xcomp" or clause.i < verb.i or verb.lemma_.lower() not in URGE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i
                 and c.right_edge.i < clause.left_edge.i), None)


def subject_before_cue(verb: Token, clause: Token) -> Token | None:
    """"The new rules, the mayor said Monday morning, will take effect in May": the content's
    subject, before the cue clause and set off from it by a comma, which the parser hung on
    the cue while the content clause after it has no subject of its own."""
    if clause.i < verb.i or any(c.dep_ in lx.SUBJECT_DEPS for c in clause.children):
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if own is None:
        return None
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in ("dep", "nsubj") and c.i < own.left_edge.i and c.pos_ in ("NOUN", "PROPN", "PRON"):
            after = c.right_edge.i + 1
            if after < own.left_edge.i and doc[after].text == "," and c.left_edge.i == verb.sent.start:
                return c
    return None


def that_clause_in_adjunct(verb: Token) -> list[Token]:
    """"The senator said in one of a series of messages on Twitter that the convoy carried
    grain", "Markov said on Friday during a news conference that he may wait": the parser hangs the
    that-clause on the last noun of the adjunct, as a relative clause. A relative clause has
    no "that" marker (its "that" is a pronoun with a role in it); a complement clause has
    (`_complementiser`).

    Returns:
        The clause head, in a list, or an empty list.
    """
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for tok in prep.subtree:
            if tok.dep_ in ("relcl", "acl", "ccomp") and tok.i > prep.i and any(
                    c.lower_ == "that" and c.i == tok.left_edge.i and _complementiser(tok, c)
                    for c in tok.children):
                return [tok]
    return []


def _complementiser(clause: Token, that: Token) -> bool:
    """Whether a clause's opening "that" is its marker, not a relative pronoun: so labelled,
    or labelled a subject or object the clause already has ("confirmed to the Courier that
    crews had collected dead minnows", "that" parsed as the object of "collected"), or
    tagged a complementiser ("told AFP by phone from a hospital that she woke to ...", where
    "that" is parsed as the object of the intransitive "woke" but tagged IN, not WDT)."""
    if that.dep_ == "mark" or that.tag_ == "IN":
        return True
    roles = {"nsubj": lx.SUBJECT_DEPS, "nsubjpass": lx.SUBJECT_DEPS, "dobj": {"dobj"}}.get(that.dep_)
    return roles is not None and any(c.dep_ in roles and c.i != that.i for c in clause.children)


def colon_quote_after(verb: Token, quotes: Sequence[CharSpan], marks: tuple[str, ...] = (":",)
                       ) -> CharSpan | None:
    """The quote right after "<verb>[ particle/adverb]:" (or another of `marks`), or None."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc):
        t = doc[k]
        if t.is_space or (t.head.i == verb.i and t.dep_ in ("prt", "advmod") and t.is_alpha):
            k += 1
        elif t.head.i == verb.i and t.dep_ in ("dobj", "dative") and is_addressee(t):
            k = t.right_edge.i + 1  # "scolded him: “...”", "tells the crowd: “...”"
        else:
            break
    if k + 1 >= len(doc) or doc[k].text not in marks:
        return None
    at = next((t.idx for t in doc[k + 1 :] if not t.is_space), None)
    return next(((qs, qe) for qs, qe in quotes if qs == at), None)


def cue_clause_start(verb: Token) -> int:
    """Where a cue clause starts: its subtree's left edge, less a first subject set off by a
    comma before a second ("Thousands of families, the federation warned, face ...": the
    parser gives the medial cue the content's subject too)."""
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda t: t.i)
    if len(subjects) == 2 and verb.doc[subjects[0].right_edge.i + 1].text == "," and (
            subjects[1].left_edge.i == subjects[0].right_edge.i + 2):
        return subjects[1].left_edge.i
    return verb.left_edge.i


def is_medial_cue(verb: Token) -> bool:
    """"X, she said, is Y": a subject-verb cue clause between commas inside its content."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("parataxis", "ccomp", "advcl") or verb.i > head.i:
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and not (
            verb.lemma_.lower() in lx.ADDRESSEE_CUES and is_addressee(c))) for c in verb.children):
        return False  # ("The change this year, she told me on Tuesday, is ..." has a hearer only)
    doc = verb.doc
    start = cue_clause_start(verb)
    words = [t.i for t in verb.subtree if not t.is_punct and t.i >= start]
    lo, hi = words[0], words[-1]
    if lo == 0 or hi + 1 >= len(doc) or lo <= head.left_edge.i + 1:
        return False
    marks = {",", "—", "–", "--"}
    return doc[lo - 1].text in marks and doc[hi + 1].text in marks


def is_concessive_cue_on_its_content(verb: Token) -> bool:
    """"While she acknowledged cost was a big reason, ...": a cue clause opened by "while",
    "although" ... with no complement, hung on the subject-verb clause that follows it."""
    head = verb.head
    return (verb.dep_ == "advcl" and head.i > verb.i and head.pos_ in ("VERB", "AUX")
            and verb.right_edge.i == verb.i  # nothing of its own after it ("did not name X")
            and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in verb.children)
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and verb.i < c.i < head.i for c in head.children))


def is_leading_cue(verb: Token) -> bool:
    """"Instead, Roe told NPR, her plan would ...", "He added: the plan ...": a subject-verb
    cue clause with no complement, hung on the clause after it and set off by a comma or colon."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("parataxis", "ccomp") or verb.i > head.i:
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    if verb.lemma_.lower() not in lx.SPEECH_CUES:
        return False
    if any(c.dep_ not in ("nsubj", "aux", "neg", "advmod", "punct", "npadvmod", "dobj", "dative")
           or (c.dep_ in ("dobj", "dative") and not (verb.lemma_.lower() in lx.ADDRESSEE_CUES
                                                    and is_addressee(c)))
           for c in verb.children):
        return False  # only a subject, an addressee and adverbs: nothing said inside it
    after = verb.right_edge.i + 1
    doc = verb.doc
    return after < head.i and doc[after].text in {",", ":"} and verb.left_edge.i == verb.sent.start


def is_hanging_cue(verb: Token) -> bool:
    """"The summit will take place ..., he said": a cue clause parsed under its content.

    Only a clause with its own subject, set off by a comma, quote mark or dash and closing
    the sentence counts; "Kirby warned Putin and Kim had written letters" does not.
    """
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj"):
        return False
    if verb.tag_ == "VBG" or verb.i < head.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "told “Morning Joe” that nobody would question ...": a complement clause
    # a subject of its own, else one the parser hung elsewhere (whose phrase may hold an "and")
    own = has_subject(verb)
    orphan = None if own else orphan_subject(verb)
    if orphan is None and not own:
        return False
    left = verb.left_edge.i if orphan is None else source_range(orphan, [])[0]
    if left == 0:
        return False
    if orphan is None and any(verb.doc[k].dep_ == "cc" for k in range(left, verb.i)):
        # "said that three people had been killed, two of them by gunshots, and accused
        # police of ...": a predicate coordinated with the cue before it, not a cue clause
        return False
    before = verb.doc[left - 1].text
    return before in {",", "”", '"', "’", "—", "–", "-", "--"}


# ---------------------------------------------------------------- a cue verb's complements
def cue_complements(verb: Token, quotes: Sequence[CharSpan], learned: bool) -> list[Token]:
    """The clauses a cue verb says: its complement clauses, through the filters below in
    order, or else a clause the parser hung elsewhere (`is_misparsed_complement`,
    `that_clause_in_adjunct`) when the verb is a speech verb or the cue finder's pick.

    Args:
        learned: The verb is the trained cue finder's pick: its infinitive complement counts.
    """
    lemma = verb.lemma_.lower()
    comp = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if lemma in INFINITIVE_CONTENT_CUES:
        comp += [c for c in verb.children if c.dep_ == "xcomp"]
    elif learned:  # "decided to run": the complement, unless it is a cue of its own
        comp += [c for c in verb.children if c.dep_ == "xcomp" and not is_cue_verb(c)]
    for keep in COMPLEMENT_FILTERS:
        comp = keep(verb, comp, quotes)
    if comp:
        comp += coordinated_that_clauses(verb, comp[-1])
    if not comp and (learned or lemma in lx.SPEECH_CUES):
        comp = [c for c in verb.children if is_misparsed_complement(verb, c)]
    if not comp and (learned or lemma in lx.SPEECH_CUES):
        comp = that_clause_in_adjunct(verb)
    return comp


def coordinated_that_clauses(verb: Token, last: Token) -> list[Token]:
    """"The club said it was entitled to twenty percent, and that it “will defend its
    rights”": the parser joins the second "that" clause to the cue verb as a conjunct. A
    conjunct after the complement, opened by "that" and with a subject of its own, is a
    second complement. "..., and that crude had been found in the creek": the parser may read
    that "that" as the determiner of the conjunct's subject; right after the "and" it is the
    clause's opening word all the same (a writer's own "and that crude ..." after a report
    would name the crude it points back to, and is rare)."""
    return [c for c in verb.children if c.dep_ == "conj" and c.i > last.i
            and _opened_by_that(c) and any(s.dep_ in lx.SUBJECT_DEPS for s in c.children)]


def _opened_by_that(clause: Token) -> bool:
    first = clause.left_edge
    if first.lower_ != "that":
        return False
    if first.dep_ == "mark" and first.head == clause:
        return True
    return (first.dep_ == "det" and first.head.head == clause and first.head.dep_ in lx.SUBJECT_DEPS
            and first.i > 0 and first.nbor(-1).dep_ == "cc")


def not_parenthesized(verb: Token, comp: list[Token], quotes: Sequence[CharSpan]) -> list[Token]:
    """"Republicans want lower taxes (they say rates would ...)": a clause in parentheses
    after the cue is an aside of its own, not what the cue introduces."""
    return [c for c in comp if not parenthesized(c, verb)]


def not_introducing_a_quote(verb: Token, comp: list[Token], quotes: Sequence[CharSpan]) -> list[Token]:
    """"X scolded him: “...,” she said": of two complements, one that introduces a quote of
    its own with a colon is another attribution; the cue's content is the quote."""
    if len(comp) > 1:
        return [c for c in comp if colon_quote_after(c, quotes) is None] or comp
    return comp


def not_a_colon_lead_in(verb: Token, comp: list[Token], quotes: Sequence[CharSpan]) -> list[Token]:
    """"We have seen this before: the rebel leader declared war on ...": a clause that a colon
    ends before the cue clause is the writer's lead-in, not what was said."""
    doc = verb.doc
    return [c for c in comp if not (c.i < verb.i and c.right_edge.i + 1 < verb.i
                                    and doc[c.right_edge.i + 1].text == ":")]


def inside_the_cue_quote(verb: Token, comp: list[Token], quotes: Sequence[CharSpan]) -> list[Token]:
    """"this finding: ''27 firms reported 16,300 subsidiaries ...''": a cue inside a quote
    takes no complement from outside it."""
    inside = next(((qs, qe) for qs, qe in quotes if qs <= verb.idx < qe), None)
    if inside is None:
        return comp
    return [c for c in comp if inside[0] <= c.left_edge.idx and c.right_edge.idx < inside[1]]


def not_a_when_clause(verb: Token, comp: list[Token], quotes: Sequence[CharSpan]) -> list[Token]:
    """"That was what Roe said when she resigned": a clause that is itself a "when" clause
    is the time of the saying ("said when the plant opens, it will hire" hangs "when" lower)."""
    return [c for c in comp if not is_when_clause(c)]


def not_an_opening_adjunct(verb: Token, comp: list[Token], quotes: Sequence[CharSpan]) -> list[Token]:
    """"While she acknowledged X was Y, Ortiz also noted Z": the parser hangs the opening clause
    on the later cue as its complement; a clause before the cue that opens with "while",
    "if" ... when the cue has an object after it is an adjunct, not what was said."""
    return [c for c in comp if not (
        c.i < verb.i and c.left_edge.dep_ == "mark" and c.left_edge.lower_ in ADVERBIAL_MARKS
        and not overlaps_quote(c, quotes)
        and any(o.dep_ in ("dobj", "ccomp") and o.i > verb.i for o in verb.children))]


def not_a_sentence_appositive(verb: Token, comp: list[Token], quotes: Sequence[CharSpan]) -> list[Token]:
    """"... had declared their intention to strike, a figure that suggests the rule is
    helping": a clause after a comma whose subject is an indefinite noun with a relative
    clause ("a figure that", "a move which") is the writer's comment on the sentence, which
    the parser hung on the cue as a complement."""
    return [c for c in comp if not _appositive_comment(c)]


def _appositive_comment(clause: Token) -> bool:
    subject = next((c for c in clause.children if c.dep_ in lx.SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.left_edge.i == 0:
        return False
    return (subject.left_edge.lower_ in ("a", "an") and subject.doc[subject.left_edge.i - 1].text == ","
            and any(c.dep_ == "relcl" and c.i > subject.i for c in subject.children))


def not_a_closing_cue_clause(verb: Token, comp: list[Token], quotes: Sequence[CharSpan]) -> list[Token]:
    """"Voss said the span carries 42,000 vehicles a day, The Associated Press reported": of
    two complements, a cue clause that closes the sentence after a comma, with a subject and
    nothing said of its own ("..., the AP reported."), is the relay of the whole sentence,
    which the parser hung on the first cue."""
    if len(comp) < 2:
        return comp
    return [c for c in comp if c is comp[0] or not _closing_cue_clause(c)]


def _closing_cue_clause(clause: Token) -> bool:
    doc = clause.doc
    lo, end = clause.left_edge.i, clause.right_edge.i
    after_comma = doc[lo].text == "," or (lo > 0 and doc[lo - 1].text == ",")
    closes = end + 1 >= len(doc) or doc[end + 1].is_punct or doc[end + 1].is_space
    return is_cue_verb(clause) and after_comma and closes and any(
        c.dep_ in lx.SUBJECT_DEPS and c.i < clause.i for c in clause.children) and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in clause.children)


ComplementFilter = Callable[[Token, list[Token], Sequence[CharSpan]], list[Token]]
# The filters of `cue_complements`, in the order they apply.
COMPLEMENT_FILTERS: tuple[ComplementFilter, ...] = (
    not_a_sentence_appositive,
    not_a_closing_cue_clause,
    not_parenthesized,
    not_introducing_a_quote,
    not_a_colon_lead_in,
    inside_the_cue_quote,
    not_a_when_clause,
    not_an_opening_adjunct,
)


def on_one_side(verb: Token, comp: list[Token]) -> list[Token]:
    """"Clinton isn't rattled — in fact, she said it “humanizes” her": of complements on both
    sides of the cue, a clause before it is a sentence of its own, unless only its closing
    comma or quote stands between it and the cue clause and the clause after is adverbial
    ("“You should resign,” Warren told Hale, after he admitted ...": the clause after is the
    misparse)."""
    if not (any(c.i > verb.i for c in comp) and any(c.i < verb.i for c in comp)):
        return comp
    doc = verb.doc
    subj_lo = min([verb.i, *(c.left_edge.i for c in verb.children if c.dep_ == "nsubj")])
    adverbial_after = all(c.left_edge.lower_ in ADVERBIAL_MARKS for c in comp if c.i > verb.i)
    # quoted or not: "British police arrested 20 people, police said, as a strike turned
    # violent" says the arrests, not the strike
    joined_before = [c for c in comp if adverbial_after and c.i < verb.i and all(
        doc[k].is_punct or doc[k].is_space for k in range(c.right_edge.i + 1, subj_lo))]
    return joined_before or [c for c in comp if c.i > verb.i]
