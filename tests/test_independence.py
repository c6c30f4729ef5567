"""Origins: relays, wire credits, written statements, press releases and copied paragraphs."""

from __future__ import annotations

from typing import Any

from corroborate.independence import claim_origins, copy_groups, release_docs
from corroborate.schema import Article, Claim, SpanText

WIRE = (
    "The harbour authority said on Tuesday that the northern pier would stay closed for at "
    "least three more weeks while divers inspect the pilings damaged in last month's storm, "
    "and that ferries would use the southern terminal until the repairs are done."
)
OWN = (
    "Ferry passengers will have to walk a little further for the rest of the month: the port "
    "has moved every sailing to its southern terminal, a spokeswoman explained, because storm "
    "damage under the old pier still has to be assessed by a dive team."
)


def article(doc: str, text: str, outlet: str | None = None, published: str | None = None) -> Article:
    return Article(doc_id=doc, path=f"{doc}.txt", text=text, body=(0, len(text)), outlet=outlet,
                   published=published)


def claim(doc: str, text: str, phrase: str, speaker: str = "harbour authority", **extra: Any) -> Claim:
    extra.setdefault("quote_type", "indirect")
    start = text.index(phrase)
    cue = text.index("said") if "said" in text else start
    return Claim(id=f"c-{doc}", doc_id=doc, source=SpanText(text=speaker, spans=[]),
                 cue=SpanText(text="said", spans=[(cue, cue + 4)]),
                 content=SpanText(text=phrase, spans=[(start, start + len(phrase))]),
                 speaker=speaker, confidence=0.9, **{"speaker_kind": "government", **extra})


def test_independence_copied_paragraph_found_and_own_wording_not() -> None:
    arts = [article("a", "Intro line.\n\n" + WIRE, "Daily One", "2024-05-01"),
            article("b", WIRE.replace("Tuesday", "Tuesday,") + "\n\nMore text here.", "Daily Two",
                    "2024-05-02"),
            article("c", OWN, "Daily Three")]
    groups = copy_groups(arts)
    assert {doc for doc, _ in groups} == {"a", "b"}
    assert set(groups.values()) == {"a"}  # the earlier publication is the copy's origin


def test_independence_copies_share_one_origin() -> None:
    arts = [article("a", WIRE, "Daily One", "2024-05-01"), article("b", WIRE, "Daily Two", "2024-05-02"),
            article("c", OWN, "Daily Three")]
    phrase = "the northern pier would stay closed"
    claims = [claim("a", WIRE, phrase), claim("b", WIRE, phrase),
              claim("c", OWN, "moved every sailing to its southern terminal")]
    origins = claim_origins(arts, claims, {})
    assert origins["c-a"].name == origins["c-b"].name == "Daily One"
    assert "copy" in origins["c-b"].reasons[0]
    assert origins["c-c"].name == "Daily Three"


def test_independence_press_release_and_articles_quoting_a_statement_are_one_origin() -> None:
    release = ("FOR IMMEDIATE RELEASE\nAcme Corp said today it will open a plant in Ohio.\n"
               "About Acme Corp\nAcme makes widgets.\nMedia contact: press@acme.example")
    story = "Acme Corp said in a statement that it will open a plant in Ohio, creating 200 jobs."
    other = "Acme Corp told the Ledger it will open a plant in Ohio."
    arts = [article("r", release, "Acme"), article("s", story, "Ledger Two"), article("t", other, "Ledger")]
    assert release_docs(arts) == {"r"}
    claims = [claim("r", release, "it will open a plant in Ohio", "Acme Corp"),
              claim("s", story, "it will open a plant in Ohio", "Acme Corp"),
              claim("t", other, "it will open a plant in Ohio", "Acme Corp")]
    origins = claim_origins(arts, claims, {})
    assert origins["c-r"].name == origins["c-s"].name == "statement of Acme Corp"
    assert origins["c-t"].name == "Ledger"


