"""Clustering cost at scale: 100,000 synthetic claims from ECB+ sentences, encoded and clustered."""

from __future__ import annotations

import argparse
import hashlib
import re
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import numpy as np

from corroborate.embed import load_embedder
from corroborate.index import candidate_pairs

REPO_ROOT = Path(__file__).resolve().parents[1]
# shared/ sits inside the checkout on some machines and beside it on others.
ECB_CANDIDATES = (
    REPO_ROOT / "shared" / "corpora" / "ecbplus" / "ECB+",
    REPO_ROOT.parent / "shared" / "corpora" / "ecbplus" / "ECB+",
)
TARGET_SECONDS = 120.0

# 30 x 20 = 600 possible speakers; --speakers picks how many are used.
FIRST_NAMES = (
    "Maria",
    "James",
    "Aisha",
    "Wei",
    "Carlos",
    "Olga",
    "Kwame",
    "Priya",
    "Hans",
    "Fatima",
    "John",
    "Yuki",
    "Ahmed",
    "Elena",
    "David",
    "Sofia",
    "Ivan",
    "Amara",
    "Luca",
    "Grace",
    "Mohammed",
    "Anna",
    "Kenji",
    "Laura",
    "Pedro",
    "Nadia",
    "Tom",
    "Ines",
    "Samuel",
    "Zara",
)
LAST_NAMES = (
    "Smith",
    "Garcia",
    "Chen",
    "Okafor",
    "Novak",
    "Rossi",
    "Kim",
    "Patel",
    "Muller",
    "Haddad",
    "Johnson",
    "Silva",
    "Tanaka",
    "Ivanova",
    "Brown",
    "Nguyen",
    "Kowalski",
    "Mensah",
    "Dubois",
    "Costa",
)
# Swaps a copy-editor or a second outlet might make; both directions are applied.
SYNONYMS = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "killed": "slain",
    "died": "passed away",
    "police": "authorities",
    "arrested": "detained",
    "people": "persons",
    "big": "large",
    "quake": "earthquake",
    "announced": "revealed",
    "film": "movie",
    "car": "vehicle",
    "began": "started",
    "after": "following",
    "before": "prior to",
    "about": "around",
    "attack": "assault",
    "hospital": "medical center",
    "officials": "authorities",
    "president": "leader",
    "company": "firm",
    "buy": "acquire",
    "bought": "acquired",
    "show": "program",
    "star": "celebrity",
    "shot": "gunned down",
    "fire": "blaze",
}
_SWAP = {**SYNONYMS, **{v: k for k, v in SYNONYMS.items() if " " not in v}}
_NUMBER = re.compile(r"^\d+$")


@dataclass(frozen=True)
class Corpus:
    """Synthetic claims: content, speaker, and the id of the claim event each was copied from."""

    contents: list[str]
    speakers: list[str]
    events: np.ndarray


def find_ecb(explicit: Path | None) -> Path:
    """Return the ECB+ XML folder: the one given, else the first of ECB_CANDIDATES present."""
    for path in (explicit,) if explicit else ECB_CANDIDATES:
        if path is not None and path.is_dir():
            return path
    raise SystemExit(f"ECB+ not found; pass --ecb (looked in {ECB_CANDIDATES})")


def load_sentences(ecb: Path) -> list[list[str]]:
    """Return the tokenised ECB+ sentences of 6-60 tokens, deduplicated, in file order."""
    seen: set[tuple[str, ...]] = set()
    out: list[list[str]] = []
    for path in sorted(ecb.glob("*/*.xml")):
        sentences: dict[int, list[str]] = {}
        for token in ElementTree.parse(path).getroot().iter("token"):
            sentences.setdefault(int(token.get("sentence", "0")), []).append(
                (token.text or "").strip()
            )
        for number in sorted(sentences):
            # Sentence 0 of an ECB+ document is its source URL, not prose.
            if number == 0 and path.stem.endswith("ecbplus"):
                continue
            words = [w for w in sentences[number] if w]
            if 6 <= len(words) <= 60 and tuple(words) not in seen:
                seen.add(tuple(words))
                out.append(words)
    return out


