from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class LimitSettings:
    """What one file may cost a worker process; a file over a limit is ``failed`` with a
    message naming it, its worker is replaced and the run goes on. ``0`` turns one off."""

    #: wall-clock seconds one file may take from ingest to claims
    seconds_per_file: float = 600.0
    #: memory (MiB) of the worker's own (private pages, model included) while it holds a file
    memory_mb_per_file: int = 6144
    #: files a worker extracts before a fresh one takes its place: a long-lived worker's
    #: spaCy vocabulary keeps every new token string it has seen, so its memory would grow
    #: with the corpus (a new worker's start-up, a few seconds, is about 1% of 1,000 files)
    files_per_worker: int = 1000

    def __post_init__(self) -> None:
        if self.seconds_per_file < 0:
            raise ConfigError("must be >= 0 (0: no limit)", key="limits.seconds_per_file")
        if self.memory_mb_per_file < 0:
            raise ConfigError("must be >= 0 (0: no limit)", key="limits.memory_mb_per_file")
        if self.files_per_worker < 0:
            raise ConfigError("must be >= 0 (0: no limit)", key="limits.files_per_worker")
