"""The registry of stages by name, which checks itself (as spaCy's ``Language.factory`` and
``analyze_pipes`` do).

A stage is a function ``(doc, settings) -> dict`` whose keys are the fields it declared in
``assigns``; the runner sets them on the document. Computing and attaching stay apart, as
spaCy's ``SpanRuler`` keeps ``match`` apart from ``set_annotations``. A registration also says

- ``requires``: the document fields the stage reads; a stage list in which an earlier stage
  (or ingest) does not provide them is refused before any document is read;
- ``outputs``: which assigned fields become output files, e.g. ``{"entities": "entities"}``
  writes each of ``doc.entities`` to ``entities.jsonl``, so a new stage's records reach the
  outputs without lists kept by hand elsewhere;
- ``data_files``: the data files it loads (names under the models folder), fingerprinted into
  the cache key, and ``setup``: what to load once per worker process before any document.

Third-party packages add stages through the ``claims_pipeline.stages`` entry-point group (as
spaCy's ``spacy_factories``): each entry point names a module, importing it registers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

from .errors import ConfigError

ENTRY_POINT_GROUP = "claims_pipeline.stages"

#: document fields ingest sets before any stage runs
INGEST_FIELDS = ("doc_id", "path", "sha256", "format", "raw_text", "raw_pages", "title",
                 "encoding", "source_bytes", "raw_repairs", "raw_boxes")


@dataclass(frozen=True)
class Output:
    """One output file a stage's field is written to, and how its records are ordered.

    ``sort_by`` names record keys; records are sorted by them (missing keys sort first).
    ``with_doc_id``: each record starts with the document's ``doc_id``; ``with_page``: each
    record gets the ``page`` of its ``start`` offset and the ``bbox`` of its span on that
    page (PDFs; ``boxes`` too when it runs over pages). ``boxed`` names fields holding a
    dict with ``start``/``end`` (a claim's ``evidence``) that get their own ``page`` and
    ``bbox`` (and ``X_bbox`` for an ``X_start``/``X_end`` pair in them).
    """

    file: str
    sort_by: tuple[str, ...] = ()
    with_page: bool = False
    with_doc_id: bool = True
    boxed: tuple[str, ...] = ()


@dataclass(frozen=True)
class StageInfo:
    name: str
    func: Callable[..., Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    settings: str
    outputs: Mapping[str, Output] = field(default_factory=dict)
    data_files: Callable[[Any], Iterable[str]] | None = None
    setup: Callable[[Any], None] | None = None
    #: the settings class of a stage whose section is not a field of Config (third-party)
    settings_class: type | None = None


STAGES: dict[str, StageInfo] = {}


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = (),
          settings: str | None = None, outputs: Mapping[str, Output | str] | None = None,
          data_files: Callable[[Any], Iterable[str]] | Iterable[str] | None = None,
          setup: Callable[[Any], None] | None = None,
          settings_class: type | None = None) -> Callable:
    """Register a stage function under ``name``; a name taken by another function is refused.

    ``settings`` names the Config section handed to it (default: ``name``); ``data_files``
    is a list of names or a function of the settings returning them.

    >>> get_stage("clean").func.__name__
    'clean_document'
    >>> @stage("clean")
    ... def another_clean(doc, settings): return {}
    Traceback (most recent call last):
    ...
    ValueError: stage 'clean' is already registered by pipeline.clean.clean_document
    """
    assigned = tuple(assigns)
    wired = {key: value if isinstance(value, Output) else Output(value)
             for key, value in (outputs or {}).items()}
    stray = sorted(set(wired) - set(assigned))
    if stray:
        raise ValueError(f"stage {name!r}: outputs {stray} are not among its assigns")
    if data_files is None or callable(data_files):
        files = data_files
    else:
        names = tuple(data_files)
        files = lambda settings: names  # noqa: E731

    def decorate(func: Callable) -> Callable:
        old = STAGES.get(name)
        if old is not None and _qualname(old.func) != _qualname(func):
            raise ValueError(f"stage {name!r} is already registered by {_qualname(old.func)}")
        STAGES[name] = StageInfo(name, func, tuple(requires), assigned, settings or name,
                                 wired, files, setup, settings_class)
        return func

    return decorate


def _qualname(func: Callable) -> str:
    return f"{func.__module__}.{func.__qualname__}"


def get_stage(name: str) -> StageInfo:
    """The stage registered as ``name``; an unknown name lists the known ones."""
    _load_builtin_stages()
    _load_entry_points()
    if name not in STAGES:
        known = ", ".join(sorted(STAGES))
        raise ConfigError(f"unknown stage {name!r}; available: {known}", key="stages")
    return STAGES[name]


def check_pipeline(names: Iterable[str], provided: Iterable[str] = INGEST_FIELDS) -> None:
    """Refuse a stage list that cannot work: unknown or repeated names, or a stage whose
    ``requires`` no earlier stage (nor ingest) assigns.

    >>> check_pipeline(["clean", "quantities"])
    >>> try:
    ...     check_pipeline(["quantities"])
    ... except ConfigError as err:
    ...     print(err)
    stages: stage 'quantities' needs 'text', which no earlier stage provides (add 'clean' before it)
    """
    available = set(provided)
    seen: set[str] = set()
    for name in names:
        info = get_stage(name)
        if name in seen:
            raise ConfigError(f"stage {name!r} is listed twice", key="stages")
        seen.add(name)
        for need in info.requires:
            if need not in available:
                makers = [s for s, i in sorted(STAGES.items()) if need in i.assigns]
                hint = f" (add {' or '.join(repr(m) for m in makers)} before it)" if makers \
                    else ""
                raise ConfigError(f"stage {name!r} needs {need!r}, which no earlier stage "
                                  f"provides{hint}", key="stages")
        available.update(info.assigns)


def stage_outputs(names: Iterable[str]) -> dict[str, tuple[str, Output]]:
    """``{file: (stage, Output)}`` of the named stages' outputs, in stage order."""
    found: dict[str, tuple[str, Output]] = {}
    for name in names:
        for fld, output in get_stage(name).outputs.items():
            found[output.file] = (fld, output)
    return found


def stage_data_files(names: Iterable[str], settings_of: Callable[[str], Any]) -> set[str]:
    """Names of every data file the named stages load, given each stage's settings."""
    files: set[str] = set()
    for name in names:
        info = get_stage(name)
        if info.data_files is not None:
            files.update(info.data_files(settings_of(name)))
    return files


_builtin_loaded = False
_entry_points_loaded = False


def _load_builtin_stages() -> None:
    global _builtin_loaded
    if not _builtin_loaded:
        _builtin_loaded = True
        from . import claims, clean, entities, parse, quantities, structure, tables  # noqa: F401


def _load_entry_points() -> None:
    """Import every module of the ``claims_pipeline.stages`` group once; a plugin that
    fails to import is a configuration error naming it."""
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            point.load()
        except Exception as err:
            raise ConfigError(f"stage plugin {point.name!r} ({point.value}) failed to load: "
                              f"{type(err).__name__}: {err}", key="stages") from None
