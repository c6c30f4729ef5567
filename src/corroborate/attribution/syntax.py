"""Shared syntax helpers: cue verbs and their verb groups, subjects, sources and stance."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from corroborate import lexicon as lx
from corroborate.attribution.model import Relay
from corroborate.attribution.spans import char_range, subtree_range
from corroborate.lexicon.attribution import (
    ADDRESSEE_PRONOUNS,
    ADVERBIAL_MARKS,
    ALL_CUE_VERBS,
    HEARER_NOUNS,
    NOT_CUE_ADVERBS,
)
from corroborate.schema import (
    Stance,
)


def verb_forms(tok: Token) -> set[str]:
    """The words a verb may be a form of: its lemma, its form, and its form less an inflection
    ("-s", "-es", "-d", "-ed", "-ing", "-ing" back to "-e", a doubled last consonant undone),
    for where the lemmatiser reads a form as another word ("hopes" as "hop", "fined" as "fin",
    "rated" as "rat"). Callers keep the forms their word list holds."""
    form = tok.lower_
    forms = {tok.lemma_.lower(), form}
    for ending, stem in (("s", ""), ("es", ""), ("d", ""), ("ed", ""), ("ing", ""), ("ing", "e")):
        if form.endswith(ending) and len(form) > len(ending) + 1:
            base = form[: -len(ending)] + stem
            forms.add(base)
            if len(base) > 2 and base[-1] == base[-2] and not stem:
                forms.add(base[:-1])  # "banned", "banning"
    return forms


def is_cue_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ALL_CUE_VERBS and tok.dep_ != "aux"


def cue_tokens(verb: Token) -> list[Token]:
    """The verb group: auxiliaries, negation and adverbs between them, and particles."""
    group = [verb]
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt") or (
            child.dep_ == "advmod" and child.i >= verb.i - 3 and child.i <= verb.i + 1
            and child.left_edge.i == child.right_edge.i == child.i
            and child.lower_ not in NOT_CUE_ADVERBS and child.is_alpha
        ):
            group.append(child)
        elif child.dep_ == "npadvmod" and child.i == verb.i + 1 and child.ent_type_ == "DATE" and (
                child.right_edge.i == child.i):
            group.append(child)  # "said Friday"
        elif child.dep_ == "agent" and child.i == verb.i + 1 and any(
                c.dep_ in ("aux", "auxpass") for c in verb.children if c.dep_ == "auxpass"):
            group.append(child)  # "has been endorsed by"
    # "declined to confirm", "refused to say": the governing verb belongs to the cue.
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in lx.DECLINE_PHRASES | {"continue", "go"}:
        group.append(head)
        group.extend(c for c in head.children if c.dep_ in ("aux", "neg"))
    group.sort(key=lambda t: t.i)
    # keep one contiguous run around the verb
    lo = hi = group.index(verb)
    while lo > 0 and group[lo - 1].i >= group[lo].i - 2:
        lo -= 1
    while hi < len(group) - 1 and group[hi + 1].i <= group[hi].i + 2:
        hi += 1
    run = group[lo : hi + 1]
    doc = verb.doc
    return [doc[i] for i in range(run[0].i, run[-1].i + 1) if not doc[i].is_punct]


def stance_of(verb: Token, cue: Sequence[Token]) -> Stance:
    lemma = verb.lemma_.lower()
    cue_lemmas = {t.lemma_.lower() for t in cue}
    if lemma in lx.DENY_CUES:
        return "denies"
    if cue_lemmas & lx.DECLINE_PHRASES or any(t.dep_ == "neg" for t in cue):
        return "declines"
    if lemma in lx.QUESTION_CUES:
        return "questions"
    return "asserts"


def _finite_participle(verb: Token) -> bool:
    """"The regional president, Javier Lanuza, announced on Monday that ...", tagged a
    participle (VBN) and read as a reduced relative on the root noun: a participle with a
    clause of its own and no passive auxiliary is the past tense it looks like, in a sentence
    with no verb as its root (a reduced relative would need one: "The workers, told that the
    plant would close, walked out")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "ccomp" for c in verb.children) and not any(
        c.dep_ in ("auxpass", "agent") for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, inherited along xcomp/advcl/conj chains when missing."""
    if verb.dep_ == "acl" and (verb.tag_ in ("VBD", "VBZ", "VBP") or _finite_participle(verb)) and (
            verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i):
        # "The group called on lawmakers to ...": a finite verb read as a reduced relative
        # on the sentence's only other head; that head is its subject
        return verb.head
    climbed = False
    for _ in range(6):
        if climbed and (verb.dep_ in ("ccomp", "parataxis") or (verb.dep_ == "advcl" and not any(
                c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in verb.children))) and is_cue_verb(
                verb.head) and any(
                c.dep_ in ("nsubj", "csubj") for c in verb.head.children):
            # "Carson said he saw no need ..., telling reporters ...": the second cue was hung
            # on the first one's content; its speaker is the first cue's, not "he"
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            # of two, the nearest before the verb: "“My dear Michael Cohen,” the conference
            # speaker says", "Sanders ... said closed primaries -- ... -- deny ..."
            before = [c for c in subjects if c.i < verb.i]
            return max(before, key=lambda c: c.i) if before else subjects[0]
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                # a passive cue's subject is not its source; a passive host's may be:
                # "After saying ..., she was whisked off"
                return child if climbed and verb.pos_ in ("VERB", "AUX") else None
        if not climbed or verb.pos_ in ("VERB", "AUX"):
            for child in verb.children:
                if child.dep_ == "agent":
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    return objs[0] if objs else None
        if verb.head.i == verb.i:
            return None
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.dep_ == "relcl" \
                and (is_to_infinitive(verb.head) or any(_whose_subject(c) for c in verb.head.children)):
            # "Valente said he had nothing to conceal and promised to ...": a finite verb
            # cannot join an infinitive relative; it joins the clause the relative's noun is in.
            # Nor does it share a "whose" subject: "Marsh apologised to patients whose
            # treatment had been disrupted and praised the staff"
            verb = verb.head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            climbed = True
            continue
        if verb.dep_ in ("xcomp", "advcl", "conj") or (
                verb.dep_ in ("pcomp", "prep", "acomp")
                and verb.head.pos_ in ("VERB", "AUX", "ADP", "ADV", "ADJ")) or (
                verb.dep_ == "advmod" and climbed and verb.head.pos_ in ("VERB", "AUX")):
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" and (verb.tag_ != "VBG" or c.lower_ == "as")
                                            for c in verb.children):
                return None  # "as ... reported" and the like are handled on their own
            # ("while emphasizing ...", a participle, shares the subject of its clause)
            verb = _past_a_noun_complement(verb)
            climbed = True
            continue
        return None
    return None


def lifted_participle_start(clause: Token) -> int | None:
    """Where a participle the parser hung on a noun's "that" clause, but which belongs to the
    verb the noun depends on (`_past_a_noun_complement`), opens: the clause ends before it."""
    for tok in clause.children:
        if tok.dep_ == "advcl" and _past_a_noun_complement(tok) != clause:
            return tok.left_edge.i if tok.left_edge.i < tok.i else tok.i - 1
    return None


def is_to_infinitive(verb: Token) -> bool:
    """Whether a verb has the infinitive marker "to" ("to stay", "to tell")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _whose_subject(tok: Token) -> bool:
    return tok.dep_ in lx.SUBJECT_DEPS and any(c.tag_ == "WP$" for c in tok.children)


def _past_a_noun_complement(verb: Token) -> Token:
    """The head a clause's subject is inherited from: "rejected the EU's assertion that 1,200
    people had been detained, saying no one had been held" hangs the participle after the
    comma on the noun's "that" clause, whose subject says nothing of who rejected it; the
    participle shares the subject of the verb the noun depends on."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return head
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and head.head.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return head.head.head
    return head


def source_range(src: Token, exclude: Sequence[Token]) -> tuple[int, int]:
    if src.dep_ == "ROOT" and any(e.dep_ == "acl" and e.head.i == src.i for e in exclude):
        # "Rep. Doe, the top Democrat on the panel, called on ...": the subject read as the
        # root, its verb as a relative clause; the phrase up to the verb, without the comma
        lo, hi = subtree_range(src, exclude)
        while hi > src.i + 1 and src.doc[hi - 1].is_punct:
            hi -= 1
        return lo, hi
    if src.dep_ == "appos" or (src.dep_ not in lx.SUBJECT_DEPS | {"pobj"} and src.pos_ == "PROPN"):
        # an orphan subject: only its own noun phrase, not the head it was hung on
        lo = src.i
        while lo > 0 and src.doc[lo - 1].pos_ in ("PROPN", "DET", "ADJ", "NOUN") and (
                not src.doc[lo - 1].is_punct):
            lo -= 1
        return lo, src.i + 1
    # a subject's whole phrase, whatever its tag ("The influential US daily", "daily" read as
    # an adverb)
    if src.dep_ in ("pobj", "nsubj", "nsubjpass") or src.pos_ in (
            "PROPN", "NOUN", "PRON", "ADJ", "NUM", "DET"):
        return subtree_range(src, exclude)
    return src.i, src.i + 1


def has_subject(tok: Token, passive: bool = False) -> bool:
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return any(c.dep_ in deps for c in tok.children)


def has_that(clause: Token) -> bool:
    """Whether a clause opens with the complementizer "that" (a relative "that" is no mark)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def relay_at(doc: Doc, i: int) -> Relay | None:
    """The noun phrase headed by token `i` as a relay ("told state media", "according to
    the Times" cut off a content)."""
    span = char_range(doc, *subtree_range(doc[i]))
    return (span, i) if span is not None else None


def is_addressee(tok: Token) -> bool:
    """Whether the object of "tell", "warn" ... names a hearer (a person, a group, an outlet)."""
    return (tok.lower_ in ADDRESSEE_PRONOUNS or tok.pos_ == "PROPN"
            or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or tok.lemma_.lower() in HEARER_NOUNS or is_media_phrase(tok))


def name_before(verb: Token) -> Token | None:
    """The last word of a name or noun phrase right before the verb ("... Chief Chuck Jordan
    said"), whatever the parser hung it on."""
    k = verb.i - 1
    doc = verb.doc
    if k >= 0 and doc[k].pos_ in ("PROPN", "NOUN", "PRON"):
        return doc[k]
    return None


# what may follow a cue that closes its sentence: "said Monday", "said in a statement"
_TRAILING_ADJUNCTS = frozenset({"npadvmod", "prep", "advmod", "punct", "tmod"})


def orphan_subject(verb: Token) -> Token | None:
    """A subject the parser hung elsewhere: ", the New York Times reported, citing ...".

    A phrase of common nouns, or two joined by "and", counts only before a cue that closes its
    sentence, and a joined one only as one whole the parser hung on one word: "... an oil
    sketch by Fragonard, police and the museum said Monday." (the parser read the speakers as
    the last items of the list before them). The head returned is the phrase's root, so its
    subtree is the whole source."""
    doc = verb.doc
    k = verb.i - 1
    if k < 1 or doc[k].pos_ not in ("PROPN", "NOUN"):
        return None
    j = k
    while j > 1 and ((doc[j - 1].pos_ in ("PROPN", "DET", "ADJ", "NOUN") and not doc[j - 1].is_punct)
                     or (doc[j - 1].lower_ == "and" and doc[j - 2].pos_ in ("PROPN", "NOUN"))):
        j -= 1
    if j == 0 or doc[j - 1].text not in {",", "”", '"'}:
        return None
    joined = any(doc[x].lower_ == "and" for x in range(j, k + 1))
    if (joined or not any(doc[x].pos_ == "PROPN" for x in range(j, k + 1))) and not closes_sentence(verb):
        # a joined phrase before a verb that goes on is a list's tail and its predicate ("...
        # as the United States, Britain and France support some opposition groups")
        return None
    if not joined:
        return doc[k]
    roots = [doc[x] for x in range(j, k + 1) if not j <= doc[x].head.i <= k]
    if len(roots) != 1 or (roots[0].left_edge.i, roots[0].right_edge.i) != (j, k):
        return None
    return roots[0]


def closes_sentence(verb: Token) -> bool:
    """Whether nothing but the verb's own adjuncts follows it to the end of its sentence: no
    object and no clause ("said Monday.", "said in a joint statement."; not "said, citing
    ...", nor "support some opposition groups.")."""
    return all(c.dep_ in _TRAILING_ADJUNCTS for c in verb.rights) and all(
        t.pos_ not in ("VERB", "AUX") and verb.is_ancestor(t)
        for t in verb.doc[verb.i + 1:verb.sent.end] if not t.is_punct)



def name_set_off_before(verb: Token) -> Token | None:
    """"Raj Dhillon, the senior TSB investigator sent to the scene, told reporters ...": the
    parser read the apposition as a clause ("the investigator sent [something] to the scene"),
    hung the name on it and left the cue verb with no subject. When the sentence opens with a
    name and a comma, a comma stands right before the verb, and the name hangs inside the
    verb's own left subtree, the name is the verb's subject. Only asked when no subject is
    found otherwise."""
    doc = verb.doc
    start = verb.sent.start
    k = start
    while k < verb.i and doc[k].pos_ == "PROPN":
        k += 1
    if k == start or k >= verb.i - 1 or doc[k].text != "," or doc[verb.i - 1].text != ",":
        return None
    name = doc[k - 1]
    # a name the NER knows, or a run of two proper nouns (the NER reads "Raj Dhillon" as
    # nothing in this sentence)
    if (name.ent_type_ not in ("PERSON", "ORG") and k - start < 2) or verb.left_edge.i > start:
        return None
    return name


def statement_clause(verb: Token) -> Token | None:
    """The clause the parser hung on the document noun of "X said in a statement (that) Y":
    "Talon said in a statement it knew of 11 fires" (a relative clause on "statement"). Only a
    clause right after the noun with a subject of its own that is no relative pronoun, or
    opened by "that"; "said in a statement issued on Monday that ..." has none.

    Also the occasion of "told reporters at a briefing that the road would reopen", "said
    during a news conference that ..." (`OCCASION_NOUNS`), where the parser takes "that" for a
    relative pronoun: only a clause opened by "that" with a subject of its own. A relative
    clause on such a noun says what the speaker did with it ("a statement that it released on
    Monday", "a briefing that he held": `MAKING_VERBS`) and is never the content."""
    if not any(c.dep_ in lx.SUBJECT_DEPS for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "during") or prep.i < verb.i:
            continue
        for noun in prep.children:
            lemma = noun.lemma_.lower()
            document = lemma in lx.DOCUMENT_NOUNS and prep.lower_ == "in"
            if noun.dep_ != "pobj" or not (document or lemma in lx.OCCASION_NOUNS):
                continue
            for clause in noun.children:
                if clause.dep_ not in ("relcl", "acl") or clause.left_edge.i != noun.i + 1 \
                        or clause.lemma_.lower() in lx.MAKING_VERBS:
                    continue
                opened = clause.doc[noun.i + 1].lower_ == "that"
                subject = any(c.dep_ in lx.SUBJECT_DEPS and c.tag_ not in ("WDT", "WP")
                              for c in clause.children)
                if (document and (subject or any(c.dep_ == "mark" and c.lower_ == "that"
                                                 for c in clause.children))) \
                        or (opened and subject):
                    return clause
    return None


def addressee_clause(verb: Token) -> Token | None:
    """The clause the parser hung on the hearer of "X assured residents that Y", "SAC informs
    passengers that Y" (a relative clause on "residents"): a clause right after the verb's
    object, opened by a "that" the parser kept as its complementiser and with a subject of
    its own. A true relative ("warned passengers who were stranded") has neither."""
    if verb.lemma_.lower() not in lx.ADDRESSEE_CUES:
        return None
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "dative") or noun.i < verb.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        for clause in noun.children:
            if clause.dep_ in ("relcl", "acl") and clause.left_edge.i == noun.i + 1 and (any(
                    c.dep_ == "mark" and c.lower_ == "that" and c.i == noun.i + 1
                    for c in clause.children) or _contact_clause(noun, clause)) and any(
                    c.dep_ in lx.SUBJECT_DEPS and c.i > noun.i + 1 for c in clause.children):
                return clause
    return None


