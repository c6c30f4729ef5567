"""Word lists and label sets of the attribution rules (`corroborate.attribution`)."""

from __future__ import annotations

import re

from corroborate.lexicon import COLLECTIVE_NOUNS, CUE_NOUNS, CUE_VERBS, OBJECT_CUES_EXTRA
from corroborate.lexicon.cues import VERB_CUES

# Cue verbs whose content may be their object ("criticized X for Y"): PolNeAR's verb cues and
# a few the counts miss.
OBJECT_CUES = VERB_CUES | OBJECT_CUES_EXTRA
# Every verb lemma the verb rule (`verbs.cue_verb`) starts from.
ALL_CUE_VERBS = CUE_VERBS | OBJECT_CUES

# Adverbs inside the verb group belong to the cue ("has repeatedly said", "said sarcastically"):
# on PolNeAR train an annotator includes a one-word adverb next to the cue verb group 91% of
# the time (1,292 of 1,424), except for these, which open or link clauses (0 to 40%).
NOT_CUE_ADVERBS = frozenset(
    """when where why how whether so instead however meanwhile thus therefore hence too as
    there here then why not""".split()
)

# "in a new Fox News poll, Trump leads": the nouns of `according.poll`
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "average", "study"})
# "By the carrier's own count, 262 flights were cancelled", "by police estimates": the nouns
# of `according.by_count`, a figure given on its source's reckoning
COUNT_NOUNS = frozenset({"count", "tally", "estimate", "reckoning", "calculation", "figure",
                         "account"})

# Line openers before a colon that are page furniture, not a speaker (`layout.colon_name`)
NOT_COLON_SOURCES = frozenset(
    """update updated watch related read photo photos video note editor advertisement
    source credit via breaking exclusive listen also see more image follow click
    subscribe sign share warning q a question answer transcript correction
    clarification disclosure editors advisory background summary casualties evacuation relief
    timeline""".split()
)

# "Trump's claim that ...": cue nouns whose "that" clause is what was said (`nominal.cue_noun`)
THAT_NOUNS = frozenset(
    """claim claims assertion allegation allegations belief view argument conclusion
    suggestion promise pledge vow warning insistence statement statements contention
    notion accusation accusations charge suspicion fear fears hope hopes assurance
    assurances prediction admission denial remark remarks comment comments testimony
    report reports""".split()
)

# "has been critical of X": adjectives of stance after a copula (`nominal.stance_adjective`)
STANCE_ADJS = frozenset(
    """critical supportive skeptical sceptical wary mistrustful appreciative aware sick
    worried concerned nervous upbeat passionate confident optimistic pessimistic
    proud angry furious happy sure certain convinced hopeful doubtful fearful afraid
    dismissive tired fond uncertain unsure adamant insistent enthusiastic excited
    frustrated disappointed unhappy eager reluctant opposed receptive open cautious
    willing quick keen determined inclined intent""".split()
)

# "sought to clarify X", "was quick to point out that X", "went on to say “...”": speech verbs
# that, as the infinitive of another cue, carry the content; PolNeAR makes the whole chain the
# cue (train: 25 of 31 such relations; "declined to comment on X" stays a refusal, with the
# infinitive as content, in 22 of 27)
CHAINED_CUES = frozenset(
    """say point argue add clarify explain insist note stress emphasize describe characterize
    claim suggest imply assert affirm acknowledge admit deny declare know""".split()
)

# "made the case that ...": nouns that, as the object of "make", say what the clause is
MADE_NOUNS = frozenset(
    """case point argument arguments claim assertion promise pledge prediction accusation
    allegation vow""".split()
)

# "his pledge to cut taxes": nouns of commitment and intent whose owner says what follows
# (PolNeAR train annotates 74 such infinitives; only with an owner do we read one, and not
# "decision": "Britain's decision to leave" is an event, and 1 of 4 on dev were annotated)
TO_NOUNS = frozenset(
    """plan plans pledge pledges promise promises vow vows proposal refusal reluctance
    unwillingness desire request intention commitment determination threat offer
    demand""".split()
)

# "issued a statement": an object that names the speech act, not its content
BARE_CUE_OBJECTS = CUE_NOUNS | {"warning", "concern", "concerns", "question", "questions"}

# Prepositions whose phrase after a cue verb is its content ("called for a ban")
OBJECT_PREPOSITIONS = frozenset({"for", "of", "as", "about", "over", "against", "with", "to", "on"})

# Pronouns that, as the object of "tell", "warn" ..., name the hearer
ADDRESSEE_PRONOUNS = frozenset("me us you him her them everyone everybody".split())

# Nouns that, as the object of "tell", "warn" ..., name the hearer ("told reporters")
HEARER_NOUNS = COLLECTIVE_NOUNS | frozenset(
    """reporter reporters audience audiences crowd crowds supporter supporters interviewer
    viewer viewers listener listeners reader readers congress committee senate jury court
    lawmaker host anchor journalist journalists donor donors student students""".split())

# Subordinators that make a clause an adjunct of the cue, not what it says
ADVERBIAL_MARKS = frozenset(
    "if because although though while as since before after unless until once whereas".split())

# Subordinators of a clause that tells when the speech act happened
TIME_MARKS = frozenset("when whenever after before as since once until while".split())

# Cues whose infinitive complement ("promised to cut taxes") is what they say
INFINITIVE_CONTENT_CUES = frozenset("promise vow pledge threaten want plan urge expect".split())

# Adjectives of manner that, after a copula and before a colon, introduce what was said:
# "Eggertsdóttir was blunt: “No one in the government called me”"
COLON_MANNER_ADJS = frozenset(
    "blunt emphatic adamant unequivocal categorical frank candid defiant".split())

