"""Reporting cues, source kinds and dependency-label sets, as frozen constants."""

from __future__ import annotations

# Verbs of saying, reporting, believing and showing that introduce attributed content. PolNeAR
# annotates beliefs and evidence as well as speech, so mental-state verbs are cues too; the
# confidence of a claim is lowered for them (see MENTAL_CUES).
SPEECH_CUES = frozenset(
    """say tell add state announce note claim argue ask explain insist warn report confirm deny
    acknowledge admit declare reply respond comment suggest predict promise accuse allege assert
    agree blame charge complain concede conclude contend criticize criticise disclose
    estimate maintain mention observe recall recommend stress testify urge quote write tweet post
    reveal remark caution emphasize emphasise reiterate underscore describe brief signal vow
    pledge threaten boast lament question dismiss reject counter retort recount indicate
    acknowledge inform notify speculate muse affirm repeat point predict announce declare
    proclaim hint disclose relay detail outline characterize label call demand""".split()
)
MENTAL_CUES = frozenset(
    """believe think expect fear hope worry feel know assume doubt suspect understand estimate
    reckon consider figure guess imagine wonder conclude realize realise recognize recognise
    see anticipate""".split()
)
EVIDENCE_CUES = frozenset("show suggest indicate find reveal demonstrate mean".split())
CUE_VERBS = SPEECH_CUES | MENTAL_CUES | EVIDENCE_CUES
# Verbs below the learned lexicon's precision cut (cues_polnear) whose object or complement
# PolNeAR still annotates as content often enough to pay: "wants to ...", "attacked X".
OBJECT_CUES_EXTRA = frozenset("want attack plan support back".split())

# Nouns that carry attributed content: "the claim that ...", "in a statement".
CUE_NOUNS = frozenset(
    """statement claim report reports assertion allegation announcement remark remarks comment
    comments warning view belief word testimony interview briefing tweet post letter""".split()
)

# "according to X", "per X", "citing X": the content is the clause the phrase modifies.
ACCORDING_LEMMAS = frozenset({"accord", "according"})
PER_WORDS = frozenset({"per"})

# Cue lemmas by stance: a denial or a refusal to confirm is not support for the content.
DENY_CUES = frozenset({"deny", "dismiss", "reject", "refute", "dispute", "rebut", "disavow"})
DECLINE_PHRASES = frozenset({"decline", "refuse", "fail"})
QUESTION_CUES = frozenset({"question", "doubt", "wonder", "ask"})

# Cues whose object is the addressee, not the content: "told reporters", "told state media".
ADDRESSEE_CUES = frozenset({"tell", "inform", "brief", "notify", "warn", "assure", "remind"})

# Dependency labels (ClearNLP / spaCy English) by role.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj"})

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "i", "me"})
PRONOUNS_GROUP = frozenset({"they", "them", "we", "us"})
PRONOUNS_THING = frozenset({"it", "which", "that", "this"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# Never sources: expletives and empty words (PolNeAR: "it" and "there" are never sources).
NON_SOURCES = frozenset({"it", "there", "this", "that", "what", "which", "nothing"})

# Nouns whose bare plural (or "some X") names an unnamed collective source.
COLLECTIVE_NOUNS = frozenset(
    """official officials expert experts analyst analysts source sources observer observers
    critic critics diplomat diplomats lawmaker lawmakers aide aides people residents witness
    witnesses investigator investigators scientist scientists researcher researchers
    economist economists insider insiders authority authorities leader leaders member members
    intelligence agencies report reports poll polls survey study studies voter voters
    supporter supporters opponent opponents republicans democrats""".split()
)

# Heads of media mentions: "the newspaper", "the influential US daily", "the report".
MEDIA_NOUNS = frozenset(
    """newspaper paper daily outlet agency network channel broadcaster magazine tabloid
    publication site website report story wire media press times post journal""".split()
)

# Outlets and agencies by a name that may occur in text, with the canonical name.
MEDIA_OUTLETS: dict[str, str] = {
    "new york times": "The New York Times",
    "the times": "The New York Times",
    "nyt": "The New York Times",
    "washington post": "The Washington Post",
    "washington examiner": "Washington Examiner",
    "wall street journal": "The Wall Street Journal",
    "associated press": "Associated Press",
    "ap": "Associated Press",
    "reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "bbc": "BBC",
    "fox news": "Fox News",
    "nbc news": "NBC News",
    "cbs news": "CBS News",
    "abc news": "ABC News",
    "politico": "Politico",
    "axios": "Axios",
    "usa today": "USA Today",
    "national review": "National Review",
    "the guardian": "The Guardian",
    "guardian": "The Guardian",
    "financial times": "Financial Times",
    "kcna": "Korean Central News Agency",
    "korean central news agency": "Korean Central News Agency",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "ria": "RIA Novosti",
    "interfax": "Interfax",
    "xinhua": "Xinhua",
    "al jazeera": "Al Jazeera",
    "huffington post": "HuffPost",
    "breitbart": "Breitbart",
}

# Government bodies that speak as institutions: "the Kremlin said", "the White House warned".
GOVERNMENT_NAMES = frozenset(
    """kremlin white house state department pentagon foreign ministry defense ministry
    defence ministry national security council nsc unification ministry government
    administration congress senate cabinet""".split("\n")
)
GOVERNMENT_WORDS = frozenset(
    """kremlin white house pentagon ministry department council government administration
    congress senate parliament cabinet commission embassy military army navy police""".split()
)

# Role nouns that name a person by office; used to tie "the spokesperson" to a named person.
ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson minister president leader lawmaker senator ambassador
    secretary chairman chair director official adviser advisor envoy governor mayor premier
    chancellor candidate analyst expert general commander deputy representative aide""".split()
)
FEMALE_WORDS = frozenset({"spokeswoman", "she", "her", "woman", "chairwoman", "congresswoman"})
MALE_WORDS = frozenset({"spokesman", "he", "him", "man", "chairman", "congressman"})

# Markers of a wire credit line: "Associated Press contributed reporting."
WIRE_CREDIT_CUES = ("contributed reporting", "contributed to this report", "contributed to this story")

OPEN_QUOTES = frozenset('"“«„')
CLOSE_QUOTES = frozenset('"”»')
QUOTE_CHARS = OPEN_QUOTES | CLOSE_QUOTES