def _contact_clause(noun: Token, clause: Token) -> bool:
    """"told the Reuters news agency the water had smashed through the walls": with no
    "that", a clause whose own subject (no relative pronoun) opens right after the hearer and
    whose verb is back-shifted ("had", "would", "was") is what was told. A contact relative
    ("told the agency the officials trust ...") is rare after a hearer, and its verb seldom
    back-shifted."""
    subject = next((c for c in clause.children if c.dep_ in lx.SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i != noun.i + 1 or subject.lower_ in lx.RELATIVE_PRONOUNS:
        return False
    return clause.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in _BACKSHIFTED
                                       for a in clause.children)


_BACKSHIFTED = frozenset({"had", "would", "could", "was", "were"})


def is_media_phrase(tok: Token) -> bool:
    lo, hi = subtree_range(tok)
    text = tok.doc[lo:hi].text.lower()
    return tok.lemma_.lower() in lx.MEDIA_NOUNS or tok.lower_ == "media" or any(
        re.search(rf"\b{re.escape(k)}\b", text) for k in lx.MEDIA_OUTLETS if len(k) > 3
    )


def looks_media(text: str) -> bool:
    low = text.lower()
    return any(re.search(rf"\b{re.escape(k)}\b", low) for k in lx.MEDIA_OUTLETS if len(k) > 3) or bool(
        # a bare "agency" is as often a government's ("the Ohio Environmental Protection
        # Agency", "the agency said" of the FDA): a news agency says so
        re.search(r"\b(newspaper|outlet|(?:news|press|wire) agency|daily|report|media)\b", low)
    )


def in_adjunct_clause(doc: Doc, inner: int | None, outer: int | None) -> bool:
    """Whether the cue token `inner` stands in an adverbial clause (after, when, because) of
    what the cue token `outer` says: in "NRC reported ... that the amount was lowered after
    Staylane pledged to overhaul its rankings" the pledge is a part of NRC's report, not all
    that NRC passes on ("NRC reported that Staylane had pledged ..."). A relative clause is no
    adverbial one ("published the governor's statement, which read: ..." is the statement's
    text), nor one of accordance: "reported that 300 jobs will go, as the company confirmed"
    and "as Reuters first reported" say where the report comes from, and the report is the
    inner claim's as before. False where `inner` is no dependant of `outer` or either is not
    known."""
    if inner is None or outer is None:
        return False
    tok = doc[inner]
    adjunct = False
    while tok.i != outer:
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
                return False
            adjunct = True
        tok = tok.head
    return adjunct
