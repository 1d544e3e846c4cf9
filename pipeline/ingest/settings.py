from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class IngestSettings:
    """How files are found and read."""

    #: file suffixes read as inputs; anything else is ``skipped``
    suffixes: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf")
    #: files larger than this are skipped (bytes)
    max_bytes: int = 200_000_000
    #: HTML: keep tables in the extracted main text
    html_tables: bool = True
    #: PDFs with more pages than this fail before any page is read (0: no limit)
    max_pages: int = 2000
    #: a decoded text with a line longer than this (characters) fails: a minified or
    #: binary dump, not prose, and the stages' cost grows with a paragraph's length
    max_line_chars: int = 1_000_000

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ConfigError("must be > 0", key="ingest.max_bytes")
        if self.max_pages < 0:
            raise ConfigError("must be >= 0 (0: no limit)", key="ingest.max_pages")
        if self.max_line_chars <= 0:
            raise ConfigError("must be > 0", key="ingest.max_line_chars")
