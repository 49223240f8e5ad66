"""Write export items as JSON Lines, each checked against its own schema as it is written.

ClaimReview drafts and Web Annotations are built from reviewed records by different code
but leave the same way: an item that fails its schema is never written, and the caller
decides whether that stops the export or is reported and skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import IO, Any

OnInvalid = Callable[[dict[str, Any], list[Any]], None]


def write_checked(
    pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]],
    out: IO[str],
    schema: str,
    label: str,
    on_invalid: OnInvalid | None,
) -> int:
    """Write each ``(record, item)`` pair's item that passes ``schema``; return how many.

    An item that fails is passed to ``on_invalid`` with its record and problems, or,
    without it, raises :class:`quotes.errors.InvalidRecord` naming ``label`` and the record.
    """
    from quotes.errors import InvalidRecord
    from quotes.records.schema import instance_problems

    n = 0
    for rec, item in pairs:
        problems = instance_problems(item, schema)
        if problems:
            if on_invalid is None:
                raise InvalidRecord(f"{label} of record {rec.get('id')}: {problems[0]}")
            on_invalid(rec, problems)
            continue
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    return n
