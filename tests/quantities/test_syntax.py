"""Counted nouns and names read off the parse stage's dependency trees (quantities.syntax)."""

from __future__ import annotations

import pytest

from pipeline import Config
from pipeline.document import Document
from pipeline.runner import run_stages

#: sentences written for these tests: the counted noun is far from its number, behind a
#: partitive, or hyphenated, where the word-shape reader alone goes wrong
TEXT = ("The club sold 14 first-team players during the summer.\n\n"
        "Around 2m of the region's residents lack clean water.\n\n"
        "The fund backed 3 Kazakh start-ups in 2022.\n\n"
        "The city spent 40 million of its 900 million tenge grant on roads.\n\n"
        "About 30 people were injured and five were killed.\n")


def _counts(stages: list[str], **settings) -> dict[str, tuple[str, str | None]]:
    config = Config().with_overrides({"stages": stages, **settings})
    doc = run_stages(Document.from_text(TEXT, doc_id="t"), config)
    return {q.text: (q.kind, q.unit) for q in doc.quantities}


@pytest.fixture(scope="module")
def parsed() -> dict[str, tuple[str, str | None]]:
    return _counts(["clean", "parse", "quantities"])


@pytest.mark.slow
def test_the_noun_a_number_modifies_is_what_it_counts(parsed):
    assert parsed["14 first-team players"] == ("count", "player")
    assert parsed["3 Kazakh start-ups"] == ("count", "start-up")


@pytest.mark.slow
def test_a_partitive_counts_the_object_of_its_of(parsed):
    assert parsed["Around 2m of the region's residents"] == ("count", "resident")


@pytest.mark.slow
def test_the_parse_never_reaches_over_another_amount(parsed):
    # ``40 million`` must not become a count of the tenge that belong to ``900 million``
    assert not any(text.startswith("40 million of") for text in parsed)
    assert parsed["900 million tenge"] == ("money", "KZT")


@pytest.mark.slow
def test_without_the_parse_stage_the_word_shape_reader_is_used():
    alone = _counts(["clean", "quantities"])
    assert alone["Around 2m"] == ("number", None)     # no partitive reading without a parse
    assert alone["3"] == ("number", None)             # ``start-ups`` is hyphenated
    assert alone["14 first-team players"] == ("count", "player")


@pytest.mark.slow
def test_use_parse_off_gives_the_quantities_only_reading(parsed):
    off = _counts(["clean", "parse", "quantities"], **{"quantities.use_parse": False})
    assert off == _counts(["clean", "quantities"])
    assert off != parsed


@pytest.mark.slow
def test_a_verb_the_parser_tags_ends_the_noun_phrase():
    config = Config().with_overrides({"stages": ["clean", "parse", "quantities"]})
    doc = run_stages(Document.from_text("The dam is 95 m high and holds 3 lakes.\n",
                                        doc_id="t"), config)
    assert [(q.text, q.kind, q.unit) for q in doc.quantities] == [
        ("95 m", "physical", "meter"), ("3 lakes", "count", "lake")]


@pytest.mark.slow
def test_a_number_right_after_the_noun_it_names_is_a_label():
    config = Config().with_overrides({"stages": ["clean", "parse", "quantities"]})
    text = "The flight leaves from gate 12 at noon with 180 passengers on board.\n"
    doc = run_stages(Document.from_text(text, doc_id="t"), config)
    assert [(q.text, q.kind, q.unit) for q in doc.quantities] == [
        ("180 passengers", "count", "passenger")]


@pytest.mark.slow
def test_a_number_set_off_after_a_persons_name_is_an_age():
    config = Config().with_overrides({"stages": ["clean", "parse", "quantities"]})
    text = "The mayor, Anna Berg, 52, resigned on Monday. Revenue, 45, was flat.\n"
    doc = run_stages(Document.from_text(text, doc_id="t"), config)
    found = {q.text: (q.kind, q.unit, q.si_value) for q in doc.quantities}
    assert found["52"][:2] == ("duration", "year") and found["52"][2] > 1.6e9
    assert found["45"] == ("number", None, None)          # after a common noun: no age


@pytest.mark.slow
@pytest.mark.parametrize("text, surface, unit", [
    ("The ferry sank with 9 crew on board.", "9 crew", "crew"),
    ("The navy bought three new aircraft this year.", "three new aircraft", "aircraft"),
])
def test_singular_heads_count_unless_they_modify_another_noun(text, surface, unit):
    config = Config().with_overrides({"stages": ["clean", "parse", "quantities"]})
    doc = run_stages(Document.from_text(text + "\n", doc_id="t"), config)
    assert [(q.text, q.kind, q.unit) for q in doc.quantities if q.kind != "year"] == [
        (surface, "count", unit)]
