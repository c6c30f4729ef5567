"""Who a source is: canonical speakers for the sources of one article, by rules.

In-document coreference for attribution sources: short names to the fullest form in the
article ("Peskov" -> "Dmitry Peskov"), pronouns to the most salient compatible antecedent,
relative "who"/"which" to the noun phrase it modifies, role nouns ("the spokesperson", "the
newspaper") to the entity the article ties to the role, and outlets to their canonical names.
coreferee's English model cannot be had here, so these are rules over spaCy's parse and
entities, measured on hand-labelled PolNeAR pronouns (tests/test_speakers_polnear.py).

Pronouns are resolved by salience in the manner of Lappin and Leass (1994): every mention of
an entity before the pronoun weighs by its grammatical role (subject, main clause, subject of
a reporting verb, object), halved for each sentence back (sentences all in quotes do not
count); an entity scores its best mention plus a share of its other mentions, of earlier
pronouns resolved to it and of its earlier attributions. Gender (titles, honorifics, first
names) and number (he/she: one person; they: groups, coordinated names, plural noun phrases,
organisations) filter the candidates. "I", "we" and "you" are the writer, the reader or a
quote's speaker, and resolve to nobody here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from corroborate import lexicon as lx
from corroborate.outlets import OUTLETS, normalize_outlet
from corroborate.schema import SpeakerKind


_DETERMINERS = {"the", "a", "an", "some", "many", "several", "other", "these", "those", "two",
                "three", "both", "all", "most", "few", "one"}

# Pronoun classes: which antecedents each may take.
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
_CHAIN_PRONOUNS = _MALE_PRONOUNS | _FEMALE_PRONOUNS | _PLURAL_PRONOUNS | _THING_PRONOUNS

# Nouns of amount whose "of" phrase is the real antecedent: "a number of cities that ...".
_QUANTITY_NOUNS = frozenset(
    """number group handful lot majority minority host couple dozens hundreds thousands
    millions bunch series range variety percent""".split()
)
# Singular common nouns that "it" may stand for when the thing is the source of a claim.
_THING_NOUNS = frozenset(
    """report study survey poll statement letter analysis memo ruling document conversation
    program article book paper campaign company committee panel court agency organization
    group council commission board plan bill law website site network""".split()
)
# Role nouns of one office that differ only in gender: "the spokesperson" matches both.
_ROLE_FAMILIES = {"spokesman": "spokesperson", "spokeswoman": "spokesperson",
                  "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
                  "congressman": "representative", "congresswoman": "representative",
                  "advisor": "adviser"}
_EXTRA_ROLE_NOUNS = frozenset({"chairwoman", "chairperson", "congressman", "congresswoman",
                               "nominee", "justice", "judge", "attorney", "prosecutor", "ceo",
                               "founder", "host", "anchor", "columnist", "correspondent"})
ROLE_NOUNS = lx.ROLE_NOUNS | _EXTRA_ROLE_NOUNS
# Modifiers of a role noun that do not tell two holders apart ("the former senator").
_GENERIC_ROLE_WORDS = frozenset({"former", "top", "senior", "new", "then", "current", "longtime",
                                 "chief", "deputy", "acting", "press", "the", "'s", "’s"})
_HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
                     "sir": "m", "lady": "f"}
# Salience weights (Lappin and Leass 1994, rescaled) and how far back a mention counts.
_W_RECENCY = 1.0
_W_SUBJECT = 0.8
_W_MAIN = 0.5
_W_REPORTER = 0.5
_W_OBJECT = 0.4
_W_POSSESSIVE = 0.3
_W_SPEAKER = 0.7
_W_REPEAT = 0.25
_W_INTRO = 1.0  # for "“...,” he said" only: a person just introduced with an appositive
_W_OWN_SUBJECT = 0.5
_W_LAST_SPEAKER = 1.0  # for "“...,” she said" only: the speaker of the sentence before
_QUOTED_FACTOR = 0.25
_ORG_AS_THEY_FACTOR = 0.4
_DECAY = 0.5
_WINDOW = 5
_OPEN_QUOTES = frozenset({"“", "«", "„"})
_CLOSE_QUOTES = frozenset({"”", "»"})
_TOGGLE_QUOTES = frozenset({'"', "''", "``"})


@dataclass(frozen=True)
class Mention:
    """A named entity mention usable as an antecedent."""

    start: int  # token index
    end: int
    name: str
    label: str  # PERSON, ORG, GPE, NORP, MEDIA
    sent: int
    subject: bool
    role: str | None = None  # "spokeswoman", "lawmaker" ... from a title or appositive
    title: frozenset[str] = frozenset()  # the words of that title: {"kremlin", "spokesman"}


# (name, kind, group, weight, token, whether a common noun phrase): one piece of evidence
_Evidence = tuple[str, SpeakerKind, str, float, int, bool]


@dataclass(frozen=True)
class Referent:
    """One mention of a possible antecedent, with the weight its grammatical role gives it.

    `group` says which pronouns may take it: "person" (he, she), "plural" (they), "org"
    (it, and they at a discount) or "thing" (it).
    """

    start: int
    head: int
    name: str
    kind: SpeakerKind
    group: str
    sent: int
    weight: float
    quoted: bool
    phrase: bool = False  # a common noun phrase, not a name
    intro: bool = False  # a person introduced with an appositive: "Henry Crespo, president of"


class SpeakerResolver:
    """Canonical speakers for the sources of one article (in-document coreference by rules).

    Short names resolve to the fullest form in the article ("Peskov" -> "Dmitry Peskov"),
    pronouns to the most salient compatible antecedent (recent, subject, earlier speaker,
    gender where a title, honorific or first name gives it), relative pronouns to the noun
    phrase they modify, role nouns ("the spokesperson", "the newspaper") to the named entity
    the article ties to that role, and outlets to their canonical names.

    Callers append each resolved source to `speakers` as (token, speaker, kind), in article
    order, so that later pronouns prefer earlier speakers.
    """

    def __init__(self, doc: Doc, text: str | None = None, *, outlet: str | None = None) -> None:
        """Index one parsed article for resolution.

        Args:
            doc: The parsed article.
            text: ``doc.text`` if the caller has it: spaCy joins the tokens anew on every
                access, which costs as much as a quarter of the resolver's own work.
            outlet: The article's own outlet, if known: "the Times" in a New York Times
                article is that paper.
        """
        self.doc = doc
        self.text = doc.text if text is None else text
        self.outlet = outlet
        self.sent_of: dict[int, int] = {}
        self.sent_starts: list[int] = []
        for k, s in enumerate(doc.sents):
            self.sent_starts.append(s.start)
            self.sent_of.update(dict.fromkeys(range(s.start, s.end), k))
        self.quoted = _quoted_tokens(doc)
        self.rank = self._sentence_ranks()
        self.mentions = self._mentions()
        self.full_names = self._full_names()
        self.mentions = [self._as_person(m) for m in self.mentions]
        self.org_names = self._org_names()
        self.speakers: list[tuple[int, str, SpeakerKind]] = []  # (token, speaker, kind)
        self.gender = self._title_genders()
        self.referents = self._referents()
        self._referent_starts = [r.start for r in self.referents]
        # personal pronouns, each resolved once (lazily, in text order) into a chain
        self._pronouns = [i for i in _indices_with_pos(doc, ("PRON",))
                          if doc[i].lower_ in _CHAIN_PRONOUNS]
        self._chain: dict[int, tuple[str, SpeakerKind] | None] = {}

    def _sentence_ranks(self) -> dict[int, int]:
        """Sentence index -> its distance rank, where a sentence all in quotes adds nothing.

        A quoted paragraph between "X said" and "..., he said" does not push X back.
        """
        ranks: dict[int, int] = {}
        rank = 0
        for k, sent in enumerate(self.doc.sents):
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            if not words or sum(self.quoted[t.i] for t in words) < 0.8 * len(words):
                rank += 1
            ranks[k] = rank
        return ranks

    def _distance(self, tok_i: int, pron_i: int) -> int:
        """Sentences between a mention and a pronoun, not counting quoted ones."""
        return self.rank[self.sent_of.get(pron_i, 0)] - self.rank[self.sent_of.get(tok_i, 0)]

    # -- mentions
    def _mentions(self) -> list[Mention]:
        """Named entities (and outlets found by name), each with a role its title gives it."""
        doc = self.doc
        out: list[Mention] = []
        for ent in doc.ents:
            mention = self._entity_mention(ent)
            if mention is not None:
                out.append(mention)
        times: list[Span] = []
        for m in _outlet_pattern().finditer(self.text):
            key = m.group(0).lower()
            if key in ("ap", "ria", "the times") and not m.group(0)[0].isupper():
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            if key == "the times":
                times.append(span)  # named once the other outlets of the article are known
                continue
            out.append(Mention(span.start, span.end, media_canonical(m.group(0)), "MEDIA",
                               self.sent_of.get(span.start, 0), False))
        # "the Times" is the one "... Times" the article names (or is), else The Times of London
        self.known_outlets = frozenset(
            [m.name for m in out if m.label == "MEDIA" and m.name != "The Times"]
            + ([normalize_outlet(self.outlet)] if self.outlet else []))
        out = [m if m.label != "MEDIA" or m.name != "The Times" else Mention(
            m.start, m.end, self.outlet_name("The Times"), "MEDIA", m.sent, m.subject, m.role, m.title)
            for m in out]
        for span in times:
            out.append(Mention(span.start, span.end, self.outlet_name("The Times"), "MEDIA",
                               self.sent_of.get(span.start, 0), False))
        out.sort(key=lambda m: (m.start, m.end, m.label))
        return out

    def outlet_name(self, text: str) -> str:
        """An outlet's display name (`corroborate.outlets`), "the Times" read in this article."""
        return media_canonical(text, known=getattr(self, "known_outlets", ()))

    def _entity_mention(self, ent: Span) -> Mention | None:
        """A PERSON, ORG, GPE or NORP entity as a mention; outlets get their canonical name."""
        doc = self.doc
        label = ent.label_
        if label not in ("PERSON", "ORG", "GPE", "NORP"):
            return None
        name = _clean_name(ent.text)
        if not name:
            return None
        if label == "ORG" and _media_name(name):
            # "the Journal": an outlet's article belongs to its name ("The Journal")
            with_the = ent.start > 0 and doc[ent.start - 1].lower_ == "the"
            label, name = "MEDIA", media_canonical(("The " if with_the else "") + ent.text)
        elif label == "ORG" and ent.start > 0 and doc[ent.start - 1].lower_ in ROLE_NOUNS and all(
            t.pos_ == "PROPN" for t in ent
        ):
            label = "PERSON"  # "presidential candidate Nikki Haley" tagged ORG by the NER
        subject = _role_token(ent.root).dep_ in ("nsubj", "nsubjpass")
        role, title = _entity_role(ent)
        return Mention(ent.start, ent.end, name, label, self.sent_of.get(ent.start, 0),
                       subject, role, title)

    def _full_names(self) -> dict[str, str]:
        """Surnames, first names and short forms -> the fullest form of that PERSON.

        Of two forms with the same first and last word the longer wins ("Donald J. Trump"
        over "Donald Trump"), and so does a form that ends with another ("Ildefonso Guajardo
        Villarreal" over "Guajardo Villarreal"). Names in a title-case headline ("Black
        Lawmakers Rip Donald Trump") count only where the body has no name with that surname.
        A surname two people share goes to the one the article names first (news introduces
        its main person first: "Trump" is Donald, not Ivanka); a first name only when one
        person has it.
        """
        first_at: dict[str, int] = {}
        headline: set[str] = set()
        body_surnames: set[str] = set()
        for m in self.mentions:
            if m.label != "PERSON":
                continue
            in_headline = _in_headline(self.text, self.doc[m.start].idx)
            if not in_headline:
                body_surnames.add(m.name.split()[-1])
            if len(m.name.split()) >= 2:
                if in_headline:
                    headline.add(m.name)
                else:
                    first_at.setdefault(m.name, m.start)
        for name in headline:
            if name.split()[-1] not in body_surnames:
                first_at.setdefault(name, len(self.doc))
        canonical = {name: name for name in first_at}
        for name in first_at:
            for other in first_at:
                if _extends(other, name) and len(other.split()) > len(canonical[name].split()):
                    canonical[name] = other
        for name, full in canonical.items():
            first_at[full] = min(first_at[full], first_at[name])
        ranked = sorted(set(canonical.values()), key=lambda n: (first_at[n], n))
        names: dict[str, str] = {}
        for name, full in canonical.items():
            names[name.lower()] = full
        surnames: set[str] = set()
        for full in ranked:
            parts = full.split()
            keys = {parts[-1].lower()}
            if len(parts) >= 3:
                keys.add(" ".join(parts[-2:]).lower())
            surnames |= keys
            for key in keys:
                names.setdefault(key, full)
        first_names: dict[str, set[str]] = {}
        for full in ranked:
            first = full.split()[0].strip(".").lower()
            if len(first) > 1:
                first_names.setdefault(first, set()).add(full)
        for first, fulls in first_names.items():
            if len(fulls) == 1 and first not in surnames:
                names.setdefault(first, next(iter(fulls)))
        return names

    def _as_person(self, m: Mention) -> Mention:
        """A one-word ORG or GPE that is a person's surname here ("Trump" tagged ORG)."""
        if m.label in ("ORG", "GPE") and " " not in m.name and m.name.lower() in self.full_names:
            return Mention(m.start, m.end, m.name, "PERSON", m.sent, m.subject, m.role, m.title)
        return m

    def _org_names(self) -> dict[str, str]:
        """Short organisation names -> the longest form that ends with them.

        "Security Council" -> "United Nations Security Council".
        """
        orgs = sorted({m.name for m in self.mentions if m.label == "ORG"}, key=len, reverse=True)
        names: dict[str, str] = {}
        for short in orgs:
            for full in orgs:
                if len(full) > len(short) and full.lower().endswith(" " + short.lower()):
                    names[short.lower()] = full
                    break
        return names

    def canonical_person(self, name: str) -> str:
        """The fullest form of a person's name in this article ("Peskov" -> "Dmitry Peskov")."""
        name = _clean_name(name)
        low = name.lower()
        if low in self.full_names:
            return self.full_names[low]
        last = low.split()[-1] if low else low
        if last in self.full_names:
            return self.full_names[last]
        if len(low.split()) == 1 and len(low) >= 7:
            near = [k for k in self.full_names if " " not in k and _one_edit_apart(k, low)]
            if len({self.full_names[k] for k in near}) == 1:
                return self.full_names[near[0]]  # a misspelt surname: "McLenney"
        return name

    def person_name(self, m: Mention) -> str:
        """A PERSON mention's canonical name, using an honorific to pick between namesakes.

        "Mr. Clinton" is the male Clinton the article names ("Bill Clinton") even where a
        bare "Clinton" is Hillary Clinton.
        """
        name = self.canonical_person(m.name)
        honorific = _HONORIFIC_GENDER.get(self.doc[m.start - 1].lower_) if m.start > 0 else None
        if honorific is None or " " in m.name:
            return name
        last = m.name.lower()
        fulls = sorted({f for f in self.full_names.values() if f.split()[-1].lower() == last},
                       key=lambda f: (self.full_names.get(last) != f, f))
        if first_name_gender(name) in (honorific, None):
            return name
        matching = [f for f in fulls if first_name_gender(f) in (honorific, None)]
        return matching[0] if matching else name

    def canonical_org(self, name: str) -> str:
        """The longest form of an organisation's name in this article."""
        name = _clean_name(name)
        return self.org_names.get(name.lower(), name)

    # -- resolution
    def resolve(
        self,
        source: Sequence[tuple[int, int]],
        head_index: int | None,
        content: Sequence[tuple[int, int]] = (),
    ) -> tuple[str | None, SpeakerKind]:
        """The canonical speaker and its kind for one attribution's source.

        Args:
            source: The source's character spans (the first is the mention read).
            head_index: Token index of the source's head, None when unknown.
            content: The content's character spans: a pronoun speaking an indirect content
                is resolved against the names that content does not contain.
        """
        doc = self.doc
        if not source or head_index is None:
            return None, "unknown"
        head = doc[head_index]
        s0, s1 = source[0]
        span = doc.char_span(s0, s1, alignment_mode="expand")
        if span is None:
            return None, "unknown"
        low = head.lower_
        if low in _RELATIVE_PRONOUNS and head.tag_ in ("WP", "WDT", "WP$"):
            antecedent = _relative_antecedent(head)
            if antecedent is not None:
                return self._resolve_antecedent(antecedent)
            return None, "unknown"
        if head.pos_ == "PRON" or low in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP:
            # an indirect content is the clause the pronoun speaks; a direct one may be cut
            # too wide around its quote ("X weighed in, “...,” he said"), so it is not used
            indirect = not any(q in self.text[s:e] for s, e in content
                               for q in ('"', "“", "”", "''"))
            found = self._resolve_pronoun(head, content if indirect else ())
            self._chain[head.i] = found
            if found is None:
                return None, ("person" if low in _MALE_PRONOUNS | _FEMALE_PRONOUNS else "unknown")
            return found
        return self._resolve_noun(head, span)

    def _resolve_noun(self, head: Token, span: Span) -> tuple[str | None, SpeakerKind]:
        """A source that is a noun phrase: a name, a role, an outlet, a group or a thing."""
        nominal = _nominal_head(span, head)
        if nominal.i != head.i and nominal.tag_ == "NNS":
            # a misparse: "according to show insiders" with "show" read as a verb
            return _collective_name(span, nominal), "collective"
        head = nominal
        inside = [m for m in self.mentions if m.start >= span.start and m.end <= span.end]
        persons = [m for m in inside if m.label == "PERSON"]
        media = [m for m in inside if m.label == "MEDIA"]
        text = _clean_name(span.text)
        head_in_entity = any(m.start <= head.i < m.end for m in inside)
        # a collective: "U.S. officials", "some experts", "Proponents, including the ..."
        if head.tag_ == "NNS" and not persons and not head_in_entity:
            if head.lower_ in ("report", "reports") and media:
                return media[0].name, "media"
            if head.lower_ not in lx.MEDIA_NOUNS:
                return _np_name(head, span), "collective"
        if persons:
            # the name nearest the head: "Kremlin Spokesman Dmitry Peskov" -> Dmitry Peskov
            best = min(persons, key=lambda m: (0 if m.start <= head.i < m.end else 1, m.start))
            return self.person_name(best), "person"
        if media:
            return self.outlet_name(media[0].name), "media"
        if head.lemma_.lower() in lx.DOCUMENT_NOUNS or head.lower_ in lx.DOCUMENT_NOUNS:
            found = self._resolve_document(head)
            if found is not None:
                return found
        role_head = _last_noun(span, head)
        if role_head.lower_ in lx.MEDIA_NOUNS or role_head.lower_ in ("media", "outlet", "daily"):
            return self._resolve_outlet(role_head, span, text)
        if head.ent_type_ == "PERSON":
            return self.canonical_person(text), "person"
        if head.lower_ in ROLE_NOUNS or head.lemma_.lower() in ROLE_NOUNS:
            named = self._named_for_role(head) or self._unnamed_role_holder(head)
            if named:
                return named, "person"
            return _np_name(head, span), "person"  # "an American official who ..."
        if head.pos_ == "PROPN" and head.lower_ in self.full_names:
            return self.full_names[head.lower_], "person"
        orgs = [m for m in inside if m.label in ("ORG", "GPE", "NORP")]
        # the organisation the head names, else the phrase without its clauses: "FDIC, a
        # banking regulator which ..." -> "FDIC"; "the South Korean government" as written
        own = [m for m in orgs if m.start <= head.i < m.end]
        name = self.canonical_org(own[0].name if own else _np_name(head, span))
        low = text.lower()
        if any(w in low for w in lx.GOVERNMENT_WORDS) or any(m.label == "GPE" for m in orgs):
            return name, "government"
        if orgs:
            return name, "organization"
        if head.lower_ in lx.COLLECTIVE_NOUNS or head.tag_ == "NNS":
            return _collective_name(span, head), "collective"
        return _np_name(head, span) or None, "unknown"

    def _resolve_outlet(self, noun: Token, span: Span, text: str) -> tuple[str, SpeakerKind]:
        """"The newspaper", "the influential US daily", "the agency" -> the outlet named before.

        "State media" and a role noun with no outlet before it stay as written.
        """
        low_words = {t.lower_ for t in span}
        if "state" in low_words and noun.lower_ == "media":
            return _strip_det(text), "media"
        prior = [m for m in self.mentions if m.label == "MEDIA" and m.start < span.start]
        if noun.lower_ == "agency":
            prior += [m for m in self.mentions if m.label == "ORG" and m.start < span.start
                      and m.name.lower().endswith("agency")]
            prior.sort(key=lambda m: m.start)
        if prior:
            best = prior[-1]
            kind: SpeakerKind = "media" if best.label == "MEDIA" else "organization"
            return best.name, kind
        # "the newspaper" with no outlet named before stays as written; "the agency" and "the
        # report" may be no outlet at all (a government agency, a study)
        return _strip_det(text), "unknown" if noun.lower_ in _NOT_ONLY_MEDIA else "media"

    def _named_for_role(self, head: Token) -> str | None:
        """"The spokesman" -> the person the article names with that role, last before it.

        The role noun's modifiers must be in the holder's title: "the Kremlin spokesman"
        may be "Kremlin spokesman Dmitry Peskov", "the Republican nominee" is not
        "Democratic vice presidential nominee Tim Kaine".
        """
        role = _role_family(head.lower_)
        wanted = _role_modifiers(head)
        cands = [m for m in self.mentions if m.label == "PERSON" and m.role
                 and _role_family(m.role) == role and wanted <= m.title]
        if not cands:
            return None
        before = [m for m in cands if m.start < head.i]
        best = before[-1] if before else min(cands, key=lambda m: abs(m.start - head.i))
        return self.person_name(best)

    def _resolve_token(self, tok: Token) -> tuple[str | None, SpeakerKind]:
        """A noun phrase or pronoun anywhere in the article as a speaker ("his" in "his
        statement", "the minister" in "the minister's statement")."""
        low = tok.lower_
        if low in _RELATIVE_PRONOUNS and tok.tag_ in ("WP", "WDT", "WP$"):
            antecedent = _relative_antecedent(tok)
            return self._resolve_antecedent(antecedent) if antecedent is not None else (None, "unknown")
        if tok.pos_ == "PRON" or low in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP | {"his", "its", "their"}:
            found = self._resolve_pronoun(tok)
            return found if found is not None else (None, "unknown")
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        while hi > tok.i + 1 and self.doc[hi - 1].dep_ in ("case", "punct"):
            hi -= 1
        return self._resolve_noun(tok, self.doc[lo:hi])

    def _resolve_document(self, noun: Token) -> tuple[str | None, SpeakerKind] | None:
        """"The statement said": whose statement the article makes it.

        Its owner ("the minister's statement", "a statement from the Kremlin", "a White House
        statement"), else whoever issued it ("Acme issued a statement", "a statement released
        by Acme"), else the owner of an earlier statement, release or announcement of the
        article ("In a statement, Acme said ... The statement added"), else the last person
        or organisation that spoke in the sentences before. A publisher that is not the
        owner ("published by state media") is a relay, not the speaker (see
        `corroborate.attribution`). None when nothing ties it to anyone.
        """
        for tok in (noun, *self._earlier_documents(noun)):
            holder = document_owner(tok) or document_issuer(tok)
            if holder is not None:
                found = self._resolve_token(holder)
                if found[0]:
                    return found
        sent = self.sent_of.get(noun.i, 0)
        for tok_i, name, kind in reversed(self.speakers):
            if tok_i < noun.i and sent - self.sent_of.get(tok_i, 0) <= _DOCUMENT_WINDOW and kind in (
                    "person", "organization", "government"):
                return name, kind
        return None

    def _earlier_documents(self, noun: Token) -> list[Token]:
        """Document nouns of the same sentence window before `noun`, nearest first."""
        lo = self.sent_starts[max(0, self.sent_of.get(noun.i, 0) - _DOCUMENT_WINDOW)]
        return [self.doc[i] for i in reversed(range(lo, noun.i))
                if self.doc[i].pos_ == "NOUN" and self.doc[i].lemma_.lower() in lx.DOCUMENT_NOUNS]

    def _unnamed_role_holder(self, head: Token) -> str | None:
        """"The spokeswoman" after "a spokeswoman for Acme": the earlier, fuller mention of
        the same unnamed role, when the article ties that one to a body."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            return None
        role = _role_family(head.lower_)
        lo = self.sent_starts[max(0, self.sent_of.get(head.i, 0) - _DOCUMENT_WINDOW)]
        for i in reversed(range(lo, head.i)):
            tok = self.doc[i]
            if tok.pos_ == "NOUN" and _role_family(tok.lower_) == role:
                name = _np_name(tok)
                if name.lower() != tok.lower_ and _role_modifiers(head) <= {
                        t.lower_ for t in tok.subtree}:
                    return name
        return None

    def _resolve_antecedent(self, tok: Token) -> tuple[str | None, SpeakerKind]:
        """The noun a relative pronoun modifies, as a speaker.

        "Kaine is a lawyer who" -> Kaine; "two voters, A and B, who" -> "A and B";
        "a number of cities that" -> "cities"; "a Boston Globe panel that" -> the panel.
        """
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and (subjects[0].ent_type_ or subjects[0].pos_ == "PROPN"):
                tok = subjects[0]
        if tok.lower_ in _QUANTITY_NOUNS:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    objs = [c for c in prep.children if c.dep_ == "pobj"]
                    if objs:
                        tok = objs[0]
        group = self._appositive_group(tok)
        if group:
            return group, "collective"
        person = self._person_at(tok.i)
        if person is not None:
            return person, "person"
        span = self.doc[tok.left_edge.i : tok.i + 1]
        if tok.pos_ == "PROPN" or tok.ent_type_ or tok.lower_ in ROLE_NOUNS | lx.MEDIA_NOUNS | (
                lx.DOCUMENT_NOUNS):
            return self._resolve_noun(tok, span)
        if tok.pos_ in ("NOUN", "PROPN"):
            kind: SpeakerKind = "collective" if tok.tag_ in ("NNS", "NNPS") else "unknown"
            if any(m.label in ("ORG", "MEDIA", "GPE") for m in self.mentions
                   if span.start <= m.start and m.end <= span.end):
                kind = "organization"
            if tok.lower_ in lx.GOVERNMENT_WORDS:
                kind = "government"
            return _np_name(tok), kind
        return None, "unknown"

    def _appositive_group(self, tok: Token) -> str | None:
        """"two voters, Ana Lima and Ben Ortiz," -> "A and B"."""
        for c in tok.children:
            if c.dep_ == "appos":
                names = [self._person_at(t.i) for t in _conjuncts(c)]
            elif c.dep_ == "conj" and tok.pos_ == "NOUN" and c.left_edge.nbor(-1).is_punct:
                names = [self._person_at(t.i) for t in _conjuncts(c)]  # appos parsed as conj
            else:
                continue
            if len(names) >= 2 and all(names):
                return " and ".join(n for n in names if n)
        return None

    def _person_at(self, i: int) -> str | None:
        """The canonical name of the person a token names, if it names one."""
        for m in self.mentions:
            if m.label == "PERSON" and m.start <= i < m.end:
                return self.person_name(m)
        tok = self.doc[i]
        if tok.pos_ == "PROPN" and tok.lower_ in self.full_names:
            return self.full_names[tok.lower_]
        return None

    # -- pronouns
    def _referents(self) -> list[Referent]:
        """Everything a pronoun may refer to, in text order, with its salience weight."""
        out: list[Referent] = []
        taken: set[int] = set()
        for m in self.mentions:
            taken.update(range(m.start, m.end))
            out.extend(self._entity_referents(m))
        for i in _indices_with_pos(self.doc, ("NOUN", "PROPN")):
            if i in taken:
                continue
            ref = self._noun_referent(self.doc[i])
            if ref is not None:
                out.append(ref)
        out.sort(key=lambda r: r.start)
        return out

    def _entity_referents(self, m: Mention) -> Iterator[Referent]:
        """A named mention as a referent, and "A and B" as one plural referent too."""
        doc = self.doc
        head = doc[m.start : m.end].root
        kind: SpeakerKind
        if m.label == "PERSON":
            name, kind, group = self.person_name(m), "person", "person"
        elif m.label == "MEDIA":
            name, kind, group = m.name, "media", "org"
        elif m.label == "NORP":
            if head.tag_ not in ("NNPS", "NNS"):
                return  # "Russian" as an adjective
            name, kind, group = m.name, "collective", "plural"
        else:
            name, kind, group = self.canonical_org(m.name), _org_kind(m.name, m.label), "org"
        weight = self._weight(head)
        intro = m.label == "PERSON" and any(c.dep_ == "appos" for c in head.children)
        yield Referent(m.start, head.i, name, kind, group, m.sent, weight, self.quoted[m.start],
                       intro=intro)
        if m.label == "PERSON" and _role_token(head).i == head.i:
            names = [self._person_at(c.i) for c in _conjuncts(head)]
            if len(names) >= 2 and all(names):
                # "Obama and Clinton": one plural referent for "they"
                yield Referent(m.start, head.i, " and ".join(n for n in names if n), "collective",
                               "plural", m.sent, weight, self.quoted[m.start])

    def _noun_referent(self, tok: Token) -> Referent | None:
        """Common nouns and names the NER missed, as referents."""
        if tok.dep_ in ("compound", "amod", "poss") and tok.pos_ != "PROPN":
            return None
        sent, quoted = self.sent_of.get(tok.i, 0), self.quoted[tok.i]
        if ((tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title))
                and tok.lower_ in self.full_names and tok.dep_ != "compound"):
            # names the NER missed, "Trump" read as a noun at a sentence start among them
            return Referent(tok.i, tok.i, self.full_names[tok.lower_], "person", "person", sent,
                            self._weight(tok), quoted)
        if tok.pos_ != "NOUN":
            return None
        if tok.tag_ == "NNS" and tok.lower_ not in _QUANTITY_NOUNS:
            return Referent(tok.left_edge.i, tok.i, _np_name(tok), "collective", "plural", sent,
                            self._weight(tok), quoted, phrase=True)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if tok.lower_ in ROLE_NOUNS and definite:
            named = self._named_for_role(tok)
            if named:  # "the president" after "President Obama"
                return Referent(tok.left_edge.i, tok.i, named, "person", "person", sent,
                                self._weight(tok), quoted)
        if tok.lower_ in _THING_NOUNS:
            return Referent(tok.left_edge.i, tok.i, _np_name(tok), "unknown", "thing", sent,
                            self._weight(tok), quoted, phrase=True)
        return None

    def _weight(self, tok: Token) -> float:
        """Salience of a mention from its grammatical role in its clause."""
        role = _role_token(tok)
        w = _W_RECENCY
        if role.dep_ in ("nsubj", "nsubjpass"):
            w += _W_SUBJECT
            verb = role.head
            if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
                w += _W_MAIN
            if verb.lemma_.lower() in lx.SPEECH_CUES:
                w += _W_REPORTER
        elif role.dep_ in ("dobj", "attr", "dative", "oprd"):
            w += _W_OBJECT
        elif role.dep_ == "poss":
            w += _W_POSSESSIVE
        elif any(a.lower_ == "according" for a in list(role.ancestors)[:3]):
            w += _W_SUBJECT + _W_REPORTER  # "according to show insiders"
        return w

    def _resolve_pronoun(
        self, pron: Token, content: tuple[tuple[int, int], ...] = ()
    ) -> tuple[str, SpeakerKind] | None:
        """The most salient compatible antecedent of a personal pronoun, or None.

        A pronoun that is a source does not refer to a mention inside its own content:
        in "Russia's successes, they said, could fade" "they" is not the successes.
        """
        scores = self._salience(pron, content)
        if not scores:
            return None
        best = max(scores, key=lambda n: scores[n][0])
        return best, scores[best][1]

    def _salience(
        self, pron: Token, content: tuple[tuple[int, int], ...] = ()
    ) -> dict[str, tuple[float, SpeakerKind]]:
        """Each compatible antecedent's salience at a pronoun, with its kind.

        An entity scores its best mention, plus a share of its other mentions, earlier
        pronouns and attributions; a common noun phrase scores its best mention only, since
        two "policies" are seldom one referent.
        """
        low = pron.lower_
        groups = _pronoun_groups(low)
        if not groups:
            return {}
        self._extend_chain(pron.i)
        found: dict[str, list[tuple[float, bool]]] = {}
        kinds: dict[str, SpeakerKind] = {}
        for name, kind, group, weight, tok_i, phrase in self._evidence(pron):
            if group not in groups or self._gender_clash(name, low):
                continue
            if any(s <= self.doc[tok_i].idx < e for s, e in content):
                continue
            if low in _PLURAL_PRONOUNS and kind == "media":
                continue
            dist = self._distance(tok_i, pron.i)
            if not 0 <= dist <= _WINDOW:
                continue
            if group == "org" and low in _PLURAL_PRONOUNS:
                weight *= _ORG_AS_THEY_FACTOR
            score = weight * _DECAY**dist + 1e-6 * tok_i / max(1, pron.i)  # ties: the nearer
            found.setdefault(name, []).append((score, phrase))
            kinds.setdefault(name, kind)
        return {n: (_entity_score(found[n]), kinds[n]) for n in found}

    def _evidence(self, pron: Token) -> Iterator[_Evidence]:
        """Each mention, earlier resolved pronoun and earlier speaker before `pron`.

        As (name, kind, group, weight, token, whether it is a common noun phrase).
        """
        in_quote = self.quoted[pron.i]
        # "“...,” he said": the speaker of a quote is most often a person just introduced
        quote_speaker = pron.head.lemma_.lower() in lx.SPEECH_CUES and any(
            self.quoted[t.i] for t in pron.sent)
        lo = self._window_start(pron.i)
        for k in range(bisect_left(self._referent_starts, lo),
                       bisect_left(self._referent_starts, pron.i)):
            r = self.referents[k]
            inside = pron.left_edge.i <= r.head <= pron.right_edge.i
            if inside or _coargument(self.doc[r.head], pron):
                continue  # "Clinton praised her": "her" is not Clinton
            factor = _QUOTED_FACTOR if r.quoted and not in_quote else 1.0
            if pron.dep_ == "poss" and _subject_of_clause(self.doc[r.head], pron):
                factor *= 1.0 + _W_OWN_SUBJECT  # "the president ... his veto threat"
            weight = r.weight + (_W_INTRO if quote_speaker and r.intro else 0.0)
            yield r.name, r.kind, r.group, weight * factor, r.head, r.phrase
        for i in self._pronouns_between(lo, pron.i):
            found = self._chain.get(i)
            if found is None:
                continue
            tok = self.doc[i]
            if _coargument(tok, pron) or (self.quoted[i] and not in_quote):
                continue  # a "he" inside a quote is seldom its speaker
            group = _group_of(found[1], tok.lower_)
            yield found[0], found[1], group, self._weight(tok), i, False
        # "McLenney said Clinton doesn't show ... “It's not something ...,” she said": a quote
        # right after an attribution most often goes on with the same speaker
        last = max((t for t, _, _ in self.speakers if t < pron.i), default=None)
        if last is not None and self.sent_of.get(pron.i, 0) - self.sent_of.get(last, -9) > 2:
            last = None
        for tok_i, name, kind in self.speakers:
            if tok_i < pron.i:
                group = _group_of(kind, self.doc[tok_i].lower_, name)
                bonus = _W_LAST_SPEAKER if quote_speaker and tok_i == last else 0.0
                yield name, kind, group, _W_SPEAKER + bonus, tok_i, False

    def _window_start(self, i: int) -> int:
        """The first token of the sentences a pronoun at `i` may look back to.

        Twice the salience window, since quoted sentences do not count towards it.
        """
        return self.sent_starts[max(0, self.sent_of.get(i, 0) - 2 * _WINDOW)]

    def _pronouns_between(self, lo: int, hi: int) -> list[int]:
        """The chain pronouns with token index in [lo, hi)."""
        return self._pronouns[bisect_left(self._pronouns, lo) : bisect_left(self._pronouns, hi)]

    def _extend_chain(self, upto: int) -> None:
        """Resolve, in text order, the personal pronouns before `upto` not yet resolved.

        Each counts as a mention of its antecedent for later pronouns, as in a coreference
        chain: "Trump ... He recently pitched ... he said" keeps Trump salient.
        """
        for i in self._pronouns_between(self._window_start(upto), upto):
            if i not in self._chain:
                self._chain[i] = None  # guards against re-entry while it resolves
                self._chain[i] = self._resolve_pronoun(self.doc[i])

    def _gender_clash(self, name: str, pronoun: str) -> bool:
        """Whether "he" or "she" cannot be this person (by title, honorific or first name)."""
        female = pronoun in _FEMALE_PRONOUNS
        male = pronoun in _MALE_PRONOUNS
        if not (female or male):
            return False
        g = self.gender.get(name)
        if g is None:
            g = first_name_gender(name)
        return (female and g == "m") or (male and g == "f")

    def _title_genders(self) -> dict[str, str]:
        """Genders the article's titles and honorifics give its people.

        "spokeswoman Adrienne Watson", "Mrs. Clinton".
        """
        gender: dict[str, str] = {}
        for m in self.mentions:
            if m.label != "PERSON":
                continue
            name = self.person_name(m)
            prev = self.doc[m.start - 1].lower_ if m.start > 0 else ""
            by_honorific = _HONORIFIC_GENDER.get(prev)
            if by_honorific and first_name_gender(name) in (None, by_honorific):
                gender.setdefault(name, by_honorific)
            if m.role in lx.FEMALE_WORDS:
                gender[name] = "f"
            elif m.role in lx.MALE_WORDS:
                gender[name] = "m"
        return gender


# Media nouns that also name other things: "the agency" (of a government), "the report".
_NOT_ONLY_MEDIA = frozenset({"agency", "report", "story", "site", "website"})
# How many sentences back "the statement" may find the statement it means, or its speaker.
_DOCUMENT_WINDOW = 6
# Verbs whose subject is the author of the text they take: "Acme issued a statement".
_ISSUE_VERBS = frozenset({"issue", "release", "make", "send", "sign", "put", "deliver", "write"})


def document_owner(noun: Token) -> Token | None:
    """Whose text a document noun is: "the minister's statement", "a statement from the
    Kremlin", "a statement by Acme", "a White House statement", "his statement"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("from", "by", "of"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            # "of" only with a name: "a statement of principles" has no owner
            if objs and (objs[0].pos_ in ("PROPN", "PRON") or objs[0].ent_type_ or (
                    c.lower_ != "of" and objs[0].pos_ == "NOUN")):
                return objs[0]
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
             and (c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or c.pos_ == "PROPN")]
    return names[-1] if names else None


