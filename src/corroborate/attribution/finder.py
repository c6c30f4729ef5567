"""The rules run over one Doc: token rules, document rules, then the clean-up passes."""

from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import LOWER, POS
from spacy.tokens import Doc

from corroborate.attribution.config import AttributionConfig, default_config
from corroborate.attribution.cues import cue_scores
from corroborate.attribution.model import Attribution, RuleContext
from corroborate.attribution.passes import PASSES
from corroborate.attribution.quotes import find_quotes
from corroborate.attribution.refusals import is_refusal_verb
from corroborate.attribution.registry import document_rules, pattern_anchors, token_rules
from corroborate.attribution.spans import doc_text


def find_attributions(doc: Doc, *, config: AttributionConfig | None = None) -> list[Attribution]:
    """All attributions in a parsed Doc, univocal and sorted by content start.

    Args:
        doc: A Doc parsed by a pipeline with a dependency parser and lemmatizer.
        config: The rules' settings (the component's config); by default the module settings
            of `corroborate.attribution.config` and `cues` as they are now.

    Returns:
        Attributions in character offsets of `doc.text`, each naming the rule that built it.
    """
    if config is None:
        config = default_config()
    ctx = RuleContext(doc=doc, quotes=find_quotes(doc_text(doc)), scores=cue_scores(doc), config=config)
    found = _token_attributions(ctx)
    for rule in document_rules(config.disabled_rules):
        found += [_named(a, rule.name) for a in rule.build(ctx, found)]
    for clean_up in PASSES:
        found = clean_up(ctx, found)
    return found


def _token_attributions(ctx: RuleContext) -> list[Attribution]:
    """What the token rules build, token by token; collects the refusal verbs on the way."""
    doc = ctx.doc
    rules = token_rules(ctx.config.disabled_rules)
    ctx.matched = pattern_anchors(doc, rules)
    disabled = ctx.config.disabled_rules
    found: list[Attribution] = []
    for i in _candidate_indices(doc):
        tok = doc[i]
        if is_refusal_verb(tok):
            ctx.refusals.append(tok)  # "declined", "refused": read after the other rules
        for rule in rules:
            if not rule.anchor(tok, ctx):
                continue
            att = rule.build(tok, ctx)
            if att is None and rule.fallthrough:
                continue
            if att is not None and att.rule not in disabled:  # a delegated rule switched off
                found.append(_named(att, rule.name))
            break
    return found


def _named(att: Attribution, name: str) -> Attribution:
    """`att` with `rule` set to `name`, unless a delegated rule named it already."""
    return att if att.rule else replace(att, rule=name)


# Every rule starts from a token with one of these coarse tags, or one of these words.
_CANDIDATE_POS = ("VERB", "AUX", "ADJ", "NOUN", "ADP")
_CANDIDATE_WORDS = ("according", "per", "in")


def _candidate_indices(doc: Doc) -> list[int]:
    """The tokens a rule may start from, read from the Doc's arrays: most tokens are no
    candidate, and building a Token object for each costs more than the rules themselves."""
    strings = doc.vocab.strings
    arr = doc.to_array([POS, LOWER])
    keep = numpy.isin(arr[:, 0], [strings.add(t) for t in _CANDIDATE_POS]) | numpy.isin(
        arr[:, 1], [strings.add(w) for w in _CANDIDATE_WORDS])
    return [int(i) for i in numpy.flatnonzero(keep)]
