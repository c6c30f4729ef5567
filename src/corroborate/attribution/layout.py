"""Layout constructions: "NAME: ..." line openers, dash signatures and "Said NAME: “...”"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from corroborate.attribution.model import Attribution, CharSpan, RuleContext
from corroborate.attribution.quotes import paragraph_index
from corroborate.attribution.spans import char_range, doc_text
from corroborate.lexicon.attribution import NOT_COLON_SOURCES


def colon_attributions(doc: Doc, found: Sequence[Attribution]) -> list[Attribution]:
    """"Sanders: Endorsements prove ..." headlines and "BOULDUAN: ..." transcript turns: a
    short name opening a line, a colon, and the rest of the line as content."""
    text = doc_text(doc)
    out: list[Attribution] = []
    starts = paragraph_index(text)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        line = text[start:end]
        colon = line.find(":", 0, 60)
        if colon < 2 or len(line.strip()) < colon + 15:
            continue
        name = line[:colon].strip().lstrip("\"“‘'").strip()  # "\"PENCE: Well, ..." transcripts
        words = name.split()
        if not 1 <= len(words) <= 4 or name.lower() in NOT_COLON_SOURCES or not all(
                w[:1].isupper() for w in words) or any(w.lower() in NOT_COLON_SOURCES for w in words):
            continue
        if any(ch.isdigit() for ch in name):
            continue
        cs = start + colon
        lo = line.index(name[0])
        src = doc.char_span(start + lo, cs, alignment_mode="expand")
        body = doc.char_span(cs + 1, end, alignment_mode="expand")
        if src is None or body is None or len(body) < 3:
            continue
        if not any(t.pos_ == "PROPN" for t in src) and not _named_elsewhere(doc, src):
            continue  # "Sanders: ..." read as a noun in a headline, "Bernie Sanders" below
        content = char_range(doc, body.start, body.end)
        sp = char_range(doc, src.start, src.end)
        if content is None or sp is None:
            continue
        out.append(Attribution(
            source=(sp,), cue=((cs, cs + 1),), content=(content,), cue_lemma=":", kind="colon",
            source_token=src.root.i, cue_token=None, confidence=0.6,
        ))
    return out


def _named_elsewhere(doc: Doc, span: Span) -> bool:
    """Whether a word of `span` is part of a person's or organisation's name elsewhere."""
    words = {t.lower_ for t in span if t.is_alpha}
    return any(ent.start >= span.end or ent.end <= span.start
               for ent in doc.ents if ent.label_ in ("PERSON", "ORG")
               and words & {t.lower_ for t in ent})


_DASH_NAME = re.compile(r"[ \t\xa0]*[―—–][ \t\xa0]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})")


def dash_attributions(doc: Doc, found: Sequence[Attribution], quotes: Sequence[CharSpan]
                       ) -> list[Attribution]:
    """"“Quote.” ― Sonya Herridge": a quote signed with a dash and a name. The quote runs from
    the line's first quote mark (readers' quotes often open with a stray ”)."""
    text = doc_text(doc)
    # a quote already attributed as a whole is taken; one holding attributions of its own
    # ("“During the debate Trump said ...” ― Pamela Padilla") is not
    taken = [s for a in found for s in a.content]
    out: list[Attribution] = []
    starts = paragraph_index(text)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        line = text[start:end]
        if "―" not in line and "—" not in line and "–" not in line:
            continue
        first = next((i for i, ch in enumerate(line) if ch in "“”\""), None)
        if first is None or line[:first].strip():
            continue
        for close in range(len(line) - 1, first, -1):
            if line[close] in "”\"":
                break
        else:
            continue
        qs, qe = start + first, start + close + 1
        m = _DASH_NAME.match(text, qe, min(end, qe + 80))
        if m is None or qe - qs < 10 or any(a <= qs + 2 and b >= qe - 2 for a, b in taken):
            continue
        ns, ne = m.span(1)
        if text[ne - 1] == ".":
            ne -= 1
        src = doc.char_span(ns, ne, alignment_mode="expand")
        if src is None or not any(t.pos_ == "PROPN" for t in src):
            continue
        dash = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\xa0"))
        out.append(Attribution(
            source=((ns, ne),), cue=((dash, dash + 1),), content=((qs, qe),), cue_lemma="―",
            kind="colon", source_token=src.root.i, cue_token=None, confidence=0.6,
        ))
    return out


_SAID_NAME = re.compile(
    r"(?:^|(?<=[.!?”\"\n] )|(?<=\n))(Said|Says|Added|Asked)[ \t]+"
    r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*[:,][ \t\xa0]*(?=[“\"]|'')")


def said_name_attributions(doc: Doc, quotes: Sequence[CharSpan]) -> list[Attribution]:
    """"Said Ellis: “I don't get the sense she's interested in tax reform.”": an inverted
    cue opening the sentence. The tagger takes "Said" for part of a name."""
    text = doc_text(doc)
    out: list[Attribution] = []
    for m in _SAID_NAME.finditer(text):
        quote = next(((qs, qe) for qs, qe in quotes if qs == m.end()), None)
        ns, ne = m.span(2)
        src = doc.char_span(ns, ne, alignment_mode="expand")
        if quote is None or src is None or not any(t.pos_ == "PROPN" for t in src):
            continue
        out.append(Attribution(
            source=((ns, ne),), cue=(m.span(1),), content=(quote,), cue_lemma=m.group(1).lower(),
            kind="verb", source_token=src.root.i, cue_token=None, confidence=0.8,
        ))
    return out


def build_colon_names(ctx: RuleContext, found: Sequence[Attribution]) -> list[Attribution]:
    """`layout.colon_name`: "Sanders: Endorsements prove ...", "BOULDUAN: ..."."""
    return colon_attributions(ctx.doc, found)


def build_dash_signatures(ctx: RuleContext, found: Sequence[Attribution]) -> list[Attribution]:
    """`layout.dash_signature`: "“Quote.” ― Sonya Herridge"."""
    return dash_attributions(ctx.doc, found, ctx.quotes)


def build_said_names(ctx: RuleContext, found: Sequence[Attribution]) -> list[Attribution]:
    """`layout.said_name`: "Said Ellis: “...”"."""
    return said_name_attributions(ctx.doc, ctx.quotes)
