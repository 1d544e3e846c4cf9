"""Russian and Kazakh entities (issue 15): natasha for Russian paragraphs, the gazetteer over
Kazakh base forms, ids linked across scripts through lemmas; English paragraphs unchanged.

The sentences are written for these tests (news-style, about this project's domain)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from pipeline.config import Config
from pipeline.entities.russian import lemma_key, nominative
from pipeline.morph.kazakh import base_forms
from tests.conftest import read_jsonl, run_on_files

STAGES = ["clean", "structure", "parse", "entities"]


def _config() -> Config:
    return Config.from_dict({"stages": STAGES})


def _entities(tmp_path, text: str, config: Config | None = None) -> list[dict]:
    _result, out = run_on_files(tmp_path, {"doc.txt": text}, config or _config())
    return read_jsonl(out / "entities.jsonl")


RUSSIAN = ("Товарооборот России и Казахстана в прошлом году вырос. Делегация Китая прибыла "
           "в Москву, а переговоры в Москве продолжились с представителями Евросоюза.\n\n"
           "Министр встретился с Владимиром Путиным в Астане.")


KAZAKH = ("Қазақстанның Ресеймен және Қытаймен сауда айналымы өткен жылы өсті. Астанада "
          "Шанхай ынтымақтастық ұйымының саммиті өтті, ал Ресейдің делегациясы Мәскеуден "
          "келді. АҚШ-тың үлесі азайды. Кездесуде министр Ерлан Сәрсенбаевқа және "
          "Айгүл Жұмабекқызына сөз берілді.")


@pytest.fixture(scope="module")
def russian_entities(tmp_path_factory):
    return _entities(tmp_path_factory.mktemp("ru"), RUSSIAN)


@pytest.fixture(scope="module")
def kazakh_entities(tmp_path_factory):
    return _entities(tmp_path_factory.mktemp("kk"), KAZAKH)


@pytest.mark.issue(15)
@pytest.mark.parametrize("surface,entity_id,lemma", [
    ("России", "Q159", "Россия"),
    ("Казахстана", "Q232", "Казахстан"),
    ("Китая", "Q148", "Китай"),
    ("Москву", "Q649", "Москва"),
    ("Москве", "Q649", "Москва"),
    ("Евросоюза", "Q458", "Евросоюз"),
    ("Владимиром Путиным", "Q7747", "Владимир Путин"),
    ("Астане", "Q1520", "Астана"),
])
def test_russian_inflected_names_link_to_gazetteer_ids(russian_entities, surface, entity_id,
                                                      lemma):
    found = [e for e in russian_entities if e["text"] == surface]
    assert found, f"{surface!r} not found"
    assert {(e["entity_id"], e["lemma"], e["lang"]) for e in found} == {(entity_id, lemma, "ru")}


@pytest.mark.issue(15)
@pytest.mark.parametrize("surface,entity_id,lemma", [
    ("Қазақстанның", "Q232", "Қазақстан"),
    ("Ресеймен", "Q159", "Ресей"),
    ("Ресейдің", "Q159", "Ресей"),
    ("Қытаймен", "Q148", "Қытай"),
    ("Астанада", "Q1520", "Астана"),
    ("Шанхай ынтымақтастық ұйымының", "Q485207", "Шанхай ынтымақтастық ұйымы"),
    ("Мәскеуден", "Q649", "Мәскеу"),
    ("АҚШ-тың", "Q30", "АҚШ"),
])
def test_kazakh_inflected_names_link_to_gazetteer_ids(kazakh_entities, surface, entity_id,
                                                     lemma):
    found = [e for e in kazakh_entities if e["text"] == surface]
    assert found, f"{surface!r} not found"
    assert {(e["entity_id"], e["lemma"], e["lang"]) for e in found} == {(entity_id, lemma, "kk")}


@pytest.mark.issue(15)
@pytest.mark.parametrize("surface,lemma", [
    ("Ерлан Сәрсенбаевқа", "Ерлан Сәрсенбаев"), ("Айгүл Жұмабекқызына", "Айгүл Жұмабекқызы"),
])
def test_kazakh_people_found_by_their_surnames(kazakh_entities, surface, lemma):
    found = [e for e in kazakh_entities if e["text"] == surface]
    assert [(e["label"], e["lemma"], e["lang"], e["source"]) for e in found] == [
        ("PERSON", lemma, "kk", "rule")]
    assert found[0]["entity_id"] == next(e["entity_id"] for e in kazakh_entities
                                         if e["text"] == surface)


@pytest.mark.issue(15)
def test_one_id_across_scripts(tmp_path):
    text = ("Russia and Kazakhstan signed the agreement in Astana.\n\n"
            "Россия и Казахстан подписали соглашение в Астане.\n\n"
            "Ресей мен Қазақстан келісімге Астанада қол қойды.")
    ids = {}
    for e in _entities(tmp_path, text):
        ids.setdefault(e["entity_id"], set()).add(e["lang"])
    for qid in ("Q159", "Q232", "Q1520"):
        assert ids.get(qid) == {"en", "ru", "kk"}, (qid, ids)


ENGLISH = ("Kazakhstan chaired the Shanghai Cooperation Organization (SCO) in 2024. President "
           "Kassym-Jomart Tokayev met Xi Jinping in Astana, and the Bureau of National "
           "Statistics reported that trade with Russia grew.")


@pytest.mark.issue(15)
def test_english_mentions_do_not_change_with_the_cyrillic_readers(tmp_path):
    on = _entities(tmp_path / "on", ENGLISH)
    base = _config()
    off_config = replace(base, entities=replace(base.entities, cyrillic_readers=False))
    off = _entities(tmp_path / "off", ENGLISH, off_config)
    assert on and [{k: v for k, v in e.items()} for e in on] == off
    assert {e["lang"] for e in on} == {"en"} and {e["lemma"] for e in on} == {None}


_PROBE = """
import json, sys
from pipeline.config import Config
from pipeline.runner import process_document
cfg = Config.from_dict({"stages": %r})
result = process_document("a.txt", sys.argv[1].encode(), "a", cfg)
print(json.dumps({"status": result["status"],
                  "modules": sorted(m for m in ("natasha", "slovnet", "navec", "pymorphy3")
                                    if m in sys.modules)}))
