"""Currencies as they are written: symbols, codes and names, each mapped to its ISO 4217 code.

One table for the quantity patterns (``US$ 5 bn``, ``5 mln tenge``), the table headers
(``(USD millions)``) and the cell readers (``$(9.8)``), so a currency added here is read
everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

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



def currency_code(surface: str) -> str | None:
    """The ISO code a written currency stands for, or ``None``.

    >>> currency_code("US$"), currency_code("₸"), currency_code("Euros")
    ('USD', 'KZT', 'EUR')
    >>> currency_code("Astana") is None              # negative: not a currency
    True
    """
    return CURRENCIES.get(surface.lower())


def alternation(surfaces: Iterable[str]) -> str:
    """A regex alternative of written forms, longest first so ``US$`` wins over ``$``.

    >>> alternation(["$", "US$", "EUR"])
    '(?:EUR|US\\\\$|\\\\$)'
    >>> bool(regex.fullmatch(alternation(["$", "US$"]), "US$"))
    True
    """
    ordered = sorted(set(surfaces), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(regex.escape(s) for s in ordered) + ")"
