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

    def __post_init__(self) -> None:
        if self.seconds_per_file < 0:
            raise ConfigError("must be >= 0 (0: no limit)", key="limits.seconds_per_file")
        if self.memory_mb_per_file < 0:
            raise ConfigError("must be >= 0 (0: no limit)", key="limits.memory_mb_per_file")
