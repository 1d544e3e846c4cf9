"""Paragraph sections on real snippets of the seed corpus (000: journal article, 003/004: web)."""

from __future__ import annotations

import pytest

from pipeline.structure import classify
from pipeline.structure.rules import is_caption, is_front_matter, is_navigation, is_reference

SEED = [  # 000_56ef3faa7d8af6f0.txt, in document order
    ("ECONOMIC ANNALS-XXI ISSN 1728-6239 (Online) ISSN 1728-6220 (Print)", "front_matter"),
    ("Volume 213 Issue (1-2)'2025", "front_matter"),
    ("Akbar Bitleuov\nMA (Social Sciences),\nSorbonne-Kazakhstan Institute,\n"
     "ORCID ID: https://orcid.org/0009-0007-8234-4438", "front_matter"),
    ("# Kazakhstan's strategic leadership in the Shanghai Cooperation Organization", "heading"),
    ("#### **Abstract**", "heading"),
    ("Results. Kazakhstan's foreign trade turnover reached USD 139.8 billion in 2023.",
     "abstract"),
    ("**Keywords:** Shanghai Cooperation Organization; Kazakhstan; Regional Integration",
     "front_matter"),
    ("**DOI:** https://doi.org/10.21003/ea.V213-01", "front_matter"),
    ("#### 1. Introduction", "heading"),
    ("Contemporary scholarship on international relations has increasingly focused on it.",
     "body"),
    ("Table 1: SCO Summit Achievements Under Kazakhstan's Chairmanship (July 2024)", "caption"),
    ("Achievement Category\tNumber of Documents\nSecurity Cooperation\t6\nTotal\t25", "table"),
    ("Source: Drishti IAS (2024), Astana Times (2024, July 4)", "caption"),
    ("#### References", "heading"),
    ("- 6. Astana Times. (2024, March 21). Kazakhstan's non-oil exports reach USD 35.1 billion "
     "as nation diversifies economy. https://astanatimes.com/2024/03/", "references"),
    ("# ECONOMIC ANNALS-XXI WORLD ECONOMY AND POLICY", "navigation"),
    ("Received 29.11.2024 Received in revised form 19.12.2024 Accepted 28.12.2024",
     "front_matter"),
]


def test_classify_seed_paper_sections():
    texts, expected = zip(*SEED)
    assert classify(list(texts)) == list(expected)


def test_classify_reference_title_amount_is_not_body():
    """A reference title's "USD 35.1 billion" must never reach the claims stage."""
    kinds = dict(zip([t for t, _ in SEED], classify([t for t, _ in SEED])))
    assert kinds[SEED[14][0]] == "references"


@pytest.mark.parametrize("text,expected", [
    ("Crossroads Asia | Diplomacy | Central Asia", True),         # 003
    ("4 mins read", True),                                         # 004
    ("Credit: Facebook/Aqorda", True),                             # 003
    ("The SCO represents more than 3 billion people.", False),     # 003, negative
])
def test_is_navigation(text, expected):
    assert is_navigation(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("catherine.poujol@inalco.fr", True),
    ("JEL Classification: F15; F53; F55; F59; P48", True),
    ("China became Kazakhstan's largest trading partner in 2023.", False),
])
def test_is_front_matter(text, expected):
    assert is_front_matter(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("- 23. Panke, D., Polat, G., & Hohlstein, F. (2022). Who performs better?", True),
    ("- 26. Shanghai Cooperation Organization. (2024). SCO member states.", True),
    ("Kazakhstan, along with other partner countries, has played a key role.", False),
])
def test_is_reference(text, expected):
    assert is_reference(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Figure 3: Security Cooperation Framework and Regional Stability Enhancement", True),
    ("Table salt prices rose.", False),
])
def test_is_caption(text, expected):
    assert is_caption(text) is expected
