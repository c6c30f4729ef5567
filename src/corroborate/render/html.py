"""Report -> one self-contained HTML page: cards with every member's evidence, and the articles.

The page is rendered with Jinja2 (autoescaping on) from the same Report as the JSON. Its CSS
and script are inlined and pinned by hash in a Content-Security-Policy that allows nothing
else, so the page opens from file://, makes no request, and any markup an article smuggles
in stays text even if escaping were ever missed.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from corroborate._version import __version__
from corroborate.render.view import ReportView, Segment, build_view
from corroborate.schema import Report


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("corroborate.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["segclass"] = _segclass
    return env


def _asset(name: str) -> str:
    return (resources.files("corroborate.render") / "templates" / name).read_text("utf-8")


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _segclass(segment: Segment) -> str:
    """CSS classes of a stretch of text: its roles in claims, and whether it is off the body."""
    classes = [f"r-{r}" for r in sorted(segment.roles)]
    if segment.off_body:
        classes.append("off")
    return " ".join(classes)


def render_html(
    report: Report,
    texts: Mapping[str, str] | None = None,
    *,
    file_base: str | None = None,
    view: ReportView | None = None,
) -> str:
    """The report as one HTML page, byte-identical for the same report and texts.

    Args:
        report: The report.
        texts: Texts of plain-text documents, by id; see `ingest.read_texts`. Without them the
            page shows claims without their sentences and leaves those articles out of the
            article view.
        file_base: The input folder relative to where the page will be opened, for links to
            articles that have no URL; None links them to nothing.
        view: A view already built from the same report, to reuse.

    Returns:
        The page.
    """
    view = view or build_view(report, texts, file_base=file_base)
    css = _asset("report.css")
    script = _asset("report.js")
    policy = (
        f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    template = _environment().get_template("report.html.j2")
    return template.render(
        view=view,
        css=Markup(css),
        script=Markup(script),
        policy=policy,
        version=__version__,
    )
