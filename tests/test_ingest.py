"""Tests for ingest: folders, formats and encodings to Articles, bad inputs, and body detection."""

from __future__ import annotations

import codecs
import io
import os
import random
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Self

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.errors import InputError
from corroborate.ingest import (
    DEFAULT_MAX_BYTES,
    find_body,
    read_articles,
    text_differs_from_file,
)
from corroborate.schema import Article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
POLNEAR_DEV = Path(
    os.environ.get("CORROBORATE_POLNEAR_DEV", "/work/shared/corpora/polnear/data/dev/text")
)

ARTICLE = (
    "Talks Resume in Geneva\n"
    "\n"
    "The foreign minister said on Tuesday that the talks would resume next week, according to "
    "two officials who were briefed on the plan.\n"
    "\n"
    "“We are ready to listen,” she told reporters. It’s the first meeting since the café summit "
    "in March, and diplomats called it a cautious step.\n"
)
ARTICLE_BODY = ARTICLE[ARTICLE.index("The foreign") : ARTICLE.rindex(".") + 1]
PAGE = (
    "Menu\nSkip to main content\nHome > World > Europe\n\n"
    "Paris agrees new budget\n\n"
    "By Jane Smith\nPublished 3 March 2024\n\n"
    "The French government agreed a new budget on Monday, the finance ministry said, "
    "after weeks of talks with unions and employers.\n\n"
    "Jane Smith is a reporter for The Daily Example. She covers Europe.\n"
    "Related articles\n"
    "Budget talks stall as unions walk out of the meeting in Lyon on Friday...\n"
)
PAGE_BODY = (
    "The French government agreed a new budget on Monday, the finance ministry said, "
    "after weeks of talks with unions and employers."
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def write(folder: Path, name: str, data: str | bytes) -> Path:
    """Write a file under folder, creating parent folders; str is written as UTF-8 unchanged."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def by_path(articles: list[Article]) -> dict[str, Article]:
    """Index articles by path, checking that no path repeats."""
    index = {article.path: article for article in articles}
    assert len(index) == len(articles)
    return index


def only(folder: Path, **kwargs: Any) -> Article:
    """The one article read from a folder."""
    articles = read_articles([folder], **kwargs)
    assert len(articles) == 1, articles
    return articles[0]


def reason_of(article: Article) -> str:
    """An article's reason, which must be set."""
    assert article.reason is not None, article
    return article.reason


def body_text(article: Article) -> str:
    """The text of an article's body."""
    assert article.body is not None
    start, end = article.body
    return article.text[start:end]


def bad_inputs(folder: Path) -> None:
    """Write one file or link for every kind of bad input into folder."""
    write(folder, "empty.txt", b"")
    write(folder, "blank.txt", "  \n\n\t\n")
    write(folder, "image.png", PNG)
    write(folder, "renamed-image.txt", PNG)
    write(folder, "random.bin", random.Random(7).randbytes(512))
    write(folder, "katakana.bin", b"\xa5" * 512)
    write(folder, "nul.txt", b"abc\x00def\x00ghi")
    write(folder, "broken.html", "<html><body><div><p>")
    write(folder, "broken.json", '{"text": ')
    write(folder, "feed.jsonl", '{"text": "The mayor said the bridge will reopen."}\n{"text": \n')
    write(folder, "huge.txt", "The minister said so. " * 5_000)
    os.symlink("nowhere.txt", folder / "dangling.txt")
    os.symlink(".", folder / "loop")
    (folder / "nested").mkdir()
    os.symlink("..", folder / "nested" / "up")


# --------------------------------------------------------------------------------------------
# The seed articles
# --------------------------------------------------------------------------------------------

SEED_EXPECTATIONS = [
    (
        "000_e07bd6d279204b43.txt",
        "North Korean leader Kim Jong Un\xa0arrived",
        "Associated Press contributed reporting.",
        {"title": "North Korea talks with Russia"},
    ),
    (
        "001_59b31b8dc95d2770.txt",
        "North Korean leader Kim Jong-un is expected",
        "instead send Premier Li Qiang.",
        {"title": "Kim Jong-un expected to meet with Putin in Russia to discuss weapons"},
    ),
    (
        "002_21bbfc0d75dd26d7.txt",
        "North Korea’s Kim Jong-un will reportedly meet",
        "Dictators only understand strength.”",
        {
            "title": "Kim Jong-un to Meet in Russia with Vladimir Putin amid Ukraine War",
            "outlet": "National Review",
            "published": None,
        },
    ),
    (
        "003_7b13ad20f772f1d8.txt",
        "The United States has stated",
        "faced by Ukraine.",
        {"title": "Us Says North Korea Set For Arms Talk With Russia", "published": "2023-12-01"},
    ),
    (
        "004_e66e0439062278a8.txt",
        "On Tuesday, North Korean leader",
        "Russian Railways locomotive.",
        {"title": "Kim Jong Un of North Korea Arrives in Russia for Summit on Weapons with Putin"},
    ),
]


@pytest.fixture(scope="module")
def seed_articles() -> dict[str, Article]:
    return by_path(read_articles([SEEDS]))


@pytest.mark.parametrize(("name", "starts", "ends", "metadata"), SEED_EXPECTATIONS)
def test_ingest_seed_body_and_metadata(
    seed_articles: dict[str, Article], name: str, starts: str, ends: str, metadata: dict[str, Any]
) -> None:
    article = seed_articles[name]
    assert article.status == "ok"
    assert article.reason is None
    assert article.encoding == "utf-8"
    assert body_text(article).startswith(starts)
    assert body_text(article).endswith(ends)
    for field, expected in metadata.items():
        assert getattr(article, field) == expected, field


def test_ingest_seed_text_is_the_file_decoded_without_newline_translation(
    seed_articles: dict[str, Article],
) -> None:
    for name, article in seed_articles.items():
        with open(SEEDS / name, encoding="utf-8", newline="") as handle:
            assert article.text == handle.read()


def test_ingest_seeds_sorted_with_stem_ids(seed_articles: dict[str, Article]) -> None:
    paths = list(seed_articles)
    assert paths == sorted(paths) == sorted(path.name for path in SEEDS.glob("*.txt"))
    assert [article.doc_id for article in seed_articles.values()] == [
        Path(path).stem for path in paths
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "Keir Starmer",
        "Sabrina Carpenter",
        "Pezeshkian",
        "RECOMMENDED FOR YOU",
        "Skip to main content",
        "How useful was this post",
        "is a news writer for National Review",
        "via Reuters",
        "Exit mobile version",
        "24.1",
        "Would you like to receive notifications",
        "POSTED ON",
        "HomeWorld",
    ],
)
def test_ingest_seed_bodies_leave_out_page_furniture(
    seed_articles: dict[str, Article], furniture: str
) -> None:
    for article in seed_articles.values():
        assert furniture not in body_text(article), article.path