def test_independence_relay_chain_traces_to_the_innermost_relay() -> None:
    text = "Reuters reported that state media published the statement, which said talks had ended."
    arts = [article("a", text, "Daily One")]
    c = claim("a", text, "talks had ended", "minister", chain=["Reuters", "KCNA"], via="Reuters")
    origins = claim_origins(arts, [c], {})
    assert origins["c-a"].name == "KCNA"
    assert origins["c-a"].reasons == ("relayed by Reuters then KCNA",)


def test_independence_two_spellings_of_one_outlet_are_one_origin() -> None:
    text = "The harbour authority said the pier is closed."
    arts = [article("a", text, "nytimes.com"), article("b", text, "The New York Times")]
    claims = [claim("a", text, "the pier is closed"), claim("b", text, "the pier is closed")]
    origins = claim_origins(arts, claims, {})
    assert origins["c-a"].name == origins["c-b"].name


def test_independence_a_speakers_own_site_and_its_coverage_are_one_origin() -> None:
    from corroborate.independence import one_name, own_outlet
    from corroborate.report import count_origins

    assert own_outlet("AMD", "amd.com") and own_outlet("Advanced Micro Devices", "sites.amd.com")
    assert own_outlet("Apple", "apple.com")
    assert not own_outlet("AMD", "cnet.com") and not own_outlet("AMD", "The Wall Street Journal")
    assert one_name("AMD", "Advanced Micro Devices") and not one_name("AMD", "Apple")
    # a short form of a company's name, its leading words without the suffix
    assert one_name("Ford", "Ford Motor Company") and one_name("Biogen Inc", "Biogen")
    assert not one_name("Motor", "Ford Motor Company") and not one_name("Ford", "Fordham University")
    page = "AMD said it has signed a definitive agreement to acquire SeaMicro for $334 million."
    news = "Advanced Micro Devices said it would buy SeaMicro for $334 million, it said on Wednesday."
    wire = "AMD said it would buy SeaMicro for $334 million. The Associated Press contributed."
    arts = [article("amd", page, "amd.com"), article("cnet", news, "cnet.com"),
            article("ap", wire, "Daily")]
    claims = [claim("amd", page, "it has signed a definitive agreement", "AMD"),
              claim("cnet", news, "it would buy SeaMicro", "Advanced Micro Devices"),
              claim("ap", wire, "it would buy SeaMicro", "AMD")]
    origins = claim_origins(arts, claims, {"ap": "Associated Press"})
    assert origins["c-amd"].published and origins["c-amd"].name == "statement of AMD"
    assert origins["c-cnet"].name == "cnet.com"  # on its own, an article is its outlet's
    # in one cluster, the outlets carrying the company's statement trace to its own page, a
    # wire-credited story among them: the wire quoted the company too (session 26; it had been
    # the wire's own origin, where the story sets' writers count the release and every
    # article quoting it as one)
    assert origins["c-ap"].name == "Associated Press"
    counted = count_origins(claims, origins, {a.doc_id: a.outlet for a in arts})
    assert [o.name for o in counted] == ["statement of AMD"]
    assert sorted(counted[0].claim_ids) == ["c-amd", "c-ap", "c-cnet"]
    # a member that names the outlet it got the statement from keeps that origin
    relayed = claims[2].model_copy(update={"via": "Associated Press"})
    counted = count_origins([*claims[:2], relayed], origins, {a.doc_id: a.outlet for a in arts})
    assert [o.name for o in counted] == ["Associated Press", "statement of AMD"]


