"""Word lists of speaker resolution (`corroborate.speakers`), as frozen constants."""

from __future__ import annotations

from corroborate.lexicon import ROLE_NOUNS
from corroborate.lexicon.contrast import TIME_ZONES

# Words a name or noun phrase drops from its front: "the officials", "some experts", "two voters".
DETERMINERS = frozenset({"the", "a", "an", "some", "many", "several", "other", "these", "those",
                         "two", "three", "both", "all", "most", "few", "one"})

# Personal pronouns by the antecedents they may take: a man, a woman, a group, a thing.
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
# The pronouns resolved in text order into a coreference chain (each a mention for later ones).
CHAIN_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS
# Relative pronouns (possessive "whose" too) that stand for the noun their clause modifies.
RELATIVE_HEADS = frozenset({"who", "whom", "whose", "which", "that"})

# Nouns of amount whose "of" phrase is the real antecedent: "a number of cities that ...".
QUANTITY_NOUNS = frozenset(
    """number group handful lot majority minority host couple dozens hundreds thousands
    millions bunch series range variety percent""".split()
)
# Nouns of a voice that speaks for its owner: "his office", "the mayor's spokeswoman", "her
# campaign" are the owner's office, spokeswoman, campaign (`NounResolver._owned_voice`).
OWNED_VOICE_NOUNS = frozenset(
    """office campaign team camp staff spokesman spokeswoman spokesperson""".split()
)
# Singular common nouns that "it" may stand for when the thing is the source of a claim.
THING_NOUNS = frozenset(
    """report study survey poll statement letter analysis memo ruling document conversation
    program article book paper campaign company committee panel court agency organization
    group council commission board plan bill law website site network""".split()
)

# Head nouns of a definite description of an organisation: "the company", "the US software
# giant", "the navy", "the group". In a news article such a phrase almost always stands for
# the organisation the article named before it, as "the spokeswoman" stands for the named
# holder of that role (`NounResolver._organisation_anaphor`). Nouns that are as often a
# person's role or a thing ("the board" of a game, "the party" as an event) are left out.
ORGANISATION_NOUNS = frozenset(
    """company firm corporation conglomerate giant maker manufacturer carmaker automaker
    airline carrier operator provider retailer lender bank insurer developer publisher
    studio club team navy army military ministry department organization organisation
    association federation union league council committee commission institute university
    hospital charity foundation academy utility group railroad railway museum regulator
    watchdog trust board authority biotech gang exchange bureau consortium airport
    cooperative city startup chain refiner court tribunal embassy consulate directorate
    inspectorate""".split()
)
# Organisation nouns that name a business: "the company" after the FDA spoke is the drugmaker
# the article named, not the agency (a state's body is never "the company")
COMPANY_NOUNS = frozenset(
    """company firm corporation conglomerate giant maker manufacturer carmaker automaker
    airline carrier operator provider retailer lender insurer developer publisher studio
    utility railroad railway distributor supplier producer biotech startup chain miner
    refiner shipper exporter importer""".split()
)
# Plural nouns that, definite and bare ("the companies", "the two suppliers", "both
# airlines"), stand for the organisations the article has just named as a pair
# (`speakers.groups`); a state's plural ("the two countries") is left out (its members are
# places, not bodies), and so are "sides" and "parties": the two sides of a dispute say
# opposite things, and "according to both sides" gives each side's own figure, no statement
# of each (on the dockworkers' story it joined the union's and the employer's claims)
PARTY_NOUNS = COMPANY_NOUNS | frozenset(
    """bank group union club team association federation organisation organization
    exchange""".split()
)
# counts a description gives its members by: "the two companies", "the three banks"
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# Words the names of an organisation noun's kind carry besides the noun itself: "the union"
# after "the United Auto Workers" is the UAW, not the carmaker named after it.
KIND_NAME_WORDS = {
    "union": ("workers", "teamsters", "federation", "brotherhood", "guild", "employees"),
    "university": ("college",),
    "party": ("democrats", "republicans", "conservatives", "socialists"),
    "railroad": ("railway", "rail", "railways"),
    "railway": ("railroad", "rail", "railways"),
    "museum": ("musée", "museo", "museu", "gallery"),
    "regulator": ("authority", "administration", "commission", "agency", "office"),
    "watchdog": ("authority", "commission", "agency", "office", "ombudsman"),
}
# Organisation nouns whose referent's name says its kind ("the union": a name with "union" or
# a word of `KIND_NAME_WORDS`, "the club", "the ministry"): with no such name in reach, the
# noun is left as written, never taken for whatever organisation spoke last.
NAMED_KIND_NOUNS = frozenset(
    """union club university hospital museum ministry academy charity league
    federation institute council association foundation city court tribunal embassy consulate
    directorate inspectorate""".split()
)
# Words that end a company's name: "Acme Corp" is an organisation even where the NER missed it.
CORPORATE_SUFFIXES = frozenset(
    """corp corp. corporation inc inc. incorporated ltd ltd. limited llc plc co co. holdings ag sa
    nv gmbh""".split()
)

