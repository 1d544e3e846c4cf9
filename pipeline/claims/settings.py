from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class ClaimSettings:
    """How claims are built and checked."""

    #: relative tolerance beyond written precision before values conflict
    rel_tolerance: float = 0.0
    #: sections claims are taken from
    sections: tuple[str, ...] = ("body", "abstract", "table", "caption")

    def __post_init__(self) -> None:
        if self.rel_tolerance < 0:
            raise ConfigError("must be >= 0", key="claims.rel_tolerance")
