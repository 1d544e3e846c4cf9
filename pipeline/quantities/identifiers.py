"""Numbers that are not quantities: identifiers, references, addresses, clock times.

They are found first, as character spans, and the number scanner never reads inside them;
this is how front matter (ISSN, DOI, ORCID, postal codes) and references (``[4, p. 25]``,
``(Author, 2024)``) stay out of ``quantities.jsonl``.
"""

from __future__ import annotations

import regex

_PATTERNS = {
    "url": r"(?:https?://|www\.)\S+",
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "doi": r"\b(?:doi|DOI)\s*:?\s*10\.\d{4,9}/\S+|\b10\.\d{4,9}/[-._;()/:\w]+",
    "issn": r"\b(?:ISSN|ISBN|E-ISSN|eISSN)(?:[-\s:]*[\dX][\dX-]{7,16})+",
    "orcid": r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b",
    "reference": r"\[\s*\d+(?:\s*[,;–-]\s*\d+)*(?:\s*,\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?\s*\]",
    "page": r"\b(?:pp?\.|[Pp]ages?|Vol\.|Volume|Issue|No\.|Nr\.|Art\.|Article|Section|"
            r"Chapter|Fig\.|Figure|Table)\s*\(?\d+(?:\s*[-–]\s*\d+)?\)?",
    "journal_issue": r"\b\d+\(\d+(?:[-–]\d+)?\)(?:'\d{4})?(?:,\s*\d+\s*[-–]\s*\d+)?",
    "citation": r"\((?:[^()\d]{2,80}?,?\s+)?(?:19|20)\d\d[a-z]?(?:[;,]\s*[^()\d]{2,80}?,?\s+"
                r"(?:19|20)\d\d[a-z]?)*\)(?=\.?\s*[A-Z\n]|[.,;]|$)",
    "dated_citation": r"\((?:19|20)\d\d[a-z]?,\s*(?:[A-Z][a-z]+\.?\s*\d{0,2}(?:[-–]\w+)?)\)",
    "street": r"\b\d{1,5}\s+(?:[A-Z0-9][\w'-]*\.?\s+){0,3}(?:Ave|Avenue|Str|Street|St|Road|Rd|"
              r"Blvd|Boulevard|Lane|Ln|Drive|Dr|Square|Sq|Prospekt|Highway|Way|Rue)\b\.?",
    "postal": r"(?<=,\s?)\d{5,6}(?=\s?,)|\b\d{5}(?=\s+ZIP)|(?<=\bZIP\s(?:[Cc]ode\s)?)\d{5}",
    "jersey": r"(?<=[A-Z][a-z]+\s)\(\d{1,2}\)",
    "clock": r"\b\d{1,2}(?::\d{2}(?:\.\d+)?)+\b"
             r"|\b\d{1,2}(?:[.:]\d{2})?\s?(?:a\.m\.|p\.m\.|(?:am|pm)\b)"
             r"|\b\d{4}\s?(?:GMT|UTC|EDT|EST|BST|CET|CEST)\b",
    "phone": r"\+\d[\d\s()-]{7,}\d"
             # a local number after a word that introduces one (``call 8 800 080 7777``)
             r"|(?i:(?<=\b(?:tel|phone|telephone|call|fax|hotline|mobile|тел|телефон|факс)"
             r"\.?:?\s(?:on\s|at\s)?)\(?\d[\d\s()-]{6,}\d)"
             # dashed groups no amount is written in (``258-12-34``, ``555-0199``)
             r"|\b(?:\(\d{3,4}\)\s?)?\d{3}-\d{2}-\d{2}\b|\b\d{3}-\d{3}-\d{4}\b",
    "list_number": r"(?m)^[ \t]*[-*]?[ \t]*\d{1,3}\.(?=[ \t])",
    "volume_pages": r"(?<=,\s)\d+(?:\(\d+(?:[-–]\d+)?\))?,\s\d+(?:\s?[-–]\s?\d+)?(?=\.)",
    "edition": r"\(\d+(?:st|nd|rd|th) ed\.\)",
    "standard": r"\b(?:ISO|IEC|GOST|ST RK|DIN|EN)\s?\d+(?:[-:/]\d+)*",
    "iso_date": r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?",
    # a code of capitals and hyphen-joined digit groups (``KZ-2024-0017``, ``F-16``)
    "code": r"\b[A-Z]{1,5}(?:-\d+)+(?:-[A-Z]+)?\b",
    # a whole number written with a leading zero is a label (postal code, account, form
    # number), never an amount: ``010000``, ``0042``; but three digits after a number and a
    # space are its thousands group (``80 000``), wherever the text starts
    "leading_zero": r"(?<![\d.,'’])\b(?:(?<!\d[\s\u00a0\u2009\u202f])0\d{2}|0\d{3,})\b"
                    r"(?![.,'’]\d)",
}
IDENTIFIER = regex.compile("|".join(f"(?P<{k}>{v})" for k, v in _PATTERNS.items()))


def identifier_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every identifier-like span in ``text``.

    >>> [k for _, _, k in identifier_spans("ISSN 1728-6239 (Online), see [4, p. 25].")]
    ['issn', 'reference']
    >>> text = "as shown (Smith & Lee, 2024). At 2 pm, 13 Dostyk Ave., Almaty, 050010, KZ"
    >>> [text[s:e] for s, e, _ in identifier_spans(text)]
    ['(Smith & Lee, 2024)', '2 pm', '13 Dostyk Ave.', '050010']
    >>> text = "Call 8 800 080 7777 or 258-12-34"
    >>> [text[s:e] for s, e, _ in identifier_spans(text)]
    ['8 800 080 7777', '258-12-34']
    >>> text = "Form KZ-2024-0017, code 010000"
    >>> [text[s:e] for s, e, _ in identifier_spans(text)]
    ['KZ-2024-0017', '010000']
    >>> identifier_spans("GDP grew 4.8% in 2024 to $23 trillion, 0.5 of 80 000")   # negative
    []
    """
    found: list[tuple[int, int, str]] = []
    pos = 0
    # ahead[k]: the leftmost match of pattern k at or after ``pos`` (None: no more)
    ahead = [pattern.search(text, 0) for pattern in _EACH]
    while True:
        starts = [m.start() for m in ahead if m is not None]
        if not starts:
            return found
        first = min(starts)
        # at one position the alternation takes its first alternative that matches there
        k = next(i for i, m in enumerate(ahead) if m is not None and m.start() == first)
        match = ahead[k]
        assert match is not None
        found.append((first, match.end(), _NAMES[k]))
        pos = match.end()
        for i, m in enumerate(ahead):
            if m is not None and m.start() < pos:
                ahead[i] = _EACH[i].search(text, pos)


#: the alternatives of :data:`IDENTIFIER` one by one: searching each for its next match and
#: taking the leftmost (the first listed where two start together) finds what
#: ``IDENTIFIER.finditer`` finds, several times faster, since a lone pattern keeps the
#: regex engine's quick scan for how it starts, which a 20-way alternation loses
_NAMES = tuple(_PATTERNS)
_EACH = tuple(regex.compile(_PATTERNS[name], IDENTIFIER.flags) for name in _NAMES)
