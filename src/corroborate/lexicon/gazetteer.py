"""States, their names, capitals and seats of government, and state media: frozen constants.

The source graph (`corroborate.sources`) uses these to tie an office to the state it speaks for
("the Kremlin" -> Russia, "Seoul's unification ministry" -> South Korea, "U.S. officials" ->
the United States) and an agency to the government it speaks for ("KCNA" -> North Korea). They
are world knowledge, not story knowledge: the list covers the states and institutions that
international news names most, and any other name simply gets no state.
"""

from __future__ import annotations

# Canonical state name -> the names, short forms and demonyms that stand for it in a source
# phrase ("Russian Defense Ministry", "U.S. officials", "Pyongyang", "the DPRK").
STATES: dict[str, tuple[str, ...]] = {
    "United States": ("United States", "U.S.", "US", "USA", "U.S.A.", "America", "American",
                      "Washington", "Biden administration", "Trump administration"),
    "Russia": ("Russia", "Russian", "Russian Federation", "Moscow"),
    "North Korea": ("North Korea", "North Korean", "DPRK", "Democratic People's Republic of Korea",
                    "Pyongyang"),
    "South Korea": ("South Korea", "South Korean", "Republic of Korea", "ROK", "Seoul"),
    "China": ("China", "Chinese", "People's Republic of China", "PRC", "Beijing"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
    "Ukraine": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain", "British", "London",
                       "Downing Street"),
    "France": ("France", "French", "Paris", "Elysee", "Élysée"),
    "Germany": ("Germany", "German", "Berlin"),
    "Italy": ("Italy", "Italian", "Rome"),
    "Spain": ("Spain", "Spanish", "Madrid"),
    "Canada": ("Canada", "Canadian", "Ottawa"),
    "Mexico": ("Mexico", "Mexican", "Mexico City"),
    "Brazil": ("Brazil", "Brazilian", "Brasilia"),
    "India": ("India", "Indian", "New Delhi"),
    "Pakistan": ("Pakistan", "Pakistani", "Islamabad"),
    "Iran": ("Iran", "Iranian", "Tehran"),
    "Iraq": ("Iraq", "Iraqi", "Baghdad"),
    "Israel": ("Israel", "Israeli", "Jerusalem"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi", "Riyadh"),
    "Turkey": ("Turkey", "Turkish", "Ankara", "Türkiye"),
    "Syria": ("Syria", "Syrian", "Damascus"),
    "Egypt": ("Egypt", "Egyptian", "Cairo"),
    "Afghanistan": ("Afghanistan", "Afghan", "Kabul"),
    "Australia": ("Australia", "Australian", "Canberra"),
    "Taiwan": ("Taiwan", "Taiwanese", "Taipei"),
    "Poland": ("Poland", "Polish", "Warsaw"),
    "Belarus": ("Belarus", "Belarusian", "Minsk"),
    "Venezuela": ("Venezuela", "Venezuelan", "Caracas"),
    "Cuba": ("Cuba", "Cuban", "Havana"),
    "Indonesia": ("Indonesia", "Indonesian", "Jakarta"),
    "Philippines": ("Philippines", "Philippine", "Filipino", "Manila"),
    "Vietnam": ("Vietnam", "Vietnamese", "Hanoi"),
    "Nigeria": ("Nigeria", "Nigerian", "Abuja"),
    "South Africa": ("South Africa", "South African", "Pretoria"),
    "European Union": ("European Union", "EU", "E.U.", "Brussels", "European Commission"),
    "United Nations": ("United Nations", "UN", "U.N."),
    "NATO": ("NATO", "North Atlantic Treaty Organization"),
}
# Of those, the unions of states: never what a report calls "the country" (a "BRUSSELS
# (Reuters) -" story about Belgium's reactor and "the country's nuclear regulator")
NOT_COUNTRIES = frozenset({"European Union", "United Nations", "NATO"})

# Seats of government and institutions that speak for a state by name alone.
SEATS: dict[str, str] = {
    "kremlin": "Russia",
    "white house": "United States",
    "pentagon": "United States",
    "state department": "United States",
    "national security council": "United States",
    "nsc": "United States",
    "department of defense": "United States",
    "treasury department": "United States",
    "justice department": "United States",
    "department of justice": "United States",
    "blue house": "South Korea",
    "presidential office": "",
    "downing street": "United Kingdom",
    "elysee": "France",
    "élysée": "France",
    "zhongnanhai": "China",
    "knesset": "Israel",
    "bundestag": "Germany",
}

# Institutions that sit under another: a spokesperson of the NSC speaks for the White House too.
INSTITUTION_PARENTS: dict[str, str] = {
    "national security council": "white house",
    "nsc": "white house",
    "press office": "white house",
}

# Agencies and outlets run by a state, by the display name `outlets.normalize_outlet` gives.
STATE_MEDIA: dict[str, str] = {
    "KCNA": "North Korea",
    "Rodong Sinmun": "North Korea",
    "TASS": "Russia",
    "RIA Novosti": "Russia",
    "RT": "Russia",
    "Sputnik": "Russia",
    "Rossiya 24": "Russia",
    "Xinhua": "China",
    "Global Times": "China",
    "China Daily": "China",
    "CCTV": "China",
    "CGTN": "China",
    "People's Daily": "China",
    "IRNA": "Iran",
    "Press TV": "Iran",
    "SANA": "Syria",
    "Anadolu Agency": "Turkey",
    "Belta": "Belarus",
}

# Heads of anonymous collectives by what they are: officials speak for an institution, sources
# pass on what insiders know, experts and analysts give their own reading, reports are media,
# witnesses and the public speak for themselves. Only officials and sources can stand for a
# government's line; experts never can ("experts speculate" is not "officials said").
COLLECTIVE_TYPES: dict[str, str] = {
    **dict.fromkeys(
        """official officials authorities authority administration diplomat diplomats spokespeople
        government intelligence ministry military police prosecutors investigators""".split(), "official"),
    **dict.fromkeys(
        """source sources insider insiders person people familiar aide aides""".split(), "source"),
    **dict.fromkeys(
        """expert experts analyst analysts observer observers scholar scholars scientist scientists
        researcher researchers economist economists commentator commentators critic critics
        specialist specialists""".split(), "expert"),
    **dict.fromkeys(
        """report reports media press poll polls survey surveys study studies newspaper newspapers
        outlets""".split(), "media"),
    **dict.fromkeys(
        """witness witnesses resident residents voter voters supporter supporters opponent opponents
        protester protesters citizens locals""".split(), "public"),
}
# Nouns for things that show rather than say: a source of this kind is a perception.
THING_SOURCES = frozenset(
    """image images photo photos photograph photographs picture pictures video videos footage satellite
    imagery data figures document documents records chart map maps""".split()
)
# Role nouns that make a named person speak for the institution named beside them.
SPOKES_ROLES = frozenset(
    """spokesman spokeswoman spokesperson spokespeople secretary minister ambassador envoy official
    adviser advisor aide director chief head representative counselor counsellor commander deputy
    undersecretary press""".split()
)
# People known by their role when the article gives no name ("her rep", "the publicist", "a
# spokeswoman for the navy"): one class per role, with the words that name it. Two mentions of
# one class in a story are one person when the story ties the class to one name.
PERSON_ROLES: dict[str, str] = {
    **dict.fromkeys(
        ["spokesman", "spokeswoman", "spokesperson", "representative", "rep", "publicist",
         "press secretary", "press officer", "spokesmen", "spokeswomen"], "spokesperson"),
    **dict.fromkeys(
        ["lawyer", "attorney", "counsel", "solicitor", "barrister", "lawyers", "attorneys"], "lawyer"),
}
