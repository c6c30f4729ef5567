"""A press release speaks for its issuer: its own sentences are the issuer's statements.

A news article's narration is the writer's, and only what it attributes is a claim. A press
release (or an organisation's published statement) is different: every sentence of it is said
by the organisation that issued it, "Owners will be notified by mail beginning June 3" as much
as "Ford said ...". The articles that retell the release then carry the issuer's claims, and
`corroborate.independence` counts the release and the articles quoting it as one origin.

A document is read as a release only on evidence at its head, where releases carry it and news
articles do not (a news article may mention "a press release" anywhere):

- a short line among the first lines that is a release marker, with the issuer beside it or on
  the line above ("SNCF Group - Press release", "DOST-PAGASA Press Release", "Ministry of
  Foreign Affairs of the Republic of Indonesia / Press Release");
- a title "Statement by the Ministry of Foreign Affairs on ...";
- a first paragraph that opens with a dateline holding a full date with its year (wires date by
  day only: "May 14 (Reuters) -") and names a stock ticker or says "today announced"
  ("CAMBRIDGE, Mass., March 21, 2025 -- Biogen Inc. (Nasdaq: BIIB) today announced"), or a
  document with such a dateline that closes with an "About Ford Motor Company" section or a
  "Media Contact:" line.

The issuer is the name the marker or title gives (or the line above the marker, when that is
short, has no comma and names a body), else the organisation a contact line names ("For media
enquiries contact the CPAG press office"; the first sentence's organisation subject instead
when it is that one, for its fuller name), else that subject; with no issuer found, nothing is
added. The release's
sentences that no attribution already covers, that have a verb and at least
`MIN_WORDS` words, and that stand before any "About ..." or contact section become claims of
the issuer (rule "release.narration"). Works on a parsed Doc and its Article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from corroborate.lexicon import NAME_JOINERS
from corroborate.lexicon.attribution import DATELINE, DATELINE_DATE, DATELINE_PLACE
from corroborate.lexicon.releases import BODY_WORDS, CONTACT_WORDS, ISSUING_OFFICES, RELEASE_MARKERS
from corroborate.lexicon.speakers import SPEAKER_ROLE_NOUNS
from corroborate.source_names import acronym, capitalised_name, org_name

if TYPE_CHECKING:  # the origin count reads `is_release` in runs that load no spaCy
    from spacy.tokens import Doc, Span

    from corroborate.attribution.model import Attribution

CharSpan = tuple[int, int]

# the fewest words a release sentence needs to be a claim ("Shares rose." is none)
MIN_WORDS = 6
# how many non-empty lines at the head of a document may hold the release marker
HEAD_LINES = 5
# how many of a release's first sentences may name its issuer as their subject, where its
# head and contact lines name none
SUBJECT_SENTENCES = 3

_MARKER = re.compile(r"\b(?:joint\s+)?(?:" + "|".join(RELEASE_MARKERS) + r")\b", re.IGNORECASE)
# a head line naming who issued the document: "Issued by the Meridian Airways Press Office"
_ISSUED_BY = re.compile(
    r"^issued\s+by\s+(?:the\s+)?(?P<issuer>[A-Z][^,\n]{1,80}?)"
    r"(?:\s+(?:" + "|".join(ISSUING_OFFICES) + r"))?\s*(?:,[^\n]*)?$", re.IGNORECASE)
# a title that is a statement's own heading, its issuer on the line below or in its first
# sentence: "STATEMENT: MV KESTREL MERIDIAN - BOSPHORUS STRAIT INCIDENT", "Statement on research
# integrity investigation" (with its issuer on the line below, as a headline "Statement on
# tariffs draws fire" has not)
_STATEMENT_HEAD = re.compile(
    r"^statement\s*(?::|\s(?:on|regarding|concerning|about|following|in\s+response\s+to)\s)",
    re.IGNORECASE)
_STATEMENT_TITLE = re.compile(
    r"^(?:joint\s+)?statement\s+(?:by|from|of)\s+(?P<issuer>.+?)(?:\s+(?:on|about|regarding)\s+.*)?$",
    re.IGNORECASE)
# a dateline with its date, and a newswire's name ("TOLEDO, Ohio, March 14, 2025 /PRNewswire/ --",
# "MELBOURNE, Australia, 18 September 2024 -", "LONDON and GLASGOW, 2 June -"); a wire's "May
# 14 (Reuters) -" is no match
_DATED_LEAD = re.compile(
    rf"^{DATELINE_PLACE},\s+{DATELINE_DATE}\s*(?:/[^/\n]{{2,30}}/)?\s*(?:--|[-–—])\s+")
# the issuer a dated lead opens with: "Calder Biopharma Limited today announced", "Rietvlei
# Platinum Limited ("Rietvlei") (JSE: RVP) regrets to announce", "Biogen Inc.
# (Nasdaq: BIIB) today announced", "Aguas del Itata S.A. ("Aguas del Itata"), operator of ..."
_NAME_WORD = r"(?:[A-Z][\w.&'’-]*|de|del|der|la|le|of|and|the|for|&)"
_LEAD_ISSUER = re.compile(
    rf"(?P<name>[A-Z][\w.&'’-]*(?:\s+{_NAME_WORD}){{0,7}}?)\s*(?:\([^)\n]{{1,60}}\)\s*){{0,2}}"
    r"(?:,|\btoday\b|\b(?:is\s+pleased\s+to\s+|regrets\s+to\s+)?announce[ds]?\b)")
# what a release's lead says of its issuer, and no news lead does: "Biogen Inc. today announced"
_TODAY = re.compile(r"\btoday\s+(?:announce[ds]?|provided|issued|released|reported|confirmed)\b")
# a listing: "(Nasdaq: BIIB)", "(NYSE American: XYZ)", "(JSE: RVP)", "(TSX-V: ABC)": an exchange's
# name or capitals, a colon and the symbol; an abbreviation in brackets has no colon ("(GLCR)")
_TICKER = re.compile(
    r"\((?:Nasdaq|NYSE|Euronext|OTC|[A-Z]{2,6})(?:[- ][A-Za-z]{1,10})?\s*:\s*[A-Z][A-Z0-9.]{0,6}\)")
# a word that names a body, on the line above a marker that names its issuer there
_BODY_WORD = re.compile(r"\b(?:" + "|".join(BODY_WORDS) + r")\b", re.IGNORECASE)
# what stands beside a marker and names no issuer: "Press release, Wednesday", "Press release 041"
_DATE_WORD = (r"(?:\d[\d/.:-]*(?:st|nd|rd|th|am|pm|a\.m\.|p\.m\.)?|no\.?\s*\d+|today|at|"
              r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
              r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)")
# ... or any run of those: "Thursday 29 January", "Tuesday, 3 March 2025, 11:00"
_NO_ISSUER = re.compile(rf"^{_DATE_WORD}(?:[\s,]+{_DATE_WORD})*$", re.IGNORECASE)
# a release's closing furniture: "About Ford Motor Company" on a line of its own, "Media Contact:"
# an "About Ford Motor Company" heading: a short line of its own with no full stop, naming a
# name (not "About the author", not "About half of the trains were cancelled.")
_ABOUT_HEAD = r"About\s+(?:the\s+)?(?!us\b|this\b|the\b|[Aa]uthors?\b)"
_ABOUT = rf"{_ABOUT_HEAD}[A-Z][^\n.]{{0,60}}"
# the issuer such a heading names, or a newswire's closing "SOURCE Great Lakes Central Railway"
_ISSUER_LINE = re.compile(rf"^(?:{_ABOUT_HEAD}|SOURCE\s+)(?P<name>[A-Z][^\n]{{1,60}}?)\s*$", re.MULTILINE)
_FURNITURE = re.compile(rf"^(?:{_ABOUT}|(?:[Mm]edia\s+|[Pp]ress\s+)?[Cc]ontacts?:[^\n]*)$", re.MULTILINE)
# sections of a release that are not its statement: the boilerplate and contacts at its end
_SECTION_END = re.compile(
    rf"^(?:{_ABOUT}$|(?i:media contacts?\b|press contacts?\b|contacts?:|for (?:further|more) "
    r"information\b|forward[- ]looking statements\b|safe harbou?r\b|notes? to editors\b|###|"
    r"-?\s*ends\s*-?$))",
    re.MULTILINE)


@dataclass(frozen=True)
class ReleaseHead:
    """What marks a document as a release: the marker's span and the issuer, if named there."""

    marker: CharSpan
    issuer: CharSpan | None


