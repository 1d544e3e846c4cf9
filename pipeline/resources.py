"""The data files the pipeline loads at run time, found through ``importlib.resources``.

They ship inside the package (``pipeline/data/``), so a wheel installed anywhere finds them;
the scripts that rebuild them live in ``models/`` of the repository. A run may point at
another folder of the same layout with the ``models_dir`` setting.

Every stage declares the data files it loads (``@stage(..., data_files=...)``); the run
fingerprints them (:func:`fingerprint`) into the cache key and ``manifest.json``, so editing
a lexicon or the gazetteer re-extracts. Loaders open files through :func:`data_path`, which
also records what was actually opened (:func:`opened`), so a test can hold the declarations
to the truth.

>>> data_path("gazetteer.jsonl").name
'gazetteer.jsonl'
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .errors import UsageError

#: the packaged data folder
PACKAGED = Path(str(resources.files("pipeline") / "data"))

_models_dir: Path = PACKAGED
_opened: set[str] = set()
_caches: list[Any] = []

F = TypeVar("F", bound=Callable[..., Any])


class DataFileError(UsageError):
    """A data file the configured stages need is missing, unreadable or malformed.

    It is an installation problem, not a problem of one document: the run stops with one
    line naming the file (exit code 2).

    >>> str(DataFileError("/x/lexicon_kk.txt.xz", "not found"))
    'data file /x/lexicon_kk.txt.xz: not found'
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"data file {path}: {problem}")
        self.file = str(path)


def set_models_dir(folder: str | Path | None) -> None:
    """Read data files from ``folder`` from now on (``None`` or ``""``: the packaged data).

    Changing the folder empties every cache made with :func:`cached`, so nothing loaded
    from the old folder is served.
    """
    global _models_dir
    new = Path(folder).expanduser() if folder else PACKAGED
    if new != _models_dir:
        _models_dir = new
        for cache in _caches:
            cache.cache_clear()


def cached(func: F | None = None, *, maxsize: int | None = None) -> Any:
    """``functools.lru_cache`` for a loader of data files, or for results computed from
    them: emptied when the models folder changes. ``@cached`` or ``@cached(maxsize=N)``.

    >>> @cached
    ... def size(name): return data_path(name).stat().st_size
    >>> size("gazetteer.jsonl") > 0
    True
    """
    def decorate(f: F) -> F:
        wrapped = lru_cache(maxsize=maxsize)(f)
        _caches.append(wrapped)
        return wrapped  # type: ignore[return-value]

    return decorate(func) if func is not None else decorate


def models_dir() -> Path:
    return _models_dir


def resolve(name: str) -> Path:
    """The path of data file ``name`` (relative to the models folder, or absolute)."""
    path = Path(name)
    return path if path.is_absolute() else _models_dir / path


def data_path(name: str) -> Path:
    """The path of data file ``name``, which must exist; the name is recorded as opened."""
    path = resolve(name)
    if not path.is_file():
        raise DataFileError(path, "not found (reinstall the package, or check models_dir)")
    _opened.add(name)
    return path


def opened() -> frozenset[str]:
    """Names of the data files this process has opened through :func:`data_path`."""
    return frozenset(_opened)


def sha256_of(name: str) -> str:
    """The sha256 of data file ``name``; a missing or unreadable file is a DataFileError."""
    path = resolve(name)
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except FileNotFoundError:
        raise DataFileError(path, "not found (reinstall the package, or check models_dir)") \
            from None
    except OSError as err:
        raise DataFileError(path, f"cannot be read: {err.strerror or err}") from None


def fingerprint(names: set[str] | frozenset[str] | list[str]) -> dict[str, str]:
    """``{name: sha256}`` of the named data files, sorted by name."""
    return {name: sha256_of(name) for name in sorted(set(names))}
