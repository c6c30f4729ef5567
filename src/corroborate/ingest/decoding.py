"""Bytes to text: byte-order marks, UTF-8, declared HTML charsets, and detected encodings."""

from __future__ import annotations

import codecs
import re
import unicodedata
from contextlib import suppress
from dataclasses import dataclass

from corroborate.lexicon.ingest import FILE_SIGNATURES

# The encodings under which Article.text is exactly the file read as UTF-8 with no newline
# translation, so a report need not carry the text for its offsets to be usable.
_UTF8_BOM = "utf-8 (with BOM, kept as U+FEFF at offset 0)"
UTF8_ENCODINGS = frozenset({"utf-8", _UTF8_BOM})

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32 (BOM)"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16 (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16 (BOM)"),
)

# The charset a page declares in a <meta> tag, in its first 4 kB.
_HTML_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Undecodable:
    """Why bytes could not be decoded, and whether that makes the file binary, not text."""

    why: str
    binary: bool = False


def magic_kind(data: bytes) -> str | None:
    """The binary format whose file signature the bytes start with, in words, if any."""
    for signature, offset, kind in FILE_SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            return kind
    return None


def decode(
    data: bytes, *, html: bool = False, guess: bool = True
) -> tuple[str, str] | Undecodable:
    """Decode bytes and say in words how the encoding was decided.

    Args:
        data: The file's bytes.
        html: Whether to look for a charset the HTML declares.
        guess: Whether to let charset-normalizer pick any legacy encoding. When false (a file
            whose name does not say it is text), only UTF-8, UTF-16/32 and cp1252 are tried,
            since nearly any bytes decode in some Asian double-byte code page.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            # The BOM stays in the text as U+FEFF at offset 0. The contract says offsets index
            # the file decoded as UTF-8 with no newline translation; `open(path,
            # encoding="utf-8", newline="")` keeps the BOM, so keeping it here means any reader
            # that follows the contract gets the same offsets. The body starts after it.
            return data.decode("utf-8"), _UTF8_BOM
        except UnicodeDecodeError as exc:
            return Undecodable(f"it starts with a UTF-8 BOM but is not valid UTF-8 ({exc.reason})")
    for bom, codec, words in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), words
            except UnicodeDecodeError as exc:
                return Undecodable(
                    f"it starts with a {words[:6]} BOM but does not decode ({exc.reason})"
                )
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        return Undecodable("contains NUL bytes", binary=True)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if html:
        declared = _HTML_CHARSET.search(data[:4096])
        if declared is not None:
            name = declared.group(1).decode("ascii", "replace").lower()
            try:
                return data.decode(name), f"{_codec_words(name)} (declared in the HTML)"
            except (LookupError, UnicodeDecodeError):
                pass
    return _detect(data, guess=guess)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    # Mostly-ASCII UTF-16 puts a NUL in every other byte; which half holds them gives the
    # byte order. Anything less regular is treated as binary.
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    pairs = len(sample) // 2
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    for share_nul, share_other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if share_nul >= 0.9 and share_other <= 0.05 and len(data) % 2 == 0:
            try:
                return data.decode(codec), f"{codec} (detected, no BOM)"
            except UnicodeDecodeError:
                return None
    return None


def _detect(data: bytes, *, guess: bool = True) -> tuple[str, str] | Undecodable:
    from charset_normalizer import from_bytes

    matches = [
        match
        for match in from_bytes(data)
        # Without a BOM or NUL pattern a UTF-16/32 guess on NUL-free bytes is almost always
        # wrong (random bytes "decode" as UTF-16 CJK).
        if not match.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        return Undecodable("not UTF-8, and its encoding could not be detected")
    floor = min(match.chaos for match in matches)
    # charset-normalizer ranks code pages that decode the bytes identically by its own
    # tie-breaks, often naming cp1250 or a DOS page for Western text with curly quotes.
    # English-language news in a legacy encoding is overwhelmingly Windows-1252 (browsers
    # default to it for the same reason), so it wins whenever it is among the cleanest.
    for match in matches:
        if match.chaos <= floor + 0.01 and "cp1252" in match.could_be_from_charset:
            try:
                return data.decode("cp1252"), "cp1252 (detected)"
            except UnicodeDecodeError:
                break
    if not guess:
        return Undecodable("not UTF-8 or Windows-1252 text", binary=True)
    best = min(matches, key=lambda match: (match.chaos, -match.coherence, match.encoding))
    return str(best), f"{_codec_words(best.encoding)} (detected)"


def _codec_words(name: str) -> str:
    with suppress(LookupError):
        name = codecs.lookup(name).name
    return {"latin_1": "latin-1", "iso8859-1": "latin-1"}.get(name, name.replace("_", "-"))


def control_share(text: str) -> float:
    """The share of control characters (other than whitespace) in the text's first 20,000."""
    sample = text[:20_000]
    controls = sum(
        1 for char in sample if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v"
    )
    return controls / len(sample)