def document_publisher(noun: Token) -> Token | None:
    """Who published a document noun: "statement, published by state media" and "state media
    published the statement" give "media"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in lx.PUBLISH_VERBS:
            for agent in (g for g in c.children if g.dep_ == "agent"):
                objs = [g for g in agent.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lx.PUBLISH_VERBS:
        if noun.dep_ == "dobj":
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            return subj[0] if subj else None
        for agent in (g for g in verb.children if g.dep_ == "agent"):
            objs = [g for g in agent.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def document_issuer(noun: Token) -> Token | None:
    """The author of a document noun with no owner: who issued, released or published it
    ("Acme issued a statement", "a statement released by Acme"), or who spoke in it ("In a
    statement, Acme said")."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _ISSUE_VERBS | lx.PUBLISH_VERBS:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        return subj[0] if subj else None
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "through", "via") and verb.head.pos_ in ("VERB", "AUX"):
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return subj[0] if subj else None
    return document_publisher(noun)


def _indices_with_pos(doc: Doc, tags: Sequence[str]) -> list[int]:
    """Indices of the tokens with one of these coarse tags, read from the Doc's array: a Python
    loop over every Token costs more than the whole resolution on a long article."""
    ids = [doc.vocab.strings.add(t) for t in tags]
    pos = doc.to_array(POS)
    return [int(i) for i in numpy.flatnonzero(numpy.isin(pos, ids))]


