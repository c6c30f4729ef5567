"""Sources that are noun phrases: names, roles, outlets, documents, groups and relative clauses.

"Kremlin spokesman Dmitry Peskov" is the person it names; "the spokesperson" the person the
article ties to that role; "the newspaper" the outlet named before; "the statement" whoever
owns or issued it; "U.S. officials" a collective; "the Kremlin" a government.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Span, Token

from corroborate import lexicon as lx
from corroborate.lexicon import gazetteer as gz
from corroborate.lexicon.sources import MINISTERIAL_TITLES
from corroborate.lexicon.speakers import (
    BASED_WORDS,
    COMPANY_NOUNS,
    HONORIFIC_GENDER,
    KIND_NAME_WORDS,
    NAMED_KIND_NOUNS,
    NOT_ONLY_MEDIA,
    ORGANISATION_NOUNS,
    OUTLET_NOUNS,
    OWNED_VOICE_NOUNS,
    QUANTITY_NOUNS,
    RELATIVE_HEADS,
    REPORT_NOUNS,
    SPEAKER_ROLE_NOUNS,
)
from corroborate.schema import SpeakerKind
from corroborate.source_phrases import states_named
from corroborate.speakers.article import datelines_in
from corroborate.speakers.documents import document_issuer, document_owner, document_publisher
from corroborate.speakers.groups import joint_source
from corroborate.speakers.media import is_news_agency, web_source
from corroborate.speakers.mentions import Mention, based_in, no_business, org_kind, state_body
from corroborate.speakers.names import agency_name, body_like, clean_name, strip_det
from corroborate.speakers.phrases import collective_name, np_name
from corroborate.speakers.pronouns import PronounResolver
from corroborate.speakers.syntax import (
    aside,
    conjuncts,
    corporate_names,
    in_a_clause,
    in_clause_below,
    in_title,
    last_noun,
    main_subject,
    nominal_head,
    premodifies,
    relative_antecedent,
    reported_subject,
    role_family,
    role_modifiers,
    self_name,
    untagged_names,
)
from corroborate.speakers.untagged import described_name, name_with_its_role, role_with_its_name, titled_name

# How many sentences back "the statement" may find the statement it means, or its speaker.
DOCUMENT_WINDOW = 6

Resolved = tuple[str | None, SpeakerKind]


class NounResolver(PronounResolver):
    """A pronoun resolver that also resolves noun phrases, documents and relative pronouns."""

    def _resolve_noun(self, head: Token, span: Span) -> Resolved:
        """A source that is a noun phrase: a name, a role, an outlet, a group or a thing."""
        nominal = nominal_head(span, head)
        web = web_source(nominal.text)
        if web is not None:
            return web  # "TMZ.com" is TMZ, "Amazon.com" Amazon
        if nominal.i != head.i and nominal.tag_ == "NNS":
            # a misparse: "according to show insiders" with "show" read as a verb
            return collective_name(span, nominal), "collective"
        head = nominal
        if head.pos_ == "NOUN" and head.is_title and len(span) == 1 and head.lower_ in self.full_names:
            # a surname of the article's the tagger read as a common noun, often a plural
            # one at a sentence start ("Dawes said ..." after "Union leader Mark Dawes"), as
            # `_noun_referent` reads it
            return self.full_names[head.lower_], "person"
        owned = self._owned_voice(head)
        if owned is not None:
            return owned
        inside = [m for m in self.mentions if m.start >= span.start and m.end <= span.end]
        aged = None if inside else self._age_epithet(head, span)
        if aged is not None:
            return aged, "person"
        honoured = None if any(m.label == "PERSON" for m in inside) else self._honorific_name(span)
        if honoured is not None:
            return honoured, "person"
        named = self_name(head)  # "a ransomware group calling itself Black Lantern"
        if named is not None:
            return named[0], "person" if named[1] == "person" else org_kind(named[0], "ORG")
        joint = joint_source(self.mentions, head, span, self.canonical_org)
        if joint is not None:
            return joint, "organization"
        found = (self._named_inside(head, span, inside) or name_with_its_role(head, span, inside)
                 or role_with_its_name(head, span, inside) or titled_name(head, span, inside))
        if found is None:
            found = self._appositive_organisation(head) or self._by_head_noun(head, span)
        if found is None:
            found = self._body_or_group(head, span, inside)
        return self._the_country(found, span)

    def _owned_voice(self, head: Token) -> Resolved | None:
        """"His office", "the mayor's spokeswoman": the office or spokesperson of the person
        (or body) the possessive stands for, named so ("Raymond Ashby's office"), which the
        source graph ties to its owner. None where the owner is no one the article names."""
        if head.lower_ not in OWNED_VOICE_NOUNS:
            return None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        owner: str | None = None
        if poss.pos_ == "PRON" and poss.lower_ in ("his", "her", "its", "their"):
            found = self._resolve_pronoun(poss)
            owner = found[0] if found is not None and found[1] in ("person", "organization",
                                                                    "government") else None
        elif poss.pos_ == "NOUN" and poss.lower_ in SPEAKER_ROLE_NOUNS:
            owner = self.named_for_role(poss)  # "the mayor's office"
        if not owner:
            return None
        kind: SpeakerKind = "person" if head.lower_.startswith("spokes") else "organization"
        return f"{owner}'s {head.lower_}", kind

    def _age_epithet(self, head: Token, span: Span) -> str | None:
        """""..." the 58-year-old farmer said': a definite description by age is the person the
        story is about, the last one named before it within a few sentences (news style names
        a person, then calls them "the 58-year-old"); the role noun need not have been said of
        them before, as `named_for_role` asks."""
        if not _AGE_EPITHET.match(span.text) or head.pos_ != "NOUN":
            return None
        lo = self.sent_starts[max(0, self.sent_of.get(head.i, 0) - DOCUMENT_WINDOW)]
        before = [m for m in self.mentions if m.label == "PERSON" and lo <= m.start < span.start]
        return self.person_name(before[-1]) if before else None

    def _honorific_name(self, span: Span) -> str | None:
        """"Mr Delaney", "Mrs. Okoro": an honorific before capitalised names is a person,
        whatever the NER made of the name (the small model reads "Mr Delaney" as a law); the
        article's full name for the surname ("Marcus Delaney") where it gives one."""
        words = [t for t in span if not t.is_punct]
        if len(words) < 2 or words[0].lower_ not in HONORIFIC_GENDER or not all(
                t.pos_ == "PROPN" and t.is_title for t in words[1:]):
            return None
        surname = words[-1].lower_
        return self.full_names.get(surname, " ".join(t.text for t in words[1:]))

    def _the_country(self, found: Resolved, span: Span) -> Resolved:
        """"the country's air force" is the air force of the state of the article's dateline
        ("KYIV, Ukraine (AP) - ..." gives "Ukraine's air force"), a state body; so is "the
        national disaster agency" in a report from Jakarta Indonesia's disaster agency."""
        name, kind = found
        if name is None or not name.startswith(("country's ", "nation's ", "national ")):
            return found  # lower case only: "the National Weather Service" is a name
        state = self._dateline_state
        if state is None:
            return found
        rest = name.split(" ", 1)[1]
        state_body = any(w in rest.lower() for w in lx.GOVERNMENT_WORDS | {"force", "forces"})
        return f"{state}'s {rest}", "government" if state_body else kind

    @cached_property
    def _dateline_state(self) -> str | None:
        """The state of the article's first wire dateline ("KYIV, Ukraine (AP) - ", "MOSCOW
        (Reuters) - "): the country a report from there calls "the country". The last state
        named before the phrase is often the other side of the story ("drones Russia fired
        overnight, the country's air force said"), so it is not taken."""
        found = next(iter(datelines_in(self.text)), None)
        states = states_named(found.group(0)) if found else ()
        return states[0] if len(states) == 1 and states[0] not in gz.NOT_COUNTRIES else None

    def _named_inside(self, head: Token, span: Span, inside: list[Mention]) -> Resolved | None:
        """A collective of common nouns, else the person or outlet the phrase names, if any."""
        # a name that only narrows the head noun is not the speaker: "Putin's spokesman",
        # "Biden administration officials" (linked to Putin and Biden by the source graph)
        # nor one inside a clause on the phrase: "Paysandu Oriental, the Uruguayan club where
        # Ibarra started out", "a lawyer representing John Smith"
        persons = [m for m in inside if m.label == "PERSON" and not premodifies(m.start, m.end, head)
                   and not in_clause_below(self.doc[m.start], head)]
        media = [m for m in inside if m.label == "MEDIA"]
        head_in_entity = any(m.start <= head.i < m.end for m in inside)
        # a collective: "U.S. officials", "some experts", "Proponents, including the ..."
        authored = head.lemma_.lower() in REPORT_NOUNS and (
            document_owner(head) or document_publisher(head)) is not None
        if head.tag_ == "NNS" and not persons and not head_in_entity and not authored:
            # ("official results announced by the electoral board" are the board's: below)
            if head.lower_ in ("report", "reports") and media:
                return media[0].name, "media"
            if head.lower_ not in lx.MEDIA_NOUNS:
                group = self.party_group(head)  # "the two suppliers": the pair just named
                return (group, "organization") if group else (np_name(head, span), "collective")
        if persons:
            # the name nearest the head: "Kremlin Spokesman Dmitry Peskov" -> Dmitry Peskov
            best = min(persons, key=lambda m: (0 if m.start <= head.i < m.end else 1, m.start))
            return self.person_name(best), "person"
        if media:
            return self.outlet_name(media[0].name), "media"
        return None

    def _by_head_noun(self, head: Token, span: Span) -> Resolved | None:
        """A document's owner, an outlet, a person or a role holder, by the head noun."""
        text = clean_name(span.text)
        if head.lemma_.lower() in lx.DOCUMENT_NOUNS or head.lower_ in lx.DOCUMENT_NOUNS:
            found = self._resolve_document(head)
            if found is not None:
                return found
        if head.lemma_.lower() in REPORT_NOUNS:
            # the author a report's phrase names: its owner ("an IMF report", "a report from
            # the WHO") or publisher ("released by the WHO"), a named entity, an outlet or not;
            # not "In this poll, Trump leads" (a statement's "in" reads its speaker) nor the
            # title-case "New Poll"
            holder = document_owner(head) or document_publisher(head)
            if holder is not None and holder.i != head.i and (holder.ent_type_ or holder.dep_ == "pobj"):
                found = self._resolve_token(holder)
                if found[0]:
                    return found
        role_head = last_noun(span, head)
        if head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lower_ in lx.MEDIA_NOUNS - NOT_ONLY_MEDIA
                                        for c in head.children):
            return self.outlet_name(np_name(head, span)), "media"  # "Channel North, a UK broadcaster"
        if head.lower_ in lx.MEDIA_NOUNS:
            role_head = head  # "The agency, AFAD": the noun, not the name after it
        if role_head.lower_ in lx.MEDIA_NOUNS or role_head.lower_ in OUTLET_NOUNS:
            return self._by_media_noun(role_head, head, span, text)
        if head.ent_type_ == "PERSON" and not self.read_as_body(head):
            opened = self.org_opening(head)  # "Borealis said" after "Borealis Midstream Corp."
            if opened is not None:
                return opened, org_kind(opened, "ORG")
            return self.canonical_person(text), "person"
        anaphor = self._organisation_anaphor(head, span)
        if anaphor is not None:
            return anaphor
        if head.lower_ in SPEAKER_ROLE_NOUNS or head.lemma_.lower() in SPEAKER_ROLE_NOUNS:
            named = (self.named_for_role(head) or self._unnamed_role_holder(head)
                     or self._spokesperson_of_subject(head))
            if named:
                return named, "person"
            return np_name(head, span), "person"  # "an American official who ..."
        if head.pos_ == "PROPN" and head.lower_ in self.full_names and head.ent_type_ != "ORG":
            return self.full_names[head.lower_], "person"  # not "the Musée Armand-Vidal"
        return None

    def _by_media_noun(self, role_head: Token, head: Token, span: Span, text: str) -> Resolved:
        """A phrase whose noun may name an outlet ("the agency", "the daily")."""
        # "The agency, AFAD": the organisation the phrase names after its noun
        appositive = [m for m in self.mentions if m.label == "ORG" and m.start > role_head.i
                      and span.start <= m.start and m.end <= span.end]
        if appositive:
            return self.canonical_org(appositive[0].name), "organization"
        if role_head.lower_ in NOT_ONLY_MEDIA and _qualified(role_head):
            # "the country's disaster agency", "the space agency": no news agency; one that
            # names no body of its own ("the Lausanne-based agency") is the one of its kind
            # the article named before
            inside = [m for m in self.mentions if m.start >= span.start and m.end <= span.end]
            if not any(not based_in(self.doc, m) for m in inside):
                named = self._named_of_its_kind(role_head, span)
                if named is not None and _modifiers_in_name(role_head, named[0] or ""):
                    return named
            return self._body_or_group(head, span, inside)
        return self._resolve_outlet(role_head, span, text)

    def _appositive_organisation(self, head: Token) -> Resolved | None:
        """The organisation a common noun's appositive names: "the port operator, Hutchison
        Ports, said" is Hutchison Ports. Media and agency nouns are read by their own rule
        ("The agency, AFAD"), person roles by theirs ("the spokeswoman, Jane Doe")."""
        if head.pos_ != "NOUN" or head.lower_ in lx.MEDIA_NOUNS or head.lower_ in OUTLET_NOUNS or (
                head.lower_ in SPEAKER_ROLE_NOUNS or head.lemma_.lower() in SPEAKER_ROLE_NOUNS):
            return None
        for child in head.children:
            if child.dep_ != "appos" or child.ent_type_ != "ORG":
                continue
            org = next((m for m in self.mentions if m.label == "ORG" and m.start <= child.i < m.end), None)
            if org is not None:
                return self.canonical_org(org.name), "organization"
        return None

    def _body_or_group(self, head: Token, span: Span, inside: list[Mention]) -> Resolved:
        """A government, an organisation, a collective or an unknown, as the phrase names it."""
        orgs = [m for m in inside if m.label in ("ORG", "GPE", "NORP") and not based_in(self.doc, m)]
        # the organisation the head names, else the phrase without its clauses: "FDIC, a
        # banking regulator which ..." -> "FDIC"; "the South Korean government" as written
        own = [m for m in orgs if m.start <= head.i < m.end]
        name = self.canonical_org(own[0].name if own else np_name(head, span))
        low = clean_name(span.text).lower()
        # a place in an appositive says where the body is, not whose ("Pro Natura, one of
        # Switzerland's largest conservation groups")
        aside_of_head = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
        if own and own[0].label == "GPE" and own[0].name in self.business_places:
            return name, "organization"  # "operator Engie", "Engie said", with "Engie" tagged a place
        if any(w in low for w in lx.GOVERNMENT_WORDS) or any(
                m.label == "GPE" and m.start not in aside_of_head for m in orgs):
            return name, "government"
        if orgs and not own and all(m.label == "NORP" for m in orgs) and (
                described := described_name(head, span)) is not None:
            # "European consumer organisation BEUC" with "BEUC" untagged: the nationality
            # describes the body as the nouns do, and the name is the body
            return described[0], "media" if described[1] == "media" else "organization"
        if orgs:
            return name, "organization"
        opened = self.org_opening(head)
        if opened is not None:
            return opened, org_kind(opened, "ORG")
        described = described_name(head, span)
        if described is not None:
            return described
        if head.lower_ in lx.COLLECTIVE_NOUNS or head.tag_ == "NNS":
            return collective_name(span, head), "collective"
        return np_name(head, span) or None, "unknown"

    def _resolve_outlet(self, noun: Token, span: Span, text: str) -> tuple[str, SpeakerKind]:
        """"The newspaper", "the influential US daily", "the agency" -> the outlet named before.

        "State media" and a role noun with no outlet before it stay as written.
        """
        low_words = {t.lower_ for t in span}
        if "state" in low_words and noun.lower_ == "media":
            return strip_det(text), "media"
        named = [t for t in span if t.i < noun.i and t.pos_ == "PROPN" and t.dep_ == "compound"
                 and t.ent_type_ not in ("GPE", "NORP")]
        if named:
            # "the Dhaka Chronicle newspaper" names its outlet: not the one named before it
            # ("the influential US daily" names only a country)
            return self.doc[named[0].i : noun.i].text, "media"
        prior = [m for m in self.mentions if m.label == "MEDIA" and m.start < span.start]
        if noun.lower_ == "agency":
            # the nearest agency named before, a government's ("the Food and Drug
            # Administration", "the FBI") as well as a news agency's; a newspaper or a
            # broadcaster is no agency ("agency spokeswoman Carla Mendes said in a statement
            # to Bayline News. The agency said ..." is the FDA, not Bayline News)
            # ... not a dateline's wire credit ("ROTTERDAM (Reuters) -"), nor one someone "told"
            prior = [m for m in prior if is_news_agency(m.name) and in_a_clause(self.doc[m.start])
                     and not aside(self.doc[m.start])]
            prior += [m for m in self.mentions if m.label == "ORG" and m.start < span.start
                      and agency_name(self.doc, m.start, m.name)]
            prior.sort(key=lambda m: m.start)
            if not prior and (spoke := self.body_that_spoke(span.start)) is not None:
                return spoke  # none named: the body that spoke before ("Rijkswaterstaat said ...")
        if prior:
            best = prior[-1]
            kind: SpeakerKind = "media" if best.label == "MEDIA" else "organization"
            return best.name, kind
        # "the newspaper" with no outlet named before stays as written; "the agency" and "the
        # report" may be no outlet at all (a government agency, a study)
        return strip_det(text), "unknown" if noun.lower_ in NOT_ONLY_MEDIA else "media"

    def _resolve_token(self, tok: Token) -> Resolved:
        """A noun phrase or pronoun anywhere in the article as a speaker ("his" in "his
        statement", "the minister" in "the minister's statement")."""
        low = tok.lower_
        if low in RELATIVE_HEADS and tok.tag_ in ("WP", "WDT", "WP$"):
            antecedent = relative_antecedent(tok)
            return self._resolve_antecedent(antecedent) if antecedent is not None else (None, "unknown")
        if tok.pos_ == "PRON" or low in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP | {"his", "its", "their"}:
            found = self._resolve_pronoun(tok)
            return found if found is not None else (None, "unknown")
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        while hi > tok.i + 1 and self.doc[hi - 1].dep_ in ("case", "punct"):
            hi -= 1
        return self._resolve_noun(tok, self.doc[lo:hi])

    def _resolve_document(self, noun: Token) -> Resolved | None:
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
            if tok_i < noun.i and sent - self.sent_of.get(tok_i, 0) <= DOCUMENT_WINDOW and kind in (
                    "person", "organization", "government"):
                return name, kind
        return None

    def _earlier_documents(self, noun: Token) -> list[Token]:
        """Document nouns of the same sentence window before `noun`, nearest first."""
        lo = self.sent_starts[max(0, self.sent_of.get(noun.i, 0) - DOCUMENT_WINDOW)]
        return [self.doc[i] for i in reversed(range(lo, noun.i))
                if self.doc[i].pos_ == "NOUN" and self.doc[i].lemma_.lower() in lx.DOCUMENT_NOUNS]

    def _organisation_anaphor(self, head: Token, span: Span) -> Resolved | None:
        """"The company", "the US software giant", "the navy": the organisation the article
        named before, as "the spokeswoman" is the named holder of that role.

        Only a definite singular description ("the"/"this"/"that") with no name of its own
        ("the Indian navy" and "the Ukrainian military" name themselves; "the Japanese
        carmaker" does not). Its referent: within `DOCUMENT_WINDOW` sentences before, a
        fuller phrase with the same head noun ("the Indian navy" ... "the navy"); else an
        organisation named anywhere before with the noun in its name ("the commission": the
        Commission on Presidential Debates); else, within the window, the organisation that
        last spoke ("Microsoft said ... the company added"), the last one named as a
        subject, the last one named. Left as written ("company", kind unknown) when the
        article names none, so two articles' bare "the company" never become one source by
        their wording.
        """
        noun = head.lemma_.lower()
        # a release's defined term is capitalised: "the Company", "The Ministry", "the Council"
        defined = head.tag_ == "NNP" and head.is_title and all(t.dep_ == "det" for t in head.lefts)
        if (head.tag_ != "NN" and not defined) or not (
                {head.lower_, noun} & ORGANISATION_NOUNS or noun.endswith("maker")):
            return None  # "the company", "the chipmaker", "the drugmaker"
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            return None
        if defined and (term := self._defined_term(head)) is not None:
            return term
        if any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in head.children):
            # "the union representing the train's crew": a description that says which one
            # is new to the story, not the organisation named before (there, the environment
            # agency that spoke last)
            return None
        inside = [m for m in self.mentions if span.start <= m.start and m.end <= span.end
                  and m.name.lower() != head.lower_]
        if any(m.label in ("PERSON", "ORG", "MEDIA") for m in inside):
            return None
        if head.lower_ in lx.GOVERNMENT_WORDS and any(m.label in ("NORP", "GPE") for m in inside):
            return None  # a state's body names itself: "the Ukrainian military", "the Indian navy"
        lo = self.sent_starts[max(0, self.sent_of.get(head.i, 0) - DOCUMENT_WINDOW)]
        for i in reversed(range(lo, span.start)):
            tok = self.doc[i]
            if tok.tag_ == "NN" and tok.lemma_.lower() == head.lemma_.lower() and (
                    found := self._from_fuller_phrase(head, span, tok)) is not None:
                return found
        named = self._named_of_its_kind(head, span)
        if named is not None:
            return named
        return self._last_organisation(lo, span.start, noun in COMPANY_NOUNS or noun.endswith("maker"),
                                       kind=noun if noun in NAMED_KIND_NOUNS else None)

    def _from_fuller_phrase(self, head: Token, span: Span, tok: Token) -> Resolved | None:
        """What an earlier phrase with the description's noun (`tok`) says it stands for, for
        `_organisation_anaphor`: the name beside it, the name given since it, or the phrase."""
        beside = next((m for m in self.mentions if m.label == "ORG" and tok.dep_ in ("compound", "appos")
                       and m.start <= tok.head.i < m.end), None)
        # "Sydney software company Quillfield Technologies", "Quillfield, a software
        # company": the name the description stands beside (tagged otherwise or not at all)
        described = self.canonical_org(beside.name) if beside is not None else self.appositive_name(tok)
        if described is not None:
            return described, "organization"
        earlier = self.doc[tok.left_edge.i : tok.i + 1]
        if sum(t.dep_ != "det" for t in earlier) > 1:
            inside = [m for m in self.mentions if m.start >= earlier.start and m.end <= earlier.end]
            named = None if any(m.label == "ORG" for m in inside) else self._named_of_its_kind(
                head, span, after=tok.i, one=earlier[0].lower_ in ("a", "an"))
            if named is not None:
                # "Britain's competition regulator blocked ... The Competition and Markets
                # Authority said ... The regulator estimated": the name given in between
                return named
            name, kind = self._body_or_group(tok, earlier, inside)
            if name and kind in ("organization", "government"):
                return name, kind
        return None

    def _defined_term(self, head: Token) -> Resolved | None:
        """The name a release defines a term for in parentheses: 'Aguas del Itata S.A. ("Aguas
        del Itata" or "the Company")' makes each "the Company" after it Aguas del Itata S.A."""
        text = self.doc.text
        for m in re.finditer(rf"[\"“]the {re.escape(head.text)}[\"”]", text[: head.idx], re.IGNORECASE):
            opened = text.rfind("(", 0, m.start())
            paren = self.doc.char_span(opened, opened + 1) if ")" not in text[opened : m.start()] else None
            if opened <= 0 or paren is None:
                continue
            k = paren.start
            while k > 1 and self.doc[k - 1].text == ")":  # past "(ASX: QFT)" to the name
                k = next((j for j in range(k - 2, -1, -1) if self.doc[j].text == "("), 0)
            named = [n for n in self.mentions if n.label == "ORG" and n.end == k]
            start = named[0].start if named else k
            while not named and start > 0 and self.doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start < k:
                name = clean_name(self.doc[start:k].text)
                return self.canonical_org(name), org_kind(name, "ORG")
        return None

    def _named_of_its_kind(self, head: Token, span: Span, after: int = -1, one: bool = False
                           ) -> Resolved | None:
        """An organisation whose name holds the noun (or a word names of its kind hold),
        anywhere before (after token `after`, when given): "the commission" is the Commission
        on Presidential Debates, "the union" the United Auto Workers, "the Lausanne-based
        agency" the International Testing Agency, whoever spoke or was named in between. Else,
        with `one`, the one such organisation the whole article names, which an indefinite
        description introduced before its name ("a hospital trust in northern England, the
        trust said ... Harwick Valley NHS Foundation Trust, which ...")."""
        kinds = (head.lemma_.lower(), *KIND_NAME_WORDS.get(head.lemma_.lower(), ()))
        word = re.compile(rf"\b(?:{'|'.join(map(re.escape, kinds))})", re.IGNORECASE)
        ends = re.compile(rf"\b(?:{'|'.join(map(re.escape, kinds))})\w*(?:$| (?:of|for)\b)", re.IGNORECASE)

        def names(lo: int, hi: int) -> list[tuple[int, str]]:  # tagged or missed by the recogniser
            found = [(m.start, m.name) for m in self.mentions if m.label == "ORG" and lo <= m.start
                     and m.end <= hi and len(m.name.split()) > 1 and word.search(m.name)]
            # a missed one ends with its kind's word or opens with it ("Ministry of ..."), so
            # no title ("Agency Director") is taken for a name
            found += [n for n in untagged_names(self.doc, lo, hi) if ends.search(n[1])]
            # of a masthead's "Ministry of Energy - Media Centre", the part of the kind
            return sorted((at, next(p for p in name.split(" - ") if word.search(p))) for at, name in found)

        titled = names(after + 1, span.start)
        if titled:
            return self.canonical_org(titled[-1][1]), org_kind(titled[-1][1], "ORG")
        if after >= 0:
            one_name = {self.canonical_org(n) for _, n in names(0, len(self.doc))} if one else set()
            return (found := one_name.pop(), org_kind(found, "ORG")) if len(one_name) == 1 else None
        # or a source named so before, where the NER saw no organisation ("Great Lakes
        # Central Railway said ... The railroad said")
        spoke = [name for tok_i, name, kind in self.speakers if tok_i < span.start
                 and kind != "person" and word.search(name) and len(name.split()) > 1]
        if spoke:
            return spoke[-1], "organization"
        return None

    def _described_organisation(self, head: int) -> tuple[str, SpeakerKind] | None:
        """What `_organisation_anaphor` makes of a pronoun's antecedent "the company"; kept
        while the speakers it may read are the same (every pronoun after the description asks
        for it again, in the resolver's hot loop)."""
        key = (head, len(self.speakers))
        if key not in self._described:
            tok = self.doc[head]
            # "Indeci, the national civil defence agency, now puts ... It had first reported":
            # a description in apposition to a name is that name
            named = self.appositive_name(tok)
            found = (named, org_kind(named, "ORG")) if named else self._organisation_anaphor(
                tok, self.doc[tok.left_edge.i : tok.i + 1])
            self._described[key] = (found[0], found[1]) if found is not None and found[0] else None
        return self._described[key]

    @cached_property
    def _described(self) -> dict[tuple[int, int], tuple[str, SpeakerKind] | None]:
        return {}

    def _last_organisation(self, lo: int, hi: int, business: bool, kind: str | None = None,
                           fall_back: bool = True) -> Resolved | None:
        """Between tokens lo and hi, the organisation that last spoke, else the last one named
        as a subject, else the last one named. A business noun ("the company", "the
        drugmaker") is no state body: "the FDA said ... the company added" is the drugmaker
        named before the agency. A noun of a kind names carry (`kind`: "the union", "the
        club", "the ministry") is only an organisation whose name says so: "the union" after
        the port of Fremantle spoke is no port, and is left as written."""
        words = {kind, *KIND_NAME_WORDS.get(kind, ())} if kind else set()

        def fits(name: str) -> bool:
            if words and not words & set(re.findall(r"\w+", name.lower())):
                return False
            # (nor, for a business noun, a place a dateline gives: "MILLHAVEN, Pa. - ...,
            # Millhaven's transportation director said", though tagged as a body)
            return not business or not (self._state_body(name) or no_business(name, self.mentions, self.doc)
                                        or name in self.dateline_places)

        # (for a business noun, also a speaker the recogniser took for a place, when it names
        # no state: "Engie said ... the French utility added", with "Engie" tagged GPE)
        # and for any other noun ("the agency", "the regulator"), a state's body that spoke:
        # "the Department of Science and Technology (DOST-PAGASA) said ... the agency said"
        spoke = [(tok_i, name) for tok_i, name, kind in self.speakers
                 if lo <= tok_i < hi and fits(name) and (kind == "organization" or (
                     business and kind == "unknown" and body_like(name, self.full_names)) or (
                     business and kind == "government" and not states_named(name)) or (
                     not business and kind == "government" and self._state_body(name)))]
        named = self._named_between(lo, hi, business, fits)
        corporate = [c for c in corporate_names(self.doc, lo, hi) if fits(c[1])]
        if business:
            # not a body in a minister's title: "Federal Energy Minister Caroline Dumont" (a
            # chief executive's names hers: "Halberg Chemie chief executive Annette Vogel")
            named = [n for n in named if not in_title(self.doc[n[0]], MINISTERIAL_TITLES)]
            corporate = [c for c in corporate if not in_title(self.doc[c[0]], MINISTERIAL_TITLES)]
        named = sorted(named + corporate)
        # an organisation named in a person's title ("Transportation Secretary Vicente
        # Alcaraz") is not what the subject names
        subjects = [(at, self.canonical_org(name)) for at, name, subject in named
                    if subject and not in_title(self.doc[at]) and (
                        main_subject(self.doc[at]) or reported_subject(self.doc[at], hi))]
        if business:
            subjects += self._business_subjects(lo, hi, corporate, fits)
        # the nearer of the last to speak and the last named as a sentence's subject:
        # "Meridian welcomed the move. ... the company said" is Meridian, though the union
        # spoke before; a subject inside what someone said ("The company said the coast guard
        # had cleared the ferry") is not
        if spoke or subjects:
            return max(spoke + subjects)[1], "organization"
        if not fall_back:
            return None
        # a name only mentioned, unless only aside (`aside`: "samples from gardens in Homberg and
        # Moers", "told RRR"): then one that spoke or was a subject before the window first
        others = [n for n in named if n[2]] or [n for n in named if not aside(self.doc[n[0]])]
        earlier = None if others or lo == 0 else self._last_organisation(0, lo, business, kind, False)
        if earlier is not None:
            return earlier
        others = others or named
        if others:
            return self.canonical_org(others[-1][1]), "organization"
        return None

    def _business_subjects(self, lo: int, hi: int, corporate: list[tuple[int, str, bool]],
                           fits: Callable[[str], bool]) -> list[tuple[int, str]]:
        """For a business noun, more subjects between tokens lo and hi than a sentence's named
        subjects (`_last_organisation`): a name the text calls a business (`corporate`: "The
        line is run by electricity distributor Northline Energy. ... the company said"), and a
        name the recogniser took for a place, naming no state, that is the subject of what the
        sentence reports ("Staylane will appeal ..., the company announced") or of the main
        verb, when the article never puts the name anywhere ("Engie was categorical.
        According to the company, ..."), where `fits` takes it."""
        subjects = [(at, name) for at, name, _ in corporate]
        subjects += [(m.start, self.canonical_org(m.name)) for m in self.mentions
                     if m.label == "GPE" and lo <= m.start < hi and not states_named(m.name) and fits(m.name)
                     and (reported_subject(self.doc[m.start], hi) or (
                         self._no_place(m) and self.doc[m.end - 1].dep_ == "nsubj"
                         and self.doc[m.end - 1].head.dep_ == "ROOT"))]
        return subjects

    def _named_between(self, lo: int, hi: int, business: bool, fits: Callable[[str], bool]
                       ) -> list[tuple[int, str, bool]]:
        """The organisations named between tokens lo and hi that `fits` accepts, as (token,
        name, named as a subject), for `_last_organisation`."""
        # not a name in a line with no verb: a masthead or section line under the headline
        # ("Channel North News | Business and Travel | Monday 20:15") names no body the story
        # is about
        named = [(m.start, m.name, m.subject) for m in self.mentions
                 if m.label == "ORG" and lo <= m.start and m.end <= hi and fits(m.name)
                 and in_a_clause(self.doc[m.start])]
        named += [(m.start, org, m.subject) for m in self.mentions
                  if m.label == "NORP" and lo <= m.start and m.end <= hi
                  and (org := self._org_opening_with(m.name, m.start)) and fits(org)]
        if business:
            # a one-word name the recogniser read as a person's, with no title, no first name
            # and no person of that surname here: "a consortium led by Tracovia. ... the
            # company said" (news names a person in full before it uses the surname alone)
            named += [(m.start, m.name, m.subject) for m in self.mentions
                      if m.label == "PERSON" and lo <= m.start and m.end <= hi and " " not in m.name
                      and m.role is None and m.name.lower() not in self.full_names and fits(m.name)]
        return named

    def _org_opening_with(self, word: str, before: int) -> str | None:
        """"Meridian welcomed the move": a first word the recogniser read as a nationality
        (NORP), of an organisation named before ("Meridian Stevedoring's terminals")."""
        word = clean_name(word)
        for m in self.mentions:
            name = clean_name(m.name)
            if m.label == "ORG" and m.start < before and name.startswith(f"{word} "):
                return self.canonical_org(name)
        return None

    def _state_body(self, name: str) -> bool:
        """Whether an organisation the article names is a body of a state (`state_body`)."""
        return state_body(self.canonical_org(name), self.mentions)

    def _unnamed_role_holder(self, head: Token) -> str | None:
        """"The spokeswoman" after "a spokeswoman for Acme": the earlier, fuller mention of
        the same unnamed role, when the article ties that one to a body."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            return None
        role = role_family(head.lower_)
        lo = self.sent_starts[max(0, self.sent_of.get(head.i, 0) - DOCUMENT_WINDOW)]
        for i in reversed(range(lo, head.i)):
            tok = self.doc[i]
            if tok.pos_ == "NOUN" and role_family(tok.lower_) == role:
                name = np_name(tok)
                if name.lower() != tok.lower_ and role_modifiers(head) <= {
                        t.lower_ for t in tok.subtree}:
                    return name
        return None

    def _spokesperson_of_subject(self, head: Token) -> str | None:
        """"The HSE rejected the claim. "...," a spokeswoman told the Chronicle": a bare "a
        spokeswoman" speaks for the organisation the sentence before (in the same paragraph)
        has for its subject; named so ("HSE spokeswoman"), the source graph ties her to it as
        it ties "a DWP spokesperson". None where a person is named in between, or where the
        role says whose it is ("a spokeswoman for the union", "a police spokesman")."""
        if role_family(head.lower_) != "spokesperson" or any(
                c.dep_ in ("compound", "amod", "poss", "nmod", "prep") for c in head.children):
            return None
        sent = self.sent_of.get(head.i, 0)
        if sent == 0:
            return None
        lo, hi = self.sent_starts[sent - 1], head.i
        # the mentions between, by bisection: a long text has many of them, and many sources
        near = self.mentions[bisect_left(self._mention_starts, lo) : bisect_left(self._mention_starts, hi)]
        if "\n\n" in self.doc[lo:hi].text or any(m.label == "PERSON" for m in near):
            return None
        subjects = [m for m in near if m.label == "ORG" and m.subject and m.sent == sent - 1
                    and main_subject(self.doc[m.start])]
        return f"{self.canonical_org(subjects[0].name)} {head.lower_}" if len(subjects) == 1 else None

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [m.start for m in self.mentions]  # the mentions are in text order

    def _resolve_antecedent(self, tok: Token) -> Resolved:
        """The noun a relative pronoun modifies, as a speaker.

        "Kaine is a lawyer who" -> Kaine; "two voters, A and B, who" -> "A and B";
        "a number of cities that" -> "cities"; "a Boston Globe panel that" -> the panel.
        """
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and (subjects[0].ent_type_ or subjects[0].pos_ == "PROPN"):
                tok = subjects[0]
        if tok.lower_ in QUANTITY_NOUNS:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    objs = [c for c in prep.children if c.dep_ == "pobj"]
                    if objs:
                        tok = objs[0]
        group = self._appositive_group(tok)
        if group:
            return group, "collective"
        person = self.person_at(tok.i)
        if person is not None:
            return person, "person"
        span = self.doc[tok.left_edge.i : tok.i + 1]
        if tok.pos_ == "PROPN" or tok.ent_type_ or tok.lower_ in SPEAKER_ROLE_NOUNS | lx.MEDIA_NOUNS | (
                lx.DOCUMENT_NOUNS):
            return self._resolve_noun(tok, span)
        if tok.pos_ in ("NOUN", "PROPN"):
            anaphor = self._organisation_anaphor(tok, span)
            if anaphor is not None:
                return anaphor  # "The company, which has said ...": the company named before
            group = self.party_group(tok)  # "the two companies, which said"
            if group is not None:
                return group, "organization"
            kind: SpeakerKind = "collective" if tok.tag_ in ("NNS", "NNPS") else "unknown"
            if any(m.label in ("ORG", "MEDIA", "GPE") for m in self.mentions
                   if span.start <= m.start and m.end <= span.end):
                kind = "organization"
            if tok.lower_ in lx.GOVERNMENT_WORDS:
                kind = "government"
            return np_name(tok), kind
        return None, "unknown"

    def _appositive_group(self, tok: Token) -> str | None:
        """"two voters, Ana Lima and Ben Ortiz," -> "A and B"."""
        for c in tok.children:
            if c.dep_ == "appos":
                names = [self.person_at(t.i) for t in conjuncts(c)]
            elif c.dep_ == "conj" and tok.pos_ == "NOUN" and c.left_edge.nbor(-1).is_punct:
                names = [self.person_at(t.i) for t in conjuncts(c)]  # appos parsed as conj
            else:
                continue
            if len(names) >= 2 and all(names):
                return " and ".join(n for n in names if n)
        return None


# Modifiers that leave "agency" a news agency: "the news agency", "the state wire agency".
_MEDIA_MODIFIERS = frozenset({"news", "wire", "press", "state", "official", "national"})


def _modifiers_in_name(noun: Token, name: str) -> bool:
    """Whether a description's modifiers all stand in a name ("the testing agency" /
    "International Testing Agency"), those that say where it sits aside ("the Lausanne-based
    agency"): "the space agency" is not the testing agency."""
    words = set(re.findall(r"\w+", name.lower()))
    doc = noun.doc
    for t in noun.lefts:
        if t.dep_ in ("det", "poss", "punct") or t.lower_ in BASED_WORDS:
            continue
        if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in BASED_WORDS:
            continue  # "Lausanne" of "Lausanne-based", where the parser hung it on the noun
        if t.lower_ not in words:
            return False
    return True


def _qualified(noun: Token) -> bool:
    """Whether a noun that may name an outlet ("agency", "report") carries a modifier that
    makes it something else: "the country's disaster agency", "the space agency", "a
    Pentagon report"."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i
               and c.lower_ not in _MEDIA_MODIFIERS for c in noun.children)


# "the 58-year-old farmer", "The 41-year-old"
_AGE_EPITHET = re.compile(r"^the\s+\d{1,3}\s*-\s*year\s*-\s*old\b", re.IGNORECASE)
