from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class CleanSettings:
    """Which repairs run, in order (names from ``pipeline.clean.REPAIRS``)."""

    repairs: tuple[str, ...] = (
        "fix_codec_mojibake",
        "fix_mojibake",
        "strip_markup",
        "drop_navigation_menus",
        "drop_garbage_lines",
        "repair_lookalikes",
        "join_split_citations",
        "join_line_end_hyphens",
        "unwrap_lines",
        "fix_ordinal_quotes",
        "drop_repeated_blocks",
    )
    #: paragraphs shorter than this (characters) are never treated as repeats
    min_repeat_chars: int = 60
    #: a look-alike line is rewritten only if this share of its words decode to known forms
    min_known_share: float = 0.35

    def __post_init__(self) -> None:
        from .repairs import REPAIRS, unknown_repairs

        unknown = unknown_repairs(self.repairs)
        if unknown:
            raise ConfigError(f"unknown repair(s) {unknown}; available: {sorted(REPAIRS)}",
                              key="clean.repairs")
        if self.min_repeat_chars < 1:
            raise ConfigError("must be >= 1", key="clean.min_repeat_chars")
        if not 0.0 <= self.min_known_share <= 1.0:
            raise ConfigError("must be between 0 and 1", key="clean.min_known_share")
