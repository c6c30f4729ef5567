"""Who stands behind a claim: one source graph per story.

Every claim's speaker becomes an entity of one kind: a person, an office or body, a state, an
outlet or agency, an anonymous collective (officials, sources, experts, reports, the public),
a thing that shows rather than says (images, documents), or nobody (no source). Entities are
tied by the links the articles state or imply:

- a person to the office named beside their role ("Kremlin spokesman Dmitry Peskov",
  "Adrienne Watson, the spokeswoman for the National Security Council");
- an office to the state it speaks for ("the Kremlin" -> Russia) and a sub-body to its body
  (the NSC -> the White House);
- an agency to the government it speaks for (state media: KCNA -> North Korea);
- officials to the state their source phrase names ("U.S. and allied officials");
- a claim to the outlets that relayed it (`Claim.chain`, `Claim.via`).

`SourceGraph.link(i, j)` says whether two claims can be one claim by their sources, and how:
one entity, linked entities, one relay chain, or an anonymous / unsourced side admitted only on
strongly agreeing contents (`strict`). Named sources that are not tied are never one source, and
an expert is never an official. The graph sees `Claim`s only, never a Doc.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from corroborate import lexicon as lx
from corroborate.lexicon import gazetteer as gz
from corroborate.lexicon.sources import (
    ACRONYM_SKIP,
    MINISTERIAL_TITLES,
    MINISTRY_HEADS,
    OFFICE_HEADS,
    STATE_BODY_HEADS,
    TITLE_QUALIFIERS,
)
from corroborate.lexicon.speakers import (
    AGENCY_HEADS,
    COMPANY_NOUNS,
    KIND_NAME_WORDS,
    ORGANISATION_NOUNS,
    SPEAKER_ROLE_NOUNS,
)
from corroborate.outlets import normalize_outlet
from corroborate.schema import Claim
from corroborate.source_names import Entity, acronym, fold_names, org_name, party_ties
from corroborate.source_names import entity_key as _key
from corroborate.source_names import name_like as _name_like
from corroborate.source_names import title_case as _title
from corroborate.source_phrases import (
    AGENT_ROLES,
    CAP_RUNS,
    OF_A_ROLE,
    OWNER_VOICE,
    QUALIFIED_ROLE,
    ROLE_ANY,
    SPOKES_FOR_ROLE,
    TITLE_WORDS,
    offices_of_person,
    role_of,
    seat,
    states_named,
    title_before,
)

ANONYMOUS = frozenset({"official", "source", "expert", "media", "public"})
# entity kinds that are no named voice: anonymous groups, no source, a "thing" ("the report")
_NO_NAMED_VOICE = ANONYMOUS | {"none", "thing"}


@dataclass(frozen=True, slots=True)
class Link:
    """How two claims' sources can be one: `kind` names it, `strict` asks for strong agreement."""

    kind: str  # same, member, state-media, relay, anonymous, unsourced
    detail: str
    strict: bool = False


