"""Outlets, URLs and dates wherever they can be told: metadata, records, text, sources.csv."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.ingest import excluding, read_articles, read_texts
from corroborate.outlets import normalize_outlet
from tests.ecbplus import ECBPLUS, build_mixed_folder

BODY = (
    "The mayor said on Tuesday that the bridge would reopen next month after repairs.\n\n"
    "A spokesperson for the city confirmed that the work was ahead of schedule.\n"
)


def _one(folder: Path, name: str) -> object:
    return next(a for a in read_articles([folder]) if a.path == name)


@pytest.mark.parametrize(
    ("text", "url", "outlet", "published"),
    [
        (f"https://www.reuters.com/world/2023/09/04/bridge-reopens/\n\n{BODY}",
         "https://www.reuters.com/world/2023/09/04/bridge-reopens/", "Reuters", "2023-09-04"),
        (f"{BODY}\nSource: http://articles.latimes.com/2013/may/03/local/bridge\n",
         "http://articles.latimes.com/2013/may/03/local/bridge", "Los Angeles Times",
         "2013-05-03"),
        (f"Originally published at <https://example-news.com/bridge>\n\n{BODY}",
         "https://example-news.com/bridge", "example-news.com", None),
        # a link the article cites inside its body is not its address
        (("The mayor said the plan is online at\nhttps://city.example.org/plan\n"
         "and that the bridge would reopen next month after the repairs are done.\n"),
         None, None, None),
    ],
)
def test_text_file_url_line_gives_url_outlet_and_date(
    tmp_path: Path, text: str, url: str | None, outlet: str | None, published: str | None
) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = _one(tmp_path, "a.txt")
    assert (article.url, article.outlet, article.published) == (url, outlet, published)


def test_text_file_dateline_gives_the_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "MOSCOW, Sept. 13, 2023 (Reuters) - The Kremlin said on Wednesday that the talks went "
        "well. Officials said more talks were planned.\n", encoding="utf-8")
    assert _one(tmp_path, "a.txt").published == "2023-09-13"


def test_json_record_fields_name_the_outlet(tmp_path: Path) -> None:
    records = [
        {"text": BODY, "url": "https://www.nytimes.com/2023/09/04/world/bridge.html"},
        {"text": BODY, "outlet": "the Associated Press", "published": "Sept. 5, 2023"},
        {"text": BODY, "url": "javascript:alert(1)"},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(map(json.dumps, records)) + "\n",
                                         encoding="utf-8")
    found = {a.path: (a.outlet, a.published) for a in read_articles([tmp_path])}
    assert found == {
        "feed.jsonl#1": ("The New York Times", "2023-09-04"),
        "feed.jsonl#2": ("Associated Press", "2023-09-05"),
        "feed.jsonl#3": (None, None),
    }


def test_html_sitename_is_normalised(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        "<html><head><title>Bridge</title><meta property='og:site_name' content='NYT'>"
        "</head><body><article><p>" + BODY.replace("\n", " ") + "</p></article></body></html>",
        encoding="utf-8")
    assert _one(tmp_path, "a.html").outlet == "The New York Times"


def test_sources_csv_names_outlets_urls_and_dates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "\ufefffile,outlet,url,published\n"
        "a.txt,nytimes.com,https://www.nytimes.com/x,2023-09-04\n"
        "b.txt,,https://apnews.com/article/y,\n"
        "feed.jsonl,Guardian,,5 September 2023\n"
        "missing.txt,BBC,,\n", encoding="utf-8")
    articles = {a.path: a for a in read_articles([tmp_path])}
    assert (articles["a.txt"].outlet, articles["a.txt"].url, articles["a.txt"].published) == (
        "The New York Times", "https://www.nytimes.com/x", "2023-09-04")
    assert articles["b.txt"].outlet == "Associated Press"
    assert (articles["feed.jsonl#1"].outlet, articles["feed.jsonl#1"].published) == (
        "The Guardian", "2023-09-05")
    listing = articles["sources.csv"]
    assert listing.status == "skipped" and listing.text == ""
    assert "applied to 3 articles" in (listing.reason or "")
    assert "missing.txt" in (listing.reason or "")


def test_sources_csv_without_a_header_is_reported_and_ignored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("a.txt,nytimes.com\n", encoding="utf-8")
    articles = {a.path: a for a in read_articles([tmp_path])}
    assert articles["a.txt"].outlet is None
    assert articles["sources.csv"].status == "failed"
    assert "header" in (articles["sources.csv"].reason or "")


def test_excluded_file_is_not_read_and_not_listed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "report.html").write_text("<html><body><p>old report</p></body></html>",
                                          encoding="utf-8")
    with excluding([tmp_path / "report.html", tmp_path / "not-there.csv"]):
        assert [a.path for a in read_articles([tmp_path])] == ["a.txt"]
    assert [a.path for a in read_articles([tmp_path])] == ["a.txt", "report.html"]


def test_read_texts_gives_the_text_of_plain_files(tmp_path: Path) -> None:
    from corroborate.ingest import text_differs_from_file
    from corroborate.report import document_of

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": BODY}), encoding="utf-8")
    articles = read_articles([tmp_path])
    documents = [document_of(a, carry_text=text_differs_from_file(a)) for a in articles]
    assert read_texts([tmp_path], documents) == {"a": BODY}


@pytest.mark.skipif(not ECBPLUS.is_dir(), reason="ECB+ is not in ../shared/corpora/ecbplus")
def test_mixed_ecbplus_folder_names_the_outlet_of_every_document_with_a_url(
    tmp_path: Path,
) -> None:
    urls = build_mixed_folder(tmp_path)
    articles = {a.path: a for a in read_articles([tmp_path])}
    assert set(articles) == set(urls)
    formats = {a.format for a in articles.values()}
    assert formats == {"text", "html", "jsonl"}
    for path, url in urls.items():
        article = articles[path]
        assert article.status == "ok", (path, article.reason)
        if url is None:
            assert article.outlet is None, path
        else:
            assert article.url == url, path
            assert article.outlet == normalize_outlet(url) != "", path
    assert articles["1_10ecbplus.txt"].outlet == "Los Angeles Times"


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [("old.html", ('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
      '<meta name="generator" content="corroborate 0.1.0">\n</head></html>\n'), "HTML"),
     ("old.json", '{\n  "schema_version": "1",\n  "documents": [],\n  "claims": []\n}\n', "JSON"),
     ("old.csv", "cluster,cluster_id,verdict,independent_sources\r\n", "CSV")],
)
def test_a_report_left_in_the_folder_is_not_read_as_an_article(
    tmp_path: Path, name: str, content: str, kind: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    (article,) = read_articles([tmp_path])
    assert article.status == "skipped"
    assert f"a corroborate report ({kind})" in (article.reason or "")
