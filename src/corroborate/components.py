"""The spaCy pipeline component: writes attributions found by `corroborate.attribution` onto each Doc."""

from __future__ import annotations

import re
from typing import cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed, tok2vec_listener_v1
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import Maxout, Model, chain, concatenate, with_array
from thinc.types import Floats2d, Ints2d

from corroborate.attribution import Attribution, AttributionConfig, find_attributions
from corroborate.attribution.config import PROPOSITIONS, RELAYS
from corroborate.attribution.cues import CUE_ADD, CUE_COLON_QUOTE, CUE_DROP
from corroborate.attribution.passes import HYPHENS, dateline_at
from corroborate.attribution.registry import check_rule_names
from corroborate.docspans import read_attributions, write_attributions
from corroborate.lexicon.speakers import COMPANY_NAME_ENDINGS, CORPORATE_SUFFIXES, NAME_TITLES


class AttributionFinder:
    """Finds attributions (source / cue / content) with the rules in `corroborate.attribution`.

    The attributions go to `doc.spans["corroborate"]` (`corroborate.docspans`): its spans are
    their roles labelled SOURCE, CUE and CONTENT, so displaCy and spaCy's span tools can show
    them, and its attrs hold the attributions as plain records, so the Doc serialises
    (`Doc.to_bytes`, `DocBin`, `nlp.pipe(n_process=2)`). `attributions_of` reads them back.
    """

    def __init__(self, nlp: Language, name: str, *, config: AttributionConfig | None = None) -> None:
        self.name = name
        self.config = config if config is not None else AttributionConfig()

    def __call__(self, doc: Doc) -> Doc:
        write_attributions(doc, find_attributions(doc, config=self.config))
        return doc


@Language.factory(
    "corroborate_attributions",
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos"],
    default_config={
        "cue_add": CUE_ADD,
        "cue_drop": CUE_DROP,
        "cue_colon_quote": CUE_COLON_QUOTE,
        "relays": RELAYS,
        "propositions": PROPOSITIONS,
        "disabled_rules": [],
    },
)
def make_attributions(
    nlp: Language, name: str, cue_add: float, cue_drop: float, cue_colon_quote: float, relays: bool,
    disabled_rules: list[str], propositions: bool = PROPOSITIONS,
) -> AttributionFinder:
    """spaCy factory for the attribution finder (registered as an entry point too).

    Args:
        cue_add: Cue finder score at which a verb no rule knows is read as a cue.
        cue_drop: Score under which a lexicon cue verb is skipped.
        cue_colon_quote: Score at which a verb with a subject, a colon and a quote is a cue.
        relays: Read nested speech as a relay (the inner claim), not as the outer claim.
        propositions: Give each of a cue's coordinated "that" clauses a claim of its own.
        disabled_rules: Rules switched off, by name (`corroborate.attribution.registry`):
            `nlp.add_pipe("corroborate_attributions", config={"disabled_rules": ["according.per"]})`.

    Raises:
        ValueError: If a disabled rule's name is no registered rule.
    """
    config = AttributionConfig(cue_add=cue_add, cue_drop=cue_drop, cue_colon_quote=cue_colon_quote,
                               relays=relays, propositions=propositions,
                               disabled_rules=check_rule_names(disabled_rules))
    return AttributionFinder(nlp, name, config=config)


@Language.component(
    "corroborate_entities",
    assigns=["doc.ents"],
    requires=["doc.ents"],
)
def whole_word_entities(doc: Doc) -> Doc:
    """An entity ends with its word: the tokenizer splits "Kang Min-seok" and "CGT-Cheminots"
    at the hyphen, and the recogniser may stop there ("Kang Min", "CGT"), which made "Kang"
    in the next sentence a person "Kang Min" and the union "CGTCheminots". An entity that
    stops before a hyphen joined to both words is widened over the rest of the word, unless
    that belongs to another entity.
    """
    ents = companies_by_trade(titled_names(doc, bodies_named_for_places(doc, list(doc.ents))))
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    out = []
    for ent in ents:
        end = ent.end
        while (end + 1 < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text in HYPHENS
               and doc[end].whitespace_ == "" and doc[end + 1].is_alpha and end + 1 not in taken
               and end not in taken):
            end += 2
        out.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label))
    if len(out) != len(doc.ents) or any(a is not b for a, b in zip(out, doc.ents, strict=True)):
        doc.ents = out
    return doc


