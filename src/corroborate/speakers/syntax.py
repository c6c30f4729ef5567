"""Walks over the dependency parse that speaker resolution shares: roles, heads, conjuncts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from corroborate import lexicon as lx
from corroborate.lexicon.speakers import (
    COMPANY_NAME_ENDINGS,
    COMPANY_NOUNS,
    CORPORATE_SUFFIXES,
    GENERIC_ROLE_WORDS,
    GROUP_NOUNS,
    NAME_TITLES,
    ORGANISATION_NOUNS,
    PLACE_PREPOSITIONS,
    REFLEXIVES,
    ROLE_FAMILIES,
    SPEAKER_ROLE_NOUNS,
)
from corroborate.speakers.names import in_headline


def indices_with_pos(doc: Doc, tags: Sequence[str]) -> list[int]:
    """Indices of the tokens with one of these coarse tags, read from the Doc's array: a Python
    loop over every Token costs more than the whole resolution on a long article."""
    ids = [doc.vocab.strings.add(t) for t in tags]
    pos = doc.to_array(POS)
    return [int(i) for i in numpy.flatnonzero(numpy.isin(pos, ids))]


def role_token(tok: Token) -> Token:
    """The token whose dependency gives a mention's role: up through appositions and lists.

    "Obama and Clinton said": Clinton -> Obama; "spokesman Peskov": Peskov -> spokesman; "The
    DGAC civil aviation authority had asked": DGAC -> authority, an organisation noun the name
    is the name of (`ORGANISATION_NOUNS`). A name that modifies another common noun ("the
    Clinton campaign") keeps its own role.
    """
    seen = 0
    while seen < 4 and tok.head.i != tok.i and (
        tok.dep_ in ("appos", "conj", "flat")
        or (tok.dep_ == "compound" and (tok.head.pos_ == "PROPN" or tok.head.lower_ in SPEAKER_ROLE_NOUNS))
        or (tok.dep_ in ("compound", "nmod") and tok.i < tok.head.i and tok.pos_ == "PROPN"
            and tok.head.pos_ == "NOUN" and tok.head.lower_ in ORGANISATION_NOUNS)
    ):
        tok = tok.head
        seen += 1
    return tok


def coargument(tok: Token, pron: Token) -> bool:
    """Whether a mention and a non-possessive pronoun are arguments of one verb."""
    if pron.dep_ == "poss" or pron.lower_.endswith("self") or pron.lower_.endswith("selves"):
        return False
    role = role_token(tok)
    return role.head.i == pron.head.i and role.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")


def in_own_adjunct(tok: Token, pron: Token) -> bool:
    """Whether a mention stands in a prepositional phrase that opens the pronoun's own clause:
    "In a statement posted on its website, it called the sanctions illegitimate" ("it" is
    who issued the statement, not the statement), "In its report, it said ...". """
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pron.head
    return any(c.dep_ == "prep" and c.i < pron.i and c.left_edge.i <= tok.i <= c.right_edge.i
               for c in verb.children)


def _clause_verb(tok: Token) -> Token:
    """The verb (or root) that governs a token's clause."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def subject_of_clause(tok: Token, pron: Token) -> bool:
    """Whether a mention is the subject of the clause a possessive pronoun is in."""
    role = role_token(tok)
    return role.dep_ in ("nsubj", "nsubjpass") and role.head.i == _clause_verb(pron).i


def conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it: "A, B and C"."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(conjuncts(c))
    return out


def relative_antecedent(pron: Token) -> Token | None:
    """The noun a relative pronoun's clause modifies: up to the "relcl" and its head. A time
    the parser hung the clause on is passed over for the noun it dates: "the ministry's
    statement on Monday evening, which dismissed the measures" (the statement dismissed them)."""
    tok = pron
    for _ in range(4):
        if tok.dep_ == "relcl":
            head = tok.head
            while (head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj" and head.head.dep_ == "prep"
                   and head.head.head.pos_ in ("NOUN", "PROPN") and not head.head.head.ent_type_):
                head = head.head.head
            return head
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def role_modifiers(head: Token) -> set[str]:
    """The words that narrow a role noun: "the Republican nominee" -> {"republican"}."""
    out: set[str] = set()
    for c in head.children:
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i < head.i:
            out |= {t.lower_ for t in c.subtree if not t.is_punct}
    return out - GENERIC_ROLE_WORDS


def role_family(role: str) -> str:
    """The office a role noun names, whatever its gender: "spokeswoman" -> "spokesperson"."""
    return ROLE_FAMILIES.get(role, role)


# Dependencies by which a word narrows the noun after it: "Putin's spokesman", "Biden
# administration officials", "Oscar organizers". An apposition ("Peskov, the spokesman") or a
# title before a name ("spokesman Dmitry Peskov", where the name is the head) is not one.
PREMODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod", "npadvmod"})


def in_clause_below(tok: Token, head: Token) -> bool:
    """Whether `tok` lies in a clause (relative, participial or adverbial) that hangs below
    `head` in its phrase: "the club where Ibarra started out", "a lawyer representing Smith"."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl", "advcl"):
            return True
        tok = tok.head
    return False


def premodifies(start: int, end: int, head: Token) -> bool:
    """Whether tokens start..end (a name) stand before a common-noun head and narrow it.

    Then the phrase means the head's referent, not the name's: "Putin's spokesman" is not
    Putin, "the Obama administration" is not Obama.
    """
    if head.pos_ != "NOUN" or not end <= head.i:
        return False
    doc = head.doc
    # the name's own root: its token whose head lies outside it
    roots = [t for t in doc[start:end] if not start <= t.head.i < end]
    if len(roots) != 1:
        return False
    tok = roots[0]
    while tok.i != head.i:
        if tok.dep_ not in PREMODIFIER_DEPS or tok.head.i <= tok.i:
            return False
        tok = tok.head
    return True


def nominal_head(span: Span, head: Token) -> Token:
    """The head if it is nominal, else the span's last noun (the parse went wrong)."""
    if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return head
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else head


def last_noun(span: Span, head: Token) -> Token:
    """The noun that ends a source span ("the influential US daily": "daily")."""
    for t in reversed(span):
        if not t.is_punct:
            if _in_appositive_of(t, head):
                return head  # "Channel North, a UK broadcaster": the name, not what it is
            # "daily" may be tagged as an adverb
            return t if t.pos_ in ("NOUN", "ADJ", "PROPN") or t.lower_ in lx.MEDIA_NOUNS else head
    return head


def _in_appositive_of(tok: Token, head: Token) -> bool:
    """Whether a token lies in an appositive the parser hung on `head` (or is one)."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "appos" and tok.head.i == head.i:
            return True
        tok = tok.head
    return False


def untagged_names(doc: Doc, lo: int, hi: int) -> list[tuple[int, str]]:
    """Runs of two or more capitalised proper nouns between tokens lo and hi that the
    recogniser tagged as nothing or as a facility: a body's name it missed ("A Great Lakes
    Central Railway freight train", "the Great Lakes Central Railway train"), outside title-case
    lines, as (start, name),
    for a description of its kind ("the railroad") to find."""
    def word(k: int) -> bool:
        return doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].ent_type_ in ("", "FAC")

    def joins(k: int) -> bool:
        return doc[k].lower_ in lx.INNER_NAME_JOINERS

    out = []
    i = max(lo, 0)
    while i < hi:
        j = i
        # joining words inside a name ("the Competition and Markets Authority"), never at its ends
        while j < hi and (word(j) or (j > i and joins(j) and j + 1 < hi and word(j + 1))):
            j += 1
        # not a title-case line's words ("Regulator Fines Meridian Airways")
        if j - i >= 2 and not (i > 0 and joins(i - 1)) and not in_headline(doc.text, doc[i].idx):
            out.append((i, doc[i:j].text))
        i = max(j, i + 1)
    return out


def corporate_names(doc: Doc, lo: int, hi: int) -> list[tuple[int, str, bool]]:
    """Company names the NER missed, by their suffix or trade: "Acme Corp", "Globex Inc.",
    "Meridian Airways" (start, name, whether a subject), between tokens lo and hi."""
    out = []
    for i in range(max(lo, 1), hi):
        tok = doc[i]
        suffix = tok.lower_ in CORPORATE_SUFFIXES or (
            tok.lower_ in COMPANY_NAME_ENDINGS and tok.is_title and tok.ent_type_ in ("", "ORG"))
        if suffix and doc[i - 1].pos_ == "PROPN" and in_a_clause(tok):
            start = i - 1
            while start > lo and doc[start - 1].pos_ == "PROPN":
                start -= 1
            out.append((start, doc[start : i + 1].text, tok.dep_ in ("nsubj", "nsubjpass")))
        elif business_noun(doc[i - 1]) and tok.pos_ == "PROPN" and _name_word(tok) and (
                tok.ent_type_ in ("", "PERSON", "ORG")):
            # "private electricity distributor Northline Energy", "mobile operator EE", "New
            # Zealand start-up Austral Launch": a name after its description, which the NER
            # left untagged or read as a person
            end = i
            while end + 1 < hi and doc[end + 1].pos_ == "PROPN" and _name_word(doc[end + 1]):
                end += 1
            out.append((i, doc[i : end + 1].text, doc[end].dep_ in ("nsubj", "nsubjpass")))
    return out


def business_noun(tok: Token) -> bool:
    """A common noun that describes a business: "distributor", "software company", "chipmaker",
    also the last piece of one the tokenizer split at its hyphen ("start-up", which the tagger
    reads as a verb and its particle)."""
    noun = tok.lemma_.lower()
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}{tok.lower_}" in COMPANY_NOUNS
    return tok.pos_ == "NOUN" and (noun in COMPANY_NOUNS or noun.endswith("maker"))


def _name_word(tok: Token) -> bool:
    """A word a name may hold: capitalised ("Northline"), or initials ("EE", "BT")."""
    return tok.is_title or (tok.is_upper and len(tok) >= 2 and tok.is_alpha)


def described_as(doc: Doc, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether the text sets a name (tokens start to end) beside a common noun of `nouns`, in
    one phrase: the noun right after it that it names ("the IG Metall union"), the noun
    right before it ("the state environment agency LANUV", also where
    the parser made both subjects of the verb), the noun it is in apposition to ("the
    agency, LANUV,") or its appositive ("LANUV, the state environment agency"). A noun of
    another phrase is none ("told the agency Acme Corp had broken the rules", "After meeting
    the union, Acme said")."""
    root = doc[end - 1]
    if end < len(doc) and root.head.i == end and doc[end].tag_ == "NN" and doc[end].lemma_.lower() in nouns:
        return True  # the noun right after it, whose name it is: "the IG Metall union"
    if start > 0:
        noun = doc[start - 1]
        attached = noun.head == root or root.head == noun or (
            noun.head == root.head and noun.dep_ == root.dep_)
        if noun.tag_ == "NN" and noun.lemma_.lower() in nouns and attached:
            return True
    if root.dep_ == "appos" and root.head.tag_ == "NN" and root.head.lemma_.lower() in nouns:
        return True
    return any(c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in nouns for c in root.children)


def aside(tok: Token) -> bool:
    """Whether a name (its first token) stands only aside in its sentence: as where something
    is, the object of "in", "at", "near" ... ("samples from gardens in Homberg and Moers"), or
    as whom something was told ("told RRR that ...", "confirmed to RRR")."""
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ in ("dobj", "dative") and verb.lemma_ == "tell":
        return any(c.dep_ == "ccomp" for c in verb.children)
    if tok.dep_ == "pobj" and verb.lower_ == "to":
        return verb.head.pos_ == "VERB" and verb.head.lemma_ in lx.CUE_VERBS
    return tok.dep_ == "pobj" and verb.lower_ in PLACE_PREPOSITIONS


def in_a_clause(tok: Token) -> bool:
    """Whether a word's sentence has a verb: not a heading, masthead or dateline line."""
    return any(t.pos_ in ("VERB", "AUX") for t in tok.sent)


def self_name(head: Token) -> tuple[str, str] | None:
    """The name a phrase says its holder goes by, and the holder's kind: "a ransomware group
    calling itself Black Lantern", "a group that calls itself the Free Army", "a hacker group
    known as Black Lantern" -> Black Lantern, an organisation ("a man calling himself ..." a
    person). None without such a clause."""
    for clause in head.children:
        if clause.dep_ not in ("acl", "relcl") or clause.i < head.i:
            continue
        lemma = clause.lemma_.lower()
        named: Token | None = None
        kind = "organization"
        if lemma == "call":
            reflexive = next((c for c in clause.children
                              if c.dep_ == "dobj" and c.lower_ in REFLEXIVES), None)
            if reflexive is None:
                continue
            kind = REFLEXIVES[reflexive.lower_]
            named = next((c for c in clause.children if c.dep_ in ("oprd", "xcomp", "attr")
                          and c.i > reflexive.i), None)
        elif lemma == "know" and clause.tag_ == "VBN":
            prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            named = None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)
            # "a hacker group known as ..." is a body; "a singer known as ..." a person
            kind = "organization" if head.lemma_.lower() in GROUP_NOUNS else "person"
        if named is None or named.pos_ != "PROPN":
            continue
        # the name up to its head: not a clause after it ("Black Lantern, which emerged ...")
        words = [t for t in named.subtree if not t.is_punct and t.i <= named.i]
        while words and words[0].lower_ in ("the", "a", "an"):
            words = words[1:]
        if words:
            return " ".join(t.text for t in words), kind
    return None


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a name's word is in: up through compounds, flat names and
    possessors ("Staylane" in "Staylane's shares" -> "shares")."""
    while tok.dep_ in ("compound", "flat", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def main_subject(tok: Token) -> bool:
    """Whether a name's word is in the subject of its sentence's main verb."""
    tok = _phrase_head(tok)
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


def reported_subject(tok: Token, at: int) -> bool:
    """Whether a name's word is the subject of what its sentence reports, before the noun at
    token `at` that says who reports it: "Staylane will appeal the decision, the company
    announced" (the company is Staylane, not the outlet that reported an hour before)."""
    tok = _phrase_head(tok)
    verb = tok.head
    return (tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("ccomp", "parataxis")
            and verb.head.dep_ == "ROOT" and at < len(tok.doc) and tok.sent == tok.doc[at].sent)


def in_title(tok: Token, titles: frozenset[str] | None = None) -> bool:
    """Whether a name's word modifies a person's title: "Transportation" in "Transportation
    Secretary Vicente Alcaraz". `titles`: only these title words (a minister's), where given."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
        if (tok.lower_ in titles if titles is not None
                else tok.lower_ in SPEAKER_ROLE_NOUNS or tok.lower_ in NAME_TITLES):
            return True
    return False