@dataclass
class SourceGraph:
    """Entities of a story's claims and the links between them."""

    claims: Sequence[Claim]
    canon: dict[str, str]
    entities: list[Entity] = field(default_factory=list)
    parents: dict[str, dict[str, str]] = field(default_factory=dict)  # key -> parent key -> why
    names: dict[str, str] = field(default_factory=dict)
    # (role class, owner or "") -> the people the story names in that role, with the phrase
    role_people: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    _people: list[tuple[str, str]] = field(default_factory=list, repr=False)  # (name key, entity key)
    _ancestors: dict[str, dict[str, list[str]]] = field(default_factory=dict, repr=False)
    _relays: dict[int, list[str]] = field(default_factory=dict, repr=False)
    _person_names: set[str] = field(default_factory=set, repr=False)
    _one_word_bodies: set[str] = field(default_factory=set, repr=False)
    _bodies: dict[tuple[str, str], tuple[str, ...]] | None = field(default=None, repr=False)
    # doc_id -> the outlet whose own report the article is (its outlet, else the one wire
    # agency it credits, "JOHANNESBURG, March 10 (AFP) -"): "AFP reported X" elsewhere is
    # that report, whoever its article says X
    houses: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # normalised once: `link` reads them for every candidate pair
        self.houses = {d: normalize_outlet(o) for d, o in self.houses.items() if o}
        person_sources: dict[str, set[str]] = {}
        for claim in self.claims:
            if claim.speaker and claim.speaker_kind == "person":
                name = self.canon.get(claim.speaker, claim.speaker)
                person_sources.setdefault(name, set()).add(claim.source.text)
        # a one-word name the recogniser read as a person's in one article and as a body's in
        # another ("Staylane said it ..." / "Staylane, founded in Amsterdam, said") is the body:
        # a person's surname alone is canonicalised to the full name the story gives
        bodies = {self.canon.get(c.speaker, c.speaker) for c in self.claims
                  if c.speaker and c.speaker_kind in ("organization", "government")}
        self._one_word_bodies = {_key(name) for name in bodies if " " not in name.strip()}
        # a group the canonical names make a person ("mills" -> "Karen Mills") is that person
        self._person_names = set(person_sources)
        entities = self._short_outlets([self._entity(c) for c in self.claims])
        self.entities = fold_names(self.claims, entities)
        # each (entity, phrase) is tied once: a story or corpus names one person in thousands
        # of claims, and the ties of a repeat are the same
        done: set[tuple[str, str, str]] = set()
        # every entity's name, before the ties, which name the bodies they tie to
        self.names = {e.key: e.name for e in self.entities}
        self._people = sorted({(_key(e.name), e.key) for e in self.entities if e.kind == "person"})
        for claim, ent in zip(self.claims, self.entities, strict=True):
            seen = (ent.key, ent.name, "" if ent.kind == "person" else claim.source.text)
            if seen in done:
                continue
            done.add(seen)
            voice_of = OWNER_VOICE.match(ent.name.replace("’", "'"))
            if voice_of and ent.kind not in ("person", "role"):
                owner_key = self._owner_key(_key(voice_of.group("owner")))
                if owner_key.startswith("person:"):
                    self._tie(ent.key, owner_key, f"{ent.name!r} speaks for {voice_of.group('owner')}")
            if ent.kind == "role":
                owner = ent.key.split(":", 2)[2]
                if owner:
                    owner_key = self._owner_key(owner)
                    self._tie(ent.key, owner_key,
                              f"{ent.name!r} speaks for {self.names.get(owner_key, owner.title())}")
            if ent.kind == "person":
                self._tie_person(ent, sorted(person_sources.get(ent.name, ())))
                self._tie_bare_role(ent, person_sources)
                self._tie_spokesperson_of_role(ent, person_sources)
            else:
                self._tie_to_states(claim, ent)
        for group, member, why in party_ties(self.entities):
            self._tie(group, member, why)
        self._tie_described_offices()
        self._tie_offices()

    def _owner_key(self, owner: str) -> str:
        """The entity a role speaks for: a person of the story by full name or surname
        ("Putin's spokesman" -> Vladimir Putin), else the story's one body a single word
        names (below) or whose name holds all the words, else the body of that name."""
        people = sorted({k for name, k in self._people
                         if name == owner or name.endswith(f" {owner}")})
        if len(people) == 1:
            return people[0]
        if " " not in owner:
            body = self._one_body_named_by(owner, ("last", "initials", "first"))
        else:
            # "a Central Bank spokeswoman" and "Iceland's central bank": the one body whose
            # name holds all the owner's words
            body = self._story_body(owner)
        return body if body is not None else f"body:{owner}"

    def _one_body_named_by(self, word: str, hows: Sequence[str]) -> str | None:
        """The story's one body `word` names, asked in the order of `hows` (`_bodies_by_word`)."""
        index = self._bodies_by_word()
        for how in hows:
            bodies = index.get((how, word), ())
            if len(bodies) == 1:
                return bodies[0]
        return None

    def _bodies_by_word(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """The story's bodies of two words or more by one word that names them, built once
        (`_owner_key` asks it for every role it ties or links): ("last", "police") for
        "Suffolk Police" ("a police spokeswoman"), ("initials", "dwp") for "Department for Work
        and Pensions" ("a DWP spokesperson"), ("first", "ford") for "Ford Motor Co" ("a Ford
        spokeswoman")."""
        if self._bodies is None:
            index: dict[tuple[str, str], set[str]] = {}
            for e in self.entities:
                words = e.key.removeprefix("body:").split()
                if e.key.startswith("body:") and len(words) > 1:
                    index.setdefault(("last", words[-1]), set()).add(e.key)
                    base = org_name(e.name)
                    if acronym(base):
                        index.setdefault(("initials", acronym(base).lower()), set()).add(e.key)
                    significant = [w for w in _key(base).split() if w not in ACRONYM_SKIP]
                    if significant:
                        index.setdefault(("first", significant[0]), set()).add(e.key)
                    for w in set(words):
                        index.setdefault(("word", w), set()).add(e.key)
                if e.key.startswith("body:"):
                    index.setdefault(("key", e.key), set()).add(e.key)
            self._bodies = {w: tuple(sorted(keys)) for w, keys in index.items()}
        return self._bodies

    def _one_owner(self, a: str, b: str) -> bool:
        """Two owners' keys name one owner: equal, or one person of the story ("reid", "tara
        reid"); two bodies must be equal ("house" is not "white house")."""
        if a == b:
            return True
        key = self._owner_key(a)
        return key.startswith("person:") and key == self._owner_key(b)

    def _tie_bare_role(self, ent: Entity, person_sources: dict[str, set[str]]) -> None:
        """"The governor" of an article that never names her, and "Central Bank of Iceland
        Governor Sigrún Eggertsdóttir" elsewhere: a speaker that is only a role noun is the
        story's one person whose source phrases hold that role as a word. Two holders
        ("Governor X" and "former governor Y") tie it to neither."""
        role = ent.name.lower()
        holder = self._one_holder(role, person_sources, but=role)
        if holder is not None:
            self._tie(ent.key, holder[0], f"the story's one {role} is {holder[1]}")

    def _tie_spokesperson_of_role(self, ent: Entity, person_sources: dict[str, set[str]]) -> None:
        """"Andrea Kline, a spokeswoman for the mayor": a person who speaks for the story's one
        holder of a role ("Mayor Raymond Ashby"), and so for that holder's office."""
        for text in sorted(person_sources.get(ent.name, ())):
            for m in SPOKES_FOR_ROLE.finditer(text):
                holder = self._one_holder(m.group(1).lower(), person_sources, but=ent.name.lower())
                if holder is not None:
                    self._tie(ent.key, holder[0], f"{ent.name} speaks for the {m.group(1)}, {holder[1]} "
                                                  f"({text!r})")

    def _one_holder(self, role: str, person_sources: dict[str, set[str]], but: str
                    ) -> tuple[str, str] | None:
        """The story's one person (key, name) whose source phrases hold a role noun as a word,
        other than `but`; None for none or two. A role named as another's ("a critic of the
        mayor", "running for president") holds nothing, and a former or deputy holder
        ("Deputy Mayor X", "former mayor Y") is never the one, though they make two."""
        if role not in SPEAKER_ROLE_NOUNS:
            return None
        word = re.compile(rf"\b{re.escape(role)}\b(?!['’]s)", re.IGNORECASE)

        def holds(text: str) -> int:  # 2 holds it, 1 a former or deputy holder, 0 neither
            best = 0
            for m in word.finditer(text):
                if not OF_A_ROLE.search(text[: m.start()]):
                    best = max(best, 1 if QUALIFIED_ROLE.search(text[: m.start()]) else 2)
            return best

        ranks = {name: max(holds(t.replace(name, " ")) for t in texts)
                 for name, texts in sorted(person_sources.items()) if name.lower() != but}
        holders = sorted(n for n, r in ranks.items() if r)
        if len(holders) != 1 or ranks[holders[0]] != 2:
            return None
        holder = next((k for n, k in self._people if n == _key(holders[0])), None)
        return None if holder is None else (holder, holders[0])

    def _tie_person(self, ent: Entity, source_texts: list[str]) -> None:
        """A person to the offices their source phrases name, and to the roles they hold."""
        for text in source_texts:
            offices = offices_of_person(text, ent.name)
            # "her publicist Jack Ketsoyan": the story's publicist has a name
            for word in ROLE_ANY.findall(text.replace(ent.name, " ")):
                cls = gz.PERSON_ROLES[word.lower()]
                for owner in {"", *offices}:
                    self.role_people.setdefault((cls, owner), {}).setdefault(ent.name, text)
            for office in offices:
                self._tie(ent.key, f"body:{office}",
                          f"{ent.name} speaks for {office.title()} ({text!r})")
            for body in self._bodies_of_title(text, ent.name):
                name = self.names.get(body, body)
                self._tie(ent.key, body, f"{ent.name} speaks for {name} ({text!r})")

    def _bodies_of_title(self, text: str, name: str) -> list[str]:
        """The story's bodies a person's title names: "Ford spokeswoman Karen Hollis" (Ford
        Motor Company), "Economy Secretary Raúl Esquivel" (the Economy Ministry), "PAGASA
        weather specialist Grace Ocampo", "Alice Brennan, solicitor at CPAG" (the Child Poverty
        Action Group). A capitalised run counts only beside a title word (before it, ending
        with it, or after "<title> at|of|for"), not as a possessive ("Felt's lawyer" is
        another person's), and only a body the story names properly ("Ford Motor Company", not
        a description such as "local fire chief") is tied to."""
        rest = text
        for part in name.split():
            rest = rest.replace(part, " ")
        out = []
        for m in CAP_RUNS.finditer(rest):
            run = m.group(1)
            after = rest[m.end():].split()
            before = rest[: m.start()].split()
            poss = re.match(r"(.+?['’]s)\s+(.+)$", run)
            if poss:  # "Talon's Chief Quality Officer": the owner, then its title
                run, after = poss.group(1), poss.group(2).split() + after
            titled = (run.split()[-1].lower() in TITLE_WORDS
                      or any(w.lower().strip(",") in TITLE_WORDS for w in after[:3])
                      or (len(before) >= 2 and before[-1].lower() in ("at", "of", "for", "with", "the")
                          # "Head of Art Loss and Recovery at Aldwyn": a title of a few words
                          and title_before(before)))
            # "Pieter van Wyk of Mines Rescue Services", "Anita Rowe, of West Mercia Police":
            # the body right after the name
            titled = titled or bool(re.search(
                rf"{re.escape(name.split()[-1])}\s*,?\s+(?:of|from|at)\s+(?:the\s+)?{re.escape(run)}", text))
            if run.endswith(("'s", "’s")) and any(w.lower().strip(",") in TITLE_WORDS for w in after[:4]) \
                    and (len(run.split()) > 1 or run[:-2].isupper() or not (
                        self._person_word(run[:-2]) or AGENT_ROLES & {w.lower() for w in after[:4]})):
                # "the NCSC's director", "Talon's Chief Quality Officer": a body's title,
                # unlike "Felt's lawyer" (one word: a person's, when it names a person of the
                # story or the role is one people hire)
                run = run[:-2]
            elif not titled or run.endswith(("'s", "’s", "'", "’")):
                continue
            body = self._story_body(run)
            if body is not None and _name_like(self.names.get(body, "")):
                out.append(body)
        return out

    def _person_word(self, word: str) -> bool:
        """Whether a word is part of the name of a person the story quotes ("Felt")."""
        low = _key(word)
        return any(low in name.split() for name, _ in self._people)

    def _story_body(self, run: str) -> str | None:
        """The story's one body a capitalised run of words names: by its key, by one word of
        it (last, initials, first, any), or by all its significant words, a trailing title
        word left out ("Economy Secretary" -> the Economy Ministry); None if not exactly one."""
        words = [w for w in _key(org_name(run)).split() if w not in ACRONYM_SKIP]
        while words and words[0] in TITLE_QUALIFIERS:
            words = words[1:]  # "Deputy Energy Minister"
        if not words or all(w in lx.GOVERNMENT_WORDS or w in TITLE_WORDS for w in words):
            return None
        index = self._bodies_by_word()
        if ("key", f"body:{' '.join(words)}") in index:
            return f"body:{' '.join(words)}"
        ministerial = False  # a minister's title names a ministry, never a regulator
        while words:
            if len(words) == 1:
                body = self._one_body_named_by(words[0], ("last", "initials", "first", "word"))
                return body if body is None or not ministerial or _an_office(body, {words[0]}) else None
            wanted = set(words)
            found = tuple(k for k in index.get(("word", words[0]), ())
                          if wanted <= set(k.removeprefix("body:").split()))
            if len(found) > 1:
                # "Energy and Petroleum Cabinet Secretary": the Ministry of Energy and
                # Petroleum, not the Energy and Petroleum Regulatory Authority; a title names
                # the office its words and an office head make, not a longer name
                found = tuple(k for k in found if set(k.removeprefix("body:").split()) - wanted
                              <= OFFICE_HEADS | ACRONYM_SKIP) or found
            if len(found) == 1:
                return found[0] if not ministerial or _an_office(found[0], wanted) else None
            if words[-1] not in TITLE_WORDS:
                return None
            ministerial = ministerial or words[-1] in MINISTERIAL_TITLES
            words = words[:-1]
            while words and words[-1] in TITLE_QUALIFIERS:
                words = words[:-1]  # "Petroleum Cabinet Secretary"
        return None

    def _tie_to_states(self, claim: Claim, ent: Entity) -> None:
        """An office, officials or sources to the states their source phrase names, and state
        media to their state."""
        if ent.kind in ("office", "official", "source"):
            for state in states_named(claim.source.text):
                if ent.kind == "office":
                    self._tie(ent.key, f"state:{state}", f"{ent.name} is a body of {state}")
                else:
                    self._tie(ent.key, f"state:{state}",
                              f"{claim.source.text!r}: {ent.kind}s of {state}")
        elif ent.kind == "outlet" and ent.name in gz.STATE_MEDIA:
            state = gz.STATE_MEDIA[ent.name]
            self._tie(ent.key, f"state:{state}", f"{ent.name} is state media of {state}")
        elif ent.kind == "media" and "state" in claim.source.text.lower():
            for state in states_named(claim.source.text):
                self._tie(ent.key, f"state:{state}", f"{claim.source.text!r}: state media of {state}")

    def _tie_described_offices(self) -> None:
        """"agency spokeswoman Carla Mendes", "a company spokesman, Tom Reed": a person whose
        title names their body by a common noun is tied to the one body of that kind that
        speaks in the same article ("The U.S. Food and Drug Administration ... said"). With none
        or two such bodies there (the FDA and the EMA both quoted), nothing is tied: the noun
        alone would make every agency's spokeswoman one voice. A title a body's noun owns ("the
        group's head of nature policy", "the company's chief executive") is not read so: tried
        in session 39, it added four false pairs on ECB+ test topics."""
        bodies: dict[str, set[tuple[str, str]]] = {}
        spoke: dict[str, list[tuple[int, str]]] = {}  # doc -> (where, body) of the bodies' claims
        for claim, ent in zip(self.claims, self.entities, strict=True):
            if ent.key.startswith("body:"):
                bodies.setdefault(claim.doc_id, set()).add((ent.key, ent.kind))
                spoke.setdefault(claim.doc_id, []).append((_start(claim), ent.key))
        done: set[tuple[str, str, str]] = set()
        for claim, ent in zip(self.claims, self.entities, strict=True):
            if ent.kind != "person" or (ent.key, claim.doc_id, claim.source.text) in done:
                continue
            done.add((ent.key, claim.doc_id, claim.source.text))
            for m in _DESCRIBED_OFFICE.finditer(claim.source.text):
                noun = m.group("noun")
                fits = sorted({b for b, kind in bodies.get(claim.doc_id, ())
                               if _of_kind(self.names.get(b, ""), kind, noun)})
                if len(fits) > 1:
                    # several bodies of the kind speak here: the one that spoke right before
                    # ("Aerodata rejected that account. "...," company spokesman Conor Walsh
                    # said", after the airline spoke), if it spoke within `OFFICE_REACH`
                    at = _start(claim)
                    near = [(w, b) for w, b in spoke.get(claim.doc_id, ())
                            if b in fits and at - OFFICE_REACH <= w < at]
                    fits = [max(near)[1]] if near else fits
                if len(fits) == 1:
                    self._tie(ent.key, fits[0], f"{ent.name} speaks for {self.names.get(fits[0], fits[0])} "
                              f"(the {noun} of {claim.doc_id}: {claim.source.text!r})")

    def _tie_offices(self) -> None:
        """Offices: a seat of government speaks for its state, a sub-body for its body."""
        for key in list(self.parents) + [e.key for e in self.entities]:
            for office in [k for k in [key, *self.parents.get(key, {})] if k.startswith("body:")]:
                name = office.removeprefix("body:")
                seated = seat(name)
                if seated and gz.SEATS.get(seated):
                    self._tie(office, f"state:{gz.SEATS[seated]}",
                              f"{name.title()} speaks for {gz.SEATS[seated]}")
                if seated in gz.INSTITUTION_PARENTS:
                    parent = gz.INSTITUTION_PARENTS[seated]
                    self._tie(office, f"body:{parent}", f"{name.title()} is part of the {parent.title()}")
                for state in states_named(_title(name)):
                    self._tie(office, f"state:{state}", f"{name.title()} is a body of {state}")

    @staticmethod
    def _short_outlets(entities: list[Entity]) -> list[Entity]:
        """"the Times", "the Post", "the Journal": the one outlet of the story with that last
        word ("The New York Times"), when the story names exactly one; else left as written."""
        full = sorted({e.name for e in entities if e.kind == "outlet" and len(_key(e.name).split()) > 1})
        out = []
        for e in entities:
            words = _key(e.name).split()
            if e.kind == "outlet" and len(words) == 1:
                longer = [f for f in full if _key(f).split()[-1] == words[0]]
                if len(longer) == 1:
                    e = Entity(f"outlet:{_key(longer[0])}", longer[0], "outlet")
            out.append(e)
        return out

    def _tie(self, child: str, parent: str, why: str) -> None:
        if child != parent:
            self.parents.setdefault(child, {}).setdefault(parent, why)

    def _entity(self, claim: Claim) -> Entity:
        if not claim.speaker:
            return Entity("none", "", "none")
        name = self.canon.get(claim.speaker, claim.speaker)
        head = _key(name).split()[-1] if _key(name) else ""
        kind = claim.speaker_kind
        if kind != "person" and name != claim.speaker and name in self._person_names:
            kind = "person"
        if kind == "person" and " " not in name.strip() and _key(name) in self._one_word_bodies:
            kind = "organization"
        role = role_of(name)
        # a role with a named owner ("Reid's rep") is a role even when written capitalised
        if role and (role[1] or not (kind == "person" and name[:1].isupper())):
            cls, owner = role
            return Entity(f"role:{cls}:{owner}", name, "role")
        unnamed = bool(name.split()) and name.split()[-1].islower()
        if kind == "person" and name[:1].islower():
            # "senior official at the UK's National Cyber Security Centre": a description
            # (a name starts with a capital) of the noun before its "at", "of", "for"
            described = re.split(r"\s+(?:at|of|for|with|in|from)\s+", name, maxsplit=1)[0]
            head = _key(described).split()[-1] if _key(described) else head
            unnamed = True
        if kind == "person" and unnamed and gz.COLLECTIVE_TYPES.get(head) in ("official", "source"):
            # an unnamed person known only as an official or a source ("a senior U.S.
            # official", "a person familiar with the matter"): anonymous, not a named person
            # whom every article's "senior official" would be
            ctype = gz.COLLECTIVE_TYPES[head]
            return Entity(f"{ctype}:{_key(name)}", name, ctype)
        if kind == "person":
            return Entity(f"person:{_key(name)}", name, "person")
        if kind == "media":
            outlet = normalize_outlet(name)
            return Entity(f"outlet:{_key(outlet)}", outlet, "outlet")
        if head in gz.THING_SOURCES:
            return Entity(f"thing:{_key(name)}", name, "thing")
        if kind == "collective" or (head in gz.COLLECTIVE_TYPES and name[:1].islower()):
            ctype = gz.COLLECTIVE_TYPES.get(head, "public")
            if ctype == "media" and "state" in _key(claim.source.text).split():
                states = states_named(claim.source.text)
                return Entity(f"media:state {' '.join(states)}", claim.source.text, "media")
            return Entity(f"{ctype}:{_key(name)}", name, ctype)
        states = states_named(name)
        if kind == "government" and states and _key(name) in {_key(s) for s in gz.STATES[states[0]]}:
            return Entity(f"state:{states[0]}", states[0], "state")
        if kind == "government" or seat(name):
            name = _of_its_state(name, claim.source.text)
            return Entity(f"body:{_key(name)}", name, "office")
        # an office and a company share one namespace: "Apple" and the office of "Apple
        # spokeswoman Ann Lee" are one body
        return Entity(f"body:{_key(name)}", name, "organization")

    def ancestors(self, key: str) -> dict[str, list[str]]:
        """Every entity a key reaches by its links, with the reasons along the way (computed
        once a key: the links are complete once the graph is built; callers must not change
        the result)."""
        cached = self._ancestors.get(key)
        if cached is not None:
            return cached
        seen: dict[str, list[str]] = {key: []}
        todo = [key]
        while todo:
            cur = todo.pop()
            for parent, why in sorted(self.parents.get(cur, {}).items()):
                if parent not in seen:
                    seen[parent] = [*seen[cur], why]
                    todo.append(parent)
        self._ancestors[key] = seen
        return seen

    def relays(self, i: int) -> list[str]:
        """The outlets a claim came through, normalised, outermost first."""
        if i not in self._relays:
            claim = self.claims[i]
            chain = list(claim.chain) or ([claim.via] if claim.via else [])
            self._relays[i] = [normalize_outlet(c) for c in chain]
        return list(self._relays[i])

    def link(self, i: int, j: int) -> Link | None:
        """Whether claims i and j can be one claim by their sources, and how (None: never)."""
        a, b = self.entities[i], self.entities[j]
        # claims of other kinds (a writer's prediction, an intention) may share a cluster with
        # a statement they retell (the kind classifier can read one retelling each way); they
        # never count as an origin (report.count_origins), so they add no corroboration
        ra, rb = self.relays(i), self.relays(j)
        if a.kind == "none" or b.kind == "none":
            # as likely the same claim as any other on its wording alone; it can never join a
            # cluster whose named sources are not one (the clustering checks every pair)
            if a.kind == b.kind == "none":
                return Link("unsourced", "neither claim names a source")
            named = b if a.kind == "none" else a
            return Link("unsourced", f"one claim names no source; the other is {named.name}")
        if a.kind == "thing" or b.kind == "thing":
            return Link("same", a.name, strict=True) if a.key == b.key else None
        if "role" in (a.kind, b.kind):
            by_role = self._role_link(a, b)
            if by_role is not None:
                return by_role if isinstance(by_role, Link) else None
        if a.key == b.key and a.kind not in ANONYMOUS | {"role"}:
            return Link("same", a.name)
        # one relayed the other: "officials told the Times" / "the Times reported"
        for x, y, rx, cx in ((a, b, ra, i), (b, a, rb, j)):
            if y.kind == "outlet" and y.name in rx and x.kind in ANONYMOUS | {"person", "office"}:
                return Link("relay", f"{x.name} via {y.name}")
            if y.kind == "outlet" and x.kind != "outlet" and self._house(cx) == y.name:
                return Link("relay", f"{x.name} in {y.name}'s own report")
        anon_a, anon_b = a.kind in ANONYMOUS, b.kind in ANONYMOUS
        named_in = self._named_in_source(i, b) or self._named_in_source(j, a)
        if named_in is not None:
            return named_in
        if "expert" in (a.kind, b.kind) and (a.kind != b.kind or a.key != b.key):
            other = b if a.kind == "expert" else a
            if other.kind in ("official", "source", "office", "state") or self._governmental(other):
                return None  # experts' reading is not an official line
        up_a, up_b = self.ancestors(a.key), self.ancestors(b.key)
        shared = sorted(set(up_a) & set(up_b), key=lambda k: (len(up_a[k]) + len(up_b[k]), k))
        if shared:
            top = shared[0]
            why = "; ".join(dict.fromkeys(up_a[top] + up_b[top])) or self.names.get(top, top)
            kind = "state-media" if "outlet" in (a.kind, b.kind) else "member"
            return Link(kind, why)
        if anon_a or anon_b:
            return _anonymous_link(a, b, [a.key, *up_a], [b.key, *up_b], sorted(set(ra) & set(rb)))
        return None

    def _house(self, i: int) -> str | None:
        """The outlet whose own report claim i's article is, normalised; None if unknown."""
        return self.houses.get(self.claims[i].doc_id)

    def named(self, i: int) -> bool:
        """Whether claim i has a named voice: no anonymous group, no unsourced claim, no
        "thing" ("the report") as its source."""
        return self.entities[i].kind not in _NO_NAMED_VOICE

    def one_voice(self, i: int, j: int) -> bool:
        """Whether claims i and j have one named voice: one entity, or one speaking for the
        other (a spokesperson and the office, an office and its body), never two bodies that
        meet only in their state (the Pentagon and the State Department), never anonymous."""
        a, b = self.entities[i], self.entities[j]
        if not (self.named(i) and self.named(j)):
            return False
        if a.key == b.key:
            return True
        up_a, up_b = self.ancestors(a.key), self.ancestors(b.key)
        if a.key in up_b or b.key in up_a:
            return True
        return any(not k.startswith("state:") for k in set(up_a) & set(up_b))

    def _named_in_source(self, i: int, other: Entity) -> Link | None:
        """Claim i's source phrase names the other's source: "police" / "Los Angeles police",
        "the White House" / "White House spokesman John Kirby"."""
        key = _key(other.name)
        text = self.claims[i].source.text
        if other.kind not in ("none", "thing", "expert") and len(key) > 3 and _word_pattern(
            key).search(_key(text)):
            return Link("member", f"{other.name} is named in {text!r}")
        return None

    def _role_link(self, a: Entity, b: Entity) -> Link | bool | None:
        """Links of an unnamed person known by a role: a Link, False (never one source), or
        None (no verdict here: the office and relay rules decide).

        Two mentions of one role are one person when their owners agree and the story names
        one person in that role ("her publicist Jack Ketsoyan"), or when both name the same
        owner; never when the story names two different people for them. With no name to go
        by they are one story's unnamed spokesperson, as before roles were read, and the
        contents decide. A role and a person are one when the story names exactly that person
        in the role."""
        if a.kind != "role":
            a, b = b, a
        cls, owner = a.key.split(":", 2)[1:]
        if b.kind == "role":
            cls_b, owner_b = b.key.split(":", 2)[1:]
            if cls_b != cls:
                return None
            if owner and owner_b and not self._one_owner(owner, owner_b):
                return False
            if owner and owner_b:
                return Link("same", f"the {cls} of {owner.title()}")
            people_a = self.role_people.get((cls, owner), {})
            people_b = self.role_people.get((cls, owner_b), {})
            if len(people_a) == 1 and len(people_b) == 1:
                if people_a != people_b:
                    return False
                (name, text), = people_a.items()
                return Link("member", f"{a.name!r} and {b.name!r}: the story's {cls} is {name} ({text!r})")
            return Link("member", f"{a.name} / {b.name}: unnamed, perhaps one {cls}")
        if b.kind == "person":
            people = self.role_people.get((cls, owner), {})
            if not people and owner and self._owner_key(owner).startswith("person:"):
                # "Reid's rep" and "her rep Jack Ketsoyan": the story's one rep named with no
                # office (one named with an office, "White House spokesman John Kirby", is
                # another owner's)
                offices = {n for (c, o), named in self.role_people.items() if c == cls and o
                           for n in named}
                people = {n: t for n, t in self.role_people.get((cls, ""), {}).items()
                          if n not in offices}
            if set(people) == {b.name}:
                return Link("member", f"{a.name!r} is {b.name}, the story's {cls} ({people[b.name]!r})")
        return None

    def _is_public(self, key: str) -> bool:
        return key.startswith("state:") or any(p.startswith("state:") for p in self.ancestors(key))

    def _governmental(self, ent: Entity) -> bool:
        return any(k.startswith(("body:", "state:")) and self._is_public(k)
                   for k in self.ancestors(ent.key) if k != ent.key)


# a lower-case organisation noun right before a spokesperson's or official's title
# How far before a described office's claim ("company spokesman X said") the body it speaks
# for may have spoken, in characters, where several bodies of its kind speak in the article:
# about two sentences
OFFICE_REACH = 400


def _start(claim: Claim) -> int:
    """Where a claim starts in its article: its first span of source, cue or content."""
    spans = [*claim.source.spans, *claim.cue.spans, *claim.content.spans]
    return min(sp[0] for sp in spans) if spans else 0


_DESCRIBED_OFFICE = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(ORGANISATION_NOUNS | {"agency"}))
    + r")\s+(?:" + "|".join(sorted(gz.SPOKES_ROLES - {"press"}, key=len, reverse=True)) + r")\b")


