"""The names and keys of the source graph's entities (`corroborate.sources`), and the folding
of one body's several names in a story into one entity.

A story names one organisation many ways: "Advanced Micro Devices" and "AMD", "Hewlett-Packard
Co." and "HP", "the Academy" and "the Academy of Motion Picture Arts and Sciences", "the
Ministry of Economy" and "Mexico's Economy Ministry", "the CGT-Cheminots union" and
"CGT-Cheminots", "The Ministry" below the ministry's own name, "the Central Bank of Iceland" and
"Iceland's central bank" (the same words in another order). `fold_names` makes each one
entity where the story leaves no doubt which is meant (exactly one fuller name), and leaves it
apart otherwise. Works on names and `Claim`s only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from corroborate.lexicon import NAME_JOINERS
from corroborate.lexicon.contrast import DEMONYMS
from corroborate.lexicon.sources import ACRONYM_SKIP, DESCRIBED_KINDS, GENERIC_BODIES, OFFICE_HEADS
from corroborate.lexicon.speakers import COMPANY_NAME_ENDINGS, NON_BUSINESS_WORDS
from corroborate.schema import Claim


@dataclass(frozen=True)
class Entity:
    """One source in the story's graph."""

    key: str
    name: str
    kind: str  # person, office, state, outlet, official, source, expert, media, public, thing, none


_DOTTED = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}")


@lru_cache(maxsize=65536)
def entity_key(text: str) -> str:
    """A name as a key: lowercase, no articles, possessives or punctuation, dotted initials
    one word ("the F.D.A.'s" -> "fda")."""
    text = text.lower().replace("’", "'")
    # initials with full stops are one word: "F.D.A." -> "fda" (not "f d a", whose "a" the
    # article rule below would drop)
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\b(the|a|an)\b", " ", text)
    return " ".join(text.split())


_CORP_SUFFIX = re.compile(
    r"[,\s]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|nv|gmbh)\.?$",
    re.IGNORECASE,
)
# a name of capitalised words (one with a capital inside counts) and the lowercase noun that
# says what it is: "CGT-Cheminots union", "UAW union" (not "Russia's foreign ministry")
_DESCRIBED = re.compile(
    r"^((?:the\s+)?(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&-]*(?<!'s)(?<!’s)(?<!['’]))\s+[a-z]+$")
_MINISTRY_OF = re.compile(
    r"^(?P<the>[Tt]he\s+)?Ministry\s+of\s+(?:the\s+)?(?P<what>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2}?)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\s]*)?$")
_ACRONYM_OF_PLACE = re.compile(r"^([A-Z][A-Z&.-]{1,5})\s+of\s+[A-Z]")
# where a body sits, after its name: "the Musée Armand-Vidal in Lyon", "the Russian embassy in Oslo"
_IN_PLACE = re.compile(r"^(.*\S)\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?$")


def name_like(name: str) -> bool:
    """A proper name: every word capitalised but the connectors ("Department for Work and
    Pensions"), not a description ("local fire chief", "main town on Qeshm")."""
    words = name.replace("-", " ").split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ACRONYM_SKIP
                               for w in words)


