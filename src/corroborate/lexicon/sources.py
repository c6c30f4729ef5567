"""Word lists of the source graph (`corroborate.sources`): constants only."""

from __future__ import annotations

# small words an acronym skips: the initials of "Bank of America" are "BA"
ACRONYM_SKIP = frozenset({"of", "and", "the", "&", "for", "de"})

# one-word names that are no organisation's own name: "the Ministry", "the House", "Police"
GENERIC_BODIES = frozenset(
    "government state police court department ministry office agency council commission committee "
    "party company university house senate congress army navy board bank group team union".split()
)
