"""The rule registry: every construction the rules read, by name, with its anchor and priority.

A rule's name is `family.construction`, and its build function lives in the module `family`
of this package (`verbs.cue_verb` in `verbs.py`). Three sorts of rule:

- Token rules run per candidate token, in priority order. For one token the first rule whose
  anchor holds builds, and no later one is tried, even when
  it builds nothing; a rule marked `fallthrough` lets the next one try when it builds nothing
  (its anchor is only a first filter, as for "make"). An anchor is a small predicate on the
  token, or, where the tree shape is the rule ("according" with its "to", "put" with the
  object "it"), a spaCy `DependencyMatcher` pattern whose first node is the anchor token
  (`pattern_rule`); the patterns of a run are matched once per Doc (`pattern_anchors`).
  Predicates stay where the anchor reads the cue finder's scores, lemma sets or the words
  around the token, which a pattern cannot say or says only at the cost of a pass per rule.
- Document rules run after the token loop, in priority order, over the whole Doc.
- Delegated rules are constructions a token rule's build hands a token on to ("said" in "as
  The Times reported" is read by `as_reported.as_clause`); they record their own name.

Any rule can be switched off with the component's `disabled_rules` setting; a delegated
rule switched off drops what it builds. Attributions added by the clean-up passes record
`passes.continuation`, which cannot be switched off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from corroborate.attribution import according, as_reported, layout, nominal, refusals, verbs
from corroborate.attribution.model import Attribution, RuleContext

TokenAnchor = Callable[[Token, RuleContext], bool]
TokenBuild = Callable[[Token, RuleContext], Attribution | None]
DocumentBuild = Callable[[RuleContext, Sequence[Attribution]], list[Attribution]]


@dataclass(frozen=True)
class TokenRule:
    """A construction anchored on one token: `anchor` says whether the token starts it,
    `build` reads the attribution around it (or None)."""

    name: str
    priority: int
    anchor: TokenAnchor
    build: TokenBuild
    fallthrough: bool = False
    # a DependencyMatcher pattern whose first node is the anchor (see `pattern_rule`)
    pattern: tuple[Mapping[str, Any], ...] = ()


def pattern_rule(name: str, priority: int, pattern: Sequence[Mapping[str, Any]],
                 build: TokenBuild) -> TokenRule:
    """A token rule anchored by a dependency pattern: the token its first node matches."""

    def anchor(tok: Token, ctx: RuleContext) -> bool:
        return tok.i in ctx.matched.get(name, ())

    return TokenRule(name, priority, anchor, build, pattern=tuple(pattern))


def pattern_anchors(doc: Doc, rules: Sequence[TokenRule]) -> dict[str, frozenset[int]]:
    """Rule name -> the tokens its pattern anchors in `doc`, for the pattern rules of `rules`."""
    named = tuple(sorted(r.name for r in rules if r.pattern))
    if not named or not doc.has_annotation("DEP"):
        return {}
    matcher = _dependency_matcher(doc.vocab, named)
    found: dict[str, set[int]] = {name: set() for name in named}
    for match_id, token_ids in matcher(doc):
        found[doc.vocab.strings[match_id]].add(token_ids[0])
    return {name: frozenset(ids) for name, ids in found.items()}


@lru_cache(maxsize=16)
def _dependency_matcher(vocab: Vocab, names: tuple[str, ...]) -> DependencyMatcher:
    """One matcher per vocabulary and set of pattern rules, built once."""
    matcher = DependencyMatcher(vocab)
    for name in names:
        matcher.add(name, [[dict(node) for node in _TOKEN_RULES[name].pattern]])
    return matcher


@dataclass(frozen=True)
class DocumentRule:
    """A construction read over the whole Doc (line layouts, refusals), after the token rules."""

    name: str
    priority: int
    build: DocumentBuild


@dataclass(frozen=True)
class DelegatedRule:
    """A construction that a token rule's build hands on to: `within` names that rule."""

    name: str
    within: str


# The token rules, in the precedence the rules have always had (one `elif` arm each, before).
_TOKEN_RULES: dict[str, TokenRule] = {}
_DOCUMENT_RULES: dict[str, DocumentRule] = {}
_DELEGATED_RULES: dict[str, DelegatedRule] = {}
# What the clean-up passes build (`passes.add_continuations`): named, not switchable.
PASS_RULES = ("passes.continuation",)


