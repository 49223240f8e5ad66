"""Turn command-line inputs into documents, reporting bad ones without stopping the batch."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from quotes.document import Document
from quotes.errors import InputError
from quotes.records import DocumentMeta


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | InputError]:
    """Documents in input order; a bad input yields an ``InputError`` in its place."""
    for item in inputs:
        if item == "-":
            yield _from_text("stdin", sys.stdin.read(), path=None)
            continue
        path = Path(item)
        if not path.exists():
            yield InputError(item, "no such file")
            continue
        try:
            raw = path.read_bytes()
        except OSError as exc:
            yield InputError(item, exc.strerror or str(exc))
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            yield InputError(item, "not UTF-8 text")
            continue
        yield _from_text(os.path.basename(item), text, path=str(path))


def _from_text(doc_id: str, text: str, path: str | None) -> Document | InputError:
    if not text.strip():
        return InputError(path or doc_id, "empty")
    return Document(id=doc_id, text=text, meta=DocumentMeta(id=doc_id, path=path))
