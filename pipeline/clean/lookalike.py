"""Kazakh and Russian printed in Cyrillic but read by a Latin-only OCR engine.

Detection (:mod:`.detect`) works line by line and costs almost nothing on clean text: a
line is only decoded when one of its words carries a look-alike marker (``)K``, ``bI``,
``JI``, a digit inside letters, a capital inside a lowercase word) and most of its words
are not English, or when it lies beside such a line in the same paragraph. A decoded line
is accepted when most of its words become known Kazakh or Russian forms; single words that
decode to nothing known and carry no marker (a Latin name such as ``Benteler``) are left
alone and reported as suspects. A text whose decoded lines read too few known forms is a
noisy scan, read again with wider means (:func:`_noisy_scan`).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..offsets import Edit
from .decode import NOISE_COST, NOISY_SCAN_COST, Reading, decode_token
from .detect import (
    candidate_line,
    context_candidate,
    marker_count,
    may_be_candidate,
    strong_marker,
)
from .glyphs import glyph_table
from .langmodel import proper_forms

_LINE = regex.compile(r"[^\n]+")
_TOKEN = regex.compile(r"\S+")
_URLISH = regex.compile(r"(?i)(?:https?://|www\.|doi|@|\.(?:com|org|kz|ru|net)\b)")
_SENTENCE_END = regex.compile(r"[.!?…]\W*$")
_LETTER = regex.compile(r"\p{L}")
_LETTERS = regex.compile(r"\p{L}+")
_NOT_LETTER = regex.compile(r"[^\p{L}]")
_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True)
class Suspect:
    """A span that looks damaged but whose best repair is not clearly better."""

    kind: str
    start: int
    end: int
    text: str
    candidate: str
    confidence: float


#: a capital no lowercase Cyrillic letter looks like (а, е, р, у are small), then only
#: small letters: the word was printed capitalised (``Pecei``, Ресей)
_TITLE_SHAPE = regex.compile(r"[AEPY][a-z]+")


def _case(reading: str, token: str, sentence_start: bool, lang: str) -> str:
    """Give the lowercase ``reading`` a plausible case.

    Most lowercase Cyrillic letters are read as capitals (``H`` for н, ``K`` for к) and
    whole lines are often read in capitals, so a capital glyph says little: a word is
    capitalised at a sentence start, a name the dictionary only knows capitalised gets
    its capital, a one-letter initial (``A.``) stays a capital, and so does a word whose
    capital only a capital letter could be (``Pecei``: р is small, so Р was printed).
    """
    letters = [c for c in reading if c.isalpha()]
    if not letters:
        return reading
    names = proper_forms(lang)
    reading = _LETTERS.sub(lambda m: names.get(m.group(), m.group()), reading)
    core = token.strip(".,;:!?\"'«»()[]“”‘’")
    if len(core) == 1 and core.isupper() and token.endswith("."):
        return reading.upper()          # an initial: ``A.`` is ``А.``
    if not sentence_start and not _TITLE_SHAPE.fullmatch(core):
        return reading
    i = next(i for i, c in enumerate(reading) if c.isalpha())
    return reading[:i] + reading[i].upper() + reading[i + 1:]


_ROMAN = regex.compile(r"[IVXLC]{2,}|[IVX]")
_GLYPH_CHARS = regex.compile(r"[)}<>®|/\d]")


def _convert(token: str, reading: Reading, noisy: bool = False) -> bool:
    """Whether a token of a damaged line is rewritten: yes when its reading is a known
    word, or a lowercase word (any word, on a ``noisy`` scan) near one (``coyipze``,
    сәуірде), or it carries
    look-alike traces; a Roman numeral or a well-formed Latin word whose reading is no
    word (a name such as ``Benteler``) stays.

    >>> _convert("XXI", Reading("ххі", 0.0, 0, 1)), _convert("TOCETIHEH", Reading("", 0, 0, 1))
    (False, True)
    """
    core = token.strip(".,;:!?\"'«»()[]“”‘’")
    if _ROMAN.fullmatch(core):
        return False
    if reading.known or marker_count(token) or _GLYPH_CHARS.search(core):
        return True
    if reading.near and (core.islower() or noisy):
        return True         # a capitalised one may be a Latin name (``Skylink``)
    letters = _NOT_LETTER.sub("", core)
    return len(letters) <= 2 or not (letters.islower() or letters.istitle())


_NUMBER = regex.compile(r"\W*[\d.,:%–—-]*\d[\d.,:%–—-]*\W*")


def _decode_line(tokens: list[str], lang: str, noise_cost: float,
                 noisy: bool = False) -> list[Reading]:
    return [decode_token(t, lang, noise_cost=noise_cost, noisy_scan=noisy)
            if _LETTER.search(t) and not _NUMBER.fullmatch(t)
            else Reading(t, 0.0, 0, 0) for t in tokens]


def _read_line(tokens: list[str], noise_cost: float,
               noisy: bool = False) -> tuple[str, list[Reading]]:
    """The language (kk or ru) whose reading of the line scores best, and that reading."""
    best_lang, best, best_total = "kk", [], float("-inf")
    for lang in ("kk", "ru"):
        readings = _decode_line(tokens, lang, noise_cost, noisy)
        total = sum(r.score for r in readings)
        if total > best_total:
            best_lang, best, best_total = lang, readings, total
    return best_lang, best


@dataclass
class _Line:
    """One line of the text and what the decoder made of it. Its tokens are found only
    when asked for: most lines of a document are never looked at word by word."""

    start: int
    end: int
    line_text: str
    lang: str = ""
    readings: list[Reading] | None = None
    accepted: bool = False
    #: the share of its words read as known forms, when it was tried and refused
    refused: float | None = None
    #: whether it carries look-alike evidence of its own (not only its neighbours')
    candidate: bool = False
    #: whether it was read as a noisy scan
    read_noisy: bool = False

    _spans: list[tuple[int, int, str]] | None = None

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        """(start, end, token) of each whitespace-free token, in text offsets."""
        if self._spans is None:
            self._spans = [(t.start() + self.start, t.end() + self.start, t.group())
                           for t in _TOKEN.finditer(self.line_text)]
        return self._spans

    @property
    def tokens(self) -> list[str]:
        return [t for _, _, t in self.spans]


def _try_line(line: _Line, min_known: float, strong_ok: bool, noisy: bool = False) -> None:
    """Decode ``line`` (first as a clean scan, then as a noisy one) and accept it when
    most of its words become known forms, or, with ``strong_ok``, when glyph pairs no
    clean text has mark half its words (the lexicon misses many Kazakh forms)."""
    tokens = line.tokens
    line.read_noisy = noisy
    word_tokens = [t for t in tokens if _LETTER.search(t)]
    strong_share = sum(strong_marker(t) for t in word_tokens) / max(len(word_tokens), 1)
    for noise_cost in (NOISE_COST, NOISY_SCAN_COST):
        line.lang, line.readings = _read_line(tokens, noise_cost, noisy)
        words = sum(r.words for r in line.readings)
        known = sum(r.known for r in line.readings)
        if words and (known >= min_known * words or (strong_ok and strong_share >= 0.5)):
            line.accepted, line.refused = True, None
            return
        line.refused = round(known / max(words, 1), 3)


#: a text whose repaired lines read this share of known forms or fewer is a noisy scan
NOISY_SCAN_SHARE = 0.75
#: the fewest decoded words that tell a noisy scan from a few rare words
NOISY_SCAN_WORDS = 40
#: the fewest words of a line with no look-alike evidence that a noisy scan tries
NOISY_LINE_WORDS = 3


def _read_again(token: str, reading: Reading, lang: str) -> Reading:
    """A token of a noisy scan read as no known form, read again as a noisy scan."""
    if reading.known == reading.words:
        return reading
    return decode_token(token, lang, noisy_scan=True)


#: how many lines away a repaired line may be and still bound a damaged region
REGION_REACH = 2


def _inside_damage(accepted: list[bool], i: int) -> bool:
    """Whether line ``i`` lies between repaired lines (one at most
    :data:`REGION_REACH` lines before it and one after): inside the damaged region,
    not in the English around it (a byline, a list of JEL codes).

    >>> _inside_damage([True, False, False, True], 1), _inside_damage([True, False, False], 1)
    (True, False)
    """
    before = accepted[max(0, i - REGION_REACH):i]
    after = accepted[i + 1:i + 1 + REGION_REACH]
    return any(before) and any(after)


def _noisy_scan(lines: list[_Line]) -> bool:
    """Whether the decoded lines, taken together, read as a noisy scan: too many of their
    words are no known form. Then letters were lost and glyphs misread beyond the hand
    table, and the lines are read again with the readings learned from Tesseract and
    searching the lexicon for the closest form. A clean print's OCR reads nine words in
    ten as known forms; seed 002's scan, two in three."""
    words = known = 0
    for line in lines:
        if line.readings is not None:
            words += sum(r.words for r in line.readings or ())
            known += sum(r.known for r in line.readings or ())
    return words >= NOISY_SCAN_WORDS and known <= NOISY_SCAN_SHARE * words