def release_head(text: str) -> ReleaseHead | None:
    """The release marker at the head of a text, and the issuer it names; None for no release."""
    lines: list[CharSpan] = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append((at + lead, at + len(line.rstrip())))
        at += len(line) + 1
        if len(lines) >= HEAD_LINES:
            break
    titled = _title_head(text, lines) if lines else None
    if titled is not None:
        return titled
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        issued = _ISSUED_BY.match(line) if k > 0 and len(line.split()) <= 14 else None
        if issued:
            named = (s + issued.start("issuer"), s + issued.end("issuer"))
            return ReleaseHead((s, s + len("issued by")), named)
        marker = _MARKER.search(line)
        if marker is None or e - s > 120 or k == 0 and len(line) > marker.end() - marker.start() + 40:
            continue
        after = line[marker.end():].strip()
        if after and after[0] not in "-–—|:,/(" and not _NO_ISSUER.match(after):
            continue  # a headline's words run on from it: "Club statement angers fans"
        span = (s + marker.start(), s + marker.end())
        for part_s, part_e in ((s, s + marker.start()), (s + marker.end(), e)):
            beside = _issuer_in(text, part_s, part_e)
            if beside is not None:
                return ReleaseHead(span, beside)
        if k > 0:
            ps, pe = lines[k - 1]
            above = text[ps:pe]
            # the issuer's line, not a headline: short, no comma or full stop, a body's word
            if (k - 1 > 0 and len(above.split()) <= 10 and above[:1].isupper()
                    and not re.search(r"[,.:;!?]$|,", above) and _BODY_WORD.search(above)):
                return ReleaseHead(span, (ps, pe))
        return ReleaseHead(span, None)
    return None