def _of_kind(name: str, kind: str, noun: str) -> bool:
    """Whether a body (its name and entity kind) fits an organisation noun: "agency" an
    agency, an administration, a bureau ... or a body known by its initials ("FDA"); a
    business noun ("company", "airline") any organisation that is no state's office; another
    noun ("ministry", "police", "hospital") a name holding it or a word names of its kind hold;
    "group" or "organisation" any body that is no state's."""
    words = set(_key(name).split())
    if noun == "agency":
        return bool(words & AGENCY_HEADS) or (name.isupper() and 2 <= len(name) <= 5)
    if noun in COMPANY_NOUNS or noun in ("group", "organisation", "organization"):
        return kind == "organization" and not words & lx.GOVERNMENT_WORDS
    return bool(words & {noun, *KIND_NAME_WORDS.get(noun, ())})


@lru_cache(maxsize=65536)
def _word_pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(key)}\b")


def _an_office(key: str, wanted: set[str]) -> bool:
    """Whether a body a minister's title names is a government's office: a ministry or
    department whatever else its name holds ("Energy Minister": the Ministry of Energy and
    Petroleum), or a body whose key holds, beyond the title's words, only joining or
    government words or its state's name ("Treasury Secretary": the U.S. Treasury); never the
    Energy Regulatory Authority."""
    text = key.removeprefix("body:")
    if MINISTRY_HEADS & set(text.split()):
        return True
    states = set(states_named(text.title())) | set(states_named(text.upper()))
    state_words = {w for state in states for alias in (state, *gz.STATES[state]) for w in _key(alias).split()}
    return all(w in ACRONYM_SKIP or w in lx.GOVERNMENT_WORDS or w in state_words
               for w in set(text.split()) - wanted)


