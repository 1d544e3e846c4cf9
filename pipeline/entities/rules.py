"""Rules that fix the model's mentions: boundaries, labels and spans it cannot see.

Each rule is a small function ``(mentions, text) -> mentions`` over one paragraph, with
paragraph-local offsets; :data:`RULES` lists them by name in the order they run, so a setting
can switch one off and a test can run one alone. They follow how English names are built
(articles, possessives, parenthesised acronyms, "Party of X", "the 2024 parliamentary
elections"); their examples are cut from ``corpus/`` or written for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from .mention import Mention, mentions_of, show
from .settings import ALL_RULES

__all__ = ["RULES", "Mention", "apply_rules", "mentions_of", "show"]


# --------------------------------------------------------------------------- casing
_WORD = regex.compile(r"\p{L}[\p{L}'’]*")


# --------------------------------------------------------------------------- boundaries
_LEAD = regex.compile(r"(?:the|The|THE)\s+")
_TAIL = regex.compile(r"(?:\s*['’]s|['’]|\s*[,;:])$")  # a final "." may end "U.S."


def trim_edges(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop a leading "the", a trailing possessive and trailing commas from each span.

    >>> t = "the Shanghai Cooperation Organization's summit"
    >>> show(trim_edges(mentions_of(t, [(0, 39, "ORG")]), t), t)
    [('Shanghai Cooperation Organization', 'ORG')]
    >>> t = "in the U.S."                           # negative: the abbreviation keeps its "."
    >>> show(trim_edges(mentions_of(t, [(3, 11, "GPE")]), t), t)
    [('U.S.', 'GPE')]
    >>> t = "The Hague"                            # negative: "The" + one word may be the name
    >>> show(trim_edges(mentions_of(t, [(0, 9, "GPE")]), t), t)
    [('The Hague', 'GPE')]
    >>> t = "Kassym-Jomart Tokayev ' s visit"      # tokenised possessive: no space left behind
    >>> show(trim_edges(mentions_of(t, [(0, 23, "PERSON")]), t), t)
    [('Kassym-Jomart Tokayev', 'PERSON')]
    """
    out = []
    for m in mentions:
        start, end = m.start, m.end
        lead = _LEAD.match(text, start, end)
        if lead and (text[start] == "t" or len(text[lead.end():end].split()) > 1):
            start = lead.end()
        tail = _TAIL.search(text, start, end)
        if tail and tail.start() > start:
            end = tail.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[start:end].strip():
            out.append(replace(m, start=start, end=end))
    return out


_PAREN = regex.compile(r"^(?P<long>.*?\S)\s*\(\s*(?P<short>[\p{Lu}][\p{L}.&\-]*)\s*\)?$")


def split_parenthesised_acronym(mentions: list[Mention], text: str) -> list[Mention]:
    """Split "Long Form (LF)" swallowed into one span into the long form and the acronym.

    >>> t = "the Collective Security Treaty Organization (CSTO) and others"
    >>> show(split_parenthesised_acronym(mentions_of(t, [(4, 50, "ORG")]), t), t)
    [('Collective Security Treaty Organization', 'ORG'), ('CSTO', 'ORG')]
    >>> t = "Kazakhstan (2023)"                     # negative: a year is not an acronym
    >>> show(split_parenthesised_acronym(mentions_of(t, [(0, 17, "GPE")]), t), t)
    [('Kazakhstan (2023)', 'GPE')]
    """
    out = []
    for m in mentions:
        match = _PAREN.match(m.text(text))
        if not match or sum(c.isupper() for c in match["short"]) < 2:
            out.append(m)
            continue
        out.append(replace(m, end=m.start + match.end("long")))
        out.append(Mention(m.start + match.start("short"), m.start + match.end("short"),
                           m.label))
    return out


_IDENTIFIER = regex.compile(
    r"^(?:ISSN|ISBN|DOI|ORCID|URL|UDC|JEL|PMID)\b|https?:|www\.|@|^[\d\W]+$", regex.I)