def detokenise(words: Sequence[str]) -> str:
    """Join tokens into text, attaching punctuation as a writer would."""
    text = " ".join(words)
    text = re.sub(r" ([.,;:!?%)\]'])", r"\1", text)
    return re.sub(r"([(\[$]) ", r"\1", text).replace(" n't", "n't").replace(" 's", "'s")


def perturb(words: list[str], rng: np.random.Generator) -> list[str]:
    """Reword a sentence lightly: swap synonyms, change numbers, drop a word or two."""
    out: list[str] = []
    for word in words:
        lower = word.lower()
        if lower in _SWAP and rng.random() < 0.5:
            out.extend(_SWAP[lower].split())
        elif _NUMBER.match(word) and rng.random() < 0.3:
            out.append(str(max(0, int(word) + int(rng.integers(-3, 4)))))
        else:
            out.append(word)
    for _ in range(int(rng.integers(0, 3))):
        if len(out) > 6:
            del out[int(rng.integers(1, len(out)))]
    return out


def make_corpus(sentences: list[list[str]], n: int, n_speakers: int, seed: int) -> Corpus:
    """Draw ``n`` claims: events (sentence, speaker) repeated across 'articles', lightly reworded.

    Each event is reported 1-8 times (mean about 4), as a story is across outlets; speakers follow a
    Zipf-like law so that a few speakers hold most claims and their blocks are large.
    """
    rng = np.random.default_rng(seed)
    names = [f"{first} {last}" for last in LAST_NAMES for first in FIRST_NAMES][:n_speakers]
    weights = 1.0 / np.arange(1, len(names) + 1)
    weights /= weights.sum()
    contents: list[str] = []
    speakers: list[str] = []
    events: list[int] = []
    event = 0
    while len(contents) < n:
        base = sentences[int(rng.integers(len(sentences)))]
        speaker = names[int(rng.choice(len(names), p=weights))]
        copies = min(int(rng.geometric(0.25)), 8, n - len(contents))
        for copy in range(copies):
            words = base if copy == 0 else perturb(base, rng)
            contents.append(detokenise(words))
            speakers.append(speaker)
            events.append(event)
        event += 1
    return Corpus(contents, speakers, np.asarray(events, dtype=np.int64))


def union_find_clusters(n: int, pairs: Sequence[tuple[int, int, float]]) -> np.ndarray:
    """Single-link clustering: connected components of the candidate pairs.

    Args:
        n: Number of items.
        pairs: ``(i, j, similarity)`` edges, already thresholded.

    Returns:
        A label per item: the smallest item index in its cluster (deterministic).
    """
    parent = np.arange(n, dtype=np.int64)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = int(parent[root])
        while parent[x] != root:  # path compression keeps later finds short
            parent[x], x = root, int(parent[x])
        return root

    for i, j, _ in pairs:
        ri, rj = find(i), find(j)
        if ri != rj:
            # Attach the larger root under the smaller, so a root is its cluster's smallest index.
            parent[max(ri, rj)] = min(ri, rj)
    return np.asarray([find(i) for i in range(n)], dtype=np.int64)


