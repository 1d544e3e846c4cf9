"""The quantities stage on any string: no crash, every record's span inside the text and
its ``text`` the text of that span; and a quantity's text parses back to itself."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.quantities import QuantitySettings, find_quantities_in

from . import TEXT, examples

SETTINGS = QuantitySettings()

_NUMBER = st.one_of(
    st.integers(0, 10**7).map(str), st.integers(0, 10**9).map("{:,}".format),
    st.floats(0, 1e6, allow_nan=False).map("{:,.1f}".format),
    st.floats(0, 100, allow_nan=False).map("{:.2f}".format),
    st.integers(1900, 2030).map(str),
    st.sampled_from(["one", "two", "twenty-five", "a hundred", "three million", "half",
                     "a dozen", "first", "24th", "3/4", "1.5", ".5", "−3", "-2.5", "12,34,567"]),
)
_WORD = st.sampled_from([
    "USD", "US$", "$", "€", "£", "tenge", "KZT", "rubles", "billion", "million", "bn", "mln",
    "k", "%", "percent", "per cent", "people", "tonnes", "km", "years", "a year", "per capita",
    "about", "over", "nearly", "almost", "up to", "more than", "some", "around", "between",
    "and", "to", "-", "–", "from", "in", "by", "of", "the", "Kazakhstan", "grew", "fell",
    "January", "March 2023", "Q3", "2019-2021", "ISBN 978-601-7411-27-4", "Table 2", "No. 5",
    "(", ")", ",", ".", ";", "\n", "\t", "  ", "жыл", "млрд", "теңге", "тыс.",
])
_opt = lambda *xs: st.sampled_from(["", *xs])  # noqa: E731
#: one quantity as text writes it: hedge, currency, number, scale, unit or noun
_PHRASE = st.tuples(
    _opt("about ", "over ", "nearly ", "up to ", "more than ", "some ", "between ", "from "),
    _opt("USD ", "US$", "$", "€", "£", "KZT "), _NUMBER,
    _opt(" billion", " million", "bn", " mln", "k", " thousand", " trillion"),
    _opt("%", " percent", " per cent", " tenge", " rubles", " people", " tonnes", " km",
         " years", " a year", " per capita", " students"),
    _opt(" to ", " and ", "-", "–", " or ", ", ", " in ", " of ", "; ", ".\n", " (", ") "),
).map("".join)
#: text that reads as a run of quantities in context
QUANTITY_TEXT = st.lists(st.one_of(_PHRASE, _PHRASE, _NUMBER, _WORD), min_size=1,
                         max_size=8).map(" ".join)
ANY = st.one_of(QUANTITY_TEXT, QUANTITY_TEXT, TEXT,
                st.lists(st.one_of(QUANTITY_TEXT, TEXT), max_size=3).map("".join))


@examples()
@given(ANY)
def test_quantities_lie_in_the_text(text):
    found = list(find_quantities_in(text, SETTINGS))
    for q in found:
        assert 0 <= q.start <= q.end <= len(text), q
        assert q.text == text[q.start:q.end], q
    assert [(q.start, q.end) for q in found] == sorted((q.start, q.end) for q in found)


def _values(q) -> tuple:
    return (q.value, q.low, q.high)


@examples()
@given(ANY)
def test_a_quantitys_text_parses_back_to_itself(text):
    for q in find_quantities_in(text, SETTINGS):
        again = list(find_quantities_in(q.text, SETTINGS))
        assert any(_values(r) == _values(q) for r in again), (q, again)
