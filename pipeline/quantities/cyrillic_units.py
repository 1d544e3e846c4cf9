"""Units as Russian and Kazakh write them, mapped to the names the English records use.

Three vocabularies, each keyed the way the reader looks words up:

- :data:`TIME_LEMMAS`: Russian lemmas and Kazakh stems of time words -> the English time unit
  of the records (``лет`` -> lemma ``год`` -> ``year``; ``жас``, an age, is ``year`` too);
- :data:`UNIT_LEMMAS`: Russian lemmas and Kazakh stems of unit names -> pint's name
  (``километр`` -> ``kilometer``, ``шақырым`` -> ``kilometer``);
- :data:`UNIT_ABBR`: abbreviations and symbols as written, without a final dot -> pint's name
  or a time unit (``км``, ``м²``, ``кВт·ч``, ``°С`` with a Cyrillic С, ``ч``, ``мин``).

Kitchen measures are counts of their noun, as the benchmark's conventions and the English
records file them (``ч.л.`` -> ``чайная ложка``).
"""

from __future__ import annotations

#: time words -> the records' time unit
TIME_LEMMAS = {
    "год": "year", "месяц": "month", "неделя": "week", "день": "day", "сутки": "day",
    "час": "hour", "минута": "minute", "секунда": "second", "век": "century",
    "столетие": "century", "десятилетие": "decade", "квартал": "quarter",
    "жыл": "year", "ай": "month", "апта": "week", "күн": "day", "тәулік": "day",
    "сағат": "hour", "минут": "minute", "секунд": "second", "ғасыр": "century",
    "жас": "year", "жасар": "year",
}
#: time abbreviations as written
TIME_ABBR = {"ч": "hour", "мин": "minute", "сек": "second", "с": "second", "сут": "day",
             "мес": "month", "нед": "week", "ж": "year", "г": "year", "гг": "year"}
#: unit names (Russian lemma, Kazakh stem) -> pint's name
UNIT_LEMMAS = {
    "метр": "meter", "километр": "kilometer", "сантиметр": "centimeter",
    "миллиметр": "millimeter", "шақырым": "kilometer", "грамм": "gram",
    "килограмм": "kilogram", "миллиграмм": "milligram", "тонна": "metric_ton",
    "центнер": "quintal", "литр": "liter", "миллилитр": "milliliter", "гектар": "hectare",
    "градус": "degree_Celsius", "килокалория": "kilocalorie", "калория": "calorie",
    "киловатт": "kilowatt", "мегаватт": "megawatt", "гигаватт": "gigawatt",
    "ватт": "watt", "вольт": "volt", "гигабайт": "gigabyte", "мегабайт": "megabyte",
    "баррель": "barrel", "миля": "mile",
}
#: a word before a length that squares or cubes it (``шаршы метр``, ``кв. м``)
POWER_WORDS = {"квадратный": 2, "кубический": 3, "шаршы": 2, "текше": 3, "кв": 2, "куб": 3}
#: abbreviations and symbols as written (lower case, no final dot) -> pint's name
UNIT_ABBR = {
    "м": "meter", "км": "kilometer", "см": "centimeter", "мм": "millimeter",
    "кг": "kilogram", "г": "gram", "гр": "gram", "мг": "milligram", "т": "metric_ton",
    "тн": "metric_ton", "ц": "quintal", "л": "liter", "мл": "milliliter", "га": "hectare",
    "м²": "meter ** 2", "м2": "meter ** 2", "км²": "kilometer ** 2", "км2": "kilometer ** 2",
    "см²": "centimeter ** 2", "м³": "meter ** 3", "м3": "meter ** 3",
    "см³": "centimeter ** 3", "км/ч": "kilometer / hour", "м/с": "meter / second",
    "квт": "kilowatt", "мвт": "megawatt", "гвт": "gigawatt", "вт": "watt",
    "квт·ч": "kilowatt_hour", "квт*ч": "kilowatt_hour", "мвт·ч": "megawatt_hour",
    "квтч": "kilowatt_hour", "ккал": "kilocalorie", "кал": "calorie", "гб": "gigabyte",
    "мб": "megabyte", "тб": "terabyte", "°с": "degree_Celsius", "°c": "degree_Celsius",
    "℃": "degree_Celsius", "°": "degree",
}
#: unit symbols, written without a dot: a dot after one ends the sentence (``320 км.``)
SYMBOLS = frozenset(("км", "м", "см", "мм", "кг", "г", "мг", "т", "л", "мл", "га", "вт",
                     "квт", "мвт", "гвт", "ккал", "гб", "мб", "тб", "квтч", "ч"))
#: abbreviations of kitchen measures -> the counted noun
MEASURE_ABBR = {"ч.л": "чайная ложка", "ст.л": "столовая ложка", "ч. ложка": "чайная ложка",
                "ст. ложка": "столовая ложка", "шт": "штука"}
#: single-letter abbreviations, which are units only right after a number and before a
#: boundary (``1,5 м:``), not before a word they could be an ending of (``в 4 м подъезде``)
SHORT_ABBR = frozenset(k for k in (*UNIT_ABBR, *TIME_ABBR) if len(k) == 1)
#: Kazakh stems of all the above, which the suffix stripper must know
KK_UNIT_STEMS = frozenset(("жыл", "ай", "апта", "күн", "тәулік", "сағат", "минут", "секунд",
                           "ғасыр", "жас", "жасар", "шақырым", "метр", "километр", "шаршы", "текше",
                           "тонна", "литр", "грамм", "килограмм", "гектар", "градус",
                           "рет", "есе", "мәрте"))
