"""Read record files back (JSON Lines or a JSON array), saying where a bad line is."""

from __future__ import annotations

import errno
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class RecordReadError(ValueError):
    """A record file that is not JSON Lines or a JSON array of objects."""


class NotARecordFile(OSError):
    """A FIFO, socket or device given as a record file: refused unread (it could block or
    never end), reported like a missing file."""


def read_record_file(path: str) -> Iterator[dict[str, Any]]:
    """Records from ``path`` (``-`` for stdin), in order."""
    if path == "-":
        raw = sys.stdin.read()
    else:
        from quotes.errors import InputError
        from quotes.read.regular import open_regular

        try:
            fh, _ = open_regular(Path(path), path)
        except InputError as exc:
            raise NotARecordFile(errno.EINVAL, exc.reason.partition(";")[0]) from None
        try:
            with fh:
                raw = fh.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RecordReadError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    yield from parse_records(raw, path)


def parse_records(raw: str, source: str = "<input>") -> Iterator[dict[str, Any]]:
    """Parse JSON Lines, or one JSON array / object holding ``records``."""
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise RecordReadError(
                f"{source}: not valid JSON ({exc.msg} at line {exc.lineno})"
            ) from None
        for i, item in enumerate(data, 1):
            if not isinstance(item, dict):
                raise RecordReadError(f"{source}: item {i} is not a JSON object")
            yield item
        return
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordReadError(f"{source}: line {lineno}: not valid JSON ({exc.msg})") from None
        if isinstance(obj, dict) and isinstance(obj.get("records"), list):
            yield from obj["records"]
        elif isinstance(obj, dict):
            yield obj
        else:
            raise RecordReadError(f"{source}: line {lineno}: not a JSON object")
