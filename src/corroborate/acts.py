"""Acts on the record: what a body or person did, reported as fact, as claims of kind "act".

"The European Commission on Wednesday fined Staylane 1.12 billion euros" names no channel,
so no attribution rule reads it; yet what it states is the Commission's, announced by the
Commission, and every outlet that carries the story retells it, as the Commission's own
release states it. A reader asking "who backs this?" wants those retellings found together,
and found with the release that announced the act. So a sentence whose subject is a source
the speaker resolver can name and whose verb is an act on the record (`lexicon.acts`: fines,
cuts, orders, bans, appointments, apologies) gives a claim: the subject is its source, the
verb its cue and the predicate ("on Wednesday fined Staylane 1.12 billion euros") its
content, with kind "act".

An act is not a statement: it backs no cluster as a source's word does (`report.count_origins`
counts statements), and a cluster of acts alone has the actor as its one origin. Acts are
read only where no attribution or release reads the words already, and only as facts: a verb
under a condition, a purpose, a negation, a modal or a question is no act done.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from corroborate import lexicon as lx
from corroborate.attribution.model import Attribution, CharSpan
from corroborate.attribution.syntax import verb_forms
from corroborate.lexicon import acts as la

# Switch for benchmarks and the claim cache's version (`nlp.extraction_version` reads it).
ACT_CLAIMS = True
CONFIDENCE = 0.5
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "dative", "oprd"})


def find_acts(doc: Doc, covered: Sequence[CharSpan]) -> list[Attribution]:
    """The acts reported as fact in `doc` whose words no span of `covered` (the attributions'
    and releases' cues and contents) overlaps, as attributions of claim kind "act"."""
    if not ACT_CLAIMS or not doc.has_annotation("DEP"):
        return []
    out = []
    for verb in doc:
        if not _is_act(verb):
            continue
        actor = _actor(verb)
        if actor is None:
            continue
        content = _predicate(verb, actor)
        if content is None or any(s < content[1] and content[0] < e for s, e in covered):
            continue
        source = (actor.left_edge.idx, actor.right_edge.idx + len(actor.right_edge))
        cue = (verb.idx, verb.idx + len(verb))
        out.append(Attribution(source=(source,), cue=(cue,), content=(content,),
                               cue_lemma=verb.lemma_.lower(), kind="act", source_token=actor.i,
                               cue_token=verb.i, confidence=CONFIDENCE, claim_kind="act",
                               rule="act.verb"))
    return out


def _is_act(verb: Token) -> bool:
    """A verb of an act on the record, done (not negated, not modal, not conditional), with
    what it acted on (an object, a clause, a particle) unless it is an act of the actor alone."""
    lemma = act_lemma(verb)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if verb.pos_ != "VERB" or not (lemma in la.ACT_VERBS or (lemma, particle) in la.PHRASAL_ACTS):
        return False
    if verb.tag_ in ("VB", "VBN") and not any(c.dep_ == "aux" for c in verb.children):
        return False  # a bare infinitive or a participle modifying a noun
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and (
                child.tag_ == "MD" or child.lower_ in lx.FORECAST_MODALS)):
            return False  # "did not fine", "will cut", "should pay", "can raise"
        if child.dep_ in ("mark", "aux") and child.lower_ in la.NOT_ACT_MARKS:
            return False
        if child.dep_ in ("nsubjpass", "auxpass") or child.tag_ in ("WRB", "WDT", "WP"):
            return False
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    if any(o.dep_ == "dobj" and o.lemma_.lower() in la.CHANNEL_OBJECTS for o in objects):
        return False
    if lemma == "put" and not any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return False
    return bool(objects) or particle is not None or lemma in la.INTRANSITIVE_ACTS


def act_lemma(verb: Token) -> str:
    """The act verb a verb is a form of (`attribution.syntax.verb_forms`: en_core_web_sm
    lemmatises "fined" as "fin" and "rated" as "rat"), else its lemma."""
    lemma = verb.lemma_.lower()
    if lemma in la.ACT_VERBS:
        return lemma
    return min(verb_forms(verb) & la.ACT_VERBS, default=lemma)


def _actor(verb: Token) -> Token | None:
    """The subject that did the act, which the writer states as fact: the verb's own where
    the verb is its sentence's main one, or that of the main verb it is a second act of ("cut
    X and raised Y") or a participle of (", banning the movement of birds"). A verb inside a
    clause ("a plan to make sure the wealthiest pay more", "since he suspended his campaign",
    "the claim that he had refused") is no act the writer reports."""
    subject = None
    for _ in range(4):
        own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        subject = subject or own
        if verb.dep_ == "ROOT":
            return subject if subject is not None and _names_actor(subject) else None
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ == "mark" for c in verb.children)
        if verb.dep_ != "conj" and not participle:
            return None
        verb = verb.head
    return None


def _names_actor(subject: Token) -> bool:
    """Whether a subject can be someone who acts: a name, a pronoun, or a noun of a body, an
    office or a role ("the court", "the spokeswoman"), not a thing or an event."""
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in la.ACTOR_ENTITIES:
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in la.ACTOR_NOUNS


def _predicate(verb: Token, actor: Token) -> CharSpan | None:
    """The act's words: from after its subject (or from the verb) to the end of what it acted
    on, before a second act, a clause of circumstance or the sentence's end."""
    start = verb
    if actor.head.i == verb.i and actor.i < verb.i:
        start = verb.doc[actor.right_edge.i + 1]
        while start.i < verb.i and (start.is_punct or start.dep_ == "cc"):
            start = verb.doc[start.i + 1]
    end = verb
    for child in verb.rights:
        if child.tag_ in ("``", "''"):
            continue  # a quote mark around one word ('apologised "unreservedly" to patients')
        if child.dep_ in la.ACT_STOPS:
            break
        end = child.right_edge
    while end.i > start.i and (end.is_punct or end.dep_ == "cc"):
        end = end.doc[end.i - 1]
    if end.i - start.i > 60:
        return None
    return (start.idx, end.idx + len(end))