def test_ingest_seed_bullet_list_stays_inside_body(seed_articles: dict[str, Article]) -> None:
    assert "Sen. Elizabeth Warren" in body_text(seed_articles["000_e07bd6d279204b43.txt"])


# --------------------------------------------------------------------------------------------
# Body detection
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [(ARTICLE, ARTICLE_BODY), (PAGE, PAGE_BODY)])
def test_find_body_leaves_out_navigation_and_trailing_boilerplate(text: str, expected: str) -> None:
    span = find_body(text)
    assert span is not None
    assert text[span[0] : span[1]] == expected


def test_ingest_plain_text_metadata_from_headline_byline_and_bio(tmp_path: Path) -> None:
    write(tmp_path, "budget.txt", PAGE)
    article = only(tmp_path)
    assert body_text(article) == PAGE_BODY
    assert article.title == "Paris agrees new budget"
    assert article.published == "2024-03-03"
    assert article.outlet == "The Daily Example"


@pytest.mark.parametrize(
    "text",
    [
        "The council said it would vote on the plan in May.",
        (
            "Poll: Voters split on the plan.\n\nThe council said it would vote in May.\n\n"
            "Opponents said the plan was rushed.\n"
        ),
        "A line wrapped at a fixed width that does not end\nwith punctuation until here.\n",
        "First paragraph said something.\n\nA Subheading\n\nSecond paragraph said more.",
    ],
)
def test_find_body_covers_all_of_clean_text(text: str) -> None:
    assert find_body(text) == (0, len(text.rstrip()))


