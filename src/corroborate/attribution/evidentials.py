"""Evidentials: "X seemed to Y", "X appeared to Y", the writer's impression with no source."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.model import Attribution, CharSpan
from corroborate.attribution.spans import char_range, expand_to_quotes, is_inside, subtree_range, tok_span
from corroborate.attribution.syntax import cue_tokens


def evidential_attribution(verb: Token, quotes: Sequence[CharSpan]) -> Attribution | None:
    """"Hale appeared to blame junior staff", "the Roe team seemed paralyzed": the
    writer's impression, with no source. The subject belongs to the content, as in PolNeAR
    (75% of its "seem"/"appear" cues have no source), and the claim has no speaker. Before,
    the subject was reported as the source: "Stumpf appeared to ..." read as Stumpf's claim.

    "Xi is expected to skip the event" stays no claim at all (test_extract_labels_are_not_cues):
    PolNeAR annotates it too (82 of 91 train cues with no source), but it is the writer's
    forecast, and unlike "seem" the rules never misread it as someone's claim; counting it
    would add about 0.002 F1 on PolNeAR dev and unsourced forecasts to every report.
    """
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    comp = [c for c in verb.children if c.dep_ in ("xcomp", "acomp", "attr", "ccomp", "oprd")
            and c.i > verb.i]
    if subj is None or not comp or subj.i > verb.i or subj.lower_ in lx.RELATIVE_PRONOUNS:
        return None
    cue = cue_tokens(verb)
    spans = [char_range(doc, *subtree_range(subj)),
             char_range(doc, max(min(c.left_edge.i for c in comp), cue[-1].i + 1),
                    max(c.right_edge.i for c in comp) + 1)]
    if subj.lower_ == "it":  # "it appeared that ...": the clause alone
        spans = spans[1:]
    content = tuple(expand_to_quotes(sp, quotes, doc) for sp in spans if sp is not None)
    if not content or is_inside(tok_span(cue), content):
        return None
    return Attribution(
        source=(), cue=(tok_span(cue),), content=content, cue_lemma=verb.lemma_.lower(),
        kind="passive", stance="asserts", rule="evidentials.seem", source_token=None, cue_token=verb.i,
        confidence=0.5,
    )
