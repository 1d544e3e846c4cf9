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

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ConfigError("must be > 0", key="ingest.max_bytes")
