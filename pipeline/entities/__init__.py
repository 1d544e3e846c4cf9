"""Entities: spaCy NER plus the domain gazetteer, each mention with a canonical id.

Per paragraph, by its language (:func:`.languages.reader_of`): in English text the model
(with the gazetteer rulers, see :mod:`.model`) proposes mentions and the rules of
:mod:`.rules` fix boundaries and labels; in Russian text natasha's NER proposes them
(:mod:`.russian`); in Kazakh text the gazetteer over stems (:mod:`.kazakh`).
:func:`.canonical.resolve` gives each a canonical name and id, Russian and Kazakh mentions
through the lemmas of their words (:mod:`.crosslink`: "России", "Ресейдің" -> Q159); finally
:func:`.acronyms.link_acronyms` links acronyms across the document. Computing (``_mentions_of``)
stays apart from building records.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from ..document import Document, Entity
from ..parse import doc_text
from ..registry import Output, stage
from .acronyms import link_acronyms
from .canonical import LABEL_GROUP, derived_id, resolve
from .crosslink import lemma_index, text_keys
from .languages import gazetteer_mentions, kazakh_lemma, kazakh_persons, reader_of
from .model import gazetteer_path, in_scripts, load_alias_index, load_gazetteer
from .rules import Mention, apply_rules
from .settings import EntitySettings

__all__ = ["EntitySettings", "find_entities"]


def _mentions_of(nlp_doc, settings: EntitySettings) -> list[Mention]:
    """The model's mentions of one paragraph after the rules, paragraph-local."""
    mentions = [Mention(e.start_char, e.end_char, e.label_, e.ent_id_) for e in nlp_doc.ents
                if e.label_ in settings.labels]
    return apply_rules(mentions, doc_text(nlp_doc), settings.rules)


def _records(mentions: list[Mention], text: str, offset: int, doc: Document,
             gazetteer: dict[str, dict], aliases: dict[str, dict]) -> list[Entity]:
    found = []
    for m in mentions:
        # the original text, not the nlp Doc's (which may be a case-restored copy)
        surface = doc.text[offset + m.start:offset + m.end]
        label, canonical, entity_id, source = resolve(text[m.start:m.end], m.label, m.ent_id,
                                                      gazetteer, aliases)
        found.append(Entity(offset + m.start, offset + m.end, surface, label, canonical,
                            entity_id, source, doc.section_at(offset + m.start), "en"))
    return found


def _languages(doc: Document) -> Callable[[int], str | None]:
    """The recorded language of the paragraph holding a position (a bisect: a document
    may have thousands of paragraphs)."""
    paras = sorted(doc.paragraphs, key=lambda p: p.start)
    starts = [p.start for p in paras]

    def language_at(pos: int) -> str | None:
        i = bisect_right(starts, pos) - 1
        return paras[i].language if i >= 0 and pos < paras[i].end else None

    return language_at


def _overlaps(m: Mention, taken: list[Mention]) -> bool:
    return any(m.start < t.end and t.start < m.end for t in taken)


def _cyrillic_mentions(text: str, lang: str, nlp_doc, index: dict[str, dict]) -> list[Mention]:
    """Russian: natasha's mentions, then the gazetteer's where natasha found nothing.
    Kazakh: the gazetteer's over base forms, then people by the shape of their names, then
    the rulers' exact forms, each where the ones before found nothing."""
    if lang == "ru":
        from .russian import natasha_mentions
        from .russian_rules import apply_russian_rules
        found = apply_russian_rules(natasha_mentions(text), text)
    else:
        found = gazetteer_mentions(text, index, lang)
        found.extend(m for m in kazakh_persons(text) if not _overlaps(m, found))
    extra = [Mention(e.start_char, e.end_char, e.label_, e.ent_id_) for e in nlp_doc.ents
             if e.ent_id_]
    found.extend(m for m in extra if not _overlaps(m, found))
    return sorted(found, key=lambda m: (m.start, m.end))


