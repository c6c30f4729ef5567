"""Personal pronouns to their most salient compatible antecedent, resolved into a chain.

Every mention of an entity before the pronoun weighs by its grammatical role, halved for each
sentence back (sentences all in quotes do not count); an entity scores its best mention plus a
share of its other mentions, of earlier pronouns resolved to it and of its earlier
attributions (`corroborate.speakers.salience`). Gender (titles, honorifics, first names) and
number (he/she: one person; they: groups, coordinated names, plural noun phrases,
organisations) filter the candidates.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cached_property

from spacy.tokens import Doc, Token

from corroborate import lexicon as lx
from corroborate.lexicon.speakers import (
    CHAIN_PRONOUNS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
    QUANTITY_NOUNS,
    SPEAKER_ROLE_NOUNS,
    THING_NOUNS,
)
from corroborate.schema import SpeakerKind
from corroborate.speakers.article import ArticleIndex
from corroborate.speakers.groups import group_count, named_group
from corroborate.speakers.mentions import Mention, names_another, org_kind
from corroborate.speakers.names import first_name_gender
from corroborate.speakers.phrases import np_name
from corroborate.speakers.salience import (
    DECAY,
    ORG_AS_THEY_FACTOR,
    QUOTED_FACTOR,
    W_INTRO,
    W_LAST_SPEAKER,
    W_OWN_SUBJECT,
    W_SPEAKER,
    WINDOW,
    Evidence,
    Referent,
    entity_score,
    group_of,
    mention_weight,
    pronoun_groups,
)
from corroborate.speakers.syntax import (
    coargument,
    conjuncts,
    in_own_adjunct,
    indices_with_pos,
    role_token,
    subject_of_clause,
)


class PronounResolver(ArticleIndex):
    """An article index that also resolves personal pronouns, by salience, in text order."""

    def __init__(self, doc: Doc, text: str | None = None, *, outlet: str | None = None) -> None:
        """Index one parsed article and everything a pronoun in it may refer to.

        Args:
            doc: The parsed article.
            text: ``doc.text`` if the caller has it (see `ArticleIndex`).
            outlet: The article's own outlet, if known.
        """
        super().__init__(doc, text, outlet=outlet)
        self.referents = self._referents()
        self._referent_starts = [r.start for r in self.referents]
        # personal pronouns, each resolved once (lazily, in text order) into a chain
        self._pronouns = [i for i in indices_with_pos(doc, ("PRON",))
                          if doc[i].lower_ in CHAIN_PRONOUNS]
        self._chain: dict[int, tuple[str, SpeakerKind] | None] = {}

    # -- referents
    def _referents(self) -> list[Referent]:
        """Everything a pronoun may refer to, in text order, with its salience weight."""
        out: list[Referent] = []
        taken: set[int] = set()
        for m in self.mentions:
            taken.update(range(m.start, m.end))
            out.extend(self._entity_referents(m))
        for i in indices_with_pos(self.doc, ("NOUN", "PROPN")):
            if i in taken:
                continue
            ref = self._noun_referent(self.doc[i])
            if ref is not None:
                out.append(ref)
        out.sort(key=lambda r: r.start)
        return out

    def _entity_referents(self, m: Mention) -> Iterator[Referent]:
        """A named mention as a referent, and "A and B" as one plural referent too."""
        doc = self.doc
        head = doc[m.start : m.end].root
        kind: SpeakerKind
        if m.label == "PERSON":
            name, kind, group = self.person_name(m), "person", "person"
        elif m.label == "MEDIA":
            name, kind, group = m.name, "media", "org"
        elif m.label == "NORP":
            if head.tag_ not in ("NNPS", "NNS"):
                return  # "Russian" as an adjective
            name, kind, group = m.name, "collective", "plural"
        else:
            name, kind, group = self.canonical_org(m.name), org_kind(m.name, m.label), "org"
        weight = mention_weight(head)
        # introduced by an appositive of its own, not one that names another person beside
        # it ("below Fornazzo, the mayor of Milo, Salvatore Grasso,")
        intro = m.label == "PERSON" and any(c.dep_ == "appos" and not names_another(c, m.start, m.end)
                                            for c in head.children)
        yield Referent(m.start, head.i, name, kind, group, m.sent, weight, self.quoted[m.start],
                       intro=intro)
        if m.label == "PERSON" and role_token(head).i == head.i:
            names = [self.person_at(c.i) for c in conjuncts(head)]
            if len(names) >= 2 and all(names):
                # "Obama and Clinton": one plural referent for "they"
                yield Referent(m.start, head.i, " and ".join(n for n in names if n), "collective",
                               "plural", m.sent, weight, self.quoted[m.start])

    def party_group(self, head: Token) -> str | None:
        """"The two suppliers", "both airlines": the organisations the article has just named
        as a pair, as "A and B" (`groups.named_group`); None where it names none."""
        count = group_count(head)
        if count is None:
            return None
        for tok in (head, *(t for t in reversed(self.doc[: head.i]) if t.tag_ == "NNS")):
            # else the pair an earlier such description stood for: "the companies said ...
            # Both airlines insist"
            if tok.i == head.i or group_count(tok) is not None:
                found = self._pair_named_before(tok)
                if found is not None:
                    return found if count == 0 or found.count(" and ") == count - 1 else None
        return None

    def _pair_named_before(self, tok: Token) -> str | None:
        """`groups.named_group` for one description, once per token: every pronoun after it
        reads the description as a candidate referent (the resolver's hot loop)."""
        if tok.i not in self._pairs:
            span = self.doc[tok.left_edge.i : tok.i + 1]
            self._pairs[tok.i] = named_group(self.doc, self.mentions, self.sent_starts,
                                             self.sent_of.get(tok.i, 0), tok, span, self.canonical_org)
        return self._pairs[tok.i]

    @cached_property
    def _pairs(self) -> dict[int, str | None]:
        return {}

    def _noun_referent(self, tok: Token) -> Referent | None:
        """Common nouns and names the NER missed, as referents."""
        if tok.dep_ in ("compound", "amod", "poss") and tok.pos_ != "PROPN":
            return None
        sent, quoted = self.sent_of.get(tok.i, 0), self.quoted[tok.i]
        if ((tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title))
                and tok.lower_ in self.full_names and tok.dep_ != "compound"):
            # names the NER missed, "Trump" read as a noun at a sentence start among them
            return Referent(tok.i, tok.i, self.full_names[tok.lower_], "person", "person", sent,
                            mention_weight(tok), quoted)
        opened = self.org_opening(tok) if tok.dep_ != "compound" else None
        if opened is not None:  # "Meridian" after "Meridian Airways"
            return Referent(tok.i, tok.i, opened, org_kind(opened, "ORG"), "org", sent,
                            mention_weight(tok), quoted)
        if tok.pos_ != "NOUN":
            return None
        if tok.tag_ == "NNS" and tok.lower_ not in QUANTITY_NOUNS:
            group = self.party_group(tok)
            if group is not None:  # "the two suppliers ... They argued": the pair just named
                return Referent(tok.left_edge.i, tok.i, group, "organization", "plural", sent,
                                mention_weight(tok), quoted, phrase=True)
            return Referent(tok.left_edge.i, tok.i, np_name(tok), "collective", "plural", sent,
                            mention_weight(tok), quoted, phrase=True)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if tok.lower_ in SPEAKER_ROLE_NOUNS and definite:
            named = self.named_for_role(tok)
            if named:  # "the president" after "President Obama"
                return Referent(tok.left_edge.i, tok.i, named, "person", "person", sent,
                                mention_weight(tok), quoted)
        if tok.lower_ in THING_NOUNS:
            return Referent(tok.left_edge.i, tok.i, np_name(tok), "unknown", "thing", sent,
                            mention_weight(tok), quoted, phrase=True)
        return None

    # -- resolution
    def _resolve_pronoun(
        self, pron: Token, content: tuple[tuple[int, int], ...] = ()
    ) -> tuple[str, SpeakerKind] | None:
        """The most salient compatible antecedent of a personal pronoun, or None.

        A pronoun that is a source does not refer to a mention inside its own content:
        in "Russia's successes, they said, could fade" "they" is not the successes.
        """
        scores = self._salience(pron, content)
        if not scores:
            return None
        best = max(scores, key=lambda n: scores[n][0])
        return best, scores[best][1]

    def _salience(
        self, pron: Token, content: tuple[tuple[int, int], ...] = ()
    ) -> dict[str, tuple[float, SpeakerKind]]:
        """Each compatible antecedent's salience at a pronoun, with its kind.

        An entity scores its best mention, plus a share of its other mentions, earlier
        pronouns and attributions; a common noun phrase scores its best mention only, since
        two "policies" are seldom one referent.
        """
        low = pron.lower_
        groups = pronoun_groups(low)
        if not groups:
            return {}
        self._extend_chain(pron.i)
        found: dict[str, list[tuple[float, bool]]] = {}
        kinds: dict[str, SpeakerKind] = {}
        for name, kind, group, weight, tok_i, phrase in self._evidence(pron):
            if group not in groups or self._gender_clash(name, low):
                continue
            if any(s <= self.doc[tok_i].idx < e for s, e in content):
                continue
            if low in PLURAL_PRONOUNS and kind == "media":
                continue
            dist = self.distance(tok_i, pron.i)
            if not 0 <= dist <= WINDOW:
                continue
            if group == "org" and low in PLURAL_PRONOUNS:
                weight *= ORG_AS_THEY_FACTOR
            score = weight * DECAY**dist + 1e-6 * tok_i / max(1, pron.i)  # ties: the nearer
            found.setdefault(name, []).append((score, phrase))
            kinds.setdefault(name, kind)
        return {n: (entity_score(found[n]), kinds[n]) for n in found}

    def _evidence(self, pron: Token) -> Iterator[Evidence]:
        """Each mention, earlier resolved pronoun and earlier speaker before `pron`.

        As (name, kind, group, weight, token, whether it is a common noun phrase).
        """
        # "“...,” he said": the speaker of a quote is most often a person just introduced;
        # "she added" goes on with the last speaker, quote or not ("A Central Bank
        # spokeswoman said ... She added that the governor's remark ...")
        cue = pron.head.lemma_.lower()
        quote_speaker = cue in lx.SPEECH_CUES and (
            cue == "add" or any(self.quoted[t.i] for t in pron.sent))
        lo = self.window_start(pron.i)
        yield from self._mention_evidence(pron, lo, quote_speaker)
        yield from self._chain_evidence(pron, lo)
        yield from self._speaker_evidence(pron, quote_speaker)

    def _mention_evidence(self, pron: Token, lo: int, quote_speaker: bool) -> Iterator[Evidence]:
        """The referents from token `lo` up to the pronoun, weighed for it."""
        in_quote = self.quoted[pron.i]
        for k in range(bisect_left(self._referent_starts, lo),
                       bisect_left(self._referent_starts, pron.i)):
            r = self.referents[k]
            inside = pron.left_edge.i <= r.head <= pron.right_edge.i
            if inside or coargument(self.doc[r.head], pron) or in_own_adjunct(self.doc[r.head], pron):
                continue  # "Clinton praised her": "her" is not Clinton
            factor = QUOTED_FACTOR if r.quoted and not in_quote else 1.0
            if pron.dep_ == "poss" and subject_of_clause(self.doc[r.head], pron):
                factor *= 1.0 + W_OWN_SUBJECT  # "the president ... his veto threat"
            weight = r.weight + (W_INTRO if quote_speaker and r.intro else 0.0)
            if r.phrase and r.group == "thing" and (org := self._described_organisation(r.head)):
                # "the company said ... It said": the organisation the description stands
                # for, one entity with its name's mentions and attributions
                yield org[0], org[1], "org", weight * factor, r.head, False
                continue
            yield r.name, r.kind, r.group, weight * factor, r.head, r.phrase

    def _described_organisation(self, head: int) -> tuple[str, SpeakerKind] | None:
        """The named organisation a description ("the company") stands for; none at this
        layer: `NounResolver` resolves descriptions."""
        return None

    def _chain_evidence(self, pron: Token, lo: int) -> Iterator[Evidence]:
        """The pronouns from token `lo` up to this one, as mentions of what they resolved to."""
        in_quote = self.quoted[pron.i]
        for i in self._pronouns_between(lo, pron.i):
            found = self._chain.get(i)
            if found is None:
                continue
            tok = self.doc[i]
            if coargument(tok, pron) or (self.quoted[i] and not in_quote) or in_own_adjunct(tok, pron):
                continue  # a "he" inside a quote is seldom its speaker
            group = group_of(found[1], tok.lower_)
            yield found[0], found[1], group, mention_weight(tok), i, False

    def _speaker_evidence(self, pron: Token, quote_speaker: bool) -> Iterator[Evidence]:
        """The speakers resolved before the pronoun; the last one gains in a quote's "she said".

        "McLenney said Clinton doesn't show ... “It's not something ...,” she said": a quote
        right after an attribution most often goes on with the same speaker.
        """
        last = max((t for t, _, _ in self.speakers if t < pron.i), default=None)
        if last is not None and self.sent_of.get(pron.i, 0) - self.sent_of.get(last, -9) > 2:
            last = None
        for tok_i, name, kind in self.speakers:
            if tok_i < pron.i:
                group = group_of(kind, self.doc[tok_i].lower_, name)
                bonus = W_LAST_SPEAKER if quote_speaker and tok_i == last else 0.0
                yield name, kind, group, W_SPEAKER + bonus, tok_i, False

    def window_start(self, i: int) -> int:
        """The first token of the sentences a pronoun at `i` may look back to.

        Twice the salience window, since quoted sentences do not count towards it.
        """
        return self.sent_starts[max(0, self.sent_of.get(i, 0) - 2 * WINDOW)]

    def _pronouns_between(self, lo: int, hi: int) -> list[int]:
        """The chain pronouns with token index in [lo, hi)."""
        return self._pronouns[bisect_left(self._pronouns, lo) : bisect_left(self._pronouns, hi)]

    def _extend_chain(self, upto: int) -> None:
        """Resolve, in text order, the personal pronouns before `upto` not yet resolved.

        Each counts as a mention of its antecedent for later pronouns, as in a coreference
        chain: "Trump ... He recently pitched ... he said" keeps Trump salient.
        """
        for i in self._pronouns_between(self.window_start(upto), upto):
            if i not in self._chain:
                self._chain[i] = None  # guards against re-entry while it resolves
                self._chain[i] = self._resolve_pronoun(self.doc[i])

    def _gender_clash(self, name: str, pronoun: str) -> bool:
        """Whether "he" or "she" cannot be this person (by title, honorific or first name)."""
        female = pronoun in FEMALE_PRONOUNS
        male = pronoun in MALE_PRONOUNS
        if not (female or male):
            return False
        g = self.gender.get(name)
        if g is None:
            g = first_name_gender(name)
        return (female and g == "m") or (male and g == "f")
