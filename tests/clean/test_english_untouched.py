"""Clean English with Latin diacritics, sports scorecards and names must come out as it went in.

The look-alike and codec repairs look for damage in Latin letters; these lines hold none.
(Written for this test in the style of news wires and encyclopedias; not benchmark text.)
"""

from __future__ import annotations

import pytest

from pipeline.clean import clean_text

UNTOUCHED = [
    "The Bloc Québécois and the Parti Québécois both campaigned in Québec City .",
    "Valéry Giscard d'Estaing met José María Aznar and Lech Wałęsa in Málaga .",
    "Société Générale and Crédit Agricole opened offices in Zürich and São Paulo .",
    "Laureates included Óscar Arias Sánchez , Rigoberta Menchú and Adolfo Pérez Esquivel .",
    "He studied at the Université de Montréal and the Universidad de Alcalá de Henares .",
    "Saeed Anwar c Knight b Mullally 75",
    "Inzamam-ul-Haq not out 42 , Extras ( lb-4 nb-1 w-2 ) 7",
    "Bowling : Mullally 9-1-38-2 ( 1nb , 2w ) , Gough 10-0-51-1 ( 1w )",
    "Wasim Akram 8-2-24-3 , Waqar Younis 10-1-45-2 ( 3nb )",
    "Bayer Leverkusen 3 Hansa Rostock 1 , Werder Bremen 2 Schalke 0",
    "SOCCER - GERMAN FIRST DIVISION RESULTS / STANDINGS .",
    "The 30th anniversary fell on the 89th day of the year .",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_clean_english_is_left_alone(text):
    result = clean_text(text)
    assert result.text == text, [(r.kind, r.before, r.after) for r in result.repairs]


def test_diacritics_inside_words_stay():
    text = "The party ran in Sandžak , Vojvodina and Kosovo ."
    assert clean_text(text).text == text
