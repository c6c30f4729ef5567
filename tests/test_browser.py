"""The HTML report in a real browser: headless Chromium opens it from file:// and checks the DOM.

Chromium is Debian's `chromium` package (`.ci/run` installs it). Under CI=true these tests
fail when it is missing; elsewhere they are skipped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.render import render_html
from corroborate.schema import Report
from tests.cdp import Browser, find_chromium
from tests.conftest import SEEDS
from tests.test_render import hostile_report


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if find_chromium() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed; .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with Browser() as b:
        yield b


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory: pytest.TempPathFactory, seeds_report: Report,
               seeds_texts: dict[str, str]) -> Path:
    folder = tmp_path_factory.mktemp("page")
    base = os.path.relpath(SEEDS, folder)
    page = folder / "report.html"
    page.write_text(render_html(seeds_report, seeds_texts, file_base=base), encoding="utf-8")
    return page


def _open(browser: Browser, page: Path) -> None:
    browser.log.console_errors.clear()
    browser.log.exceptions.clear()
    browser.log.requests.clear()
    browser.log.dialogs.clear()
    browser.open(page.as_uri())


def _assert_quiet(browser: Browser, page: Path) -> None:
    browser.settle(0.5)
    assert browser.log.console_errors == []
    assert browser.log.exceptions == []
    assert browser.log.dialogs == []
    # the page itself is the only request: no script, style, font, image or beacon
    assert set(browser.log.requests) <= {page.as_uri()}


def test_seeds_page_has_one_card_per_cluster_in_order(
    browser: Browser, seeds_page: Path, seeds_report: Report
) -> None:
    _open(browser, seeds_page)
    ids = browser.js("[...document.querySelectorAll('.card')].map(c => c.id)")
    expected = [k.id for k in seeds_report.clusters if not k.single_sourced] + [
        k.id for k in seeds_report.clusters if k.single_sourced]
    assert ids == expected
    verdicts = browser.js("[...document.querySelectorAll('.card')].map(c => c.dataset.verdict)")
    assert verdicts == ["corroborated" if not k.single_sourced else "single-sourced"
                        for k in seeds_report.clusters
                        if not k.single_sourced] + ["single-sourced"] * sum(
        k.single_sourced for k in seeds_report.clusters)
    summary = browser.js("document.getElementById('summary').textContent")
    assert f"{len(seeds_report.claims)} claims" in summary
    _assert_quiet(browser, seeds_page)


def test_seeds_page_highlights_each_members_roles(
    browser: Browser, seeds_page: Path, seeds_report: Report
) -> None:
    _open(browser, seeds_page)
    found = browser.js("""[...document.querySelectorAll('.card .member')].map(m => ({
        claim: m.dataset.claim,
        content: m.querySelectorAll('.sentence .r-content').length,
        source: m.querySelectorAll('.sentence .r-source').length,
        cue: m.querySelectorAll('.sentence .r-cue').length,
        text: m.querySelector('.sentence').textContent}))""")
    claims = {c.id: c for c in seeds_report.claims}
    assert sorted(f["claim"] for f in found) == sorted(claims)
    for f in found:
        claim = claims[f["claim"]]
        assert f["content"] >= 1, f
        assert (f["source"] >= 1) == bool(claim.source.spans), f
        assert (f["cue"] >= 1) == bool(claim.cue.spans), f
        assert " ".join(claim.content.text.split())[:30] in " ".join(f["text"].split())
    marks = browser.js("document.querySelectorAll('#articles .marker').length")
    assert marks == len(seeds_report.claims)
    greyed = browser.js("document.querySelectorAll('#articles .off').length")
    assert greyed > 0  # the seeds have menus and teasers around their bodies


def test_seeds_page_links_resolve_to_anchors(browser: Browser, seeds_page: Path) -> None:
    _open(browser, seeds_page)
    dangling = browser.js("""[...document.querySelectorAll('a[href^="#"]')]
        .map(a => a.getAttribute('href').slice(1))
        .filter(id => !document.getElementById(id))""")
    assert dangling == []
    # every member links to its claim's place in the article view, and back to its card
    checks = browser.js("""[...document.querySelectorAll('.member .jump')].map(a => {
        const target = document.getElementById(a.getAttribute('href').slice(1));
        return {inArticles: !!target.closest('#articles'),
                back: target.getAttribute('href').slice(1) === a.closest('.card').id};
    })""")
    assert checks and all(c["inArticles"] and c["back"] for c in checks)
    first = browser.js("document.querySelector('.member .jump').getAttribute('href')")
    browser.js("document.querySelector('.member .jump').click()")
    browser.settle(0.2)
    assert browser.js("location.hash") == first
    assert browser.js("document.querySelector(':target').classList.contains('marker')")
    top = browser.js("document.querySelector(':target').getBoundingClientRect().top")
    assert 0 <= top < browser.js("innerHeight")
    # file links point at the seeds, relative to the page
    hrefs = browser.js("[...document.querySelectorAll('.member .where a')]"
                       ".map(a => a.href)")
    assert hrefs and all(h.startswith("file://") and "/seeds/" in h for h in hrefs)
    assert all(Path(h.removeprefix("file://")).is_file() for h in hrefs)
    _assert_quiet(browser, seeds_page)


def test_seeds_page_filters_hide_and_show_cards(
    browser: Browser, seeds_page: Path, seeds_report: Report
) -> None:
    _open(browser, seeds_page)
    total = len(seeds_report.clusters)

    def visible() -> list[str]:
        ids: list[str] = browser.js("[...document.querySelectorAll('.card')]"
                                    ".filter(c => !c.hidden && c.offsetParent !== null).map(c => c.id)")
        return ids

    def set_field(name: str, value: str) -> None:
        browser.js(f"""(() => {{ const f = document.getElementById('filters').elements[{
            json.dumps(name)}]; f.value = {json.dumps(value)};
            f.dispatchEvent(new Event(f.tagName === 'INPUT' ? 'input' : 'change',
                                      {{bubbles: true}})); }})()""")

    assert len(visible()) == total
    speaker = next(k.speaker for k in seeds_report.clusters if k.speaker)
    set_field("speaker", speaker)
    shown = visible()
    assert shown == [k.id for k in seeds_report.clusters if k.speaker == speaker] or sorted(
        shown) == sorted(k.id for k in seeds_report.clusters if k.speaker == speaker)
    set_field("speaker", "")
    set_field("verdict", "single-sourced")
    assert sorted(visible()) == sorted(k.id for k in seeds_report.clusters if k.single_sourced)
    set_field("verdict", "")
    set_field("q", "zzz-no-such-words")
    assert visible() == []
    assert browser.js("document.getElementById('shown').value").startswith("0 of")
    set_field("q", "")
    assert len(visible()) == total
    set_field("sort", "speaker")
    names = browser.js("[...document.querySelectorAll('.cards[data-group=single-sourced] .card')]"
                       ".map(c => c.dataset.speaker.toLowerCase() || '\\uffff')")
    assert names == sorted(names)
    set_field("sort", "")
    _assert_quiet(browser, seeds_page)


def _assert_inert(browser: Browser, page: Path) -> None:
    assert browser.js("window.__pwned === undefined")
    assert browser.js("document.scripts.length") == 1
    assert browser.js("""[...document.querySelectorAll('*')].flatMap(e =>
        [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))
        """) == []
    assert browser.js("""[...document.querySelectorAll('[href]')]
        .filter(a => !/^(https?:|file:|#|\\.|data:,$)/.test(a.getAttribute('href')))
        .map(a => a.getAttribute('href'))""") == []
    assert browser.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
    # hover and click everything an injected handler could sit on
    browser.js("""document.querySelectorAll('.card, .member, a:not([href^="http"])')
        .forEach(e => { e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
                        if (e.tagName !== 'A' || e.getAttribute('href').startsWith('#')) e.click(); })""")
    browser.settle(0.3)
    assert browser.js("window.__pwned === undefined")
    _assert_quiet(browser, page)


def test_hostile_report_renders_as_text(browser: Browser, tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render_html(hostile_report(), file_base=""), encoding="utf-8")
    _open(browser, page)
    _assert_inert(browser, page)
    text = browser.js("document.body.innerText")
    assert "<script>window.__pwned=1;alert('x')</script>" in text
    assert '" onmouseover="window.__pwned=1" x="' in text


def test_hostile_article_through_the_cli_renders_as_text(browser: Browser, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    record = {
        "title": "</title><script>window.__pwned=1;alert(1)</script>",
        "outlet": '" onmouseover="window.__pwned=1" x="',
        "url": "javascript:window.__pwned=1",
        "published": "2024-01-02",
        "text": "The mayor said \"<img src=x onerror=window.__pwned=1>\" was painted on the "
                "wall.\n\n<script>window.__pwned=1;alert('body')</script>\n\nOfficials said "
                "the <b onclick=\"window.__pwned=1\">bridge</b> would reopen next month.\n",
    }
    (folder / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / 'x" onclick="window.__pwned=1.txt').write_text(
        "<svg onload=window.__pwned=1>\n\nThe governor said that <a href=\"javascript:"
        "window.__pwned=1\">the plan</a> would pass.\n", encoding="utf-8")
    page = tmp_path / "out.html"
    result = CliRunner().invoke(app, ["report", str(folder), "-o", str(page), "-q"])
    assert result.exit_code == 0, result.output
    _open(browser, page)
    _assert_inert(browser, page)
    text = browser.js("document.body.innerText")
    assert "<script>window.__pwned=1;alert('body')</script>" in text
    assert "<svg onload=window.__pwned=1>" in text
    assert browser.js("document.querySelectorAll('.member').length") >= 2
