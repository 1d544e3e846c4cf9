from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError

#: every rule of :mod:`pipeline.entities.rules`, in the order they run
ALL_RULES = ("split_parenthesised_acronym", "split_org_lists", "trim_edges", "drop_identifiers",
             "fix_titles_as_person", "trim_person_roles", "relabel_org_heads",
             "join_party_names", "merge_of_place", "extend_name_of", "place_first_parties",
             "polity_names", "election_events")


@dataclass(frozen=True)
class EntitySettings:
    """Which gazetteer and rules the entities stage uses (the model is the ``parse``
    stage's)."""

    #: gazetteer whose canonical names and ids mentions resolve to (a name under the
    #: models folder, or an absolute path)
    gazetteer: str = "gazetteer.jsonl"
    #: labels kept from the model (others are dropped)
    labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT",
                               "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE")
    #: post-model rules to run (see ``pipeline/entities/rules.py``)
    rules: tuple[str, ...] = ALL_RULES
    #: give later bare "SCO" mentions the id of an earlier "Shanghai ... (SCO)"
    link_acronyms: bool = True
    #: the scripts the model reads (Unicode script names); in a paragraph whose letters
    #: are mostly in another (a Kazakh passage in Cyrillic) only the gazetteer's mentions
    #: are kept: the English model takes Kazakh phrases for people ("ғана емес", "not
    #: only"). Script, not detected language: language identification of a short Latin
    #: sentence full of names is unreliable (gating on it cost CoNLL PER recall 0.45)
    model_scripts: tuple[str, ...] = ("Latin",)
    #: read Cyrillic paragraphs by their language: Russian with natasha's NER, Kazakh with
    #: the gazetteer over stems (both linked through lemmas); off: only the gazetteer's
    #: exact forms, as the English model's rulers find them
    cyrillic_readers: bool = True

    def __post_init__(self) -> None:
        unknown = sorted(set(self.rules) - set(ALL_RULES))
        if unknown:
            raise ConfigError(f"unknown rule(s) {unknown}; available: {list(ALL_RULES)}",
                              key="entities.rules")
