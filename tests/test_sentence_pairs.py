"""`judge_pair` on two sentences that attribute claims (`match.sentences`): the claims each
text carries are judged with their sources, on hand-built Docs for the frame and cue rules
and on parsed invented sentences end to end."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from corroborate.match import judge_pair
from corroborate.match.sentences import Reading, _reported, readings, two_people, unquoted

MakeDoc = Callable[..., Doc]


# ------------------------------------------------------------------ hand-built Docs
def _claim_doc(make_doc: MakeDoc, cue: str, cue_lemma: str, content: list[str],
               content_pos: list[str]) -> Doc:
    # "Officials <cue> <content>"
    words = ["Officials", cue, *content]
    return make_doc(words, [1, 1, *([1] * len(content))], ["nsubj", "ROOT", *(["dep"] * len(content))],
                    pos=["NOUN", "VERB", *content_pos],
                    lemmas=["official", cue_lemma, *[w.lower() for w in content]])


def test_a_cue_of_saying_with_a_clause_is_reported(make_doc: MakeDoc) -> None:
    doc = _claim_doc(make_doc, "said", "say", ["the", "plant", "closed"], ["DET", "NOUN", "VERB"])
    cue = [(doc[1].idx, doc[1].idx + len(doc[1]))]
    content = [(doc[2].idx, len(doc.text))]
    assert _reported(doc, cue, content)


def test_the_object_of_a_verb_of_judging_is_no_reported_claim(make_doc: MakeDoc) -> None:
    # "Officials praised the action": what was praised is no proposition
    doc = _claim_doc(make_doc, "praised", "praise", ["the", "action"], ["DET", "NOUN"])
    cue = [(doc[1].idx, doc[1].idx + len(doc[1]))]
    assert not _reported(doc, cue, [(doc[2].idx, len(doc.text))])
    # a cue of saying with a noun phrase only ("said nothing") is no clause either
    said = _claim_doc(make_doc, "said", "say", ["nothing"], ["PRON"])
    assert not _reported(said, [(said[1].idx, said[1].idx + 4)], [(said[2].idx, len(said.text))])


def test_two_people_named_in_full() -> None:
    peskov = Reading("the talks would go ahead", "Dmitry Peskov", "asserts", True)
    kirby = Reading("the talks would go ahead", "John Kirby", "asserts", True)
    office = Reading("the talks would go ahead", "White House", "asserts", False)
    assert two_people((peskov,), (kirby,))
    assert not two_people((peskov,), (office,))
    assert not two_people((), (kirby,))


# ------------------------------------------------------------------ parsed invented sentences
def test_a_sentence_is_read_as_its_source_and_content() -> None:
    (reading,) = readings("Kremlin spokesman Dmitry Peskov told reporters on Monday that the "
                          "summit would be held in Vladivostok.")
    assert reading.content.endswith("the summit would be held in Vladivostok")
    assert reading.speaker is not None and "Peskov" in reading.speaker
    # a pronoun or a description names no one outside its article
    (he,) = readings("He said the summit would be held in Vladivostok.")
    (company,) = readings("The company said no oil had reached the river.")
    assert he.speaker is None and company.speaker is None
    # no attribution: judged as the text stands
    assert readings("The summit will be held in Vladivostok.") == ()
    # more than the claim: the claim is read all the same
    (cut,) = readings("Egypt will cut power to homes for two hours a day from Monday, the "
                      "government said, as a heat wave pushed demand to a record.")
    assert cut.content.startswith("Egypt will cut power") and cut.speaker == "government"


def test_one_claim_in_two_sentences_whatever_the_attribution() -> None:
    a = "Kremlin spokesman Dmitry Peskov told reporters the summit would be held in Vladivostok."
    b = "The summit will take place in Vladivostok, Peskov said on Monday."
    found = judge_pair(a, b)
    assert found.same and found.label == "same"
    assert found.compared is not None and "Vladivostok" in found.compared[0]
    # a source the rules cannot name in a sentence read alone is no veto: "the company" and
    # "Borealis", and the days the two were said on
    c = "In a news release on Tuesday, the company said no oil had reached any river."
    d = "Borealis said on Wednesday that no oil had got into any river."
    assert judge_pair(c, d).same
    assert not judge_pair(c, d, attributions=False).same  # as it stood: the days differ


def test_an_edit_inside_the_claims_is_left_to_the_claims() -> None:
    from corroborate.match.sentences import Reading, edit_in_claims

    # hand-built readings: the spans of source, cue and content in each text
    a = "Port spokesman Jan de Vries had told Reuters that two berths would stay closed."
    b = "PA spokesman Jan de Vries told Reuters that two berths would remain closed."
    ra = (Reading("two berths would stay closed", "Jan de Vries", "asserts", True,
                  ((0, 27), (28, 36), (50, 79))),)
    rb = (Reading("two berths would remain closed", "Jan de Vries", "asserts", True,
                  ((0, 25), (26, 30), (44, 74))),)
    assert edit_in_claims(a, ra, b, rb)
    # an edit outside every claim (the act the sentence reports besides) is the texts'
    c = "The minister revoked the decrees and said two berths would stay closed."
    d = "The minister reinstated the decrees and said two berths would stay closed."
    stays = "two berths would stay closed"
    rc = (Reading(stays, "minister", "asserts", False, ((0, 12), (37, 41), (42, 71))),)
    rd = (Reading(stays, "minister", "asserts", False, ((0, 12), (40, 44), (45, 74))),)
    assert not edit_in_claims(c, rc, d, rd)
    assert not edit_in_claims(a, ra, a, ra)  # no edit at all

    # end to end: one wording but for the body in the source's description (two names the
    # entity rule reads as two) and a synonym in the content is one claim; two people saying
    # one thing stay two claims
    one = judge_pair("Havenbedrijf spokesman Jan de Vries had told Reuters that two berths would stay "
                     "closed until Friday.",
                     "HbR spokesman Jan de Vries told Reuters that two berths would remain closed "
                     "until Friday.")
    assert one.same and one.compared is not None, one
    assert not judge_pair("Port spokesman Jan de Vries told Reuters that two berths would stay closed.",
                          "Port spokesman Piet Bakker told Reuters that two berths would stay closed.").same


def test_two_people_saying_one_thing_are_two_claims() -> None:
    a = "Dmitry Peskov said the summit would be held in Vladivostok."
    b = "John Kirby said the summit would be held in Vladivostok."
    assert not judge_pair(a, b).same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the claims' contents are alike, the sentences are not: the text outside the claims
        # (a verb, a figure in the source) or a cue of judging carries the difference
        ("The minister has revoked the decrees and vowed to pursue political reform.",
         "The minister has reinstated the decrees and vowed to pursue political reform."),
        ("Environmentalists widely praised Tuesday's action.",
         "Environmentalists widely condemned Tuesday's action."),
        ("More than 1,300 scientists today called on the Interior Department to overturn the rule.",
         "More than 3,100 scientists today called on the Interior Department to overturn the rule."),
        ("The company said no oil had reached any river.", "Borealis said that oil had got into a river."),
        ("Peskov said the summit would be held in Vladivostok.",
         "Peskov denied that the summit would be held in Vladivostok."),
    ],
)
def test_sentences_that_differ_stay_apart(a: str, b: str) -> None:
    assert not judge_pair(a, b).same


class _Unsure:
    """A judge that reads every pair at P(same) 0.3: above `judge_one_source`, under
    `judge_same` (a test double for the thresholds; the bundled judge's readings are
    tested above)."""

    def __init__(self, different: float = 0.5) -> None:
        self.different = different

    def score(self, pairs: list[tuple[str, str]]) -> list[object]:
        from corroborate.judge import Verdict

        rest = 0.7 - self.different
        return [Verdict(same=0.3, conflict=rest, different=self.different) for _ in pairs]


def test_one_voice_needs_only_the_one_source_threshold() -> None:
    # as in the matcher (`clustering._judged`): one person's two retellings merge at P(same)
    # `judge_one_source` (0.25); two people need `judge_same` (0.4); two texts with no
    # speaker are one voice's unless the judge leans to two claims (P(different) >= 0.6)
    a, b = "the rescue operation would continue through the night", "rescuers will keep searching overnight"
    judge = _Unsure()
    assert judge_pair(a, b, speaker_a="Anna Berg", speaker_b="Berg", judge=judge).same
    assert not judge_pair(a, b, speaker_a="Anna Berg", speaker_b="Tom Lund", judge=judge).same
    assert judge_pair(a, b, judge=judge).same
    assert not judge_pair(a, b, judge=_Unsure(different=0.65)).same
    assert judge_pair(a, b, speaker_a="Anna Berg", speaker_b="Berg", judge=_Unsure(different=0.65)).same
    # and one text with no speaker beside one with a speaker: nothing says it is another voice
    assert judge_pair(a, b, speaker_b="Berg", judge=judge).same
    assert not judge_pair(a, b, speaker_b="Berg", judge=_Unsure(different=0.65)).same


def test_a_sentence_with_no_speaker_beside_a_named_claim() -> None:
    # a quote's or a release's line with no attribution beside another outlet's "X insisted
    # that ...": the claim is judged as one voice's (P(same) 0.35, under `judge_same`)
    a = "We want to be clear that this was not a cyberattack."
    b = ("Northair insisted in a statement on Monday evening that the outage was not the result of "
         "malicious activity.")
    got = judge_pair(a, b)
    assert got.same
    assert got.compared == (a, "that the outage was not the result of malicious activity")
    # another claim of the same statement stays apart
    assert not judge_pair(a, "Northair said in a statement on Monday evening that it would refund "
                             "every passenger.").same


def test_quotation_marks_are_the_writers_not_the_claims() -> None:
    # the judge and the negation rule read the quoted text as another text than its words:
    # quoted, a denial and the report it denies merged (P(same) 0.41; unquoted 0.20)
    a = '"No building has been reached by the lava, neither houses nor farms," he told the radio.'
    b = "Residents said the lava had reached at least two farm buildings on the edge of the town."
    found = judge_pair(a, b)
    assert not found.same and "negation" in found.differences
    assert unquoted('"No building has been reached by the lava,"') == (
        "No building has been reached by the lava")
    assert unquoted('"') == '"'  # nothing but marks: left as it is


def test_an_opposite_outcome_in_another_place_where_the_judge_leans_to_a_conflict() -> None:
    # "rejected" / "voted to ratify" stand in no aligned slot; the judge leans to a conflict
    # (P(conflict) 0.59, P(same) 0.08), and the static similarity had merged the two
    a = "UAW members rejected the Ford contract, the union said."
    b = ("Members of the United Auto Workers voted to ratify a new contract with Ford, the union "
         "said Saturday.")
    got = judge_pair(a, b)
    assert not got.same
    assert got.differences == ["antonym"]


def test_a_person_and_the_body_her_source_phrase_names() -> None:
    from corroborate.match.pairs import speaker_link

    # plain names say nothing of whom a person speaks for; the phrases the texts word do, as
    # the story's source graph reads them
    assert speaker_link("Jan De Smet", "Elia") is None
    link = speaker_link("Jan De Smet", "Elia", sources=("Elia spokesman Jan De Smet", "Grid operator Elia"),
                        kinds=("person", "organization"))
    assert link is not None and link.kind == "member" and not link.strict
    # a person of another body stays another source; so does a critic of the body, and two
    # people of one body (only the whole story, not two sentences, may tie them)
    assert speaker_link("Jan De Smet", "Elia", sources=("Fluxys spokesman Jan De Smet", "Grid operator Elia"),
                        kinds=("person", "organization")) is None
    assert speaker_link("Jan De Smet", "Elia", sources=("Elia critic Jan De Smet", "Grid operator Elia"),
                        kinds=("person", "organization")) is None
    assert speaker_link("Jan De Smet", "Piet Bakker", sources=("Elia spokesman Jan De Smet",
                                                               "Elia spokesman Piet Bakker"),
                        kinds=("person", "person")) is None
    # readings carry the phrase and the kind extraction gave
    (reading,) = readings("Transport Workers Union official Dana Pike told local radio that as many as "
                          "300 jobs could be lost.")
    assert reading.speaker == "Dana Pike" and reading.kind == "person"
    assert reading.source == "Transport Workers Union official Dana Pike"


def test_a_body_and_its_officer_saying_one_thing_are_one_claim() -> None:
    # the union's statement and its organiser's interview: one voice, judged as in a story
    a = ("The Transport Workers Union, which represents drivers at both depots, said in a statement "
         "that up to 300 jobs could be lost, mostly in Leeds and Bradford.")
    b = ("Transport Workers Union official Dana Pike told local radio that as many as 300 jobs could "
         "go, mainly among drivers and fitters in Leeds and Bradford.")
    got = judge_pair(a, b)
    assert got.same and got.compared is not None and "300 jobs" in got.compared[1]


def test_one_voice_sharing_a_figure_needs_less_similarity() -> None:
    # as in the matcher (`similarity.same_source_figure`): one voice's two retellings that
    # state one figure merge from cosine 0.4 (here about 0.5) when the judge (a double that
    # leans to neither) does not lean to two claims; a figure written out is no shared figure
    class Low:
        def score(self, pairs: list[tuple[str, str]]) -> list[object]:
            from corroborate.judge import Verdict

            return [Verdict(same=0.1, conflict=0.35, different=0.55) for _ in pairs]

    a = "rescuers had pulled 14 bodies from the rubble by Monday night"
    assert judge_pair(a, "14 people were confirmed dead after the collapse", speaker_a="Anna Berg",
                      speaker_b="Berg", judge=Low()).same
    assert not judge_pair(a, "fourteen people were confirmed dead after the collapse", speaker_a="Anna Berg",
                          speaker_b="Berg", judge=Low()).same
    # two people are not one voice
    assert not judge_pair(a, "14 people were confirmed dead after the collapse", speaker_a="Anna Berg",
                          speaker_b="Tom Lund", judge=Low()).same
