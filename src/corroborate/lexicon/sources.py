"""Word lists of the source graph (`corroborate.sources`): constants only."""

from __future__ import annotations

from corroborate.lexicon.gazetteer import SPOKES_ROLES

# small words an acronym skips: the initials of "Bank of America" are "BA"
# (and the particles of other languages' names: "Confederación Hidrográfica del Ebro" is the
# CHE, "Société Nationale des Chemins de fer" the SNCF's words)
ACRONYM_SKIP = frozenset({"of", "and", "the", "&", "for", "de", "del", "della", "di", "da", "do", "dos",
                          "das", "des", "du", "la", "le", "les", "der", "und", "y", "et", "e"})

# the last words of a body an article describes but does not name ("a school board in
# northwestern Ontario", "a northern Ohio city"): its kind (`source_names._described_bodies`)
DESCRIBED_KINDS = frozenset(
    "board city council authority agency department ministry commission company firm operator "
    "utility hospital university museum union federation institute regulator court embassy "
    "exchange airline carrier insurer lender bank".split()
)

# one-word names that are no organisation's own name: "the Ministry", "the House", "Police"
GENERIC_BODIES = frozenset(
    "government state police court department ministry office agency council commission committee "
    "party company university house senate congress army navy board bank group team union".split()
)

# the heads of a state's bodies that every state has one of: "the foreign ministry" of Russia
# and of North Korea are two bodies (`sources._of_its_state`)
# heads of a body's name that may come first, "of" its domain ("Department of Transportation")
# or last after it ("transportation department"): one name (`source_names._fuller_names`)
OFFICE_HEADS = frozenset({"department", "ministry", "office", "bureau", "agency", "secretariat",
                          "directorate", "administration"})
STATE_BODY_HEADS = frozenset({"ministry", "department", "embassy", "agency", "office", "council",
                              "commission", "army", "navy", "military", "police"})

# title words beyond the spokes roles and speaker role nouns that a capitalised run may stand
# beside or end with: "PAGASA Administrator", "solicitor at CPAG" (`SourceGraph._bodies_of_title`)
MORE_TITLE_WORDS = frozenset({"administrator", "officer", "executive", "manager", "solicitor", "head",
                              "lawyer", "specialist",
                              # the heads of a body by a hyphenated title: "KNBS Director-General
                              # Ruth Achieng", "the bureau's Commissioner-General"
                              "director-general", "secretary-general", "commissioner-general",
                              "inspector-general", "auditor-general", "registrar-general"})
# Words that qualify a title inside the capitalised run that names a body: "Energy and
# Petroleum Cabinet Secretary" (Kenya's ministers), "Deputy Energy Minister", "Acting Finance
# Secretary": the body is what is left ("Petroleum", "Energy", "Finance")
TITLE_QUALIFIERS = frozenset({"cabinet", "deputy", "acting", "interim", "junior", "vice", "assistant"})
# Titles of a government's ministers: the body they name is a ministry or department, never a
# regulator or a company whose name holds the same words ("Energy Minister" is no voice of the
# Energy Regulatory Authority: `sources._an_office`)
MINISTERIAL_TITLES = frozenset({"minister", "secretary"})
# ... and the heads of such a body's name (an agency, bureau or administration under a
# ministry is another body: "Energy Information Administration")
MINISTRY_HEADS = frozenset({"ministry", "department", "office", "secretariat"})
# Titles by which a person speaks for the body named beside them ("Unite regional officer Shona
# McBride", "Marco Tello, head of seismology at the Geophysical Institute"): `judge_pair` ties
# such a person to that body; a critic, a shareholder, a customer is none, nor a lawyer or
# counsel (who speak for a client). The spokes roles and the title words, and the heads of a body
SPEAKING_TITLES = (SPOKES_ROLES | MORE_TITLE_WORDS | frozenset(
    """president chairman chairwoman chair ceo founder governor mayor commissioner
    superintendent""".split())) - frozenset(
    {"lawyer", "solicitor", "counselor", "counsellor", "spokespeople", "undersecretary"})
