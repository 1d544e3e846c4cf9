"""The parse stage: one spaCy pass per paragraph that entities and claims both read."""

from __future__ import annotations

import pytest

from pipeline import Config
from pipeline.document import Document
from pipeline.registry import get_stage
from pipeline.runner import run_stages

TEXT = ("Kazakhstan chaired the Shanghai Cooperation Organization in 2024. Astana hosted "
        "the summit.\n\nTrade with China grew by 9% in 2023.\n")


@pytest.fixture(scope="module")
def parsed():
    config = Config().with_overrides({"stages": ["clean", "structure", "parse", "entities"]})
    doc = run_stages(Document.from_text(TEXT, doc_id="t"), config)
    return doc


@pytest.mark.slow
def test_one_parsed_doc_per_paragraph_and_sentences_in_clean_offsets(parsed):
    assert [start for start, _ in parsed.nlp_docs] == [p.start for p in parsed.paragraphs]
    assert [parsed.text[s:e] for s, e in parsed.sentences] == [
        "Kazakhstan chaired the Shanghai Cooperation Organization in 2024.",
        "Astana hosted the summit.", "Trade with China grew by 9% in 2023."]


@pytest.mark.slow
def test_entities_are_read_off_the_shared_parse(parsed):
    found = {(e.text, e.label) for e in parsed.entities}
    assert ("Astana", "GPE") in found and ("China", "GPE") in found


def test_entities_and_claims_declare_the_parse_they_read():
    assert "nlp_docs" in get_stage("entities").requires
    assert {"nlp_docs", "sentences"} <= set(get_stage("claims").requires)
    assert {"nlp_docs", "sentences"} <= set(get_stage("parse").assigns)
    assert "nlp_docs" not in get_stage("entities").assigns


@pytest.mark.slow
def test_lemmas_are_given_on_demand_as_the_full_model_gives_them(parsed):
    import spacy

    from pipeline.parse import doc_text, ensure_lemmas, load_nlp
    from pipeline.parse.model import model_name
    from pipeline.parse.settings import ParseSettings

    assert "lemmatizer" not in load_nlp(ParseSettings()).pipe_names  # disabled, not run
    _, nlp_doc = parsed.nlp_docs[1]
    grew = next(t for t in nlp_doc if t.text == "grew")
    assert grew.lemma_ == ""
    ensure_lemmas(nlp_doc)
    ensure_lemmas(nlp_doc)  # once is enough; a second call changes nothing
    full = spacy.load(model_name(ParseSettings()))(doc_text(nlp_doc))
    assert [t.lemma_ for t in nlp_doc] == [t.lemma_ for t in full]
    assert grew.lemma_ == "grow"


def test_blas_setting_is_checked():
    from pipeline.errors import ConfigError
    from pipeline.parse.settings import ParseSettings

    assert ParseSettings().blas == "openblas"
    with pytest.raises(ConfigError, match="openblas, blis"):
        ParseSettings(blas="mkl")


@pytest.mark.slow
def test_openblas_and_blis_give_the_same_parse_of_a_corpus_document():
    """The two matrix libraries sum in different orders; on real text the tags, parses
    and entities they lead to are the same, and each model's layers keep the ops they
    were built with."""
    from pathlib import Path

    from threadpoolctl import threadpool_info

    from pipeline.parse import load_nlp
    from pipeline.parse.settings import ParseSettings

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    text = next(p for p in sorted(corpus.iterdir()) if p.suffix == ".txt").read_text(
        encoding="utf-8", errors="replace")
    paragraphs = [p for p in text.split("\n\n") if p.strip()][:40]
    fast, plain = load_nlp(ParseSettings()), load_nlp(ParseSettings(blas="blis"))
    assert not fast.get_pipe("ner").model.ops.use_blis
    assert plain.get_pipe("ner").model.ops.use_blis

    # loading the model keeps numpy's BLAS on one thread
    assert {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"} <= {1}

    def read(nlp):
        return [[(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]
                for doc in nlp.pipe(paragraphs)]

    assert read(fast) == read(plain)