def test_independence_every_statement_on_a_companys_own_site_is_its_publication() -> None:
    from corroborate.independence import own_site_docs
    from corroborate.report import count_origins

    # the company speaks once on its page, so the page is amd.com's, and its chief
    # executive's quote there is published by it like the company's own words
    page = ("AMD said it has signed an agreement to acquire SeaMicro. \u201cWe are accelerating "
            "our transformation,\u201d said Rory Read, chief executive of AMD.")
    one = "\u201cWe are accelerating our transformation,\u201d Rory Read, AMD's chief executive, said."
    two = "Rory Read said the deal was \u201caccelerating our transformation.\u201d"
    arts = [article("amd", page, "amd.com"), article("cnet", one, "cnet.com"),
            article("wsj", two, "The Wall Street Journal")]
    claims = [claim("amd", page, "it has signed an agreement to acquire SeaMicro", "AMD"),
              claim("amd", page, "We are accelerating our transformation",
                    "Rory Read").model_copy(update={"id": "c-amd-2"}),
              claim("cnet", one, "We are accelerating our transformation", "Rory Read"),
              claim("wsj", two, "accelerating our transformation", "Rory Read")]
    assert own_site_docs(arts, claims) == {"amd": "AMD"}
    origins = claim_origins(arts, claims, {})
    assert origins["c-amd-2"].published and origins["c-amd-2"].name == "statement of Rory Read"
    assert "amd.com is AMD's own publication" in origins["c-amd-2"].reasons
    counted = count_origins(claims[1:], origins, {a.doc_id: a.outlet for a in arts})
    assert [o.name for o in counted] == ["statement of Rory Read"]
    assert counted[0].claim_ids == ["c-amd-2", "c-cnet", "c-wsj"]
    # without the page the two outlets are two origins
    assert len(count_origins(claims[2:], claim_origins(arts[1:], claims[2:], {}),
                             {a.doc_id: a.outlet for a in arts})) == 2
    # a page of another company's site is not AMD's: its quotes stay its outlet's
    assert own_site_docs([article("x", page, "intel.com")], claims[:2]) == {}


def test_independence_a_statement_in_the_next_sentence_is_not_the_claims() -> None:
    spoken = ("Inflation is too high, Macklem said at a news conference. The central bank said in "
              "a statement that it would keep assessing the need for more increases.")
    arts = [article("a", spoken, "Daily")]
    said = claim("a", spoken, "Inflation is too high", "Tiff Macklem")
    assert claim_origins(arts, [said], {})["c-a"].name == "Daily"
    written = ("Inflation is too high, Macklem said in a statement. Reporters asked the bank about "
               "its outlook.")
    assert claim_origins([article("a", written, "Daily")],
                         [claim("a", written, "Inflation is too high", "Tiff Macklem")],
                         {})["c-a"].name == "statement of Tiff Macklem"


def test_independence_one_organisations_statement_under_two_names_is_one_origin() -> None:
    from corroborate.report import count_origins

    one = "The Federal Aviation Administration said in a statement that it was cooperating."
    two = "The FAA said it was cooperating, according to a statement."
    arts = [article("a", one, "Daily"), article("b", two, "Wire")]
    claims = [claim("a", one, "it was cooperating", "Federal Aviation Administration"),
              claim("b", two, "it was cooperating", "FAA")]
    origins = claim_origins(arts, claims, {})
    assert {o.name for o in origins.values()} == {"statement of Federal Aviation Administration",
                                                  "statement of FAA"}
    (counted,) = count_origins(claims, origins, {a.doc_id: a.outlet for a in arts})
    assert counted.name == "statement of Federal Aviation Administration"
    assert "FAA is Federal Aviation Administration" in counted.reasons



