"""Layout damage: hard-wrapped lines, split citations, menus, OCR garbage, ordinals.

Lines holding a tab are table rows: none of these repairs touches them (the tables stage
rebuilds tables from them, header lines continued on a tab-led line included).
"""

from __future__ import annotations

from functools import lru_cache

import regex
from wordfreq import zipf_frequency

from ..offsets import Edit

_LINE = regex.compile(r"[^\n]*\n?")
_CITATION = regex.compile(r"\[(\d{1,3}),[ \t]*p{1,2}\.[ \t]*\n[ \t]*(\d{1,4}(?:[-–]\d{1,4})?)\]")
_SENTENCE_END = regex.compile(r"[.!?:\"”)\]]\s*$")
_LIST_START = regex.compile(r"(?:[-•*–—]|\d{1,2}[.)]|[a-z][.)]|Table\b|Figure\b|Source\b)")
#: names of languages as site menus print them (in English and in their own language)
LANGUAGE_NAMES = frozenset("""
english chinese turkish tajik kyrgyz turkmen japanese arabic french spanish german russian
kazakh uzbek italian portuguese korean persian hindi urdu polish ukrainian azerbaijani
русский қазақ қазақша oʻzbek o'zbek ўзбек кыргызча тоҷикӣ türkçe türkmen deutsch español
français italiano português 中文 日本語 한국어 العربية فارسی українська
""".split())


