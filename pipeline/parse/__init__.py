"""Parse: one spaCy pass over each paragraph, shared by every stage that reads parses.

The spaCy pipeline (tagger, parser, NER, and the gazetteer's EntityRulers, see
:mod:`.model`) runs once per paragraph, batched with ``nlp.pipe``; the ``entities`` stage
reads the mentions off these Docs and ``claims`` reads their dependency trees, so the text
is tokenized and parsed once. ``nlp_docs`` holds ``(paragraph start, Doc)`` pairs and is
never serialised; ``sentences`` are clean-text offsets.
"""

from __future__ import annotations

from ..document import Document
from ..registry import stage
from .model import ensure_lemmas, load_nlp, model_info
from .settings import ParseSettings
from .truecase import truecase

__all__ = ["ParseSettings", "parse_document", "load_nlp", "model_info", "truecase", "doc_text",
           "ensure_lemmas"]


def doc_text(nlp_doc) -> str:
    """The text an ``nlp_docs`` Doc was made from, without rebuilding it: spaCy's
    ``Doc.text`` joins every token's text on each access (a few ms per paragraph, and
    the entities stage asks several times). The parse stage records it in ``user_data``.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc_text(Doc(Vocab(), words=["GDP", "grew"], spaces=[True, False]))
    'GDP grew'
    """
    text = nlp_doc.user_data.get("text")
    if text is None:
        text = nlp_doc.user_data["text"] = nlp_doc.text
    return text


def pieces(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in spans of at most ``max_chars``, cut after a line break (or a
    sentence end, or a space): the parser's memory grows with the length of what it reads.

    >>> pieces("ab\\ncd\\nef", 0, 8, 4)
    [(0, 3), (3, 6), (6, 8)]
    >>> pieces("One. Two three four", 0, 19, 12)
    [(0, 5), (5, 15), (15, 19)]
    """
    found = []
    while end - start > max_chars:
        window = text[start:start + max_chars]
        cut = next((i + len(mark) for mark in ("\n", ". ", " ")
                    if (i := window.rfind(mark)) > 0), max_chars)
        found.append((start, start + cut))
        start += cut
    found.append((start, end))
    return found


@stage("parse", requires=("text", "paragraphs"), assigns=("nlp_docs", "sentences"),
       data_files=lambda settings: (settings.gazetteer,), setup=load_nlp)
def parse_document(doc: Document, settings: ParseSettings) -> dict:
    """Run the model over each paragraph.

    An all-caps paragraph is read through a title-cased copy of the same length (offsets
    unchanged) when ``truecase`` is on, so its ``nlp_docs`` entry holds that copy.
    """
    nlp = load_nlp(settings)
    spans = [piece for p in doc.paragraphs
             for piece in pieces(doc.text, p.start, p.end, settings.max_chars)]
    texts = [doc.text[s:e] for s, e in spans]
    if settings.truecase:
        texts = [truecase(t) or t for t in texts]
    nlp_docs = []
    sentences: list[tuple[int, int]] = []
    for (start, _end), text, nlp_doc in zip(spans, texts,
                                            nlp.pipe(texts, batch_size=settings.batch_size)):
        nlp_doc.user_data["text"] = text  # spaCy's tokens keep the text as it is
        sentences.extend((start + s.start_char, start + s.end_char) for s in nlp_doc.sents)
        nlp_docs.append((start, nlp_doc))
    return {"nlp_docs": nlp_docs, "sentences": sentences}