# what separates the items of a release's head line: "PRESS RELEASE | Paris, 12 June",
# "Press statement - Health Service Executive - Monday, 7 April" (not the hyphen of a name:
# "Rhein-Ruhr", "DOST-PAGASA")
_SEPARATOR = re.compile(r"\s*(?:[|,–—/:]|\s-\s|--)\s*")


def _issuer_in(text: str, s: int, e: int) -> CharSpan | None:
    """The issuer a part of a release's head line names beside its marker: its first item
    that is no date, time or release furniture and no dateline's place ("Rijkswaterstaat,
    Ministry of Infrastructure and Water Management, Rotterdam, 11 March" is Rijkswaterstaat;
    "Paris, 12 June", "Lower Hutt, New Zealand, 21 May" and "For Immediate Release |
    Thunder Bay, ON | September 9" name none, and the release's first sentence or contact
    line is asked instead). A place is told from a name only by where it stands: the items
    right before a date that hold no word of a body ("Ministry", "Agency", "Service")."""
    items: list[tuple[int, int]] = []
    at = s
    for m in _SEPARATOR.finditer(text, s, e):
        if text[at : m.start()].strip():
            items.append((at, m.start()))
        at = m.end()
    if text[at:e].strip():
        items.append((at, e))
    kinds = []
    for a, b in items:
        item = text[a:b].strip()
        dated = _NO_ISSUER.match(item) or (any(ch.isdigit() for ch in item) and len(item.split()) <= 3)
        kinds.append("date" if dated else "name" if item[:1].isupper() and not _MARKER.fullmatch(item)
                     else "furniture")
    for k, kind in enumerate(kinds):
        j = k - 1
        while kind == "date" and j >= 0 and kinds[j] == "name" and not _BODY_WORD.search(
                text[items[j][0] : items[j][1]]):
            kinds[j] = "place"
            j -= 1
    for (a, b), kind in zip(items, kinds, strict=True):
        if kind == "name":
            name = text[a:b].strip()
            lo = a + text[a:b].index(name)
            return lo, lo + len(name)
    return None