def _org_kind(name: str, label: str) -> SpeakerKind:
    """"government" for places and offices of state ("White House"), else "organization"."""
    if label == "GPE" or _government_pattern().search(name.lower()):
        return "government"
    return "organization"


@lru_cache(maxsize=1)
def _government_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(lx.GOVERNMENT_WORDS) + r")\b")


@lru_cache(maxsize=1)
def _outlet_key_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Outlet names longer than three letters, longest first, as whole-word patterns."""
    keys = sorted((k for k in lx.MEDIA_OUTLETS if len(k) > 3), key=len, reverse=True)
    return tuple((k, re.compile(rf"\b{re.escape(k)}\b")) for k in keys)


_MEDIA_WORDS = re.compile(r"\b(news|times|post|journal|agency|press|tv|radio)\b")


def _entity_score(scores: list[tuple[float, bool]]) -> float:
    """An entity's best mention plus a share of its others (noun phrases add nothing)."""
    ranked = sorted(scores, reverse=True)
    return ranked[0][0] + _W_REPEAT * sum(score for score, phrase in ranked[1:] if not phrase)


def _pronoun_groups(low: str) -> frozenset[str]:
    """The referent groups a pronoun may take; none for "I", "we" and "you"."""
    if low in _MALE_PRONOUNS or low in _FEMALE_PRONOUNS:
        return frozenset({"person"})
    if low in _PLURAL_PRONOUNS:
        return frozenset({"plural", "org"})
    if low in _THING_PRONOUNS:
        return frozenset({"org", "thing"})
    return frozenset()


