"""Validate records against the JSON Schema, saying which record and field fail."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
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
    problems = [
        SchemaProblem(index, "/".join(str(p) for p in err.absolute_path), err.message)
        for err in _validator().iter_errors(record)
    ]
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
