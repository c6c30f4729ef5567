"""Inputs (folders, files, standard input) to sorted Articles: decoding, formats, bodies, ids.

The package reads in the order its modules are listed; each imports only those above it:

* `problems`: Articles that stand for unusable inputs (status "skipped" or "failed", a reason).
* `ids`: document ids from file names, made unique in path order.
* `decoding`: bytes to text (byte-order marks, UTF-8, HTML charsets, detected encodings), and
  the file signatures of binary formats.
* `metadata`: dates, URLs and outlet names normalised as Article fields.
* `lines`: lines of scraped plain text classified as prose, headings or page furniture.
* `body`: the page layout those lines give: the body range (`find_body`), headline, date,
  address and outlet.
* `formats`: decoded bytes to Articles by format: plain text, HTML (trafilatura), JSON and JSON
  Lines records; reports this tool wrote are recognised and left out.
* `files`: one file or standard input to Articles (size limits, read errors).
* `sources_csv`: a folder's sources.csv, which fills in outlets, URLs and dates.
* `paths`: inputs to a reading plan (`plan_inputs`): folders walked, hidden files, symlink
  loops and excluded files left out.
* `articles`: the entry points: `read_articles` (plan, read, assemble), `read_texts`, and
  `text_differs_from_file`.

Word lists and patterns (boilerplate lines, file suffixes and signatures, month names, caption
and byline patterns) live in `corroborate.lexicon.ingest`.
"""

from __future__ import annotations

from corroborate.ingest.articles import (
    assemble_articles,
    read_articles,
    read_planned,
    read_texts,
    text_differs_from_file,
)
from corroborate.ingest.body import find_body
from corroborate.ingest.files import DEFAULT_MAX_BYTES, STDIN
from corroborate.ingest.paths import PlannedInput, excluding, plan_inputs
from corroborate.ingest.sources_csv import SOURCES_FILE

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SOURCES_FILE",
    "STDIN",
    "PlannedInput",
    "assemble_articles",
    "excluding",
    "find_body",
    "plan_inputs",
    "read_articles",
    "read_planned",
    "read_texts",
    "text_differs_from_file",
]
