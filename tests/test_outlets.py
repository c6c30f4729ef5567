"""Outlet names: domains, aliases and "the X" forms of one publisher become one name."""

from __future__ import annotations

import pytest

from corroborate.outlets import domain_of, normalize_outlet, outlet_key


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (["nytimes.com", "https://www.nytimes.com/2023/09/04/world/kim.html",
          "the New York Times", "The New York Times", "New York Times", "NYT"],
         "The New York Times"),
        (["Reuters", "reuters.com", "https://www.reuters.com/world/", "Thomson Reuters"],
         "Reuters"),
        (["AP", "Associated Press", "the Associated Press", "apnews.com"], "Associated Press"),
        (["AFP", "Agence France-Presse", "afp.com"], "Agence France-Presse"),
        (["BBC", "the BBC", "bbc.co.uk", "http://news.bbc.co.uk/2/hi/asia-pacific/1.stm"], "BBC"),
        (["CNN", "edition.cnn.com", "cnn.com"], "CNN"),
        (["Washington Post", "the Washington Post", "washingtonpost.com"], "The Washington Post"),
        (["WSJ", "Wall Street Journal", "wsj.com"], "The Wall Street Journal"),
        (["the Guardian", "Guardian", "theguardian.com"], "The Guardian"),
        (["Yonhap", "Yonhap News Agency", "en.yna.co.kr"], "Yonhap"),
        (["TASS", "ITAR-TASS", "tass.com"], "TASS"),
        (["RIA Novosti", "RIA", "ria.ru"], "RIA Novosti"),
        (["KCNA", "Korean Central News Agency", "North Korea's Korean Central News Agency"],
         "KCNA"),
        (["articles.latimes.com", "LA Times", "Los Angeles Times"], "Los Angeles Times"),
    ],
)
def test_normalize_outlet_gives_one_name_for_every_form(forms: list[str], expected: str) -> None:
    assert {normalize_outlet(form) for form in forms} == {expected}
    assert len({outlet_key(form) for form in forms}) == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://sub.example-news.com/story/1", "example-news.com"),
        ("www.local-paper.co.uk", "local-paper.co.uk"),
        ("the Daily Planet", "The Daily Planet"),
        ("  Springfield   Shopper ", "Springfield Shopper"),
        ("U.S. officials", "U.S. officials"),
        ("", ""),
    ],
)
def test_normalize_outlet_passes_unknown_names_through_tidied(value: str, expected: str) -> None:
    assert normalize_outlet(value) == expected


def test_normalize_outlet_reads_the_times_from_the_other_outlets() -> None:
    assert normalize_outlet("the Times", known=["The New York Times", "Reuters"]) == (
        "The New York Times")
    # two papers called Times, or none: the London paper of that name
    assert normalize_outlet("the Times", known=["The New York Times", "Los Angeles Times"]) == (
        "The Times")
    assert normalize_outlet("the Times") == "The Times"


def test_outlet_key_ignores_a_leading_the() -> None:
    assert outlet_key("the Daily Planet") == outlet_key("Daily Planet")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("https://www.nytimes.com/x", "nytimes.com"), ("bbc.co.uk", "bbc.co.uk"),
     ("The New York Times", None), ("javascript:alert(1)", None), ("A.P.", None)],
)
def test_domain_of(value: str, expected: str | None) -> None:
    assert domain_of(value) == expected
