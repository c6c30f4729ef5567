"""The whole pipeline on the bundled seeds: what a journalist must see in the report."""

from __future__ import annotations

import pytest

from corroborate.schema import ClaimCluster, Report

BOILERPLATE = ("Starmer", "Sabrina Carpenter", "Pezeshkian", "runoff", "Tinubu", "How useful",
               "Exit mobile version")


# Regressions of the judge-based matcher on the seeds, kept visible as strict xfails (the
# matcher's settings come from ECB+ dev topics, never from these files). Left since session 6:
# the New York Times report's two retellings (001 "as soon as next week" / 002) do not share
# a cluster: 002's retelling joins the US officials' expectation (001) first, and a claim of
# 001 may join it only if judged one with that member too. Fixed in session 12: Peskov's
# "sensitive spheres" / "sensitive matters" (the judge also reads a quote against the other
# claim) and Watson's "We urge ..." apart from "arms negotiations ... advancing" (a call to
# act is no statement of fact). See the closing note.
REGRESSED = pytest.mark.xfail(strict=True, reason="session 6 matcher regression on the seeds")


def cluster_with(report: Report, words: str) -> ClaimCluster:
    claims = {c.id: c for c in report.claims}
    hits = [k for k in report.clusters if any(words in claims[i].content.text for i in k.claim_ids)]
    assert len(hits) == 1, f"{words!r} is in {len(hits)} clusters"
    return hits[0]


def test_seeds_every_input_is_a_document(seeds_report: Report) -> None:
    assert [d.path for d in seeds_report.documents] == sorted(d.path for d in seeds_report.documents)
    assert len(seeds_report.documents) == 5
    assert all(d.status == "ok" and d.body is not None for d in seeds_report.documents)


def test_seeds_watson_urge_is_one_cluster_from_two_articles(seeds_report: Report) -> None:
    cluster = cluster_with(seeds_report, "to cease its arms negotiations with Russia")
    assert cluster.speaker == "Adrienne Watson"
    assert [d[:3] for d in cluster.doc_ids] == ["001", "002"]
    # both articles quote one written statement: one origin, as a press release and the
    # articles quoting it are one (this test asked for 2 before the statement rule existed)
    assert cluster.independent_sources == 1
    assert cluster.origins == ["statement of Adrienne Watson"]


def test_seeds_peskov_sensitive_spheres_matches_its_paraphrase(seeds_report: Report) -> None:
    cluster = cluster_with(seeds_report, "sensitive spheres")
    assert cluster.speaker == "Dmitry Peskov"
    assert [d[:3] for d in cluster.doc_ids] == ["000", "004"]
    claims = {c.id: c for c in seeds_report.claims}
    assert any("sensitive matters" in claims[i].content.text for i in cluster.claim_ids)


@REGRESSED
def test_seeds_new_york_times_report_is_one_independent_source(seeds_report: Report) -> None:
    cluster = cluster_with(seeds_report, "as soon as next week")
    assert [d[:3] for d in cluster.doc_ids] == ["001", "002"]
    assert cluster.upstream == "The New York Times"
    assert cluster.independent_sources == 1
    assert cluster.single_sourced


def test_seeds_quote_wording_variants_are_listed(seeds_report: Report) -> None:
    cluster = cluster_with(seeds_report, "actively advancing")
    texts = [v.text for v in cluster.variants]
    assert any("actively advancing" in t for t in texts)
    assert any(t.strip(".") == "advancing" for t in texts)
    assert {d for v in cluster.variants for d in v.doc_ids} >= {
        d for d in cluster.doc_ids if d[:3] in ("000", "003")}


def test_seeds_different_claims_by_one_speaker_stay_apart(seeds_report: Report) -> None:
    claims = {c.id: c for c in seeds_report.claims}
    urge = cluster_with(seeds_report, "to cease its arms negotiations with Russia")
    info = cluster_with(seeds_report, "We have information that Kim")
    assert urge.id != info.id
    assert all(claims[i].speaker == "Adrienne Watson" for i in urge.claim_ids + info.claim_ids)


def test_seeds_no_claim_from_boilerplate(seeds_report: Report) -> None:
    bodies = {d.doc_id: d.body for d in seeds_report.documents}
    for claim in seeds_report.claims:
        body = bodies[claim.doc_id]
        assert body is not None
        for role in (claim.source, claim.cue, claim.content):
            for s, e in role.spans:
                assert body[0] <= s <= e <= body[1]
        assert not any(b in claim.content.text for b in BOILERPLATE)


@pytest.mark.parametrize("role", ["source", "cue", "content"])
def test_seeds_every_span_reproduces_its_text(seeds_report: Report, role: str) -> None:
    from tests.conftest import SEEDS

    texts = {d.doc_id: (SEEDS / d.path).read_text(encoding="utf-8") for d in seeds_report.documents}
    for claim in seeds_report.claims:
        span = getattr(claim, role)
        text = texts[claim.doc_id]
        with open(SEEDS / f"{claim.doc_id}.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        assert " ".join(text[s:e] for s, e in span.spans) == span.text


def test_seeds_every_claim_in_exactly_one_cluster(seeds_report: Report) -> None:
    ids = [i for k in seeds_report.clusters for i in k.claim_ids]
    assert sorted(ids) == sorted(c.id for c in seeds_report.claims)
    assert len(ids) == len(set(ids))


def test_seeds_speakers_resolved_across_articles(seeds_report: Report) -> None:
    speakers = {c.speaker for c in seeds_report.claims}
    assert "Dmitry Peskov" in speakers
    assert "Peskov" not in speakers
    assert "Yoo Sang-bum" in speakers
    assert not any(s and s.lower() in ("he", "she", "it", "they") for s in speakers)


def test_seeds_report_is_deterministic(seeds_report: Report) -> None:
    from corroborate.api import corroborate
    from corroborate.render import render_json
    from tests.conftest import SEEDS

    assert render_json(corroborate([SEEDS])) == render_json(seeds_report)


def test_seeds_related_speakers_different_claims_stay_apart(seeds_report: Report) -> None:
    letters = cluster_with(seeds_report, "had written each other letters")
    price = cluster_with(seeds_report, "pay a price")
    assert letters.id != price.id
