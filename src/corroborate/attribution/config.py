"""The rules' settings: the cue finder's thresholds, relays, and the rules switched off."""

from __future__ import annotations

from dataclasses import dataclass

from corroborate.attribution import cues
from corroborate.attribution.cues import CUE_ADD, CUE_COLON_QUOTE, CUE_DROP

# Nested speech is read as a relay (the inner claim, with the outer source in its chain)
# rather than as the outer claim alone; off, the outer claim is kept as PolNeAR annotates it.
RELAYS = True
# A cue's coordinated "that" clauses ("said that A, and that B") are claims of their own, so that
# each can be corroborated alone; off, one claim as PolNeAR annotates it.
PROPOSITIONS = True


@dataclass(frozen=True)
class AttributionConfig:
    """The settings of one run of the rules: the component's config, in spaCy's terms.

    Attributes:
        cue_add: Cue finder score at which a verb no rule knows is read as a cue.
        cue_drop: Score under which a lexicon cue verb is skipped.
        cue_colon_quote: Score at which a verb with a subject, a colon and a quote is a cue.
        relays: Read nested speech as a relay (the inner claim) rather than the outer claim.
        propositions: Give each of a cue's coordinated "that" clauses a claim of its own.
        disabled_rules: Names of rules switched off (`corroborate.attribution.registry`).
    """

    cue_add: float = CUE_ADD
    cue_drop: float = CUE_DROP
    cue_colon_quote: float = CUE_COLON_QUOTE
    relays: bool = RELAYS
    propositions: bool = PROPOSITIONS
    disabled_rules: frozenset[str] = frozenset()


def default_config() -> AttributionConfig:
    """The settings a call without a config runs with: this module's and `cues`' constants as
    they are now, so that a test or harness that sets one at run time is heard."""
    return AttributionConfig(cue_add=cues.CUE_ADD, cue_drop=cues.CUE_DROP,
                             cue_colon_quote=cues.CUE_COLON_QUOTE, relays=RELAYS,
                             propositions=PROPOSITIONS)
