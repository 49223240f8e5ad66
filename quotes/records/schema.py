"""Validate records against the JSON Schema, saying which record and field fail.

Two validators, for two jobs. Every record written by ``quotes extract`` and ``quotes
export`` passes :func:`compiled_validator` first: fastjsonschema's generated Python when
that package is installed (about 17 times jsonschema's speed here, see
``benchmarks/validation_cost.py``), else jsonschema's validator built once. Only a record
that fails goes through jsonschema's ``iter_errors`` for messages naming the field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from quotes.resources import schemas_dir

ATTRIBUTION_SCHEMA = "attribution.schema.json"


@cache
def load_schema(name: str = ATTRIBUTION_SCHEMA) -> dict[str, Any]:
    """The parsed schema document."""
    with open(schemas_dir() / name, encoding="utf-8") as f:
        return json.load(f)


@cache
def _validator(name: str = ATTRIBUTION_SCHEMA) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(name))


@cache
def compiled_validator(name: str = ATTRIBUTION_SCHEMA) -> Callable[[Any], bool]:
    """A fast yes/no check of one instance against schema ``name``, compiled once.

    fastjsonschema knows drafts 4 to 7, not 2020-12; our schemas keep to keywords the two
    share (``$defs`` is reached by JSON pointer, which fastjsonschema resolves), so the
    compiled code is asked with draft-07 semantics. Without fastjsonschema, jsonschema's
    own validator (its checks resolved once) does the same job, slower.
    """
    try:
        import fastjsonschema
    except ImportError:
        return _validator(name).is_valid
    schema = {**load_schema(name), "$schema": "http://json-schema.org/draft-07/schema#"}
    check = fastjsonschema.compile(schema)

    def is_valid(instance: Any) -> bool:
        try:
            check(instance)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return is_valid


def validator_name() -> str:
    """Which engine :func:`compiled_validator` uses, for benchmarks and messages."""
    try:
        import fastjsonschema  # noqa: F401
    except ImportError:
        return "jsonschema"
    return "fastjsonschema"


def instance_problems(instance: Any, name: str, index: int = 0) -> list[SchemaProblem]:
    """Why ``instance`` fails schema ``name`` (empty when valid): fast check, then messages."""
    if compiled_validator(name)(instance):
        return []
    return [
        SchemaProblem(index, "/".join(str(p) for p in err.absolute_path), err.message)
        for err in _validator(name).iter_errors(instance)
    ]  # empty if the two engines disagree: the 2020-12 contract (jsonschema) decides


@dataclass(frozen=True)
class SchemaProblem:
    """One failure: which record (0-based), which field path, and why."""

    index: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"record {self.index + 1}: {self.path or '(record)'}: {self.message}"


def record_problems(record: dict[str, Any], index: int = 0) -> list[SchemaProblem]:
    """Schema violations of one record, plus the offset invariant the schema cannot express."""
    problems = instance_problems(record, ATTRIBUTION_SCHEMA, index)
    for key in ("quote", "cue"):
        span = record.get(key) if isinstance(record, dict) else None
        if isinstance(span, dict) and isinstance(span.get("start"), int):
            if isinstance(span.get("end"), int) and span["end"] < span["start"]:
                problems.append(SchemaProblem(index, f"{key}/end", "end is before start"))
            text = span.get("text")
            if isinstance(text, str) and isinstance(span.get("end"), int):
                if span["end"] - span["start"] != len(text):
                    problems.append(
                        SchemaProblem(
                            index, f"{key}/text", "text length does not match end - start"
                        )
                    )
    return problems


def validate_records(records: Iterable[dict[str, Any]]) -> Iterator[SchemaProblem]:
    """Every problem in a stream of records, in order."""
    for i, rec in enumerate(records):
        yield from record_problems(rec, i)


def is_valid(record: dict[str, Any]) -> bool:
    """True when the record satisfies the schema."""
    return not record_problems(record)
