"""The rule registry: names, families, priorities, and rules switched off from the config."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import AttributionConfig, check_rule_names, find_attributions, rule_names
from corroborate.attribution.registry import (
    delegated_rules,
    document_rules,
    pattern_anchors,
    token_rules,
)
from corroborate.components import attributions_of
from corroborate.nlp import BASE_MODEL
from tests.attribution.helpers import roles

TEXT = ("According to the police, the fire started at noon. "
        "The mayor said the school would reopen on Monday.")


def _with_rules(config: dict[str, object]) -> Language:
    """The base pipeline with the rules under `config` (no cue finder: the rules decide)."""
    nlp = spacy.load(BASE_MODEL)
    nlp.add_pipe("corroborate_attributions", config=config)
    return nlp


def test_every_rule_lives_in_the_module_its_family_names() -> None:
    names = rule_names()
    assert len(names) == len(set(names)) >= 17
    for name in names:
        family, construction = name.split(".")
        module = importlib.import_module(f"corroborate.attribution.{family}")
        assert module.__doc__, name
        assert construction


def test_token_rules_run_in_priority_order_verbs_first() -> None:
    rules = token_rules()
    assert [r.priority for r in rules] == sorted(r.priority for r in rules)
    assert rules[0].name == "verbs.cue_verb"
    assert [r.name for r in rules if r.fallthrough] == ["nominal.made_case"]
    assert [r.name for r in document_rules()] == [
        "refusals.declined", "layout.colon_name", "layout.dash_signature", "layout.said_name"]
    assert {r.within for r in delegated_rules()} == {"verbs.cue_verb"}


def test_a_disabled_rule_is_skipped_and_the_others_still_run(nlp: Language) -> None:
    doc = nlp(TEXT)
    found = {a.rule: roles(TEXT, a) for a in find_attributions(doc)}
    assert found == {
        "according.according_to": ("the police", "According to", "the fire started at noon"),
        "verbs.cue_verb": ("The mayor", "said", "the school would reopen on Monday"),
    }
    off = AttributionConfig(disabled_rules=frozenset({"according.according_to"}))
    assert [a.rule for a in find_attributions(doc, config=off)] == ["verbs.cue_verb"]


def test_the_component_config_switches_a_rule_off() -> None:
    plain = _with_rules({})
    without = _with_rules({"disabled_rules": ["according.according_to"]})
    assert sorted(a.rule for a in attributions_of(plain(TEXT))) == [
        "according.according_to", "verbs.cue_verb"]
    assert [a.rule for a in attributions_of(without(TEXT))] == ["verbs.cue_verb"]
    assert without.get_pipe_config("corroborate_attributions")["disabled_rules"] == [
        "according.according_to"]


def test_an_unknown_rule_name_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown attribution rule.*'verbs.typo'.*verbs.cue_verb"):
        check_rule_names(["verbs.typo"])
    with pytest.raises(ValueError, match="verbs.typo"):
        _with_rules({"disabled_rules": ["verbs.typo"]})


def test_the_thresholds_are_the_component_config() -> None:
    config = _with_rules({}).get_pipe_config("corroborate_attributions")
    assert {"cue_add", "cue_drop", "cue_colon_quote", "relays", "disabled_rules"} <= set(config)
    assert 0 < config["cue_drop"] < config["cue_colon_quote"] < config["cue_add"] < 1


def test_tree_shape_rules_are_dependency_patterns_matched_once_a_doc(make_doc: Callable[..., Doc]) -> None:
    patterned = {r.name for r in token_rules() if r.pattern}
    assert patterned == {"according.according_to", "as_reported.put_it", "as_reported.put_at"}
    # "According to aides, the deal is off." and "As one voter put it, ..." in one hand-built Doc
    doc = make_doc(
        ["According", "to", "aides", ",", "the", "deal", "is", "off", ".", "As", "one", "voter",
         "put", "it", ",", "nobody", "won", "."],
        [6, 0, 1, 6, 5, 6, 6, 6, 6, 12, 11, 12, 16, 12, 16, 16, 16, 16],
        ["prep", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "acomp", "punct", "mark", "nummod",
         "nsubj", "advcl", "dobj", "punct", "nsubj", "ROOT", "punct"],
        lemmas=["accord", "to", "aide", ",", "the", "deal", "be", "off", ".", "as", "one", "voter",
                "put", "it", ",", "nobody", "win", "."],
    )
    assert pattern_anchors(doc, token_rules()) == {
        "according.according_to": frozenset({0}), "as_reported.put_it": frozenset({12}),
        "as_reported.put_at": frozenset()}
    # a rule switched off is not matched at all
    assert pattern_anchors(doc, token_rules({"as_reported.put_it"})) == {
        "according.according_to": frozenset({0}), "as_reported.put_at": frozenset()}
    # "according" whose "to" hangs elsewhere is no anchor: the shape, not the words, is the rule
    doc = make_doc(["According", "to", "aides", "."], [0, 2, 0, 0], ["ROOT", "dep", "dep", "punct"])
    assert pattern_anchors(doc, token_rules()) == {
        "according.according_to": frozenset(), "as_reported.put_it": frozenset(),
        "as_reported.put_at": frozenset()}