def drop_identifiers(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop spans that are identifiers, links, e-mail addresses or bare numbers, not names.

    >>> t = "ISSN 1728-6239 (Online) of the Bureau"
    >>> show(drop_identifiers(mentions_of(t, [(0, 14, "ORG"), (31, 37, "ORG")]), t), t)
    [('Bureau', 'ORG')]
    """
    return [m for m in mentions if not _IDENTIFIER.search(m.text(text))]


_NOT_A_NAME = regex.compile(r"\d|-(?:[IVXLC]{2,})\b|\b(?:Annals|Journal|Review|Bulletin)\b")


def fix_titles_as_person(mentions: list[Mention], text: str) -> list[Mention]:
    """A "person" with digits, a roman-numeral suffix or a journal word is a title.

    >>> t = "Economic Annals-XXI, 213(1-2)"
    >>> show(fix_titles_as_person(mentions_of(t, [(0, 19, "PERSON")]), t), t)
    [('Economic Annals-XXI', 'WORK_OF_ART')]
    >>> t = "Kassym-Jomart Tokayev"                  # negative: a hyphen alone is fine
    >>> show(fix_titles_as_person(mentions_of(t, [(0, 21, "PERSON")]), t), t)
    [('Kassym-Jomart Tokayev', 'PERSON')]
    """
    return [replace(m, label="WORK_OF_ART")
            if m.label == "PERSON" and _NOT_A_NAME.search(m.text(text)) else m
            for m in mentions]


# --------------------------------------------------------------------------- longer names
_ELECTION = regex.compile(
    r"(?:\b\d{4}(?:[–-]\d{2,4})?\s+)?"
    r"(?:(?:[\p{Lu}][\p{L}.'’\-]*|of|the|and)\s+)*"
    r"(?:(?:general|presidential|parliamentary|legislative|federal|state|local|municipal|"
    r"regional|provincial|gubernatorial|mayoral|senatorial|congressional|primary|leadership|"
    r"snap|special|midterm|European|national|assembly|Senate|House)\s+)*"
    r"(?:by-)?(?:elections?|referendum|primaries)\b"
    r"(?:\s+in\s+(?:the\s+)?[\p{Lu}][\p{L}.\-]*(?:\s+[\p{Lu}][\p{L}.\-]*)*)?")


#: every match of :data:`_ELECTION` holds one of these words as written
_ELECTION_WORDS = ("election", "referendum", "primaries")


def election_events(mentions: list[Mention], text: str) -> list[Mention]:
    """Tag "the 2024 parliamentary elections" style spans as EVENT and drop the names inside.

    The nationality in "2022 Kazakh presidential election" is part of the event's name, not
    a mention of its own.

    >>> t = "Tokayev won the 2022 Kazakh presidential election easily."
    >>> show(election_events(mentions_of(t, [(21, 27, "NORP")]), t), t)
    [('2022 Kazakh presidential election', 'EVENT')]
    >>> t = "the 2021 regional elections in Almaty Region"          # the place is in the name
    >>> show(election_events(mentions_of(t, [(31, 44, "GPE")]), t), t)
    [('2021 regional elections in Almaty Region', 'EVENT')]
    >>> t = "Elections in Kenya are held every five years."    # negative: no named election
    >>> show(election_events(mentions_of(t, [(13, 18, "GPE")]), t), t)
    [('Kenya', 'GPE')]
    """
    if not any(word in text for word in _ELECTION_WORDS):
        return mentions  # the pattern's words of title case can start anywhere: slow to scan
    events = []
    for match in _ELECTION.finditer(text):
        start = match.start()
        while text.startswith(("the ", "of ", "and "), start):
            start = text.index(" ", start) + 1
        words = text[start:match.end()].split()
        if len(words) < 2 or not any(w[0].isupper() or w[0].isdigit() for w in words[:-1]):
            continue
        events.append(Mention(start, match.end(), "EVENT"))
    if not events:
        return mentions
    kept = [m for m in mentions if not any(e.start <= m.start and m.end <= e.end for e in events)]
    kept = [m for m in kept if not any(e.start < m.end and m.start < e.end for e in events)]
    return sorted(kept + events, key=lambda m: m.start)


_HEADS = ("Party", "Council", "Ministry", "Bank", "University", "Institute", "Parliament",
          "Assembly", "Court", "Congress", "Front", "League", "Union", "Movement", "Alliance",
          "Committee", "Commission", "Agency", "Department", "Office", "Government", "Senate",
          "Academy", "Association", "Federation", "Organization", "Organisation", "Centre",
          "Center", "Service", "Board", "Authority", "Foundation", "Society", "Army", "Forces")
_OF = regex.compile(r"\s+of\s+(?:the\s+)?")


def merge_of_place(mentions: list[Mention], text: str) -> list[Mention]:
    """Join "<Institution> of <Place>" split by the model into one organisation.

    The organisation must start or end with an institution word ("Ministry of Trade ...",
    "... Party").

    >>> t = "the Ministry of Foreign Affairs of Kazakhstan said"
    >>> m = mentions_of(t, [(4, 31, "ORG"), (35, 45, "GPE")])
    >>> show(merge_of_place(m, t), t)
    [('Ministry of Foreign Affairs of Kazakhstan', 'ORG')]
    >>> t = "the Bank met in Paris of course"          # negative: no "of" between them
    >>> m = mentions_of(t, [(4, 8, "ORG"), (16, 21, "GPE")])
    >>> show(merge_of_place(m, t), t)
    [('Bank', 'ORG'), ('Paris', 'GPE')]
    """
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.label == "ORG" and m.label in ("GPE", "LOC")
                and {prev.text(text).split()[0], prev.text(text).split()[-1]} & set(_HEADS)
                and _OF.fullmatch(text, prev.end, m.start)):
            out[-1] = Mention(prev.start, m.end, "ORG", prev.ent_id)
            continue
        out.append(m)
    return out


_POLITY = regex.compile(
    r"\b(?:(?:First|Second|Third|Fourth|Fifth)\s+(?:[\p{Lu}][\p{L}]+\s+)?Republic|"
    r"(?:Kingdom|Republic|Duchy|Grand Duchy|County|Principality|Emirate|Sultanate|Khanate|"
    r"Crown|Empire|Caliphate)\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}\-]+"
    r"(?:\s+(?:and\s+)?[\p{Lu}][\p{L}\-]+)*)")


def polity_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Tag "Kingdom of X", "Duchy of X", "Second X Republic" as places, absorbing parts.

    >>> t = "the Kingdom of Saudi Arabia and the Sultanate of Oman"
    >>> show(polity_names(mentions_of(t, [(15, 27, "GPE")]), t), t)
    [('Kingdom of Saudi Arabia', 'GPE'), ('Sultanate of Oman', 'GPE')]
    >>> t = "a kingdom of heaven"                         # negative: lower case
    >>> show(polity_names([], t), t)
    []
    """
    found = [Mention(m.start(), m.end(), "GPE") for m in _POLITY.finditer(text)]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


# --------------------------------------------------------------------------- people
#: words that name an office or a party, written before a name ("Minister Bagdat Musin")
_ROLES = frozenset("""
Chairman Chairwoman Spokesman Spokeswoman Secretary Minister Ambassador Senator Governor
Mayor Judge Justice Envoy Commissioner Director Chancellor Premier President Libertarian
Republican Democrat Democratic Conservative Liberal Socialist Communist Labour Independent
""".split())


def trim_person_roles(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop a role word the model took into a person's name ("Minister Bagdat Musin").

    >>> t = "Minister Bagdat Musin proposed a joint fund"
    >>> show(trim_person_roles(mentions_of(t, [(0, 21, "PERSON")]), t), t)
    [('Bagdat Musin', 'PERSON')]
    >>> t = "Justice Smith said"                     # negative: nothing left but one word
    >>> show(trim_person_roles(mentions_of(t, [(0, 13, "PERSON")]), t), t)
    [('Justice Smith', 'PERSON')]
    """
    out = []
    for m in mentions:
        words = m.text(text).split(" ")
        if m.label == "PERSON" and len(words) >= 3 and words[0] in _ROLES:
            m = replace(m, start=m.start + len(words[0]) + 1)
        out.append(m)
    return out


# --------------------------------------------------------------------------- organisations
_LIST_SEP = regex.compile(r"\s+(?:[,/;]|or(?:\s+the)?|and\s+the|-)\s+(?=[\p{Lu}])")


def split_org_lists(mentions: list[Mention], text: str) -> list[Mention]:
    """Split an organisation span that is really a list of names ("A / B or the C").

    Each part must be a name on its own: two or more words with a capital, one of them an
    institution word ("Party", "University", ...), or a single word in capitals.

    >>> t = "the Amanat Party / Ak Zhol Democratic Party bloc"
    >>> show(split_org_lists(mentions_of(t, [(4, 43, "ORG")]), t), t)
    [('Amanat Party', 'ORG'), ('Ak Zhol Democratic Party', 'ORG')]
    >>> t = "the Peace and Unity Party"                  # negative: "and" joins one name
    >>> show(split_org_lists(mentions_of(t, [(4, 25, "ORG")]), t), t)
    [('Peace and Unity Party', 'ORG')]
    """
    out = []
    for m in mentions:
        seps = list(_LIST_SEP.finditer(text, m.start, m.end)) if m.label == "ORG" else []
        bounds = [m.start] + [x for s in seps for x in (s.start(), s.end())] + [m.end]
        parts = list(zip(bounds[0::2], bounds[1::2]))
        if len(parts) < 2 or not all(_looks_like_org(text[s:e]) for s, e in parts):
            out.append(m)
            continue
        out.extend(Mention(s, e, "ORG") for s, e in parts)
    return out


def _looks_like_org(name: str) -> bool:
    words = name.split()
    if len(words) == 1:
        return name.isupper() and len(name) > 1
    return words[0][:1].isupper() and bool(set(words) & set(_HEADS))


def join_party_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Join "<Adjective> and <Adjective> Party" that the model split at "and".

    The left part must not end in an institution word itself ("Labour Party and Green Party"
    are two parties).

    >>> t = "the Agrarian and Industrial Party won"
    >>> show(join_party_names(mentions_of(t, [(4, 12, "NORP"), (17, 33, "ORG")]), t), t)
    [('Agrarian and Industrial Party', 'ORG')]
    >>> t = "the Labour Party and Green Party"           # negative: two whole names
    >>> show(join_party_names(mentions_of(t, [(4, 16, "ORG"), (21, 32, "ORG")]), t), t)
    [('Labour Party', 'ORG'), ('Green Party', 'ORG')]
    """
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        prev = out[-1] if out else None
        if (prev is not None and m.label == "ORG" and prev.label in ("ORG", "NORP")
                and m.text(text).split()[-1] in _HEADS
                and prev.text(text).split()[-1] not in _HEADS
                and regex.fullmatch(r"\s+and\s+", text[prev.end:m.start])):
            out[-1] = Mention(prev.start, m.end, "ORG")
            continue
        out.append(m)
    return out


#: institution words that make a name an organisation whatever the model says
_ORG_HEADS = frozenset(_HEADS) - {"Centre", "Center", "Office", "Court", "Government", "Forces",
                                  "Army", "Department", "Service", "Board"}


def relabel_org_heads(mentions: list[Mention], text: str) -> list[Mention]:
    """A "person" or "place" whose last word is "Party", "Foundation", ... is an organisation.

    >>> t = "Ak Zhol Democratic Party"
    >>> show(relabel_org_heads(mentions_of(t, [(0, 24, "PERSON")]), t), t)
    [('Ak Zhol Democratic Party', 'ORG')]
    >>> t = "Kyrgyz Republic"                            # negative: no institution word
    >>> show(relabel_org_heads(mentions_of(t, [(0, 15, "GPE")]), t), t)
    [('Kyrgyz Republic', 'GPE')]
    """
    return [replace(m, label="ORG")
            if m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT")
            and len(m.text(text).split()) > 1 and m.text(text).split()[-1] in _ORG_HEADS else m
            for m in mentions]


_OF_NAME = regex.compile(
    r"\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}.'’\-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}.'’\-]*)*")


def extend_name_of(mentions: list[Mention], text: str) -> list[Mention]:
    """Extend "<...> Party" over a following "of <Capitalised Words>" the model left out.

    Places and organisations inside are absorbed; a person's name stops the extension.

    >>> t = "the People's Party of Kazakhstan took part"
    >>> show(extend_name_of(mentions_of(t, [(4, 18, "ORG")]), t), t)
    [("People's Party of Kazakhstan", 'ORG')]
    >>> t = "the Ak Zhol Party of Kazakhstan Azat Peruashev"
    >>> m = mentions_of(t, [(4, 17, "ORG"), (32, 46, "PERSON")])
    >>> show(extend_name_of(m, t), t)
    [('Ak Zhol Party of Kazakhstan', 'ORG'), ('Azat Peruashev', 'PERSON')]
    >>> t = "the Party of course"                          # negative: lower case after "of"
    >>> show(extend_name_of(mentions_of(t, [(4, 9, "ORG")]), t), t)
    [('Party', 'ORG')]
    """
    ordered = sorted(mentions, key=lambda x: x.start)
    out: list[Mention] = []
    absorbed_to = -1
    for m in ordered:
        if m.start < absorbed_to:
            continue
        if m.label == "ORG" and m.text(text).split()[-1] in _HEADS:
            tail = _OF_NAME.match(text, m.end)
            if tail:
                end = tail.end()
                for other in ordered:
                    if other.label == "PERSON" and m.end < other.end and other.start < end:
                        end = min(end, other.start)
                end = len(text[:end].rstrip())
                words = text[m.end:end].split()
                while words and words[-1] in ("and", "of", "the"):
                    end = text.rindex(words.pop(), m.end, end)
                    end = len(text[:end].rstrip())
                if words and words[-1][:1].isupper():
                    m = replace(m, end=end)
                    absorbed_to = end
        out.append(m)
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end
                                      and o.end - o.start > m.end - m.start for o in out)]