# Capitalised words of trade that end a company's name ("Halberg Chemie", "Meridian Airways",
# "Borealis Midstream", "Norvance Pharmaceuticals"): a name the recogniser tags a person is
# the company's when its last word is one of these.
COMPANY_NAME_ENDINGS = frozenset(
    """chemie chemicals pharmaceuticals pharma biopharma therapeutics biotech airways airlines
    motors automotive midstream pipelines petroleum mining metals steel technologies systems
    industries bancorp insurance logistics shipping telecom electronics
    semiconductor laboratories labs foods breweries hotels resorts construction engineering
    energy""".split()
)

# Nouns of a written finding whose author the phrase may name: "a report from the WHO", "the
# report, published by the World Health Organization", "a Pew survey". Without one they stay
# what they were ("the report": an outlet's, or nobody's).
REPORT_NOUNS = frozenset(
    """report study survey analysis assessment review audit poll investigation inquiry result
    figure data statistic tally""".split()
)

# Role nouns of one office that differ only in gender: "the spokesperson" matches both.
ROLE_FAMILIES = {"spokesman": "spokesperson", "spokeswoman": "spokesperson",
                 "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
                 "congressman": "representative", "congresswoman": "representative",
                 "advisor": "adviser"}
# Every role noun that names a person by office: the shared lexicon's, and offices of law,
# media and business ("the spokesperson", "presidential nominee X", "the prosecutor").
SPEAKER_ROLE_NOUNS = ROLE_NOUNS | frozenset({"chairwoman", "chairperson", "congressman", "congresswoman",
                                             "nominee", "justice", "judge", "attorney", "prosecutor",
                                             "ceo", "founder", "host", "anchor", "columnist",
                                             "correspondent", "agent", "publicist"}) | frozenset(
    # what a person is known as: "the actress" after "Actress Tara Reid", "the comedian"
    # after "Comedian Ellen DeGeneres". Only a person whose title or appositive holds the
    # same noun is its holder (`ArticleSpeakers.named_for_role`), never any earlier name
    # (not "model": "the model predicts"; not "pastor": a first name, "Pastor Maldonado")
    """actor actress singer comedian comedienne rapper musician star athlete
    swimmer boxer golfer cyclist footballer quarterback pitcher goalkeeper striker coach
    author novelist writer poet filmmaker playwright designer chef billionaire
    businessman businesswoman entrepreneur activist economist professor scientist
    historian priest bishop""".split()) | frozenset(
    # what a story calls a person it quoted by name and then by trade: "the farmer" after "Tom
    # Haddad, a 58-year-old farmer", "Raj Dhillon, the senior TSB investigator"
    """investigator inspector detective commissioner superintendent curator engineer
    researcher lawyer doctor surgeon nurse teacher farmer pilot driver manager executive
    owner resident witness survivor""".split())
# Modifiers of a role noun that do not tell two holders apart ("the former senator").
GENERIC_ROLE_WORDS = frozenset({"former", "top", "senior", "new", "then", "current", "longtime",
                                "chief", "deputy", "acting", "press", "the", "'s", "’s"})
# Abbreviated ranks and titles (police, military, civic) the NER takes for a name or into one:
# "Det Ch Insp Anita Rowe" (read as a PERSON "Det Ch Insp"), "Det Supt Mark Ellis".
TITLE_ABBREVIATIONS = frozenset(
    """det ch insp supt sgt cllr pc dc ds dci di dsupt cmdr capt lt col maj gen adm brig cpl pte
    sen rep gov prof dr insp. det. supt. sgt. capt. lt. col. maj. gen. adm. sen. rep. gov. prof.
    dr. detective chief inspector superintendent constable sergeant""".split()
)
# Honorifics before a name, with the gender they give its person: "Mrs. Clinton".
HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
                    "sir": "m", "lady": "f"}

