"""Speaker canonicalisation across articles, claim similarity, contrast and clustering.

Works on `Claim`s only, never on spaCy Docs. A pair of claims is the same claim when

1. their speakers are compatible: one canonical person across spelling variants (Shoigu /
   Shoygu, Kim Jong Un / Kim Jong-un), an office and its spokesperson ("the White House" and
   "White House spokesman John Kirby"), or one upstream report (`via`);
2. their contents are similar: the best cosine of the offline sentence embeddings of the
   contents and of their quoted parts, or a high word overlap;
3. nothing contrasts them: no difference in polarity, numbers, dates, modality or entities
   (`corroborate.contrast`), and no opposite stance (a denial never merges with an
   assertion). Contrasted near-matches are linked as `related` with the difference named.

Clustering is agglomerative over the accepted pairs, best pair first, and refuses a merge
that would put a contrasted pair in one cluster, so chains cannot smuggle a distortion in.

Modules: `config` (the thresholds), `canon` (speakers), `similarity` (the static evidence),
`pairs` (the decision for one pair), `clustering` (`cluster_claims`, step by step),
`linkage` (agglomeration under cannot-links), `building` (a `ClaimCluster` from a group).
"""

from __future__ import annotations

from corroborate.match.canon import canonical_speakers, name_key, speakers_compatible
from corroborate.match.clustering import cluster_claims
from corroborate.match.config import DEFAULT_CONFIG, Encoder, Judge, MatchConfig
from corroborate.match.pairs import HARD_DIFFERENCES, PairJudgement, judge_pair
from corroborate.match.similarity import anchors, containment, content_words, quoted_parts

__all__ = [
    "DEFAULT_CONFIG", "HARD_DIFFERENCES", "Encoder", "Judge", "MatchConfig", "PairJudgement",
    "anchors", "canonical_speakers", "cluster_claims", "containment", "content_words", "judge_pair",
    "name_key", "quoted_parts", "speakers_compatible",
]
