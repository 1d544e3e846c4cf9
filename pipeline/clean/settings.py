from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class CleanSettings:
    """Which repairs run, in order (names from ``pipeline.clean.REPAIRS``)."""

    repairs: tuple[str, ...] = (
        "fix_mojibake",
        "strip_markup",
        "join_line_end_hyphens",
        "drop_repeated_blocks",
    )
    #: paragraphs shorter than this (characters) are never treated as repeats
    min_repeat_chars: int = 60

    def __post_init__(self) -> None:
        if self.min_repeat_chars < 1:
            raise ConfigError("must be >= 1", key="clean.min_repeat_chars")