@pytest.mark.parametrize("text", ["", "   \n\n", "Menu\nHome\nSearch\n", "24.1 ° C\n73 %\n"])
def test_find_body_none_without_prose(text: str) -> None:
    assert find_body(text) is None


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR dev texts not present")
def test_find_body_keeps_clean_polnear_articles() -> None:
    shares = []
    for path in sorted(POLNEAR_DEV.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        span = find_body(text)
        assert span is not None, path.name
        kept = sum(not char.isspace() for char in text[span[0] : span[1]])
        shares.append(kept / sum(not char.isspace() for char in text))
    assert statistics.mean(shares) >= 0.99
    assert min(shares) >= 0.9


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_find_body_span_is_in_range_and_trimmed(text: str) -> None:
    span = find_body(text)
    if span is not None:
        start, end = span
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()


# --------------------------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16 (BOM)"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16 (BOM)"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le (detected, no BOM)"),
        (ARTICLE.encode("cp1252"), "cp1252 (detected)"),
        (ARTICLE.replace("’", "'").replace("“", '"').replace("”", '"').encode("latin-1"), None),
    ],
)
def test_ingest_decodes_text_encodings(tmp_path: Path, data: bytes, encoding: str | None) -> None:
    write(tmp_path, "article.txt", data)
    article = only(tmp_path)
    assert article.status == "ok"
    if encoding is None:  # plain latin-1 reads as cp1252, which agrees with it on these bytes
        assert article.encoding == "cp1252 (detected)"
        assert "café" in article.text
    else:
        assert article.encoding == encoding
        assert article.text == ARTICLE
        assert body_text(article) == ARTICLE_BODY


