"""Entities: spaCy NER plus the domain gazetteer, each mention with a canonical id.

Per paragraph: the model (with the gazetteer rulers, see :mod:`.model`) proposes mentions;
the rules of :mod:`.rules` fix boundaries and labels; :func:`.canonical.resolve` gives each a
canonical name and id; finally :func:`.acronyms.link_acronyms` links acronyms across the
document. Computing (``_mentions_of``) stays apart from building records.
"""

from __future__ import annotations

from ..document import Document, Entity
from ..registry import Output, stage
from .acronyms import link_acronyms
from .canonical import resolve
from .model import gazetteer_path, in_scripts, load_alias_index, load_gazetteer
from .rules import Mention, apply_rules
from .settings import EntitySettings

__all__ = ["EntitySettings", "find_entities"]


def _mentions_of(nlp_doc, settings: EntitySettings) -> list[Mention]:
    """The model's mentions of one paragraph after the rules, paragraph-local."""
    mentions = [Mention(e.start_char, e.end_char, e.label_, e.ent_id_) for e in nlp_doc.ents
                if e.label_ in settings.labels]
    return apply_rules(mentions, nlp_doc.text, settings.rules)


def _records(mentions: list[Mention], text: str, offset: int, doc: Document,
             gazetteer: dict[str, dict], aliases: dict[str, dict]) -> list[Entity]:
    found = []
    for m in mentions:
        # the original text, not the nlp Doc's (which may be a case-restored copy)
        surface = doc.text[offset + m.start:offset + m.end]
        label, canonical, entity_id, source = resolve(text[m.start:m.end], m.label, m.ent_id,
                                                      gazetteer, aliases)
        found.append(Entity(offset + m.start, offset + m.end, surface, label, canonical,
                            entity_id, source, doc.section_at(offset + m.start)))
    return found


@stage("entities", requires=("text", "paragraphs", "nlp_docs"), assigns=("entities",),
       outputs={"entities": Output("entities", ("start", "end", "label"), with_page=True)},
       data_files=lambda settings: (settings.gazetteer,))
def find_entities(doc: Document, settings: EntitySettings) -> dict:
    """The mentions of each parsed paragraph after the rules, with canonical ids. In
    paragraphs the model cannot read (``model_scripts``) only gazetteer mentions stay."""
    gazetteer = load_gazetteer(gazetteer_path(settings))
    aliases = load_alias_index(gazetteer_path(settings))
    entities: list[Entity] = []
    for start, nlp_doc in doc.nlp_docs:
        ok = in_scripts(nlp_doc.text, settings.model_scripts)
        mentions = _mentions_of(nlp_doc, settings)
        found = _records(mentions, nlp_doc.text, start, doc, gazetteer, aliases)
        entities.extend(e for e in found if ok or e.source != "model")
    if settings.link_acronyms:
        entities = link_acronyms(entities, doc.text, doc.section_at)
    return {"entities": entities}
