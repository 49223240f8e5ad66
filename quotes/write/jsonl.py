"""JSON Lines and JSON output: the format pipelines read."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def dumps_record(record: dict[str, Any]) -> str:
    """One record as one line of JSON (non-ASCII kept as is, which JSON allows)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def unwritable(records: list[dict[str, Any]]) -> str | None:
    """Why these records cannot be written as UTF-8 JSON (a lone surrogate), else None.

    Checked per document before anything is written, so one such string costs its own
    document and not the run (the text file would raise on it half-way through).
    """
    for rec in records:
        try:
            dumps_record(rec).encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"record {rec.get('id', '?')} is not valid Unicode ({exc.reason})"
    return None


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Stream records one line each, flushing per record so pipes see them at once."""
    n = 0
    for rec in records:
        out.write(dumps_record(rec) + "\n")
        out.flush()
        n += 1
    return n


def write_json(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A JSON array, written incrementally so memory stays flat."""
    n = 0
    out.write("[")
    for rec in records:
        out.write(("\n" if n == 0 else ",\n") + json.dumps(rec, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n
