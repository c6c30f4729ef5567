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
