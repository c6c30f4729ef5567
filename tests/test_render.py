"""Renderers on hand-built reports: escaping, links, CSV safety, determinism, optional fields."""

from __future__ import annotations

import csv
import io
import re
from io import StringIO

import pytest
from rich.console import Console

from corroborate.render import build_view, render_csv, render_html, render_table
from corroborate.render.csv import neutralise
from corroborate.render.view import safe_url
from corroborate.schema import (
    Claim,
    ClaimCluster,
    Document,
    Relation,
    Report,
    SpanText,
    Variant,
)

SCRIPT = "<script>window.__pwned=1;alert('x')</script>"
ATTR = '" onmouseover="window.__pwned=1" x="'
HOSTILE_TEXT = (
    f"Breaking {SCRIPT}\n"
    f"The mayor said \"<img src=x onerror=window.__pwned=1>\" was painted on the wall.\n"
    f"Officials said the bridge {ATTR} would reopen.\n"
)


def _span(text: str, part: str) -> SpanText:
    start = text.index(part)
    return SpanText(text=part, spans=[(start, start + len(part))])


def hostile_report() -> Report:
    """A report whose every field from an article carries markup, scripts or odd URLs."""
    text = HOSTILE_TEXT
    doc = Document(
        doc_id="evil", path='x" onclick="alert(1).txt', status="ok", format="json",
        title=f"</title>{SCRIPT}\u202eodd title", outlet=ATTR, url="javascript:alert(1)",
        published="2024-01-02", body=(len("Breaking ") + len(SCRIPT) + 1, len(text)), text=text,
    )
    other = Document(doc_id="other", path="other.txt", status="ok", outlet="Example News",
                     url="https://example.com/a?b=1&c=<x>", text=text)
    bad = Document(doc_id="bad", path="<b>bad</b>.txt", status="failed",
                   reason=f"not valid JSON {SCRIPT}")
    first = Claim(
        id="c-1", doc_id="evil", source=_span(text, "The mayor"), cue=_span(text, "said"),
        content=_span(text, "\"<img src=x onerror=window.__pwned=1>\" was painted on the wall"),
        speaker=f"Mayor {SCRIPT}", quote_type="mixed", via=ATTR, confidence=0.9,
        chain=[ATTR, "<i>state media</i>"],
    )
    second = Claim(
        id="c-2", doc_id="other", source=_span(text, "Officials"), cue=_span(text, "said"),
        content=_span(text, f"the bridge {ATTR} would reopen"), speaker=f"Mayor {SCRIPT}",
        quote_type="indirect", confidence=0.8, stance="denies",
    )
    cluster = ClaimCluster(
        id="k-1", speaker=f"Mayor {SCRIPT}", gist=f"gist {SCRIPT} {ATTR}",
        claim_ids=["c-1", "c-2"], doc_ids=["evil", "other"], outlets=[ATTR, "Example News"],
        independent_sources=2, single_sourced=False, origins=[ATTR, "doc:other"],
        variants=[Variant(text=f"we {SCRIPT} said", claim_ids=["c-1"], doc_ids=["evil"]),
                  Variant(text=f"we {ATTR} said", claim_ids=["c-2"], doc_ids=["other"])],
        related=[Relation(cluster_id="k-2", differences=[f"negation {SCRIPT}"])],
        stances=["asserts", "denies"], evidence=[f"because {SCRIPT}"],
    )
    lonely = ClaimCluster(id="k-2", speaker=None, gist="", claim_ids=[], doc_ids=[],
                          independent_sources=1, single_sourced=True)
    return Report(documents=[bad, doc, other], claims=[first, second], clusters=[cluster, lonely])


