"""Word lists the quantity patterns read: number words, scales, currencies, approximations.

Kept as data (ftfy keeps its fixes in one dict) so a new currency or hedge word is one line,
and so the PhraseMatcher in :mod:`.tokens` and the parsers in :mod:`.numbers` share one
vocabulary.
"""

from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "nought": 0, "naught": 0, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
#: words that multiply what precedes them
SCALE_WORDS = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9,
               "trillion": 1e12, "dozen": 12.0, "dozens": 12.0, "lakh": 1e5, "lakhs": 1e5,
               "crore": 1e7, "crores": 1e7}
#: scale abbreviations written after digits (``31.5bn``, ``USD 5 mln``, ``10k``)
SCALE_ABBR = {
    "k": 1e3, "th": 1e3, "thous": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "mio": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "g": 1e9, "tn": 1e12, "trn": 1e12,
    "tln": 1e12, "t": 1e12, "millions": 1e6, "billions": 1e9, "thousands": 1e3,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9,
    "trillionth": 1e12,
}
#: denominators of spelled-out fractions (``two thirds``, ``a quarter``)
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "sevenths": 7,
    "eighths": 8, "ninths": 9, "tenths": 10,
}
SIGN_WORDS = {"minus": -1.0, "negative": -1.0}

#: currency written before or after the amount, lower-cased surface -> ISO 4217
CURRENCIES = {
    "$": "USD", "us$": "USD", "us $": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "bucks": "USD",
    "c$": "CAD", "c $": "CAD", "cad": "CAD", "canadian dollars": "CAD", "canadian dollar": "CAD",
    "a$": "AUD", "aud": "AUD", "australian dollars": "AUD",
    "australian dollar": "AUD", "hk$": "HKD", "hk $": "HKD", "hkd": "HKD",
    "hong kong dollars": "HKD", "nz$": "NZD", "nz $": "NZD", "new zealand dollars": "NZD",
    "s$": "SGD", "s $": "SGD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "nt$": "TWD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "pounds sterling": "GBP", "british pounds": "GBP", "¥": "JPY", "jpy": "JPY", "yen": "JPY",
    "yuan": "CNY", "cny": "CNY", "rmb": "CNY", "renminbi": "CNY", "₸": "KZT", "kzt": "KZT",
    "tenge": "KZT", "₽": "RUB", "rub": "RUB", "rubles": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rouble": "RUB", "₹": "INR", "inr": "INR", "rupees": "INR",
    "rupee": "INR", "rs": "INR", "rs.": "INR", "swiss francs": "CHF", "chf": "CHF",
    "francs": "CHF", "franc": "CHF", "french francs": "FRF", "deutsche marks": "DEM",
    "marks": "DEM", "dm": "DEM", "finnish markka": "FIM", "markka": "FIM", "markkaa": "FIM",
    "dutch guilders": "NLG", "guilders": "NLG", "pesetas": "ESP", "lire": "ITL", "lira": "TRY",
    "shekels": "ILS", "shekel": "ILS", "won": "KRW", "krw": "KRW", "₩": "KRW",
    "pesos": "MXN", "mexican pesos": "MXN", "rand": "ZAR", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "naira": "NGN", "dirhams": "AED", "riyals": "SAR", "kronor": "SEK",
    "swedish kronor": "SEK", "krona": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK",
    "zloty": "PLN", "forint": "HUF", "som": "KGS", "soms": "KGS", "sum": "UZS", "soum": "UZS",
    "somoni": "TJS", "manat": "TMT", "real": "BRL", "reais": "BRL", "hryvnia": "UAH",
    "hryvnias": "UAH", "chinese yuan": "CNY", "danish crowns": "DKK",
    "swedish crowns": "SEK", "norwegian crowns": "NOK", "czech crowns": "CZK",
    "au$": "AUD", "au $": "AUD", "$us": "USD", "$a": "AUD", "rm": "MYR", "ps": "GBP",
    "y=": "JPY", "japanese yen": "JPY", "indian rupees": "INR", "russian rubles": "RUB",
    "kazakh tenge": "KZT", "brazilian reais": "BRL", "south african rand": "ZAR",
    "hong kong dollar": "HKD", "turkish lira": "TRY", "₡": "CRC", "₾": "GEL", "元": "CNY",
    "₺": "TRY", "₦": "NGN", "₱": "PHP", "₴": "UAH", "₪": "ILS", "฿": "THB", "btc": "BTC",
    "bitcoins": "BTC", "bitcoin": "BTC", "mex$": "MXN", "r$": "BRL", "usd$": "USD",
    "cad$": "CAD", "nzd$": "NZD", "aud$": "AUD", "hkd$": "HKD",
}
#: codes written with their scale: ``120 MEUR``, ``5 kUSD`` (lower-cased surface -> scale)
SCALED_CODES = {"meur": ("EUR", 1e6), "musd": ("USD", 1e6), "mgbp": ("GBP", 1e6),
                "mchf": ("CHF", 1e6), "keur": ("EUR", 1e3), "kusd": ("USD", 1e3),
                "bnusd": ("USD", 1e9), "mrub": ("RUB", 1e6), "mkzt": ("KZT", 1e6)}