def _propagate(text: str, lines: list[_Line], min_known: float, noisy: bool = False) -> None:
    """Try the lines next to accepted ones in the same paragraph (no blank line between),
    until no more are accepted. The lexicon alone decides them: a paragraph of OCR'd
    Kazakh has lines whose words carry no glyph pair at all."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if line.accepted or line.read_noisy or (line.readings is not None and not noisy):
                continue
            near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].accepted
                    and _adjacent(text, lines[min(i, j)], lines[max(i, j)])]
            if near and context_candidate(line.tokens):
                _try_line(line, min_known, strong_ok=False, noisy=noisy)
                changed |= line.accepted


def _adjacent(text: str, first: _Line, second: _Line) -> bool:
    return text.count("\n", first.end, second.start) == 1


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the line at ``start`` begins a sentence: it opens the text or a paragraph,
    or the line before it ends one. A wrapped line goes on with the sentence before.

    Only the end of the text before ``start`` is looked at (its trailing white space and
    the closing marks before that), never the whole of it: a document has one such look
    per repaired line.

    >>> text = "One ends.\\nTwo goes\\non here.\\n\\nNew para"
    >>> [_starts_sentence(text, text.index(w)) for w in ("One", "Two", "on", "New")]
    [True, True, False, True]
    """
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    blank = end          # text[:end] is all white space when nothing is left of it
    while blank > 0 and text[blank - 1].isspace():
        blank -= 1
    if blank == 0:
        return True
    space = end          # text[space:end]: the white space that ends the text before
    while space > 0 and _SPACE.match(text, space - 1):
        space -= 1
    tail = text[space:end]
    if text.endswith("\n\n", 0, end) or tail.count("\n") >= 2:
        return True
    mark = space
    while mark > 0 and text[mark - 1] in _CLOSERS:
        mark -= 1
    return mark > 0 and text[mark - 1] in ".!?…"