# Quotation marks that open, close, or (straight ones) toggle a quote, for the quoted tokens.
QUOTE_OPENERS = frozenset({"“", "«", "„"})
QUOTE_CLOSERS = frozenset({"”", "»"})
QUOTE_TOGGLES = frozenset({'"', "''", "``"})

# Outlet names that are ordinary words in lower case: only capitalised do they name an outlet.
LOWERCASE_OUTLET_WORDS = frozenset({"ap", "ria", "the times"})
# Words that make an organisation's name an outlet's: "Kyodo News", "the Journal". Not
# "agency": "the Ohio Environmental Protection Agency" is a government's, and a news agency
# says "news" ("Yonhap News Agency") or is a known outlet.
MEDIA_NAME_WORDS = ("news", "times", "post", "journal", "press", "tv", "radio")
# Nouns that end a source naming an outlet without its name: "the media", "the US daily".
OUTLET_NOUNS = frozenset({"media", "outlet", "daily"})
# Media nouns that also name other things: "the agency" (of a government), "the report".
NOT_ONLY_MEDIA = frozenset({"agency", "report", "story", "site", "website"})
# Last words of the names of government agencies: "the agency" after "the Food and Drug
# Administration" or "the Federal Bureau of Investigation" is that agency, not a news agency.
AGENCY_HEADS = frozenset({"agency", "administration", "bureau", "service", "commission",
                          "authority", "institute", "centers", "center", "board", "office"})
# Verbs whose subject is the author of the text they take: "Acme issued a statement".
ISSUE_VERBS = frozenset({"issue", "release", "make", "send", "sign", "put", "deliver", "write"})

# Children whose subtrees a noun phrase's name leaves out: determiners, numbers, relative
# clauses and appositives ("Twenty-seven states that ..." -> "states").
NP_DROP_DEPS = frozenset({"det", "predet", "nummod", "quantmod", "relcl", "appos", "punct",
                          "advmod", "cc"})
# Last labels of web addresses that name a source ("TMZ.com", "bbc.co.uk", "yna.co.kr"):
# generic ones and country codes news sites use; a file name ("report.pdf") is none.
WEB_SUFFIXES = frozenset(
    """com org net info biz news tv io co gov edu int uk us ca au nz ie de fr it es nl be
    ch at se no dk fi pl cz ru ua kr kp jp cn hk tw sg my in pk il tr gr pt br mx ar za ng
    ke eg ae qa sa ph id th vn eu""".split())

# Participles after "<place>-" that say where a body sits, not whose it is: "the London-based
# company", "a Delaware-registered firm"
BASED_WORDS = frozenset({"based", "headquartered", "registered", "listed"})

# Titles written before a person's name ("Mayor Doreen Fehr", "Carrick Lake Mayor Doreen Fehr",
# "Police Commissioner Anna Berg", "Chief Executive Officer Tim Cook"): the capitalised words
# after the last of them, up to the end of the run, are a name (`components.titled_names`).
NAME_TITLES = frozenset(
    """mayor governor minister secretary senator president commissioner inspector investigator
    superintendent detective sheriff councillor councilor ambassador premier chancellor
    chairman chairwoman chairperson chair director spokesman spokeswoman spokesperson judge
    justice prosecutor attorney officer executive chief deputy representative congressman
    congresswoman general admiral captain commander lieutenant sergeant constable
    professor dr""".split())

# Words before a name that make it a place's, never a person's ("on the Maasvlakte", "her
# house in Fornazzo"); not "at" or "from", which come before people ("a letter from Smith").
LOCATING_WORDS = frozenset({"the", "in", "near", "outside", "across", "throughout"})
# Prepositions whose object is where something is: a body named only so ("gardens in Homberg
# and Moers") is not what "the company" after it means (`speakers.syntax.aside`)
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "across", "around", "outside", "inside",
                                "throughout"})