def companies_by_trade(ents: list[Span]) -> list[Span]:
    """"Halberg Chemie said ...": the small recogniser tags some company names a person. A
    person of two or more words whose last word is a trade that ends company names
    (`COMPANY_NAME_ENDINGS`: "Chemie", "Airways", "Pharmaceuticals") or a corporate suffix
    ("Sarvana Pharma Inc", "Acme GmbH") is an organisation."""
    out = []
    for ent in ents:
        last = ent[-1]
        if ent.label_ == "PERSON" and len(ent) >= 2 and (
                (last.is_title and last.lower_ in COMPANY_NAME_ENDINGS) or last.lower_ in CORPORATE_SUFFIXES):
            ent = Span(ent.doc, ent.start, ent.end, label="ORG")
        out.append(ent)
    return out


# words before a place that belong to the place, not to a body's name ("Northern Ireland")
_PLACE_WORDS = frozenset("north south east west northern southern eastern western central greater "
                         "new upper lower".split())


def bodies_named_for_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Energy UK said ...", "Cancer Research UK": a capitalised word compounded onto a place
    names a body, not the state; the small recogniser tags only "UK" (GPE), and the
    speaker became the United Kingdom. The words and the place become one ORG entity."""
    out: list[Span] = []
    changed = False
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    for ent in ents:
        start = ent.start
        while (ent.label_ == "GPE" and start > 0 and doc[start - 1].pos_ == "PROPN"
               and doc[start - 1].is_title and doc[start - 1].is_alpha
               and doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end
               and start - 1 not in taken and doc[start - 1].lower_ not in _PLACE_WORDS
               and doc[start - 1].lower_ not in NAME_TITLES):
            start -= 1
        prev = out[-1] if out else None
        if (ent.label_ == "GPE" and start == ent.start and prev is not None and prev.label_ == "ORG"
                and prev.end == ent.start and doc[prev.end - 1].dep_ == "compound"
                and ent.start <= doc[prev.end - 1].head.i < ent.end):
            start = out.pop().start  # "Energy" (ORG) "UK" (GPE): one name
        if start != ent.start:
            out.append(Span(doc, start, ent.end, label="ORG"))
            changed = True
        else:
            out.append(ent)
    return out if changed else ents


def titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Carrick Lake Mayor Doreen Fehr ordered ...": the small recogniser read "Carrick Lake"
    as the person and missed "Doreen Fehr"; in "Mayor Fehr said" it reads "Fehr" as an
    organisation. The capitalised proper nouns after a title word (`NAME_TITLES`) that ends
    a capitalised run are a person's name: they become a PERSON entity, replacing any entity
    they overlap. Not when the title word is itself inside an entity ("General Motors",
    "the Inspector General's Office"), nor for a run of more than three names."""
    covered = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    for tok in doc:
        if (tok.lower_.rstrip(".") not in NAME_TITLES or not tok.text[:1].isupper()
                or tok.i in covered or tok.i + 1 >= len(doc)):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and doc[end].pos_ == "PROPN" and (
                doc[end].is_title and doc[end].is_alpha and doc[end - 1].whitespace_):
            end += 1
        names = doc[tok.i + 1 : end]
        if not 1 <= len(names) <= 3 or any(t.lower_ in NAME_TITLES for t in names):
            continue  # "Chief Executive Officer Tim Cook": the last title word reads it
        if names[0].ent_type_ == "PERSON" and covered[names[0].i].start == names[0].i and (
                covered[names[0].i].end >= end):
            continue  # the recogniser has it
        found.append(Span(doc, names.start, names.end, label="PERSON"))
    if not found:
        return ents
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [ent for ent in ents if not any(i in taken for i in range(ent.start, ent.end))]
    return sorted(kept + found, key=lambda e: e.start)


