"""The flat reader of Russian and Kazakh sentences, on what the earlier stages give it.

The entities and quantities are laid on by hand here (as the stages write them) so
these tests pin the reader itself; tests/claims/test_languages.py runs the whole pipeline.
"""

from __future__ import annotations

import regex

from pipeline.claims.flat import flat_claims
from pipeline.claims.lexicon import word_keys
from pipeline.claims.settings import ClaimSettings
from pipeline.claims.subjects import SentenceIndex
from pipeline.document import Document, Entity, Paragraph, Quantity

IDS = {"Казахстан": ("Kazakhstan", "Q232"), "Китай": ("China", "Q148"),
       "Қазақстан": ("Kazakhstan", "Q232"), "Қытай": ("China", "Q148")}


def _doc(text: str, language: str, values: dict[str, Quantity]) -> Document:
    """``text`` as one paragraph of ``language`` with its names and the given values."""
    doc = Document.from_text(text)
    doc.paragraphs = [Paragraph(0, len(text), language=language)]
    doc.sentences = [(m.start(), m.end()) for m in regex.finditer(r"[^.]+\.", text)]
    for stem, (canonical, qid) in IDS.items():
        for m in regex.finditer(stem[:-1] + r"\p{L}*", text):
            doc.entities.append(Entity(m.start(), m.end(), m.group(), "GPE", canonical, qid))
    for written, q in values.items():
        start = text.index(written)
        doc.quantities.append(Quantity(start, start + len(written), written, q.kind, q.value,
                                       unit=q.unit, precision=q.precision))
    for m in regex.finditer(r"\b20\d\d\b", text):
        doc.quantities.append(Quantity(m.start(), m.end(), m.group(), "year", float(m.group())))
    doc.entities.sort(key=lambda e: e.start)
    return doc


def _claims(doc: Document):
    return flat_claims(doc, ClaimSettings(), SentenceIndex(doc))


def test_russian_trade_level_with_counterpart_and_year():
    text = "В 2022 году товарооборот Казахстана с Китаем составил 30 млрд долларов."
    doc = _doc(text, "ru", {"30 млрд долларов": Quantity(0, 0, "", "money", 30e9, unit="USD")})
    [claim] = _claims(doc)
    assert (claim.subject_id, claim.counterpart_id, claim.metric) == ("Q232", "Q148",
                                                                       "trade_volume")
    assert claim.value == 30e9 and claim.unit == "USD" and claim.modality == "actual"
    assert claim.period["text"] == "2022"
    assert claim.evidence["quote"]["exact"] == "30 млрд долларов"


def test_kazakh_trade_level_reads_the_stem_of_inflected_words():
    text = "2022 жылы Қазақстан мен Қытай арасындағы сауда айналымы 30 млрд долларды құрады."
    doc = _doc(text, "kk", {"30 млрд долларды": Quantity(0, 0, "", "money", 30e9, unit="USD")})
    [claim] = _claims(doc)
    assert (claim.subject_id, claim.counterpart_id, claim.metric) == ("Q232", "Q148",
                                                                       "trade_volume")
    assert claim.period["text"] == "2022"


def test_growth_share_and_exports_get_the_english_metric_names():
    text = ("Экспорт Казахстана в 2021 году вырос на 12%. Доля Китая в товарообороте "
            "Казахстана составила 20%.")
    doc = _doc(text, "ru", {"12%": Quantity(0, 0, "", "percent", 12.0, unit="percent"),
                            "20%": Quantity(0, 0, "", "percent", 20.0, unit="percent")})
    growth, share = _claims(doc)
    assert (growth.metric, growth.value_kind, growth.subject_id) == ("exports_growth",
                                                                     "change_pct", "Q232")
    assert growth.base_period["text"] == "2020"
    assert (share.metric, share.value_kind, share.subject_id) == ("trade_share", "share",
                                                                  "Q148")
    assert share.period["text"] == "2021"  # the paragraph's last year carries on


def test_a_forecast_is_not_a_fact_and_a_sentence_without_a_name_takes_the_last_one():
    text = ("В 2023 году экспорт Казахстана составил 5 млрд долларов. "
            "В 2025 году ожидается экспорт 8 млрд долларов.")
    doc = _doc(text, "ru", {"5 млрд долларов": Quantity(0, 0, "", "money", 5e9, unit="USD"),
                            "8 млрд долларов": Quantity(0, 0, "", "money", 8e9, unit="USD")})
    actual, forecast = _claims(doc)
    assert (actual.modality, forecast.modality) == ("actual", "forecast")
    assert forecast.subject_id == "Q232" and forecast.period["text"] == "2025"
    assert forecast.metric == actual.metric == "exports"


def test_english_paragraphs_and_values_without_a_subject_give_nothing():
    text = "В 2023 году товарооборот составил 5 млрд долларов."
    doc = _doc(text, "ru", {"5 млрд долларов": Quantity(0, 0, "", "money", 5e9, unit="USD")})
    assert _claims(doc) == []
    doc.entities = [Entity(0, 1, "В", "GPE", "Kazakhstan", "Q232")]
    doc.paragraphs[0].language = "en"
    assert _claims(doc) == []


def test_word_keys_follow_russian_morphology_not_a_list_of_endings():
    for form in ("товарооборот", "товарооборота", "товарообороту", "товарооборотом",
                 "товарообороте"):
        assert word_keys(form, "ru") == [(0, len(form), "trade")]
    assert word_keys("долларов доля", "ru") == [(9, 13, "share")]
    for form in ("экспорт", "экспорттың", "экспортқа", "экспорттан"):
        assert word_keys(form, "kk") == [(0, len(form), "export")]


def test_a_name_inside_a_currency_is_not_a_counterpart():
    text = "В 2023 году экспорт Казахстана составил 5 млрд долларов США."
    doc = _doc(text, "ru", {"5 млрд долларов США": Quantity(0, 0, "", "money", 5e9,
                                                            unit="USD")})
    start = text.index("США")
    doc.entities.append(Entity(start, start + 3, "США", "GPE", "United States", "Q30"))
    [claim] = _claims(doc)
    assert (claim.subject_id, claim.counterpart_id) == ("Q232", None)
