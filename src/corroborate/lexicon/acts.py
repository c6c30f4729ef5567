"""Word lists of the acts a body or person performs on the record (`corroborate.acts`)."""

from __future__ import annotations

from corroborate.lexicon import COLLECTIVE_NOUNS, CUE_NOUNS, DOCUMENT_NOUNS, ROLE_NOUNS
from corroborate.lexicon.speakers import AGENCY_HEADS, ORGANISATION_NOUNS

# Verbs of an act that is itself public record: a body or person fines, cuts a price, orders,
# bans, approves, appoints, opens an inquiry, apologises. Reported as fact ("The Commission on
# Wednesday fined Staylane 1.12 billion euros"), such a sentence names no channel, but what it
# states is the actor's, announced by the actor, and outlets retell it as they retell the
# actor's statements. Not verbs of mere events or of movement ("arrived", "died", "fell"):
# those have no actor who stands behind them.
ACT_VERBS = frozenset(
    """fine impose levy cut raise lower reduce increase hike slash set order ban bar suspend
    revoke lift approve grant award appoint open launch file arrest detain sentence convict
    acquit recall ground cancel close shut halt resume reopen sign adopt pass veto freeze
    seize sue apologise apologize resign fire sack hire acquire buy sell pay offer donate
    allocate extend postpone delay restore evacuate issue send withdraw confiscate rate put
    revise downgrade upgrade decide refuse authorise authorize license permit prohibit
    block reinstate rescind overturn uphold quash expel elect nominate""".split()
)
# Objects that make an act a channel, not a deed: "issued a statement", "sent a letter" (the
# attribution rules read what such a text says), "raised questions" or "concerns" (a way of
# saying something)
CHANNEL_OBJECTS = DOCUMENT_NOUNS | CUE_NOUNS | frozenset(
    """report note update response reply details information question questions concern
    concerns issue issues doubt doubts fear fears alarm objection objections""".split())
# Acts of the actor alone, with no object ("the chief executive resigned")
INTRANSITIVE_ACTS = frozenset({"apologise", "apologize", "resign"})
# Phrasal acts: the verb with its particle ("turned down requests", "set up a zone")
PHRASAL_ACTS = frozenset({("turn", "down"), ("set", "up"), ("shut", "down"), ("call", "off"),
                          ("roll", "back"), ("step", "down"), ("pull", "out")})
# Children after the act that are another act or the act's circumstances, not what was done:
# a second verb ("and warned of ..."), a clause of cause or manner (", citing ...").
ACT_STOPS = frozenset({"conj", "cc", "advcl", "parataxis", "relcl", "punct"})
# Clauses that make a verb no act reported as fact: a condition, a purpose, a question.
NOT_ACT_MARKS = frozenset({"if", "unless", "whether", "to", "so", "because", "once", "when",
                           "until", "before", "after", "while", "although", "though"})
# Common nouns that can stand for an actor ("the court suspended ...", "the office turned down
# ..."), besides names and pronouns: "the drought cut the harvest" or "the recall has raised
# questions" is no act of anyone's
ACTOR_NOUNS = ORGANISATION_NOUNS | AGENCY_HEADS | ROLE_NOUNS | COLLECTIVE_NOUNS | frozenset(
    """government court police prosecutor prosecutors inspectorate parliament senate cabinet
    tribunal judge jury regulators executive state detective detectives officer officers
    inspector inspectors patrol rescuers""".split())
ACTOR_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
