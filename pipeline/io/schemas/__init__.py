"""JSON Schemas of the output files (``extract schema NAME`` prints one)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

SCHEMAS = ("documents", "entities", "quantities", "tables", "claims", "findings", "errors",
           "manifest", "facts")


@cache
def load_schema(name: str) -> dict:
    """The schema of ``name`` (``documents``, ``claims``, ...)."""
    if name not in SCHEMAS:
        raise KeyError(f"unknown schema {name!r}; available: {', '.join(SCHEMAS)}")
    text = resources.files(__package__).joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def validator(name: str):
    """A jsonschema validator for records of ``name``."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(name))


#: the review app's decisions (``OUT_DIR/reviews.jsonl``, written by ``pipeline/review``)
# (added here, not in the tuple above, so branches adding outputs there do not collide)
SCHEMAS = (*SCHEMAS, "reviews")  # type: ignore[assignment]