def test_ingest_utf8_bom_kept_so_offsets_match_a_utf8_read(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    article = only(tmp_path)
    with open(path, encoding="utf-8", newline="") as handle:
        assert article.text == handle.read() == "\ufeff" + ARTICLE
    assert article.encoding is not None and "BOM" in article.encoding
    assert body_text(article) == ARTICLE_BODY


def test_ingest_text_differs_from_file_only_when_not_plain_utf8(tmp_path: Path) -> None:
    write(tmp_path, "plain.txt", ARTICLE)
    write(tmp_path, "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    write(tmp_path, "legacy.txt", ARTICLE.encode("cp1252"))
    write(tmp_path, "wide.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    write(tmp_path, "feed.jsonl", '{"text": "The mayor said the bridge will reopen."}\n')
    write(tmp_path, "empty.txt", b"")
    differs = {a.path: text_differs_from_file(a) for a in read_articles([tmp_path])}
    assert differs == {
        "plain.txt": False,
        "bom.txt": False,
        "legacy.txt": True,
        "wide.txt": True,
        "feed.jsonl#1": True,
        "empty.txt": False,
    }


def test_ingest_keeps_crlf_newlines(tmp_path: Path) -> None:
    write(tmp_path, "crlf.txt", ARTICLE.replace("\n", "\r\n"))
    article = only(tmp_path)
    assert article.text == ARTICLE.replace("\n", "\r\n")
    assert body_text(article) == ARTICLE_BODY.replace("\n", "\r\n")


# --------------------------------------------------------------------------------------------
# Formats
# --------------------------------------------------------------------------------------------


def test_ingest_html_main_text_and_metadata(tmp_path: Path) -> None:
    paragraph = "The minister said the talks would continue next week in Vladivostok. " * 4
    write(
        tmp_path,
        "page.html",
        "<html><head><title>Talks continue | Example News</title>"
        "<meta property='og:site_name' content='Example News'>"
        "<meta property='og:url' content='https://example.com/talks'>"
        "<meta property='article:published_time' content='2023-09-12T08:00:00Z'></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Talks continue</h1><p>{paragraph}</p>"
        "<p>Officials declined to comment.</p></article><footer>Copyright</footer></body></html>",
    )
    article = only(tmp_path)
    assert (article.status, article.format) == ("ok", "html")
    assert "Officials declined to comment." in article.text
    assert article.body == (0, len(article.text))
    assert article.title == "Talks continue"
    assert article.outlet == "Example News"
    assert article.published == "2023-09-12"
    assert article.url == "https://example.com/talks"


def test_ingest_malformed_html_best_effort(tmp_path: Path) -> None:
    write(tmp_path, "bad.htm", "<html><body><div><p>The mayor said <b>the bridge<p>will reopen")
    article = only(tmp_path)
    assert article.status == "ok"
    assert "bridge" in article.text and "reopen" in article.text


def test_ingest_html_without_text_failed(tmp_path: Path) -> None:
    write(tmp_path, "bad.html", "<<<>>>")
    article = only(tmp_path)
    assert article.status == "failed"
    assert "no article text" in reason_of(article)
    assert article.text == ""


def test_ingest_json_object_and_list(tmp_path: Path) -> None:
    write(
        tmp_path,
        "one.json",
        '{"text": "The mayor said the bridge will reopen.", "title": "Bridge", '
        '"outlet": "Daily", "published": "2024-03-03T10:00:00Z", "url": "https://x.test/1"}',
    )
    write(tmp_path, "many.json", '[{"text": "A said so."}, 7, {"title": "no text"}]')
    articles = by_path(read_articles([tmp_path]))
    one = articles["one.json"]
    assert (one.doc_id, one.status, one.format) == ("one", "ok", "json")
    assert (one.title, one.outlet, one.published, one.url) == (
        "Bridge",
        "Daily",
        "2024-03-03",
        "https://x.test/1",
    )
    assert body_text(one) == one.text
    assert articles["many.json#1"].doc_id == "many-1"
    assert articles["many.json#1"].status == "ok"
    assert articles["many.json#2"].status == "failed"
    assert reason_of(articles["many.json#2"]).startswith("record 2: a JSON number, not an object")
    assert articles["many.json#3"].status == "failed"


def test_ingest_malformed_json_failed(tmp_path: Path) -> None:
    write(tmp_path, "bad.json", '{"text": "unfinished')
    article = only(tmp_path)
    assert article.status == "failed"
    assert reason_of(article).startswith("not valid JSON (")


def test_ingest_jsonl_keeps_good_lines_and_reports_bad_ones(tmp_path: Path) -> None:
    write(
        tmp_path,
        "feed.jsonl",
        '{"text": "The mayor said the bridge will reopen.", "outlet": "Daily"}\n'
        "\n"
        '{"text": "Officials said" "no"}\n'
        '{"text": "The council said it agreed."}\r\n'
        '["not", "an", "object"]\n'
        '{"title": "no text"}\n'
        '{"text": "   "}\n',
    )
    articles = by_path(read_articles([tmp_path]))
    assert list(articles) == [f"feed.jsonl#{n}" for n in (1, 3, 4, 5, 6, 7)]
    assert [article.status for article in articles.values()] == [
        "ok",
        "failed",
        "ok",
        "failed",
        "failed",
        "skipped",
    ]
    assert articles["feed.jsonl#1"].doc_id == "feed-1"
    assert articles["feed.jsonl#1"].outlet == "Daily"
    assert articles["feed.jsonl#4"].text == "The council said it agreed."
    assert reason_of(articles["feed.jsonl#3"]).startswith("line 3: not valid JSON (Expecting ',' ")
    assert all(a.text == "" for a in articles.values() if a.status != "ok")


# --------------------------------------------------------------------------------------------
# Bad inputs
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "status", "reason"),
    [
        ("empty.txt", b"", "skipped", "empty file"),
        ("blank.md", b" \n\n\t ", "skipped", "the file holds only whitespace; nothing to read"),
        ("photo.png", PNG, "skipped", "binary file (looks like PNG image); not an article"),
        ("photo.txt", PNG, "skipped", "binary file (looks like PNG image); not an article"),
        ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3", "skipped", "binary file (looks like PDF document)"),
        ("nul.txt", b"abc\x00\xff\x00ghi", "skipped", "binary file (contains NUL bytes)"),
        ("high.dat", bytes(range(128, 256)) * 4, "skipped", "binary file ("),
        ("high.txt", bytes(range(128, 256)) * 4, "failed", "not UTF-8"),
        ("ctrl.txt", b"\x01\x02\x03\x04 a" * 50, "skipped", "binary file (mostly control"),
    ],
)
def test_ingest_bad_file_recorded_with_reason(
    tmp_path: Path, name: str, data: bytes, status: str, reason: str
) -> None:
    write(tmp_path, name, data)
    article = only(tmp_path)
    assert (article.path, article.doc_id) == (name, Path(name).stem)
    assert article.status == status
    assert reason_of(article).startswith(reason)
    assert article.text == "" and article.body is None


def test_ingest_too_large_file_skipped_with_default_limit(tmp_path: Path) -> None:
    with (tmp_path / "big.txt").open("wb") as handle:
        handle.truncate(80_000_000)  # sparse: nothing is written or read
    article = only(tmp_path)
    assert DEFAULT_MAX_BYTES == 50_000_000
    assert article.status == "skipped"
    assert article.reason == "file is 80.0 MB, over the 50 MB limit; raise --max-bytes to read it"


def test_ingest_too_large_file_skipped_with_small_limit(tmp_path: Path) -> None:
    write(tmp_path, "big.txt", "x" * 1_500)
    article = only(tmp_path, max_bytes=1_000)
    assert article.status == "skipped"
    assert article.reason == "file is 1.5 kB, over the 1 kB limit; raise --max-bytes to read it"
    write(tmp_path, "big.txt", "The mayor said the bridge will reopen.")
    assert only(tmp_path, max_bytes=1_000).status == "ok"


def test_ingest_unreadable_file_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", ARTICLE)
    path.chmod(0)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Root reads files whatever their mode: fail the open as it fails for everyone else.
        real_open = Path.open

        def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", deny)
    try:
        article = only(tmp_path)
    finally:
        path.chmod(0o644)
    assert article.status == "failed"
    assert reason_of(article).startswith("permission denied")
    assert article.text == ""


def test_ingest_symlinks(tmp_path: Path) -> None:
    write(tmp_path, "real/article.txt", ARTICLE)
    os.symlink("real/article.txt", tmp_path / "linked.txt")
    os.symlink("missing.txt", tmp_path / "dangling.txt")
    os.symlink("self", tmp_path / "self")
    os.symlink("..", tmp_path / "real" / "up")
    articles = by_path(read_articles([tmp_path]))
    assert articles["linked.txt"].text == articles["real/article.txt"].text == ARTICLE
    assert articles["dangling.txt"].status == "skipped"
    assert reason_of(articles["dangling.txt"]).startswith(
        "broken symlink: it points to missing.txt"
    )
    for loop in ("self", "real/up"):
        assert articles[loop].status == "skipped"
        assert reason_of(articles[loop]).startswith("symlink loop")


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes")
def test_ingest_non_utf8_file_name_and_lone_surrogates_serialise(tmp_path: Path) -> None:
    with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(ARTICLE.encode("utf-8"))
    write(tmp_path, "odd.jsonl", '{"text": "The mayor \\ud800 said so.", "title": "\\udfff"}\n')
    articles = by_path(read_articles([tmp_path]))
    assert articles["caf\ufffd.txt"].text == ARTICLE
    assert articles["odd.jsonl#1"].text == "The mayor \ufffd said so."
    for article in articles.values():
        Article.model_validate_json(article.model_dump_json())


def test_ingest_json_lines_saved_as_json(tmp_path: Path) -> None:
    write(tmp_path, "feed.json", '{"text": "A said so."}\n{"text": "B said so."}\n')
    articles = read_articles([tmp_path])
    assert [(a.path, a.status) for a in articles] == [("feed.json#1", "ok"), ("feed.json#2", "ok")]


def test_ingest_skips_hidden_files_and_folders(tmp_path: Path) -> None:
    write(tmp_path, ".git/HEAD", "ref: refs/heads/main\n")
    write(tmp_path, ".notes.txt", ARTICLE)
    write(tmp_path, "sub/.DS_Store", b"\x00\x00")
    write(tmp_path, "sub/a.txt", ARTICLE)
    assert [article.path for article in read_articles([tmp_path])] == ["sub/a.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_ingest_pipe_inside_folder_skipped_and_given_directly_raises(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    article = only(tmp_path)
    assert article.status == "skipped"
    assert "not a regular file" in reason_of(article)
    with pytest.raises(InputError, match="neither a file nor a folder"):
        read_articles([tmp_path / "pipe.txt"])


def test_ingest_missing_input_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        read_articles([tmp_path / "nope"])


def test_ingest_bad_inputs_never_raise(tmp_path: Path) -> None:
    bad_inputs(tmp_path)
    articles = by_path(read_articles([tmp_path], max_bytes=10_000))
    assert articles["feed.jsonl#1"].status == "ok"
    assert articles["feed.jsonl#2"].status == "failed"
    assert articles["broken.html"].status in ("ok", "failed")
    expected = {
        "empty.txt": "skipped",
        "blank.txt": "skipped",
        "image.png": "skipped",
        "renamed-image.txt": "skipped",
        "random.bin": "skipped",
        "katakana.bin": "skipped",
        "nul.txt": "skipped",
        "broken.json": "failed",
        "huge.txt": "skipped",
        "dangling.txt": "skipped",
        "loop": "skipped",
        "nested/up": "skipped",
    }
    for path, status in expected.items():
        assert articles[path].status == status, path
        assert articles[path].reason, path
        assert articles[path].text == "", path


# --------------------------------------------------------------------------------------------
# Inputs, ids and determinism
# --------------------------------------------------------------------------------------------


class _Listing:
    """Stands in for os.scandir's iterator, yielding entries in a chosen order."""

    def __init__(self, entries: list[os.DirEntry[str]]) -> None:
        self._entries = entries

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __iter__(self) -> Iterator[os.DirEntry[str]]:
        return iter(self._entries)


def reordering_scandir(order: Callable[[list[Any]], list[Any]]) -> Callable[[Any], _Listing]:
    """An os.scandir that lists entries in the order `order` gives."""
    real = os.scandir

    def scandir(path: Any) -> _Listing:
        with real(path) as listing:
            return _Listing(order(list(listing)))

    return scandir


def test_ingest_result_independent_of_listing_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("b.txt", "a.txt", "c/a.txt", "c/z.md", "A.txt", "feed.jsonl", "a.html"):
        write(tmp_path, name, ARTICLE if not name.endswith(".jsonl") else '{"text": "x said"}\n')
    bad_inputs(tmp_path / "bad")
    baseline = read_articles([tmp_path])
    for order in (
        lambda entries: entries[::-1],
        lambda entries: random.Random(1).sample(entries, len(entries)),
        lambda entries: random.Random(2).sample(entries, len(entries)),
    ):
        monkeypatch.setattr(os, "scandir", reordering_scandir(order))
        assert read_articles([tmp_path]) == baseline


def test_ingest_good_files_unchanged_by_bad_neighbours(tmp_path: Path) -> None:
    clean, mixed = tmp_path / "clean", tmp_path / "mixed"
    for folder in (clean, mixed):
        for name in ("000.txt", "001.md", "sub/002.txt"):
            write(folder, name, ARTICLE)
        write(folder, "feed.jsonl", '{"text": "The mayor said the bridge will reopen."}\n')
        for seed in sorted(SEEDS.glob("*.txt")):
            write(folder, seed.name, seed.read_bytes())
    bad_inputs(mixed)
    good = read_articles([clean], max_bytes=100_000)
    together = by_path(read_articles([mixed], max_bytes=100_000))
    assert all(article == together[article.path] for article in good)


def test_ingest_ids_unique_and_deterministic(tmp_path: Path) -> None:
    for name in ("a.txt", "a.md", "b/a.txt", "a-2.txt"):
        write(tmp_path, name, ARTICLE)
    write(tmp_path, "feed.jsonl", '{"text": "x said"}\n{"text": "y said"}\n')
    write(tmp_path, "feed-1.txt", ARTICLE)
    articles = read_articles([tmp_path])
    ids = {article.path: article.doc_id for article in articles}
    assert ids == {
        "a-2.txt": "a-2",
        "a.md": "a",
        "a.txt": "a-3",
        "b/a.txt": "a-4",
        "feed-1.txt": "feed-1",
        "feed.jsonl#1": "feed-1-2",
        "feed.jsonl#2": "feed-2",
    }
    assert [article.path for article in articles] == sorted(ids)


def test_ingest_single_file_and_several_inputs(tmp_path: Path) -> None:
    single = write(tmp_path, "one/story.txt", ARTICLE)
    write(tmp_path, "two/story.txt", ARTICLE)
    articles = read_articles([tmp_path / "two", single])
    assert [(a.path, a.doc_id) for a in articles] == [
        ("story.txt", "story"),
        ("story.txt", "story-2"),
    ]


def test_ingest_bare_path_is_one_input() -> None:
    assert read_articles(str(SEEDS)) == read_articles([SEEDS])


def test_ingest_detect_body_off_keeps_whole_text(tmp_path: Path) -> None:
    write(tmp_path, "article.txt", ARTICLE)
    assert only(tmp_path, detect_body=False).body == (0, len(ARTICLE))


@pytest.mark.parametrize("binary", [True, False])
def test_ingest_stdin(monkeypatch: pytest.MonkeyPatch, binary: bool) -> None:
    stream: Any
    if binary:
        stream = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("cp1252")), encoding="utf-8")
    else:
        stream = io.StringIO(ARTICLE)
    monkeypatch.setattr(sys, "stdin", stream)
    [article] = read_articles(["-"])
    assert (article.path, article.doc_id, article.status) == ("-", "stdin", "ok")
    assert article.text == ARTICLE
    assert body_text(article) == ARTICLE_BODY


