"""The source graph: entities, the links between them, and which claims may be one claim."""

from __future__ import annotations

import pytest

from corroborate.match import canonical_speakers
from corroborate.schema import Claim, ClaimKind, SpanText, SpeakerKind
from corroborate.sources import SourceGraph, offices_of_person, states_named


def claim(
    doc: str, speaker: str | None, *, kind: SpeakerKind = "person", source: str | None = None,
    via: str | None = None, chain: list[str] | None = None, claim_kind: ClaimKind = "statement",
) -> Claim:
    text = source if source is not None else (speaker or "")
    return Claim(
        id=f"c-{doc}-{speaker}", doc_id=doc,
        source=SpanText(text=text, spans=[(0, len(text))] if text else []),
        cue=SpanText(text="said", spans=[(0, 4)]),
        content=SpanText(text="the talks will resume in May", spans=[(10, 38)]),
        speaker=speaker, speaker_kind=kind, quote_type="indirect", via=via,
        chain=chain or [], kind=claim_kind, confidence=0.8,
    )


def graph(*claims: Claim) -> SourceGraph:
    return SourceGraph(list(claims), canonical_speakers(claims))


@pytest.mark.parametrize(
    "source,name,office",
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "kremlin"),
        ("White House national security spokesman John Kirby", "John Kirby", "white house"),
        ("Adrienne Watson, the spokeswoman for the National Security Council", "Adrienne Watson",
         "national security council"),
        ("Foreign Ministry spokeswoman Maria Lind", "Maria Lind", "foreign ministry"),
    ],
)
def test_sources_person_tied_to_office_named_beside_the_role(source: str, name: str, office: str) -> None:
    assert office in offices_of_person(source, name)


def test_sources_no_office_without_a_role_noun() -> None:
    assert offices_of_person("Sen. Elizabeth Warren", "Elizabeth Warren") == set()


@pytest.mark.parametrize(
    "text,state",
    [("U.S. and allied officials", "United States"), ("top US officials", "United States"),
     ("Seoul's unification ministry", "South Korea"), ("the Russian Defense Ministry", "Russia"),
     ("Pyongyang", "North Korea")],
)
def test_sources_states_named_by_demonym_capital_or_short_form(text: str, state: str) -> None:
    assert state in states_named(text)


def test_sources_lowercase_us_is_not_the_united_states() -> None:
    assert states_named("officials told us") == ()


def test_sources_spokesperson_and_office_and_state_are_linked() -> None:
    g = graph(
        claim("a", "Dmitry Peskov", source="Kremlin spokesman Dmitry Peskov"),
        claim("b", "Kremlin", kind="government"),
        claim("c", "Russia", kind="government"),
        claim("d", "RIA Novosti", kind="media"),
    )
    assert g.link(0, 1) is not None and g.link(0, 1).kind == "member"  # type: ignore[union-attr]
    assert g.link(1, 2) is not None  # the Kremlin speaks for Russia
    assert g.link(0, 3) is not None and g.link(0, 3).kind == "state-media"  # type: ignore[union-attr]


def test_sources_link_holds_across_articles_once_one_article_states_it() -> None:
    # only article a says who Watson works for; article b's bare "Watson" is the same person
    g = graph(
        claim("a", "Adrienne Watson", source="National Security Council spokesperson Adrienne Watson"),
        claim("b", "Adrienne Watson", source="Watson"),
        claim("c", "White House", kind="government"),
    )
    assert g.link(1, 2) is not None


def test_sources_two_named_people_of_no_shared_body_never_one_source() -> None:
    g = graph(claim("a", "Dmitry Peskov", source="Kremlin spokesman Dmitry Peskov"),
              claim("b", "John Kirby", source="White House spokesman John Kirby"))
    assert g.link(0, 1) is None


def test_sources_an_unnamed_official_is_anonymous_not_a_named_person() -> None:
    # the resolver gives "a senior official" the kind person; no article names him, so he
    # is no person every article's "senior official" would be, and a named spokesman may be
    # him only on strongly agreeing contents
    g = graph(claim("a", "senior official", source="a senior official"),
              claim("b", "John Kirby", source="White House spokesman John Kirby"),
              claim("c", "person", source="a person familiar with the matter"))
    assert [e.kind for e in g.entities] == ["official", "person", "source"]
    link = g.link(0, 1)
    assert link is not None and link.strict
    # a named person whose name ends in a capital stays a person
    assert graph(claim("a", "Maria Lind")).entities[0].kind == "person"


def test_sources_experts_are_never_officials() -> None:
    g = graph(claim("a", "experts", kind="collective"),
              claim("b", "officials", kind="collective"),
              claim("c", "White House", kind="government"),
              claim("d", "analysts", kind="collective"))
    assert g.link(0, 1) is None
    assert g.link(0, 2) is None
    link = g.link(0, 3)  # two groups of commentators: only on strong agreement
    assert link is not None and link.strict


def test_sources_officials_of_a_state_link_to_that_states_voices() -> None:
    g = graph(claim("a", "U.S. officials", kind="collective", source="U.S. officials"),
              claim("b", "John Kirby", source="White House spokesman John Kirby"),
              claim("c", "officials", kind="collective", source="officials"))
    link = g.link(0, 1)
    assert link is not None and not link.strict
    unnamed = g.link(2, 1)  # officials of no stated body: admitted only on strong agreement
    assert unnamed is not None and unnamed.strict