def capitalised_name(name: str) -> bool:
    """Every word capitalised, a joining word ("of", "and": `lexicon.NAME_JOINERS`) or no word
    at all ("&", "-"): "Bank of America", "Ministry of Finance", not "Ministry of Finance
    defends new regime". Unlike `name_like`, articles and prepositions may join it."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in NAME_JOINERS
               for w in name.split())


def org_name(name: str) -> str:
    """An organisation's name without what does not tell it apart: "Hewlett-Packard Co." ->
    "Hewlett-Packard", "HP of Palo Alto" -> "HP", "the CGT-Cheminots union" -> "CGT-Cheminots"
    (a common noun after the name says what it is), "the Musée Armand-Vidal in Lyon" -> "the
    Musée Armand-Vidal" (where it sits), "Ministry of Economy" -> "Economy Ministry",
    "the U.S. Geological Survey" -> as is."""
    name = _CORP_SUFFIX.sub("", name.strip()).strip(" ,")
    name = _DESCRIBED.sub(r"\1", name)
    name = _IN_PLACE.sub(r"\1", name)
    ministry = _MINISTRY_OF.match(name)
    if ministry:
        # "the Ministry of Economy" is "the Economy Ministry", "the Ministry of Foreign Affairs
        # of the Republic of Indonesia" "the Foreign Ministry" (its state is tied apart)
        what = re.sub(r"^Foreign Affairs$", "Foreign", ministry.group("what"))
        name = f"{ministry.group('the') or ''}{what} Ministry"
    m = _ACRONYM_OF_PLACE.match(name)
    return m.group(1) if m else name


def acronym(name: str) -> str:
    """Initials of a multi-word name, hyphenated parts counted: "Advanced Micro Devices" ->
    "AMD", "Hewlett-Packard" -> "HP", "US Geological Survey" -> "USGS"."""
    letters = []
    for word in re.split(r"[\s-]+", name):
        word = word.strip(".,’'")
        if not word or word.lower() in ACRONYM_SKIP:
            continue
        if word.replace(".", "").isupper() and len(word.replace(".", "")) <= 3:
            letters.append(word.replace(".", ""))  # "US" in "US Geological Survey"
        elif word[0].isalpha():
            letters.append(word[0].upper())
    return "".join(letters) if len(letters) >= 2 else ""


# "Norway's Police Security Service (PST) said": a name and the initials it is known by
_DECLARED = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of|for|the|and|on|[A-Z][\w'’.-]*))*)"
                       r"\s+\((?P<initials>[A-Z][A-Za-z.&]{1,7})\)")


def declared_initials(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """The initials the story's sources are given in parentheses after their names, in the
    words that name a source ("The Police Security Service (PST) said"): initials -> names.
    Initials need not be the name's ("PST" is Norwegian for it)."""
    out: dict[str, set[str]] = {}
    for claim in claims:
        for m in _DECLARED.finditer(claim.source.text if claim.source else ""):
            initials = m.group("initials").replace(".", "")
            if initials.isupper():
                name = re.sub(r"^(?:the\s+|\w+['’]s\s+)+", "", m.group("name"), flags=re.IGNORECASE)
                out.setdefault(initials, set()).add(org_name(name))
    return out


def _acronyms(entities: list[Entity], declared: dict[str, set[str]] | None = None) -> list[Entity]:
    """Organisations, offices and outlets named in full in one article and by initials or with
    a corporate suffix in another ("AMD" / "Advanced Micro Devices", "HP" / "Hewlett-Packard
    Co.", "CDC" / "Centers for Disease Control and Prevention", or initials a source's name
    was given in parentheses, `declared_initials`) become one entity, when the story has
    exactly one full name for the initials."""
    kinds = ("organization", "office", "outlet")
    full: dict[str, set[str]] = {k: set(v) for k, v in (declared or {}).items()}
    # a body given its initials in one language and named in another elsewhere: "the Ebro
    # Hydrographic Confederation (CHE)" and "Confederación Hidrográfica del Ebro", whose own
    # initials are the ones declared, are one body, under the declared name
    one_declared = {k: next(iter(v)) for k, v in (declared or {}).items() if len(v) == 1}
    translated: dict[str, str] = {}
    for e in entities:
        if e.kind in kinds:
            base = org_name(e.name)
            if len(base.split()) > 1 or "-" in base:
                named = one_declared.get(acronym(base))
                if named is not None and named != base:
                    translated[base] = named
                    continue
                full.setdefault(acronym(base), set()).add(base)
                # "Centers for Disease Control and Prevention" is the CDC: initials often
                # stop before a name's last "and" part
                short = base.rsplit(" and ", 1)[0]
                if short != base and len(acronym(short)) >= 3:
                    full.setdefault(acronym(short), set()).add(base)
    out = []
    for e in entities:
        if e.kind in kinds:
            base = org_name(e.name)
            compact = base.replace(".", "")
            if compact.isupper() and 2 <= len(compact) <= 6 and len(full.get(compact, ())) == 1:
                base = next(iter(full[compact]))
            base = translated.get(base, base)
            if base != e.name:
                prefix = e.key.split(":", 1)[0]
                e = Entity(f"{prefix}:{entity_key(base)}", base, e.kind)
        out.append(e)
    return out




