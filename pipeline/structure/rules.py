"""What kind of block a paragraph is, judged from its own text.

Each test is a small ``str -> bool`` function; :mod:`pipeline.structure` combines them with
the paragraph's place in the document (before the abstract, after "References").
"""

from __future__ import annotations

import regex

_MARKUP = regex.compile(r"^[#>\-\s]+|[*_]{1,3}")


def plain(text: str) -> str:
    """The paragraph without Markdown heading marks and emphasis.

    >>> plain("#### **Abstract**")
    'Abstract'
    """
    return _MARKUP.sub("", text).strip()


_FRONT = regex.compile(
    r"\bISSN\b|\bORCID\b|doi\.org/|^\W*DOI\W|Citation information|\b[\w.+-]+@[\w-]+\.[\w.]+"
    r"|^\W*(?:Keywords|Key words|JEL(?: Classification)?|Acknowledge?ments?(?: and Funding)?|"
    r"Contribution|Funding|Conflicts? of interest|Data Availability|Received|"
    r"Corresponding author)\b",
    regex.I | regex.M)


def is_front_matter(text: str) -> bool:
    """Journal identifiers, author contacts, keywords, article history.

    >>> is_front_matter("ORCID ID: https://orcid.org/0009-0007-8234-4438")
    True
    >>> is_front_matter("**Keywords:** Shanghai Cooperation Organization; Kazakhstan")
    True
    >>> is_front_matter("Kazakhstan's trade reached USD 139.8 billion in 2023.")
    False
    """
    return bool(_FRONT.search(text))


_CAPTION = regex.compile(
    r"^(?:(?:Table|Figure|Fig\.|Chart|Diagram|Map|Graph)\s*\d+[.:]?|(?:Sources?|Notes?)\s*:)",
    regex.I)


def is_caption(text: str) -> bool:
    """A table or figure caption, or a source note under one.

    >>> is_caption("Table 1: SCO Summit Achievements Under Kazakhstan's Chairmanship")
    True
    >>> is_caption("Source: Drishti IAS (2024), Astana Times (2024, July 4)")
    True
    >>> is_caption("Table salt prices rose in 2024.")
    False
    """
    return bool(_CAPTION.match(plain(text)))


def is_table(text: str) -> bool:
    """Most lines split into cells by tabs or pipes.

    >>> is_table("Category\\tNumber\\tBudget\\nSecurity\\t6\\t890\\nEnergy\\t3\\t1,560")
    True
    >>> is_table("Crossroads Asia | Diplomacy | Central Asia")      # one line: navigation
    False
    """
    lines = [line for line in text.splitlines() if line.strip()]
    celled = [line for line in lines if line.count("\t") >= 1 or line.count("|") >= 2]
    return len(lines) >= 2 and len(celled) >= 0.6 * len(lines)


_REFERENCE = regex.compile(
    r"^\W*(?:\d+\.\s*)?\p{Lu}[\p{L}'’\- ]+,\s*(?:\p{Lu}\.|\p{Lu}[\p{L}]+\.?\s*\()"
    r"|^\W*(?:\d+\.\s*)?[\p{Lu}][^.()]{2,80}\.\s*\((?:19|20)\d{2}[a-z]?[,)]")


def is_reference(text: str) -> bool:
    """A bibliography entry: "Author, A. (2024). Title." or "Organisation. (2024). Title."

    >>> is_reference("- 23. Panke, D., Polat, G., & Hohlstein, F. (2022). Who performs better?")
    True
    >>> is_reference("- 26. Shanghai Cooperation Organization. (2024). SCO member states.")
    True
    >>> is_reference("Kazakhstan, along with other partner countries, has played a key role.")
    False
    """
    return bool(_REFERENCE.match(text))


_REFERENCES_HEADING = regex.compile(
    r"^(?:\d+\.?\s*)?(?:References|Bibliography|Works Cited|Literature|Sources|"
    r"Список литературы|Литература|Әдебиеттер)$", regex.I)


def is_references_heading(text: str) -> bool:
    """The heading that opens a reference list.

    >>> is_references_heading("#### References")
    True
    >>> is_references_heading("References to the SCO grew in 2024.")
    False
    """
    return bool(_REFERENCES_HEADING.match(plain(text)))


def is_abstract_heading(text: str) -> bool:
    """An "Abstract" / "Summary" heading.

    >>> is_abstract_heading("#### **Abstract**")
    True
    >>> is_abstract_heading("Abstract thinking helps.")
    False
    """
    return plain(text).rstrip(".:").casefold() in {"abstract", "summary", "аннотация",
                                                    "аңдатпа"}


def is_heading(text: str, max_words: int = 16) -> bool:
    """One short line that does not end like a sentence (or a Markdown heading).

    >>> is_heading("#### 1. Introduction")
    True
    >>> is_heading("Institutionalized Competition Between Moscow and Beijing? ")
    True
    >>> is_heading("This year, Kazakhstan presides over the SCO.")
    False
    """
    stripped = text.strip()
    if "\n" in stripped or not stripped:
        return False
    if stripped.startswith("#"):
        return True
    words = plain(stripped).split()
    if not words or len(words) > max_words or stripped.endswith((".", ",", ";", ":")):
        return False
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return capitals >= 0.5 * len(words)


_NAVIGATION = regex.compile(
    r"\b\d+\s+mins?\s+read\b|^Recent (?:Features|Posts|Articles)$|^Credit:|^Photo:|^Image:|"
    r"^(?:Share|Subscribe|Advertisement|Read more|Related|Tags?:|Follow us)\b|"
    r"\s\|\s.*\s\|\s", regex.I)


def is_navigation(text: str, max_chars: int = 80) -> bool:
    """Site furniture: section trails, reading times, photo credits, share links.

    >>> is_navigation("Crossroads Asia | Diplomacy | Central Asia")
    True
    >>> is_navigation("4 mins read")
    True
    >>> is_navigation("The SCO presents itself as an alternative multilateral institution.")
    False
    """
    stripped = text.strip()
    return len(stripped) <= max_chars and bool(_NAVIGATION.search(stripped))
