"""JSON lines that survive naive consumers: sorted keys, no raw line separators."""

from __future__ import annotations

from typing import Any

import orjson

#: characters some line splitters (str.splitlines, JavaScript) treat as line breaks
_LINE_SEPARATORS = {"\u2028".encode(): b"\\u2028", "\u2029".encode(): b"\\u2029",
                    "\u0085".encode(): b"\\u0085"}


def dumps(record: Any) -> bytes:
    """One JSON line (with the newline), keys sorted, U+2028/2029/0085 escaped.

    >>> dumps({"b": 1, "a": "x\\u2028y"})
    b'{"a":"x\\\\u2028y","b":1}\\n'
    """
    blob = orjson.dumps(record, option=orjson.OPT_SORT_KEYS | orjson.OPT_SERIALIZE_NUMPY)
    for raw, escaped in _LINE_SEPARATORS.items():
        if raw in blob:
            blob = blob.replace(raw, escaped)
    return blob + b"\n"


def loads(line: bytes | str) -> Any:
    return orjson.loads(line)
