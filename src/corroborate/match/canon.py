"""Speakers across articles: one canonical spelling per person (Shoigu / Shoygu, Kim Jong-un /
Kim Jong Un), and whether two claims can come from one source."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from corroborate import lexicon as lx
from corroborate.contrast import levenshtein
from corroborate.lexicon.speakers import HONORIFIC_GENDER
from corroborate.schema import Claim
from corroborate.sources import SourceGraph

# ("Lady" stays: "Lady Gaga" is a name)
HONORIFICS = frozenset(h.rstrip(".") for h in HONORIFIC_GENDER if h != "lady") | {"dr", "prof"}


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-insensitive key: no accents, hyphens, case or leading honorific ("Kim Jong-un" ->
    "kim jong un", "Ms Whitfield" -> "whitfield")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[‐‑‒–—\-]", " ", text.lower())
    text = re.sub(r"[^\w\s]", "", text)
    words = text.split()
    # "Ms Whitfield" (British style, no full stop, which the tagger keeps in the name) is
    # "Whitfield": an honorific is no part of the name it stands before
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _edit(a: str, b: str) -> int:
    # only "close or not" matters here: skip the table for clearly different lengths
    return 3 if abs(len(a) - len(b)) > 2 else levenshtein(a, b)


def same_person(a: str, b: str) -> bool:
    """Transliteration variants: Sergey Shoygu / Sergei Shoigu, Kim Jong Un / Kim Jong-un."""
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    la, lb = ta[-1], tb[-1]
    if la != lb and not (min(len(la), len(lb)) >= 5 and _edit(la, lb) <= 1):
        return False
    # first names: absent on one side, or close ("Sergey"/"Sergei", "Jong"/"Jong")
    fa, fb = ta[:-1], tb[:-1]
    if not fa or not fb:
        return True
    return all(
        any(x == y or (len(x) >= 4 and _edit(x, y) <= 1) for y in fb) for x in fa
    ) or all(any(x == y or (len(x) >= 4 and _edit(x, y) <= 1) for y in fa) for x in fb)


def canonical_speakers(claims: Sequence[Claim]) -> dict[str, str]:
    """Map every speaker name in the claims to one canonical spelling across articles.

    Person names that are spelling variants of one another join; the canonical form is the
    fullest, then most frequent, then alphabetically first spelling.

    Each name joins the first representative (in that order) it matches. Representatives are
    indexed by their key and, for persons, by the one-letter deletions of their last word,
    which any last word `same_person` accepts shares (equal, or one edit apart), so a name is
    compared with a handful of them rather than all: at 100,000 claims the scan of every
    representative took 8 million comparisons.
    """
    counts = Counter(c.speaker for c in claims if c.speaker)
    kinds = {c.speaker: c.speaker_kind for c in claims if c.speaker}
    names = sorted(counts, key=lambda n: (-len(name_key(n).split()), -counts[n], n))
    canon: dict[str, str] = {}
    reps: list[str] = []
    by_key: dict[str, list[int]] = defaultdict(list)
    by_last: dict[str, list[int]] = defaultdict(list)
    for name in names:
        key = name_key(name)
        person = kinds.get(name) == "person" and spelled_name(name)
        found = list(by_key.get(key, ()))
        if person and key:
            found += [r for d in _deletions(key.split()[-1]) for r in by_last.get(d, ())]
        matches = [r for r in found if name_key(reps[r]) == key or (
            person and kinds.get(reps[r]) == "person" and spelled_name(reps[r])
            and same_person(key, name_key(reps[r])))]
        if matches:
            canon[name] = reps[min(matches)]
            continue
        canon[name] = name
        by_key[key].append(len(reps))
        if person and key:
            for d in _deletions(key.split()[-1]):
                by_last[d].append(len(reps))
        reps.append(name)
    _surnames_read_as_nouns(canon, kinds, reps)
    return canon


def _surnames_read_as_nouns(canon: dict[str, str], kinds: Mapping[str, str], reps: list[str]) -> None:
    """A one-word lowercase group that is the surname of exactly one named person of the
    story is that person: "Mills told reporters ..." with "Mills" tagged a plural common noun
    gives the group "mills", which "U.S. Attorney Karen Mills" in another article names.
    The group words of the lexicon ("officials", "witnesses") are never surnames here."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for rep in reps:
        words = name_key(rep).split()
        if kinds.get(rep) == "person" and spelled_name(rep) and len(words) >= 2:
            by_surname[words[-1]].add(rep)
    for name, rep in canon.items():
        if name == rep and name.isalpha() and name.islower() and kinds.get(name) != "person" and (
                name not in lx.COLLECTIVE_NOUNS) and len(by_surname.get(name, ())) == 1:
            canon[name] = next(iter(by_surname[name]))


def spelled_name(name: str) -> bool:
    """Whether a person speaker is written as a name, whose spellings may vary: not an unnamed
    role ("spokesman") nor an owned one ("Putin's spokesman"), which share a last word with
    every other holder of the role."""
    return name[:1].isupper() and "'s " not in name.replace("’", "'") + " "


def _deletions(word: str) -> set[str]:
    """The word and every form of it with one letter deleted."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def speakers_compatible(a: Claim, b: Claim, canon: dict[str, str]) -> bool:
    """Whether two claims can come from one source (`SourceGraph.link` on the pair alone).

    Kept for callers of earlier versions; the matcher itself builds one graph per story, so
    that links stated in one article (a spokesperson's office) hold for all of them.
    """
    return SourceGraph([a, b], canon).link(0, 1) is not None
