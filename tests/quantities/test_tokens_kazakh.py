"""Numbers with Kazakh and Russian case endings hyphenated to them (pipeline/quantities/
tokens.py), on seed 002's Kazakh passage as the clean stage repairs it."""

from __future__ import annotations

from pipeline.quantities import QuantitySettings, find_quantities_in

SEED_002 = ("Бейбіт уақытта оның мөлшері жалпы халық санының 1%-ы мен соғыс уақытында "
            "10-20%-ына дейін өсе түседі.")


def test_percent_with_a_case_ending_is_a_percent():
    found = [(q.text, q.kind, q.value, q.low, q.high, q.unit)
             for q in find_quantities_in(SEED_002, QuantitySettings())]
    assert found == [("1%", "percent", 1.0, None, None, "percent"),
                     ("10-20%", "range", None, 10.0, 20.0, "percent")]


def test_year_with_a_case_ending_is_a_year():
    found = find_quantities_in("1994 жылғы 15 сәуірде, 2023-жылы", QuantitySettings())
    assert [(q.text, q.kind) for q in found if q.kind == "year"] == [("1994", "year"),
                                                                      ("2023", "year")]
