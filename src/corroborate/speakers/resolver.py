"""`SpeakerResolver`: the canonical speaker and its kind for one attribution's source."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.lexicon.speakers import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    RELATIVE_HEADS,
    SPEAKER_ROLE_NOUNS,
)
from corroborate.schema import SpeakerKind
from corroborate.speakers.mentions import org_kind
from corroborate.speakers.nouns import NounResolver
from corroborate.speakers.syntax import relative_antecedent


class SpeakerResolver(NounResolver):
    """Canonical speakers for the sources of one article (in-document coreference by rules).

    Short names resolve to the fullest form in the article ("Peskov" -> "Dmitry Peskov"),
    pronouns to the most salient compatible antecedent (recent, subject, earlier speaker,
    gender where a title, honorific or first name gives it), relative pronouns to the noun
    phrase they modify, role nouns ("the spokesperson", "the newspaper") to the named entity
    the article ties to that role, and outlets to their canonical names.

    Callers append each resolved source to `speakers` as (token, speaker, kind), in article
    order, so that later pronouns prefer earlier speakers.

    Built as layers, each adding one kind of source: `ArticleIndex` (mentions and names),
    `PronounResolver` (personal pronouns), `NounResolver` (noun phrases, documents, relative
    pronouns); `resolve` dispatches a source to its layer.
    """

    def resolve(
        self,
        source: Sequence[tuple[int, int]],
        head_index: int | None,
        content: Sequence[tuple[int, int]] = (),
    ) -> tuple[str | None, SpeakerKind]:
        """The canonical speaker and its kind for one attribution's source.

        Args:
            source: The source's character spans (the first is the mention read).
            head_index: Token index of the source's head, None when unknown.
            content: The content's character spans: a pronoun speaking an indirect content
                is resolved against the names that content does not contain.
        """
        doc = self.doc
        if not source or head_index is None:
            return None, "unknown"
        head = doc[head_index]
        s0, s1 = source[0]
        span = doc.char_span(s0, s1, alignment_mode="expand")
        if span is None:
            return None, "unknown"
        low = head.lower_
        if low in RELATIVE_HEADS and head.tag_ in ("WP", "WDT", "WP$"):
            antecedent = relative_antecedent(head)
            before = self._named_before_comma(head)
            if before is not None and (
                    (antecedent is not None and before[1] <= antecedent.i < before[2])
                    or low == "which" and (
                    antecedent is None or not (antecedent.pos_ == "PROPN" or antecedent.ent_type_
                    or antecedent.lower_ in SPEAKER_ROLE_NOUNS | lx.MEDIA_NOUNS | lx.DOCUMENT_NOUNS))):
                # "according to the National Institute of Geophysics and Volcanology (INGV),
                # which said ...": the parser hung the clause on "The eruption" the sentence
                # opened with; a ", which said" takes up the name just before its comma (a
                # "who" may take up a group: "two voters, A and B, who ..."), and a name the
                # parser's antecedent lies in is taken whole ("the Ministry of Health, which")
                return before[0]
            if antecedent is not None:
                return self._resolve_antecedent(antecedent)
            return None, "unknown"
        if head.pos_ == "PRON" or low in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP:
            # an indirect content is the clause the pronoun speaks; a direct one may be cut
            # too wide around its quote ("X weighed in, “...,” he said"), so it is not used
            indirect = not any(q in self.text[s:e] for s, e in content
                               for q in ('"', "“", "”", "''"))
            found = self._document_voice(self._resolve_pronoun(head, tuple(content) if indirect
                                                               else ()))
            self._chain[head.i] = found
            if found is None:
                return None, ("person" if low in MALE_PRONOUNS | FEMALE_PRONOUNS else "unknown")
            return found
        return self._resolve_noun(head, span)

    def _document_voice(self, found: tuple[str, SpeakerKind] | None
                        ) -> tuple[str, SpeakerKind] | None:
        """"..., the statement said. It added that ...": a pronoun that takes up a document
        speaks for whoever the document was resolved to when it spoke, the last time."""
        if found is None or found[1] != "unknown" or found[0].split()[-1] not in lx.DOCUMENT_NOUNS:
            return found
        noun = found[0].split()[-1]
        for tok, speaker, kind in reversed(self.speakers):
            if self.doc[tok].lower_ == noun and kind != "unknown":
                return speaker, kind
        return found

    def _named_before_comma(self, rel: Token) -> tuple[tuple[str, SpeakerKind], int, int] | None:
        """The organisation, outlet or person named just before a relative pronoun's comma
        (a parenthesis after the name skipped: "the Institute (INGV), which"), with the
        name's first and end token, or None."""
        doc, k = self.doc, rel.i - 1
        if k < 1 or doc[k].text != ",":
            return None
        k -= 1
        if doc[k].text == ")":
            while k > 0 and doc[k].text != "(":
                k -= 1
            k -= 1
        m = next((m for m in self.mentions if m.end == k + 1
                  and m.label in ("PERSON", "MEDIA", "ORG")), None)
        if m is None:
            return None
        if m.label == "PERSON":
            return (self.person_name(m), "person"), m.start, m.end
        if m.label == "MEDIA":
            return (self.outlet_name(m.name), "media"), m.start, m.end
        if m.label == "ORG":
            return (self.canonical_org(m.name), org_kind(m.name, m.label)), m.start, m.end
        return None