def _group_of(kind: SpeakerKind, pronoun: str, name: str = "") -> str:
    """The referent group of an earlier speaker or resolved pronoun."""
    if kind == "person":
        return "person"
    if kind == "collective" or pronoun in _PLURAL_PRONOUNS:
        return "plural"
    if kind in ("organization", "government", "media"):
        return "org"
    return "thing" if pronoun in _THING_PRONOUNS or name.lower() in _THING_NOUNS else "none"


def _role_token(tok: Token) -> Token:
    """The token whose dependency gives a mention's role: up through appositions and lists.

    "Obama and Clinton said": Clinton -> Obama; "spokesman Peskov": Peskov -> spokesman. A
    name that modifies a common noun ("the Clinton campaign") keeps its own role.
    """
    seen = 0
    while seen < 4 and tok.head.i != tok.i and (
        tok.dep_ in ("appos", "conj", "flat")
        or (tok.dep_ == "compound" and (tok.head.pos_ == "PROPN" or tok.head.lower_ in ROLE_NOUNS))
    ):
        tok = tok.head
        seen += 1
    return tok


def _coargument(tok: Token, pron: Token) -> bool:
    """Whether a mention and a non-possessive pronoun are arguments of one verb."""
    if pron.dep_ == "poss" or pron.lower_.endswith("self") or pron.lower_.endswith("selves"):
        return False
    role = _role_token(tok)
    return role.head.i == pron.head.i and role.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")


