"""Invented multi-outlet stories through the whole pipeline (`tests/data/stories/`): the wire
constructions of sessions 15 and 16 decide who backs what, and how many origins it has."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from corroborate.api import corroborate
from corroborate.schema import ClaimCluster, Report

STORIES = Path(__file__).parent / "data" / "stories"


@pytest.fixture(scope="module")
def story(request: pytest.FixtureRequest) -> Report:
    """The report of the story a test's parameter names, built once per module."""
    return _report(request.param)


@functools.cache
def _report(name: str) -> Report:
    return corroborate([STORIES / name], cache=False)


def uses(name: str) -> pytest.MarkDecorator:
    """Run a test on one story, given to it as the `story` fixture."""
    return pytest.mark.parametrize("story", [name], indirect=True)


def cluster_of(report: Report, words: str) -> ClaimCluster:
    claims = {c.id: c for c in report.claims}
    (found,) = {k.id: k for k in report.clusters for i in k.claim_ids
                if words in claims[i].content.text}.values()
    return found


@uses("acme")
def test_stories_one_companys_statement_in_two_outlets_is_corroborated(story: Report) -> None:
    # "NEW YORK (Reuters) - Acme Corp will cut ..., the company said" and "About 5,000 jobs
    # will go at Acme Corp, the firm said": Acme's, however each article names it
    cuts = cluster_of(story, "Acme Corp will cut about 5,000 jobs")
    assert cluster_of(story, "About 5,000 jobs will go at Acme Corp").id == cuts.id
    # ... and the third article's "announced that it would eliminate about 5,000 positions",
    # a looser retelling (P(same) 0.25-0.4) of the same named source's statement
    assert cluster_of(story, "it would eliminate about 5,000 positions").id == cuts.id
    assert cuts.speaker == "Acme Corp" and cuts.independent_sources == 3
    claims = {c.id: c for c in story.claims}
    assert not any(claims[i].content.text.startswith("NEW YORK") for i in cuts.claim_ids)
    # "The US chipmaker" and "The company" of another article: one statement
    end = cluster_of(story, "the cuts would be completed by the end of the year")
    assert cluster_of(story, "the job cuts would be finished by the end of the year").id == end.id


@uses("acme")
def test_stories_what_the_journal_reported_is_the_cited_partys_via_the_journal(story: Report) -> None:
    # "The Wall Street Journal, citing people familiar with the matter, reported that ..."
    (cited,) = [c for c in story.claims if "exploring a sale of its memory unit" in c.content.text]
    assert (cited.source.text, cited.via) == ("people familiar with the matter", "The Wall Street Journal")
    assert cited.chain == ["The Wall Street Journal"]
    assert not any(c.cue.text == "citing" for c in story.claims)
    # "according to people familiar with the matter" is no People magazine
    assert all("People" not in k.origins for k in story.clusters)


@uses("quake")
def test_stories_a_disaster_agency_is_no_news_agency(story: Report) -> None:
    claims = {c.id: c for c in story.claims}
    toll = cluster_of(story, "killing at least 34 people")
    (first,) = [claims[i] for i in toll.claim_ids if "killing at least 34 people" in claims[i].content.text]
    assert first.speaker != "Associated Press"
    (afad,) = [c for c in story.claims if "pulled 12 people alive" in c.content.text]
    assert afad.speaker == "AFAD"


@uses("quake")
def test_stories_a_changed_death_toll_stays_apart(story: Report) -> None:
    assert cluster_of(story, "killed 43 people").id != cluster_of(story, "killing at least 34 people").id
    assert cluster_of(story, "killed 43 people").id != cluster_of(story, "At least 34 people were killed").id


@uses("rates")
def test_stories_a_governors_words_beside_a_written_statement_are_spoken(story: Report) -> None:
    # "... Governor Tiff Macklem told reporters in Ottawa." is followed by "The central bank
    # said in a statement ...": the statement is the next sentence's, not Macklem's
    macklem = cluster_of(story, "Inflation is still too high")
    assert cluster_of(story, "inflation was still too high").id == macklem.id
    assert macklem.independent_sources == 2
    assert not any("statement" in o for o in macklem.origins)
    # what both articles quote from the bank's statement is one origin, in two articles
    statement = cluster_of(story, "would continue to assess whether further increases")
    assert cluster_of(story, "would keep assessing whether more hikes").id == statement.id
    assert (len(statement.doc_ids), statement.origins) == (2, ["statement of Bank of Canada"])


@uses("rates")
def test_stories_a_changed_statement_stays_apart(story: Report) -> None:
    # the third article has the governor say the opposite, and the bank a larger rise
    macklem = cluster_of(story, "Inflation is still too high")
    assert cluster_of(story, "inflation had been beaten").id != macklem.id
    # "The bank forecast that ..." (the tagger's noun) and "also said it expected ...": one
    growth = cluster_of(story, "economic growth would slow to about 1 per cent")
    assert cluster_of(story, "economic growth to slow to 1% next year").id == growth.id
    assert cluster_of(story, "the government respected the bank's independence").id == cluster_of(
        story, "Ottawa respected the central bank's independence").id


@uses("visit")
def test_stories_an_outlets_report_of_a_plan_is_the_outlets(story: Report) -> None:
    # "The Wall Street Journal, citing people ..., reported that Xi also plans to speak with
    # Zelenskyy" and "According to the Wall Street Journal, Xi is expected to hold a virtual
    # meeting with Zelenskiy": the Journal's report in two articles, one origin; Xi said nothing
    report = cluster_of(story, "Xi also plans to speak with Ukrainian President")
    assert cluster_of(story, "Xi is expected to hold a virtual meeting").id == report.id
    assert (len(report.doc_ids), report.origins) == (2, ["The Wall Street Journal"])
    assert not any(c.speaker == "Xi Jinping" for c in story.claims)


