from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class QuantitySettings:
    """How numbers are read."""

    #: the longest quantity mention considered (characters)
    max_chars: int = 80
    #: report bare years as quantities of kind ``year``
    years: bool = True
    #: when the ``parse`` stage ran before this one, read the noun a number counts off the
    #: dependency parse (``12m of its smart meters`` → meter) and leave out the numbers of
    #: names (``iPhone 11``); the word-shape readers alone otherwise
    use_parse: bool = True

    def __post_init__(self) -> None:
        if self.max_chars <= 0:
            raise ConfigError("must be > 0", key="quantities.max_chars")
