"""Invented news articles on one story, for tests that need a folder of many real-looking texts."""

from __future__ import annotations

import random
from pathlib import Path

SPEAKERS = [
    ("Fire Chief Maria Lopez", "Lopez", "she"),
    ("Police spokesman Tom Reed", "Reed", "he"),
    ("Mayor Anna Berg", "Berg", "she"),
    ("Harbour Authority director Samuel Osei", "Osei", "he"),
    ("Councillor Priya Nair", "Nair", "she"),
]
STATEMENTS = [
    "the fire started in a storage room on the third floor of the warehouse",
    "two workers were taken to hospital with minor injuries",
    "the harbour would reopen to cargo ships on Monday morning",
    "investigators had found no sign that the blaze was set on purpose",
    "the city would pay for temporary housing for the families who lost their homes",
    "about 40 firefighters fought the flames for more than six hours",
    "the company had failed two safety inspections last year",
    "residents should keep their windows closed until the smoke cleared",
]
QUOTES = [
    "We are lucky that nobody was killed",
    "This warehouse should have been closed months ago",
    "Our crews did everything they could in very difficult conditions",
    "We will find out exactly what went wrong here",
]
OUTLETS = ["The Harbour Herald", "City Daily", "Coast News", "The Morning Post"]


def story_article(n: int, seed: int = 0) -> str:
    """The text of invented article `n`: a headline, a dateline and five to eight paragraphs."""
    rng = random.Random(seed * 1_000_003 + n)
    outlet = OUTLETS[n % len(OUTLETS)]
    lines = [f"Warehouse fire closes the harbour, report {n}", "",
             (f"PORT ELLEN, May {1 + n % 28} ({outlet}) - A fire tore through a warehouse on "
              "the harbour front on Saturday night.")]
    for _ in range(rng.randint(5, 8)):
        full, short, pronoun = rng.choice(SPEAKERS)
        form = rng.randrange(4)
        if form == 0:
            lines.append(f"{full} said {rng.choice(STATEMENTS)}.")
        elif form == 1:
            lines.append(f"“{rng.choice(QUOTES)},” {short} told reporters.")
        elif form == 2:
            lines.append(f"According to {full}, {rng.choice(STATEMENTS)}.")
        else:
            lines.append(f"{full} said on Sunday that {rng.choice(STATEMENTS)}. "
                         f"{pronoun.capitalize()} added that {rng.choice(STATEMENTS)}.")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_story_folder(folder: Path, count: int, *, seed: int = 0, start: int = 0) -> list[Path]:
    """Write articles start .. start+count-1 as `story_NNN.txt` files; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"story_{n:03d}.txt"
        path.write_text(story_article(n, seed), encoding="utf-8")
        paths.append(path)
    return paths
