"""Hand-built Docs written out one token a row, and one check of what the rules found."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc, Span

from corroborate.attribution import Attribution
from tests.attribution.helpers import assert_rule, roles

# the span group the trained cue finder writes its scored cue heads to (`doc.spans`)
CUE_SPANS_KEY = "cue_heads"

# word, head (absolute index), dep, coarse tag, fine tag, lemma
Row = tuple[str, int, str, str, str, str]


def build(
    make_doc: Callable[..., Doc],
    text: str,
    rows: Sequence[Row],
    *,
    ents: Mapping[int, str] | None = None,
    cue_scores: Mapping[int, float] | None = None,
) -> Doc:
    """A Doc with the parse in `rows`.

    Args:
        make_doc: The `make_doc` fixture.
        text: The sentence; the rows' words in order, each followed by one space or none.
        rows: One row per token, as the pipeline parsed (or misparsed) it.
        ents: Entity labels by token index, each token of an entity listed ("B-"/"I-" are
            worked out: consecutive tokens with one label are one entity).
        cue_scores: What the trained cue finder scored, by token index; without it the Doc
            looks like one the cue finder never saw, and the rules decide alone.
    """
    words, heads, deps, pos, tags, lemmas = (list(col) for col in zip(*rows, strict=True))
    spaces: list[bool] = []
    at = 0
    for word in words:
        assert text.startswith(word, at), f"{word!r} is not at {at} in {text!r}"
        at += len(word)
        spaces.append(text[at : at + 1] == " ")
        at += spaces[-1]
    iob: list[str] | None = None
    if ents:
        iob = []
        for i in range(len(rows)):
            label = ents.get(i)
            if label is None:
                iob.append("O")
            else:
                iob.append(("I-" if ents.get(i - 1) == label else "B-") + label)
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags,
                   spaces=spaces, ents=iob)
    assert doc.text == text
    if cue_scores is not None:
        group = [Span(doc, i, i + 1) for i in sorted(cue_scores)]
        doc.spans[CUE_SPANS_KEY] = group
        doc.spans[CUE_SPANS_KEY].attrs["scores"] = [[cue_scores[s.start]] for s in group]
    return doc


# source, cue, content (as text) and the rule that built the attribution
Found = tuple[str, str, str, str]


def assert_found(text: str, atts: Sequence[Attribution], expected: Sequence[Found]) -> None:
    """The attributions' roles are `expected`'s, in order, and each was built by its rule."""
    assert [roles(text, a) for a in atts] == [e[:3] for e in expected]
    for att, (*_, rule) in zip(atts, expected, strict=True):
        assert_rule(att, rule)