def _clause_verb(tok: Token) -> Token:
    """The verb (or root) that governs a token's clause."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _subject_of_clause(tok: Token, pron: Token) -> bool:
    """Whether a mention is the subject of the clause a possessive pronoun is in."""
    role = _role_token(tok)
    return role.dep_ in ("nsubj", "nsubjpass") and role.head.i == _clause_verb(pron).i


def _conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it: "A, B and C"."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


def _relative_antecedent(pron: Token) -> Token | None:
    """The noun a relative pronoun's clause modifies: up to the "relcl" and its head."""
    tok = pron
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.head
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _entity_role(ent: Span) -> tuple[str | None, frozenset[str]]:
    """A role a title or appositive gives a named entity, and the words of that title.

    "Kremlin spokesman Dmitry Peskov" -> ("spokesman", {"kremlin", "spokesman"}).
    """
    doc = ent.doc
    role = None
    words: set[str] = set()
    k = ent.start - 1
    while k >= 0 and k >= ent.start - 5 and not doc[k].is_punct and doc[k].pos_ != "VERB":
        words.add(doc[k].lower_)
        if doc[k].lower_ in ROLE_NOUNS and role is None:
            role = doc[k].lower_
        k -= 1
    head = ent.root
    if head.dep_ == "appos" and head.head.lower_ in ROLE_NOUNS:
        role = head.head.lower_
        words |= {t.lower_ for t in head.head.subtree if t.i < ent.start}
    for c in head.children:
        if c.dep_ == "appos":
            for t in c.subtree:
                words.add(t.lower_)
                if t.lower_ in ROLE_NOUNS:
                    role = t.lower_
    return role, frozenset(words) if role else frozenset()


