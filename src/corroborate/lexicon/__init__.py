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
    proclaim hint disclose relay detail outline characterize label call demand assure reassure""".split()
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

# Cue lemmas by stance: a denial or a refusal to confirm is not support for the content.
DENY_CUES = frozenset({"deny", "dismiss", "reject", "refute", "dispute", "rebut", "disavow"})
DECLINE_PHRASES = frozenset({"decline", "refuse", "fail"})
QUESTION_CUES = frozenset({"question", "doubt", "wonder", "ask"})

# Cues of a speech act that may pass on another's (relays: "X reported that Y told aides that
# Z" is Y's claim, relayed by X), and verbs of publishing a text another wrote ("state media
# published the minister's statement"). Denials, questions and beliefs relay nothing.
RELAY_CUES = (SPEECH_CUES | frozenset({"read", "quote", "cite", "publish", "carry", "broadcast",
                                       "air", "print", "post"})) - DENY_CUES - QUESTION_CUES - frozenset(
    {"predict", "speculate", "estimate", "suggest", "hint", "muse", "question", "doubt", "call",
     "label", "describe", "characterize", "demand", "urge", "recommend", "threaten", "signal",
     "indicate", "point", "underscore", "mean"})
PUBLISH_VERBS = frozenset(
    "publish carry broadcast air print post run release issue distribute circulate relay announce".split())

# Claim kinds (schema.ClaimKind). Only a "statement" (what a source said, wrote or published)
# counts as a source's support; the other kinds are told apart by what the cue is, not by
# topic: a forecast modal or hedge on a verb that is no speech act is the writer's
# "prediction" ("Kim would likely seek X", "will request X": nobody said it); a verb or
# adjective of will with its object or infinitive is an "intention" reported as fact ("plans
# to", "is willing to", "decided to"); a source that is an image, a record or a set of
# figures shows, it does not say: a "perception" ("images showed", "data indicate"); and a
# first-person source outside quotation marks is the writer's own "opinion" ("I believe").
# A future speech act ("will argue that X") is a prediction too; "would" or "could" with a
# speech verb is the past of reported speech ("would say only that X"), a statement, and so
# is a refusal.
FORECAST_MODALS = frozenset({"will", "'ll", "’ll", "wo", "shall", "would", "could", "may", "might"})
HEDGE_ADVERBS = frozenset({"likely", "probably", "possibly", "perhaps", "presumably", "maybe"})
INTENTION_CUES = frozenset(
    """plan intend want wish aim decide mean prepare seek strive resolve opt choose desire
    aspire""".split()
)
# "would like to", "would rather": a wish, not a forecast
WISH_VERBS = frozenset({"like", "love", "prefer", "rather"})
# "hope to win", "expect to close": an intention only with an infinitive of the subject's own
INFINITIVE_INTENTION_CUES = frozenset({"hope", "try", "look", "attempt"})
INTENTION_ADJS = frozenset(
    """willing unwilling ready eager keen determined intent prepared reluctant inclined poised
    set bent""".split()
)
INTENTION_NOUNS = frozenset({"plan", "plans", "intention", "desire", "determination", "bid"})
PERCEPTION_SOURCES = frozenset(
    """image images imagery photo photos photograph photographs picture pictures video videos
    footage clip clips recording recordings audio tape tapes scan scans x-ray data figure
    figures statistics numbers record records document documents map maps chart charts graph
    graphs poll polls survey surveys study studies test tests result results evidence log logs
    reading readings measurement measurements census sample samples""".split()
)
# What such a source does: it shows, it does not say ("the clip says X" is its maker's words)
PERCEPTION_CUES = frozenset(
    """show indicate suggest reveal demonstrate depict capture find confirm prove contradict
    document record point appear mean according per in""".split()
)
# Future and possible speech acts ("will argue"); "could" and "would" with a speech verb are
# most often the past of reported speech ("could not resist pointing out", "would say only")
FUTURE_MODALS = frozenset({"will", "'ll", "’ll", "wo", "shall", "may", "might"})
FIRST_PERSON = frozenset({"i", "we"})

# Cues whose object is the addressee, not the content: "told reporters", "told state media".
ADDRESSEE_CUES = frozenset({"tell", "inform", "brief", "notify", "warn", "assure", "remind"})

# Dependency labels (ClearNLP / spaCy English) by role.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj"})

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "i", "me"})
PRONOUNS_GROUP = frozenset({"they", "them", "we", "us"})
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

# What a report may cite as its source after its content ("..., citing two people familiar
# with the matter"): the collective nouns, their singulars and the words for one source or a
# text; a cause ("citing falling demand") is none.
CITED_PARTY_NOUNS = COLLECTIVE_NOUNS | frozenset(
    """person spokesman spokeswoman spokesperson official source document documents statement
    statements memo letter email emails filing filings record records minutes draft data
    figures""".split())

# Texts a body or person issues, which "say" what their author says: "the statement said",
# "the announcement read". Their speaker is their owner or issuer (corroborate.speakers).
DOCUMENT_NOUNS = frozenset(
    """statement statements announcement release communique communiqué letter memo memorandum
    message notice declaration readout bulletin advisory proclamation decree filing email
    transcript editorial tweet""".split()
)

# Occasions a speaker says something at: "told reporters at a briefing that ...", "said during
# a news conference that ..." (`syntax.statement_clause`, with its "that" only).
OCCASION_NOUNS = frozenset(
    """briefing conference interview speech address hearing meeting session rally event call
    video post podcast broadcast appearance remarks""".split()
)

# What a speaker does with a statement or an occasion, in a relative clause on it: "said in a
# statement that it released on Monday", "at a briefing that he held" (no content): the
# publishing verbs, and the verbs of making or holding one.
MAKING_VERBS = PUBLISH_VERBS | frozenset(
    """give hold write deliver make send sign attend host organise organize film record put
    share upload convene read schedule""".split()
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

# Lowercase words inside organisation names: "Bank of America", "Friends of the Earth",
# "Banco de Mexico", "Ernst and Young". Any other lowercase word makes a phrase no name.
NAME_JOINERS = frozenset({"of", "the", "and", "for", "de", "du", "del", "la", "le", "van", "von",
                          "on", "in", "at", "to", "y"})
# those of them that join two capitalised words inside a name and never open one
INNER_NAME_JOINERS = frozenset({"of", "and", "for", "&"})

OPEN_QUOTES = frozenset('"“«„')
CLOSE_QUOTES = frozenset('"”»')
QUOTE_CHARS = OPEN_QUOTES | CLOSE_QUOTES
