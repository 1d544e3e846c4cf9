from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class StructureSettings:
    """How the structure stage tells headings and navigation from body text."""

    #: a heading has at most this many words
    max_heading_words: int = 16
    #: a navigation/boilerplate line has at most this many characters
    max_navigation_chars: int = 80

    def __post_init__(self) -> None:
        if self.max_heading_words < 1:
            raise ConfigError("must be >= 1", key="structure.max_heading_words")
        if self.max_navigation_chars < 1:
            raise ConfigError("must be >= 1", key="structure.max_navigation_chars")