def test_html_escapes_everything_from_articles() -> None:
    page = render_html(hostile_report())
    assert page.count("<script>") == 1  # the page's own
    assert "<img" not in page and "<b>bad" not in page and "<i>state" not in page
    assert "window.__pwned=1;alert" not in page.split("<script>")[0] or "&lt;script&gt;" in page
    assert re.search(r"\son\w+=\"window", page) is None  # no live attribute injected
    assert 'href="javascript:' not in page.lower()
    # the odd URL is shown as text, the http one is a link with its & escaped
    assert 'href="https://example.com/a?b=1&amp;c=&lt;x&gt;"' in page
    assert "&lt;script&gt;window.__pwned=1" in page


def test_html_file_links_cannot_become_schemes() -> None:
    page = render_html(hostile_report(), file_base="")
    assert 'href="./x%22%20onclick%3D%22alert%281%29.txt"' in page


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://example.com/x", "https://example.com/x"), ("http://a.b/c?d=e", "http://a.b/c?d=e"),
     ("javascript:alert(1)", None), ("JaVaScRiPt:alert(1)", None), ("data:text/html,x", None),
     ("//evil.example/x", None), ("https://exa mple.com", None), ("https://a.b/\nx", None),
     ("file:///etc/passwd", None), ("", None), (None, None), ("vbscript:x", None)],
)
def test_safe_url_lets_only_http_through(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_html_is_byte_identical_across_runs() -> None:
    assert render_html(hostile_report()) == render_html(hostile_report())


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2+3", "'-2+3"),
     ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("plain", "plain"), ("", "")],
)
def test_csv_neutralises_formula_cells(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_csv_round_trips_and_neutralises_a_content_starting_with_equals() -> None:
    text = "=1+1 said the spreadsheet, officials said.\n"
    claim = Claim(id="c-eq", doc_id="d", source=_span(text, "officials"), cue=_span(text, "said"),
                  content=_span(text, "=1+1 said the spreadsheet"), speaker="@officials",
                  quote_type="indirect", confidence=0.5)
    report = Report(
        documents=[Document(doc_id="d", path="d.txt", status="ok", outlet="-Outlet")],
        claims=[claim],
        clusters=[ClaimCluster(id="k", speaker="@officials", gist="=1+1", claim_ids=["c-eq"],
                               doc_ids=["d"], independent_sources=1, single_sourced=True)],
    )
    rows = list(csv.DictReader(io.StringIO(render_csv(report, {"d": text}), newline="")))
    assert len(rows) == 1
    row = rows[0]
    assert row["content"] == "'=1+1 said the spreadsheet"
    assert row["speaker"] == "'@officials"
    assert row["outlet"] == "'-Outlet"
    assert (row["content_start"], row["content_end"], row["line"]) == ("0", "25", "1")
    assert row["cluster"] == "S1" and row["verdict"] == "single-sourced"


def test_csv_of_hostile_report_has_a_row_per_claim() -> None:
    report = hostile_report()
    rows = list(csv.reader(io.StringIO(render_csv(report), newline="")))
    assert len(rows) == 1 + len(report.claims)
    assert rows[1][rows[0].index("chain")] == f"{ATTR} <- <i>state media</i>".replace(
        '"', '"')


def test_table_names_what_notes_refer_to_and_lists_members() -> None:
    report = hostile_report()
    buffer = StringIO()
    Console(width=100, color_system=None, file=buffer).print(render_table(report))
    out = buffer.getvalue()
    assert "kept apart from S1" in out  # a label, not a bare "a near match"
    assert "other.txt" in out and 'x" onclick="alert(1).txt' in out
    assert out.rstrip().splitlines()[-1].startswith("corroborate: ")


def test_view_tolerates_missing_texts_and_optional_fields() -> None:
    view = build_view(hostile_report())
    members = view.corroborated[0].members
    assert [m.claim.id for m in members] == ["c-1", "c-2"]
    assert members[0].sentence is not None  # the report carries this text
    assert members[0].chain == (ATTR, "<i>state media</i>")
    assert view.corroborated[0].evidence == (f"because {SCRIPT}",)
    assert members[0].url is None and members[1].url == "https://example.com/a?b=1&c=<x>"
