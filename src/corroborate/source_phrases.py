"""The words of a source phrase the source graph reads (`corroborate.sources`): the states a
phrase names, a person's role and the office beside it, the capitalised runs a title stands
beside. Phrases only: no claims, no entities, no Doc.

Kept apart from `sources` so that each module stays one reader's length (`STYLE.md`): the graph
there asks these for every claim it ties.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corroborate import lexicon as lx
from corroborate.lexicon import gazetteer as gz
from corroborate.lexicon.sources import MORE_TITLE_WORDS
from corroborate.lexicon.speakers import SPEAKER_ROLE_NOUNS
from corroborate.source_names import entity_key as _key


def _state_aliases() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for state, names in gz.STATES.items():
        for name in sorted(set(names), key=len, reverse=True):
            # short upper-case forms must match as written ("US", not "us")
            flags = 0 if name.isupper() or len(name) <= 3 else re.IGNORECASE
            out.append((re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w])", flags), state))
    return out


_STATE_PATTERNS = _state_aliases()


@lru_cache(maxsize=65536)
def states_named(text: str) -> tuple[str, ...]:
    """The states a phrase names by name, short form, demonym or capital ("U.S. officials")."""
    found = {state for pattern, state in _STATE_PATTERNS if pattern.search(text)}
    return tuple(sorted(found))


@lru_cache(maxsize=65536)
def seat(text: str) -> str | None:
    """The seat of government a phrase names ("the Kremlin", "the White House"), if any."""
    key = _key(text)
    for name in sorted(gz.SEATS, key=len, reverse=True):
        if re.search(rf"\b{re.escape(name)}\b", key):
            return name
    return None


_ROLE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(gz.SPOKES_ROLES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_FOR_ORG = re.compile(
    r"\b(?:" + "|".join(sorted(gz.SPOKES_ROLES, key=len, reverse=True))
    + r")\s+(?:for|of|at|from|to)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s*)+)",
)
_CAP_RUN = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s*$")
# (with "and" between two capitals: "Energy and Petroleum Cabinet Secretary")
CAP_RUNS = re.compile(r"(?<![\w.])((?:[A-Z][\w.&'’-]*\s+(?:and\s+(?=[A-Z]))?){0,4}[A-Z][\w.&'’-]*)")
# title words a capitalised run may end with: "Economy Secretary", "PAGASA Administrator"
TITLE_WORDS = frozenset(gz.SPOKES_ROLES) | frozenset(SPEAKER_ROLE_NOUNS) | MORE_TITLE_WORDS
# a person who speaks for a role's holder: "a spokeswoman for the mayor", "an aide to the governor"
SPOKES_FOR_ROLE = re.compile(
    r"(?<!former )\b(?:spokes(?:man|woman|person)|press secretary|aide|adviser|advisor)\s+(?:for|to)"
    r"\s+the\s+(\w+)\b(?!['’]s)",
    re.IGNORECASE)
# a role word that names another's role, not its holder's ("a critic of the mayor", "running
# for president"), and one a qualifier makes no current holder's ("Deputy Mayor", "former
# mayor"): `SourceGraph._one_holder`
OF_A_ROLE = re.compile(r"\b(?:of|for|to|against|with|by|about|on)\s+(?:the\s+)?$", re.IGNORECASE)
QUALIFIED_ROLE = re.compile(r"\b(?:deputy|former|ex-?|vice|lieutenant|assistant|late)\s*$",
                            re.IGNORECASE)
# roles a person hires to speak for them: "Felt's lawyer", "her publicist"
AGENT_ROLES = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "counsel",
                          "publicist", "agent", "representative", "rep"})


def title_before(before: list[str]) -> bool:
    """A title word before a run's "at"/"of"/"for", back to a comma: "solicitor at CPAG",
    "Head of Art Loss and Recovery at Aldwyn" (a title of a few words)."""
    for word in reversed(before[-7:-1]):
        if word.lower().strip(",") in TITLE_WORDS:
            return True
        if word.endswith((",", ".")):
            return False
    return False


def offices_of_person(source_text: str, name: str) -> set[str]:
    """Offices a person's source phrase ties them to: "Kremlin Spokesman Dmitry Peskov",
    "Adrienne Watson, the spokeswoman for the National Security Council", "an official from
    Seoul's unification ministry". Returns office keys (lowercased names)."""
    offices: set[str] = set()
    if not _ROLE_RE.search(source_text):
        return offices
    text = source_text
    for part in name.split():
        text = text.replace(part, " ")
    # "X spokesman", "White House national security spokesman": the capitalised run before
    # the role (lower-case modifiers between are allowed)
    for m in _ROLE_RE.finditer(text):
        before = re.sub(r"(?:\s+[a-z][\w-]*)+\s*$", "", text[: m.start()].rstrip())
        run = _CAP_RUN.search(before)
        if run:
            words = [w for w in run.group(1).split() if w.lower() not in ("the", "a", "an")]
            if words:
                offices.add(_key(" ".join(words)))
    for m in _FOR_ORG.finditer(text):
        offices.add(_key(m.group(1)))
    seated = seat(source_text)
    if seated:
        offices.add(seated)
    lowered = source_text.lower()
    for inst in ("ministry", "department", "council", "office", "agency", "commission", "embassy"):
        found = re.search(rf"((?:[\w'’]+\s+){{0,3}}){inst}\b", lowered)
        if found:
            offices.add(_key(found.group(0)))
    return {o for o in offices if o and o != _key(name)}


