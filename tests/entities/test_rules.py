"""Each entity rule on real snippets of the seed corpus, negatives included."""

from __future__ import annotations

import pytest

from pipeline.entities.rules import RULES, apply_rules, show
from tests.entities.mentions import spans

CASES = [
    # (rule, text, model mentions, expected (text, label) pairs)
    ("split_parenthesised_acronym",
     "Unlike the North Atlantic Treaty Organization (NATO) or Collective Security",   # 003
     [("North Atlantic Treaty Organization (NATO)", "ORG")],
     [("North Atlantic Treaty Organization", "ORG"), ("NATO", "ORG")]),
    ("split_parenthesised_acronym", "in Astana (July 3-4, 2024)",                      # negative
     [("Astana", "GPE")], [("Astana", "GPE")]),
    ("trim_edges", "the Shanghai Cooperation Organization's growing significance",     # 000
     [("the Shanghai Cooperation Organization's", "ORG")],
     [("Shanghai Cooperation Organization", "ORG")]),
    ("trim_edges", "It would behoove the U.S. to engage",                              # 003
     [("the U.S.", "GPE")], [("U.S.", "GPE")]),
    ("drop_identifiers", "ECONOMIC ANNALS-XXI ISSN 1728-6239 (Online)",                # 000
     [("ISSN 1728-6239", "ORG")], []),
    ("drop_identifiers", "the Bureau of National Statistics of Kazakhstan",            # negative
     [("Bureau of National Statistics", "ORG")], [("Bureau of National Statistics", "ORG")]),
    ("fix_titles_as_person", "Economic Annals-XXI, 213(1-2), 4-17.",                   # 000
     [("Economic Annals-XXI", "PERSON")], [("Economic Annals-XXI", "WORK_OF_ART")]),
    ("fix_titles_as_person", "President Kassym-Jomart Tokayev",                        # 004, neg.
     [("Kassym-Jomart Tokayev", "PERSON")], [("Kassym-Jomart Tokayev", "PERSON")]),
    ("merge_of_place", "21. Ministry of Trade and Integration of Kazakhstan. (2024).", # 000
     [("Ministry of Trade and Integration", "ORG"), ("Kazakhstan", "GPE")],
     [("Ministry of Trade and Integration of Kazakhstan", "ORG")]),
    ("merge_of_place", "China became Kazakhstan's largest trading partner",            # negative
     [("China", "GPE"), ("Kazakhstan", "GPE")], [("China", "GPE"), ("Kazakhstan", "GPE")]),
    ("polity_names", "the Republic of Kazakhstan for 2023",                            # 000
     [("Kazakhstan", "GPE")], [("Republic of Kazakhstan", "GPE")]),
    ("election_events", "ahead of the 2024 Kazakh parliamentary elections, observers",
     [("Kazakh", "NORP")], [("2024 Kazakh parliamentary elections", "EVENT")]),
    ("election_events", "elections are held in member states",                         # negative
     [], []),
]


@pytest.mark.parametrize("rule,text,given,expected", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_on_corpus_snippet(rule, text, given, expected):
    assert show(RULES[rule](spans(text, *given), text), text) == expected


def test_apply_rules_runs_only_named_rules():
    text = "ISSN 1728-6239 (Online)"
    given = spans(text, ("ISSN 1728-6239", "ORG"))
    assert show(apply_rules(given, text, ("trim_edges",)), text) == [("ISSN 1728-6239", "ORG")]


NAME_CASES = [
    # snippets written for these tests, in the style of news and encyclopedia text
    ("trim_edges", "the Philippines' delegation arrived",
     [("the Philippines'", "GPE")], [("Philippines", "GPE")]),
    ("election_events", "she stood in the 2016 mayoral election in Bishkek",
     [("Bishkek", "GPE")], [("2016 mayoral election in Bishkek", "EVENT")]),
    ("trim_person_roles", "Minister Bagdat Musin proposed the establishment",      # 002
     [("Minister Bagdat Musin", "PERSON")], [("Bagdat Musin", "PERSON")]),
    ("trim_person_roles", "Senator Smith said", [("Senator Smith", "PERSON")],     # negative
     [("Senator Smith", "PERSON")]),
    ("split_org_lists", "observers from the Eurasian Development Bank or the Asian Development "
     "Bank attended", [("Eurasian Development Bank or the Asian Development Bank", "ORG")],
     [("Eurasian Development Bank", "ORG"), ("Asian Development Bank", "ORG")]),
    ("split_org_lists", "the National Bank of Kazakhstan - Almaty said",           # negative
     [("National Bank of Kazakhstan - Almaty", "ORG")],
     [("National Bank of Kazakhstan - Almaty", "ORG")]),
    ("join_party_names", "the Christian Democratic and Civic Party entered parliament",
     [("Christian Democratic", "NORP"), ("Civic Party", "ORG")],
     [("Christian Democratic and Civic Party", "ORG")]),
    ("join_party_names", "the Green Party and Labour Party",                  # negative
     [("Green Party", "ORG"), ("Labour Party", "ORG")],
     [("Green Party", "ORG"), ("Labour Party", "ORG")]),
    ("relabel_org_heads", "leader of the Pirate Party in Iceland",
     [("Pirate Party", "PERSON"), ("Iceland", "GPE")],
     [("Pirate Party", "ORG"), ("Iceland", "GPE")]),
    ("extend_name_of", "the Communist Party of Bohemia and Moravia won seats",
     [("Communist Party", "ORG")], [("Communist Party of Bohemia and Moravia", "ORG")]),
    ("extend_name_of", "the Labour Party of course disagreed",                # negative
     [("Labour Party", "ORG")], [("Labour Party", "ORG")]),
    ("place_first_parties", "support from Ireland First in the vote",
     [("Ireland", "GPE")], [("Ireland First", "ORG")]),
    ("place_first_parties", "Ireland first joined in 1973",                   # negative
     [("Ireland", "GPE")], [("Ireland", "GPE")]),
]


@pytest.mark.parametrize("rule,text,given,expected", NAME_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NAME_CASES)])
def test_name_rule_on_snippet(rule, text, given, expected):
    assert show(RULES[rule](spans(text, *given), text), text) == expected
