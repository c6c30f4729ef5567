"""Take the README's screenshots of the seeds report with headless Chromium.

    .venv/bin/python docs/screenshots.py

Writes docs/report.png (the top of the page: summary, filters, the first cards) and
docs/article-view.png (the article view of an article whose outlet is known).
Look at both before committing them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corroborate.api import corroborate  # noqa: E402
from corroborate.ingest import read_texts  # noqa: E402
from corroborate.render import render_html  # noqa: E402
from tests.cdp import Browser  # noqa: E402

SEEDS = ROOT / "seeds"
DOCS = ROOT / "docs"


def main() -> None:
    report = corroborate([SEEDS])
    texts = read_texts([SEEDS], report.documents)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        page.write_text(render_html(report, texts, file_base=str(SEEDS)), encoding="utf-8")
        with Browser(width=1280, height=1000) as browser:
            browser.open(page.as_uri())
            browser.screenshot(DOCS / "report.png")
            # an article with an outlet, from its top: headline, greyed page furniture,
            # then the body with each claim's label and roles
            browser.js("""(() => {
                const docs = [...document.querySelectorAll('#articles .doc')];
                const doc = docs.find(d => d.dataset.outlet) || docs[0];
                location.hash = '#' + doc.id; })()""")
            browser.settle(0.3)
            browser.screenshot(DOCS / "article-view.png")
    print(f"wrote {DOCS / 'report.png'} and {DOCS / 'article-view.png'}")


if __name__ == "__main__":
    main()
