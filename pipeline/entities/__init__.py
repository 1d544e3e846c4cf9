"""Entities: spaCy NER plus the domain gazetteer, each mention with a canonical id."""

from __future__ import annotations

from ..document import Document, Entity
from ..registry import stage
from .canonical import derived_id, normalise_name
from .model import gazetteer_path, load_gazetteer, load_nlp, model_info
from .settings import EntitySettings

__all__ = ["EntitySettings", "find_entities", "model_info", "load_nlp"]


def _entities_of(nlp_doc, offset: int, doc: Document, settings: EntitySettings,
                 gazetteer: dict[str, dict]) -> list[Entity]:
    found = []
    for ent in nlp_doc.ents:
        if ent.label_ not in settings.labels:
            continue
        start, end = ent.start_char, ent.end_char
        text = ent.text
        # trim a leading article and a trailing possessive from the span itself
        trimmed = normalise_name(text)
        if trimmed and trimmed != text:
            shift = text.find(trimmed)
            if shift >= 0:
                start, end, text = start + shift, start + shift + len(trimmed), trimmed
        if not text.strip():
            continue
        if ent.ent_id_ and ent.ent_id_ in gazetteer:
            entry = gazetteer[ent.ent_id_]
            canonical, entity_id, source = entry["canonical"], entry["id"], "gazetteer"
        else:
            canonical, entity_id, source = text, derived_id(ent.label_, text), "model"
        found.append(Entity(offset + start, offset + end, text, ent.label_, canonical, entity_id,
                            source, doc.section_at(offset + start)))
    return found


@stage("entities", requires=("text", "paragraphs"), assigns=("entities", "sentences", "nlp_docs"))
def find_entities(doc: Document, settings: EntitySettings) -> dict:
    """Run the model over each paragraph (batched with ``nlp.pipe``)."""
    nlp = load_nlp(settings)
    gazetteer = load_gazetteer(gazetteer_path(settings))
    spans = [(p.start, p.end) for p in doc.paragraphs]
    texts = (doc.text[s:e] for s, e in spans)
    entities: list[Entity] = []
    sentences: list[tuple[int, int]] = []
    nlp_docs = []
    for (start, _end), nlp_doc in zip(spans, nlp.pipe(texts, batch_size=settings.batch_size)):
        entities.extend(_entities_of(nlp_doc, start, doc, settings, gazetteer))
        sentences.extend((start + s.start_char, start + s.end_char) for s in nlp_doc.sents)
        nlp_docs.append((start, nlp_doc))
    return {"entities": entities, "sentences": sentences, "nlp_docs": nlp_docs}