# cues whose object is the subject of what is urged: "urged Democrats to vote" (not "persuaded
# buyers to pay", where PolNeAR leaves the object out)
URGE_VERBS = frozenset({"urge", "encourage", "implore", "exhort", "beseech"})

# Verbs that tell someone to do something, whose object's infinitive is what was said even
# where the parser hangs it past a phrase of time or place ("urged residents on Tuesday to
# stay indoors", "asked airlines in a statement to scrap 40 percent of their flights")
DIRECTIVE_VERBS = URGE_VERBS | frozenset("ask tell warn advise instruct call order".split())

# Punctuation that sets a cue clause off inside its content ("X, she said, is Y")
SET_OFF_MARKS = frozenset({",", "—", "–", "--"})

# Dashes that end a dateline ("WASHINGTON -- President Obama said")
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
# A wire dateline with its dash: "NEW YORK (Reuters) - ", "BEIRUT, Lebanon (AP) — ",
# "BEIJING, March 17 (Reuters) - ", "WASHINGTON -- ", and a date with its wire alone,
# "March 9 (Reuters) - "
# upper-case letters of place names in datelines, accented ones too ("CHILLÁN")
_UPPER = "A-ZÀ-ÖØ-Þ"
# "LEGAZPI CITY, Albay, Philippines", "LONDON and GLASGOW"
DATELINE_PLACE = (rf"[{_UPPER}][{_UPPER} .'’-]{{1,30}}(?:\s+(?:and|&)\s+[{_UPPER}][{_UPPER} .'’-]{{1,30}})?"
                  rf"(?:,\s+[{_UPPER}][A-Za-zÀ-ÖØ-öø-ÿ .'’-]{{1,30}}){{0,2}}")
# "March 17", "Sept. 13, 2023", "18 September 2024", "2 June"
DATELINE_DATE = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
                 r"|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)")
DATELINE = re.compile(
    rf"(?:{DATELINE_PLACE}"
    rf"(?:,\s+{DATELINE_DATE})?"
    r"\s*(?:\([A-Za-z .&-]{2,30}\))?"
    rf"|{DATELINE_DATE}\s*\([A-Za-z .&-]{{2,30}}\))"  # "March 9 (Reuters)"
    r"\s*(?:--|[-–—])\s+")

# Pronouns that most often stand for the outer speaker himself ("Roe said she told aides that
# X"): such a nested cue is the outer speaker's own account, not a relay.
SELF_PRONOUNS = frozenset("i we he she they it you".split())

# "While she acknowledged X, ...": concessive subordinators of a cue clause
CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas"})


# A content that is itself a refusal to say: "stating its inability to confirm the summit",
# "“We have nothing to say on this”", "no comment", "we cannot confirm". Its attribution's
# stance is "declines" (attribution.refusals.refusal_stance), as for "declined to confirm".
REFUSAL_CONTENT_PATTERNS = (
    r"(?:its|his|her|their|our|my)\s+(?:inability|refusal|unwillingness|reluctance)\s+"
    r"to\s+(?:confirm|comment|say|discuss|disclose|elaborate|reveal|answer|speak)\b",
    r"(?:we|i)(?:\s+(?:have|had)|'ve)\s+(?:got\s+)?(?:nothing|no\s+comment)\s*"
    r"(?:(?:more|further|else)\s+)?(?:to\s+(?:say|add|share)\b|\W*$|on\b|about\b)",
    r"no\s+comment\W*$",
    r"(?:we|i)\s+(?:cannot|can't|can\s+not|could\s+not|couldn't|won't|will\s+not)\s+"
    r"(?:confirm|comment|say\s+anything|discuss)\b",
)
# a refusal is one short clause: a longer content, or one that goes on ("...; the plant is
# fine", "..., but three people died", "the refusal ... was unacceptable") says something
REFUSAL_MAX_WORDS = 12
REFUSAL_GOES_ON = r"[;:]|\bbut\b|\b(?:is|was|are|were|has|had|have|will|would|seems?|remains?)\b"

# Verbs of a source's request to stay unnamed: "declined to be named", "asked not to be
# identified", "spoke on condition that he not be quoted" (`passes.anonymity_request`).
ANONYMITY_VERBS = frozenset({"name", "identify", "quote", "cite"})

# What a speaker gives an outlet that the outlet relays: "in an interview with the BBC" (the
# cue verb's `via`, `verbs._via`).
INTERVIEW_NOUNS = frozenset({"interview", "conversation", "briefing", "podcast", "broadcast"})

# Where a content's "that" clauses meet: "that A, and that B", "that A but that B". The
# extraction makes each a claim (`passes.split_propositions`) and the matcher reads each of a
# longer content alone (`similarity.propositions`): one pattern, so the two agree.
THAT_CLAUSES = re.compile(r",?\s+(?:and|but)\s+(?=that\s)", re.IGNORECASE)

# Where a content's other clauses meet, for the matcher alone: a participle of saying after a
# comma ("..., adding that ...", "..., saying ..."), a semicolon, or a comma and "and" / "but"
# before a word in lower case ("welcomed the decision, and pledged to put it into law"), not
# a name that ends a list ("Paris, London, and Berlin") nor a qualifier of what went before
# (", but only if Congress approves", ", but not to trucks", ", but not before September").
# Another article often retells one of them alone (`similarity.text_propositions`);
# extraction keeps them in one claim.
CLAUSE_BREAKS = re.compile(
    r"[,;]\s+(?:adding|saying|noting|explaining|and said|and added)\s+(?:that\s+)?|;\s+"
    r"|,\s+(?:and|but)\s+(?!(?:not|only|before|also|then|rather|instead|even)\b)(?=[a-z])",
)