def _of_its_state(name: str, source_text: str) -> str:
    """A state's body named with its state: "Russia's foreign ministry", "the Russian Foreign
    Ministry" and "Foreign Ministry" (from "South Korea's Foreign Ministry", whose owner the
    speaker name drops) are "Russia's ..." / "South Korea's Foreign Ministry", so that two
    states' foreign ministries are two bodies and one state's, however written, is one. Left
    as written when the phrase names no state or two, or the body is no generic one."""
    words = name.split()
    states = states_named(source_text)
    if len(states) != 1 or not words or words[-1].lower() not in STATE_BODY_HEADS:
        return name
    state = states[0]
    aliases = sorted(gz.STATES[state], key=len, reverse=True)
    rest = re.sub(r"^(?:the\s+)?", "", name, flags=re.IGNORECASE)
    for alias in aliases:
        m = re.match(rf"{re.escape(alias)}(?:['’]s)?\s+", rest)
        if m:
            rest = rest[m.end():]
            break
    return f"{state}'s {rest}" if rest else name


def _anonymous_link(a: Entity, b: Entity, keys_a: Sequence[str], keys_b: Sequence[str],
                    common_relays: Sequence[str]) -> Link | None:
    """The link of two sources, one or both unnamed, that share no ancestor: none when they
    belong to two states ("Russian officials" are no voice of China's foreign ministry), a
    relay when one outlet carries both, else a strict one (only strong agreement joins)."""
    if _other_states(keys_a, keys_b):
        return None
    if common_relays:
        return Link("relay", f"both through {common_relays[0]}")
    return Link("anonymous", f"{a.name} / {b.name}", strict=True)


def _other_states(keys_a: Sequence[str], keys_b: Sequence[str]) -> bool:
    """Whether two entities (each with its ancestors' keys) belong to states and share none."""
    states_a = {k for k in keys_a if k.startswith("state:")}
    states_b = {k for k in keys_b if k.startswith("state:")}
    return bool(states_a and states_b and not states_a & states_b)
