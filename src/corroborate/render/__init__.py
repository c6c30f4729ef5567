"""Report -> the formats people and tools read: JSON, a terminal table, an HTML page, CSV.

Every renderer is a pure function of the report (and, for the human-facing formats, the texts
of the articles the report does not carry): none prints, reads files or judges anything anew.
"""

from __future__ import annotations

from corroborate.render.csv import render_csv
from corroborate.render.html import render_html
from corroborate.render.table import render_table
from corroborate.render.view import build_view, summary_line
from corroborate.schema import Report

__all__ = ["build_view", "render_csv", "render_html", "render_json", "render_table",
           "summary_line"]


def render_json(report: Report) -> str:
    """The contract's JSON, deterministic: sorted input, no timestamps, fixed indent."""
    return report.model_dump_json(indent=2) + "\n"
