"""Who did what to whom: the same names in exchanged roles ("Russia accused Ukraine of ..." /
"Ukraine accused Russia of ...", "the Horezu is a tributary of the Ponoru" / "the Ponoru is a
tributary of the Horezu").

Two such texts share every word, so the static embedding, word containment and the minimal-pair
rules all read them as one claim, and the pair judge, a small cross-encoder trained on little
word-order data, does too (PAWS-Wiki, whose non-paraphrases are mostly such exchanges, is at
chance for it). The dependency parse sees it: each shared noun, name or number has a role (the
content word that governs it and the relation, with the preposition: "subj of accuse", "to
return", "of tributary"), and an exchange is two of them that trade roles.

Built on parses rather than word order, as reordering alone is no change ("born in Sweden in
1947" / "born in 1947 in Sweden", "X beat Y" / "Y was beaten by X"), and on exchanges rather
than on any changed role, as a parser misreads free paraphrases often enough to make "some role
differs" fire on them. Measured on PAWS-Wiki (bench/README.md): the exchange fires on about a
quarter of the non-paraphrases and on about 1% of the paraphrases, dev and test alike.

The parse is the run's spaCy pipeline's (tagger, parser, lemmas), run only for pairs that
share most of their words and reorder them or only one is passive (`might_exchange`), so a
run parses few contents again: rewordings that keep the order, most of a story's near
pairs, are never parsed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Final, NamedTuple

from corroborate.lexicon.contrast import STOPWORDS, SYMMETRIC_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words that can trade roles: nouns, names, numbers.
NOMINAL: Final = frozenset({"NOUN", "PROPN", "NUM"})
#: Words that govern a role. A copula ("is") is an AUX that heads its clause.
CONTENT: Final = NOMINAL | frozenset({"VERB", "ADJ"})
_SUBJECT: Final = frozenset({"nsubj", "csubj", "expl"})
_OBJECT: Final = frozenset({"dobj", "nsubjpass", "csubjpass", "dative", "oprd"})
_MODIFIER: Final = frozenset({"compound", "amod", "nmod", "poss", "appos", "nummod"})
# A pair must share this share of the shorter text's words (and two words at least) to be
# parsed: an exchange leaves the words as they were.
MIN_SHARED: Final = 0.6
_WORD_RE: Final = re.compile(r"[\w'’-]+")
_BE: Final = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "get", "got"})


class Role(NamedTuple):
    """A word's role: the content word that governs it (lemma) and how ("subj", "obj",
    "mod", "prep:to", ...)."""

    head: str
    relation: str


def _key(token: Token) -> str:
    # nouns, names and numbers by their form, which a tagger that reads "Cheeks" as a plural
    # noun in one text and a name in the other does not change; verbs by their lemma
    return token.lower_ if token.pos_ in NOMINAL else token.lemma_.lower()


def _phrase_head(token: Token) -> Token:
    """The word whose role a word shares: a conjunct's first conjunct ("Russia and China"
    fill one role), a name's last word ("Sergei" in "Sergei Shoigu")."""
    while token.head.i != token.i:
        if token.dep_ == "conj" or (
            token.dep_ in ("compound", "flat") and token.pos_ == "PROPN" and token.head.pos_ == "PROPN"
        ):
            token = token.head
        else:
            break
    return token


def _relation(token: Token) -> tuple[str, Token]:
    """The relation of a phrase head to its governor, and the token to climb from."""
    dep = token.dep_
    if dep == "pobj":
        prep = token.head
        if prep.lower_ == "by" and prep.head.tag_ == "VBN":
            return "subj", prep  # the agent of a passive is its subject
        return "prep:" + prep.lower_, prep
    if dep in _SUBJECT or (dep == "attr" and token.head.lemma_ == "be"):
        return "subj", token  # "X is Y" and "Y is X" say one thing
    if dep in _OBJECT:
        return "obj", token
    if dep in _MODIFIER:
        return "mod", token
    return dep, token


def role(token: Token) -> Role:
    """A word's role in its sentence (see `Role`)."""
    relation, start = _relation(_phrase_head(token))
    governor = start.head
    while governor.head.i != governor.i and governor.pos_ not in CONTENT:
        governor = governor.head
    if governor.i == start.i:
        return Role("", relation)
    head = _key(governor) if governor.pos_ in CONTENT else governor.lemma_.lower()
    return Role(head, relation)


def roles_of(doc: Doc) -> dict[str, Role]:
    """The role of every noun, name and number that occurs once in the Doc, by its key."""
    keys = [_key(t) for t in doc if t.pos_ in NOMINAL]
    once = {k for k in keys if keys.count(k) == 1}
    return {_key(t): role(t) for t in doc if t.pos_ in NOMINAL and _key(t) in once}