def _title_head(text: str, lines: list[CharSpan]) -> ReleaseHead | None:
    """A first line that is a release's or a statement's own title: "Statement by the Ministry
    of ...", "STATEMENT: ..." or "Statement on ..." with its issuer below, "PRESS RELEASE:
    Cyclone Dariya - evacuation, casualty and relief update" (its marker, then a colon; a
    headline that mentions a release is none)."""
    s, e = lines[0]
    line = text[s:e]
    title = _STATEMENT_TITLE.match(line)
    if title:
        return ReleaseHead((s, s + len("statement")), (s + title.start("issuer"), s + title.end("issuer")))
    head = _STATEMENT_HEAD.match(line)
    if head is not None:
        # "Statement: ..." is a heading; "Statement on ..." only with its issuer below it
        below = _issuer_below(text, lines, 0)
        if below is not None or head.group(0).rstrip().endswith(":"):
            return ReleaseHead((s, s + len("statement")), below)
    marker = _MARKER.search(line)
    if marker is not None and marker.start() == 0 and line[marker.end():].lstrip().startswith(":"):
        return ReleaseHead((s, s + marker.end()), _issuer_below(text, lines, 0))
    return None


def _issuer_below(text: str, lines: list[CharSpan], k: int) -> CharSpan | None:
    """The issuer named on the line below a release's title: short, no full stop or comma,
    a body's word ("Ministry of Disaster Management and Relief")."""
    if k + 1 >= len(lines):
        return None
    s, e = lines[k + 1]
    line = text[s:e]
    if "," in line or re.search(r"[.:;!?]$", line):
        return None
    # a publisher's line names its section after a dash: "UNIVERSITY OF KELSTON — NEWS AND
    # ANNOUNCEMENTS" is the university's
    e = s + len(re.split(r"\s+[-–—|]\s+", line, maxsplit=1)[0])
    below = text[s:e]
    # a name, every word capitalised but its joining words: not a summary line ("Ministry of
    # Finance defends new regime")
    if len(below.split()) <= 10 and below[:1].isupper() and capitalised_name(below) \
            and _BODY_WORD.search(below):
        return s, e
    return None


def is_release(text: str, body: CharSpan | None = None) -> bool:
    """Whether a text is a press release by its head (module docstring)."""
    return (release_head(text) or _dated_lead(text, body or (0, len(text)))) is not None


def _dated_lead(text: str, body: CharSpan) -> ReleaseHead | None:
    """A paragraph among the first of the body opening with a full date and naming a ticker
    or "today announced", or in a text with release furniture."""
    start = body[0]
    for _ in range(HEAD_LINES):
        end = text.find("\n", start, body[1])
        end = body[1] if end == -1 else end
        line = text[start:end]
        m = _DATED_LEAD.match(line)
        # a date with its year and a ticker, "today announced" or release furniture; a date
        # without its year (as news datelines have it) and release furniture too
        furniture = _FURNITURE.search(text, body[0]) is not None
        # a release wire's name between slashes ("/PRNewswire/", "/CNW/") is release furniture
        # itself: news wires credit in brackets ("(Reuters) -"), release wires sell issuers a
        # slot on their feed
        wire = m is not None and "/" in m.group(0)
        if m and (furniture or (re.search(r"\d{4}\s*\W*$", m.group(0).split("/")[0])
                                and (wire or _TICKER.search(line) or _TODAY.search(line)))):
            lead = _LEAD_ISSUER.match(line, m.end())
            issuer = None if lead is None else (start + lead.start("name"), start + lead.end("name"))
            return ReleaseHead((start, start + m.end()), issuer)
        start = end + 1
        while start < body[1] and text[start] in "\n ":
            start += 1
        if start >= body[1]:
            break
    return None