_FIRST = regex.compile(r"\s+First\b(?!\s+[\p{Lu}\d])")


def place_first_parties(mentions: list[Mention], text: str) -> list[Mention]:
    """"<Place> First" is a party or movement ("Britain First"), not the place.

    >>> t = "rallies of Britain First in the city"
    >>> show(place_first_parties(mentions_of(t, [(11, 18, "GPE")]), t), t)
    [('Britain First', 'ORG')]
    >>> t = "Canada First Nations leaders"                 # negative: a longer name goes on
    >>> show(place_first_parties(mentions_of(t, [(0, 6, "GPE")]), t), t)
    [('Canada', 'GPE')]
    """
    out = []
    for m in mentions:
        after = _FIRST.match(text, m.end) if m.label in ("GPE", "LOC", "NORP") else None
        out.append(Mention(m.start, after.end(), "ORG") if after else m)
    return out


Rule = Callable[[list[Mention], str], list[Mention]]

#: the rules in the order they run (``entities.rules`` names a subset)
RULES: dict[str, Rule] = {
    "split_parenthesised_acronym": split_parenthesised_acronym,
    "split_org_lists": split_org_lists,
    "trim_edges": trim_edges,
    "drop_identifiers": drop_identifiers,
    "fix_titles_as_person": fix_titles_as_person,
    "trim_person_roles": trim_person_roles,
    "relabel_org_heads": relabel_org_heads,
    "join_party_names": join_party_names,
    "merge_of_place": merge_of_place,
    "extend_name_of": extend_name_of,
    "place_first_parties": place_first_parties,
    "polity_names": polity_names,
    "election_events": election_events,
}
assert tuple(RULES) == ALL_RULES, "settings.ALL_RULES must list RULES in order"


def apply_rules(mentions: list[Mention], text: str, names: tuple[str, ...]) -> list[Mention]:
    """Run the named rules in :data:`RULES` order."""
    for name, rule in RULES.items():
        if name in names:
            mentions = rule(mentions, text)
    return mentions