def _loose_key(key: str) -> str:
    """A name's key with plural endings dropped: "motion pictures arts" -> "motion picture art"."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
                    else w for w in key.split())


# Names shorter than this are never folded by a plural: "National Institutes of Health" (US)
# and "National Institute of Health" (Pakistan) are two bodies
VARIANT_MIN_WORDS = 5


def _spelling_variants(entities: list[Entity]) -> list[Entity]:
    """Organisations whose names differ only by a plural ending ("Academy of Motion Pictures
    Arts and Sciences" in one article, "... Motion Picture ..." in another) are one: the
    form most claims use (then the first in sorted order) stands for all. Names under
    `VARIANT_MIN_WORDS` words are left alone ("Times" is not "Time")."""

    def loose(name: str) -> str | None:
        key = entity_key(name)
        return _loose_key(key) if len(key.split()) >= VARIANT_MIN_WORDS else None

    return _fold_forms(entities, loose)


def _word_bag(name: str) -> frozenset[str] | None:
    """A body's significant words, a demonym as its state's name: "Central Bank of Iceland",
    "Iceland's central bank" and "the Iceland central bank" give one bag; so do "the Russian
    embassy" and "Russia's embassy". None under two words: one word is `_short_names`'
    business."""
    bag = frozenset(DEMONYMS.get(w, w) for w in entity_key(name).split() if w not in ACRONYM_SKIP)
    return bag if len(bag) >= 2 else None


def _same_words(entities: list[Entity]) -> list[Entity]:
    """Bodies whose names hold the same significant words, in any order, are one body (the
    name most claims use, then the first in sorted order): English turns "the Ministry of
    Health" into "the health ministry" and "the central bank of Iceland" into "Iceland's
    central bank" at will."""
    return _fold_forms(entities, _word_bag)


def _fold_forms(entities: list[Entity], form: Callable[[str], Hashable | None]) -> list[Entity]:
    """Organisations whose names `form` maps to one value (None: left alone) are one entity,
    under the name most claims use, then the first in sorted order."""
    kinds = ("organization", "office")
    forms = [form(e.name) if e.kind in kinds else None for e in entities]
    names: dict[Hashable, Counter[str]] = {}
    for e, f in zip(entities, forms, strict=True):
        if f is not None:
            names.setdefault(f, Counter())[e.name] += 1
    chosen = {f: min(count, key=lambda n: (-count[n], n)) for f, count in names.items()}
    out = []
    for e, f in zip(entities, forms, strict=True):
        if f is not None and chosen[f] != e.name:
            e = Entity(f"body:{entity_key(chosen[f])}", chosen[f], e.kind)
        out.append(e)
    return out


def _short_names(entities: list[Entity]) -> list[Entity]:
    """An organisation named by one word of its full name in another article ("the Academy" /
    "the Academy of Motion Picture Arts and Sciences", "the Saints" / "the New Orleans
    Saints") is that organisation, when the story has exactly one such full name and the word
    is not a generic one ("the Ministry")."""
    kinds = ("organization", "office")
    full = sorted({e.name for e in entities if e.kind in kinds and len(entity_key(e.name).split()) > 1})
    # a one-word "person" is the company whose name it opens ("Norvance" / "Norvance
    # Pharmaceuticals": the recogniser tags bare company names as people), unless it is a
    # word of a person's name in the story ("Halberg" of a "Tom Halberg")
    person_words = {w for e in entities if e.kind == "person" and len(entity_key(e.name).split()) > 1
                    for w in entity_key(e.name).split()}
    out = []
    for e in entities:
        words = entity_key(e.name).split()
        company = e.kind == "person" and len(words) == 1 and words[0] not in person_words
        if (e.kind in kinds or company) and len(words) == 1 and e.name[:1].isupper() \
                and words[0] not in GENERIC_BODIES:
            longer = []
            for f in full:
                significant = [w for w in entity_key(f).split() if w not in ACRONYM_SKIP]
                ends = significant[:1] if company else significant[:1] + significant[-1:]
                if words[0] in ends:
                    longer.append(f)
            if len(longer) == 1:
                e = Entity(f"body:{entity_key(longer[0])}", longer[0], "organization" if company else e.kind)
        out.append(e)
    return out


def _fuller_names(entities: list[Entity]) -> list[Entity]:
    """A body named with fewer words of its full name in another article ("Indonesia's
    disaster agency" / "Indonesia's disaster management agency") is that body: its words, two
    or more and the same last one, all stand in exactly one fuller name of the story's."""
    kinds = ("organization", "office")
    names = sorted({e.name for e in entities if e.kind in kinds})
    words = {n: _head_last([w for w in entity_key(n).split() if w not in ACRONYM_SKIP]) for n in names}
    # each distinct name once, against the names of its own last word only: a corpus has
    # thousands of names and a hundred thousand claims
    by_last: dict[str, list[str]] = {}
    for n in names:
        if words[n]:
            by_last.setdefault(words[n][-1], []).append(n)
    fullest: dict[str, str] = {}
    for n in names:
        mine = words[n]
        if len(mine) >= 2:
            fuller = [f for f in by_last[mine[-1]]
                      if f != n and len(words[f]) > len(mine) and set(mine) <= set(words[f])
                      and not _one_of_a_pair(n, f)]
            if not fuller:
                fuller = _by_initials(n, mine, names, words)
            if len(fuller) == 1:
                fullest[n] = fuller[0]
    out = []
    for e in entities:
        if e.kind in kinds and e.name in fullest:
            e = Entity(f"body:{entity_key(fullest[e.name])}", fullest[e.name], e.kind)
        out.append(e)
    return out


def _one_of_a_pair(name: str, fuller: str) -> bool:
    """Whether a fuller name is a pair of which the name is one: "Highland Atlantic Airways"
    in "Albion Air and Highland Atlantic Airways" (`speakers.groups`), a member, not a short
    form of it."""
    mine = set(entity_key(name).split())
    return " and " in fuller and any(mine <= set(entity_key(part).split()) for part in fuller.split(" and "))


def party_ties(entities: Sequence[Entity]) -> list[tuple[str, str, str]]:
    """(group key, member key, why) for each body named as a pair of the story's other
    bodies, "A and B" (`speakers.groups`: "the two suppliers" after "A and B are weighing a
    challenge"): what the two said together is said by each."""
    kinds = ("organization", "office")
    keys = {entity_key(e.name): e.key for e in entities if e.kind in kinds}
    out = []
    for e in sorted({e for e in entities if e.kind in kinds and " and " in e.name}, key=lambda e: e.key):
        members = _members(e.name.split(" and "), keys) or _short_members(e.name.split(" and "), keys)
        for member in members or ():
            out.append((e.key, member, f"{e.name!r} speaks for each of them"))
    return out


# what follows a company's own name in its full name, and is dropped in a short one
_TRADE_WORDS = COMPANY_NAME_ENDINGS | {"power", "group", "holdings", "company", "corporation"}
# the last words of one body's name, which "and" does not split into two bodies
_BODY_HEADS = NON_BUSINESS_WORDS | OFFICE_HEADS | {"board", "office", "bureau", "service", "tribunal",
                                                   "cabinet"}


def _short_members(pieces: list[str], keys: dict[str, str]) -> list[str]:
    """The bodies of `keys` a pair names by a shorter or longer form, each piece a
    capitalised name: "Brightwater and Kestrel" (a joint statement's source) and Brightwater
    Energy, which spoke alone elsewhere. A piece is a body where the words of one begin the
    other's and no other body begins so ("Brightwater" -> "Brightwater Energy"); a piece that
    is no body of the story leaves the others tied ("Kestrel" never spoke alone). Empty where
    a piece is no name ("Department of Trade and industry") or the last ends as a body's name
    does ("Competition and Markets Authority" is one body)."""
    if len(pieces) < 2 or not all(p.strip()[:1].isupper() for p in pieces):
        return []
    last = entity_key(pieces[-1]).split()
    if last and last[-1] in _BODY_HEADS:
        return []  # one body's name: "Competition and Markets Authority", "Energy and Petroleum Board"
    singles = {k: v for k, v in keys.items() if "and" not in k.split()}
    out = []
    for piece in pieces:
        mine = entity_key(_CORP_SUFFIX.sub("", piece.strip())).split()
        if not mine:
            return []
        found = [v for k, v in singles.items() if _begins(mine, k.split()) or _begins(k.split(), mine)]
        if len(found) == 1 and found[0] not in out:
            out.append(found[0])
    return out


def _begins(short: list[str], long: list[str]) -> bool:
    """Whether the words `short` are the name `long` without its trade ("Brightwater" of
    "Brightwater Energy", "Kestrel" of "Kestrel Power Group"), not a common word that begins
    another body's name ("Energy" of "Energy Committee")."""
    return (0 < len(short) <= len(long) and long[: len(short)] == short
            and set(long[len(short):]) <= _TRADE_WORDS and any(len(w) >= 4 for w in short))


def _members(pieces: list[str], keys: dict[str, str]) -> list[str] | None:
    """The entity keys `pieces` (a name split at each "and") make, two or more whole names
    of `keys`, or None: "Competition and Markets Authority" is one name, not two."""
    for k in range(1, len(pieces)):
        first = keys.get(entity_key(" and ".join(pieces[:k])))
        if first is None:
            continue
        rest = keys.get(entity_key(" and ".join(pieces[k:])))
        more = [rest] if rest is not None else _members(pieces[k:], keys)
        if more:
            return [first, *more]
    return None


def _head_last(words: list[str]) -> list[str]:
    """A body's significant words with its head last, as an English compound has it: "Department
    of Transportation" is the "transportation department" ("the city's transportation
    department" in another article), "Ministry of Health" the "health ministry"."""
    if len(words) >= 2 and words[0] in OFFICE_HEADS:
        return [*words[1:], words[0]]
    return words


def _by_initials(name: str, mine: list[str], names: list[str], words: dict[str, list[str]]) -> list[str]:
    """The fuller names that hold a name's words, one of them as the initials of a run of
    theirs ("UN's humanitarian office" / "United Nations Office for the Coordination of
    Humanitarian Affairs"); none unless the name has such initials (written in capitals)."""
    initials = [w for w in mine if w.upper() in name.replace(".", "") and 2 <= len(w) <= 4]
    rest = [w for w in mine if w not in initials]
    if not initials or not rest:
        return []
    out = []
    for f in names:
        theirs = words[f]
        runs = {"".join(x[0] for x in theirs[k : k + n]) for n in range(2, 5)
                for k in range(len(theirs) - n + 1)}
        if f != name and set(rest) <= set(theirs) and all(w in runs for w in initials):
            out.append(f)
    return out


def _generic_names_in_their_article(claims: Sequence[Claim], entities: list[Entity]) -> list[Entity]:
    """A body named by a generic word alone ("The Ministry said", "the Company will") is the
    one body of its own article whose name holds that word ("The Ministry of Economy (SE)
    rejects ..." above it), when the article names exactly one; across articles the word
    names nobody in particular (`_short_names` leaves it alone)."""
    kinds = ("organization", "office")
    by_doc: dict[str, set[tuple[str, str, str]]] = {}
    for claim, e in zip(claims, entities, strict=True):
        if e.kind in kinds and len(entity_key(e.name).split()) > 1:
            by_doc.setdefault(claim.doc_id, set()).add((e.key, e.name, e.kind))
    out = []
    for claim, e in zip(claims, entities, strict=True):
        words = entity_key(e.name).split()
        if e.kind in kinds and len(words) == 1 and words[0] in GENERIC_BODIES:
            named = {x for x in by_doc.get(claim.doc_id, ()) if words[0] in entity_key(x[1]).split()}
            if len(named) == 1:
                key, name, kind = next(iter(named))
                e = Entity(key, name, kind)
        out.append(e)
    return out


# a compass word that places a described body without naming it ("northern", "northwestern")
_COMPASS = re.compile(r"(?:north|south|east|west)(?:ern|east|west|eastern|western)?")
# words after which a description goes on to place its body ("a school board in Ontario")
_PLACE_AFTER = frozenset({"in", "from", "near", "based"})


def _kind_words(name: str) -> tuple[str, ...] | None:
    """The words of its kind a body described rather than named gives, where it places the
    body too: "school board in northwestern Ontario" and "Ontario school board" give
    ("school", "board"), "northern Ohio city" ("city"). None for a name ("Northshore District
    School Board"), and for a bare kind ("the school board", which `_generic_names_in_their_article`
    and the role rules read in its own article)."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k and w in _PLACE_AFTER), len(words))
    head = words[:cut]
    lower = [w for w in head if w.islower()]
    kind = tuple(w for w in lower if not _COMPASS.fullmatch(w))
    placed = cut < len(words) or len(kind) < len(lower) or any(w[:1].isupper() for w in head)
    if not kind or kind[-1] not in DESCRIBED_KINDS or not placed or not head[-1].islower():
        return None
    return kind


def _described_bodies(entities: list[Entity]) -> list[Entity]:
    """A body an article describes and places but does not name ("a school board in
    northwestern Ontario", "the Ontario school board", "a northern Ohio city") is the story's
    one named body whose name holds the words of its kind ("Northshore District School
    Board", "City of Crestwater"); with two such names, or none, it is left as written."""
    kinds = ("organization", "office")
    names = sorted({e.name for e in entities if e.kind in kinds})
    described = {n: kind for n in names if (kind := _kind_words(n)) is not None}
    # each named body once, under its words: a corpus names thousands, and a description is
    # asked only of the names that hold its head word (as in `_fuller_names`)
    by_word: dict[str, list[str]] = {}
    for n in names:
        if n not in described and capitalised_name(n):
            for w in set(entity_key(n).split()):
                by_word.setdefault(w, []).append(n)
    named_as: dict[str, str] = {}
    for n, kind in described.items():
        fits = [f for f in by_word.get(kind[-1], ()) if set(kind) <= set(entity_key(f).split())]
        if len(fits) == 1:
            named_as[n] = fits[0]
    return [Entity(f"body:{entity_key(named_as[e.name])}", named_as[e.name], e.kind)
            if e.kind in kinds and e.name in named_as else e for e in entities]


def title_case(name: str) -> str:
    return " ".join(w.capitalize() if w.islower() else w for w in name.split())


def fold_names(claims: Sequence[Claim], entities: list[Entity]) -> list[Entity]:
    """The entities of `claims` (one each, in order) with each body's names in the story
    folded into one entity (module docstring)."""
    named = _acronyms(entities, declared_initials(claims))
    folded = _described_bodies(_fuller_names(_short_names(_same_words(_spelling_variants(named)))))
    return _generic_names_in_their_article(claims, folded)
