"""Decode text files in any encoding (UTF-8/16 with or without BOM, cp1251, koi8-r ...)."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field

import charset_normalizer
import regex

from ..errors import IngestError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 without a BOM: three NUL bytes in every four of text in the BMP's first plane.

    >>> _utf32_without_bom("Astana".encode("utf-32-le"))
    'utf-32-le'
    """
    if len(data) < 8 or len(data) % 4:
        return None
    quads = [data[i:i + 4] for i in range(0, min(len(data), 4096), 4)]
    if sum(q[2:] == b"\0\0" and q[:2] != b"\0\0" for q in quads) >= 0.95 * len(quads):
        return "utf-32-le"
    if sum(q[:2] == b"\0\0" and q[2:] != b"\0\0" for q in quads) >= 0.95 * len(quads):
        return "utf-32-be"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII-heavy text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0) / (len(data) / 2)
    odd_nuls = data[1::2].count(0) / (len(data) / 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


@dataclass(frozen=True)
class ReadRun:
    """A run of lines decoded with another codec than the rest of the file: its span in
    the decoded text, the codec, and what the file's main codec would have shown."""

    start: int
    end: int
    encoding: str
    shown: str


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: lines read with another codec (a file that mixes UTF-8 and cp1251 lines)
    runs: tuple[ReadRun, ...] = field(default=())


def decode_text(data: bytes, path: str = "") -> tuple[str, str]:
    """Return ``(text, encoding)``; binary junk raises :class:`IngestError`.

    >>> decode_text("Привет, мир".encode("cp1251"))
    ('Привет, мир', 'cp1251')
    >>> decode_text("Қазақстан".encode("utf-16"))[0]
    'Қазақстан'
    """
    decoded = decode_bytes(data, path)
    return decoded.text, decoded.encoding


def decode_bytes(data: bytes, path: str = "") -> Decoded:
    """Decode a text file; a file whose lines are in two encodings (UTF-8 lines and lines
    of a single-byte codec, as when files are concatenated) is read line by line.

    >>> utf8, cp1251 = "Trade grew.\\nТоварооборот вырос.\\n", "Рост 5%.\\n"
    >>> mixed = utf8.encode("utf-8") + cp1251.encode("cp1251")
    >>> d = decode_bytes(mixed)
    >>> d.text, d.encoding
    ('Trade grew.\\nТоварооборот вырос.\\nРост 5%.\\n', 'utf-8+cp1251')
    >>> [(r.start, r.end, r.encoding) for r in d.runs]
    [(32, 40, 'cp1251')]
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name.replace("-sig", ""))
    encoding = _utf32_without_bom(data) or _utf16_without_bom(data)
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise IngestError("binary data, not text (NUL bytes)", path=path, stage="ingest")
    try:
        decoded = Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        decoded = _mixed_lines(data, path) or Decoded(*_best_single_byte(data, path))
    _check_is_text(decoded.text, path)
    return decoded


def _mixed_lines(data: bytes, path: str) -> Decoded | None:
    """The file read line by line when some non-ASCII lines are UTF-8 and others are not
    (those are read with the single-byte codec that suits them best, together)."""
    lines = data.splitlines(keepends=True)
    good, bad = [], []
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good.append(i)
        except UnicodeDecodeError:
            bad.append(i)
    if not good or not bad:
        return None
    _, codec = _best_single_byte(b"".join(lines[i] for i in bad), path)
    bad_set = set(bad)
    parts: list[str] = []
    runs: list[ReadRun] = []
    offset = 0
    for i, line in enumerate(lines):
        text = line.decode(codec if i in bad_set else "utf-8", errors="replace")
        if i in bad_set:
            body = text.rstrip("\r\n")
            runs.append(ReadRun(offset, offset + len(body), codec,
                                line.decode("utf-8", errors="replace").rstrip("\r\n")))
        parts.append(text)
        offset += len(text)
    return Decoded("".join(parts), f"utf-8+{codec}", tuple(runs))


#: single-byte codecs always tried beside charset-normalizer's guesses: on short
#: Cyrillic text its statistics often prefer a rarer sibling (cp1125, mac-cyrillic)
CYRILLIC_CODECS = ("cp1251", "koi8-r", "koi8-u", "cp866", "iso8859-5", "mac-cyrillic")


def plausibility(text: str) -> float:
    """How much ``text`` looks like prose: letters in words of one case pattern.

    >>> plausibility("Привет, мир") > plausibility("оПХБЕР, ЛХП")
    True
    """
    score = 0.0
    for word in regex.findall(r"\p{L}+|[^\p{L}\s]", text[:50000]):
        if word[0].isalpha():
            upper_inside = sum(1 for ch in word[1:] if ch.isupper())
            if upper_inside and not word.isupper():
                score -= 2 * upper_inside
            score += len(word)
        elif unicodedata.category(word) in ("So", "Sm", "Sk", "Co", "Cn", "Cc"):
            score -= 3
        elif word in ".,;:!?()-\"'«»—–%":
            score += 0.5
    return score / max(len(text[:50000]), 1)


def _best_single_byte(data: bytes, path: str) -> tuple[str, str]:
    candidates: dict[str, str] = {}
    for match in charset_normalizer.from_bytes(data):
        candidates.setdefault(match.encoding, str(match))
    for codec in CYRILLIC_CODECS:
        try:
            candidates.setdefault(codec, data.decode(codec))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise IngestError("binary data or unknown text encoding", path=path, stage="ingest")
    order = {codec: i for i, codec in enumerate(CYRILLIC_CODECS)}
    encoding = max(candidates, key=lambda c: (round(plausibility(candidates[c]), 6),
                                              -order.get(c, len(order))))
    return candidates[encoding], encoding


def _check_is_text(text: str, path: str) -> None:
    sample = text[:20000]
    # C1 controls (U+0080-U+009F) are what UTF-8 read as latin-1 leaves in text: mojibake
    # the clean stage repairs, not a sign of binary data
    controls = sum(1 for ch in sample
                   if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f\v"
                   and not "\x80" <= ch <= "\x9f")
    if controls / max(len(sample), 1) > 0.02:
        raise IngestError(f"binary data, not text ({controls} control characters in the "
                          "first 20000)", path=path, stage="ingest")


_HEADING = regex.compile(r"^\s{0,3}#{1,3}\s+(.+?)\s*#*\s*$", regex.M)


def guess_title(text: str) -> str | None:
    """The first Markdown heading, else the first short non-empty line.

    >>> guess_title("\\n\\nJOURNAL\\n\\n# Real title\\n")
    'Real title'
    """
    match = _HEADING.search(text[:20000])
    if match:
        return match.group(1).strip("*_ ").strip() or None
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 200 else None
    return None
