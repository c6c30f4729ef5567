"""The attribution rules: a parsed Doc to attributions (source / cue / content).

The rules follow the PolNeAR conventions (Newell et al., LREC 2018): a source is the in-text
mention with its modifiers and appositives, a cue is one contiguous verb group ("has also
said", "declined to confirm", "according to"), and content includes its quotation marks and
the continuation fragments of an interrupted quote. Attributions are univocal: a reported
speech act inside another one's content is not emitted twice, except that an outer *media*
source ("the Times reported, citing officials ...") becomes the inner claim's `via`. Cue
detection follows Krestel et al., "Minding the Source" (2008) and Pareti's PARC work.

Layout (a rule named `family.construction` lives in the module `family`):

- `model`: the `Attribution` record; `quotes`: quote pairing; `spans`: span helpers;
  `syntax`: shared syntax helpers (cue verb groups, subjects, sources, stance); `cues`: the
  trained cue finder's scores.
- One module per construction family: `verbs` (with `complements`, its complement filters,
  and `content`, its content strategies), `according`, `as_reported`, `nominal`, `refusals`,
  `evidentials`, `layout`, `chained`.
- `registry`: every rule by name (`rule_names()`), with its anchor, build and priority;
  `config`: the settings (`AttributionConfig`: thresholds, relays, `disabled_rules`).
- `passes`: the clean-up passes, in order (`passes.PASSES`); `finder`: `find_attributions`,
  which runs the rules over a Doc.

To find a rule by name: `verbs.cue_verb` is built in `verbs.py` (`build_cue_verb`), and its
anchor, priority and kind are listed in `registry.py`.
"""

from __future__ import annotations

from corroborate.attribution.config import AttributionConfig
from corroborate.attribution.cues import cue_scores
from corroborate.attribution.finder import find_attributions
from corroborate.attribution.model import Attribution, CharSpan, Relay
from corroborate.attribution.passes import claim_kind
from corroborate.attribution.quotes import find_quotes, paragraph_index
from corroborate.attribution.registry import check_rule_names, rule_names

__all__ = [
    "Attribution",
    "AttributionConfig",
    "CharSpan",
    "Relay",
    "check_rule_names",
    "claim_kind",
    "cue_scores",
    "find_attributions",
    "find_quotes",
    "paragraph_index",
    "rule_names",
]