# Words in the name of a body that is no business: "the company" after "the Maritime Union of
# Australia said ..." is not the union, nor after "The Calder Memorial Bridge could be
# off-limits ..." the bridge (`NounResolver._last_organisation`)
NON_BUSINESS_WORDS = frozenset(
    """union unions association federation council committee ministry department commission
    authority agency police court confederation congress party government parliament
    university regulator prosecutor prosecutors inspectorate directorate
    bridge tunnel dam reservoir memorial museum school""".split())
# Nouns of a product: a name the text sets beside one ("its blood-pressure drug Losavel", "the
# rocket Fulmar") is no business, whatever the recogniser tagged it (`mentions.no_business`)
PRODUCT_NOUNS = frozenset(
    """drug medicine medication tablet pill vaccine therapy treatment device app brand product
    rocket vessel ship ferry tanker aircraft jet airliner satellite smartphone""".split())

# What a holder's self-given name makes it, by the reflexive: "a group calling itself Black
# Lantern" (a body), "a man calling himself ..." (a person) (`speakers.syntax.self_name`)
REFLEXIVES = {"itself": "organization", "themselves": "organization", "himself": "person",
              "herself": "person"}
# Nouns for a body that may go by a name of its own ("a hacker group known as Red Owl"); any
# other holder "known as" a name is a person ("a singer known as Lady Zee")
GROUP_NOUNS = frozenset({"group", "gang", "collective", "network", "organisation", "organization",
                         "movement", "outfit", "cell", "faction", "militia", "company", "firm",
                         "band", "coalition", "alliance", "campaign", "party", "club", "crew"})
# Nouns for a body that make a name the recogniser read as a person's a body's, before it
# ("environmental group Pro Natura") or in apposition ("Pro Natura, a conservation group");
# not the nouns as often a place, a bench or a side ("city", "court", "team", "band")
# (nor a trade a person plies as well as a firm: "a property developer", "a retired miner",
# "a tour operator", "record producer Wanjiru Kamau")
BODY_NOUNS = (ORGANISATION_NOUNS | GROUP_NOUNS | COMPANY_NOUNS) - frozenset(
    """city court team band developer producer operator miner publisher maker distributor
    supplier exporter importer shipper carrier crew giant cell refiner retailer lender
    insurer""".split())
# Personal pronouns: a name they take up is a person's, whatever it says of "it"
PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
# What an outlet's name may end with beyond what a relay calls it by: "Channel North" for
# "Channel North News" (`independence`)
HOUSE_NAME_ENDINGS = frozenset({"news", "tv", "online", "radio", "television", "live", "news online"})

# News agencies by a canonical name that does not say "agency" or "press": "the agency" may
# be one of these (or a government's agency), never a newspaper or a broadcaster.
NEWS_AGENCY_NAMES = frozenset(
    """reuters afp ap bloomberg dpa efe ansa kyodo yonhap xinhua tass interfax kcna pti anadolu
    bernama antara apa ria novosti sputnik""".split()
)
# Words in an outlet's name that make it a news agency: "Korean Central News Agency",
# "Associated Press", "Agence France-Presse", "Press Trust of India", "Philippine News Agency".
NEWS_AGENCY_WORDS = frozenset({"agency", "agence", "agenzia", "agencia", "press", "presse", "wire"})
# Last words of the names of newspapers, broadcasters and news sites: "speaking to the
# Courier", "told the Herald" name an outlet that interviewed the speaker.
MASTHEAD_WORDS = frozenset(
    """courier herald tribune gazette chronicle standard observer telegraph guardian mail express
    star sun record ledger examiner inquirer independent globe daily weekly bulletin review
    monitor broadcasting channel network fm news times post journal press tv radio""".split()
)

# Time zones and units the recogniser tags as organisations ("shares were down by 1120 GMT",
# "the 1,039 MW reactor"): never a body that speaks or that "the utility" could stand for.
# The contrast rules' zones (`lexicon.contrast.TIME_ZONES`, lower case) and more.
NOT_BODY_CODES = frozenset({z.upper() for z in TIME_ZONES} | set(
    """CEST EET EEST WET WEST IST MST MDT AKST HST JST KST AEST AEDT ACST AWST NZST NZDT SGT
    HKT MSK MW GW KW KWH MWH GWH TWH MWE BPD TEU""".split()))
