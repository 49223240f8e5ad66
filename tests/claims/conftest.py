"""Record dicts written for the claims tests: the shape `quotes extract` writes."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest


def make_record(text: str, speaker: str | None, doc: str, *, published: str | None = None,
                url: str | None = None, title: str | None = None, qid: str | None = None,
                kind: str = "direct") -> dict[str, Any]:
    rid = hashlib.sha1(f"{doc}\x1f{text}".encode()).hexdigest()[:16]
    return {
        "schema_version": "1.0", "id": rid, "doc_id": doc, "type": kind,
        "quote": {"text": text, "start": 0, "end": len(text)}, "cue": None,
        "speaker": {"name": speaker, "kind": "person", "resolution": "explicit",
                    "mention": None, "title": None, "ids": {"wikidata": qid} if qid else {}}
        if speaker else None,
        "hedges": [], "stance": "neutral", "relayed_by": None, "confidence": 0.8,
        "context": {"sentence": None, "paragraph": None}, "positions": [],
        "document": {"id": doc, "path": None, "url": url, "title": title,
                     "published": published},
    }


@pytest.fixture
def record():
    return make_record


@pytest.fixture
def outlets(record):
    """One statement printed by three outlets, each its own way, plus unrelated claims."""
    return [
        record("“The northern depot will close in the spring and its 200 workers will move "
               "to the port,” Lind said.", "Nora Lind", "herald-1", published="2026-03-02",
               url="https://herald.example/depot", title="Depot to close"),
        record("The northern depot will close in the spring and its 200 workers will move "
               "to the port", "Lind", "courier-7", published="2026-03-04",
               url="https://courier.example/7"),
        record("the northern depot would close in the spring", None, "gazette-3",
               published="2026-03-03", kind="indirect"),
        record("The northern depot will not close in the spring.", "Otto Berg", "gazette-3",
               published="2026-03-03"),
        record("Ferry fares will rise by 5% in April to pay for two new boats.", "Nora Lind",
               "herald-1", published="2026-03-02"),
        record("Ferry fares will rise by 15% in April to pay for two new boats.", "Nora Lind",
               "courier-7", published="2026-03-04"),
    ]
