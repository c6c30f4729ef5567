"""What one article names: its sentences, quotes, mentions, full names, genders and roles.

`ArticleIndex` is built once per article and answers the name look-ups every kind of source
needs ("Peskov" -> "Dmitry Peskov", "the spokesman" -> the person the article gives that role).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from spacy.tokens import Doc, Token

from corroborate import lexicon as lx
from corroborate.lexicon.attribution import DATELINE
from corroborate.lexicon.speakers import (
    BODY_NOUNS,
    COMPANY_NAME_ENDINGS,
    COMPANY_NOUNS,
    CORPORATE_SUFFIXES,
    HONORIFIC_GENDER,
    LOCATING_WORDS,
    PERSONAL_PRONOUNS,
    PLACE_PREPOSITIONS,
    QUOTE_CLOSERS,
    QUOTE_OPENERS,
    QUOTE_TOGGLES,
)
from corroborate.schema import SpeakerKind
from corroborate.source_names import capitalised_name
from corroborate.source_phrases import states_named
from corroborate.speakers.media import media_canonical
from corroborate.speakers.mentions import Mention, find_mentions
from corroborate.speakers.names import (
    clean_name,
    first_name_gender,
    full_names,
    has_first_name,
    in_headline,
    one_edit_apart,
)
from corroborate.speakers.syntax import corporate_names, role_family, role_modifiers, untagged_names

_COMPANY_ENDS = CORPORATE_SUFFIXES | COMPANY_NAME_ENDINGS


# the place words that open a dateline ("MILLHAVEN" of "MILLHAVEN, Pa. -", "NEW YORK")
_DATELINE_CAPITALS = re.compile(r"[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?")


def dateline_places_in(text: str) -> frozenset[str]:
    """The places of a text's wire datelines (`lexicon.attribution.DATELINE`), as a name is
    written: "MILLHAVEN, Pa. - " gives Millhaven, "BRUSSELS, March 3 (Reuters) - " Brussels;
    "BP, the oil company, said" none."""
    return frozenset(found.group(0).title() for m in datelines_in(text)
                     if (found := _DATELINE_CAPITALS.match(m.group(0))))


def datelines_in(text: str) -> list[re.Match[str]]:
    """A text's wire datelines, each at the start of a line that opens with capitals."""
    return [m for p in re.finditer(r"(?m)^(?=[A-Z]{3})", text) if (m := DATELINE.match(text, p.start()))]


