"""Document-to-claims extraction: ingest, clean, entities, quantities, tables, claims.

The library API is :func:`extract_corpus` (what ``extract CORPUS_DIR`` calls) and
:func:`process_document` (one file's bytes to its records, for any executor).
"""

from __future__ import annotations

__version__ = "0.2.0"

from .config import Config  # noqa: E402
from .document import Document  # noqa: E402


def extract_corpus(*args, **kwargs):
    """See :func:`pipeline.api.extract_corpus`."""
    from .api import extract_corpus as _extract

    return _extract(*args, **kwargs)


run = extract_corpus

__all__ = ["Config", "Document", "extract_corpus", "run", "__version__"]