def _role_modifiers(head: Token) -> set[str]:
    """The words that narrow a role noun: "the Republican nominee" -> {"republican"}."""
    out: set[str] = set()
    for c in head.children:
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i < head.i:
            out |= {t.lower_ for t in c.subtree if not t.is_punct}
    return out - _GENERIC_ROLE_WORDS


def _in_headline(text: str, at: int) -> bool:
    """Whether a character offset lies in a title-case line: "City Council Members Rip The Mayor"."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", line) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _role_family(role: str) -> str:
    return _ROLE_FAMILIES.get(role, role)


def _extends(longer: str, shorter: str) -> bool:
    """Whether a name is a longer form of another.

    A middle name or initial added ("Donald J. Trump" of "Donald Trump"), or a given name
    before a two-word surname ("Ildefonso Guajardo Villarreal" of "Guajardo Villarreal").
    """
    long, short = longer.split(), shorter.split()
    if len(long) <= len(short):
        return False
    return (long[0] == short[0] and long[-1] == short[-1]) or long[-len(short):] == short


def _nominal_head(span: Span, head: Token) -> Token:
    """The head if it is nominal, else the span's last noun (the parse went wrong)."""
    if head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return head
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else head


def _last_noun(span: Span, head: Token) -> Token:
    """The noun that ends a source span ("the influential US daily": "daily")."""
    for t in reversed(span):
        if not t.is_punct:
            # "daily" may be tagged as an adverb
            return t if t.pos_ in ("NOUN", "ADJ", "PROPN") or t.lower_ in lx.MEDIA_NOUNS else head
    return head


