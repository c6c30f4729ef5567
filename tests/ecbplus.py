"""A mixed folder of articles (.txt, .html, .jsonl) rebuilt from ECB+ for tests of outlets.

ECB+ (Cybulska & Vossen 2014; annotations CC BY 3.0, the news texts not copyrighted) is read
from ../shared/corpora/ecbplus at test time; no text of it is kept in this repository. Its
`ecbplus` documents keep the source URL as sentence 0; its `ecb` documents have none.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ecbplus" / "ECB+"

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}’”]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{‘“$]) ")


def _detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return text.replace(" - ", "-").replace(' " ', ' "')


def ecb_document(path: Path) -> tuple[str | None, str, list[str]]:
    """(URL or None, headline, paragraphs) of one ECB/ECB+ XML file."""
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    numbers = sorted(sentences)
    url = None
    if path.name.endswith("ecbplus.xml"):
        url = "".join(sentences[numbers[0]])
        numbers = numbers[1:]
    headline = _detokenize(sentences[numbers[0]])
    return url, headline, [_detokenize(sentences[n]) for n in numbers[1:]]


def build_mixed_folder(folder: Path, topic: int = 1) -> dict[str, str | None]:
    """Write seven articles of one ECB+ topic in three formats; return path -> URL (or None).

    Two .txt files open with their URL on a line of its own, two .html pages state it in
    their metadata (og:url, a canonical link), two records of one .jsonl feed carry it in a
    "url" field, and one .txt file from the original ECB has no URL at all.
    """
    plus = sorted((ECBPLUS / str(topic)).glob("*ecbplus.xml"))[:6]
    plain = sorted((ECBPLUS / str(topic)).glob("*ecb.xml"))[:1]
    folder.mkdir(parents=True, exist_ok=True)
    urls: dict[str, str | None] = {}
    records: list[str] = []
    for n, source in enumerate(plus):
        url, headline, paragraphs = ecb_document(source)
        assert url is not None
        stem = source.stem
        if n < 2:
            name = f"{stem}.txt"
            text = f"{url}\n\n{headline}\n\n" + "\n\n".join(paragraphs) + "\n"
            (folder / name).write_text(text, encoding="utf-8")
            urls[name] = url
        elif n < 4:
            name = f"{stem}.html"
            link = (f'<meta property="og:url" content="{html.escape(url)}">' if n == 2
                    else f'<link rel="canonical" href="{html.escape(url)}">')
            body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
            page = (f"<!doctype html><html><head><title>{html.escape(headline)}</title>{link}"
                    f"</head><body><article><h1>{html.escape(headline)}</h1>\n{body}"
                    "</article></body></html>\n")
            (folder / name).write_text(page, encoding="utf-8")
            urls[name] = url
        else:
            records.append(json.dumps({"url": url, "title": headline,
                                       "text": "\n\n".join(paragraphs)}))
            urls[f"feed.jsonl#{len(records)}"] = url
    (folder / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    for source in plain:
        _url, headline, paragraphs = ecb_document(source)
        name = f"{source.stem}.txt"
        (folder / name).write_text(f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n",
                                   encoding="utf-8")
        urls[name] = None
    return urls