def register(rule: TokenRule | DocumentRule | DelegatedRule) -> None:
    """Add a rule to the registry.

    Raises:
        ValueError: If a rule of that name is registered already.
    """
    if rule.name in rule_names():
        raise ValueError(f"an attribution rule named {rule.name!r} is registered already")
    if isinstance(rule, TokenRule):
        _TOKEN_RULES[rule.name] = rule
    elif isinstance(rule, DocumentRule):
        _DOCUMENT_RULES[rule.name] = rule
    else:
        _DELEGATED_RULES[rule.name] = rule


def token_rules(disabled: Iterable[str] = ()) -> tuple[TokenRule, ...]:
    """The token rules in priority order, less the disabled ones."""
    off = set(disabled)
    return tuple(sorted((r for r in _TOKEN_RULES.values() if r.name not in off), key=lambda r: r.priority))


def document_rules(disabled: Iterable[str] = ()) -> tuple[DocumentRule, ...]:
    """The document rules in the order they run, less the disabled ones."""
    off = set(disabled)
    return tuple(sorted((r for r in _DOCUMENT_RULES.values() if r.name not in off), key=lambda r: r.priority))


def delegated_rules() -> tuple[DelegatedRule, ...]:
    """The delegated rules, by name."""
    return tuple(sorted(_DELEGATED_RULES.values(), key=lambda r: r.name))


def rule_names() -> list[str]:
    """Every registered rule name: token rules in priority order, document rules, delegated ones."""
    return [*(r.name for r in token_rules()), *(r.name for r in document_rules()),
            *(r.name for r in delegated_rules())]


def check_rule_names(names: Iterable[str]) -> frozenset[str]:
    """The names as a set, once each is known to name a rule.

    Raises:
        ValueError: If a name is no registered rule; the message lists the known ones.
    """
    given = frozenset(names)
    unknown = sorted(given - set(rule_names()))
    if unknown:
        raise ValueError(f"unknown attribution rule(s) {', '.join(map(repr, unknown))}; "
                         f"known rules: {', '.join(rule_names())}")
    return given


for _rule in (
    TokenRule("verbs.cue_verb", 10, verbs.cue_verb_anchor, verbs.build_cue_verb),
    pattern_rule("according.according_to", 20, according.ACCORDING_TO_PATTERN, according.build_according),
    TokenRule("according.per", 21, according.per_anchor, according.build_according),
    TokenRule("nominal.stance_adjective", 30, nominal.stance_adjective_anchor,
              nominal.build_stance_adjective),
    TokenRule("nominal.manner_colon", 31, nominal.manner_colon_anchor, nominal.build_manner_colon),
    TokenRule("nominal.made_case", 40, nominal.made_case_anchor, nominal.build_made_case, fallthrough=True),
    TokenRule("nominal.cue_noun", 50, nominal.cue_noun_anchor, nominal.build_cue_noun),
    TokenRule("according.poll", 60, according.poll_anchor, according.build_poll),
    TokenRule("according.by_count", 61, according.by_count_anchor, according.build_by_count),
    pattern_rule("as_reported.put_it", 70, as_reported.PUT_IT_PATTERN, as_reported.build_put_it),
    pattern_rule("as_reported.put_at", 75, as_reported.PUT_AT_PATTERN, as_reported.build_put_at),
    TokenRule("verbs.colon_quote", 80, verbs.colon_quote_anchor, verbs.build_learned_verb),
    TokenRule("verbs.learned_cue", 90, verbs.learned_cue_anchor, verbs.build_learned_verb),
    DocumentRule("refusals.declined", 10, refusals.build_refusals),
    DocumentRule("layout.colon_name", 20, layout.build_colon_names),
    DocumentRule("layout.dash_signature", 30, layout.build_dash_signatures),
    DocumentRule("layout.said_name", 40, layout.build_said_names),
    DelegatedRule("evidentials.seem", "verbs.cue_verb"),
    DelegatedRule("chained.cue", "verbs.cue_verb"),
    DelegatedRule("as_reported.as_clause", "verbs.cue_verb"),
):
    register(_rule)