def bcubed(labels: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """Return B-cubed precision and recall of predicted cluster labels against true ones."""
    pair_ids = labels * (int(truth.max()) + 1) + truth
    _, pair_inverse, pair_counts = np.unique(pair_ids, return_inverse=True, return_counts=True)
    _, label_inverse, label_counts = np.unique(labels, return_inverse=True, return_counts=True)
    _, truth_inverse, truth_counts = np.unique(truth, return_inverse=True, return_counts=True)
    overlap = pair_counts[pair_inverse]
    precision = float(np.mean(overlap / label_counts[label_inverse]))
    recall = float(np.mean(overlap / truth_counts[truth_inverse]))
    return precision, recall


def peak_rss_mb() -> float:
    """Return this process's peak resident set size in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def clusters_digest(clusters: Sequence[Any]) -> str:
    """sha256 of the clusters' JSON, one per line: equal digests, equal clusters."""
    joined = "\n".join(k.model_dump_json() for k in clusters)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def run_matcher(corpus: Corpus, encode) -> int:  # type: ignore[no-untyped-def]
    """Run corroborate.match.cluster_claims alone and print its time, memory and digest."""
    from corroborate.match import cluster_claims
    from corroborate.schema import Claim, SpanText

    claims = [
        Claim(id=f"c-{i:07d}", doc_id=f"d{i % 5000:05d}",
              source=SpanText(text=sp, spans=[(0, len(sp))]),
              cue=SpanText(text="said", spans=[(0, 4)]),
              content=SpanText(text=text, spans=[(10, 10 + len(text))]),
              speaker=sp, speaker_kind="person", quote_type="indirect", confidence=0.8)
        for i, (text, sp) in enumerate(zip(corpus.contents, corpus.speakers, strict=False))
    ]
    rss_before = peak_rss_mb()
    t0 = time.perf_counter()
    clusters, _ = cluster_claims(claims, encode=encode)
    seconds = time.perf_counter() - t0
    print(f"matcher: {len(claims)} claims {seconds:.1f} s {len(clusters)} clusters "
          f"rss_before {rss_before:.0f} MB peak {peak_rss_mb():.0f} MB "
          f"digest {clusters_digest(clusters)}")
    return 0


def matcher_curve(args: argparse.Namespace) -> int:
    """Time and peak RSS of the matcher at each size, each in a child; extrapolated sizes."""

    sizes = [int(x) for x in args.curve.split(",")]
    measured: list[tuple[int, float, float]] = []
    print(f"{'claims':>10} {'matcher s':>10} {'peak RSS MB':>12}  (speakers {args.speakers}, "
          f"seed {args.seed}; corpus build and embedder load not counted in the time)")
    for n in sizes:
        found = _matcher_child(args, n)
        measured.append((n, float(found.group(2)), float(found.group(3))))
        print(f"{n:>10,} {measured[-1][1]:>10.1f} {measured[-1][2]:>12,.0f}  (clusters digest "
              f"{found.group(4)})", flush=True)
    if len(measured) >= 2 and args.extrapolate:
        (n1, t1, m1), (n2, t2, m2) = measured[-2], measured[-1]
        exponent = float(np.log(t2 / t1) / np.log(n2 / n1))
        per_claim = (m2 - m1) / (n2 - n1)
        for n in (int(x) for x in args.extrapolate.split(",")):
            print(f"{n:>10,} {t2 * (n / n2) ** exponent:>10.0f} {m2 + per_claim * (n - n2):>12,.0f}"
                  f"  EXTRAPOLATED, not measured: time ~ n^{exponent:.2f} and RSS linear "
                  f"({per_claim * 1e3:.1f} MB per 1,000 claims) from {n1:,} and {n2:,}")
    return 0


def _matcher_child(args: argparse.Namespace, n: int) -> re.Match[str]:
    """Run `--matcher-only` at n claims in a child process; its matcher line, parsed."""
    import subprocess

    cmd = [sys.executable, __file__, "--n", str(n), "--matcher-only",
           "--speakers", str(args.speakers), "--seed", str(args.seed)]
    if args.ecb:
        cmd += ["--ecb", str(args.ecb)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    found = re.search(r"matcher: (\d+) claims ([\d.]+) s .* peak (\d+) MB digest (\w+)", out)
    if found is None:
        raise SystemExit(f"no matcher line in:\n{out}")
    return found


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, then time encode, candidate pairs and clustering; print each stage."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--n", type=int, default=100_000, help="number of claims (default %(default)s)"
    )
    parser.add_argument("--speakers", type=int, default=300, help="distinct speakers (max 600)")
    parser.add_argument("--k", type=int, default=20, help="neighbours per claim")
    parser.add_argument("--threshold", type=float, default=0.8, help="cosine threshold for a pair")
    parser.add_argument("--no-blocks", action="store_true", help="pair across speakers too")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ecb", type=Path, default=None, help="ECB+ XML folder")
    parser.add_argument(
        "--matcher", action="store_true",
        help="also run the product's corroborate.match.cluster_claims end to end "
        "(speaker, upstream and global candidates, contrast checks, cluster records)",
    )
    parser.add_argument(
        "--matcher-only", action="store_true",
        help="build the claims and run only corroborate.match.cluster_claims (for --curve)",
    )
    parser.add_argument(
        "--curve", default=None, metavar="N,N,...",
        help="the matcher's cost curve: run --matcher-only at each size in a child process "
        "and print its time and peak RSS (e.g. 100000,300000)",
    )
    parser.add_argument(
        "--extrapolate", default="1000000", metavar="N,N,...",
        help="with --curve: sizes to extrapolate to from the two largest measured",
    )
    args = parser.parse_args(argv)
    if args.curve:
        return matcher_curve(args)

    stages: list[tuple[str, float]] = []
    t0 = time.perf_counter()
    sentences = load_sentences(find_ecb(args.ecb))
    corpus = make_corpus(sentences, args.n, args.speakers, args.seed)
    t_data = time.perf_counter() - t0

    t0 = time.perf_counter()
    embedder = load_embedder()
    stages.append(("load embedder", time.perf_counter() - t0))
    if args.matcher_only:
        return run_matcher(corpus, embedder.encode)
    t0 = time.perf_counter()
    vectors = embedder.encode(corpus.contents)
    stages.append(("encode", time.perf_counter() - t0))
    t0 = time.perf_counter()
    blocks = None if args.no_blocks else corpus.speakers
    pairs = candidate_pairs(vectors, k=args.k, min_similarity=args.threshold, blocks=blocks)
    stages.append(("candidate pairs", time.perf_counter() - t0))
    t0 = time.perf_counter()
    # The clustering stage: swap in corroborate.match's clustering here when it lands.
    labels = union_find_clusters(len(corpus.contents), pairs)
    stages.append(("cluster", time.perf_counter() - t0))

    if args.matcher:
        from corroborate.match import cluster_claims
        from corroborate.schema import Claim, SpanText

        claims = [
            Claim(id=f"c-{i:07d}", doc_id=f"d{i % 5000:05d}",
                  source=SpanText(text=sp, spans=[(0, len(sp))]),
                  cue=SpanText(text="said", spans=[(0, 4)]),
                  content=SpanText(text=text, spans=[(10, 10 + len(text))]),
                  speaker=sp, speaker_kind="person", quote_type="indirect", confidence=0.8)
            for i, (text, sp) in enumerate(zip(corpus.contents, corpus.speakers, strict=False))
        ]
        t0 = time.perf_counter()
        clusters, _ = cluster_claims(claims, encode=embedder.encode)
        t_match = time.perf_counter() - t0
        print(f"corroborate.match.cluster_claims on {len(claims):,} claims: {t_match:.1f}s "
              f"(encode included), {len(clusters):,} clusters, "
              f"{sum(len(k.claim_ids) > 1 for k in clusters):,} with 2+ claims")

    n = len(corpus.contents)
    block_sizes = np.unique(np.asarray(corpus.speakers), return_counts=True)[1]
    precision, recall = bcubed(labels, corpus.events)
    total = sum(seconds for _, seconds in stages)
    print(
        f"claims: {n:,} from {len(sentences):,} ECB+ sentences, "
        f"{int(corpus.events.max()) + 1:,} events, {len(block_sizes)} speakers "
        f"(largest block {int(block_sizes.max()):,}); built in {t_data:.1f}s"
    )
    print(
        f"settings: k={args.k}, threshold={args.threshold}, "
        f"blocks={'none' if blocks is None else 'speaker'}, "
        f"embedder dim={embedder.dim}"
    )
    for name, seconds in stages:
        print(f"  {name:<16}{seconds:>8.2f} s")
    print(
        f"  {'total':<16}{total:>8.2f} s   "
        f"({total / TARGET_SECONDS:.0%} of the {TARGET_SECONDS:.0f} s target: "
        f"{'within' if total <= TARGET_SECONDS else 'OVER'})"
    )
    # A digest of the exact pair list, to compare runs: it must not change from one run to the next.
    digest = hashlib.sha256(repr(pairs).encode()).hexdigest()[:16]
    print(
        f"pairs: {len(pairs):,} ({len(pairs) / n:.2f} per claim, digest {digest}); "
        f"clusters: {len(np.unique(labels)):,}"
    )
    print(f"B-cubed vs generating events: precision {precision:.3f}, recall {recall:.3f}")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
