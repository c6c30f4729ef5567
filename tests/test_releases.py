"""Press releases: their own sentences are their issuer's claims (`corroborate.releases`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.api import corroborate, extract_claims_from_texts
from corroborate.attribution.model import Attribution
from corroborate.releases import is_release, read_release, release_head

RELEASE = "\n".join([
    'Ford Motor Company Issues Safety Recall for Select 2021 Ranger Vehicles',
    '',
    'Ford Motor Company - Press release',
    'Springfield, May 14',
    '',
    ('Ford Motor Company is recalling about 12,000 Ranger cars built in 2021 because a '
     'brake hose can crack. The company is not aware of any crashes related to this '
     'condition. Owners will be notified by mail beginning June 3. Dealers will '
     'replace the brake hose free of charge.'),
    '',
    ('"Nothing matters more to us than the safety of our drivers," said Dana Ruiz, '
     'head of quality at Ford Motor Company.'),
    '',
    'About Ford Motor Company',
    '',
    ('Ford Motor Company builds cars and trucks in three countries and employs 40,000 '
     'people worldwide.'),
    '',
])

NEWS = "\n".join([
    'Ford recalls Rangers',
    '',
    ('Ford Motor Company said on Tuesday it was recalling 12,000 Ranger cars because a '
     'brake hose can crack, according to a press release.'),
    '',
    ('Owners would be notified by mail beginning June 3, the company said. The recall '
     "is the carmaker's third this year."),
    '',
])


@pytest.mark.parametrize(("text", "issuer"), [
    ("Title\n\nSNCF Group - Press release\nParis, 4 March\n\nTrains run.", "SNCF Group"),
    ("Title\n\nDOST-PAGASA Press Release\n22 October\n\nIt rains.", "DOST-PAGASA"),
    # the issuer on the line above the marker
    ("Leaders agree\n\nMinistry of Foreign Affairs of the Republic of Indonesia\nPress Release\n\nThey met.",
     "Ministry of Foreign Affairs of the Republic of Indonesia"),
    ("Statement by the Ministry of Foreign Affairs on the release of the crew\n\nMuscat\n\nThe crew is safe.",
     "the Ministry of Foreign Affairs"),
    # a headline above the marker is no issuer (a comma, no body's word)
    ("url\nAMA Celebrates Nomination of Regina Benjamin, MD, Surgeon General\nFor immediate release:\n"
     "July 13\n\nThe AMA is delighted.", None),
    ("url\nTHE WHITE HOUSE\nOffice of the Press Secretary\nFOR IMMEDIATE RELEASE July 13, 2009\n\nText.",
     "Office of the Press Secretary"),
    # a marker with a number or a day beside it names nobody
    ("Title\n\nPress release 041\nMexico City\n\nTariffs are unjust.", None),
    ("Title\n\nPress release, Wednesday\n\nThe court ruled.", None),
    # ... or a day, a date and a time
    ("Title\n\nClub statement | Thursday 29 January\n\nThe club signed him.", None),
    ("Title\n\nOfficial statement - Tuesday, 3 March 2025, 11:00\n\nThe club signed him.", None),
    # the issuer beside a "media statement"
    ("Statement on cyber incident\n\nHarwick Valley NHS Trust - Media statement\nTuesday 4 March\n\n"
     "It was hit.", "Harwick Valley NHS Trust"),
    # a joint release's marker is the whole "JOINT MEDIA RELEASE", which names nobody
    ("Stronger settings\n\nJOINT MEDIA RELEASE\n\nThe Hon A B MP\n\nThe Government announced reforms.", None),
    # "Issued by" names the issuer, without the office that issued it
    ("Meridian Airways statement: update\n\nIssued by the Meridian Airways Press Office\n"
     "Manchester, 18:00\n\nFlights resumed.", "Meridian Airways"),
    ("Update\n\nIssued by Westmoor Borough Council, 4 May\n\nThe road is shut.", "Westmoor Borough Council"),
    # a title opening with its marker and a colon, the issuer on the line below
    ("PRESS RELEASE: Cyclone Dariya - evacuation and relief update\n\n"
     "Ministry of Disaster Management and Relief\nDhaka, Wednesday\n\nShelters are open.",
     "Ministry of Disaster Management and Relief"),
    ("Press release: new opening hours\n\nLibraries open later from Monday, the council said.", None),
    # a statement's own heading: "Statement:" alone, or "Statement on ..." with its issuer below,
    # a publisher's section after a dash no part of it
    ("STATEMENT: MV NORTHERN LARK - STRAIT INCIDENT\n\nLarkline Shipping Ltd\nPiraeus, Thursday\n\n"
     "All crew are safe.", None),
    ("Statement on research integrity investigation\n\nUNIVERSITY OF DALMOOR — NEWS AND ANNOUNCEMENTS\n"
     "Published Wednesday\n\nThe university opened an inquiry.", "UNIVERSITY OF DALMOOR"),
    # a head line of items: the issuer is the first that is no date, furniture or dateline
    # place (session 26: these had been read whole, "Paris, 12 June" for the issuer)
    ("Bridge closed\n\nPress release - Rijkswaterstaat, Ministry of Infrastructure and Water "
     "Management, Rotterdam, 11 March\n\nThe bridge is closed.", "Rijkswaterstaat"),
    ("Cyber attack\n\nPress statement - Health Service Executive - Monday, 7 April\n\nThe HSE can "
     "confirm an attack.", "Health Service Executive"),
    ("Ferry fire\n\nPHILIPPINE COAST GUARD - COAST GUARD DISTRICT BICOL - PRESS RELEASE - 12 October, "
     "6:00 PM\n\nThe Coast Guard rescued 226 people.", "PHILIPPINE COAST GUARD"),
    ("Strike\n\nPRESS RELEASE | Paris, 12 June\n\nThe DGAC asks airlines to cut flights.", None),
    ("Launch\n\nMEDIA RELEASE | Lower Hutt, New Zealand, 21 May\n\nThe rocket failed.", None),
    ("Schools\n\nNEWS RELEASE | For Immediate Release | Thunder Bay, ON | September 9\n\nThree schools "
     "close.", None),
])
def test_a_release_head_and_its_issuer(text: str, issuer: str | None) -> None:
    head = release_head(text)
    assert head is not None
    assert (text[head.issuer[0]:head.issuer[1]] if head.issuer else None) == issuer


def test_release_furniture_is_a_heading_not_a_sentence() -> None:
    from corroborate.releases import _FURNITURE, _SECTION_END

    for line in ("About Ford Motor Company", "Media Contact: Jordan Feld, Biogen"):
        assert _FURNITURE.search(line) and _SECTION_END.search(line)
    # a news page's "About the author" and a sentence opening with "About" are neither
    for line in ("About the author", "About half of the trains were cancelled."):
        assert not _FURNITURE.search(line) and not _SECTION_END.search(line)


def test_a_news_article_that_mentions_a_release_is_none() -> None:
    assert release_head(NEWS) is None and not is_release(NEWS)
    # a headline about a release is no marker line
    assert release_head("Ford says in a press release that recall covers 412,000 SUVs\n\nText.") is None
    # nor a headline that mentions a statement, nor an "issued by" inside a sentence
    assert release_head("Club statement angers fans as Ibarra deal stalls\n\nText.") is None
    # a headline opening "Statement on" with no issuer below it is news about a statement
    assert release_head("Statement on tariffs draws fire from exporters\n\nBy Jane Roe\n\n"
                        "LONDON (Reuters) - Exporters criticised the statement.\n") is None
    assert release_head("Warning lifted\n\nA flood warning issued by the Environment Agency on Monday "
                        "was lifted on Tuesday, officials said.\n") is None
    # a dated lead with a ticker or "today announced" marks a release; a wire's day-only
    # dateline does not
    lead = "Title\n\nCAMBRIDGE, Mass., March 21, 2025 -- Biogen Inc. (Nasdaq: BIIB) today announced that X.\n"
    assert is_release(lead)
    assert not is_release("Title\n\nMay 14 (Reuters) - Ford Motor Co is recalling 412,000 SUVs, it said.\n")


def test_a_releases_sentences_are_its_issuers_claims(nlp: Language) -> None:
    claims = extract_claims_from_texts({"r": RELEASE})
    narration = [c for c in claims if c.rule == "release.narration"]
    assert [c.content.text for c in narration] == [
        ("Ford Motor Company is recalling about 12,000 Ranger cars built in 2021 because a brake "
         "hose can crack"),
        "The company is not aware of any crashes related to this condition",
        "Owners will be notified by mail beginning June 3",
        "Dealers will replace the brake hose free of charge",
    ]
    assert {(c.speaker, c.speaker_kind, c.source.text, c.cue.text) for c in narration} == {
        ("Ford Motor Company", "organization", "Ford Motor Company", "Press release")}
    # what an attribution already says stays its claim (the quote); the "About" section is
    # no statement of the release
    assert any(c.speaker == "Dana Ruiz" and c.rule != "release.narration" for c in claims)
    assert not any("40,000 people" in c.content.text for c in claims)
    # a news article's narration stays the writer's
    assert not any(c.rule == "release.narration" for c in extract_claims_from_texts({"n": NEWS}))


def test_a_release_and_the_article_retelling_it_are_one_origin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    report = corroborate([tmp_path], cache=False)
    claims = {c.id: c for c in report.claims}
    (cluster,) = [k for k in report.clusters
                  if any("notified by mail" in claims[i].content.text for i in k.claim_ids)]
    assert sorted(claims[i].doc_id for i in cluster.claim_ids) == ["news", "release"]
    assert cluster.independent_sources == 1


def test_a_release_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    words = ["Ford", "Corp", "-", "Press", "release", "\n\n", "Owners", "will", "be", "told", "by",
             "mail", "in", "June", ".", "\n\n", "About", "Ford", "\n\n", "Ford", "makes", "many",
             "cars", "in", "three", "countries", "."]
    heads = [1, 1, 1, 4, 1, 4, 9, 9, 9, 9, 9, 10, 9, 12, 9, 14, 17, 17, 17, 20, 20, 22, 20, 20, 25, 23, 20]
    deps = ["compound", "ROOT", "punct", "compound", "appos", "dep", "nsubjpass", "aux", "auxpass",
            "ROOT", "prep", "pobj", "prep", "pobj", "punct", "dep", "ROOT", "dobj", "dep", "nsubj",
            "ROOT", "amod", "dobj", "prep", "nummod", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "NOUN", "SPACE", "NOUN", "AUX", "AUX", "VERB", "ADP",
           "NOUN", "ADP", "PROPN", "PUNCT", "SPACE", "ADP", "PROPN", "SPACE", "PROPN", "VERB", "ADJ",
           "NOUN", "ADP", "NUM", "NOUN", "PUNCT"]
    spaces = [True, True, True, True, False, False, True, True, True, True, True, True, True, False,
              False, False, True, False, False, True, True, True, True, True, True, False, False]
    ents = ["B-ORG", "I-ORG"] + ["O"] * 25
    doc = make_doc(words, heads, deps, pos=pos, spaces=spaces, ents=ents)
    text = doc.text
    release = read_release(doc, text, (0, len(text)), [])
    assert release is not None and release.issuer is not None
    assert text[release.issuer[0]:release.issuer[1]] == "Ford Corp"
    # the sentence after the head is the issuer's; the "About" section is not
    assert [text[s:e] for s, e in release.spans] == ["Owners will be told by mail in June"]



def test_a_releases_we_is_its_issuer_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    # "We expect to cancel 40 flights ." read as an attribution with "We" for source (as the
    # cue finder reads "expect"): in a release that is the issuer speaking, so the sentence is
    # one of its statements; a "we" inside quotation marks is someone quoted, not the issuer
    words = ["Acme", "Air", "-", "Press", "release", "\n\n", "We", "expect", "to", "cancel", "40",
             "flights", "on", "Tuesday", "."]
    heads = [1, 1, 1, 4, 1, 4, 7, 7, 9, 7, 11, 9, 9, 12, 7]
    deps = ["compound", "ROOT", "punct", "compound", "appos", "dep", "nsubj", "ROOT", "aux", "xcomp",
            "nummod", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "NOUN", "SPACE", "PRON", "VERB", "PART", "VERB", "NUM",
           "NOUN", "ADP", "PROPN", "PUNCT"]
    spaces = [True, True, True, True, False, False, True, True, True, True, True, True, True, False, False]
    doc = make_doc(words, heads, deps, pos=pos, spaces=spaces, ents=["B-ORG", "I-ORG"] + ["O"] * 13)
    text = doc.text
    we, expect = doc[6], doc[7]
    content = (doc[8].idx, doc[13].idx + len(doc[13]))
    att = Attribution(source=((we.idx, we.idx + 2),), cue=((expect.idx, expect.idx + 6),),
                      content=(content,), cue_lemma="expect", kind="verb", source_token=6, cue_token=7)
    release = read_release(doc, text, (0, len(text)), [att])
    assert release is not None and release.replaced == [att]
    assert [text[s:e] for s, e in release.spans] == ["We expect to cancel 40 flights on Tuesday"]
    # the same Doc read as a news article keeps the attribution (the writer's opinion there)
    news = make_doc(words[6:], [h - 6 for h in heads[6:]], deps[6:], pos=pos[6:], spaces=spaces[6:])
    assert read_release(news, news.text, (0, len(news.text)), []) is None


AIRLINE = "\n".join([
    "Acme Air statement: update on today's disruption",
    "",
    "Acme Air - Press release",
    "Manchester, Monday",
    "",
    ("At about 05:40 this morning Acme Air had a fault in its flight planning system, and all "
     "departures were paused until the system was restored."),
    "",
    ("We also expect to cancel approximately 40 flights tomorrow while we recover our operation. "
     "We want to be clear that this was not a cyberattack."),
    "",
    '"We are sorry for the disruption," said Jane Roe, chief executive of Acme Air.',
])


def test_a_releases_first_person_sentences_are_its_issuers_claims(nlp: Language) -> None:
    claims = extract_claims_from_texts({"r": AIRLINE})
    issuer = {c.content.text: c.speaker for c in claims if c.rule == "release.narration"}
    assert issuer.get("We also expect to cancel approximately 40 flights tomorrow while we recover our "
                      "operation") == "Acme Air"
    assert issuer.get("We want to be clear that this was not a cyberattack") == "Acme Air"
    # no speakerless "opinion" of the writer is left for either sentence, and the quoted "We" stays
    # the chief executive's
    assert not [c for c in claims if c.speaker is None]
    assert any(c.speaker == "Jane Roe" and "sorry" in c.content.text for c in claims)



def test_a_releases_unsourced_finding_is_its_issuers_claim() -> None:
    # "Results received on May 2 confirmed that ...", read with no source: the release states
    # it, as it states the sentences no attribution covers; a source, or a claim outside the
    # release's narration, is left as it is
    from corroborate.claims import _issuers_unsourced
    from corroborate.releases import Release, ReleaseHead
    from corroborate.schema import Claim, SpanText

    text = ("NEWS RELEASE | May 3\n\nThe Harbour Water Board is closing two pools. Results received "
            "on May 2 confirmed that legionella has been found. Staff said the pools were old.\n\n"
            "About Harbour Water Board\nResults confirmed that the board was founded in 1950.")

    def claim(content: str, speaker: str | None) -> Claim:
        at = text.index(content)
        span = [(at, at + len(content))]
        return Claim(id=content[:8], doc_id="r", source=SpanText(text=speaker or ""),
                     cue=SpanText(text="confirmed"), content=SpanText(text=content, spans=span),
                     speaker=speaker, speaker_kind="person" if speaker else "unknown",
                     quote_type="indirect", confidence=0.8)

    at = text.index("Harbour Water Board")
    issuer = (at, at + len("Harbour Water Board"))
    narration = [(text.index("The Harbour"), text.index("old.") + 3)]
    release = Release(ReleaseHead((0, 12), issuer), issuer, narration, [])
    claims = [claim("that legionella has been found", None), claim("the pools were old", "Staff"),
              claim("that the board was founded in 1950", None)]
    got = {c.content.text: c.speaker for c in _issuers_unsourced(claims, text, release)}
    assert got == {"that legionella has been found": "Harbour Water Board",
                   "the pools were old": "Staff", "that the board was founded in 1950": None}


def test_a_releases_issuer_from_a_later_sentences_subject(nlp: Language) -> None:
    # the head names a place and a date only, and the parser misreads the first sentence's
    # subject: the next sentence's subject is the issuer
    text = "\n".join([
        "Strike on Thursday: the DGAC asks airlines to reduce their schedules",
        "",
        "PRESS RELEASE | Paris, 12 June",
        "",
        ("Following the filing of a strike notice by the air traffic controllers' union USCA "
         "(Union syndicale du contrôle aérien) for Thursday 13 June, the Directorate General for "
         "Civil Aviation (DGAC) has asked airlines to reduce their flight schedules as a "
         "preventive measure."),
        "",
        ("For Thursday 13 June, between 6 a.m. and 11 p.m., the DGAC asks airlines to reduce their "
         "schedules by 40% at Paris-Orly airport."),
        "",
    ])
    narration = [c for c in extract_claims_from_texts({"r": text}) if c.rule == "release.narration"]
    assert narration and {c.speaker for c in narration} == {"DGAC"}


def test_a_releases_issuer_from_a_later_subject_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    # "Acme - Press release | Paris , 12 June": no issuer in the head; "Shares fell sharply
    # today ." has no organisation for subject, "Acme Corp will cut many jobs ." has
    words = ["PRESS", "RELEASE", "|", "Paris", ",", "12", "June", "\n\n", "Shares", "fell", "sharply",
             "again", "today", ".", "\n\n", "Acme", "Corp", "will", "cut", "many", "jobs", "soon", "."]
    heads = [1, 1, 1, 1, 3, 6, 3, 1, 9, 9, 9, 9, 9, 9, 9, 16, 18, 18, 18, 20, 18, 18, 18]
    deps = ["compound", "ROOT", "punct", "appos", "punct", "nummod", "appos", "dep", "nsubj", "ROOT",
            "advmod", "advmod", "npadvmod", "punct", "dep", "compound", "nsubj", "aux", "ROOT", "amod",
            "dobj", "advmod", "punct"]
    pos = ["PROPN", "NOUN", "PUNCT", "PROPN", "PUNCT", "NUM", "PROPN", "SPACE", "NOUN", "VERB", "ADV",
           "ADV", "NOUN", "PUNCT", "SPACE", "PROPN", "PROPN", "AUX", "VERB", "ADJ", "NOUN", "ADV", "PUNCT"]
    spaces = [True, True, True, False, True, True, False, False, True, True, True, True, False, False,
              False, True, True, True, True, True, True, False, False]
    ents = ["O", "O", "O", "B-GPE", "O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O", "O", "O", "O",
            "B-ORG", "I-ORG"] + ["O"] * 6
    doc = make_doc(words, heads, deps, pos=pos, spaces=spaces, ents=ents)
    text = doc.text
    release = read_release(doc, text, (0, len(text)), [])
    assert release is not None and release.issuer is not None
    assert text[release.issuer[0]:release.issuer[1]] == "Acme Corp"

# a release whose head names no issuer: the "About" heading does, and a "Media Contact:" line
# in the head does not end its statement (session 18)
FDIC_STYLE = "\n".join([
    "Harbor Bank Assumes All of the Deposits of Cardinal Bank",
    "",
    "FOR IMMEDIATE RELEASE",
    "March 14",
    "Media Contact: Jane Ortiz, Office of Communications, (202) 555-0147",
    "",
    ("WASHINGTON - Cardinal Bank was closed today by the state banking regulator, which "
     "appointed the Federal Deposit Insurance Corporation as receiver."),
    "",
    "The 58 branches of Cardinal Bank will reopen as branches of Harbor Bank on Monday.",
    "",
    "Anyone with questions is asked to contact the FDIC by telephone.",
    "",
    "About the FDIC",
    "The FDIC insures deposits at the nation's banks and savings associations.",
    "",
])


def test_a_releases_issuer_from_its_about_heading(nlp: Language) -> None:
    claims = extract_claims_from_texts({"r": FDIC_STYLE})
    narration = [c for c in claims if c.rule == "release.narration"]
    assert {c.speaker for c in narration} == {"FDIC"}
    assert any("will reopen as branches of Harbor Bank" in c.content.text for c in narration)
    # the "About" section is still no statement
    assert not any("insures deposits" in c.content.text for c in claims)


@pytest.mark.parametrize(("lead", "issuer"), [
    # a day-month-year date and "today announced"; the issuer is the lead's first name
    ("MELBOURNE, Australia, 18 September 2024 - Calder Biopharma Limited today announced a hold "
     "on one batch of its vaccine.", "Calder Biopharma Limited"),
    # an accented place, a company name with "del" and a parenthesis
    ('CHILLÁN, Chile, June 14, 2024 - Aguas del Itata S.A. ("the Company"), operator of the dam, '
     "today confirmed that the dam had failed.", "Aguas del Itata S.A."),
    ("TOLEDO, Ohio, March 14, 2025 /PRNewswire/ -- Great Lakes Central Railway (GLCR) today "
     "provided an update on the derailment.", "Great Lakes Central Railway"),
])
def test_a_dated_lead_names_its_issuer(lead: str, issuer: str) -> None:
    from corroborate.releases import _dated_lead

    text = f"Title\n\n{lead}\n"
    head = _dated_lead(text, (0, len(text)))
    assert head is not None and head.issuer is not None
    assert text[head.issuer[0]:head.issuer[1]] == issuer


@pytest.mark.parametrize("lead", [
    # a release wire's name between slashes, no ticker and no "today"
    "JOHANNESBURG, June 4, 2025 /PRNewswire/ -- Rietvlei Platinum Limited regrets to announce "
    "that a seismic event caused a fall of ground.",
    # a listing on an exchange the old list lacked
    "JOHANNESBURG, 4 June 2025 - Rietvlei Platinum Limited (JSE: RVP) regrets to announce that "
    "a seismic event caused a fall of ground.",
])
def test_a_dated_lead_with_a_release_wire_or_a_listing_is_a_release(lead: str) -> None:
    from corroborate.releases import _dated_lead

    text = f"Title\n\n{lead}\n"
    head = _dated_lead(text, (0, len(text)))
    assert head is not None and head.issuer is not None
    assert text[head.issuer[0]:head.issuer[1]] == "Rietvlei Platinum Limited"
    # a wire story's dateline and a bracketed abbreviation are neither
    assert not is_release("Title\n\nJOHANNESBURG, June 4, 2025 (Reuters) - Rietvlei Platinum "
                          "Limited (RVP) said a seismic event caused a fall of ground.\n")


def test_a_dateline_without_its_year_marks_a_release_only_with_release_furniture() -> None:
    lead = "LONDON and GLASGOW, 2 June - Albion Air plc today announces a merger with its rival.\n"
    assert not is_release(f"Title\n\n{lead}\nThe airlines said more.\n")
    assert is_release(f"Title\n\n{lead}\nAbout Albion Air\nAlbion Air flies planes.\n")
    # a news article's yearless dateline and "today" do not make it one
    assert not is_release("Title\n\nLONDON, June 2 - The airline today announced a merger.\n")


@pytest.mark.parametrize(("text", "issuer"), [
    ("Body.\n\nAbout the FDIC\nThe FDIC insures deposits.\n", "FDIC"),
    ("Body.\n\nAbout Great Lakes Central Railway\n\nIt runs trains.\n", "Great Lakes Central Railway"),
    ("Body.\n\nSOURCE Great Lakes Central Railway\n", "Great Lakes Central Railway"),
    ("Body.\n\nAbout the author\nShe writes.\n", None),
    ("Body.\n\nAbout half of the trains were cancelled.\n", None),
])
def test_a_releases_closing_furniture_names_its_issuer(text: str, issuer: str | None) -> None:
    from corroborate.releases import _closing_issuer

    span = _closing_issuer(text, (0, len(text)))
    assert (text[span[0]:span[1]] if span else None) == issuer


def test_a_contact_request_to_anyone_names_no_issuer(nlp: Language) -> None:
    from corroborate.releases import _issuer_by_contact

    doc = nlp("Anyone with information is asked to contact the police by dialling 17.")
    assert _issuer_by_contact(doc, doc.text, None) is None