@Language.component(
    "corroborate_paragraphs",
    assigns=["token.is_sent_start"],
)
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break and after a wire dateline; none right after an
    initialism that opens a sentence.

    Scraped pages put headlines, captions and list items on lines of their own without a
    final period; the parser would otherwise glue them to the next sentence. The parser
    respects boundaries set before it runs, both ways.
    """
    if doc.has_annotation("DEP"):
        return doc  # parsed already (a Doc read back with its parse): sentences are fixed
    # the boundaries are decided into an array and written once: each `token.is_sent_start`
    # assignment checks the whole Doc for a parse (4 s for a 100,000-character chunk)
    starts = doc.to_array([SENT_START]).astype("int64")  # 1 start, -1 none, 0 undecided
    line_starts = {0}
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            starts[tok.i] = 1
            line_starts.add(tok.i)
    text = doc.text  # once: spaCy joins the tokens anew on every access
    for start in sorted(line_starts):
        after = _dateline_end(doc, text, start)
        if after is not None:
            starts[after] = 1
    for tok in doc[1:]:
        if starts[tok.i] != 0:
            continue
        prev = doc[tok.i - 1]
        if tok.text in (",", ";"):
            starts[tok.i] = -1  # no sentence opens with a comma (", the agency said.")
        elif prev.is_alpha and "\n" not in prev.whitespace_ and not tok.is_space:
            # nor right after a word on the same line: the parser cut "Jane" off "Jane Lowe
            # and Tom Beck have separated" below a headline; a sentence ends in punctuation
            starts[tok.i] = -1
    for tok in doc[:-1]:
        # "U.S. Steel will be acquired ...": an initialism opening a sentence ends none (the
        # parser took its full stop for one and left "Steel will be acquired" without it)
        opens = tok.i in line_starts or doc[tok.i - 1].text in (".", "!", "?")
        if opens and _INITIALISM.match(tok.text) and not doc[tok.i + 1].is_space:
            starts[tok.i + 1] = -1
    starts[0] = 1
    # one column of spaCy's dtype (uint64; -1 wraps around and reads back as -1)
    doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64").reshape(-1, 1)))
    return doc


_INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")


def _dateline_end(doc: Doc, text: str, start: int) -> int | None:
    """The token after a wire dateline that opens a paragraph ("KYIV, Ukraine (AP) — "), so
    that the sentence after it parses on its own: the parser otherwise makes the place the
    subject of the sentence's verb and the report a clause of it.

    The dateline is `attribution.passes.dateline_at`'s (a short place in capitals, or a date,
    with its wire and a dash), which the attribution rules also cut from a content; a
    capitalised word must follow. An all-capitals section head ("FELLOW DOCTORS DON'T WANT TO
    ... — ") is too long for one and is left to the parser."""
    if start >= len(doc):
        return None
    found = dateline_at(text, doc[start].idx)
    if found is None or not text[found.end() : found.end() + 1].isupper():
        return None
    after = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
    return after.start if after is not None and after.start > start else None


def attributions_of(doc: Doc) -> list[Attribution]:
    """The attributions the component stored on a Doc (none if it did not run on it)."""
    return read_attributions(doc)


def cue_encoder(
    upstream_width: int, feature_width: int, attrs: list[str], rows: list[int], width: int, depth: int,
    pieces: int = 2,
) -> Model[list[Doc], list[Floats2d]]:
    """Token vectors for the cue finder: the shared tok2vec's output and the parse, re-encoded.

    The base pipeline's tok2vec (read through a listener, so it is computed once) knows the
    words in context; hashed embeddings of the tagger's and parser's own labels (``attrs``,
    e.g. LEMMA, POS, DEP) add what those components decided, which the tok2vec alone only
    anticipates. Both are concatenated, projected to ``width`` and passed through ``depth``
    convolutional layers of the cue finder's own (maxout with ``pieces`` pieces).
    """
    listener = tok2vec_listener_v1(width=upstream_width, upstream="tok2vec")
    features = MultiHashEmbed(width=feature_width, attrs=attrs, rows=rows, include_static_vectors=False)
    project = Maxout(nO=width, nI=upstream_width + feature_width, nP=pieces, normalize=True, dropout=0.0)
    encode = MaxoutWindowEncoder(width=width, window_size=1, maxout_pieces=pieces, depth=depth)
    model: Model[list[Doc], list[Floats2d]] = chain(
        concatenate(listener, features), with_array(project), encode
    )
    model.set_dim("nO", width)
    return model


# Registered by call rather than as a decorator, which mypy --strict cannot see through.
registry.architectures.register("corroborate.CueEncoder.v1", func=cue_encoder)