def test_sources_officials_of_one_state_are_no_voice_of_another_states_body() -> None:
    g = graph(claim("a", "Russian officials", kind="collective", source="Russian officials"),
              claim("b", "China's foreign ministry", kind="government",
                    source="China's foreign ministry"),
              claim("c", "Chinese officials", kind="collective", source="Chinese officials"),
              claim("d", "Kremlin", kind="government", source="the Kremlin"))
    assert g.link(0, 1) is None and g.link(2, 3) is None
    assert g.link(2, 1) is not None and g.link(0, 3) is not None  # each with its own state


def test_sources_officials_cited_by_an_outlet_relay_through_it() -> None:
    g = graph(claim("a", "officials", kind="collective", via="The New York Times"),
              claim("b", "The New York Times", kind="media", via="The New York Times"),
              claim("c", "The Times", kind="media"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "relay" and not link.strict
    assert g.link(1, 2) is not None and g.link(1, 2).kind == "same"  # type: ignore[union-attr]


def test_sources_no_source_links_on_wording_alone() -> None:
    g = graph(claim("a", None, kind="unknown"), claim("b", "Dmitry Peskov"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "unsourced" and not link.strict


def test_sources_named_in_the_other_source_phrase_is_linked() -> None:
    g = graph(claim("a", "police", kind="collective", source="police"),
              claim("b", "Los Angeles police", kind="government", source="Los Angeles police"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "member" and not link.strict


def test_sources_same_relay_does_not_make_two_named_people_one() -> None:
    g = graph(claim("a", "Dmitry Peskov", via="The New York Times"),
              claim("b", "John Kirby", via="The New York Times"))
    assert g.link(0, 1) is None


@pytest.mark.parametrize(
    "short,full",
    [("AMD", "Advanced Micro Devices"), ("HP", "Hewlett-Packard Co."), ("HP of Palo Alto", "Hewlett-Packard"),
     ("USGS", "US Geological Survey"), ("Acme", "Acme Inc."),
     ("CDC", "Centers for Disease Control and Prevention")],
)
def test_sources_initials_and_corporate_suffixes_are_one_organisation(short: str, full: str) -> None:
    g = graph(claim("a", short, kind="organization"), claim("b", full, kind="organization"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "same"


def test_sources_initials_shared_by_two_full_names_stay_apart() -> None:
    g = graph(claim("a", "AP", kind="organization"), claim("b", "Acme Partners", kind="organization"),
              claim("c", "Alpine Power", kind="organization"))
    assert g.link(0, 1) is None and g.link(0, 2) is None


def test_sources_company_spokesperson_speaks_for_the_company() -> None:
    g = graph(claim("a", "Ann Lee", source="Apple spokeswoman Ann Lee"),
              claim("b", "Apple", kind="organization"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "member"


# ------------------------------------------------------------------ unnamed people by role
def test_sources_unnamed_role_is_the_person_the_story_names_in_it() -> None:
    g = graph(
        claim("d1", "rep", kind="unknown", source="her rep"),
        claim("d2", "Jack Ketsoyan", source="her publicist Jack Ketsoyan"),
        claim("d3", "American Pie star's rep", kind="organization", source="the American Pie star's rep"),
    )
    assert [e.kind for e in g.entities] == ["role", "person", "role"]
    rep_person, rep_rep = g.link(0, 1), g.link(0, 2)
    assert rep_person is not None and rep_person.kind == "member" and not rep_person.strict
    assert "Jack Ketsoyan" in rep_person.detail
    assert rep_rep is not None and rep_rep.kind == "member" and not rep_rep.strict


def test_sources_unnamed_roles_with_no_name_in_the_story_may_be_one() -> None:
    g = graph(claim("d1", "spokesman", kind="unknown", source="a spokesman"),
              claim("d2", "spokeswoman", kind="unknown", source="the spokeswoman"))
    link = g.link(0, 1)
    assert link is not None and not link.strict and "perhaps one spokesperson" in link.detail


def test_sources_roles_of_different_owners_or_people_are_never_one() -> None:
    g = graph(
        claim("d1", "spokeswoman for the Indian navy", source="a spokeswoman for the Indian navy"),
        claim("d2", "spokesman for the Pakistani army", source="a spokesman for the Pakistani army"),
        claim("d3", "lawyer", kind="unknown", source="her lawyer"),
    )
    assert g.link(0, 1) is None
    assert g.link(0, 2) is None  # a lawyer is not a spokesperson


def test_sources_role_with_an_owner_speaks_for_it() -> None:
    g = graph(claim("d1", "spokeswoman for the Indian Navy", source="a spokeswoman for the Indian Navy"),
              claim("d2", "Indian Navy", kind="organization"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "member" and not link.strict


def test_sources_a_role_modified_by_a_body_noun_speaks_for_the_storys_body() -> None:
    from corroborate.sources import role_of

    assert role_of("a police spokeswoman") == ("spokesperson", "police")
    assert role_of("a spokeswoman") == ("spokesperson", "")
    g = graph(claim("d1", "police spokeswoman", source="a police spokeswoman"),
              claim("d2", "Suffolk Police", kind="government"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "member" and not link.strict
    # with two police forces in the story, the spokeswoman is neither one's for sure
    g = graph(claim("d1", "police spokeswoman", source="a police spokeswoman"),
              claim("d2", "Suffolk Police", kind="government"),
              claim("d3", "Essex Police", kind="government"))
    assert g.link(0, 1) is None and g.link(0, 2) is None


def test_sources_role_and_a_person_of_another_role_are_not_one() -> None:
    g = graph(claim("d1", "publicist", kind="unknown", source="the publicist"),
              claim("d2", "Mark Heller", source="her lawyer Mark Heller"))
    assert g.link(0, 1) is None


def test_sources_role_is_not_tied_when_the_story_names_two_people_in_it() -> None:
    g = graph(claim("d1", "rep", kind="unknown", source="her rep"),
              claim("d2", "Jack Ketsoyan", source="her publicist Jack Ketsoyan"),
              claim("d3", "Ann Lee", source="his spokeswoman Ann Lee"))
    assert g.link(0, 1) is None and g.link(0, 2) is None


def test_sources_a_role_under_a_body_s_initials_or_first_word_speaks_for_that_body() -> None:
    # "A DWP spokesperson" speaks for the Department for Work and Pensions another article
    # names in full; "an F.D.A. spokeswoman" and "an FDA spokesperson" are one role
    g = graph(claim("d1", "DWP spokesperson", source="A DWP spokesperson"),
              claim("d2", "Department for Work and Pensions", kind="government"),
              claim("d3", "F.D.A. spokeswoman", source="An F.D.A. spokeswoman"),
              claim("d4", "FDA spokesperson", source="an FDA spokesperson"))
    link = g.link(0, 1)
    assert link is not None and not link.strict
    assert "Department for Work and Pensions" in link.detail
    assert g.link(2, 3) is not None
    # "a Ford spokeswoman" is Ford Motor Co's, and the story names her
    g = graph(claim("d1", "Ford spokeswoman", source="A Ford spokeswoman"),
              claim("d2", "Karen Hollis", source="Ford spokeswoman Karen Hollis"),
              claim("d3", "Ford Motor Co", kind="organization"))
    assert g.link(0, 1) is not None and g.link(0, 2) is not None
    # with two bodies of those initials in the story, the role is neither one's
    g = graph(claim("d1", "DWP spokesperson", source="A DWP spokesperson"),
              claim("d2", "Department for Work and Pensions", kind="government"),
              claim("d3", "Dorset Water Partnership", kind="organization"))
    assert g.link(0, 1) is None and g.link(0, 2) is None


def test_sources_a_title_ties_a_person_to_the_body_the_story_names() -> None:
    g = graph(claim("d1", "Karen Hollis", source="Ford spokeswoman Karen Hollis"),
              claim("d2", "Ford Motor Company", kind="organization"),
              claim("d3", "Raúl Esquivel", source="Economy Secretary Raúl Esquivel"),
              claim("d4", "Economy Ministry", kind="government"),
              claim("d5", "Alice Brennan", source="Alice Brennan, solicitor at CPAG"),
              claim("d6", "Child Poverty Action Group", kind="organization"))
    for i, j in ((0, 1), (2, 3), (4, 5)):
        link = g.link(i, j)
        assert link is not None and link.kind == "member" and "speaks for" in link.detail
    assert g.link(0, 3) is None  # Ford's spokeswoman is no voice of the ministry
    # a possessive names another person, and a description is no body to speak for
    g = graph(claim("d1", "Jane Roe", source="Felt's lawyer Jane Roe"),
              claim("d2", "Felt", kind="organization"),
              claim("d3", "Tom Ames", source="Fire Chief Tom Ames"),
              claim("d4", "local fire chief", kind="organization"))
    # (the possessive's owner is still named in the source phrase, which the graph reads as
    # a member link of its own; the title rule adds no tie)
    assert "body:felt" not in g.parents.get("person:jane roe", {})
    assert g.link(2, 3) is None


def test_sources_a_title_by_a_common_noun_is_the_one_body_of_that_kind_in_its_article() -> None:
    # "agency spokeswoman Carla Mendes" in an article where the FDA speaks, and the FDA in
    # another article: one voice
    g = graph(claim("c", "Carla Mendes", source="agency spokeswoman Carla Mendes"),
              claim("c", "U.S. Food and Drug Administration", kind="government"),
              claim("c", "Norvance", kind="organization"),
              claim("d", "Food and Drug Administration", kind="government"),
              claim("c", "Tom Reed", source="a company spokesman, Tom Reed"),
              claim("e", "Norvance Pharmaceuticals", kind="organization"))
    link = g.link(0, 3)
    assert link is not None and link.kind == "member" and "the agency of c" in link.detail
    # "a company spokesman" is the drugmaker of his article, not the agency beside it
    assert g.link(4, 2) is not None and g.link(4, 3) is None
    assert g.link(0, 5) is None
    # two agencies speak in the article: the noun names neither
    g = graph(claim("c", "Carla Mendes", source="agency spokeswoman Carla Mendes"),
              claim("c", "Food and Drug Administration", kind="government"),
              claim("c", "European Medicines Agency", kind="government"),
              claim("d", "Food and Drug Administration", kind="government"))
    assert g.link(0, 3) is None
    # a body of that kind in another article only is not the person's
    g = graph(claim("c", "Carla Mendes", source="agency spokeswoman Carla Mendes"),
              claim("d", "Food and Drug Administration", kind="government"))
    assert g.link(0, 1) is None


def test_sources_a_title_by_a_common_noun_is_the_body_of_that_kind_that_spoke_right_before() -> None:
    def at(c: Claim, start: int) -> Claim:
        def moved(t: SpanText) -> SpanText:
            return t.model_copy(update={"spans": [(a + start, b + start) for a, b in t.spans]})

        return c.model_copy(update={"source": moved(c.source), "cue": moved(c.cue),
                                    "content": moved(c.content)})

    # two companies speak in the article; "company spokesman Conor Walsh" right after Aerodata
    walsh = claim("c", "Conor Walsh", source="company spokesman Conor Walsh")
    g = graph(at(claim("c", "Meridian Airways", kind="organization"), 0),
              at(claim("c", "Aerodata", kind="organization"), 500),
              at(walsh, 700),
              claim("d", "Aerodata", kind="organization"),
              claim("e", "Meridian Airways", kind="organization"))
    link = g.link(2, 3)
    assert link is not None and link.kind == "member"
    assert g.link(2, 4) is None
    # the last one spoke long before: the noun names neither
    g = graph(at(claim("c", "Meridian Airways", kind="organization"), 0),
              at(claim("c", "Aerodata", kind="organization"), 500),
              at(walsh, 2000),
              claim("d", "Aerodata", kind="organization"))
    assert g.link(2, 3) is None


def test_sources_a_name_and_the_noun_that_says_what_it_is_are_one_body() -> None:
    from corroborate.source_names import org_name

    assert org_name("CGT-Cheminots union") == "CGT-Cheminots"
    assert org_name("Russia's foreign ministry") == "Russia's foreign ministry"  # its owner's, no name
    assert org_name("Department for Work and Pensions") == "Department for Work and Pensions"
    g = graph(claim("d1", "CGT-Cheminots union", kind="organization"),
              claim("d2", "CGT-Cheminots", kind="organization"),
              claim("d3", "Sebastien Marchal", source="CGT-Cheminots leader Sebastien Marchal"))
    assert g.entities[0].key == g.entities[1].key
    assert g.link(0, 2) is not None


def test_sources_a_ministry_of_x_is_the_x_ministry() -> None:
    from corroborate.source_names import org_name

    assert org_name("Ministry of Economy") == "Economy Ministry"
    assert org_name("Ministry of Foreign Affairs of the Republic of Indonesia") == "Foreign Ministry"
    assert org_name("Department for Work and Pensions") == "Department for Work and Pensions"
    g = graph(claim("d1", "Ministry of Economy", kind="government"),
              claim("d2", "Economy Ministry", kind="government", source="Mexico's Economy Ministry"))
    assert g.entities[0].key == g.entities[1].key


def test_sources_a_generic_body_name_is_its_articles_one_body_of_that_word() -> None:
    # "The Ministry of Economy rejects ... The Ministry will request consultations"
    g = graph(claim("d1", "Ministry of Economy", kind="government"),
              claim("d1", "Ministry", kind="government", source="The Ministry"),
              claim("d2", "Economy Ministry", kind="government"),
              claim("d3", "Ministry", kind="government", source="The Ministry"))
    assert g.entities[1].key == g.entities[0].key == g.entities[2].key
    # in an article that names no such body, the word names none
    assert g.entities[3].key == "body:ministry"


def test_sources_two_states_foreign_ministries_are_two_bodies() -> None:
    g = graph(claim("d1", "Russia's foreign ministry", kind="government"),
              claim("d2", "North Korea's foreign ministry", kind="government"),
              claim("d3", "Russian Foreign Ministry", kind="government",
                    source="The Russian Foreign Ministry"),
              # the speaker name drops the owner the phrase names
              claim("d4", "Foreign Ministry", kind="government", source="South Korea's Foreign Ministry"))
    assert [e.key for e in g.entities] == [
        "body:russia foreign ministry", "body:north korea foreign ministry",
        "body:russia foreign ministry", "body:south korea foreign ministry"]
    assert g.link(0, 1) is None and g.link(1, 3) is None
    link = g.link(0, 2)
    assert link is not None and link.kind == "same"


def test_sources_an_honorific_is_no_part_of_a_name() -> None:
    # British style writes "Ms Whitfield" with no full stop, and the tagger keeps it in the name
    canon = canonical_speakers([claim("d1", "Sarah Whitfield"), claim("d2", "Ms Whitfield"),
                                claim("d3", "Mr Wicaksono"), claim("d4", "Hendra Wicaksono")])
    assert canon["Ms Whitfield"] == "Sarah Whitfield"
    assert canon["Mr Wicaksono"] == "Hendra Wicaksono"


@pytest.mark.parametrize(("name", "want"), [
    ("Tara Reid's publicist", ("spokesperson", "tara reid")),
    ("Reid's rep", ("spokesperson", "reid")),
    ("Putin’s spokesman", ("spokesperson", "putin")),
    ("the American Pie star's rep", ("spokesperson", "")),  # a description, no name
    # an unnamed holder of the role at the body the capitalised words name, by a key that
    # reads initials with full stops as one word
    ("Kremlin spokesman", ("spokesperson", "kremlin")),
    ("A DWP spokesperson", ("spokesperson", "dwp")),
    ("an F.D.A. spokeswoman", ("spokesperson", "fda")),
])
def test_sources_role_of_a_named_owner(name: str, want: tuple[str, str] | None) -> None:
    from corroborate.sources import role_of

    assert role_of(name) == want


def test_sources_roles_of_one_owner_by_surname_are_one_and_not_the_owner() -> None:
    g = graph(
        claim("d1", "Reid's rep", source="Reid's rep"),
        claim("d2", "Tara Reid's publicist", source="Tara Reid's publicist"),
        claim("d3", "Tara Reid", source="Tara Reid"),
        claim("d4", "Lohan's rep", source="Lohan's rep"),
    )
    assert [e.kind for e in g.entities] == ["role", "role", "person", "role"]
    one = g.link(0, 1)
    assert one is not None and one.kind == "same"
    assert g.link(0, 3) is False or g.link(0, 3) is None  # another owner's rep
    # the rep speaks for Reid: linked to her, not the same person
    owner = g.link(0, 2)
    assert owner is not None and owner.kind == "member" and "speaks for" in owner.detail


def test_sources_owned_role_is_the_one_person_the_story_names_in_it() -> None:
    # the owner must be a person of the story: then her one office-less rep is this rep
    g = graph(claim("d1", "Reid's rep", source="Reid's rep"),
              claim("d2", "Jack Ketsoyan", source="her rep Jack Ketsoyan"),
              claim("d3", "John Kirby", source="White House spokesman John Kirby"),
              claim("d4", "Tara Reid", source="Tara Reid"))
    link = g.link(0, 1)
    assert link is not None and "Jack Ketsoyan" in link.detail
    # with no Reid in the story, the rep is nobody's the story knows
    g = graph(claim("d1", "Reid's rep", source="Reid's rep"),
              claim("d2", "Jack Ketsoyan", source="her rep Jack Ketsoyan"))
    assert g.link(0, 1) is None
    # a spokesman named with an office is another owner's: never Reid's rep
    g = graph(claim("d1", "Reid's rep", source="Reid's rep"),
              claim("d3", "John Kirby", source="White House spokesman John Kirby"))
    assert g.link(0, 1) is None


def test_sources_organisation_names_differing_by_a_plural_are_one() -> None:
    g = graph(
        claim("d1", "Academy of Motion Pictures Arts and Sciences", kind="organization"),
        claim("d2", "Academy of Motion Picture Arts and Sciences", kind="organization"),
        claim("d3", "Academy of Motion Picture Arts and Sciences", kind="organization"),
        claim("d4", "Academy of Country Music", kind="organization"),
    )
    # the form most articles use names the one body
    assert {e.name for e in g.entities[:3]} == {"Academy of Motion Picture Arts and Sciences"}
    link = g.link(0, 1)
    assert link is not None and link.kind == "same"
    assert g.link(0, 3) is None
    # one-word names are never folded: "Times" is not "Time"
    g = graph(claim("d1", "Times", kind="organization"), claim("d2", "Time", kind="organization"))
    assert g.link(0, 1) is None


# ------------------------------------------------------------------ short organisation names
def test_sources_one_word_of_a_full_name_is_that_organisation() -> None:
    g = graph(claim("d1", "Academy", kind="organization"),
              claim("d2", "Academy of Motion Picture Arts and Sciences", kind="organization"))
    assert g.entities[0].key == g.entities[1].key
    link = g.link(0, 1)
    assert link is not None and link.kind == "same"


def test_sources_a_company_name_read_as_a_person_is_the_company() -> None:
    # the recogniser tags a bare "Norvance" a person: it is the company its name opens
    g = graph(claim("d1", "Norvance", kind="person"),
              claim("d2", "Norvance Pharmaceuticals", kind="organization"))
    assert g.entities[0].key == g.entities[1].key == "body:norvance pharmaceuticals"
    link = g.link(0, 1)
    assert link is not None and link.kind == "same"
    # ... not a word of a person's name in the story, nor the last word of a company's
    g = graph(claim("d1", "Halberg", kind="person"), claim("d2", "Tom Halberg", kind="person"),
              claim("d3", "Halberg Chemie", kind="organization"))
    assert g.entities[0].kind == "person"
    g = graph(claim("d1", "Pharmaceuticals", kind="person"),
              claim("d2", "Norvance Pharmaceuticals", kind="organization"))
    assert g.entities[0].kind == "person"


def test_sources_generic_or_ambiguous_short_names_stay_apart() -> None:
    g = graph(claim("d1", "House", kind="government"), claim("d2", "White House", kind="government"),
              claim("d3", "Saints", kind="organization"),
              claim("d4", "New Orleans Saints", kind="organization"),
              claim("d5", "Saints Row Studios", kind="organization"))
    assert g.entities[0].key != g.entities[1].key  # "House" is generic
    assert g.entities[2].key == "body:saints"  # two full names end or start with it


def test_sources_owned_offices_and_roles_stay_with_their_owner() -> None:
    # "Netanyahu's office" speaks for Netanyahu
    g = graph(claim("d1", "Netanyahu's office", kind="organization", source="Netanyahu's office"),
              claim("d2", "Benjamin Netanyahu", source="Prime Minister Benjamin Netanyahu"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "member"
    # another Reid's spokesman is not Tara Reid's rep; "the House" is not "the White House"
    g = graph(claim("d1", "Harry Reid's spokesman", source="Harry Reid's spokesman"),
              claim("d2", "Jack Ketsoyan", source="Her rep Jack Ketsoyan"))
    assert g.link(0, 1) is None
    g = graph(claim("d1", "the House's lawyer", source="the House's lawyer"),
              claim("d2", "the White House's lawyer", source="the White House's lawyer"))
    assert g.link(0, 1) is None
    # short names differing by a plural are two bodies
    g = graph(claim("d1", "National Institutes of Health", kind="organization"),
              claim("d2", "National Institute of Health", kind="organization"))
    assert g.link(0, 1) is None


def test_sources_a_surname_read_as_a_group_is_the_storys_one_person_of_that_name() -> None:
    # "Mills told reporters ..." with "Mills" a plural common noun to the tagger
    g = graph(claim("a", "Karen Mills", source="U.S. Attorney Karen Mills"),
              claim("b", "mills", kind="collective", source="Mills"),
              claim("c", "officials", kind="collective", source="officials"))
    assert g.canon["mills"] == "Karen Mills" and g.canon["officials"] == "officials"
    link = g.link(0, 1)
    assert link is not None and link.kind == "same" and not link.strict
    # two people of that surname: the group stays a group
    canon = canonical_speakers([claim("a", "Karen Mills"), claim("b", "John Mills"),
                                claim("c", "mills", kind="collective", source="Mills")])
    assert canon["mills"] == "mills"


def test_sources_a_body_named_with_fewer_of_its_words_is_the_fuller_one() -> None:
    g = graph(claim("a", "Indonesia's disaster agency", kind="organization"),
              claim("b", "Indonesia's disaster management agency", kind="organization"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "same"
    # two fuller names, or another last word: no telling which, so no link
    g = graph(claim("a", "defense ministry", kind="government"),
              claim("b", "Russian defense ministry", kind="government"),
              claim("c", "Ukrainian defense ministry", kind="government"),
              claim("d", "disaster agency", kind="organization"),
              claim("e", "disaster agency board", kind="organization"))
    assert g.entities[0].name == "defense ministry"
    assert g.entities[3].name == "disaster agency"


def test_sources_initials_given_in_parentheses_name_the_body_elsewhere() -> None:
    # "PST" is no initials of "Police Security Service" (Norwegian), but an article gave them
    g = graph(claim("d1", "Police Security Service", kind="organization",
                    source="Norway's Police Security Service (PST)"),
              claim("d2", "PST", kind="organization"),
              claim("d3", "PSA", kind="organization"))
    assert g.entities[0].key == g.entities[1].key
    assert g.entities[2].key != g.entities[0].key  # initials nobody gave stay apart
    # without the parentheses nothing ties them
    g = graph(claim("d1", "Police Security Service", kind="organization"),
              claim("d2", "PST", kind="organization"))
    assert g.entities[0].key != g.entities[1].key


def test_sources_a_body_named_in_its_own_language_is_the_one_its_initials_were_given_for() -> None:
    # "CHE" was given for the English name; the Spanish name elsewhere has those initials
    english, spanish = "Ebro Hydrographic Confederation", "Confederación Hidrográfica del Ebro"
    g = graph(claim("d1", english, kind="organization", source=f"the {english} (CHE)"),
              claim("d2", "CHE", kind="organization"),
              claim("d3", spanish, kind="organization"))
    assert g.entities[0].key == g.entities[1].key == g.entities[2].key
    assert g.entities[2].name == english
    # with no initials given, a translation is another name: no link
    g = graph(claim("d1", english, kind="organization"), claim("d3", spanish, kind="organization"))
    assert g.entities[0].key != g.entities[1].key
    # initials given for two bodies tie neither
    g = graph(claim("d1", english, kind="organization", source=f"the {english} (CHE)"),
              claim("d4", "Cruz Hermanos", kind="organization", source="Cruz Hermanos (CHE)"),
              claim("d3", spanish, kind="organization"))
    assert g.entities[2].key not in (g.entities[0].key, g.entities[1].key)


def test_sources_a_short_name_with_initials_is_the_one_fuller_name() -> None:
    full = "United Nations Office for the Coordination of Humanitarian Affairs"
    g = graph(claim("d1", full, kind="organization"),
              claim("d2", "UN's humanitarian office", kind="organization"),
              claim("d3", "UN refugee agency", kind="organization"))
    assert g.entities[0].key == g.entities[1].key
    assert g.entities[2].key != g.entities[0].key  # "refugee agency" is no word of it


def test_sources_where_a_body_sits_is_no_part_of_its_name() -> None:
    from corroborate.source_names import org_name

    assert org_name("Musée Armand-Vidal in Lyon") == "Musée Armand-Vidal"
    assert org_name("Russian embassy in Oslo") == "Russian embassy"
    assert org_name("Office in charge") == "Office in charge"  # no place


def test_sources_an_outlets_report_is_its_own_articles_claims() -> None:
    # "AFP reported that ..." in one article and the agency's statement in AFP's own wire
    # story ("JOHANNESBURG (AFP) -") are one report; without the wire's article, two sources
    agency = claim("a", "International Testing Agency", kind="organization")
    afp = claim("e", "Agence France-Presse", kind="media", source="AFP")
    linked = SourceGraph([agency, afp], canonical_speakers([agency, afp]),
                         houses={"a": "AFP"}).link(0, 1)
    assert linked is not None and linked.kind == "relay"
    assert graph(agency, afp).link(0, 1) is None
    # another outlet's article is no report of AFP's
    assert SourceGraph([agency, afp], canonical_speakers([agency, afp]),
                       houses={"a": "Reuters"}).link(0, 1) is None


def test_sources_a_department_of_x_is_the_x_department() -> None:
    # "The city's Department of Transportation" and "the city's transportation department"
    dot = claim("a", "Department of Transportation", kind="government")
    city = claim("b", "city transportation department", kind="government")
    g = graph(dot, city)
    assert g.entities[0].key == g.entities[1].key
    assert g.link(0, 1) is not None
    # two departments of other domains stay two
    health = claim("c", "Department of Health", kind="government")
    assert graph(health, city).link(0, 1) is None


def test_sources_a_described_official_is_anonymous_not_a_person() -> None:
    # "a senior official at the UK's National Cyber Security Centre" is no person whose name
    # ends in "Centre", whom "a spokesperson for the centre" would speak for
    official = claim("b", "senior official at the UK's National Cyber Security Centre")
    centre = claim("c", "National Cyber Security Centre", kind="organization")
    spokes = claim("a", "spokesperson for the centre")
    g = graph(official, centre, spokes)
    assert g.entities[0].kind == "official"
    assert g.link(1, 2) is not None


def test_sources_a_person_of_a_body_and_a_bodys_director_speak_for_it() -> None:
    # (the claims compared name the person alone: the tie comes from another claim's phrase)
    body = claim("d", "Mines Rescue Services", kind="organization")
    van_wyk = claim("c", "Pieter van Wyk", source="Pieter van Wyk of Mines Rescue Services")
    later = claim("e", "Pieter van Wyk", source="Van Wyk")
    assert graph(body, van_wyk, later).link(0, 2) is not None
    ncsc = claim("c", "National Cyber Security Centre", kind="organization")
    doyle = claim("b", "Ciaran Doyle", source="Ciaran Doyle, the NCSC's director of operations")
    he = claim("f", "Ciaran Doyle", source="He")
    assert graph(ncsc, doyle, he).link(0, 2) is not None
    # another person's lawyer is no body's voice
    felt = claim("b", "Jane Roe", source="Felt's lawyer Jane Roe")
    assert graph(claim("a", "Mark Felt"), felt).link(0, 1) is None


def test_sources_a_possessive_or_a_long_title_ties_a_person_to_the_body() -> None:
    g = graph(claim("d1", "Dana Whitfield", source="Dana Whitfield, Talon's Chief Quality Officer"),
              claim("d2", "Talon Motors", kind="organization"),
              claim("d3", "Daniel Okafor", source="Daniel Okafor, Head of Art Loss and Recovery at Aldwyn"),
              claim("d4", "Aldwyn Fine Art Insurance", kind="organization"))
    for i, j in ((0, 1), (2, 3)):
        link = g.link(i, j)
        assert link is not None and link.kind == "member" and "speaks for" in link.detail
    # a one-word possessive before a role people hire is a person's ("Felt's lawyer")
    g = graph(claim("d1", "Jane Roe", source="Felt's lawyer Jane Roe"),
              claim("d2", "Felt", kind="organization"))
    assert "body:felt" not in g.parents.get("person:jane roe", {})


def test_sources_a_role_owner_of_two_words_is_the_body_that_holds_them() -> None:
    g = graph(claim("d1", "Central Bank spokeswoman", source="A Central Bank spokeswoman"),
              claim("d2", "Iceland's central bank", kind="organization"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "member"
    # two bodies that hold the words: neither
    g = graph(claim("d1", "Foreign Ministry spokeswoman", source="A Foreign Ministry spokeswoman"),
              claim("d2", "Russian Foreign Ministry", kind="government"),
              claim("d3", "Norwegian Foreign Ministry", kind="government"))
    assert g.link(0, 1) is None and g.link(0, 2) is None


def test_sources_a_bare_role_is_the_storys_one_holder_of_it() -> None:
    # "the governor" of an article that never names her, and the governor's claim under "she"
    # elsewhere (the phrase "Governor Sigrún Eggertsdóttir" is in another of her claims)
    g = graph(claim("d1", "governor", source="the governor"),
              claim("d2", "Sigrún Eggertsdóttir", source="Governor Sigrún Eggertsdóttir"),
              claim("d3", "Sigrún Eggertsdóttir", source="she"),
              claim("d4", "Helga Jónsdóttir", source="Helga Jónsdóttir, an economist"))
    assert g.link(0, 2) is not None and g.link(0, 3) is None
    # two holders: neither
    g = graph(claim("d1", "governor", source="the governor"),
              claim("d2", "Sigrún Eggertsdóttir", source="Governor Sigrún Eggertsdóttir"),
              claim("d3", "Sigrún Eggertsdóttir", source="she"),
              claim("d4", "Már Guðmundsson", source="former governor Már Guðmundsson"),
              claim("d5", "Már Guðmundsson", source="he"))
    assert g.link(0, 2) is None and g.link(0, 4) is None


def test_sources_a_one_word_name_read_as_a_person_and_as_a_body_is_the_body() -> None:
    # "Staylane said it ..." tagged a person in one article, an organisation in another
    g = graph(claim("a", "Staylane", kind="person"), claim("b", "Staylane", kind="organization"))
    link = g.link(0, 1)
    assert link is not None and link.kind == "same"
    assert [e.key for e in g.entities] == ["body:staylane", "body:staylane"]
    # a person's surname alone stays the person's: the story gives the full name
    g = graph(claim("a", "Peskov", kind="person"), claim("b", "Dmitry Peskov", kind="person"),
              claim("c", "Kremlin", kind="government"))
    assert g.entities[0].key == "person:dmitry peskov"


def test_sources_one_bodys_words_in_another_order_are_one_body() -> None:
    # "the Central Bank of Iceland" in one article, "Iceland's central bank" in another; a
    # spokeswoman of "the Central Bank" then speaks for it, as "a spokesman for the embassy"
    # speaks for the Russian embassy that "Russia's embassy" names
    g = graph(claim("d1", "Central Bank of Iceland", kind="organization"),
              claim("d2", "Iceland central bank", kind="organization",
                    source="Iceland's central bank"),
              claim("d3", "Central Bank spokeswoman", source="A Central Bank spokeswoman"),
              claim("d4", "Russian embassy", kind="government", source="The Russian embassy"),
              claim("d5", "Russia's embassy", kind="government"),
              claim("d6", "spokesman for the embassy", source="a spokesman for the embassy"))
    assert g.entities[0].key == g.entities[1].key
    assert g.link(0, 2) is not None and g.link(1, 2) is not None
    assert g.entities[3].key == g.entities[4].key
    assert g.link(3, 5) is not None


def test_sources_bodies_that_share_only_some_words_stay_two() -> None:
    # one word more or less is another body ("the Bank of England" and "the Bank"), and a
    # demonym names its state, not another's
    g = graph(claim("d1", "Central Bank of Iceland", kind="organization"),
              claim("d2", "Central Bank of Ireland", kind="organization"),
              claim("d3", "Russian embassy", kind="government"),
              claim("d4", "Ukrainian embassy", kind="government"))
    assert len({e.key for e in g.entities}) == 4
    assert g.link(0, 1) is None and g.link(2, 3) is None


def test_sources_a_described_and_placed_body_is_the_one_named_body_of_its_kind() -> None:
    # "a school board in northwestern Ontario" and "the Ontario school board" are the story's
    # one named school board; "a northern Ohio city" its one named city
    one = graph(claim("d1", "Northshore District School Board", kind="organization"),
                claim("d1", "school board in northwestern Ontario", kind="organization"),
                claim("d2", "Ontario school board", kind="organization"),
                claim("d3", "City of Crestwater", kind="government"),
                claim("d4", "northern Ohio city", kind="government"))
    assert one.entities[1].key == one.entities[2].key == one.entities[0].key
    assert one.link(0, 2) is not None and one.link(1, 2) is not None
    assert one.entities[4].key == one.entities[3].key
    # with two named boards, which one "the Ontario school board" is the words cannot say;
    # "central bank" is a kind, not a place and a bank
    two = graph(claim("d1", "Northshore District School Board", kind="organization"),
                claim("d2", "Lakehead District School Board", kind="organization"),
                claim("d3", "Ontario school board", kind="organization"),
                claim("d4", "Arion Bank", kind="organization"),
                claim("d5", "Iceland's central bank", kind="organization"))
    assert len({e.key for e in two.entities}) == 5
    assert two.link(0, 2) is None and two.link(1, 2) is None and two.link(3, 4) is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("school board in northwestern Ontario", ("school", "board")),
        ("Ontario school board", ("school", "board")),
        ("northern Ohio city", ("city",)),
        ("Northshore District School Board", None),
        ("school board", None),
        ("city social media post", None),
        ("Iceland's central bank", ("central", "bank")),
    ],
)
def test_sources_kind_words_of_a_described_body(name: str, kind: tuple[str, ...] | None) -> None:
    from corroborate.source_names import _kind_words

    assert _kind_words(name) == kind
