"""Invented multi-outlet stories through the whole pipeline (`tests/data/stories/`): the wire
constructions of session 15 decide who backs what, and how many origins it has."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.api import corroborate
from corroborate.schema import ClaimCluster, Report

STORIES = Path(__file__).parent / "data" / "stories"


@pytest.fixture(scope="module")
def acme() -> Report:
    return corroborate([STORIES / "acme"], cache=False)


@pytest.fixture(scope="module")
def quake() -> Report:
    return corroborate([STORIES / "quake"], cache=False)


@pytest.fixture(scope="module")
def rates() -> Report:
    return corroborate([STORIES / "rates"], cache=False)


def cluster_of(report: Report, words: str) -> ClaimCluster:
    claims = {c.id: c for c in report.claims}
    (found,) = {k.id: k for k in report.clusters for i in k.claim_ids
                if words in claims[i].content.text}.values()
    return found


def test_stories_one_companys_statement_in_two_outlets_is_corroborated(acme: Report) -> None:
    # "NEW YORK (Reuters) - Acme Corp will cut ..., the company said" and "About 5,000 jobs
    # will go at Acme Corp, the firm said": Acme's, however each article names it
    cuts = cluster_of(acme, "Acme Corp will cut about 5,000 jobs")
    assert cluster_of(acme, "About 5,000 jobs will go at Acme Corp").id == cuts.id
    assert cuts.speaker == "Acme Corp" and cuts.independent_sources == 2
    claims = {c.id: c for c in acme.claims}
    assert not any(claims[i].content.text.startswith("NEW YORK") for i in cuts.claim_ids)
    # "The US chipmaker" and "The company" of another article: one statement
    end = cluster_of(acme, "the cuts would be completed by the end of the year")
    assert cluster_of(acme, "the job cuts would be finished by the end of the year").id == end.id


def test_stories_what_the_journal_reported_is_the_cited_partys_via_the_journal(acme: Report) -> None:
    # "The Wall Street Journal, citing people familiar with the matter, reported that ..."
    (cited,) = [c for c in acme.claims if "exploring a sale of its memory unit" in c.content.text]
    assert (cited.source.text, cited.via) == ("people familiar with the matter", "The Wall Street Journal")
    assert cited.chain == ["The Wall Street Journal"]
    assert not any(c.cue.text == "citing" for c in acme.claims)
    # "according to people familiar with the matter" is no People magazine
    assert all("People" not in k.origins for k in acme.clusters)


def test_stories_a_disaster_agency_is_no_news_agency(quake: Report) -> None:
    claims = {c.id: c for c in quake.claims}
    toll = cluster_of(quake, "killing at least 34 people")
    (first,) = [claims[i] for i in toll.claim_ids if "killing at least 34 people" in claims[i].content.text]
    assert first.speaker != "Associated Press"
    (afad,) = [c for c in quake.claims if "pulled 12 people alive" in c.content.text]
    assert afad.speaker == "AFAD"


def test_stories_a_changed_death_toll_stays_apart(quake: Report) -> None:
    assert cluster_of(quake, "killed 43 people").id != cluster_of(quake, "killing at least 34 people").id
    assert cluster_of(quake, "killed 43 people").id != cluster_of(quake, "At least 34 people were killed").id


def test_stories_a_governors_words_beside_a_written_statement_are_spoken(rates: Report) -> None:
    # "... Governor Tiff Macklem told reporters in Ottawa." is followed by "The central bank
    # said in a statement ...": the statement is the next sentence's, not Macklem's
    macklem = cluster_of(rates, "Inflation is still too high")
    assert cluster_of(rates, "inflation was still too high").id == macklem.id
    assert macklem.independent_sources == 2
    assert not any("statement" in o for o in macklem.origins)
    # what both articles quote from the bank's statement is one origin, in two articles
    statement = cluster_of(rates, "would continue to assess whether further increases")
    assert cluster_of(rates, "would keep assessing whether more hikes").id == statement.id
    assert (len(statement.doc_ids), statement.origins) == (2, ["statement of Bank of Canada"])


def test_stories_a_changed_statement_stays_apart(rates: Report) -> None:
    # the third article has the governor say the opposite, and the bank a larger rise
    macklem = cluster_of(rates, "Inflation is still too high")
    assert cluster_of(rates, "inflation had been beaten").id != macklem.id
    # "The bank forecast that ..." (the tagger's noun) and "also said it expected ...": one
    growth = cluster_of(rates, "economic growth would slow to about 1 per cent")
    assert cluster_of(rates, "economic growth to slow to 1% next year").id == growth.id
    assert cluster_of(rates, "the government respected the bank's independence").id == cluster_of(
        rates, "Ottawa respected the central bank's independence").id
