"""Errors the pipeline raises; the runner records them per file and goes on."""

from __future__ import annotations


class PipelineError(Exception):
    """An error with the file and stage it happened in.

    >>> str(PipelineError("no text layer", path="a.pdf", stage="ingest"))
    'a.pdf: ingest: no text layer'
    """

    def __init__(self, message: str, *, path: str | None = None, stage: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.stage = stage

    def __str__(self) -> str:
        where = ": ".join(p for p in (self.path, self.stage) if p)
        return f"{where}: {self.message}" if where else self.message


class IngestError(PipelineError):
    """A file could not be read or decoded."""


class SkipFile(PipelineError):
    """A file that is not an input (unsupported type, empty): ``skipped`` with a reason."""


class ConfigError(PipelineError):
    """A bad configuration value; ``key`` names it, e.g. ``quantities.max_chars``."""

    def __init__(self, message: str, *, key: str | None = None):
        super().__init__(f"{key}: {message}" if key else message)
        self.key = key


class UsageError(PipelineError):
    """A command used wrongly (missing corpus, bad option): exit code 2."""