def test_independence_a_spokespersons_statement_is_the_statement_of_the_body_they_speak_for() -> None:
    from corroborate.report import count_origins

    one = ('"The trial is on hold," agency spokeswoman Carla Mendes said in a statement. The '
           "Food and Drug Administration had ordered the halt.")
    two = "The Food and Drug Administration said in a statement that the trial was on hold."
    three = "The trial is on hold, Carla Mendes told the Ledger in an interview."
    arts = [article("a", one, "Daily"), article("b", two, "Wire"), article("c", three, "Ledger")]
    claims = [claim("a", one, "The trial is on hold", "Carla Mendes"),
              claim("b", two, "the trial was on hold", "Food and Drug Administration"),
              claim("c", three, "The trial is on hold", "Carla Mendes")]
    origins = claim_origins(arts, claims, {})
    outlets = {a.doc_id: a.outlet for a in arts}
    # without the source graph's tie: two written statements
    assert len(count_origins(claims[:2], origins, outlets)) == 2
    voices = [("Carla Mendes", "Food and Drug Administration")]
    (counted,) = count_origins(claims[:2], origins, outlets, voices)
    assert counted.name == "statement of Food and Drug Administration"
    assert counted.claim_ids == ["c-a", "c-b"]
    assert "Carla Mendes speaks for Food and Drug Administration" in counted.reasons
    # the Ledger's own interview with her is no written statement: an origin of its own
    assert [o.name for o in count_origins(claims, origins, outlets, voices)] == [
        "Ledger", "statement of Food and Drug Administration"]


def test_independence_a_spokeswoman_and_her_agency_end_to_end(tmp_path: Any) -> None:
    from corroborate.api import corroborate

    (tmp_path / "c.txt").write_text(
        "FDA halts Norvance drug trial\n\nBy Staff, Bayline News\n\nThe U.S. Food and Drug "
        "Administration has ordered Norvance Pharmaceuticals to stop a large clinical trial of its "
        "lung drug.\n\n\"The FDA has placed the application on full clinical hold,\" agency "
        "spokeswoman Carla Mendes said in a statement to Bayline News.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(
        "FDA places Norvance trial on hold\n\nBy Staff, Ledger\n\nIn a statement on Monday, the "
        "Food and Drug Administration said it had placed the application on full clinical hold.\n",
        encoding="utf-8")
    report = corroborate([tmp_path], cache=False)
    by_id = {c.id: c for c in report.claims}
    (cluster,) = [k for k in report.clusters if len(k.doc_ids) == 2]
    assert {by_id[i].speaker for i in cluster.claim_ids} == {
        "Carla Mendes", "Food and Drug Administration"}
    assert [link.kind for link in cluster.source_links] == ["member"]
    assert cluster.independent_sources == 1


def test_independence_an_outlet_under_its_initials_and_its_full_name_is_one_origin() -> None:
    from corroborate.report import count_origins

    one = "The valve had been reported faulty weeks earlier, RRR reported."
    two = "The valve had been reported faulty three weeks before, the plant's staff said."
    arts = [article("d", one, "Daily"), article("c", two, "RRR - Rhein-Ruhr Rundfunk")]
    claims = [claim("d", one, "The valve had been reported faulty", "staff").model_copy(
                  update={"via": "RRR"}),
              claim("c", two, "The valve had been reported faulty", "staff")]
    origins = claim_origins(arts, claims, {})
    (counted,) = count_origins(claims, origins, {a.doc_id: a.outlet for a in arts})
    assert counted.name == "RRR - Rhein-Ruhr Rundfunk" and counted.claim_ids == ["c-c", "c-d"]
    # a name that is no initials of the other is another outlet, whatever words they share
    arts[1] = article("c", two, "Times of India")
    claims[0] = claims[0].model_copy(update={"via": "Times"})
    assert len(count_origins(claims, claim_origins(arts, claims, {}),
                             {a.doc_id: a.outlet for a in arts})) == 2


