"""Settings of the tables stage (one frozen dataclass, checked on creation)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class TableSettings:
    """How tables are found in text and PDFs.

    >>> try:
    ...     TableSettings(gap_factor=0)
    ... except ConfigError as err:
    ...     print(err.key)
    tables.gap_factor
    """

    #: a table needs at least this many rows (header included)
    min_rows: int = 2
    #: and at least this many columns
    min_cols: int = 2
    #: lines above a table searched for its caption
    caption_lookback: int = 3
    #: find tables in PDF pages (pdfplumber) rather than only in the extracted text
    pdf: bool = True
    #: a gap between words wider than this many word heights separates two cells
    gap_factor: float = 0.75
    #: and never a gap narrower than this (points)
    min_gap: float = 4.0
    #: a single segment this wide (share of the text block) is prose, not a row
    prose_factor: float = 0.6
    #: a vertical gap of more than this many line heights ends a table region
    max_gap_lines: float = 2.2
    #: horizontal rulings set a table's body rows on pages with at least this many of them
    min_ruling_edges: int = 8
    #: read tables whose ruling lines close into cells from those cells (lattice)
    lattice: bool = True
    #: on pages set in text columns, look for unruled tables within each column as well
    columns: bool = True
    #: stitch a table continued at the top of the next page into the one before it
    stitch: bool = True

    def __post_init__(self) -> None:
        if self.min_rows < 1 or self.min_cols < 1:
            raise ConfigError("tables.min_rows and tables.min_cols must be >= 1", key="tables")
        for name in ("gap_factor", "prose_factor", "max_gap_lines"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"tables.{name} must be > 0", key=f"tables.{name}")
        if self.min_gap < 0 or self.min_ruling_edges < 0:
            raise ConfigError("tables.min_gap and tables.min_ruling_edges must be >= 0",
                              key="tables")
