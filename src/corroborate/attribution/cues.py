"""The trained cue finder's scores (`doc.spans["cue_heads"]`) and the rules' thresholds on them."""

from __future__ import annotations

from spacy.tokens import Doc

CUE_SPANS_KEY = "cue_heads"


# The rules build an attribution around a token the trained cue finder (models/cue_heads)
# scores at least CUE_ADD when no rule does ("lauded", "is seizing on", a lexicon verb whose
# content the rules could not find), and skip a lexicon verb it scores below CUE_DROP. Set on
# PolNeAR dev (models/README.md has the grid): every setting from 0.2 to 0.6 lies within half a
# point of F1 on all relations; 0.4 (0.3 before the rules of 2026-11-24's third round) keeps
# that and gains on quotes and reporting verbs, checked on train too.
CUE_ADD = 0.4
CUE_DROP = 0.05
# ... and at least CUE_COLON_QUOTE when the token is a verb with a subject, followed by a colon
# and a quote ("he demurred: “...”").
CUE_COLON_QUOTE = 0.1


def cue_scores(doc: Doc) -> dict[int, float] | None:
    """Token index -> probability that the token heads a cue, from the trained cue finder.

    Returns:
        None when the Doc was not processed by the cue finder (a pipeline without it): the
        rules then decide alone. Tokens the finder left out score 0.
    """
    if CUE_SPANS_KEY not in doc.spans:
        return None
    group = doc.spans[CUE_SPANS_KEY]
    scores = group.attrs.get("scores")
    if scores is None:
        return {}
    return {span.start: float(scores[k][0]) for k, span in enumerate(group)}
