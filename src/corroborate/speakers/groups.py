"""A plural description that stands for the organisations the article has just named.

"Brightwater Energy and Kestrel Power are weighing a challenge ... the two suppliers described
themselves as deeply disappointed"; "Albion Air agreed to combine with Highland Atlantic
Airways in a deal that the companies said valued ...". Read as a crowd ("suppliers",
"companies"), such a source is anonymous, and what the two companies said together can
never be one claim with what one of them said alone. Read as the named parties
("Brightwater Energy and Kestrel Power"), the source graph ties it to each of them
(`sources.SourceGraph`), as it ties a spokesperson to her office.

Only a definite description with nothing of its own but a count ("the companies", "the two
suppliers", "both airlines"): "the companies that supply a medicine", "Airlines" and
"British airlines" are crowds. Its members are the organisations of the nearest sentence,
at most `WINDOW` back, that names them as a pair: joined by "and" ("A and B are weighing"),
one "with" the other ("A agreed to combine with B"), or the only two named there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.speakers import COMPANY_NAME_ENDINGS, COMPANY_NOUNS, NUMBER_WORDS, PARTY_NOUNS
from corroborate.source_names import acronym, org_name
from corroborate.speakers.mentions import Mention, no_business, state_body

# how many sentences before the description its members may be named
WINDOW = 6


def group_count(head: Token) -> int | None:
    """How many members a plural description says it has: 0 for "the companies" (any,
    from two), 2 for "the two suppliers" and "both airlines", 3 for "the three banks"; None
    where it is no description of named parties (no "the"/"both", or words of its own)."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in PARTY_NOUNS:
        return None
    count, definite = 0, False
    for child in head.children:
        low = child.lower_
        if child.dep_ in ("det", "predet") and low in ("the", "both"):
            definite = True
            count = 2 if low == "both" else count
        elif child.dep_ == "nummod" and low in NUMBER_WORDS:
            count = NUMBER_WORDS[low]
        elif child.dep_ not in ("punct", "cc", "conj", "appos", "acl", "relcl", "prep"):
            return None  # "the Japanese companies", "the companies' shares": words of its own
        elif child.dep_ in ("relcl", "acl", "prep") and (child.i < head.i or (
                child.dep_ == "relcl" and child.left_edge.i > 0 and child.left_edge.nbor(-1).text != ",")):
            return None  # "the companies that supply a medicine": which companies, not a pair
    return count if definite else None


def named_group(doc: Doc, mentions: Sequence[Mention], sent_starts: Sequence[int], sent: int,
                head: Token, span: Span, canonical: Callable[[str], str]) -> str | None:
    """The organisations a plural description stands for, as "A and B" (in alphabetical
    order, so that every article's "the companies" of one pair is one name); None where the
    article names no such pair just before it. A business noun ("the companies", "both
    airlines") stands for no state body: "approval from the CMA and the Department for
    Transport" names no pair of companies."""
    count = group_count(head)
    if count is None:
        return None
    business = head.lemma_.lower() in COMPANY_NOUNS

    def fits(name: str) -> bool:
        return not business or not (state_body(name, mentions) or no_business(name, mentions, doc))

    for k in range(sent, max(-1, sent - WINDOW - 1), -1):
        lo = sent_starts[k]
        hi = span.start if k == sent else (sent_starts[k + 1] if k + 1 < len(sent_starts) else len(doc))
        inside = [m for m in mentions if lo <= m.start and m.end <= hi]
        names = _pair(doc, inside, canonical, fits)
        if names and (count == 0 or len(names) == count):
            return " and ".join(sorted(names))
    return None