@dataclass(frozen=True)
class Release:
    """A release as the extraction reads it, in offsets of the Doc's text: its head, the
    issuer's span, the spans of the sentences that are the issuer's claims, and the
    attributions those sentences replace (an object read as a content that states nothing:
    "Ford Motor Company is issuing | a safety recall ...")."""

    head: ReleaseHead
    issuer: CharSpan | None
    spans: list[CharSpan]
    replaced: list[Attribution]


def read_release(doc: Doc, text: str, body: CharSpan, atts: list[Attribution],
                 quotes: list[CharSpan] | None = None) -> Release | None:
    """The release a Doc is, or None (module docstring). `text` is the Doc's text, which must
    start at the article's start: a release's head is at its top. `quotes`: the text's quoted
    spans (`attribution.find_quotes`), where the caller has them."""
    from corroborate.attribution.content import is_proposition
    from corroborate.attribution.quotes import find_quotes

    head = release_head(text) or _dated_lead(text, body)
    if head is None:
        return None
    end = _narration_end(text, body, head)
    quotes = find_quotes(text) if quotes is None else quotes
    replaced = [att for att in atts if (att.kind == "object" and not is_proposition(doc, att.content))
                or _issuer_first_person(doc, att, quotes)]
    covered = [span for att in atts if att not in replaced
               for part in (att.content, att.source, att.cue) for span in part]
    issuer = head.issuer or _closing_issuer(text, body)
    spans: list[CharSpan] = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        if s < body[0] or e > end or s < head.marker[1]:
            continue
        if issuer is None and len(spans) < SUBJECT_SENTENCES:
            # the first sentences that name an organisation as their subject ("Following
            # the filing of a strike notice ..., the DGAC has asked", which the parser may
            # misread, then "the DGAC asks airlines to ...")
            issuer = _issuer_by_contact(doc, text, _subject_organisation(sent))
        lead = DATELINE.match(text, s) or _DATED_LEAD.match(text[s:e])
        if lead is not None:
            s = lead.end() if lead.re is DATELINE else s + lead.end()
        while e > s and text[e - 1] in " \n.":
            e -= 1
        if (len(text[s:e].split()) < MIN_WORDS or text[s:e].endswith("?") or text[s] in "\"“‘'"
                or not any(t.pos_ in ("VERB", "AUX") for t in sent)
                or any(cs < e and s < ce for cs, ce in covered)):
            continue
        spans.append((s, e))
    replaced = [att for att in replaced if any(s <= att.content[0][0] < e for s, e in spans)]
    return Release(head, issuer, spans, replaced)


def _issuer_first_person(doc: Doc, att: Attribution, quotes: list[CharSpan]) -> bool:
    """Whether an attribution's source is "we" outside quotation marks: "We want to be clear
    that this was not a cyberattack", "We also expect to cancel 40 flights tomorrow". In a
    news article that is the writer's own view (`passes.claim_kind` makes it an opinion
    with no speaker); in a release the first person is the issuer, so the sentence is one of
    the issuer's statements and is read as its narration."""
    if att.source_token is None:
        return False
    tok = doc[att.source_token]
    return tok.lower_ == "we" and not any(s <= tok.idx < e for s, e in quotes)


