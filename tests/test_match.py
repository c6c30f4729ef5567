"""Speaker canonicalisation, pair judgements and clustering on hand-made claims."""

from __future__ import annotations

import pytest

from corroborate.match import (
    canonical_speakers,
    cluster_claims,
    judge_pair,
    name_key,
    speakers_compatible,
)
from corroborate.schema import Claim, SpanText, SpeakerKind, Stance


def claim(
    doc: str, content: str, speaker: str | None, *, kind: SpeakerKind = "person",
    stance: Stance = "asserts", via: str | None = None, source: str | None = None,
) -> Claim:
    text = source if source is not None else (speaker or "")
    return Claim(
        id=f"c-{doc}-{abs(hash((content, speaker))) % 10**8}",
        doc_id=doc,
        source=SpanText(text=text, spans=[(0, len(text))] if text else []),
        cue=SpanText(text="said", spans=[(0, 4)]),
        content=SpanText(text=content, spans=[(10, 10 + len(content))]),
        speaker=speaker, speaker_kind=kind, quote_type="indirect", via=via, confidence=0.8,
        stance=stance,
    )


@pytest.mark.parametrize(
    "a,b",
    [("Kim Jong-un", "Kim Jong Un"), ("Sergey Shoygu", "Sergei Shoigu"), ("Shoigu", "Sergei Shoigu")],
)
def test_match_spelling_variants_are_one_speaker(a: str, b: str) -> None:
    canon = canonical_speakers([claim("1", "x", a), claim("2", "y", b)])
    assert canon[a] == canon[b]


def test_match_different_people_stay_apart() -> None:
    canon = canonical_speakers([claim("1", "x", "Joe Biden"), claim("2", "y", "Hunter Biden")])
    assert canon["Joe Biden"] != canon["Hunter Biden"]


def test_match_name_key_ignores_hyphens_and_accents() -> None:
    assert name_key("Kim Jong-Un") == name_key("kim jong un")
    assert name_key("Zelenskyy’s") != ""


def test_match_office_and_spokesperson_are_compatible() -> None:
    office = claim("1", "x", "White House", kind="government")
    person = claim("2", "y", "John Kirby", source="White House spokesman John Kirby")
    canon = canonical_speakers([office, person])
    assert speakers_compatible(office, person, canon)
    other = claim("3", "z", "Dmitry Peskov", source="Kremlin spokesman Dmitry Peskov")
    assert not speakers_compatible(office, other, canonical_speakers([office, other]))


def test_match_judge_pair_merges_paraphrase() -> None:
    j = judge_pair("arms negotiations between Russia and the DPRK are actively advancing",
                   "arms negotiations between North Korea and Russia were advancing")
    assert j.same and j.differences == []


@pytest.mark.parametrize(
    "a,b,kind",
    [
        ("Russia will supply artillery shells to North Korea",
         "Russia will not supply artillery shells to North Korea", "negation"),
        ("a delegation of 20 officials traveled to Russia",
         "a delegation of 200 officials traveled to Russia", "number"),
        ("Kim will meet Putin in Vladivostok", "Kim may meet Putin in Vladivostok", "modality"),
    ],
)
def test_match_judge_pair_keeps_distortions_apart(a: str, b: str, kind: str) -> None:
    j = judge_pair(a, b)
    assert not j.same
    assert kind in j.differences


def test_match_denial_never_merges_with_assertion() -> None:
    j = judge_pair("Russia is preparing an arms deal", "Russia is preparing an arms deal",
                   stance_a="asserts", stance_b="denies")
    assert not j.same and "stance" in j.differences


def test_match_cluster_counts_origins_not_articles() -> None:
    claims = [
        claim("a", "Kim will meet Putin next week in Vladivostok", "The New York Times",
              kind="media", via="The New York Times"),
        claim("b", "Kim will meet Putin next week in Vladivostok", "The New York Times",
              kind="media", via="The New York Times"),
        claim("c", "Kim will meet Putin next week in Vladivostok", "The New York Times",
              kind="media", via="The New York Times"),
    ]
    (cluster,), _ = cluster_claims(claims)
    assert cluster.doc_ids == ["a", "b", "c"]
    assert cluster.independent_sources == 1
    assert cluster.single_sourced
    assert cluster.upstream == "The New York Times"


def test_match_cluster_keeps_contrasted_claims_apart_and_related() -> None:
    claims = [
        claim("a", "Russia will supply artillery shells to North Korea", "Dmitry Peskov"),
        claim("b", "Russia will supply artillery shells to North Korea", "Dmitry Peskov"),
        claim("c", "Russia will not supply artillery shells to North Korea", "Dmitry Peskov"),
    ]
    clusters, _ = cluster_claims(claims)
    assert sorted(len(k.claim_ids) for k in clusters) == [1, 2]
    big = next(k for k in clusters if len(k.claim_ids) == 2)
    assert big.independent_sources == 2
    assert big.related and big.related[0].differences == ["negation"]


def test_match_cluster_same_speaker_different_claims_apart() -> None:
    claims = [
        claim("a", "We urge the DPRK to cease its arms negotiations with Russia", "Adrienne Watson"),
        claim("b", "Kim Jong Un expects these discussions to continue", "Adrienne Watson"),
    ]
    clusters, _ = cluster_claims(claims)
    assert len(clusters) == 2


def test_match_articles_crediting_one_wire_are_one_origin() -> None:
    claims = [claim("a", "Kim will meet Putin next week in Vladivostok", "Dmitry Peskov"),
              claim("b", "Kim will meet Putin next week in Vladivostok", "Dmitry Peskov"),
              claim("c", "Kim will meet Putin next week in Vladivostok", "Dmitry Peskov")]
    (cluster,), _ = cluster_claims(claims, wires={"a": "Associated Press", "b": "Associated Press"})
    assert cluster.origins == ["Associated Press", "doc:c"]
    assert cluster.independent_sources == 2
