"""Russian and Kazakh quantities (issue 15): each paragraph's language picks the reader.

The sentences are written for these tests (none comes from a benchmark); each phenomenon
has a Russian and a Kazakh case where both languages have it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document, Paragraph
from pipeline.quantities import QuantitySettings, find_quantities, find_quantities_in
from pipeline.quantities.cyrillic_read import read_paragraph

KINDS = {"money", "percent", "count", "duration", "physical", "number", "range", "period",
         "year", "date"}


def read(text: str, language: str) -> list[tuple]:
    """``(text, kind, value, low, high, unit, approx)`` of every quantity, in order."""
    found = read_paragraph(text, 0, len(text), language)
    for q in found:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.kind, q.value, q.low, q.high, q.unit, q.approx) for q in found]


def doc(text: str, language: str | None) -> Document:
    d = Document.from_text(text)
    d.paragraphs = [Paragraph(0, len(text), language)]
    d.languages = [language] if language else []
    return d


CASES = [
    # digits: decimal commas, space / no-break / thin-space groups, a dot grouping thousands
    ("ru", "Выручка составила 3 456,7 млн рублей.",
     [("3 456,7 млн рублей", "money", 3456.7e6, None, None, "RUB", None)]),
    ("ru", "На складе лежало 12\u00a0500 коробок.",
     [("12\u00a0500 коробок", "count", 12500.0, None, None, "коробка", None)]),
    ("kk", "Зауытта 1\u2009250 жұмысшы еңбек етеді.",
     [("1\u2009250 жұмысшы", "count", 1250.0, None, None, "жұмысшы", None)]),
    ("ru", "Билет стоит 15.000 руб.",
     [("15.000 руб.", "money", 15000.0, None, None, "RUB", None)]),
    # scale words and abbreviations in any form
    ("ru", "Бюджет вырос до 4,2 трлн рублей, а долг составил два миллиарда долларов.",
     [("4,2 трлн рублей", "money", 4.2e12, None, None, "RUB", None),
      ("два миллиарда долларов", "money", 2e9, None, None, "USD", None)]),
    ("kk", "Қорға 3,5 млрд теңге және екі миллион доллар түсті.",
     [("3,5 млрд теңге", "money", 3.5e9, None, None, "KZT", None),
      ("екі миллион доллар", "money", 2e6, None, None, "USD", None)]),
    ("kk", "Елде 18 мыңнан астам кәсіпорын бар.",
     [("18 мыңнан астам кәсіпорын", "count", 18000.0, None, None, "кәсіпорын", "over")]),
    # currencies: signs, abbreviations, names, the US dollar with its country
    ("ru", "Ноутбук стоил 850 долларов США, а планшет 300 €.",
     [("850 долларов США", "money", 850.0, None, None, "USD", None),
      ("300 €", "money", 300.0, None, None, "EUR", None)]),
    ("ru", "Обед обошелся в 640 ₽, такси в 12 долл.",
     [("640 ₽", "money", 640.0, None, None, "RUB", None),
      ("12 долл.", "money", 12.0, None, None, "USD", None)]),
    ("kk", "Келісімшарт құны 40 млн АҚШ долларын құрады, ал жалақы 250 мың ₸.",
     [("40 млн АҚШ долларын", "money", 40e6, None, None, "USD", None),
      ("250 мың ₸", "money", 250000.0, None, None, "KZT", None)]),
    ("ru", "Сделка оценена в 7 млрд юаней.",
     [("7 млрд юаней", "money", 7e9, None, None, "CNY", None)]),
    ("ru", "Счет на 1 020 рублей 40 копеек оплачен.",
     [("1 020 рублей 40 копеек", "money", 1020.4, None, None, "RUB", None)]),
    # percents
    ("ru", "Доля экспорта выросла на 12,5 процента, импорт упал на 3%.",
     [("12,5 процента", "percent", 12.5, None, None, "percent", None),
      ("3%", "percent", 3.0, None, None, "percent", None)]),
    ("kk", "Экспорттың 35 пайызы мұнайға тиесілі, тауарлардың 20%-ына баж салынады.",
     [("35 пайызы", "percent", 35.0, None, None, "percent", None),
      ("20%-ына", "percent", 20.0, None, None, "percent", None)]),
    # number words, compound, with a half
    ("ru", "В школе учатся триста сорок два ученика и полторы тысячи взрослых.",
     [("триста сорок два ученика", "count", 342.0, None, None, "ученик", None),
      ("полторы тысячи взрослых", "count", 1500.0, None, None, "взрослый", None)]),
    ("kk", "Ауылда жүз жиырма бес үй және екі жарым мың адам бар.",
     [("жүз жиырма бес үй", "count", 125.0, None, None, "үй", None),
      ("екі жарым мың адам", "count", 2500.0, None, None, "адам", None)]),
    # ranges
    ("ru", "Ремонт займет от 3 до 5 недель, доставка 7-10 дней.",
     [("от 3 до 5 недель", "range", None, 3.0, 5.0, "week", None),
      ("7-10 дней", "range", None, 7.0, 10.0, "day", None)]),
    ("kk", "Жөндеу 3-тен 5 аптаға дейін созылады, жеткізу 7-10 күн.",
     [("3-тен 5 аптаға", "range", None, 3.0, 5.0, "week", None),
      ("7-10 күн", "range", None, 7.0, 10.0, "day", None)]),
    ("ru", "Температура колебалась от −3 до 4 °С.",
     [("от −3 до 4 °С", "range", None, -3.0, 4.0, "degree_Celsius", None)]),
    # approximations and bounds
    ("ru", "Пришли около 200 гостей, свыше 40 журналистов и не менее 10 послов.",
     [("200 гостей", "count", 200.0, None, None, "гость", "about"),
      ("40 журналистов", "count", 40.0, None, None, "журналист", "over"),
      ("10 послов", "count", 10.0, None, None, "посол", "at_least")]),
    ("ru", "Продажи выросли более чем на 12,5% и почти в 3 раза.",
     [("12,5%", "percent", 12.5, None, None, "percent", "over"),
      ("3 раза", "count", 3.0, None, None, "раз", "about")]),
    ("ru", "Скидка до 15% действует почти 3 месяца.",
     [("15%", "percent", 15.0, None, None, "percent", "at_most"),
      ("3 месяца", "duration", 3.0, None, None, "month", "about")]),
    ("kk", "Жиынға шамамен 300 адам қатысты, оның 50-ге жуығы шетелдіктер.",
     [("300 адам", "count", 300.0, None, None, "адам", "about"),
      ("50-ге", "number", 50.0, None, None, None, "about")]),
    ("kk", "Бағдарламаға 60 млрд теңгеден артық қаржы бөлінді.",
     [("60 млрд теңгеден", "money", 60e9, None, None, "KZT", "over")]),
    ("kk", "Инфляция 9 пайызға дейін жетуі мүмкін, бағасы 5 мың теңгеге дейін.",
     [("9 пайызға", "percent", 9.0, None, None, "percent", None),
      ("5 мың теңгеге", "money", 5000.0, None, None, "KZT", "at_most")]),
    # counts: the lemma of the counted noun, through adjectives
    ("ru", "Построено 14 новых детских садов и 3 поликлиники.",
     [("14 новых детских садов", "count", 14.0, None, None, "сад", None),
      ("3 поликлиники", "count", 3.0, None, None, "поликлиника", None)]),
    ("kk", "Облыста 14 мектеп және 3 ауруханадан тұратын кешен салынды.",
     [("14 мектеп", "count", 14.0, None, None, "мектеп", None),
      ("3 ауруханадан", "count", 3.0, None, None, "аурухана", None)]),
    # durations
    ("ru", "Он прожил там 12 лет, 4 месяца и 9 дней.",
     [("12 лет", "duration", 12.0, None, None, "year", None),
      ("4 месяца", "duration", 4.0, None, None, "month", None),
      ("9 дней", "duration", 9.0, None, None, "day", None)]),
    ("kk", "Құрылыс 2 жылға, 6 айға және 10 күнге созылды.",
     [("2 жылға", "duration", 2.0, None, None, "year", None),
      ("6 айға", "duration", 6.0, None, None, "month", None),
      ("10 күнге", "duration", 10.0, None, None, "day", None)]),
    # physical units, in pint's names
    ("ru", "Трасса длиной 320 км, груз 18 т, расход 2,5 кВт·ч.",
     [("320 км", "physical", 320.0, None, None, "kilometer", None),
      ("18 т", "physical", 18.0, None, None, "metric_ton", None),
      ("2,5 кВт·ч", "physical", 2.5, None, None, "kilowatt_hour", None)]),
    ("kk", "Жолдың ұзындығы 450 шақырым, резервуар көлемі 30 м³.",
     [("450 шақырым", "physical", 450.0, None, None, "kilometer", None),
      ("30 м³", "physical", 30.0, None, None, "meter ** 3", None)]),
    # not quantities: years, dates, ordinals, list markers, phone numbers, models, one alone
    ("ru", "В 2019 году, 5 марта, на 3-м этаже офиса на iPhone 11 позвонили: 8-495-123-45-67.",
     [("2019 году", "year", 2019.0, None, None, None, None),
      ("5 марта", "date", 5.0, None, None, None, None)]),
    ("kk", "Бір күні ол 3-ші орынға шықты.", []),
    ("ru", "Сдается 2-х комнатная квартира на ул. Ленина 15, тел. 8 (727) 123-45-67.", []),
    ("ru", "Детям 5 и 7 лет, встреча в 10 утра, билет 100 или 200 рублей.",
     [("5", "duration", 5.0, None, None, "year", None),
      ("7 лет", "duration", 7.0, None, None, "year", None),
      ("100", "money", 100.0, None, None, "RUB", None),
      ("200 рублей", "money", 200.0, None, None, "RUB", None)]),
    ("ru", "Цены выросли процентов на 20, а 5-летний план выполнен.",
     [("процентов на 20", "percent", 20.0, None, None, "percent", "about")]),
    # a change from one value to another is two values, not a range or a bound
    ("ru", "Экспорт вырос в 1,5 раза — до 12 млрд долларов, безработица снизилась с 6% до 5%.",
     [("1,5 раза", "count", 1.5, None, None, "раз", None),
      ("12 млрд долларов", "money", 12e9, None, None, "USD", None),
      ("6%", "percent", 6.0, None, None, "percent", None),
      ("5%", "percent", 5.0, None, None, "percent", None)]),
    ("kk", "Инфляция 9 пайыздан 7 пайызға дейін төмендеді, 16 өңірден өкілдер келді.",
     [("9 пайыздан", "percent", 9.0, None, None, "percent", None),
      ("7 пайызға", "percent", 7.0, None, None, "percent", None),
      ("16 өңірден", "count", 16.0, None, None, "өңір", None)]),
    ("ru", "Пришло человек сорок, ждали минут 10, скорость 90 км/ч.",
     [("человек сорок", "count", 40.0, None, None, "человек", "about"),
      ("минут 10", "duration", 10.0, None, None, "minute", "about"),
      ("90 км/ч", "physical", 90.0, None, None, "kilometer / hour", None)]),
    ("kk", "Ол 3 күндік сапармен келді, халық саны 19 миллионнан асты.",
     [("3 күндік", "duration", 3.0, None, None, "day", None),
      ("19 миллионнан", "number", 19e6, None, None, None, "over")]),
    ("ru", "Магазин на ул. Мира, д. 15, кв. 3 работал в 90-х годах в 7 классе школы.",
     [("90-х годах", "date", 90.0, None, None, None, None)]),
    ("kk", "Сағат 9-да басталған жиынға 12 адам келді.",
     [("12 адам", "count", 12.0, None, None, "адам", None)]),
    ("ru", "Подписчиков уже больше 10к, а просмотров полмиллиона.",
     [("10к", "number", 10000.0, None, None, None, "over"),
      ("просмотров полмиллиона", "count", 500000.0, None, None, "просмотр", "about")]),
    # collective numerals stand alone; vague plurals are the decade they name
    ("kk", "Олардың үшеуі келді, мыңдаған адамдар қарсы алды.",
     [("үшеуі", "number", 3.0, None, None, None, None),
      ("мыңдаған адамдар", "range", None, 1000.0, 10000.0, "адам", None)]),
    ("ru", "Сотни тысяч зрителей пришли, а на двоих дали 5 билетов.",
     [("Сотни тысяч зрителей", "range", None, 1e5, 1e6, "зритель", None),
      ("двоих", "number", 2.0, None, None, None, None),
      ("5 билетов", "count", 5.0, None, None, "билет", None)]),
]


@pytest.mark.parametrize("language,text,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_cyrillic_reader_reads_the_phenomenon(language, text, expected):
    assert read(text, language) == expected


def test_cyrillic_physical_quantities_get_si_fields():
    [km] = read_paragraph("Трасса длиной 320 км.", 0, 21, "ru")
    assert (km.dimension, km.si_value, km.si_unit) == ("[length]", 320000.0, "meter")
    [days] = read_paragraph("Отпуск 10 күн.", 0, 14, "kk")
    assert (days.kind, days.dimension, days.si_unit) == ("duration", "[time]", "second")


def test_cyrillic_stage_picks_the_reader_by_paragraph_language():
    text = "Exports rose 5% to USD 2 billion.\n\nЭкспорт вырос на 5% до 2 млрд долларов."
    d = doc(text, None)
    d.paragraphs = [Paragraph(0, 33, "en"), Paragraph(35, len(text), "ru")]
    d.languages = ["en", "ru"]
    found = find_quantities(d, QuantitySettings())["quantities"]
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("5%", 5.0, "percent"), ("USD 2 billion", 2e9, "USD"),
        ("5%", 5.0, "percent"), ("2 млрд долларов", 2e9, "USD")]


@pytest.mark.parametrize("text", [
    "Trade rose 4.5% to $31.5 billion in 2023, over 1,200 km of rail and 3 new ports.",
    "About 80 000 people, 12-15 days, up to 30% and one hundred and six cars.",
    "The Russian word for it is 'тысяча', written 1 000 in the report.",
])
def test_english_paragraphs_give_the_english_readers_records(text):
    """An English paragraph's records are exactly those of the English reader, alone or
    beside a Russian paragraph."""
    english = list(find_quantities_in(text, QuantitySettings(), lambda _pos: "en"))
    assert find_quantities(doc(text, "en"), QuantitySettings())["quantities"] == english
    mixed = text + "\n\nЦена выросла до 20 тыс. руб."
    d = doc(mixed, None)
    d.paragraphs = [Paragraph(0, len(text), "en"), Paragraph(len(text) + 2, len(mixed), "ru")]
    d.languages = ["en", "ru"]
    found = find_quantities(d, QuantitySettings())["quantities"]
    assert [q for q in found if q.end <= len(text)] == english


def test_english_documents_do_not_load_pymorphy3():
    code = ("import sys\n"
            "from pipeline.document import Document, Paragraph\n"
            "from pipeline.quantities import QuantitySettings, find_quantities\n"
            "d = Document.from_text('Up 5% to USD 3 billion.')\n"
            "d.paragraphs = [Paragraph(0, len(d.text), 'en')]; d.languages = ['en']\n"
            "find_quantities(d, QuantitySettings())\n"
            "assert 'pymorphy3' not in sys.modules\n"
            "d = Document.from_text('Рост на 5% до 3 млрд рублей.')\n"
            "find_quantities(d, QuantitySettings())\n"
            "assert 'pymorphy3' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("language,text", [
    (None, "20 тыс руб"), (None, "Цена 500 руб./кв.м"), ("mk", "Их было 5 человек"),
    (None, "Жер көлемі 1,6 млн. км²"),
])
def test_short_cyrillic_paragraphs_without_a_language_are_read_by_script(language, text):
    found = find_quantities(doc(text, language), QuantitySettings())["quantities"]
    assert found and found[0].unit in ("RUB", "RUB/meter ** 2", "человек", "kilometer ** 2")


_ALPHABET = ("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәіңғүұқөһАБВМТЕҚ0123456789 ,.-–—%₽$€₸/"
             "°²³·\u00a0\u202f\n")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=60), language=st.sampled_from(["ru", "kk"]))
def test_cyrillic_reader_never_raises_and_spans_hold(text, language):
    for q in read_paragraph(text, 0, len(text), language):
        assert text[q.start:q.end] == q.text
        assert q.kind in KINDS
        assert (q.value is None) == (q.kind in ("range", "period"))


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=0, max_value=10**9), language=st.sampled_from(["ru", "kk"]))
def test_cyrillic_space_grouped_digits_read_back(value, language):
    written = f"{value:,}".replace(",", "\u00a0")
    text = f"Итого {written} штук." if language == "ru" else f"Барлығы {written} дана."
    [q] = read_paragraph(text, 0, len(text), language)
    assert q.value == float(value)
