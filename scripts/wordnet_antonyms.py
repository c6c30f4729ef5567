"""Build ``models/antonyms/antonyms.tsv``: word pairs of opposite meaning, from WordNet 3.0.

The contrast rules (``corroborate.contrast``) read this table to see that "the Commission
declared the election valid" and "... invalid", or "stocks rose" and "stocks plunged", state
opposite things although neither says "not". One command rebuilds it from Debian's copy of
WordNet (``apt-get install wordnet-base``: ``/usr/share/wordnet``)::

    python scripts/wordnet_antonyms.py                    # writes models/antonyms/
    python scripts/wordnet_antonyms.py --wordnet DIR --out DIR

What goes in, per part of speech (a line is ``word<TAB>word<TAB>how``, both words lemmas,
lower case, sorted, each pair once):

- ``direct``: WordNet's antonym pointers ("!") between two words, in any sense (valid /
  invalid, rise / fall, accept / reject, praise / criticize, more / less).
- ``synset``: the other words of the two synsets an antonym pointer joins (WordNet puts the
  pointer on one word of each: "difficult" / "easy", so "hard", which shares the synset
  "difficult, hard", opposes "easy" too).
- ``similar``: an adjective satellite and the antonym of its head ("similar to" pointers: the
  head "good" has the antonym "bad", so its satellite "superb" opposes "bad"; WordNet's own
  "indirect antonyms").
- ``kind-of``: a verb and the antonym of the verb it is a kind of (one hypernym step: "plunge"
  is a kind of "fall", which opposes "rise").

Multi-word lemmas ("give_up") are left out: the rule compares single aligned words. A pair
whose two words share a synset in some sense (both "right" and "correct" mean one thing) is
dropped, since a swap between them can be a paraphrase.

It also writes ``forms.tsv``: irregular inflections from WordNet's exception lists ("rose" ->
"rise", "fewer" -> "few"), which the rules' suffix stripping cannot derive; ``synsets.tsv``:
for every lemma (multi-word ones with spaces: "pass away") the synsets it shares with another
lemma, renumbered, so two words are synonyms in some sense when their lists meet ("bail" /
"bond", "die" / "pass away"); and ``LICENSE``, WordNet's licence, which must travel with
every copy.
"""

from __future__ import annotations

import argparse
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parents[1] / "models" / "antonyms"
POS_FILES = {"adj": "a", "adv": "r", "noun": "n", "verb": "v"}
LICENSE_SOURCE = Path("/usr/share/doc/wordnet-base/copyright")
# Light verbs and deictic words: bleached of content, they pair with half the lexicon through
# some sense ("come" is a kind of "go"'s opposite, "be" of "change"'s), and a rewording swaps
# them freely ("when I came here" / "when I started"). Never in the table.
LIGHT = frozenset(
    ["be", "have", "do", "go", "come", "get", "make", "take", "give", "put", "set", "start",
     "change", "become", "let", "keep", "hold", "turn", "run", "here", "there"]
)


def _read_synsets(path: Path, pos: str) -> dict[str, dict]:
    """Every synset of one data file: words, antonym, similar-to and hypernym pointers."""
    synsets: dict[str, dict] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        offset, ss_type = fields[0], fields[2]
        w_cnt = int(fields[3], 16)
        words = [fields[4 + 2 * k].lower() for k in range(w_cnt)]
        k = 4 + 2 * w_cnt
        p_cnt = int(fields[k])
        pointers = []
        for p in range(p_cnt):
            symbol, target, target_pos, source_target = fields[k + 1 + 4 * p : k + 5 + 4 * p]
            pointers.append((symbol, target, target_pos, source_target))
        # strip the adjective markers "(a)", "(p)", "(ip)"
        words = [w.split("(")[0] for w in words]
        synsets[offset] = {"pos": pos, "type": ss_type, "words": words, "pointers": pointers}
    return synsets


_ORDER = {"direct": 0, "synset": 1, "similar": 2, "kind-of": 3}
Synsets = dict[str, dict[str, Any]]
Pairs = dict[tuple[str, str, str], str]


def _add(pairs: Pairs, pos: str, x: str, y: str, how: str) -> None:
    """Record x/y as opposites of `pos`, keeping the strongest evidence (`_ORDER`)."""
    if "_" in x or "_" in y or x == y or not x.isalpha() or not y.isalpha():
        return
    if x in LIGHT or y in LIGHT:
        return
    key = (pos, *sorted((x, y)))
    if key not in pairs or _ORDER[how] < _ORDER[pairs[key]]:
        pairs[key] = how


def _direct_pairs(synsets: Synsets, pos: str, pairs: Pairs) -> dict[str, set[str]]:
    """Antonym pointers ("!") and the other words of the two synsets; returns synset -> antonym synsets."""
    antonyms_of: dict[str, set[str]] = defaultdict(set)
    for offset, ss in synsets.items():
        for symbol, target, target_pos, st in ss["pointers"]:
            if symbol != "!" or target_pos not in (pos, "s" if pos == "a" else pos):
                continue
            source, dest = int(st[:2], 16), int(st[2:], 16)
            if target not in synsets:
                continue
            _add(pairs, pos, ss["words"][source - 1], synsets[target]["words"][dest - 1], "direct")
            for x in ss["words"]:
                for y in synsets[target]["words"]:
                    _add(pairs, pos, x, y, "synset")
            antonyms_of[offset].add(target)
    return antonyms_of


