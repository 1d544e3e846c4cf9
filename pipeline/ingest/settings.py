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
    #: PDF pages without a text layer that are mostly image (scans) are read by Tesseract
    ocr: bool = True
    #: the Tesseract command (a name looked up on PATH, or a path)
    tesseract_cmd: str = "tesseract"
    #: Tesseract's language models, ``+``-joined; the first is tried first
    ocr_languages: str = "eng+kaz+rus"
    #: the resolution pages are rendered at for OCR (dots per inch)
    ocr_dpi: int = 300
    #: a page with fewer letters and digits than this (``(cid:N)`` glyphs not counted) has
    #: no usable text layer
    ocr_min_chars: int = 20
    #: ... and is OCR'd when its images cover at least this share of it (a scan fills the
    #: page; a figure page with a caption, such as a map, does not)
    ocr_min_image_area: float = 0.75
    #: at most this many pages of one PDF are OCR'd (some 2 s each at 300 dpi, so a long
    #: scan stays inside limits.seconds_per_file); the others are reported skipped (0: all)
    ocr_max_pages: int = 200

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ConfigError("must be > 0", key="ingest.max_bytes")
        if self.max_pages < 0:
            raise ConfigError("must be >= 0 (0: no limit)", key="ingest.max_pages")
        if self.max_line_chars <= 0:
            raise ConfigError("must be > 0", key="ingest.max_line_chars")
        if not 50 <= self.ocr_dpi <= 1200:
            raise ConfigError("must be between 50 and 1200", key="ingest.ocr_dpi")
        if self.ocr_max_pages < 0:
            raise ConfigError("must be >= 0 (0: no limit)", key="ingest.ocr_max_pages")
        if self.ocr_min_chars < 0:
            raise ConfigError("must be >= 0", key="ingest.ocr_min_chars")
        if not 0 <= self.ocr_min_image_area <= 1:
            raise ConfigError("must be between 0 and 1", key="ingest.ocr_min_image_area")
        if not self.tesseract_cmd.strip():
            raise ConfigError("must name a command", key="ingest.tesseract_cmd")
        langs = self.ocr_languages.split("+")
        if not all(lang.replace("_", "").isalnum() for lang in langs):
            raise ConfigError("must be Tesseract model names joined by '+' (eng+kaz+rus)",
                              key="ingest.ocr_languages")
