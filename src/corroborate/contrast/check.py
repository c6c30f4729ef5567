"""The contrast check: the kinds of difference in meaning between two near-identical texts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from corroborate.contrast.antonyms import antonym_swap
from corroborate.contrast.dates import date_conflict
from corroborate.contrast.entities import orphans
from corroborate.contrast.modality import modal_root, modal_verbs
from corroborate.contrast.negation import stem
from corroborate.contrast.quantities import (
    corrected_conflict,
    count_conflict,
    money_conflict,
    percent_conflict,
    settle_shares,
    without_conversions,
)
from corroborate.contrast.reading import Reading, read
from corroborate.contrast.roles import role_exchange
from corroborate.contrast.tokens import Tok, same_slot, slot_conflict

#: Every name `differences` can return, sorted.
KINDS: Final = ("antonym", "date", "entity", "modality", "negation", "number", "roles")


def differences(a: str, b: str) -> list[str]:
    """Name the ways two near-identical claim contents differ in meaning.

    Args:
        a: One claim's content.
        b: Another claim's content, already judged similar to `a`.

    Returns:
        Sorted names from `KINDS`: "negation" (one side negated, the other not, in a clause
        whose words the other says: `negation.negated_words`),
        "antonym" (a word swapped for its WordNet opposite in the same place: "rose" /
        "fell", "valid" / "invalid"; only when neither side is negated),
        "number" (different numbers in the same slot, one sum of money each and
        different sums, or shares each gives and the other does not), "date" (different dates or times of
        the same kind), "modality" (different certainty or obligation), "entity" (different
        names in the same slot), "roles" (two names, nouns or numbers that trade roles:
        "Russia accused Ukraine" / "Ukraine accused Russia"; `contrast.roles`). Empty when
        none is found.

    Notes:
        A value found on one side only is extra detail, not a difference: "20 officials"
        against "officials", or "Kim" against "Kim and Putin". A slot is the nearest
        content word either side of the value. Dates compare within a class only
        (weekday, month, day, year, time, relative day, relative period, part of day), so
        "Monday" against "yesterday" passes. Names match across titles ("President
        Putin"/"Putin"), hyphens ("Kim Jong-un"), transliterations ("Shoigu"/"Shoygu"),
        aliases ("DPRK"/"North Korea", "U.S."/"United States") and seats of government
        ("the Kremlin"/"Moscow"/"Russia"); "North Korea" and "Korea" do not match.
        Polarity fires only when one side is negated, the other is not, and the other says a
        word of the negated clause. Modality compares
        hedges ("may", "likely") and obligations ("must", "should"); "will", "would" and no
        modal at all are the same certainty, and "can" (ability) is ignored.
    """
    ra, rb = read(a), read(b)
    found: list[str] = []
    if date_conflict(ra.dates, rb.dates):
        found.append("date")
    a_names, b_names = orphans(ra.entities, rb.entities), orphans(rb.entities, ra.entities)
    if any(same_slot(ra.toks, x, rb.toks, y) for x in a_names for y in b_names):
        found.append("entity")
    if _modality_changed(ra, rb):
        found.append("modality")
    if ra.negated != rb.negated:
        denied, other = (ra.denied, rb.toks) if ra.negated else (rb.denied, ra.toks)
        if any(stem(t.low) in denied for t in other if t.text[:1].isalnum()):
            # the negation denies something the other text says ("Kim will not travel" /
            # "Kim will travel"); a "not" in a clause the other does not carry ("would cost
            # Rs 30 crore and would not materially affect its finances" / "would cost roughly
            # Rs 30 crore") is detail it leaves out, which the judge reads
            found.append("negation")
    elif antonym_swap(a, b):
        found.append("antonym")
    an = without_conversions(ra.toks, settle_shares(ra.numbers, rb.numbers))
    bn = without_conversions(rb.toks, settle_shares(rb.numbers, ra.numbers))
    if (slot_conflict(ra.toks, an, rb.toks, bn) or money_conflict(an, bn) or percent_conflict(
            an, bn, ra.toks, rb.toks) or corrected_conflict(ra.toks, an, rb.toks, bn)):
        found.append("number")
    if role_exchange(a, b) is not None:
        found.append("roles")
    return sorted(found)


def _modality_changed(ra: Reading, rb: Reading) -> bool:
    """Whether two texts' hedges or duties differ on what both say: not a hedge in a relative
    clause only one has (it narrows a noun, not the claim), nor one on a clause the other
    leaves out (`_modal_clause_shared`)."""
    return ra.modality != rb.modality and (
        ra.relative and rb.relative or ra.main_modality != rb.main_modality) and _modal_clause_shared(
        ra.toks, rb.toks)


def _modal_clause_shared(a_toks: Sequence[Tok], b_toks: Sequence[Tok]) -> bool:
    """Whether a text's hedge or duty bears on what the other says: the word a marker governs
    is in the other text ("the plant could close" / "the plant will close"). A duty on a clause
    the other leaves out ("... is prohibited, and all poultry must be kept indoors" / "moving
    poultry is banned in the zones") is detail, as a "not" in such a clause is; the judge
    reads it. Where a marker governs no word it can read, it bears on the claim."""
    stems = ({modal_root(t.low) for t in a_toks}, {modal_root(t.low) for t in b_toks})
    for toks, other in ((a_toks, stems[1]), (b_toks, stems[0])):
        verbs = modal_verbs(toks)
        if verbs is None or verbs & other:
            return True
    return False


def changed_count(a: str, b: str) -> bool:
    """Whether two texts each give one count and the counts differ, the count moved to
    another word ("The fire destroyed 40 homes" / "Fifty houses were destroyed by the blaze",
    "killed 12 people" / "left 15 dead"): `quantities.count_conflict`.

    Not one of the `differences`: a single count in each of two unrelated claims ("two
    officers shot the teenager" / "he pointed a .357 caliber gun at them") is no conflict, and
    as a cannot-link between them it split an ECB+ cluster. The matcher asks it only of a pair
    it would otherwise take for one claim, where a changed count is a changed detail.
    """
    ra, rb = read(a), read(b)
    return count_conflict(ra.toks, ra.numbers, rb.toks, rb.numbers)
