"""The words Russian and Kazakh write numbers, scales, currencies and percentages with.

Russian entries are lemmas (dictionary forms): the quantities stage reads every inflected
form through pymorphy3 (``тысячами`` -> ``тысяча``, ``рублей`` -> ``рубль``), so no case
ending is listed here. Kazakh entries are stems: the stage strips the case, possessive and
plural suffixes first (``теңгеден`` -> ``теңге``, ``мыңнан`` -> ``мың``). Abbreviations are
written forms, matched as written (``млн``, ``руб``, ``долл``), with or without their dot.

A leaf, like the rest of :mod:`pipeline.numbers`.
"""

from __future__ import annotations

#: Russian cardinal and collective numerals, lemma -> value
RU_NUMBERS = {
    "ноль": 0, "нуль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    "восьмеро": 8, "девятеро": 9, "десятеро": 10, "полтора": 1.5, "полтораста": 150,
}
#: Russian scale words, lemma -> factor
RU_SCALES = {"тысяча": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12,
             # nouns that count in tens, dozens and hundreds multiply like them
             "десяток": 10.0, "дюжина": 12.0, "сотня": 100.0}
#: Kazakh numerals, stem -> value
KK_NUMBERS = {
    "нөл": 0, "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7,
    "сегіз": 8, "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50,
    "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90, "жүз": 100, "жарты": 0.5,
}
#: Kazakh scale words, stem -> factor
KK_SCALES = {"мың": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}
#: scale abbreviations of both languages, as written without the dot
SCALE_ABBR_CYR = {"тыс": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12}

#: currencies by Russian lemma or Kazakh stem -> ISO 4217
CURRENCY_LEMMAS = {
    "рубль": "RUB", "копейка": "RUB", "доллар": "USD", "цент": "USD", "евро": "EUR",
    "тенге": "KZT", "теңге": "KZT", "тиын": "KZT", "юань": "CNY", "фунт": "GBP",
    "иена": "JPY", "йена": "JPY", "франк": "CHF", "сом": "KGS", "гривна": "UAH",
    "манат": "TMT", "лира": "TRY", "рупия": "INR",
}
#: sub-units: lemma -> fraction of the main unit
CURRENCY_SUBUNITS = {"копейка": 0.01, "цент": 0.01, "тиын": 0.01}
#: currency abbreviations and signs as written (lower case, no final dot)
CURRENCY_ABBR = {
    "руб": "RUB", "р": "RUB", "₽": "RUB", "долл": "USD", "дол": "USD", "$": "USD",
    "€": "EUR", "₸": "KZT", "тг": "KZT", "¥": "CNY", "£": "GBP", "коп": "RUB",
    # the banknote emoji stand for their currency
    "💶": "EUR", "💵": "USD", "💷": "GBP", "💴": "JPY",
}
#: written with their scale: ``50 т. р.`` is twenty thousand roubles
SCALED_CURRENCY_ABBR = {("т", "р"): ("RUB", 1e3), ("тыс", "руб"): ("RUB", 1e3)}
#: a country name written with ``доллар`` that names the US dollar (``АҚШ доллары``,
#: ``доллар США``): part of the currency's span
DOLLAR_COUNTRY = {"сша", "ақш"}

#: percent words: Russian lemma, Kazakh stem
PERCENT_LEMMAS = {"процент": "percent", "пайыз": "percent"}
