"""Who a source is: canonical speakers for the sources of one article, by rules.

In-document coreference for attribution sources: short names to the fullest form in the
article ("Peskov" -> "Dmitry Peskov"), pronouns to the most salient compatible antecedent,
relative "who"/"which" to the noun phrase it modifies, role nouns ("the spokesperson", "the
newspaper") to the entity the article ties to the role, and outlets to their canonical names.
coreferee's English model cannot be had here, so these are rules over spaCy's parse and
entities, measured on hand-labelled PolNeAR pronouns (tests/test_speakers_polnear.py).

Pronouns are resolved by salience in the manner of Lappin and Leass (1994): every mention of
an entity before the pronoun weighs by its grammatical role (subject, main clause, subject of
a reporting verb, object), halved for each sentence back (sentences all in quotes do not
count); an entity scores its best mention plus a share of its other mentions, of earlier
pronouns resolved to it and of its earlier attributions. Gender (titles, honorifics, first
names) and number (he/she: one person; they: groups, coordinated names, plural noun phrases,
organisations) filter the candidates. "I", "we" and "you" are the writer, the reader or a
quote's speaker, and resolve to nobody here.

Layout, from the text up (word lists live in `corroborate.lexicon.speakers`):

- `names`: names as text (tidying, the fullest form of a person's name, first-name gender).
- `media`: outlet mentions to display names (`media_canonical`, `names_an_outlet`).
- `syntax`: dependency-tree walks (a mention's role token, conjuncts, relative antecedents).
- `phrases`: common noun phrases as names ("some U.S. officials who ..." -> "U.S. officials").
- `mentions`: an article's named mentions (`Mention`), with the roles titles give them.
- `documents`: the owner, issuer or publisher of "the statement" (`document_owner`, ...).
- `article`: `ArticleIndex`, one article's sentences, quotes, mentions and name look-ups.
- `salience`: the weights, referents and pronoun groups of pronoun resolution.
- `pronouns`: `PronounResolver`, personal pronouns by salience, resolved into a chain.
- `nouns`: `NounResolver`, noun phrases, roles, outlets, documents and relative pronouns.
- `resolver`: `SpeakerResolver.resolve`, which sends each source to its layer.
"""

from __future__ import annotations

from corroborate.speakers.documents import document_issuer, document_owner, document_publisher
from corroborate.speakers.media import media_canonical, names_an_outlet
from corroborate.speakers.mentions import Mention
from corroborate.speakers.names import first_name_gender
from corroborate.speakers.resolver import SpeakerResolver
from corroborate.speakers.salience import Referent

__all__ = [
    "Mention",
    "Referent",
    "SpeakerResolver",
    "document_issuer",
    "document_owner",
    "document_publisher",
    "first_name_gender",
    "media_canonical",
    "names_an_outlet",
]