def _satellite_pairs(synsets: Synsets, antonyms_of: dict[str, set[str]], pairs: Pairs) -> None:
    """Adjective satellites ("&" from a head, or from the satellite to its head) oppose the
    head's antonyms."""
    cluster: dict[str, set[str]] = defaultdict(set)  # head -> satellites
    for offset, ss in synsets.items():
        for symbol, target, _tp, _st in ss["pointers"]:
            if symbol == "&":
                head, sat = (offset, target) if ss["type"] == "a" else (target, offset)
                cluster[head].add(sat)
    for head, opposites in antonyms_of.items():
        for opposite in opposites:
            for sat in cluster.get(head, ()):
                for x in synsets[sat]["words"]:
                    for y in synsets[opposite]["words"]:
                        _add(pairs, "a", x, y, "similar")


def _kind_of_pairs(synsets: Synsets, antonyms_of: dict[str, set[str]], pairs: Pairs) -> None:
    """A verb opposes the antonyms of its hypernym ("@"): "plunge" is a kind of "fall"."""
    for ss in synsets.values():
        for symbol, target, _tp, _st in ss["pointers"]:
            if symbol != "@":
                continue
            for opposite in antonyms_of.get(target, ()):
                for x in ss["words"]:
                    for y in synsets[opposite]["words"]:
                        _add(pairs, "v", x, y, "kind-of")


def _forms(wordnet: Path, known: set[str], senses: dict[str, set[str]]) -> dict[str, str]:
    """Irregular inflections of the words we know, from WordNet's exception lists."""
    forms: dict[str, str] = {}
    for name in POS_FILES:
        for line in (wordnet / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[0].isalpha() and (parts[1] in known or parts[1] in senses):
                forms.setdefault(parts[0], parts[1])
    return forms


def _shared_synsets(senses: dict[str, set[str]]) -> dict[str, list[int]]:
    """Each lemma's synsets that another lemma shares, renumbered in order."""
    counts: dict[str, int] = defaultdict(int)
    for ids in senses.values():
        for sid in ids:
            counts[sid] += 1
    shared = {sid: n for n, sid in enumerate(sorted(k for k, c in counts.items() if c > 1))}
    return {
        lemma: sorted(shared[sid] for sid in ids if sid in shared)
        for lemma, ids in senses.items()
        if any(sid in shared for sid in ids)
    }


def build(
    wordnet: Path,
) -> tuple[list[tuple[str, str, str, str]], dict[str, str], dict[str, list[int]]]:
    """The antonym rows, the irregular forms and the shared synsets of a WordNet dict folder."""
    pairs: Pairs = {}
    synonyms: set[tuple[str, str]] = set()
    senses: dict[str, set[str]] = defaultdict(set)  # lemma -> "pos:offset" of its synsets
    for name, pos in POS_FILES.items():
        synsets = _read_synsets(wordnet / f"data.{name}", pos)
        for ss_offset, ss in synsets.items():
            for w in ss["words"]:
                senses[w.replace("_", " ")].add(f"{pos}{ss_offset}")
            synonyms.update((x, y) for x in ss["words"] for y in ss["words"])
        antonyms_of = _direct_pairs(synsets, pos, pairs)
        if pos == "a":
            _satellite_pairs(synsets, antonyms_of, pairs)
        if pos == "v":
            _kind_of_pairs(synsets, antonyms_of, pairs)
    rows = sorted((pos, x, y, how) for (pos, x, y), how in pairs.items() if (x, y) not in synonyms)
    in_table = {w for _pos, x, y, _how in rows for w in (x, y)}
    return rows, _forms(wordnet, in_table, senses), _shared_synsets(senses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows, forms, synsets = build(args.wordnet)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "antonyms.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# pos\tword\tword\thow (WordNet 3.0; scripts/wordnet_antonyms.py)\n")
        f.writelines("\t".join(row) + "\n" for row in rows)
    with open(args.out / "forms.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# form\tlemma (WordNet 3.0 exception lists)\n")
        f.writelines(f"{form}\t{forms[form]}\n" for form in sorted(forms))
    with open(args.out / "synsets.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# lemma\tsynsets it shares with another lemma (WordNet 3.0, renumbered)\n")
        f.writelines(
            f"{lemma}\t{' '.join(map(str, ids))}\n" for lemma, ids in sorted(synsets.items())
        )
    if LICENSE_SOURCE.exists():
        shutil.copyfile(LICENSE_SOURCE, args.out / "LICENSE")
    counts: dict[str, int] = defaultdict(int)
    for _pos, _x, _y, how in rows:
        counts[how] += 1
    print(f"{len(rows)} pairs ({dict(sorted(counts.items()))}), {len(forms)} forms, "
          f"{len(synsets)} lemmas with synonyms -> {args.out}")


if __name__ == "__main__":
    main()
