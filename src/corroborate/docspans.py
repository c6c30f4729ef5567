"""Attributions as serialisable Doc annotation.

The component's output lives in one span group, ``doc.spans["corroborate"]``: its spans are
the roles (labelled SOURCE, CUE and CONTENT, so displaCy and spaCy's span tools show them) and
its ``attrs`` hold the attributions themselves as plain JSON-able records, one per attribution
with every field of `Attribution`. spaCy writes a span group's ``attrs`` with the group, so
the attributions survive ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=...)``, which
send Docs as bytes; nothing is pickled.

The records keep the exact character offsets: the spans are aligned to tokens for display
(``alignment_mode="expand"``), the offsets are not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from spacy.tokens import Doc

from corroborate.attribution.model import Attribution

SPANS_KEY = "corroborate"
# The span group's attrs: the attributions' records, and for each span of the group the index
# of the attribution whose role it is (what ties one attribution's spans together).
RECORDS_ATTR = "attributions"
SPAN_ATTRIBUTION_ATTR = "span_attribution"
ROLE_LABELS = (("source", "SOURCE"), ("cue", "CUE"), ("content", "CONTENT"))


def write_attributions(doc: Doc, atts: Sequence[Attribution]) -> None:
    """Store attributions on a Doc as its ``"corroborate"`` span group, replacing any there.

    Args:
        doc: The Doc the attributions were found in (their offsets index ``doc.text``).
        atts: The attributions, in the order `read_attributions` gives them back.
    """
    spans = []
    owners: list[int] = []
    for k, att in enumerate(atts):
        for role, label in ROLE_LABELS:
            for start, end in getattr(att, role):
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
                    owners.append(k)
    doc.spans[SPANS_KEY] = spans
    group = doc.spans[SPANS_KEY]
    group.attrs[RECORDS_ATTR] = [attribution_record(att) for att in atts]
    group.attrs[SPAN_ATTRIBUTION_ATTR] = owners


def read_attributions(doc: Doc) -> list[Attribution]:
    """The attributions stored on a Doc by `write_attributions`, equal to those written.

    Returns:
        The attributions in the order they were written; none when the Doc was not processed
        by the ``corroborate_attributions`` component.
    """
    if SPANS_KEY not in doc.spans:
        return []
    records = doc.spans[SPANS_KEY].attrs.get(RECORDS_ATTR, ())
    return [attribution_from_record(record) for record in records]


def attribution_record(att: Attribution) -> dict[str, Any]:
    """An attribution as a plain record: every dataclass field, tuples as lists."""
    return {f.name: _plain(getattr(att, f.name)) for f in fields(Attribution)}


def attribution_from_record(record: dict[str, Any]) -> Attribution:
    """The attribution a record describes (lists back to tuples, at every depth).

    A field the record lacks takes the dataclass default.
    """
    values = {f.name: _tupled(record[f.name]) for f in fields(Attribution) if f.name in record}
    return Attribution(**values)


def _plain(value: Any) -> Any:
    """A field's value with every tuple (at any depth) as a list, as msgpack and JSON hold it."""
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def _tupled(value: Any) -> Any:
    """A value read back with every list (at any depth) as a tuple, as `Attribution` holds it."""
    if isinstance(value, (list, tuple)):
        return tuple(_tupled(v) for v in value)
    return value