def _linked(surface: str, m: Mention, lang: str, gazetteer: dict[str, dict],
            aliases: dict[str, dict], index: dict[str, dict]) -> tuple[str, str, str, str]:
    """``(label, canonical, entity_id, source)`` of a Russian or Kazakh mention: a ruler id
    or an exact alias, else the entry of its lemma key (a curated entry whatever label the
    tagger gave, since it knows what the entity is: "ЕС" is a union, not a place; a
    generated one in the same label group); else the mention's own label and no id yet."""
    label, canonical, entity_id, source = resolve(surface, m.label, m.ent_id, gazetteer,
                                                  aliases)
    if source == "gazetteer":
        return label, canonical, entity_id, source
    keys = text_keys(surface, lang)
    entry = next((index[k] for k, _ in keys if k in index), None)
    if entry is not None and (entry.get("mode", "override") == "override"
                              or LABEL_GROUP.get(entry["label"]) == LABEL_GROUP.get(m.label)
                              or (entry.get("kind") == "country" and m.label == "ORG")):
        return entry["label"], entry["canonical"], entry["id"], "gazetteer"
    return m.label, canonical, "", source


def _lemma(surface: str, label: str, lang: str, index: dict[str, dict]) -> str:
    if lang == "kk":
        return kazakh_lemma(surface, index, label)
    from .russian import nominative
    return nominative(surface, label)


def _cyrillic_records(mentions: list[Mention], lang: str, offset: int, doc: Document,
                      gazetteer: dict[str, dict], aliases: dict[str, dict],
                      index: dict[str, dict]) -> list[Entity]:
    found = []
    for m in mentions:
        surface = doc.text[offset + m.start:offset + m.end]
        label, canonical, entity_id, source = _linked(surface, m, lang, gazetteer, aliases,
                                                      index)
        lemma = _lemma(surface, label, lang, index)
        if source != "gazetteer":
            # an id from the lemmas, so "Вертинского" and "Вертинский" share one
            canonical = lemma
            key = text_keys(surface, lang)[0][0] if lang == "ru" else lemma.casefold()
            entity_id = derived_id(label, key or surface)
            # Kazakh mentions come from the gazetteer or the name-shape rules, no model
            source = "rule" if lang == "kk" else source
        found.append(Entity(offset + m.start, offset + m.end, surface, label, canonical,
                            entity_id, source, doc.section_at(offset + m.start), lang, lemma))
    return found


@stage("entities", requires=("text", "paragraphs", "nlp_docs"), assigns=("entities",),
       outputs={"entities": Output("entities", ("start", "end", "label"), with_page=True)},
       data_files=lambda settings: (settings.gazetteer,))
def find_entities(doc: Document, settings: EntitySettings) -> dict:
    """The mentions of each parsed paragraph with canonical ids, read by the paragraph's
    language: English (and Latin-script text) by the model and the rules, Russian by
    natasha, Kazakh by the gazetteer over stems. In other paragraphs the model cannot read
    (``model_scripts``) only gazetteer mentions stay."""
    gazetteer = load_gazetteer(gazetteer_path(settings))
    aliases = load_alias_index(gazetteer_path(settings))
    entities: list[Entity] = []
    language_at = _languages(doc)
    for start, nlp_doc in doc.nlp_docs:
        nlp_text = doc_text(nlp_doc)
        text = doc.text[start:start + len(nlp_text)]
        lang = reader_of(text, language_at(start)) if settings.cyrillic_readers else "model"
        if lang in ("ru", "kk"):
            index = lemma_index(gazetteer_path(settings), lang)
            mentions = _cyrillic_mentions(text, lang, nlp_doc, index)
            entities.extend(_cyrillic_records(mentions, lang, start, doc, gazetteer, aliases,
                                              index))
            continue
        ok = in_scripts(nlp_text, settings.model_scripts)
        mentions = _mentions_of(nlp_doc, settings)
        found = _records(mentions, nlp_text, start, doc, gazetteer, aliases)
        entities.extend(e for e in found if ok or e.source != "model")
    if settings.link_acronyms:
        entities = link_acronyms(entities, doc.text, doc.section_at)
    return {"entities": entities}
