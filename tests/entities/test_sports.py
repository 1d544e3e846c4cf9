"""Sports-page rules on snippets written for these tests (results, tables, scorecards)."""

from __future__ import annotations

import pytest

from pipeline.entities.rules import RULES, show
from tests.entities.mentions import spans

CASES = [
    # (rule, text, model mentions, expected (text, label) pairs)
    ("sports_tables", "Aston Villa 20 11 4 5 33 19 37",
     [("Aston", "PERSON")], [("Aston Villa", "ORG")]),
    ("sports_tables", "Norwich 1 Ipswich 1 ( halftime 0-1 )",
     [("Norwich", "GPE"), ("Ipswich", "GPE")], [("Norwich", "ORG"), ("Ipswich", "ORG")]),
    ("sports_tables", "Maccabi Haifa ( Israel ) 8 4 4 12 0",
     [("Maccabi Haifa", "PERSON")], [("Maccabi Haifa", "ORG"), ("Israel", "GPE")]),
    ("sports_tables", "DENVER 12 9 .571 4 1/2", [("DENVER", "GPE")], [("DENVER", "ORG")]),
    ("sports_tables", "Mexico 2 Jamaica 0", [("Mexico", "GPE"), ("Jamaica", "GPE")],
     [("Mexico", "GPE"), ("Jamaica", "GPE")]),
    ("sports_tables", "Vijay Singh 66 69 70 68",                       # negative: rounds
     [("Vijay Singh", "PERSON")], [("Vijay Singh", "PERSON")]),
    ("sports_tables", "Soybeans 612.5 598.0 604.25",                  # negative: prices
     [], []),
    ("cricket_scorecards", "S. Tendulkar lbw b Donald 42",
     [("S. Tendulkar", "ORG")], [("S. Tendulkar", "PERSON"), ("Donald", "PERSON")]),
    ("cricket_scorecards", "R. Dravid c Pollock b Klusener 13",
     [], [("R. Dravid", "PERSON"), ("Pollock", "PERSON"), ("Klusener", "PERSON")]),
    ("cricket_scorecards", "Bowling : Srinath 9-1-37-2 , Prasad 8-0-41-1",
     [("Srinath", "GPE")], [("Srinath", "PERSON"), ("Prasad", "PERSON")]),
    ("cricket_scorecards", "Kent won by 4 wickets",                    # negative
     [("Kent", "GPE")], [("Kent", "GPE")]),
    ("line_ups", "Ireland : 1 - Shay Given , 2 - Gary Kelly , 3 - Ian Harte",
     [("Ireland", "GPE"), ("Gary Kelly", "ORG")],
     [("Ireland", "GPE"), ("Shay Given", "PERSON"), ("Gary Kelly", "PERSON"),
      ("Ian Harte", "PERSON")]),
    ("line_ups", "Section 2 - Methods", [], []),                      # negative
]


@pytest.mark.parametrize("rule,text,given,expected", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sports_rule_on_snippet(rule, text, given, expected):
    assert show(RULES[rule](spans(text, *given), text), text) == expected