def _quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether it lies inside quotation marks (which reset at paragraphs)."""
    out = [False] * len(doc)
    inside = False
    prev_space = ""
    for i, tok in enumerate(doc):
        text = tok.text
        if "\n" in text or "\n" in prev_space:
            inside = False
        prev_space = tok.whitespace_
        if text in _OPEN_QUOTES:
            inside = True
        elif text in _CLOSE_QUOTES:
            out[i] = True
            inside = False
            continue
        elif text in _TOGGLE_QUOTES:
            inside = not inside
        out[i] = inside
    return out


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str]:
    """One pattern for every outlet name in the lexicon, longest first, as whole words."""
    keys = sorted(lx.MEDIA_OUTLETS, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b", flags=re.IGNORECASE)


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two words differ by one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@lru_cache(maxsize=1)
def _gender_detector() -> Any:
    # gender-guesser ships its name list in the package (no network); loaded once, lazily
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """"m" or "f" when a full name's first name is unambiguously male or female, else None.

    Only clear answers count: "mostly" and unisex names (Kim, Leslie) say nothing, and a
    one-word name has no first name to read.
    """
    parts = name.split()
    if len(parts) < 2:
        return None
    guess = _gender_detector().get_gender(parts[0].strip(".,"))
    return {"male": "m", "female": "f"}.get(guess)


def _clean_name(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"^(the|The|a|A|an|An)\s+(?=[A-Z])", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:\"“”")


def _strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words).strip(" ,")


def _collective_name(span: Span, head: Token) -> str:
    """"some U.S. officials who ..." -> "U.S. officials": modifiers up to the head noun."""
    toks = [t for t in span if t.i <= head.i and t.lower_ not in _DETERMINERS and not t.is_punct]
    # "Experts" opening a sentence and "experts" are one collective
    words = [t.text if t.pos_ == "PROPN" or t.text.isupper() else t.text.lower() for t in toks]
    return " ".join(words) or head.lower_


# Children whose subtrees a noun phrase's name leaves out: determiners, numbers, relative
# clauses and appositives ("Twenty-seven states that ..." -> "states").
_NP_DROP = frozenset({"det", "predet", "nummod", "quantmod", "relcl", "appos", "punct", "advmod",
                      "cc"})


def _np_name(head: Token, within: Span | None = None) -> str:
    """A noun phrase as a name: its restrictive words, without determiner or number.

    "more than 30 former cooks, waiters and cleaners" -> "former cooks, waiters and
    cleaners"; "Proponents, including the ..." -> "proponents"; "Twelve states led by
    farm-state Iowa" -> "states led by farm-state Iowa".
    """
    keep = set(_np_tokens(head))
    if within is not None:
        keep = {i for i in keep if within.start <= i < within.end}
    doc = head.doc
    toks = [doc[i] for i in sorted(keep)]
    while toks and (toks[0].is_punct or toks[0].lower_ in _DETERMINERS):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return head.lower_
    text = "".join(t.text_with_ws for t in toks[:-1]) + toks[-1].text
    first = toks[0]
    if first.is_sent_start and first.pos_ != "PROPN" and not first.text.isupper():
        text = first.text.lower() + text[len(first.text):]
    return " ".join(text.split())


def _np_tokens(head: Token) -> Iterable[int]:
    """Token indices of a noun phrase's restrictive part (see `_np_name`)."""
    yield head.i
    for c in head.children:
        if c.dep_ in _NP_DROP:
            if c.dep_ == "punct" and c.i > head.i and any(
                    x.dep_ == "conj" and x.i > c.i for x in head.children):
                yield c.i  # the comma of a list: "cooks, waiters and cleaners"
            continue
        if c.dep_ == "poss" and c.pos_ == "PRON":
            continue  # "their supporters" -> "supporters"
        if c.dep_ in ("prep", "acl") and c.i > head.i and (
            c.lower_ in ("including", "like", "such") or c.nbor(-1).is_punct
        ):
            continue  # nonrestrictive: "Proponents, including the ..."
        if c.dep_ == "amod" and c.i > head.i:
            continue
        if c.dep_ == "conj":
            cc = [x for x in head.children if x.dep_ == "cc" and x.i < c.i]
            yield from (x.i for x in cc)
        yield from (t.i for t in c.subtree if not _inside_dropped(t, c))