def test_ingest_empty_stdin_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    [article] = read_articles(["-"])
    assert article.status == "skipped"


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

NAMES = st.lists(
    st.tuples(
        st.text(alphabet="abcdefgh_-", min_size=1, max_size=6),
        st.sampled_from([".txt", ".md", ".html", ".dat", ".json", ""]),
    ),
    min_size=1,
    max_size=5,
    unique_by=lambda pair: pair[0].lower(),
)


def check_every_file_once(folder: Path, names: list[str]) -> list[Article]:
    """Read a folder and check each file appears once (JSON lists: under its path) and validly."""
    articles = read_articles([folder])
    for name in names:
        mine = [a for a in articles if a.path == name or a.path.startswith(f"{name}#")]
        assert len(mine) == 1 or (name.endswith(".json") and mine), name
    for article in articles:
        assert article.status in ("ok", "skipped", "failed")
        assert (article.status == "ok") == (article.reason is None)
        if article.body is not None:
            start, end = article.body
            assert 0 <= start <= end <= len(article.text)
        if article.status != "ok":
            assert article.text == ""
    assert len({article.doc_id for article in articles}) == len(articles)
    return articles


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAMES, st.data())
def test_ingest_random_bytes_never_raise(names: list[tuple[str, str]], data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        written = []
        for stem, suffix in names:
            content = data.draw(st.binary(max_size=300))
            write(Path(folder), stem + suffix, content)
            written.append(stem + suffix)
        check_every_file_once(Path(folder), written)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAMES, st.data())