#: the white space the end-of-sentence test skips, and the marks that may close a sentence
#: after its full stop (``."``, ``.)``)
_SPACE = regex.compile(r"\s")
_CLOSERS = frozenset("\"'»”)]")


def repair_lookalikes(text: str, suspects: list[Suspect] | None = None, *,
                      min_known_share: float = 0.5) -> list[Edit]:
    """Replace Latin look-alike readings of Kazakh or Russian lines with Cyrillic.

    >>> from pipeline.offsets import apply_edits
    >>> fix = lambda s: apply_edits(s, repair_lookalikes(s)).text
    >>> fix("Ka3akcTaH )KQHe Pecei 6ipJIecin )KyMbIc icTe/Ii.")
    'Қазақстан және Ресей бірлесіп жұмыс істеді.'
    >>> fix("B Mockbe npoIIIJIa BcTpeYa MuHucTpoB.")
    'В Москве прошла встреча министров.'
    >>> fix("Kazakhstan chaired the SCO in 2024.")     # clean English stays
    'Kazakhstan chaired the SCO in 2024.'
    >>> fix("Utkir Alimov, UzA")                      # seed 001: a byline, not Cyrillic
    'Utkir Alimov, UzA'
    """
    glyph_table()
    if not may_be_candidate(text):
        # no line can be a candidate, so none is decoded, accepted or propagated to
        return []
    lines = []
    for m in _LINE.finditer(text):
        if "\t" in m.group() or _URLISH.search(m.group()):
            continue
        line = _Line(m.start(), m.end(), m.group())
        line.candidate = may_be_candidate(line.line_text) and candidate_line(line.tokens)
        if line.candidate:
            _try_line(line, min_known_share, strong_ok=True)
        lines.append(line)
    _propagate(text, lines, min_known_share)
    noisy = _noisy_scan(lines)
    if noisy:
        accepted = [line.accepted for line in lines]
        for i, line in enumerate(lines):
            if line.accepted:
                line.readings = [_read_again(t, r, line.lang)
                                 for t, r in zip(line.tokens, line.readings or [])]
            elif line.readings is not None:
                _try_line(line, min_known_share, strong_ok=line.candidate, noisy=True)
            elif (_inside_damage(accepted, i) and len(line.spans) >= NOISY_LINE_WORDS
                  and context_candidate(line.tokens)):
                # a scan this noisy also yields lines without a glyph pair anywhere
                # (all lower case: ``tlocnefhero otfatb``); the lexicon decides them
                _try_line(line, min_known_share, strong_ok=False, noisy=True)
        _propagate(text, lines, min_known_share, noisy=True)
    edits: list[Edit] = []
    for line in lines:
        if line.accepted:
            edits.extend(_line_edits(text, line, suspects, noisy))
        elif line.refused is not None and suspects is not None and line.readings:
            suspects.append(Suspect("lookalike", line.start, line.end, text[line.start:line.end],
                                    " ".join(r.text for r in line.readings), line.refused))
    return edits


def _line_edits(text: str, line: _Line, suspects: list[Suspect] | None,
                noisy: bool) -> list[Edit]:
    """The edits of an accepted line; its tokens left as they are become suspects."""
    edits = []
    sentence_start = _starts_sentence(text, line.start)
    for (start, end, token), reading in zip(line.spans, line.readings or []):
        has_letters = _LETTER.search(token)
        if has_letters and _convert(token, reading, noisy):
            after = _case(reading.text, token, sentence_start, line.lang)
            confidence = 0.9 if reading.known == reading.words else 0.6
            edits.append(Edit("lookalike", start, end, after, confidence))
        elif has_letters and suspects is not None:
            suspects.append(Suspect("lookalike", start, end, token, reading.text, 0.3))
        if has_letters or _DIGIT.search(token):
            sentence_start = bool(_SENTENCE_END.search(token))
    return edits
