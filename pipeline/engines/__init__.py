"""Engines: how the per-document function is mapped over a corpus's inputs.

Every engine maps the same pure :func:`~pipeline.runner.process_document` over
:class:`Task` values and yields ``(task, result)`` as documents finish, so the run
(:mod:`pipeline.api`) is the same whichever engine does the work.

- ``workers=0``: in this process, one file after another (for tests, debugging, profiling;
  no isolation and no per-file limits);
- ``workers>=1``: a supervised pool of worker processes (:mod:`.pool`): the per-file limits
  of ``[limits]`` hold, and a stuck or crashing file costs that file, not the run.
"""

from __future__ import annotations

from .settings import LimitSettings

__all__ = ["LimitSettings"]