def join_split_citations(text: str) -> list[Edit]:
    """Join a page citation a line break split (``[4, p.`` / ``25]``).

    >>> from pipeline.offsets import apply_edits
    >>> apply_edits(s := "connections [4, p.\\n25].", join_split_citations(s)).text
    'connections [4, p. 25].'
    >>> apply_edits(s := "[4]\\n25 members", join_split_citations(s)).text
    '[4]\\n25 members'
    """
    edits = []
    for match in _CITATION.finditer(text):
        newline = text.index("\n", match.start())
        start, end = newline, newline + 1
        while start > match.start() and text[start - 1] in " \t":
            start -= 1
        while text[end] in " \t":
            end += 1
        edits.append(Edit("citation", start, end, " ", 0.95))
    return edits


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when it is not wrapped."""
    lengths = [len(x.rstrip()) for x in lines if x.strip() and "\t" not in x]
    if len(lengths) < 8:
        return None
    width = sorted(lengths)[int(len(lengths) * 0.9)]
    if width > 160 or width < 40:
        return None
    near = sum(0.7 * width <= n <= 1.05 * width for n in lengths)
    return width if near >= 0.4 * len(lengths) else None


def unwrap_lines(text: str) -> list[Edit]:
    """Join the lines of a hard-wrapped paragraph with a space.

    A line is joined to the next when it is nearly as long as the wrap width, and the
    next line neither starts a paragraph (an indent after a sentence end), a list item
    or a caption, nor holds a tab. Texts whose lines are whole paragraphs are left as they are.

    >>> from pipeline.offsets import apply_edits
    >>> wrapped = ("word " * 14 + "\\n") * 8
    >>> wrapped += "Kazakhstan excels at labor mobility and providing\\n"
    >>> wrapped += "educational services.\\n\\nTable 1\\nCountry Rank\\n"
    >>> out = apply_edits(wrapped, unwrap_lines(wrapped)).text
    >>> out.count("\\n"), out.endswith("and providing educational services.\\n\\nTable 1"
    ...                                 "\\nCountry Rank\\n")
    (4, True)
    """
    lines = _LINE.findall(text)
    width = _wrap_width(lines)
    if width is None:
        return []
    edits = []
    pos = 0
    for line, following in zip(lines, lines[1:] + [""]):
        end = pos + len(line)
        body = line.rstrip("\n")
        if (line.endswith("\n") and following.strip() and "\t" not in line
                and "\t" not in following and len(body.rstrip()) >= 0.6 * width
                and not (following[:1].isspace() and _SENTENCE_END.search(body))
                and not body.rstrip().endswith(":")
                and not _LIST_START.match(following)):
            start = pos + len(body.rstrip())
            edits.append(Edit("unwrap", start, end, " ", 0.8))
        pos = end
    return edits


def drop_navigation_menus(text: str, min_lines: int = 5) -> list[Edit]:
    """Remove a run of one-word lines that is a site's language menu (seed 001).

    >>> from pipeline.offsets import apply_edits
    >>> menu = "Intro.\\n\\nEnglish\\nChinese\\nРусский\\nGerman\\nҚазақ\\nTurkish\\nTitle\\n"
    >>> apply_edits(menu, drop_navigation_menus(menu)).text
    'Intro.\\n\\nTitle\\n'
    >>> apply_edits(s := "English\\nGerman\\nFrench\\n", drop_navigation_menus(s)).text
    'English\\nGerman\\nFrench\\n'
    """
    edits = []
    run: list[tuple[int, int, bool]] = []
    pos = 0
    for line in _LINE.findall(text) + [""]:
        word = line.strip()
        short = 0 < len(word) <= 20 and len(word.split()) <= 2 and "\t" not in line
        if short and word.casefold() in LANGUAGE_NAMES:
            run.append((pos, pos + len(line), True))
        elif short and run:
            run.append((pos, pos + len(line), False))
        else:
            edits.extend(_menu_edit(run, min_lines))
            run = []
        pos += len(line)
    return edits


def _menu_edit(run: list[tuple[int, int, bool]], min_lines: int) -> list[Edit]:
    while run and not run[-1][2]:
        run = run[:-1]
    if len(run) >= min_lines and sum(r[2] for r in run) >= 0.8 * len(run):
        return [Edit("navigation", run[0][0], run[-1][1], "", 0.85)]
    return []


_WORDS = regex.compile(r"\p{L}+")
_LOWER_LATIN = regex.compile(r"[a-z]+")


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


def drop_garbage_lines(text: str) -> list[Edit]:
    """Remove a line of OCR garbage: lowercase Latin pseudo-words that are mostly not
    English (seed 000 reads a table caption as ``oo our militarino on or ...``).

    >>> from pipeline.offsets import apply_edits
    >>> s = ("Table 1\\n\\noo our militarino on or razariotari o orian marionip (oury 2021)"
    ...      "\\t\\t\\nA\\tB\\n")
    >>> apply_edits(s, drop_garbage_lines(s)).text
    'Table 1\\n\\nA\\tB\\n'
    >>> s = "Tokayev Kassym-Jomart, Mukushev Murat and others\\n"    # names stay
    >>> apply_edits(s, drop_garbage_lines(s)).text == s
    True
    """
    edits = []
    pos = 0
    for line in _LINE.findall(text):
        words = _WORDS.findall(line)
        if len(words) >= 6 and all(_LOWER_LATIN.fullmatch(w) for w in words[:-1]) \
                and "\t" not in line.strip("\t\n"):
            long_words = [w for w in words if len(w) >= 4]
            known = sum(_zipf(w.lower()) >= 3.0 for w in long_words)
            if len(long_words) >= 3 and known <= 0.25 * len(long_words):
                edits.append(Edit("garbage_line", pos, pos + len(line), "", 0.7))
        pos += len(line)
    return edits


_ORDINAL = regex.compile(r"(?<=\s)(\d{1,3})[\"”](?=[ \t]+\p{Ll})")


def fix_ordinal_quotes(text: str) -> list[Edit]:
    """``28"`` read for ``28th`` (a superscript suffix lost by OCR), when the quote
    mark opens nothing on its line.

    >>> from pipeline.offsets import apply_edits
    >>> apply_edits(s := 'ranking 28" in the UN index', fix_ordinal_quotes(s)).text
    'ranking 28th in the UN index'
    >>> apply_edits(s := 'a "top 10" in the list', fix_ordinal_quotes(s)).text
    'a "top 10" in the list'
    """
    edits = []
    for match in _ORDINAL.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if (line.count('"') + line.count("“") + line.count("”")) % 2 == 0:
            continue
        number = int(match.group(1))
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
            number % 10, "th")
        edits.append(Edit("ordinal", match.end(1), match.end(), suffix, 0.75))
    return edits
