"""Word lists of the matcher (`corroborate.match`): function words and time words."""

from __future__ import annotations

from typing import Final

# Function words left out of a content's words when the word overlap of two contents is measured.
CONTENT_STOPWORDS: Final = frozenset(
    ["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that",
     "this", "these", "those", "is", "are", "was", "were", "be", "been", "being", "it", "its", "as",
     "which", "who", "will", "would", "has", "have", "had", "not", "no", "their", "his", "her",
     "they", "he", "she", "we", "our", "us", "there", "said", "says"]
)  # fmt: skip
# Days, months and times of day: words a retelling may add as detail ("died on Thursday"),
# which the contrast rules have already compared. Not "may": it is a modal.
TIME_WORDS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec yesterday today tomorrow tonight morning afternoon evening night overnight "
    "week month year weekend earlier later last next this ago am pm a.m p.m local time on at "
    "in the".split()
)
# Reporting verbs whose claim is a call to act, not a statement of fact: "urged the DPRK to
# cease", "called on Russia to", "demanded the release of". Matched on the cue's words.
DIRECTIVE_CUE_PATTERN: Final = (
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|demand(?:s|ed|ing)?(?!\s+to\s+know)|"
    r"implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+(?:to|for)|"
    r"plead(?:s|ed|ing)?|pled)\b"
)
# A content that is itself the speaker's call to act, in the first person: "“We urge the
# DPRK to cease its arms negotiations ...”", "I call on Congress to act".
DIRECTIVE_CONTENT_PATTERN: Final = (
    r"^\W*(?:we|i)\s+(?:(?:strongly|again|also|therefore|continue\s+to|are|am)\s+)?"
    r"(?:urg(?:e|ing)|call(?:ing)?\s+(?:on|upon|for)|demand(?:ing)?|implor(?:e|ing)|"
    r"appeal(?:ing)?\s+to|ask(?:ing)?\s+\w+(?:\s+\w+)?\s+to)\b"
)
# Words that make a content a call to act in the speaker's own terms ("Trump should apologize",
# "Congress must act"): such a content may retell a directive cue's claim ("called on Trump to
# apologize"), so it never differs from one by its speech act.
DEONTIC_PATTERN: Final = (
    r"\b(?:should|must|ought\s+to|need(?:s|ed)?\s+to|ha(?:s|ve|d)\s+to|time\s+for)\b")
# Words that stand in for a claim without stating one: a content of these alone ("it" in
# "Gray allegedly pointed it", "One" in "One was charged") is no claim two articles can share.
PLACEHOLDER_WORDS: Final = frozenset(
    "it its this that these those them him her he she they we you i me us one two three some "
    "all both each any none something nothing everything so".split()
)
# Words that make a government speaker one body of the state ("Economy Ministry", "the
# Sarvenian foreign ministry", "Russia's embassy"), not the state or its government as a whole
# ("United States", "the government", "the White House"), which speaks through many people
# and says many different things in one story (`MatchConfig.same_voice_similarity`).
STATE_BODY_WORDS: Final = frozenset(
    """ministry department embassy commission council agency bureau service authority
    institute board office police army navy military pentagon parliament senate congress
    court prosecutor regulator""".split()
)
