"""Issue 12 on the seeds: statements carried by several outlets under different source names
are one cluster, and the look-alikes that are different claims are not.

Every assertion is about the report the real pipeline (extractor, source graph, trained pair
judge) gives on the bundled seeds. The matcher's thresholds were set on held-out public data,
never on these files.
"""

from __future__ import annotations

import pytest

from corroborate.schema import ClaimCluster, Report

# Issue 12's seeds targets that the matcher does not meet yet (session 6): the pair judge
# trained here is too weak to bridge these rewordings, and it merges some different claims of
# one speaker. They stay as strict xfails, so a fix shows up as an XPASS that fails the run
# until the mark is removed.
NOT_YET = pytest.mark.xfail(strict=True, reason="issue 12 seeds target not met yet (see the closing note)")


def cluster_of(report: Report, words: str, doc: str | None = None) -> ClaimCluster:
    claims = {c.id: c for c in report.claims}
    hits = [k for k in report.clusters for i in k.claim_ids
            if words in claims[i].content.text and (doc is None or claims[i].doc_id.startswith(doc))]
    assert hits, f"no claim says {words!r}"
    assert len({k.id for k in hits}) == 1, f"{words!r} is in {len(hits)} clusters"
    return hits[0]


def docs(cluster: ClaimCluster) -> list[str]:
    return sorted({d[:3] for d in cluster.doc_ids})


def test_seeds_kremlin_declining_to_confirm_is_one_cluster(seeds_report: Report) -> None:
    declined = cluster_of(seeds_report, "whether Monday’s report was accurate")
    assert cluster_of(seeds_report, "its inability to confirm").id == declined.id
    assert cluster_of(seeds_report, "We have nothing to say on this").id == declined.id
    assert docs(declined) == ["002", "003"]
    assert declined.independent_sources == 0  # a refusal to confirm backs nothing


@NOT_YET
def test_seeds_us_government_on_the_meeting_is_one_cluster(seeds_report: Report) -> None:
    officials = cluster_of(seeds_report, "is expected to head to Russia")
    assert cluster_of(seeds_report, "there will be a rare meeting").id == officials.id
    assert cluster_of(seeds_report, "We have information that Kim Jong-Un").id == officials.id
    assert {"001", "003"} <= set(docs(officials))
    assert any(s.kind == "member" for s in officials.source_links)


@NOT_YET
def test_seeds_vladivostok_report_is_one_cluster(seeds_report: Report) -> None:
    times = cluster_of(seeds_report, "he will likely head from Pyongyang")
    assert cluster_of(seeds_report, "likely to travel to Vladivostok").id == times.id
    assert docs(times) == ["001", "003"]


def test_seeds_arms_for_technology_is_one_cluster(seeds_report: Report) -> None:
    via_times = cluster_of(seeds_report, "Should Kim agree to trade weaponry")
    assert cluster_of(seeds_report, "the possibility of").id == via_times.id
    assert cluster_of(seeds_report, "Putin is seeking artillery shells").id == via_times.id
    assert docs(via_times) == ["001", "002", "003"]


def test_seeds_peskov_venue_statement_is_one_cluster(seeds_report: Report) -> None:
    venue = cluster_of(seeds_report, "at an undisclosed time at an undisclosed site")
    assert cluster_of(seeds_report, "in an undisclosed location").id == venue.id
    assert docs(venue) == ["000", "004"]
    assert venue.independent_sources == 2


def _apart(report: Report, a: str, b: str) -> None:
    assert cluster_of(report, a).id != cluster_of(report, b).id, (a, b)


def test_seeds_look_alikes_stay_apart(seeds_report: Report) -> None:
    _apart(seeds_report, "We have information that Kim Jong-Un", "We urge the DPRK")
    _apart(seeds_report, "rolled into Russia on Tuesday", "at an undisclosed time")
    _apart(seeds_report, "whether Monday’s report was accurate", "in an undisclosed location")
    _apart(seeds_report, "Moscow is likely to seek artillery shells", "Putin is seeking artillery shells")
    _apart(seeds_report, "Moscow is likely to seek artillery shells", "Should Kim agree to trade weaponry")
    _apart(seeds_report, "had written each other letters", "forced to turn to rogue regimes")


def test_seeds_clusters_say_why_they_have_their_origins(seeds_report: Report) -> None:
    for cluster in seeds_report.clusters:
        assert len(cluster.origin_details) == cluster.independent_sources
        assert all(o.reasons for o in cluster.origin_details)
        assert cluster.evidence or not cluster.origin_details


def test_seeds_no_negation_note_between_different_claims(seeds_report: Report) -> None:
    claims = {c.id: c for c in seeds_report.claims}
    clusters = {k.id: k for k in seeds_report.clusters}
    for cluster in seeds_report.clusters:
        for rel in cluster.related:
            if "negation" not in rel.differences:
                continue
            other = clusters[rel.cluster_id]
            # a negation note must stand between two wordings of one statement of one source
            assert cluster.speaker == other.speaker, (cluster.gist, other.gist)
            assert any(claims[i].content.text for i in other.claim_ids)
