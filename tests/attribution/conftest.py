"""Hand-built Docs here carry English lexical attributes (`lower_`, `is_punct`, `is_quote`)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.vocab import Vocab


@pytest.fixture(scope="session")
def en_vocab() -> Vocab:
    """The rules read lowercase forms and punctuation flags, which a bare `Vocab()` leaves
    empty: `make_doc` builds its Docs on English's vocabulary here."""
    return English().vocab