CURRENCIES.update({k: v[0] for k, v in SCALED_CODES.items()})

#: codes that are also ordinary words or letters, accepted only in upper case
CASE_SENSITIVE_CODES = {"dm", "rs", "som", "sum", "real", "won", "rand", "marks", "mark", "a$",
                        "rm", "ps", "s $"}
#: sub-units: surface -> (ISO code, factor)
SUBUNITS = {"cent": ("USD", 0.01), "cents": ("USD", 0.01), "penny": ("GBP", 0.01),
            "pence": ("GBP", 0.01), "p": ("GBP", 0.01), "kopeks": ("RUB", 0.01),
            "tiyn": ("KZT", 0.01), "sen": ("MYR", 0.01)}

PERCENT_WORDS = {"%": "percent", "percent": "percent", "per cent": "percent",
                 "percents": "percent", "percentage": "percent", "pct": "percent",
                 "per-cent": "percent", "percentage points": "percentage_point",
                 "percentage point": "percentage_point", "pp": "percentage_point",
                 "p.p.": "percentage_point", "basis points": "basis_point",
                 "bps": "basis_point", "basis point": "basis_point", "pc": "percent"}

#: time units: surface -> singular unit
TIME_UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
    "months": "month", "week": "week", "weeks": "week", "day": "day", "days": "day",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "minute": "minute",
    "minutes": "minute", "min": "minute", "mins": "minute", "second": "second",
    "seconds": "second", "secs": "second", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "quarter": "quarter", "quarters": "quarter",
}

#: hedges written before an amount -> approx label (the claims stage reads these)
APPROX_BEFORE = {
    "over": "over", "more than": "over", "above": "over", "exceeding": "over",
    "in excess of": "over", "greater than": "over", "higher than": "over",
    "larger than": "over", "bigger than": "over", "over than": "over", ">": "over",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "no fewer than": "at_least", "a minimum of": "at_least", ">=": "at_least",
    "> =": "at_least", "≥": "at_least", "more than or equal to": "at_least",
    "greater than or equal to": "at_least", "bigger or equal than": "at_least",
    "higher or equal than": "at_least", "equal to or more than": "at_least",
    "equal to or greater than": "at_least", "about": "about", "around": "about",
    "approximately": "about", "approx.": "about", "nearly": "about", "almost": "about",
    "roughly": "about", "some": "about", "circa": "about", "c.": "about", "~": "about",
    "an estimated": "about", "estimated": "about", "close to": "about", "just over": "over",
    "just under": "under", "up to": "up_to", "as much as": "up_to", "as many as": "up_to",
    "at most": "at_most", "no more than": "at_most", "not more than": "at_most",
    "a maximum of": "at_most", "<=": "at_most", "< =": "at_most", "≤": "at_most",
    "less than or equal to": "at_most", "smaller or equal than": "at_most",
    "lower or equal than": "at_most", "equal to or less than": "at_most",
    "equal to or lower than": "at_most", "less than": "under", "fewer than": "under",
    "under": "under", "below": "under", "lower than": "under", "smaller than": "under",
    "<": "under", "exactly": "exactly", "equal to": "exactly", "equals": "exactly",
    "precisely": "exactly", "equals to": "exactly", "exceed": "over", "exceeds": "over",
    "exceeded": "over", "surpass": "over", "surpasses": "over", "surpassed": "over",
    "surpassing": "over", "upwards of": "over", "well over": "over", "well above": "over",
}
#: hedges written after an amount
APPROX_AFTER = {
    "or more": "at_least", "and more": "at_least", "or greater": "at_least",
    "or greater than": "at_least", "or above": "at_least", "plus": "at_least",
    "or more than": "at_least", "or less": "at_most", "or fewer": "at_most",
    "and less": "at_most", "or below": "at_most", "or equal to": "at_least",
    "or less than": "at_most", "or fewer than": "at_most", "or greater than or": "at_least",
}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
