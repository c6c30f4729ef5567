"""The spaCy pipeline component: writes attributions found by `extract` onto each Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from corroborate.extract import Attribution, find_attributions

SPANS_KEY = "corroborate"

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


class AttributionFinder:
    """Finds attributions (source / cue / content) with the rules in `corroborate.extract`.

    The attributions go to `doc._.attributions`; their roles also go to
    `doc.spans["corroborate"]` labelled SOURCE, CUE and CONTENT, so displaCy and spaCy's
    span tools can show them.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        atts = find_attributions(doc)
        doc._.attributions = atts
        spans = []
        for att in atts:
            for role, label in ((att.source, "SOURCE"), (att.cue, "CUE"), (att.content, "CONTENT")):
                for start, end in role:
                    span = doc.char_span(start, end, label=label, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(
    "corroborate_attributions",
    assigns=["doc._.attributions", "doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos"],
    default_config={},
)
def make_attributions(nlp: Language, name: str) -> AttributionFinder:
    """spaCy factory for the attribution finder (registered as an entry point too)."""
    return AttributionFinder(nlp, name)


@Language.component(
    "corroborate_paragraphs",
    assigns=["token.is_sent_start"],
)
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Scraped pages put headlines, captions and list items on lines of their own without a
    final period; the parser would otherwise glue them to the next sentence.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif not tok.is_space:
            pass
    return doc


def attributions_of(doc: Doc) -> list[Attribution]:
    """The attributions the component stored on a Doc."""
    atts = doc._.attributions
    return list(atts) if atts is not None else []