class ArticleIndex:
    """One parsed article indexed for speaker resolution: sentences, mentions and names.

    Attributes:
        speakers: The speakers resolved so far, as (token, speaker, kind) in article order;
            callers append to it, so that later pronouns prefer earlier speakers.
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
        self.mentions, self.known_outlets = find_mentions(doc, self.text, self.sent_of, outlet)
        self.mentions = [self._as_body(m) for m in self.mentions]
        self.full_names = full_names(
            [(m.name, m.start, in_headline(self.text, doc[m.start].idx))
             for m in self.mentions if m.label == "PERSON"], len(doc))
        places = Counter(m.name for m in self.mentions if m.label == "GPE")
        people = {m.name.split()[-1] for m in self.mentions if m.label == "PERSON" and has_first_name(m.name)}
        self.mentions = [m if places[m.name] > 1 and m.name not in people else self._as_person(m)
                         for m in self.mentions]
        located = self._located_words()
        self.mentions = [Mention(m.start, m.end, m.name, "LOC", m.sent, m.subject, m.role, m.title)
                         if m.label == "PERSON" and m.name in located else m for m in self.mentions]
        self.org_names = self._org_names()
        self.org_openings = self._org_openings()
        self.mentions = [self._as_org(m) for m in self.mentions]
        self.speakers: list[tuple[int, str, SpeakerKind]] = []  # (token, speaker, kind)
        self.gender = self._title_genders()

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

    def distance(self, tok_i: int, pron_i: int) -> int:
        """Sentences between a mention and a pronoun, not counting quoted ones."""
        return self.rank[self.sent_of.get(pron_i, 0)] - self.rank[self.sent_of.get(tok_i, 0)]

    def body_that_spoke(self, at: int) -> tuple[str, SpeakerKind] | None:
        """The organisation or state body that spoke since the sentence before token `at`
        (`speakers`, as resolved so far), if no other body by name spoke in the two sentences
        before, and unless its name says it is a business ("Acme Corp", "Meridian Airways":
        no agency)."""
        sent = self.sent_of.get(at, 0)
        lo, before = self.sent_starts[max(0, sent - 1)], self.sent_starts[max(0, sent - 2)]
        # bodies by name (not a description: "the Dutch roads agency") in the two sentences
        # before: two are two candidates ("Ofgem said ... Centrica said ... the agency said")
        spoke = [(i, name, kind) for i, name, kind in self.speakers if before <= i < at
                 and kind not in ("person", "media") and capitalised_name(name) and name.split()]
        if len({name for _, name, _ in spoke}) != 1:
            return None
        i, name, kind = max(spoke)
        if i < lo or kind not in ("organization", "government"):
            return None
        # the same test as for the names a company is shortened from (`_org_openings`)
        return None if name.split()[-1].lower().rstrip(".") in _COMPANY_ENDS else (name, kind)

    def outlet_name(self, text: str) -> str:
        """An outlet's display name (`corroborate.outlets`), "the Times" read in this article."""
        return media_canonical(text, known=self.known_outlets)

    def _as_person(self, m: Mention) -> Mention:
        """A one-word ORG or GPE that is a person's surname here ("Trump" tagged ORG). Not a
        word the recogniser tags a place more than once and that ends no name with a known
        first name ("Sarvenia's foreign ministry", where it also read "Civic Watch Sarvenia" as
        a person's name; "Ferrada" after "Claudia Ferrada" stays her surname)."""
        if m.label in ("ORG", "GPE") and " " not in m.name and m.name.lower() in self.full_names:
            return Mention(m.start, m.end, m.name, "PERSON", m.sent, m.subject, m.role, m.title)
        return m

    def _located_words(self) -> frozenset[str]:
        """One-word names the recogniser tagged as a person's that the article writes as a
        place: after "the" or "in" ("the terminals on the Maasvlakte", "left her house in
        Fornazzo"), not as a possessive or a modifier ("the Smith family"). No pronoun takes
        them up; a name with a first name, a title or a role is a person's wherever it stands."""
        names = {m.name for m in self.mentions if m.label == "PERSON" and " " not in m.name
                 and m.role is None and not m.title and not has_first_name(m.name)}
        if not names:
            return frozenset()
        doc = self.doc
        return frozenset(t.text for t in doc if t.text in names and t.i > 0
                         and doc[t.i - 1].lower_ in LOCATING_WORDS
                         and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ not in ("NOUN", "PROPN", "PART")))

    def _as_body(self, m: Mention) -> Mention:
        """A name the recogniser read as a person's that the text makes a body's: it speaks of
        itself as "it" ("Aguas del Itata said it had notified the disaster agency", a Spanish
        company's name tagged PERSON), or a noun for a body describes it ("environmental group
        Pro Natura", "Pro Natura, a conservation group", "..., one of Switzerland's largest
        conservation groups"). No person is "it"; a name that opens with a first name ("John
        Smith said it was time") or carries a title is left a person's, since there "it" is
        more likely the situation."""
        if m.label != "PERSON" or m.role is not None or m.title or has_first_name(m.name):
            return m
        head = self.doc[m.end - 1]
        # one word that calls itself "it" may be a surname whose "it" is the situation; one
        # a noun for a body describes is a body ("tech firm Zentrix")
        if not (_described_as_body(head, m.start) or (" " in m.name and _calls_itself_it(head))):
            return m
        return Mention(m.start, m.end, m.name, "ORG", m.sent, m.subject, m.role, m.title)

    def read_as_body(self, tok: Token) -> bool:
        """Whether a token the recogniser tagged as a person's name is in one `_as_body` read
        as an organisation's."""
        return any(m.label == "ORG" and m.start <= tok.i < m.end for m in self.mentions)

    def _as_org(self, m: Mention) -> Mention:
        """A one-word name that opens one company's name here ("Borealis" of "Borealis
        Midstream Corp"), read as a person or nationality or tagged as an organisation, with
        no person of that surname: the company, by its full name."""
        full = self.org_openings.get(m.name.lower()) if " " not in m.name else None
        if full is not None and (m.label in ("PERSON", "NORP", "ORG") or self._no_place(m)):
            return Mention(m.start, m.end, full, "ORG", m.sent, m.subject, m.role, m.title)
        return m

    def _no_place(self, m: Mention) -> bool:
        """A one-word name tagged as a place that the article never puts anywhere: no state or
        city the gazetteer knows, and never after "in", "at", "from" ... ("Quillfield makes
        billing software", "Quillfield's shares": the company, when its full name is given)."""
        if m.label != "GPE" or " " in m.name or states_named(m.name):
            return False
        return m.name not in self._placed

    @cached_property
    def _placed(self) -> frozenset[str]:
        """The names the article puts somewhere: after "in", "at", "from" ... ("in Halbrook"),
        and a dateline's place ("MILLHAVEN, Pa. -" puts Millhaven)."""
        return frozenset(n.name for n in self.mentions
                         if n.start > 0 and self.doc[n.start - 1].lower_ in PLACE_PREPOSITIONS
                         ) | self.dateline_places

    @cached_property
    def business_places(self) -> frozenset[str]:
        """Names tagged as places, naming no state, that the article calls a business where it
        names them ("operator Engie", "the utility Engie"): companies, wherever they speak."""
        return frozenset(m.name for m in self.mentions
                         if m.label == "GPE" and m.start > 0 and self.doc[m.start - 1].lower_ in COMPANY_NOUNS
                         and not states_named(m.name))

    @cached_property
    def dateline_places(self) -> frozenset[str]:
        """The places of the article's datelines (`dateline_places_in`)."""
        return dateline_places_in(self.text)

    def _org_names(self) -> dict[str, str]:
        """Short organisation names -> the longest form that ends with them.

        "Security Council" -> "United Nations Security Council". A longer form is a name only
        where its words are: capitalised or joining words ("Bank of America"), and not only
        in a title-case headline, where the NER takes a verb into the name ("Dell resells
        SeaMicro", "AMD Buys SeaMicro" giving "Buys SeaMicro").

        A proper name of two or more words met before the longer one is a body of its own:
        "The Public Prosecutor's Office said ..." above "The European Public Prosecutor's
        Office, which investigates fraud involving EU money, declined to comment" (a writer
        shortens a name already given, not one still to come).
        """
        orgs = sorted({m.name for m in self.mentions if m.label == "ORG"}, key=len, reverse=True)
        first: dict[str, int] = {}
        for m in self.mentions:
            if m.label == "ORG" and not in_headline(self.text, self.doc[m.start].idx):
                first.setdefault(m.name, m.start)
        fulls = [o for o in orgs if o in first and capitalised_name(o)]
        names: dict[str, str] = {}
        for short in orgs:
            for full in fulls:
                if len(full) > len(short) and full.lower().endswith(" " + short.lower()):
                    if len(short.split()) >= 2 and capitalised_name(short) and short in first \
                            and first[short] < first[full]:
                        break  # named in full before the longer name: another body
                    names[short.lower()] = full
                    break
        return names

    def _org_openings(self) -> dict[str, str]:
        """The first words of one organisation's name -> that name, where no other opens so.

        "Meridian" -> "Meridian Airways", "Borealis Midstream" -> "Borealis Midstream Corp":
        news calls a company by its first word once it has named it in full. A start two
        names share ("United" of "United Airlines" and "United Nations") is dropped, and so
        is one that ends in a joining word ("Bank of") or is itself a place or person here.
        """
        # a lone "person" or "nationality" word may be the company's first word the
        # recogniser misread ("Borealis said", "Meridian's desks"); a surname of someone
        # named in full is not (below)
        named = {m.name.lower() for m in self.mentions if m.label != "ORG"
                 and not (m.label in ("PERSON", "NORP") and " " not in m.name) and not self._no_place(m)}
        fulls = {self.canonical_org(m.name) for m in self.mentions if m.label == "ORG"
                 and not in_headline(self.text, self.doc[m.start].idx)}
        # and the company names the recogniser missed ("Meridian Airways" untagged)
        fulls |= {clean_name(name) for _, name, _ in corporate_names(self.doc, 0, len(self.doc))}
        # a name that opens a longer one is that one, shorter ("Borealis Midstream")
        fulls = {f for f in fulls if not any(g.startswith(f + " ") for g in fulls)}
        # every other name, a company's or not, tagged or missed, that a start may open too
        # ("Sarvana" of "Sarvana Pharma Inc" and of the untagged "Sarvana Lifesciences")
        rivals = fulls | {clean_name(n) for _, n in untagged_names(self.doc, 0, len(self.doc))}
        rivals = {f for f in rivals if not any(g.startswith(f + " ") for g in rivals)}
        # only a company's name is shortened so: "AMD" is not "AMD Opteron" nor "HP" "HP
        # Services", "the UN" no "UN Relief and Works Agency"
        fulls = {f for f in fulls if f.split()[-1].lower().rstrip(".") in _COMPANY_ENDS}
        found: dict[str, set[str]] = {}
        for full in fulls:
            words = full.split()
            if not all(w[:1].isupper() or w.lower() in lx.NAME_JOINERS for w in words):
                continue
            for k in range(1, len(words)):
                start = " ".join(words[:k]).lower()
                if words[k - 1].lower() not in lx.NAME_JOINERS and words[0].lower() != "the":
                    found.setdefault(start, set()).add(full)
                    found[start] |= {r for r in rivals if r.lower().startswith(start + " ")}
        return {start: next(iter(f)) for start, f in found.items()
                if len(f) == 1 and start not in named
                and self.full_names.get(start, start).lower() == start}

    def org_opening(self, tok: Token) -> str | None:
        """The organisation an untagged name opens ("Meridian said" -> "Meridian Airways")."""
        if tok.pos_ != "PROPN" or not self.org_openings:
            return None
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
        if words[0].i != tok.i - len(words) + 1:
            return None
        return self.org_openings.get(" ".join(t.lower_ for t in words))

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
            by_honorific = HONORIFIC_GENDER.get(prev)
            if by_honorific and first_name_gender(name) in (None, by_honorific):
                gender.setdefault(name, by_honorific)
            if m.role in lx.FEMALE_WORDS:
                gender[name] = "f"
            elif m.role in lx.MALE_WORDS:
                gender[name] = "m"
        return gender

    # -- name look-ups
    def canonical_person(self, name: str) -> str:
        """The fullest form of a person's name in this article ("Peskov" -> "Dmitry Peskov")."""
        name = clean_name(name)
        low = name.lower()
        if low in self.full_names:
            return self.full_names[low]
        last = low.split()[-1] if low else low
        if last in self.full_names:
            return self.full_names[last]
        if len(low.split()) == 1 and len(low) >= 7:
            near = [k for k in self.full_names if " " not in k and one_edit_apart(k, low)]
            if len({self.full_names[k] for k in near}) == 1:
                return self.full_names[near[0]]  # a misspelt surname: "McLenney"
        return name

    def person_name(self, m: Mention) -> str:
        """A PERSON mention's canonical name, using an honorific to pick between namesakes.

        "Mr. Clinton" is the male Clinton the article names ("Bill Clinton") even where a
        bare "Clinton" is Hillary Clinton.
        """
        name = self.canonical_person(m.name)
        honorific = HONORIFIC_GENDER.get(self.doc[m.start - 1].lower_) if m.start > 0 else None
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
        name = clean_name(name)
        return self.org_names.get(name.lower(), name)

    def appositive_name(self, description: Token) -> str | None:
        """The proper name a description stands in apposition to where the recogniser tagged
        it no organisation ("Paysandu Oriental, the Uruguayan club where ...", read as a
        nationality): the name's proper nouns, unless they name a person or a place here."""
        name = description.head
        if description.dep_ != "appos" or name.pos_ != "PROPN" or name.i > description.i:
            return None
        words = [t for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [name]
        if any(m.label in ("PERSON", "GPE", "LOC", "FAC") and m.start <= name.i < m.end
               for m in self.mentions):
            return None
        return self.canonical_org(" ".join(t.text for t in words))

    def person_at(self, i: int) -> str | None:
        """The canonical name of the person a token names, if it names one."""
        for m in self.mentions:
            if m.label == "PERSON" and m.start <= i < m.end:
                return self.person_name(m)
        tok = self.doc[i]
        if tok.pos_ == "PROPN" and tok.lower_ in self.full_names:
            return self.full_names[tok.lower_]
        return None

    def named_for_role(self, head: Token) -> str | None:
        """"The spokesman" -> the person the article names with that role, last before it.

        The role noun's modifiers must be in the holder's title: "the Kremlin spokesman"
        may be "Kremlin spokesman Dmitry Peskov", "the Republican nominee" is not
        "Democratic vice presidential nominee Tim Kaine".
        """
        role = role_family(head.lower_)
        # "a spokesman for the embassy" is no spokeswoman of the ministry (a named place,
        # "the mayor of Rolling Fork", is seldom in the holder's title: not asked for)
        wanted = role_modifiers(head) | {
            t.lower_ for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
            for t in p.children if t.dep_ == "pobj" and t.pos_ == "NOUN"}
        cands = [m for m in self.mentions if m.label == "PERSON" and m.role
                 and role_family(m.role) == role and wanted <= m.title]
        if not cands:
            return None
        before = [m for m in cands if m.start < head.i]
        best = before[-1] if before else min(cands, key=lambda m: abs(m.start - head.i))
        return self.person_name(best)


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
        if text in QUOTE_OPENERS:
            inside = True
        elif text in QUOTE_CLOSERS:
            out[i] = True
            inside = False
            continue
        elif text in QUOTE_TOGGLES:
            inside = not inside
        out[i] = inside
    return out


def _calls_itself_it(head: Token) -> bool:
    """"Aguas del Itata said it had notified SENAPRED ... The company expressed its
    condolences": the name is the subject of a verb whose clause has "it" for its subject and
    does something ("it was a historic day", "it was decided" speak of the situation), no
    personal pronoun follows within the sentence or the next ("Narendra Modi said it would
    double incomes. He said ...", with a first name the name list lacks), and a body noun
    takes the name up as a subject within two sentences ("The company ...")."""
    verb = head.head if head.dep_ == "nsubj" else None
    if verb is None or verb.pos_ != "VERB":
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if (clause is None or clause.lemma_ == "be" or any(c.dep_ == "auxpass" for c in clause.children)
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in clause.children)):
        return False
    doc, sent = head.doc, head.sent
    ends = [sent.end]
    while len(ends) < 3 and ends[-1] < len(doc):
        ends.append(doc[ends[-1]].sent.end)  # the next sentence, and the one after
    if any(t.lower_ in PERSONAL_PRONOUNS for t in doc[sent.start : ends[min(1, len(ends) - 1)]]):
        return False
    later = doc[sent.end : ends[-1]]
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in BODY_NOUNS
               and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children)
               for t in later)


def _described_as_body(head: Token, start: int) -> bool:
    """A name's head with a noun for a body before the name ("group" of "environmental group
    Pro Natura") or beside it ("Pro Natura, a conservation group", "..., one of the largest
    conservation groups")."""
    for c in head.children:
        noun = c.lemma_.lower()
        if c.dep_ == "compound" and c.i < start and noun in BODY_NOUNS:
            return True
        if c.dep_ == "appos":
            if noun in BODY_NOUNS:
                return True
            if c.lower_ == "one" and any(g.dep_ == "pobj" and g.lemma_.lower() in BODY_NOUNS
                                         for p in c.children if p.lower_ == "of" for g in p.children):
                return True
    return False