_ROLE_WORDS = sorted(gz.PERSON_ROLES, key=len, reverse=True)
_ROLE_HEAD = re.compile(r"^(?P<pre>.*?)\b(?P<role>" + "|".join(map(re.escape, _ROLE_WORDS)) + r")$")
_ROLE_FOR = re.compile(
    r"^(?:(?:the|a|an|his|her|its|their)\s+)?(?P<role>" + "|".join(map(re.escape, _ROLE_WORDS))
    + r")\s+(?:for|of|at|with|from|to)\s+(?:the\s+)?(?P<owner>.+)$"
)
# "Tara Reid's publicist", "Putin's spokesman": a role whose owner is named before it
_ROLE_OF = re.compile(
    r"^(?:the\s+)?(?P<owner>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.-]*)'s?\s+(?P<role>"
    + "|".join(map(re.escape, _ROLE_WORDS)) + r")$"
)
# "Netanyahu's office", "the Clinton campaign", "Trump's team": a body that speaks for a person
OWNER_VOICE = re.compile(
    r"^(?:the\s+)?(?P<owner>(?:[A-Z][\w.'-]*\s+){0,3}?[A-Z][\w.-]*?)(?:'s?)?\s+"
    r"(?:office|campaign|team|camp|press office|administration|government|staff)$"
)
ROLE_ANY = re.compile(r"\b(?:" + "|".join(map(re.escape, _ROLE_WORDS)) + r")\b", re.IGNORECASE)


def role_of(name: str) -> tuple[str, str] | None:
    """An unnamed person known by a role: ("spokesperson", owner key or "").

    "rep", "her publicist", "a spokeswoman for the Indian navy" ("indian navy"), "a DWP
    spokesperson" ("dwp"), "Tara Reid's rep" ("tara reid"), "the American Pie star's rep" (no
    owner: a description, not a name)."""
    text = name.strip().replace("’", "'")
    m = _ROLE_FOR.match(text)
    if m and text[:1].islower():
        return gz.PERSON_ROLES[m.group("role")], _key(m.group("owner"))
    m = _ROLE_OF.match(text)
    if m:
        return gz.PERSON_ROLES[m.group("role")], _key(m.group("owner"))
    m = _ROLE_HEAD.match(text)
    if not m:
        return None
    determiners = ("the", "a", "an", "his", "her", "its", "their")
    pre = [w for w in m.group("pre").split() if w.lower() not in determiners]
    if pre and all(w[:1].isupper() for w in pre):
        # "A DWP spokesperson", "an F.D.A. spokeswoman", "Kremlin spokesman": an unnamed
        # holder of the role at the body the capitalised words name (a name of its own
        # would stand after the role: "Kremlin spokesman Dmitry Peskov")
        return gz.PERSON_ROLES[m.group("role")], _key(" ".join(pre))
    if pre and pre[-1] in lx.GOVERNMENT_WORDS:
        # "a police spokeswoman", "an army spokesman": the body the noun names, which the
        # graph finds among the story's bodies ("Suffolk Police")
        return gz.PERSON_ROLES[m.group("role")], pre[-1]
    return gz.PERSON_ROLES[m.group("role")], ""
