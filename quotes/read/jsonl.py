"""JSON Lines batches: one article per line, so a pipeline can stream articles in.

Each line is an object ``{"id", "text" | "html", "url", "title", "published"}``; only
``text`` or ``html`` is required. A bad line becomes an ``InputError`` naming its line
number and the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from quotes.errors import InputError
from quotes.read.names import escape_surrogates, replace_surrogates

FIELDS = ("id", "text", "html", "url", "title", "published")


@dataclass
class BatchItem:
    """One valid line of a batch, before it becomes a ``Document``."""

    line: int
    id: str | None
    text: str | None
    html: str | None
    url: str | None
    title: str | None
    published: str | None
    replaced: bool = False  # lone surrogates in the text became U+FFFD


def is_batch_line(line: bytes | str) -> bool:
    """A line that reads as one JSON Lines article record (used to sniff stdin)."""
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(obj, dict) and any(isinstance(obj.get(k), str) for k in ("text", "html"))


DROP_CHUNK = 1 << 20  # the rest of an overlong line is read (and dropped) this much at a time


def bounded_lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes]:
    """The lines of ``stream``, none longer than ``max_bytes + 1`` bytes.

    A longer line is cut there (so ``read_batch`` reports it as over the limit) and the
    rest of it is read and dropped in chunks: one endless line (``- < /dev/zero``, a
    file without newlines) costs bounded memory instead of all of it.
    """
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(DROP_CHUNK)) and not rest.endswith(b"\n"):
                pass
        yield line


def read_batch(
    lines: Iterable[bytes], source: str, *, first_line: int = 1, max_bytes: int | None = None
) -> Iterator[BatchItem | InputError]:
    """Parse a stream of lines lazily; blank lines are skipped, bad ones reported."""
    for lineno, raw in enumerate(lines, start=first_line):
        where = f"{source}:{lineno}"
        if max_bytes is not None and len(raw) > max_bytes:
            yield InputError(where, f"line of {len(raw):,} bytes is over the size limit "
                             f"({max_bytes:,} bytes, from --max-chars); skipped")
            continue
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))
        except UnicodeDecodeError:
            yield InputError(where, "not UTF-8 (JSON Lines must be UTF-8)")
            continue
        except ValueError as exc:
            yield InputError(where, f"not valid JSON ({_json_reason(exc)})")
            continue
        yield _item(obj, lineno, where)


def _item(obj: Any, lineno: int, where: str) -> BatchItem | InputError:
    if not isinstance(obj, dict):
        return InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return InputError(where, 'needs a "text" or "html" string')
    doc_id = obj.get("id")
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        return InputError(where, '"id" must be a string or a number')
    for key in ("url", "title", "published"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return InputError(where, f'"{key}" must be a string')
    # JSON may spell a lone surrogate ("\udfff"), which no UTF-8 output can hold: ids
    # and metadata show it escaped, the text gets U+FFFD (offsets stay the same).
    body = text if isinstance(text, str) else html
    body, replaced = replace_surrogates(body)
    return BatchItem(
        line=lineno,
        id=escape_surrogates(str(doc_id)) if doc_id is not None and str(doc_id).strip()
        else None,
        text=body if isinstance(text, str) else None,
        html=body if not isinstance(text, str) else None,
        url=_escaped(obj.get("url")),
        title=_escaped(obj.get("title")),
        published=_escaped(obj.get("published")),
        replaced=replaced,
    )


def _escaped(value: str | None) -> str | None:
    return None if value is None else escape_surrogates(value)


def _json_reason(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg}, column {exc.colno}"
    return str(exc).splitlines()[0]
