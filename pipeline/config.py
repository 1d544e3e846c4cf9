"""One frozen configuration object that every stage reads.

Defaults live in code; a TOML file (``--config``) and ``--set key=value``
overrides change them. Unknown keys and wrong types are errors that name the key
(confection-style). The filled config and its hash go into ``manifest.json`` and
into the cache key, so changing a setting re-extracts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

import orjson

from .claims.settings import ClaimSettings
from .clean.settings import CleanSettings
from .engines.settings import LimitSettings
from .entities.settings import EntitySettings
from .errors import ConfigError
from .ingest.settings import IngestSettings
from .parse.settings import ParseSettings
from .quantities.settings import QuantitySettings
from .registry import check_pipeline, get_stage
from .structure.settings import StructureSettings
from .tables.settings import TableSettings

DEFAULT_STAGES = ("clean", "structure", "parse", "entities", "quantities", "tables", "claims")


@dataclass(frozen=True)
class Config:
    """The whole configuration: the stage order and one settings object per stage.

    >>> Config().with_overrides({"quantities.max_chars": 40}).quantities.max_chars
    40
    """

    stages: tuple[str, ...] = DEFAULT_STAGES
    #: a folder of data files to use instead of the packaged ones (same layout as
    #: ``pipeline/data/``); empty: the packaged data
    models_dir: str = ""
    #: what one file may cost a worker process (time, memory)
    limits: LimitSettings = field(default_factory=LimitSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    structure: StructureSettings = field(default_factory=StructureSettings)
    parse: ParseSettings = field(default_factory=ParseSettings)
    entities: EntitySettings = field(default_factory=EntitySettings)
    quantities: QuantitySettings = field(default_factory=QuantitySettings)
    tables: TableSettings = field(default_factory=TableSettings)
    claims: ClaimSettings = field(default_factory=ClaimSettings)
    #: settings of third-party stages (registered with ``settings_class``), by stage name;
    #: in TOML and ``to_dict`` they are top-level sections like the built-in ones
    plugins: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_pipeline(self.stages)
        filled = dict(self.plugins)
        for name in self.stages:
            info = get_stage(name)
            if info.settings_class is not None and name not in filled:
                filled[name] = info.settings_class()
        object.__setattr__(self, "plugins", filled)

    def settings_for(self, name: str) -> Any:
        """The settings object handed to stage ``name``."""
        info = get_stage(name)
        if info.settings in BUILTIN_SECTIONS:
            return getattr(self, info.settings)
        return self.plugins.get(name)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Config:
        if not isinstance(data, dict):
            raise ConfigError("expected a table of settings")
        data = dict(data)
        plugins = {}
        own = {f.name for f in fields(cls)}
        for key in [k for k in data if k not in own]:
            settings_class = _plugin_settings_class(key)
            if settings_class is not None:
                plugins[key] = _build(settings_class, data.pop(key), prefix=f"{key}.")
        if "plugins" in data:
            raise ConfigError("unknown setting(s) ['plugins']")
        return _build(cls, {**data, "plugins": plugins} if plugins else data, prefix="")

    @classmethod
    def from_file(cls, path: Path | str) -> Config:
        """Read a TOML file whose tables are the stage sections."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} not found") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise ConfigError(f"config file {path} is not valid TOML: {err}") from None
        return cls.from_dict(data)

    def with_overrides(self, overrides: dict[str, Any]) -> Config:
        """A copy with dotted keys replaced, e.g. ``{"clean.min_repeat_chars": 80}``."""
        data = self.to_dict()
        for key, value in overrides.items():
            node = data
            *parents, leaf = key.split(".")
            for part in parents:
                if not isinstance(node.get(part), dict):
                    raise ConfigError("no such section", key=key)
                node = node[part]
            if leaf not in node:
                raise ConfigError("no such setting", key=key)
            node[leaf] = value
        return Config.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        plain = _to_plain(dataclasses.asdict(self))
        return {**{k: v for k, v in plain.items() if k != "plugins"}, **plain["plugins"]}

    def hash(self) -> str:
        blob = orjson.dumps(self.to_dict(), option=orjson.OPT_SORT_KEYS)
        return hashlib.sha256(blob).hexdigest()[:16]


BUILTIN_SECTIONS = ("ingest", "clean", "structure", "parse", "entities", "quantities", "tables",
                    "claims")


def _plugin_settings_class(name: str) -> type | None:
    """The settings class of the registered third-party stage whose section is ``name``, if any."""
    try:
        info = get_stage(name)
    except ConfigError:
        return None
    return info.settings_class


def _to_plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_plain(v) for v in value]
    return value


def _build(cls: type, data: dict[str, Any], prefix: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError("expected a table of settings", key=prefix.rstrip(".") or None)
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ConfigError(f"unknown setting(s) {unknown}; known: {sorted(names)}",
                          key=prefix.rstrip(".") or None)
    kwargs = {}
    for name, value in data.items():
        kwargs[name] = _coerce(hints[name], value, f"{prefix}{name}")
    try:
        return cls(**kwargs)
    except TypeError as err:
        raise ConfigError(str(err), key=prefix.rstrip(".") or None) from None


def _coerce(hint: Any, value: Any, key: str) -> Any:
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):  # a class, never an instance
        return _build(hint, value, prefix=key + ".")
    origin = get_origin(hint)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise ConfigError(f"expected a list, got {value!r}", key=key)
        (item,) = get_args(hint)[:1]
        return tuple(_coerce(item, v, key) for v in value)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"expected true or false, got {value!r}", key=key)
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"expected an integer, got {value!r}", key=key)
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"expected a number, got {value!r}", key=key)
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"expected a string, got {value!r}", key=key)
        return value
    return value
