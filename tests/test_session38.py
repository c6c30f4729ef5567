"""Session 38: where retellings of one statement were lost between the judge and the clusters.
A call to act whose "should" is its cue ("urged drivers to use ...") has the obligation of
"drivers should use ..."; an estimate ("nearly 300", "about 150mm") allows a few per cent
around its figure; a name the recogniser read as a person's that calls itself "it" is
a body; "US FDA" is the agency the article spells out, so "the company" is not it. The rules
on hand-built Docs, as the pinned parser gives them, and on parsed invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from corroborate.api import extract_claims_from_texts
from corroborate.match.pairs import rule_differences


def test_a_call_to_act_has_the_obligation_of_its_cue() -> None:
    # "urged drivers to use ..." (its "should" is the cue) and "drivers should use ..." are
    # one obligation: no modality differs
    said = "drivers should use the Harris Street Bridge, about 2 miles upstream, or the Veterans Parkway"
    urged = "drivers to use the Harris Street Bridge, roughly two miles upstream, or the Veterans Parkway"
    assert "modality" not in rule_differences(said, urged, "asserts", "urges")
    assert "modality" not in rule_differences(urged, said, "urges", "asserts")
    # read as two statements, the "should" one of them lacks is still a difference
    assert "modality" in rule_differences(said, urged, "asserts", "asserts")
    # ... and a hedge is no obligation
    hedged = ("drivers may have to use the Harris Street Bridge, about 2 miles upstream, or the "
              "Veterans Parkway")
    assert "modality" in rule_differences(hedged, urged, "asserts", "urges")


# "Aguas del Itata said it had notified the agency . The company apologised ." with the name
# tagged as a person's, as the pinned recogniser tags it inside its article
_BODY = "Aguas del Itata said it had notified the agency . The company apologised .".split()
_BODY_HEADS = [2, 2, 3, 3, 6, 6, 3, 8, 6, 3, 11, 12, 12, 12]
_BODY_DEPS = ["compound", "compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "punct",
              "det", "nsubj", "ROOT", "punct"]
_BODY_POS = ["PROPN", "PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN",
             "VERB", "PUNCT"]
_BODY_TAGS = ["NNP", "NNP", "NNP", "VBD", "PRP", "VBD", "VBN", "DT", "NN", ".", "DT", "NN", "VBD", "."]
_BODY_LEMMAS = ["Aguas", "del", "Itata", "say", "it", "have", "notify", "the", "agency", ".", "the",
                "company", "apologise", "."]


def _labels(make_doc: Callable[..., Doc], words: list[str]) -> dict[str, str]:
    from corroborate.speakers.article import ArticleIndex

    lemmas = [lemma if w == b else w.lower() for w, b, lemma in zip(words, _BODY, _BODY_LEMMAS, strict=True)]
    doc = make_doc(words, _BODY_HEADS, _BODY_DEPS, pos=_BODY_POS, tags=_BODY_TAGS, lemmas=lemmas,
                   ents=["B-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 11)
    return {m.name: m.label for m in ArticleIndex(doc).mentions}


def test_a_name_that_calls_itself_it_is_a_body_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    assert _labels(make_doc, _BODY)["Aguas del Itata"] == "ORG"
    # "he" is a person's pronoun: the name stays a person's
    assert _labels(make_doc, [w if w != "it" else "he" for w in _BODY])["Aguas del Itata"] == "PERSON"
    # ... and with no body noun taking the name up after it
    family = [w if w != "company" else "family" for w in _BODY]
    assert _labels(make_doc, family)["Aguas del Itata"] == "PERSON"
    # a name that opens with a first name says "it" of the situation ("John Smith said it was
    # time ..."): still a person
    assert _labels(make_doc, ["Maria", "del", "Carmen"] + _BODY[3:])["Maria del Carmen"] == "PERSON"


_RELEASE = ("In a news release issued on Friday afternoon, Aguas del Itata said it had notified SENAPRED, "
            "the national disaster agency, and the municipality of San Fabián at 2:40 a.m. The company "
            'expressed its "deepest condolences" to bereaved families and said it had set up an emergency '
            "fund of 500 million pesos for those affected.")


def test_a_company_the_recogniser_read_as_a_person_is_the_company_on_parsed_sentences() -> None:
    claims = extract_claims_from_texts({"a": _RELEASE})
    got = {(c.source.text, c.speaker, c.speaker_kind) for c in claims}
    assert ("Aguas del Itata", "Aguas del Itata", "organization") in got
    assert ("The company", "Aguas del Itata", "organization") in got


def test_initials_with_a_country_stand_for_the_agency_they_shorten() -> None:
    from corroborate.speakers.mentions import Mention, spelled_names, state_body

    fda = Mention(10, 15, "U.S. Food and Drug Administration", "ORG", 1, True)
    us_fda = Mention(0, 2, "US FDA", "ORG", 0, True)
    assert spelled_names("US FDA", [us_fda, fda]) == ["US FDA", "U.S. Food and Drug Administration"]
    assert state_body("US FDA", [us_fda, fda])
    assert not state_body("US FDA", [us_fda])  # spelled out nowhere: not known for a state's


_DRUG = ("US FDA declines to approve Biogen's ALS drug, asks for new trial\n\n"
         "March 21 (Reuters) - The U.S. Food and Drug Administration has declined to approve Biogen's "
         "experimental treatment for amyotrophic lateral sclerosis, the company said on Friday, dealing a "
         "setback to its efforts to rebuild its neurology pipeline.\n\n"
         "The FDA issued a complete response letter for velinersen, an antisense drug designed for "
         "patients with the sporadic form of the disease, and asked the company to run an additional "
         "late-stage trial before it could be approved, Biogen said in a statement.")


def test_the_company_is_no_agency_named_by_its_initials_on_parsed_sentences() -> None:
    claims = extract_claims_from_texts({"a": _DRUG})
    company = [c.speaker for c in claims if c.source.text == "the company"]
    assert company == ["Biogen"]


def test_an_estimate_allows_a_few_per_cent_around_its_figure() -> None:
    from corroborate.contrast import differences

    # "almost 150mm" is 148 rounded up, "nearly 300" 297, "around 2,000" the same count
    assert differences("almost 150mm of rain had fallen on the upper basin",
                       "148 millimetres of rain fell on the upper basin") == []
    assert differences("297 operations and about 2,000 outpatient appointments were cancelled",
                       "nearly 300 operations and around 2,000 outpatient appointments were cancelled") == []
    # ... but not far off, nor above what "nearly" allows
    assert differences("about 40 homes were destroyed", "45 homes were destroyed") == ["number"]
    assert differences("nearly 300 operations were cancelled", "310 operations were cancelled") == ["number"]
    assert differences("148 operations were cancelled", "152 operations were cancelled") == ["number"]


def test_a_currency_before_its_amount_is_no_name() -> None:
    from corroborate.contrast import differences

    # "KSh 10.00" and "Sh10" are one sum in Kenyan shillings, not two names in one slot
    assert differences("reduce the maximum retail price of diesel by KSh 10.00 per litre",
                       "has cut the price of diesel by Sh10") == []
    # the sum itself is still read
    assert differences("cut the price of diesel by KSh10", "cut the price of diesel by KSh12") == ["number"]
    # and a name after the sum is still a name
    assert differences("paid RM 500 to Ahmad", "paid RM 500 to Razak") == ["entity"]


def test_a_hyphenated_title_and_a_two_word_domain_tie_a_person_to_their_body() -> None:
    from tests.test_sources import claim, graph

    g = graph(claim("d1", "Ruth Achieng", source="KNBS Director-General Ruth Achieng"),
              claim("d2", "Kenya National Bureau of Statistics", kind="government"),
              claim("d3", "Peter Kiprono", source="Energy and Petroleum Cabinet Secretary Peter Kiprono"),
              claim("d4", "Ministry of Energy and Petroleum", kind="government"),
              claim("d5", "Energy and Petroleum Regulatory Authority", kind="government"))
    for i, j in ((0, 1), (2, 3)):
        link = g.link(i, j)
        assert link is not None and link.kind == "member" and "speaks for" in link.detail
    # the minister's title names the ministry, not the regulator whose name holds its words
    assert g.link(2, 4) is None
    # a title the story's bodies do not name ties no one
    g = graph(claim("d1", "Ruth Achieng", source="KNBS Director-General Ruth Achieng"),
              claim("d2", "Kenya Revenue Authority", kind="government"))
    assert g.link(0, 1) is None


def test_a_spokeswoman_for_the_mayor_speaks_for_the_storys_one_mayor() -> None:
    from tests.test_sources import claim, graph

    g = graph(claim("d1", "Andrea Kline", source="Andrea Kline, a spokeswoman for the mayor"),
              claim("d2", "Raymond Ashby", source="Mayor Raymond Ashby"),
              claim("d3", "Raymond Ashby's office", kind="government"))
    for j in (1, 2):
        link = g.link(0, j)
        assert link is not None and link.kind == "member"
        assert "speaks for the mayor, Raymond Ashby" in link.detail
    # two mayors in the story: she speaks for neither by the graph
    g = graph(claim("d1", "Andrea Kline", source="Andrea Kline, a spokeswoman for the mayor"),
              claim("d2", "Raymond Ashby", source="Mayor Raymond Ashby"),
              claim("d3", "Lena Voss", source="former mayor Lena Voss"))
    assert g.link(0, 1) is None and g.link(0, 2) is None


def test_a_name_a_noun_for_a_body_describes_is_a_body_on_parsed_sentences() -> None:
    # the pinned recogniser tags "Pro Natura" as a person's name here
    got = {(c.speaker, c.speaker_kind) for c in extract_claims_from_texts({"a": (
        "Environmental group Pro Natura said the ruling was an important first success for the "
        "protection of the wolf.")})}
    assert got == {("Pro Natura", "organization")}
    # a person's title is no body: "Union leader Mark Dawes"
    got = {(c.speaker, c.speaker_kind) for c in extract_claims_from_texts({"a": (
        "Union leader Mark Dawes said the strike would go ahead.")})}
    assert got == {("Mark Dawes", "person")}


def test_a_person_who_says_it_stays_a_person_on_parsed_sentences() -> None:
    # (found by a review of the rules above) first names the name list lacks: "it" of the
    # situation, a personal pronoun after, no body noun taking the name up
    for text, name in (
            ("Narendra Modi said it was a historic day for India's farmers. He said the new law "
             "would double their incomes.", "Narendra Modi"),
            ("Bola Tinubu said it would take time to fix the economy. Tinubu spoke in Abuja.",
             "Bola Tinubu"),
            ("Kwame Mensah, a property developer, said the market was weak.", "Kwame Mensah")):
        kinds = {(c.speaker, c.speaker_kind) for c in extract_claims_from_texts({"a": text})}
        assert (name, "person") in kinds and not any(k == "organization" for _, k in kinds), text


def test_a_critic_of_the_mayor_or_a_former_mayor_is_not_the_mayor() -> None:
    from tests.test_sources import claim, graph

    spokeswoman = claim("d1", "Andrea Kline", source="Andrea Kline, a spokeswoman for the mayor")
    for other in ("Council member Lisa Chen, a frequent critic of the mayor",
                  "Deputy Mayor Lisa Chen", "former mayor Lisa Chen"):
        g = graph(spokeswoman, claim("d2", "Lisa Chen", source=other))
        assert g.link(0, 1) is None, other
    # beside the mayor, a deputy or a former mayor makes the role two people's: the graph
    # ties her to neither rather than guess
    g = graph(spokeswoman, claim("d2", "Raymond Ashby", source="Mayor Raymond Ashby"),
              claim("d3", "Lisa Chen", source="Deputy Mayor Lisa Chen"))
    assert g.link(0, 1) is None and g.link(0, 2) is None
    # nor does "a spokeswoman for the mayor's challenger" speak for the mayor
    g = graph(claim("d1", "Andrea Kline", source="Andrea Kline, a spokeswoman for the mayor's challenger"),
              claim("d2", "Raymond Ashby", source="Mayor Raymond Ashby"))
    assert g.link(0, 1) is None


def test_a_past_or_conditional_obligation_is_no_call_to_act() -> None:
    urged = "drivers to use the Harris Street Bridge"
    for stated in ("drivers needed to use the Harris Street Bridge",
                   "drivers should have used the Harris Street Bridge",
                   "drivers would have to use the Harris Street Bridge"):
        assert "modality" in rule_differences(stated, urged, "asserts", "urges"), stated


def test_a_ministers_title_names_a_ministry_never_a_regulator() -> None:
    # (an older gap the review found: a minister tied to the story's one body that held the
    # title's words, a regulator among them)
    from tests.test_sources import claim, graph

    for source, body, tied in (
            ("Energy Minister Ana Ruiz", "Energy Regulatory Authority", False),
            ("Energy Minister Ana Ruiz", "Spain's Energy Ministry", True),
            ("Treasury Secretary Janet Yellen", "U.S. Treasury", True),
            ("Foreign Secretary David Lammy", "British Foreign Office", True),
            ("Health Minister Ciarán Duffy", "Department of Health", True)):
        name = " ".join(source.split()[-2:])
        g = graph(claim("d1", name, source=source), claim("d2", body, kind="government"))
        assert (g.link(0, 1) is not None) == tied, (source, body)
    # a spokesperson's title is no minister's: "Ford spokeswoman" still names Ford Motor Company
    g = graph(claim("d1", "Karen Hollis", source="Ford spokeswoman Karen Hollis"),
              claim("d2", "Ford Motor Company", kind="organization"))
    assert g.link(0, 1) is not None
