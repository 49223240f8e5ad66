"""The quote in its context at 80 columns: centred in the article, whole in the panel."""

from __future__ import annotations

import json
import os

from review_pilot import drive
from review_sample import ARTICLE, DOC_ID
from textual.containers import VerticalScroll
from textual.widgets import Static

from quotes.review.store import ReviewStore

# Written for this test: a long quote deep in a long article.
LONG_QUOTE = ("the harbour authority has known about the corroded cables since the winter "
              "storms, has delayed the repairs twice to save money, and will now need the "
              "whole summer and a second contractor to make the bridge safe for lorries")


def long_article() -> tuple[str, int]:
    text = ARTICLE + "\n" + "".join(f"Filler paragraph {i} about the tides.\n\n"
                                    for i in range(60))
    text += f"The engineer told the council that {LONG_QUOTE}.\n"
    return text, text.index(LONG_QUOTE)


def panel_text(app) -> str:
    from rich.console import Console

    console = Console(width=200, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(app.query_one("#details", Static).content)
    return " ".join(console.export_text().split())


def test_long_quote_deep_in_the_article_is_centred_and_shown_whole(store_path, records):
    text, start = long_article()
    rec = json.loads(json.dumps(records[0]))
    rec.update(id="deep-1", quote={"text": LONG_QUOTE, "start": start,
                                   "end": start + len(LONG_QUOTE)})
    seen: list[object] = []
    with ReviewStore(store_path) as store:
        store.add_document(DOC_ID, text, [*records, rec])

        async def script(pilot, app):
            await pilot.press("G")  # the last record: the deep one
            await pilot.pause()
            article = app.query_one("#article", VerticalScroll)
            para = next(w for w in app.para_widgets if LONG_QUOTE[:30] in str(w.render()))
            seen.append(article.scroll_y > 0)
            visible = article.content_region.y <= para.region.y < (
                article.content_region.y + article.content_region.height)
            seen.append(visible)
            seen.append(panel_text(app))
            box = app.query_one("#details-box", VerticalScroll)
            seen.append(box.max_scroll_y > 0)  # taller than its room: it scrolls, not clips
            await pilot.press("z")
            await pilot.pause()
            seen.append(article.size.width)

        drive(store, script, size=(80, 24))
    assert seen[0] is True and seen[1] is True
    assert LONG_QUOTE in seen[2]
    assert seen[3] is True
    assert seen[4] >= 70  # z: the article alone, at full width
