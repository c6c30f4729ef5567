"""Code that `spacy train --code training/cues_code.py` needs for the cue finder.

Registers the model architecture and the paragraph component (by importing
`corroborate.components`), and a corpus reader of parsed Docs.

Why a reader of parsed Docs: the cue finder reads the tagger's and parser's labels (POS, DEP,
LEMMA). spaCy's own corpus reader hands a training step bare tokens, so those components
would have to parse every batch of every epoch again (frozen components still run when they
annotate); the parse of the training texts never changes, so scripts/train_cues.py parses
them once, with the same pipeline that runs at run time, and this reader hands out copies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry

import corroborate.components  # noqa: F401  (registers corroborate.CueEncoder.v1)


@registry.readers("corroborate.ParsedCorpus.v1")
def parsed_corpus(path: Path, parsed: bool = True) -> Callable[[Language], Iterator[Example]]:
    """Examples whose reference Doc has the gold spans; the predicted Doc keeps the parse.

    Args:
        path: A DocBin of parsed Docs with the gold spans in ``doc.spans``.
        parsed: Whether the predicted Doc keeps the stored parse (training) or is bare tokens
            (evaluation, where the whole pipeline runs as it does at run time).
    """

    def read(nlp: Language) -> Iterator[Example]:
        for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
            if parsed:
                predicted = doc.copy()
                predicted.spans.clear()
            else:
                predicted = Doc(nlp.vocab, words=[t.text for t in doc],
                                spaces=[bool(t.whitespace_) for t in doc])
            yield Example(predicted, doc)

    return read
