"""Number words read one at a time into a :class:`Tally`: one step per kind of word.

The way pdfplumber's table finder chains small named steps, each ``_step_*`` function is one
kind of word (a unit, ``hundred``, a scale, a fraction word, an ordinal ...): it says
whether it took the word and changes the tally. The first step that takes a word wins, so
their order in :data:`STEPS` is part of the grammar; :func:`read_words` runs the chain and
:func:`finish` turns the tally into ``(value, is_ordinal)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..numbers import FRACTION_WORDS, ORDINAL_WORDS, SCALE_WORDS, SIGN_WORDS, UNITS

#: words an ``a``/``an`` may stand before as a numerator (``a third``, ``a million``)
A_BEFORE = set(SCALE_WORDS) | set(FRACTION_WORDS) | {
    w for w, v in ORDINAL_WORDS.items() if v >= 3}




def plural_ordinal(word: str) -> float | None:
    """The denominator a plural ordinal names: ``hundredths`` → 100, ``fifths`` → 5.

    >>> plural_ordinal("hundredths"), plural_ordinal("seconds")
    (100.0, None)
    """
    if word.endswith("s") and word[:-1] in ORDINAL_WORDS and ORDINAL_WORDS[word[:-1]] >= 3:
        return float(ORDINAL_WORDS[word[:-1]])
    return None


def unit_ordinal(word: str) -> int:
    """1 to 9 for ``first`` .. ``ninth`` and their plurals (``firsts``; not ``seconds``).

    >>> unit_ordinal("firsts"), unit_ordinal("ninth"), unit_ordinal("seconds")
    (1, 9, 0)
    """
    if word == "seconds":
        return 0
    value = ORDINAL_WORDS.get(word, ORDINAL_WORDS.get(word[:-1], 0) if word.endswith("s") else 0)
    return int(value) if value < 10 else 0


def tens(word: str) -> bool:
    """``twenty`` .. ``ninety``.

    >>> tens("forty"), tens("four")
    (True, False)
    """
    return word in UNITS and UNITS[word] >= 20


def whole_numerator(mixed: bool, part: float, den: float) -> bool:
    """Whether a plural ordinal divides all the number before it: yes unless an ``and`` began
    a new part, or a ``hundred and`` is followed by a proper fraction (``and 54 hundredths``).

    >>> whole_numerator(False, 7, 5), whole_numerator(True, 7, 5), whole_numerator(False, 3, 5)
    (True, False, False)
    """
    return not mixed and not (0 < part < den)


@dataclass
class Tally:
    """The running reading of a list of number words.

    ``total`` holds finished scale groups (``two million``), ``current`` the group being
    read (``three hundred twenty``), ``fraction`` the fractions read so far; ``mark`` is
    ``current`` where an ``and`` began a new part, so a fraction's numerator is what came
    after it.
    """

    total: float = 0.0
    current: float = 0.0
    fraction: float = 0.0
    mark: float = 0.0
    last_scale: float = 0.0
    ordinal: bool = False
    seen: bool = False
    sign: float = 1.0
    scale_and: bool = False
    mixed: bool = False

    @property
    def part(self) -> float:
        """What was read since the last ``and``."""
        return self.current - self.mark

    def fold_whole(self) -> None:
        """The whole number read so far becomes the numerator of a plural ordinal."""
        self.current, self.total, self.mark = self.total + self.current, 0.0, 0.0


def finish(tally: Tally) -> tuple[float | None, bool]:
    """``(value, is_ordinal)`` of a tally; ``None`` when no number word was read.

    A fraction after ``<scale> and`` is a fraction of that scale: ``six million and two
    thirds``.

    >>> finish(Tally(total=6e6, fraction=2 / 3, scale_and=True, last_scale=1e6, seen=True))
    (6666666.666666667, False)
    >>> finish(Tally())                                 # negative: nothing read
    (None, False)
    """
    if not tally.seen:
        return None, False
    if tally.fraction and tally.scale_and and tally.current == 0 and tally.last_scale:
        tally.total, tally.fraction = tally.total + tally.fraction * tally.last_scale, 0.0
    return tally.sign * (tally.total + tally.current + tally.fraction), tally.ordinal


def _prev(words: list[str], i: int) -> str:
    return words[i - 1] if i else ""


def _step_sign(t: Tally, words: list[str], i: int) -> bool:
    """``minus`` / ``negative`` opening the number.

    >>> read_words(["minus", "five"])
    (-5.0, False)
    """
    if words[i] in SIGN_WORDS and i == 0:
        t.sign = SIGN_WORDS[words[i]]
        return True
    return False


def _step_and(t: Tally, words: list[str], i: int) -> bool:
    """``and`` begins a new part, except that ``hundred and`` goes on with the same number
    unless a proper fraction follows (``two hundred and fifty-four hundredths`` is 200.54).

    >>> read_words("two hundred and fifty four hundredths".split())
    (200.54, False)
    """
    if not (words[i] == "and" and t.seen and i + 1 < len(words)):
        return False
    prev = _prev(words, i)
    t.mark, t.mixed = t.current, not (prev == "hundred" and words[i + 1] in UNITS)
    t.scale_and = prev in SCALE_WORDS and SCALE_WORDS[prev] >= 1e3
    return True


def _step_article(t: Tally, words: list[str], i: int) -> bool:
    """``a``/``an`` before a scale or fraction word is its numerator one: ``a third``.

    >>> read_words(["a", "third"])
    (0.3333333333333333, False)
    """
    return words[i] in ("a", "an") and i + 1 < len(words) and words[i + 1] in A_BEFORE


def _step_unit(t: Tally, words: list[str], i: int) -> bool:
    """``zero`` .. ``ninety`` add to the current group.

    >>> read_words(["forty", "two"])
    (42.0, False)
    """
    if words[i] not in UNITS:
        return False
    t.current += UNITS[words[i]]
    t.seen = True
    return True


def _step_hundred(t: Tally, words: list[str], i: int) -> bool:
    """``hundred`` multiplies the part since the last ``and`` (a bare ``hundred`` is 100).

    >>> read_words(["three", "hundred"]), read_words(["hundred"])
    ((300.0, False), (100.0, False))
    """
    if words[i] != "hundred":
        return False
    t.current = t.mark + (t.part or 1) * 100
    t.seen = True
    return True


def _step_dozen(t: Tally, words: list[str], i: int) -> bool:
    """``dozen`` multiplies like ``hundred``, or a fraction before it (``half a dozen``).

    >>> read_words(["half", "a", "dozen"]), read_words(["two", "dozen"])
    ((6.0, False), (24.0, False))
    """
    if words[i] not in ("dozen", "dozens"):
        return False
    if t.fraction and t.current == t.mark:
        t.current, t.fraction = t.mark + t.fraction * 12, 0.0
    else:
        t.current = t.mark + (t.part or 1) * 12
    t.seen = True
    return True


def _step_scale_of_scale(t: Tally, words: list[str], i: int) -> bool:
    """A larger scale right after a scale multiplies the total: ``three lakh crore``.

    >>> read_words(["three", "lakh", "crore"])
    (3000000000000.0, False)
    """
    word, prev = words[i], _prev(words, i)
    if not (word in SCALE_WORDS and prev in SCALE_WORDS and not t.current
            and SCALE_WORDS[word] > SCALE_WORDS[prev]):
        return False
    t.total *= SCALE_WORDS[word]
    t.last_scale = SCALE_WORDS[word]
    return True


def _step_scale(t: Tally, words: list[str], i: int) -> bool:
    """A scale word closes a group: ``five million``, ``a quarter million``.

    >>> read_words(["five", "million", "two", "thousand"])
    (5002000.0, False)
    """
    word = words[i]
    if word not in SCALE_WORDS:
        return False
    t.total += ((t.current or (0.0 if t.fraction else 1.0)) + t.fraction) * SCALE_WORDS[word]
    t.scale_and = False
    t.current, t.fraction, t.mark, t.seen = 0.0, 0.0, 0.0, True
    t.last_scale = SCALE_WORDS[word]
    return True


def _step_tens_ordinal(t: Tally, words: list[str], i: int) -> bool:
    """``tens`` and a plural unit ordinal make one denominator: ``three twenty-firsts``.

    >>> read_words("three twenty firsts".split())
    (0.14285714285714285, False)
    """
    word, prev = words[i], _prev(words, i)
    if not (unit_ordinal(word) and word.endswith("s") and tens(prev) and i >= 2
            and words[i - 2] != "and"):
        return False
    t.current -= UNITS[prev]
    den = UNITS[prev] + unit_ordinal(word)
    if whole_numerator(t.mixed, t.part, den):
        t.fold_whole()
    t.fraction += (t.part or 1.0) / den
    t.current, t.seen = t.mark, True
    return True


def _step_fraction_word(t: Tally, words: list[str], i: int) -> bool:
    """``half``, ``thirds``, ``quarter``: the part before it is the numerator; a singular
    ordinal (``third``) is a fraction only after ``a``/``one`` or a numerator of one.

    >>> read_words("two hundred three fifths".split())
    (40.6, False)
    >>> read_words("two hundred third".split())        # negative: a rank, not a fraction
    (203.0, True)
    """
    word, prev = words[i], _prev(words, i)
    if not (word in FRACTION_WORDS and (t.seen or i > 0 or i + 1 < len(words)) and not (
            word in ORDINAL_WORDS and not word.endswith("s") and (
                prev not in ("a", "an", "one", "") or t.part > 1))):
        return False
    if word.endswith("s") and not t.fraction and whole_numerator(
            t.mixed, t.part, FRACTION_WORDS[word]):
        t.fold_whole()                                   # ``two hundred three fifths``
    numerator = t.part or 1.0
    t.current, t.seen = t.mark, True
    t.fraction += numerator / FRACTION_WORDS[word]
    return True


def _step_plural_ordinal(t: Tally, words: list[str], i: int) -> bool:
    """A plural ordinal divides what was read: ``fifty-four hundredths``.

    >>> read_words("a hundred thousandths".split())
    (0.1, False)
    """
    den = plural_ordinal(words[i])
    if den is None or not t.seen:
        return False
    if not t.fraction and whole_numerator(t.mixed, t.part, den):
        t.fold_whole()                                   # ``a hundred thousandths``
    t.fraction += (t.part or 1.0) / den
    t.current = t.mark
    return True


def _step_final_ordinal(t: Tally, words: list[str], i: int) -> bool:
    """A singular ordinal ending the words after a small unit or ``a``: ``one fourth``.

    >>> read_words(["one", "fourth"]), read_words(["a", "tenth"])
    ((0.25, False), (0.1, False))
    """
    word, prev = words[i], _prev(words, i)
    if not (word in ORDINAL_WORDS and i == len(words) - 1 and ORDINAL_WORDS[word] >= 3 and (
            (prev in UNITS and UNITS[prev] < 20 and ORDINAL_WORDS[word] < 100)
            or prev in ("a", "an"))):
        return False
    t.fraction += (t.part or 1.0) / ORDINAL_WORDS[word]
    t.current, t.seen = t.mark, True
    return True


def _step_ordinal(t: Tally, words: list[str], i: int) -> bool:
    """Any other ordinal ends the number as a rank: ``twenty second``, ``two hundredth``.

    >>> read_words(["twenty", "second"]), read_words(["two", "hundredth"])
    ((22.0, True), (200.0, True))
    """
    if words[i] not in ORDINAL_WORDS:
        return False
    value = ORDINAL_WORDS[words[i]]
    t.current = (t.current or 1) * value if value >= 100 else t.current + value
    t.total += t.current
    t.current, t.ordinal, t.seen = 0.0, True, True
    return True


#: the kinds of word, in the order they are tried (the first that takes a word wins)
STEPS = (_step_sign, _step_and, _step_article, _step_unit, _step_hundred, _step_dozen,
          _step_scale_of_scale, _step_scale, _step_tens_ordinal, _step_fraction_word,
          _step_plural_ordinal, _step_final_ordinal, _step_ordinal)


def read_words(words: list[str]) -> tuple[float | None, bool]:
    """``(value, is_ordinal)`` of number words, read by the steps below in order; ``None``
    at the first word no step takes (or any word after an ordinal).

    >>> read_words(["two", "hundred", "and", "six"]), read_words(["two", "people"])
    ((206.0, False), (None, False))
    """
    tally = Tally()
    for i in range(len(words)):
        if tally.ordinal or not any(step(tally, words, i) for step in STEPS):
            return None, False
    return finish(tally)