def test_independence_an_outlets_own_interview_is_never_the_speakers_release() -> None:
    from corroborate.report import count_origins

    release = ("Kestrel Power - Press release\n\nJoanne Riddick, Chief Executive, said: \"The "
               "investment Teesside was promised is at risk.\"\n")
    # the quote stands in the paragraph that says who the speaker talked to
    spoken = ("Speaking to the Courier last night, Kestrel chief Joanne Riddick said the ruling was a "
              "blow. \"Teesside was promised investment,\" she added.")
    retold = "Joanne Riddick said investment promised to Teesside was at risk."
    arts = [article("c", release, "Kestrel Power"), article("b", spoken, None),
            article("a", retold, "Daily")]
    claims = [claim("c", release, "The investment Teesside was promised is at risk", "Joanne Riddick"),
              claim("b", spoken, "Teesside was promised investment", "Joanne Riddick"),
              claim("a", retold, "investment promised to Teesside was at risk", "Joanne Riddick")]
    origins = claim_origins(arts, claims, {})
    assert origins["c-b"].spoken and origins["c-b"].reasons == ("article", "said to Courier")
    counted = count_origins(claims, origins, {a.doc_id: a.outlet for a in arts})
    assert [(o.name, o.claim_ids) for o in counted] == [
        ("doc:b", ["c-b"]), ("statement of Joanne Riddick", ["c-a", "c-c"])]
    # "told reporters" is a briefing: an occasion of its own too; another outlet named is no
    # interview of this one's, and a written statement none
    said = "Riddick told reporters in Bern that Teesside was promised investment."
    told = claim("d", said, "Teesside was promised investment", "Joanne Riddick")
    assert claim_origins([article("d", said, "Daily Post")], [told], {})["c-d"].reasons == (
        "outlet", "said told reporters")
    # the paragraph is read back a bounded way only (a text of one paragraph may be megabytes)
    far = ("Speaking to the Courier, Riddick spoke of many things. " + "The ruling was read out. " * 100
           + "She said Teesside was promised investment.")
    told = claim("f", far, "Teesside was promised investment", "Joanne Riddick")
    assert not claim_origins([article("f", far, None)], [told], {})["c-f"].spoken
    for said in ("Riddick told the Herald that Teesside was promised investment.",
                 "Riddick said in a statement that Teesside was promised investment."):
        told = claim("d", said, "Teesside was promised investment", "Joanne Riddick")
        assert not claim_origins([article("d", said, "Daily Post")], [told], {})["c-d"].spoken

WIRE_QUOTE = ('CHILLAN, Chile, June 14 (Reuters) - The governor said seven people had died. "We are '
              'still in the rescue phase, and I am afraid the numbers will rise," Fuentes said.')


def test_independence_a_quote_taken_from_a_wire_the_article_names_is_the_wires() -> None:
    # a rewrite "by staff and agencies" that names Reuters and quotes the governor's words as
    # Reuters had them took the quote from Reuters: one origin
    rewrite = ('Staff and agencies\n\nThe dam gave way on Friday, Reuters reported. "I am afraid the '
               'numbers will rise," Fuentes told reporters.')
    arts = [article("a", WIRE_QUOTE, "Reuters"), article("b", rewrite, "Daily Two")]
    quote_a = '"We are still in the rescue phase, and I am afraid the numbers will rise,"'
    quote_b = '"I am afraid the numbers will rise,"'
    claims = [claim("a", WIRE_QUOTE, quote_a, "Fuentes", quote_type="direct"),
              claim("b", rewrite, quote_b, "Fuentes", quote_type="direct")]
    origins = claim_origins(arts, claims, {"a": "Reuters"})
    assert origins["c-a"].name == origins["c-b"].name == "Reuters"
    assert "names" in origins["c-b"].reasons[0]
    # an article that does not name the wire heard the words itself: its own origin
    own = rewrite.replace(", Reuters reported", "")
    arts[1] = article("b", own, "Daily Two")
    claims[1] = claim("b", own, quote_b, "Fuentes", quote_type="direct")
    origins = claim_origins(arts, claims, {"a": "Reuters"})
    assert origins["c-b"].name == "Daily Two"
    # nor is a shorter run of the same words one quote
    short = rewrite.replace("I am afraid the numbers will rise", "the numbers will rise")
    arts[1] = article("b", short, "Daily Two")
    claims[1] = claim("b", short, '"the numbers will rise,"', "Fuentes", quote_type="direct")
    assert claim_origins(arts, claims, {"a": "Reuters"})["c-b"].name == "Daily Two"