def _symmetric(one: Role, other: Role) -> bool:
    """Two roles that say the same whichever name fills which: a "with" ("Kim held talks with
    Putin", "signed a deal with", "shook hands with"), or the two sides of a symmetric verb
    ("Kim met Putin" / "Putin met Kim")."""
    relations = {one.relation, other.relation}
    if "prep:with" in relations:
        return True
    return one.head == other.head and relations == {"subj", "obj"} and one.head in SYMMETRIC_VERBS


def exchanged(a: dict[str, Role], b: dict[str, Role]) -> tuple[str, str] | None:
    """Two words that trade roles between two texts' role tables, or None."""
    shared = sorted(k for k in a if k in b)
    for x, y in combinations(shared, 2):
        if a[x] != a[y] and a[x] == b[y] and a[y] == b[x] and not _symmetric(a[x], a[y]):
            return x, y
    return None


class _Words(NamedTuple):
    """A text's words but stopwords: the set, those found once (with their place among the
    words), and whether it reads as a passive ("be" ... "by")."""

    all: frozenset[str]
    once: dict[str, int]
    passive: bool


@lru_cache(maxsize=131072)
def _words(text: str) -> _Words:
    # a possessive is its name ("Ukraine's grid" holds "ukraine", which may trade places)
    tokens = [m.lower().removesuffix("'s").removesuffix("’s") for m in _WORD_RE.findall(text)]
    words = [w for w in tokens if w not in STOPWORDS]
    seen = Counter(words)
    once = {w: i for i, w in enumerate(words) if seen[w] == 1}
    # a passive: a form of "be" and, after it, "by" ("were beaten by")
    be = next((i for i, w in enumerate(tokens) if w in _BE), None)
    return _Words(frozenset(words), once, be is not None and "by" in tokens[be + 1 :])


def might_exchange(a: str, b: str) -> bool:
    """Whether two texts could hold an exchange, worth a parse: they share most of their
    words (`MIN_SHARED` of the shorter text's, two at least) and either put two of them in
    the other order or only one of them is passive ("was beaten by"), the two ways an
    exchange can look."""
    wa, wb = _words(a), _words(b)
    shared = wa.all & wb.all
    if len(shared) < 2 or len(shared) < MIN_SHARED * min(len(wa.all), len(wb.all)):
        return False
    if wa.passive != wb.passive:
        return True  # one of them is passive: "X beat Y" / "X was beaten by Y"
    # the shared words found once on each side, in a's order: their places in b
    places = [wb.once[w] for w in wa.once if w in wb.once]  # wa.once is in text order
    return places != sorted(places)


# What the parse needs of the run's pipeline: the tagger, parser and lemmas.
_PARSE_PIPES: Final = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"})


def _parse(texts: Iterable[str]) -> Iterator[Doc]:
    """Parse texts with the run's own pipeline (`nlp.load_pipeline`, already loaded wherever
    extraction ran in this process), only the components the roles read: no second copy of
    the model is loaded, and the parse is the base model's."""
    from corroborate.nlp import load_pipeline

    nlp = load_pipeline()
    skip = [name for name in nlp.pipe_names if name not in _PARSE_PIPES]
    return nlp.pipe(texts, batch_size=64, disable=skip)


# Role tables parsed ahead in one batch, for the `parsed_ahead` block that asked for them.
# Module state, as the lru caches are: like the spaCy pipeline it reads, it is not meant for
# two clusterings on two threads at once.
_AHEAD: dict[str, dict[str, Role]] = {}


@contextmanager
def parsed_ahead(pairs: Iterable[tuple[str, str]]) -> Iterator[int]:
    """Within the block, the texts of the pairs that `role_exchange` would parse are parsed
    already, in one batch: about twice as fast as one text at a time (2.3 against 4.0 ms a
    sentence on this machine). Yields how many texts it parsed; forgets them on exit."""
    texts = sorted({t for a, b in pairs if might_exchange(a, b) for t in (a, b)})
    _AHEAD.clear()
    try:
        for text, doc in zip(texts, _parse(texts), strict=True):
            _AHEAD[text] = roles_of(doc)
        yield len(texts)
    finally:
        _AHEAD.clear()


def text_roles(text: str) -> dict[str, Role]:
    """The role table of a text (parsed ahead, or parsed now and cached)."""
    ahead = _AHEAD.get(text)
    return ahead if ahead is not None else _parsed_roles(text)


@lru_cache(maxsize=131072)
def _parsed_roles(text: str) -> dict[str, Role]:
    (doc,) = _parse([text])
    return roles_of(doc)


def role_exchange(a: str, b: str) -> tuple[str, str] | None:
    """Two names, nouns or numbers that trade roles between two texts, or None.

    Args:
        a: One claim's content.
        b: Another claim's content.

    Returns:
        The two words (lower-cased) when one text gives each the role
        the other text gives the other ("Russia accused Ukraine" / "Ukraine accused Russia"),
        else None. Texts that share few words are not parsed and give None.
    """
    if not might_exchange(a, b):
        return None
    return exchanged(text_roles(a), text_roles(b))
