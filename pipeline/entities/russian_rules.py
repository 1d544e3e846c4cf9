"""Boundary rules for natasha's Russian mentions: what a name is, where the tagger's span is
wider than the name.

- an organisation's name is its quoted part: the legal form or descriptor before the quotes
  ("ПАО «Северная звезда»", "фонд «Новые горизонты»") is not the name, nor are the quotes;
- "Long Form (LF)" is two mentions (the English rule of :mod:`.rules`);
- a bracket opened inside a span and not closed there ends the span;
- the words of one person's name agree in case and gender; where two neighbouring words
  cannot (pymorphy3), the span holds two people ("встретил сестру Петрова Анну Сергеевну":
  Petrov's sister Anna Sergeevna, a genitive, then accusatives).
"""

from __future__ import annotations

from dataclasses import replace

from .mention import WORD, Mention
from .rules import split_parenthesised_acronym

__all__ = ["apply_russian_rules"]

_OPEN = "«„“\"'"
_CLOSE = {"«": "»", "„": "“", "“": "”", '"': '"', "'": "'"}
_CASES = {"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"}
_CASE_OF = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "voct": "nomn"}


def _strip_quotes(m: Mention, text: str) -> Mention:
    start, end = m.start, m.end
    while start < end and text[start] in _OPEN + "»”":
        start += 1
    while end > start and text[end - 1] in "»”“\"'":
        end -= 1
    return replace(m, start=start, end=end)


def quoted_names(mentions: list[Mention], text: str) -> list[Mention]:
    """An organisation whose span holds a quoted name is that name, without the quotes;
    the innermost quotes win ("АО «ТК „Восток“»").

    >>> from .mention import show
    >>> t = "акции АО «ТК „Восток“» и фонд «Новые горизонты»."
    >>> show(quoted_names([Mention(6, 22, "ORG"), Mention(25, 47, "ORG")], t), t)
    [('Восток', 'ORG'), ('Новые горизонты', 'ORG')]
    >>> t = "«Северная звезда» сообщила"           # the quotes alone go
    >>> show(quoted_names([Mention(0, 17, "ORG")], t), t)
    [('Северная звезда', 'ORG')]
    """
    out = []
    for m in mentions:
        if m.label == "ORG":
            while True:
                span = text[m.start:m.end]
                first = next((k for k, c in enumerate(span[:-1])
                              if c in _OPEN and span[k + 1].isalnum()), None)
                if first is None:
                    break
                m = replace(m, start=m.start + first + 1)
            m = _strip_quotes(m, text)
        if m.end > m.start:
            out.append(m)
    return out


def close_brackets(mentions: list[Mention], text: str) -> list[Mention]:
    """A span with a ``(`` it does not close ends before it.

    >>> from .mention import show
    >>> t = "Azure Trading Group (Azure Trading) и другие"
    >>> show(close_brackets([Mention(0, 33, "ORG")], t), t)
    [('Azure Trading Group', 'ORG')]
    """
    out = []
    for m in mentions:
        span = text[m.start:m.end]
        cut = span.rfind("(")
        if cut > 0 and ")" not in span[cut:]:
            m = replace(m, end=m.start + len(span[:cut].rstrip()))
        out.append(m)
    return out


def _forms(word: str) -> set[tuple[str, str]]:
    """The (case, gender) pairs a word of a name can have (both genders when unmarked);
    empty (no evidence) unless the dictionary knows the word as a given name, surname or
    patronymic: a guess from the ending of an unknown name ("Мирзазаде") proves nothing."""
    from .russian import _morph

    parses = _morph().parse(word)
    if not _morph().word_is_known(word) or not any(
            {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses):
        return set()
    found = set()
    for p in parses:
        grammemes = set(p.tag.grammemes)
        if p.tag.POS != "NOUN" and not {"Name", "Surn", "Patr"} & grammemes:
            continue
        genders = grammemes & {"masc", "femn"} or {"masc", "femn"}
        found |= {(_CASE_OF.get(c, c), g) for c in grammemes & _CASES for g in genders}
    return found


def split_persons(mentions: list[Mention], text: str) -> list[Mention]:
    """Split a person's span where two neighbouring words, parted by a space only, cannot
    be in the same case and gender.

    >>> from .mention import show
    >>> t = "в доме Иванова Марию Петровну видели"
    >>> show(split_persons([Mention(7, 29, "PERSON")], t), t)
    [('Иванова', 'PERSON'), ('Марию Петровну', 'PERSON')]
    >>> t = "сестру Анну Сергеевну Петрову"      # negative: one name, one case
    >>> show(split_persons([Mention(7, 29, "PERSON")], t), t)
    [('Анну Сергеевну Петрову', 'PERSON')]
    """
    out = []
    for m in mentions:
        words = list(WORD.finditer(text, m.start, m.end))
        if m.label != "PERSON" or len(words) < 2:
            out.append(m)
            continue
        start = m.start
        for a, b in zip(words, words[1:]):
            gap = text[a.end():b.start()]
            ca, cb = _forms(a.group()), _forms(b.group())
            if gap == " " and ca and cb and not ca & cb:
                out.append(replace(m, start=start, end=a.end()))
                start = b.start()
        out.append(replace(m, start=start))
    return out


RULES = (quoted_names, close_brackets, split_parenthesised_acronym, split_persons)


def apply_russian_rules(mentions: list[Mention], text: str) -> list[Mention]:
    """Every rule of this module, in order."""
    for rule in RULES:
        mentions = rule(mentions, text)
    return mentions