def _narration_end(text: str, body: CharSpan, head: ReleaseHead) -> int:
    """Where a release's statement ends: at its first closing section ("About ...", contacts,
    forward-looking statements) after its first paragraph, not at a "Media Contact:" line
    of its head ("FOR IMMEDIATE RELEASE / March 14 / Media Contact: ... / WASHINGTON - ...")."""
    start = max(body[0], head.marker[1])
    for line in re.finditer(r"[^\n]+", text[start : body[1]]):
        if len(line.group(0).split()) >= 2 * MIN_WORDS:
            start += line.end()
            break
    section = _SECTION_END.search(text, start, body[1])
    return body[1] if section is None else section.start()


def _closing_issuer(text: str, body: CharSpan) -> CharSpan | None:
    """The issuer a release's closing furniture names: its first "About the FDIC" heading (a
    joint release has one for each issuer: the first is taken) or a newswire's "SOURCE X"."""
    m = _ISSUER_LINE.search(text, body[0], body[1])
    return None if m is None else (m.start("name"), m.end("name"))


def _subject_organisation(sent: Span) -> CharSpan | None:
    """The organisation a sentence names as the subject of its main verb ("Ford Motor Company
    is issuing a safety recall")."""
    for ent in sent.ents:
        if ent.label_ in ("ORG", "GPE") and ent.root.dep_ in ("nsubj", "nsubjpass"):
            return ent.start_char, ent.end_char
    return None


def issuer_name(text: str, document: str = "") -> str:
    """The issuer as a speaker name: "the Ministry of Economy (SE)" -> "Ministry of Economy",
    "Biogen Inc. (Nasdaq: BIIB)" -> "Biogen Inc."; a name a heading writes in capitals as the
    `document` writes it in a sentence ("UNIVERSITY OF KELSTON" -> "University of Kelston")."""
    name = re.sub(r"\s*\([^)]*(?:\)|$)", "", text).strip(" ,.-–—|:")
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    if name.isupper() and " " in name:
        for m in re.finditer(rf"\b{re.escape(name)}\b", document, re.IGNORECASE):
            if not m.group(0).isupper() and m.group(0)[:1].isupper():
                return m.group(0)
    return name


_CONTACT = re.compile(r"^[^\n]{0,40}\bcontacts?\b[^\n]*$", re.IGNORECASE | re.MULTILINE)


def _issuer_by_contact(doc: Doc, text: str, subject: CharSpan | None) -> CharSpan | None:
    """Who issued a release whose head names nobody: the organisation its contact line names
    ("For media enquiries contact the CPAG press office"), unless that is the organisation the
    first sentence has as its subject, whose fuller name is then taken ("Contact: Karen
    Hollis, Ford Communications" and "Ford Motor Company is issuing a safety recall"); with
    no contact line, that subject. A release about another body's act ("The Supreme Court
    today ruled ...") names its issuer only in its contact line."""
    contact = None
    for m in _CONTACT.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        run: list[int] = []
        for tok in span:
            if (tok.ent_type_ != "PERSON" and tok.text[:1].isupper() and tok.is_alpha
                    and tok.lower_ not in CONTACT_WORDS | SPEAKER_ROLE_NOUNS
                    and tok.pos_ not in ("PRON", "DET")):
                # ("Anyone with information is asked to contact the police" names nobody; a
                # title, "Jenna Ruiz, Communications Director, City of Crestwater", neither)
                run.append(tok.i)
            elif run and tok.lower_ in NAME_JOINERS and tok.i + 1 < span.end and (
                    doc[tok.i + 1].text[:1].isupper()):
                run.append(tok.i)  # "City of Crestwater"
            elif run:
                break
        if run:
            contact = (doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]].text))
    if contact is None or subject is None:
        return contact or subject
    first = text[contact[0] : contact[1]].split()[0].lower()
    named = org_name(re.sub(r"^the\s+", "", text[subject[0] : subject[1]], flags=re.IGNORECASE))
    if named.lower().split()[:1] == [first] or acronym(named).lower() == first:
        return subject
    return contact