def test_independence_a_rewrite_credited_to_a_wire_is_the_wires(tmp_path: Any) -> None:
    # a local paper's rewrite "with files from The Associated Press" and the AP story: their
    # shared statement is one origin, though the rewrite's wording is its own
    from corroborate.api import corroborate

    (tmp_path / "a.txt").write_text(
        "Train derails in Manitoba\n\nBy Colin Ross, The Associated Press\n\nCARRICK LAKE, "
        "Manitoba (AP) — Fourteen of the train's 68 cars left the tracks at about 3:40 a.m., "
        "according to the Transportation Safety Board of Canada.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Evacuees told to wait\n\nBy Jenna Lavallee, Westman Herald, with files from The "
        "Associated Press\n\nFourteen of the train's 68 cars came off the tracks at about 3:40 "
        "a.m. Sunday, according to the Transportation Safety Board of Canada.\n", encoding="utf-8")
    report = corroborate([tmp_path], cache=False)
    claims = {c.id: c for c in report.claims}
    (cluster,) = [k for k in report.clusters if len({claims[i].doc_id for i in k.claim_ids}) == 2]
    assert cluster.independent_sources == 1


def test_independence_an_outlets_report_repeated_by_others_is_one_origin() -> None:
    # "The New York Times reported that ..." in two articles, and the Times' own article
    text = "The New York Times reported that the leader would travel to Russia next week."
    phrase = "the leader would travel to Russia next week"
    arts = [article("a", text, "Daily One"), article("b", text, "Daily Two"),
            article("c", "The leader would travel to Russia next week, officials said.",
                    "The New York Times")]
    claims = [claim("a", text, phrase, speaker="The New York Times", speaker_kind="media"),
              claim("b", text, phrase, speaker="The New York Times", speaker_kind="media")]
    origins = claim_origins(arts, claims, {})
    assert origins["c-a"].name == origins["c-b"].name == "The New York Times"
    assert origins["c-a"].reasons == ("reported by The New York Times",)
    # an outlet of the folder is one by name whatever the recogniser called it
    claims = [claim("a", text, phrase, speaker="The New York Times", speaker_kind="organization")]
    assert claim_origins(arts, claims, {})["c-a"].name == "The New York Times"


def test_independence_a_relay_phrase_opening_with_a_folder_outlet_is_that_outlet() -> None:
    text = "A NorthStar News report had quoted an official as saying the water was safe."
    arts = [article("a", text, "Westman Herald"), article("d", "Own report.", "NorthStar News")]
    claims = [claim("a", text, "the water was safe", speaker="official", via="NorthStar News report")]
    assert claim_origins(arts, claims, {})["c-a"].name == "NorthStar News"


def test_independence_a_post_on_the_speakers_own_channel_is_a_written_statement() -> None:
    from corroborate.report import count_origins

    texts = {
        "a": ('"We categorically reject these groundless allegations," the embassy said on its '
              "Telegram channel."),
        "b": "The embassy said in a post on X that the allegations were groundless.",
        "c": "The embassy tweeted that the allegations were groundless.",
        # spoken to one outlet: an origin of its own
        "d": "The ambassador said in an interview with the Courier that the allegations were groundless.",
        # a plain "said" stays the outlet's
        "e": "The embassy said the allegations were groundless.",
    }
    arts = [article(d, t, f"Outlet {d.upper()}") for d, t in texts.items()]
    claims = [claim(d, t, "groundless", "Russian embassy") for d, t in texts.items()]
    origins = claim_origins(arts, claims, {})
    assert [origins[f"c-{d}"].name for d in "abcde"] == [
        "statement of Russian embassy"] * 3 + ["Outlet D", "Outlet E"]
    outlets = {a.doc_id: a.outlet for a in arts}
    counted = count_origins(claims[:3], origins, outlets)
    assert [o.name for o in counted] == ["statement of Russian embassy"]