def _inside_dropped(tok: Token, top: Token) -> bool:
    """Whether a token sits under a relative clause or appositive below `top`."""
    while tok.i != top.i:
        if tok.dep_ in ("relcl", "appos"):
            return True
        tok = tok.head
    return False


def _media_name(name: str) -> bool:
    low = name.lower()
    return low in lx.MEDIA_OUTLETS or any(
        p.search(low) for _, p in _outlet_key_patterns()) or bool(_MEDIA_WORDS.search(low))


def names_an_outlet(name: str) -> bool:
    """Whether a media speaker's name names one outlet ("Yonhap", "The Journal", "state
    media"), not only a kind of one ("newspaper", "influential US daily"): only a named outlet
    can be the `via` that tells two claims came through the same place."""
    return name != name.lower() or name.lower().endswith("state media")


def media_canonical(text: str, known: Iterable[str] = ()) -> str:
    """The display name of an outlet mention, as `corroborate.outlets` writes outlet names.

    "NYT" and "the New York Times" -> "The New York Times"; "the Times" -> the one "...
    Times" among `known` (the article's other outlets and its own), else The Times of
    London; "the official Korean Central News Agency (KCNA)" -> "KCNA"; a name neither the
    outlet table nor the lexicon knows keeps its words ("the Journal" -> "The Journal", "the
    Roper Center" -> "Roper Center", "state media").
    """
    bare = re.sub(r"[’']s$", "", text.strip())
    direct = normalize_outlet(bare, known=known)
    if direct in OUTLETS:
        return direct
    low = _clean_name(text).lower()
    if low in lx.MEDIA_OUTLETS:
        return normalize_outlet(lx.MEDIA_OUTLETS[low], known=known)
    for key, pattern in _outlet_key_patterns():
        if pattern.search(low):
            return normalize_outlet(lx.MEDIA_OUTLETS[key], known=known)
    name = _clean_name(text)
    if re.match(r"[Tt]he\s+[A-Z]", bare) and name[:1].isupper() and " " not in name:
        return "The " + name  # a paper's short name: "the Journal", "the Globe"
    return _strip_det(name)