def joint_source(mentions: Sequence[Mention], head: Token, span: Span,
                 canonical: Callable[[str], str]) -> str | None:
    """A source that names two or more organisations joined by "and", as "A and B" (in
    alphabetical order, as `named_group` names a pair): "Brightwater Energy plc (LSE: BWE) and
    Kestrel Power Limited today announced ...", "Bristol-based Brightwater and
    Middlesbrough-based Kestrel said in a joint statement ...". Read as its first name alone,
    what the two said together would be one company's; read as the pair, the source graph ties
    it to each of them (`source_names.party_ties`).

    Only where the phrase's head is the last word of an organisation's name and each
    conjunct the last word of another's ("Department of Science and Technology" is one name;
    "Arnaud Devillers, Chairman and Chief Executive" joins titles)."""
    def name_ending(tok: Token) -> str | None:
        m = next((m for m in mentions if m.end - 1 == tok.i), None)
        return m.name if m is not None and m.label == "ORG" and tok.pos_ == "PROPN" else None

    joined = [c for c in head.conjuncts if c.i > head.i and span.start <= c.i < span.end]
    if not joined or not span.start <= head.i < span.end:
        return None  # (most sources join nothing: no scan of the mentions for them)
    ends = [name_ending(t) for t in (head, *joined)]
    names = {canonical(end) for end in ends if end is not None}
    return " and ".join(sorted(names)) if None not in ends and len(names) >= 2 else None


def _pair(doc: Doc, inside: list[Mention], canonical: Callable[[str], str], fits: Callable[[str], bool]
          ) -> list[str] | None:
    """The two (or more) organisations one sentence (its mentions `inside`) names as a
    pair, all of which `fits`, or None."""

    def name_of(written: str) -> str:
        name = canonical(written)
        return written if " and " in name and " and " not in written else name  # not the pair itself

    heads: dict[str, Token] = {}
    for m in inside:
        if m.label == "ORG":
            for h, written in _named_in(doc, m):
                if not m.start <= h.i < m.end and any(o.start <= h.i < o.end for o in inside):
                    continue  # a word before another name: "Lowland" of "Lowland airline Albion Air"
                heads.setdefault(name_of(written), h)
    # initials beside the name they stand for are that name: "the Maritime and Port Workers'
    # Union (MPWU)"
    initials = {acronym(org_name(n)) for n in heads}
    heads = {n: h for n, h in heads.items() if not (n.isupper() and n in initials) and fits(n)}
    by_head = {h.i: name for name, h in heads.items()}
    # (a "person" whose name ends as a company's does is the recogniser's guess: "Calder
    # Energy" beside "Norbrook Foods")
    tagged = {i for m in inside
              if not (m.label == "PERSON" and m.name.split()[-1].lower() in COMPANY_NAME_ENDINGS)
              for i in range(m.start, m.end)}
    for name, h in heads.items():
        # a conjunct the recogniser left untagged is a name too: "Brightwater Energy and
        # Kestrel Power" (only the first tagged), not one it tagged otherwise (a person, a
        # place, a state body where companies are meant)
        joined = [by_head.get(c.i) or name_of(_name_of(c))
                  for c in h.conjuncts if c.i in by_head or (c.pos_ == "PROPN" and c.i not in tagged)]
        if joined:
            return sorted({name, *joined}) if all(fits(n) for n in joined) else None
        if h.dep_ == "pobj" and h.head.lower_ in ("with", "between"):
            subjects = [n for n, t in heads.items() if n != name and t.dep_ in ("nsubj", "nsubjpass")]
            if len(subjects) == 1:
                return sorted({name, subjects[0]})
    return sorted(heads) if len(heads) == 2 else None


def _named_in(doc: Doc, m: Mention) -> list[tuple[Token, str]]:
    """The names one mention holds, with the token each hangs from: one, or two where the
    recogniser read a pair as one name ("Brightwater Energy and Kestrel Power";
    "Competition and Markets Authority", whose "Competition" heads no proper noun, is one)."""
    for tok in doc[m.start : m.end]:
        inner = [c for c in tok.conjuncts if m.start <= c.i < m.end]
        if tok.pos_ == "PROPN" and not m.start <= tok.head.i < m.end and inner and all(
                c.pos_ == "PROPN" for c in inner):
            return [(t, _name_of(t)) for t in (tok, *inner)]
    return [(_phrase_head(doc, m), m.name)]


def _phrase_head(doc: Doc, m: Mention) -> Token:
    """The token of a name that its phrase hangs from: "Highland Atlantic Airways" ->
    "Airways", and up through a description before it ("rival Highland Atlantic")."""
    tok = doc[m.end - 1]
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _name_of(tok: Token) -> str:
    """The name a proper noun heads: its proper-noun compounds and itself ("Kestrel Power")."""
    words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    of = [t for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
          for t in c.subtree if t.pos_ in ("PROPN", "ADP")]  # "Department of Finance"
    return " ".join(t.text for t in [*words, tok, *of])