def test_ingest_random_text_read_back_exactly(
    names: list[tuple[str, str]], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        written: dict[str, str] = {}
        for stem, _ in names:
            text = data.draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
            write(Path(folder), stem + ".txt", text)
            written[stem + ".txt"] = text
        articles = by_path(check_every_file_once(Path(folder), list(written)))
        for name, text in written.items():
            if articles[name].status == "ok":
                assert articles[name].text == text
            else:
                assert not text.strip() or articles[name].reason is not None


@pytest.mark.parametrize(("byline", "outlet"), [
    ("By Jenna Lavallee, Westman Herald, with files from The Associated Press", "Westman Herald"),
    ("By Þóra Kristjánsdóttir, RÚV English", "RÚV English"),
    ("By Colin Ross, Reuters", "Reuters"),
    # a role, or one word that is no outlet we know (the place the author files from)
    ("By Aya Kurokawa, Staff Writer", None),
    ("By Lauren Oakes, Business Reporter", None),
    ("By Eirik Dahl, Oslo", None),
    ("By Devon Hartley | October 13, 2025", None),
])
def test_a_byline_names_the_outlet_after_its_author(byline: str, outlet: str | None) -> None:
    from corroborate.ingest.body import page_layout

    text = (f"Evacuees told to wait\n\n{byline}\n\nResidents forced from their homes should "
            "be prepared to stay away until Friday, the mayor said on Monday.\n")
    assert page_layout(text).outlet == outlet