@uses("visit")
def test_stories_a_dated_dateline_and_another_states_officials(story: Report) -> None:
    claims = {c.id: c for c in story.claims}
    # "BEIJING, March 17 (Reuters) - " is no part of the foreign ministry's statement
    ministry = cluster_of(story, "Xi Jinping will visit Russia from March 20 to 22")
    assert not any(claims[i].content.text.startswith("BEIJING") for i in ministry.claim_ids)
    # "Russian officials" said "next month": neither China's ministry nor the same date
    assert cluster_of(story, "will make a state visit to Russia next month").id != ministry.id
    # the Kremlin's "would not sign any agreements" is not Peskov's "sign several agreements"
    assert cluster_of(story, "would not sign any agreements").id != cluster_of(
        story, "sign several agreements").id
    wang = cluster_of(story, "This will be a journey of friendship")
    assert cluster_of(story, "the visit would be").id == wang.id
    assert wang.origins == ["Associated Press", "Reuters"]


@uses("strike")
def test_stories_a_police_spokeswoman_and_the_named_force_are_one_source(story: Report) -> None:
    # "..., a police spokeswoman said" and "..., Suffolk Police said": the arrests, one claim
    arrests = cluster_of(story, "Police arrested at least 12 people")
    assert cluster_of(story, "Twelve people were arrested").id == arrests.id
    assert arrests.independent_sources == 2
    # Reuters' 20 arrests are a changed detail
    assert cluster_of(story, "arrested 20 people").id != arrests.id


@uses("strike")
def test_stories_an_appositive_names_the_company_of_its_statement(story: Report) -> None:
    # "In a statement, the port operator, Hutchison Ports, said ..." and "Hutchison Ports
    # said in a statement ...": one company, one written statement, so one origin
    offer = cluster_of(story, "it had offered a 7% pay rise")
    assert cluster_of(story, "offered workers a 7 per cent pay increase").id == offer.id
    assert offer.speaker == "Hutchison Ports"
    assert (len(offer.doc_ids), offer.origins) == (2, ["statement of Hutchison Ports"])
    assert cluster_of(story, "it had offered a 5% pay rise").id != offer.id
    # "Dawes said ..." after "Union leader Mark Dawes" is Mark Dawes, not a group "dawes"
    claims = {c.id: c for c in story.claims}
    (wages,) = [c for c in claims.values() if "until the company raised wages" in c.content.text]
    assert wages.speaker == "Mark Dawes"


@uses("recall")
def test_stories_the_agency_and_the_initials_are_the_government_agency(story: Report) -> None:
    # "No deaths have been reported, the agency said" after "the Food and Drug Administration
    # said" in an AP story is the FDA's, and so is "According to the FDA, there have been no
    # deaths"
    deaths = cluster_of(story, "No deaths have been reported")
    assert cluster_of(story, "there have been no deaths").id == deaths.id
    assert "Associated Press" not in {c.speaker for c in story.claims}
    # "the Centers for Disease Control and Prevention" and "the CDC": one agency
    california = cluster_of(story, "most of the illnesses were reported in California")
    assert cluster_of(story, "most cases were in California").id == california.id
    assert california.independent_sources == 2
    # the CDC's death and the company's "had not stopped shipments" are other claims
    assert cluster_of(story, "One person has died").id != deaths.id
    assert cluster_of(story, "it had not stopped shipments").id != cluster_of(
        story, "have stopped shipments from the affected facility").id


@uses("verdict")
def test_stories_a_surname_read_as_a_noun_and_a_changed_sum(story: Report) -> None:
    # "Mills told reporters ..." ("Mills" a plural noun to the tagger) is U.S. Attorney
    # Karen Mills of the other article
    mills = cluster_of(story, "no one is above the law,")
    claims = {c.id: c for c in story.claims}
    assert len(mills.doc_ids) == 2 and {claims[i].speaker for i in mills.claim_ids} == {"Karen Mills"}
    # the conviction for $250,000 in two articles; $25,000 is a changed detail
    verdict = cluster_of(story, "of accepting $250,000 in bribes")
    assert cluster_of(story, "of taking $250,000 in bribes").id == verdict.id
    assert cluster_of(story, "of accepting $25,000 in bribes").id != verdict.id
    # "Court documents show ..." is what a record shows: no one's claim to count
    (shown,) = [c for c in story.claims if "cash payments" in c.content.text]
    assert shown.kind == "perception"
    assert cluster_of(story, "he would not appeal").id != cluster_of(story, "would appeal the verdict").id


@uses("drones")
def test_stories_a_report_after_a_dateline_and_the_countrys_air_force(story: Report) -> None:
    # "KYIV, Ukraine (AP) — Ukrainian air defenses destroyed 20 of the 25 Shahed drones ...,
    # the country's air force said Friday": a claim of Ukraine's air force, as Reuters has it
    drones = cluster_of(story, "it had shot down 20 of 25 drones")
    assert cluster_of(story, "destroyed 20 of the 25 Shahed drones").id == drones.id
    assert drones.speaker == "Ukraine's air force" and drones.independent_sources == 2
    # TASS's 15 drones are a changed number
    assert cluster_of(story, "it had destroyed 15 drones").id != drones.id
    strike = cluster_of(story, "its forces had struck military targets")
    assert cluster_of(story, "carried out a strike on military infrastructure").id == strike.id