"""


def _loaded_modules(text: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", _PROBE % STAGES, text], check=True,
                          capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.issue(15)
def test_natasha_is_not_loaded_for_an_english_document():
    assert _loaded_modules(ENGLISH) == {"status": "ok", "modules": []}


@pytest.mark.issue(15)
def test_natasha_is_loaded_for_a_russian_document():
    assert _loaded_modules(RUSSIAN)["modules"] == ["natasha", "navec", "pymorphy3", "slovnet"]


@pytest.mark.parametrize("word,base", [
    ("Ресейдің", "ресей"), ("Қазақстанға", "қазақстан"), ("Астанада", "астана"),
    ("Астанадағы", "астана"), ("Қытайдан", "қытай"), ("Мәскеуге", "мәскеу"),
    ("Алматыны", "алматы"), ("ұйымының", "ұйымы"), ("Федерациясының", "федерациясы"),
    ("ШЫҰ-ға", "шыұ"), ("Үндістанмен", "үндістан"),
])
def test_kazakh_base_forms_include_the_name(word, base):
    assert base in base_forms(word)


@pytest.mark.parametrize("word", ["Қазақстан", "Астана", "Нұр-Сұлтан", "Ресей"])
def test_kazakh_base_forms_start_with_the_word_itself(word):
    assert base_forms(word)[0] == word.casefold()


@pytest.mark.parametrize("forms", [
    ("Россия", "России", "Россией", "РОССИЮ"),
    ("Москва", "Москве", "Москвой"),
    ("Российская Федерация", "Российской Федерации", "Российскую Федерацию"),
])
def test_russian_forms_share_one_lemma_key(forms):
    assert len({lemma_key(f) for f in forms}) == 1


@pytest.mark.parametrize("text,label,expected", [
    ("Донецкой области", "LOC", "Донецкая область"),
    ("Эльвиры Набиуллиной", "PERSON", "Эльвира Набиуллина"),
    ("Министерства иностранных дел", "ORG", "Министерство иностранных дел"),
])
def test_russian_nominative(text, label, expected):
    assert nominative(text, label) == expected


@pytest.mark.slow
@pytest.mark.issue(15)
def test_seed_002_kazakh_passage_yields_entities(corpus_run):
    """Seed 002's Kazakh passage (OCR'd, repaired by the clean stage) names Boris Yeltsin in
    the genitive ("Борис Ельциннің жарлығы", his decree)."""
    _result, out = corpus_run
    kazakh = [e for e in read_jsonl(out / "entities.jsonl")
              if e["doc_id"].startswith("002") and e["lang"] == "kk"]
    assert ("PERSON", "Борис Ельцин") in {(e["label"], e["lemma"]) for e in kazakh}
    assert all(e["lemma"] and e["text"].startswith(e["lemma"]) for e in kazakh)
