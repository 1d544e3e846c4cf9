"""Russian and Kazakh quantities (issue 15): mechanisms that must hold beyond the benchmark's
sentences. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from pipeline.quantities.cyrillic_read import read_paragraph


def read(text: str, language: str) -> list[tuple]:
    """``(text, kind, value, low, high, unit, approx)`` of every quantity, in order."""
    found = read_paragraph(text, 0, len(text), language)
    for q in found:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.kind, q.value, q.low, q.high, q.unit, q.approx) for q in found]


CASES = [
    # a currency sign before the number, as English writes it
    ("sign-before", "ru", "Купил наушники за $200 на распродаже.",
     [("$200", "money", 200.0, None, None, "USD", None)]),
    ("sign-before-neg", "ru", "Лот № 15 снят с торгов.", []),
    # digits after a thousands scale add to it
    ("compound-thousand", "ru", "На счету осталось 3 тысячи 500 рублей.",
     [("3 тысячи 500 рублей", "money", 3500.0, None, None, "RUB", None)]),
    ("compound-thousand-neg", "ru", "Приехали 3 тысячи гостей, 500 из них дети.",
     [("3 тысячи гостей", "count", 3000.0, None, None, "гость", None),
      ("500", "number", 500.0, None, None, None, None)]),
    # a counted noun past its adjectives may be a time word, a currency, a unit
    ("head-time", "ru", "Посылку привезут через 2-4 рабочих дня.",
     [("2-4 рабочих дня", "range", None, 2.0, 4.0, "day", None)]),
    ("head-money", "ru", "Дед хранил 40 старых рублей в шкатулке.",
     [("40 старых рублей", "money", 40.0, None, None, "RUB", None)]),
    ("head-time-kk", "kk", "Құжат 10 жұмыс күні ішінде дайын болады.",
     [("10 жұмыс күні", "duration", 10.0, None, None, "day", None)]),
    ("head-count", "ru", "Открылись 6 новых библиотек.",
     [("6 новых библиотек", "count", 6.0, None, None, "библиотека", None)]),
    # a one-letter unit before the genitive noun it measures
    ("short-unit-genitive", "ru", "Возьмите 250 г муки и 1 л кефира.",
     [("250 г", "physical", 250.0, None, None, "gram", None),
      ("1 л", "physical", 1.0, None, None, "liter", None)]),
    ("short-unit-ordinal-neg", "ru", "Собрание пройдет в 3 м корпусе.", []),
    # kitchen abbreviations with spaced dots
    ("measure-spaced", "ru", "Всыпьте 3 ст. л. крахмала.",
     [("3 ст. л.", "count", 3.0, None, None, "столовая ложка", None)]),
    # number words: a parse that makes the word a numeral; Kazakh hundreds multiply
    ("ru-number-word-parse", "ru", "Тремя годами позже пришли четверо.",
     [("Тремя годами", "duration", 3.0, None, None, "year", None),
      ("четверо", "number", 4.0, None, None, None, None)]),
    ("kk-hundreds", "kk", "Кітапханада екі жүз қырық кітап бар.",
     [("екі жүз қырық кітап", "count", 240.0, None, None, "кітап", None)]),
    ("kk-hundreds-thousand", "kk", "Жәрменкеге төрт жүз мың адам келді.",
     [("төрт жүз мың адам", "count", 400000.0, None, None, "адам", None)]),
    # ``пол-`` halves a scale word too
    ("half-scale", "ru", "Штраф составил полмиллиона рублей.",
     [("полмиллиона рублей", "money", 500000.0, None, None, "RUB", None)]),
    ("half-noun-neg", "ru", "Книги стоят на полке.", []),
    # a decimal takes no ordinal ending: the letter after it is a unit
    ("decimal-short-unit", "ru", "Доска 1,8 или 2,4 м длиной.",
     [("1,8", "physical", 1.8, None, None, "meter", None),
      ("2,4 м", "physical", 2.4, None, None, "meter", None)]),
    # ``с лишним`` between a number and its unit; a unit name in inverted order
    ("over-inside", "ru", "Спектакль шел два с лишним часа.",
     [("два с лишним часа", "duration", 2.0, None, None, "hour", "over")]),
    ("inverted-unit", "ru", "До станции метров триста.",
     [("метров триста", "physical", 300.0, None, None, "meter", "about")]),
    # a year with its word is no end of a range; two years with a plural word are a period
    ("year-word-no-range", "ru", "На 2020 год — 12 тыс. участников.",
     [("2020 год", "year", 2020.0, None, None, None, None),
      ("12 тыс. участников", "count", 12000.0, None, None, "участник", None)]),
    ("years-plural-period", "ru", "Завод строили 1950—1954 годы.",
     [("1950—1954 годы", "period", None, 1950.0, 1954.0, None, None)]),
    # один/бір with a measure or a currency is an amount; with a count it stays a pronoun
    ("one-measure", "kk", "Бір литр сүт 400 теңге тұрады.",
     [("Бір литр", "physical", 1.0, None, None, "liter", None),
      ("400 теңге", "money", 400.0, None, None, "KZT", None)]),
    ("one-idiom-neg", "kk", "Бір күні ол ауылға қайтты.", []),
    ("one-pronoun-neg", "ru", "Один человек остался у входа.", []),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_cyrillic_read_mechanism(case):
    _, language, text, expected = case
    assert read(text, language) == expected


def _doc(text: str, language: str):
    from pipeline.document import Document, Paragraph
    d = Document.from_text(text)
    d.paragraphs = [Paragraph(0, len(text), language)]
    d.languages = [language]
    return d


MIXED = [
    # a Russian quote in a Kazakh paragraph is read by the Russian reader
    ("kk-para-ru-sentence", "kk",
     "Әкімдік 40 млн теңге бөлді. Чиновник сказал, что хватит на три года.",
     [("40 млн теңге", "money", 40e6, "KZT"), ("три года", "duration", 3.0, "year")]),
    # a Kazakh sentence in a Russian post is read by the Kazakh reader
    ("ru-para-kk-sentence", "ru",
     "Цены выросли на 7%. Ауылда үш жүз отбасы тұрады.",
     [("7%", "percent", 7.0, "percent"), ("үш жүз отбасы", "count", 300.0, "отбасы")]),
    # a Kazakh name in a Russian sentence does not make it Kazakh
    ("ru-para-kazakh-name", "ru", "В Қарағанды открыли 2 новые школы.",
     [("2 новые школы", "count", 2.0, "школа")]),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize("case", MIXED, ids=[c[0] for c in MIXED])
def test_quantities_reader_per_sentence(case):
    from pipeline.quantities import QuantitySettings, find_quantities
    _, language, text, expected = case
    found = find_quantities(_doc(text, language), QuantitySettings())["quantities"]
    assert [(q.text, q.kind, q.value, q.unit) for q in found] == expected
