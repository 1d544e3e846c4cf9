from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class TableSettings:
    """How tables are found in text and PDFs."""

    #: a text table needs at least this many rows (header included)
    min_rows: int = 2
    #: and at least this many columns
    min_cols: int = 2
    #: lines above a table searched for its caption
    caption_lookback: int = 3

    def __post_init__(self) -> None:
        if self.min_rows < 1 or self.min_cols < 1:
            raise ConfigError("min_rows and min_cols must be >= 1", key="tables")
