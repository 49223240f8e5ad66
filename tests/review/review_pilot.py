"""Run the review app headless with Pilot (shared by the review tests)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from review_sample import DOC_ID

from quotes.review.app import ReviewApp
from quotes.review.store import ReviewStore

Script = Callable[[object, ReviewApp], Awaitable[None]]


def drive(store: ReviewStore, script: Script, *, registry: Path | None = None,
          reviewer: str = "alice", size: tuple[int, int] = (100, 30),
          doc_ids: list[str] | None = None) -> ReviewApp:
    """Run the app headless, play the script, and return the app (closed)."""

    async def run() -> ReviewApp:
        app = ReviewApp(store, doc_ids or [DOC_ID], reviewer, registry_path=registry)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await script(pilot, app)
            await pilot.pause()
        return app

    return asyncio.run(run())


def keys(text: str) -> list[str]:
    """Key names that type ``text`` (Pilot names the space bar "space")."""
    names = {" ": "space", "/": "slash", ".": "full_stop", ",": "comma", "-": "minus"}
    return [names.get(ch, ch) for ch in text]


def add_second_article(store: ReviewStore, records: list[dict], doc_id: str = "ferry.txt",
                       n: int = 2) -> list[str]:
    """Store another short article with ``n`` records; returns their ids."""
    text = "".join(f"Chief Ole Dahl said ferry {i} would run all winter.\n\n" for i in range(n))
    recs = []
    for i in range(n):
        quote = f"ferry {i} would run all winter"
        start = text.index(quote)
        recs.append(dict(records[0], id=f"{doc_id}-{i}", doc_id=doc_id,
                         quote={"text": quote, "start": start, "end": start + len(quote)},
                         cue=None, speaker=None, hedges=[], document={"id": doc_id}))
    store.add_document(doc_id, text, recs)
    return [r["id"] for r in recs]
