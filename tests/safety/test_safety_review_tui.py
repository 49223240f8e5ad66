"""The review screen shows hostile article text inert: no markup, no control sequence.

Everything the reviewer sees is collected from the running app (headless): each
widget's rendered text, the toasts, and the SVG screenshot of the whole screen.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from textual.widgets import Label, Static

from quotes.records import Attribution, Cue, DocumentMeta, Hedge, Speaker, TextSpan
from quotes.review.app import ReviewApp
from quotes.review.store import ReviewStore

MARKUP = "[bold red]Ana[/]"
LINK = "[link=https://evil.example]pay[/link]"
TITLE = "\x1b]0;pwned\x07"
COLOUR = "\x1b[31m"
ARTICLE = (
    f"Mayor {MARKUP} Ruiz{TITLE} said the bridge {COLOUR}would\u202e reopen\r in May.\n"
    "\n"
    f'"We will {LINK} now," the spokesman reportedly said.\n'
)
DOC_ID = "../../evil\x1b[2J\u202e.txt"
RAW = ["\x1b", "\x07", "\r", "\u202e"]


def span(part: str) -> TextSpan:
    start = ARTICLE.index(part)
    return TextSpan(part, start, start + len(part))


def hostile_records() -> list[dict]:
    meta = DocumentMeta(id=DOC_ID, path=DOC_ID)
    said = span("said")
    said2 = ARTICLE.index("said", ARTICLE.index("spokesman"))
    mention = span(f"Mayor {MARKUP} Ruiz{TITLE}")
    quote1 = span(f"the bridge {COLOUR}would\u202e reopen\r in May")
    quote2 = span(f"We will {LINK} now,")
    hedge = span("reportedly")
    recs = [
        Attribution(DOC_ID, "indirect", quote1, cue=Cue(said.text, said.start, said.end, "say"),
                    speaker=Speaker(f"{MARKUP} Ruiz{TITLE}", "person", "explicit", mention,
                                    title=f"[i]mayor[/i]{COLOUR}"),
                    confidence=0.8, document=meta),
        Attribution(DOC_ID, "direct", quote2, cue=Cue("said", said2, said2 + 4, "say"),
                    speaker=Speaker(None, "unknown", "description", span("the spokesman")),
                    hedges=[Hedge("reported", hedge.text, hedge.start, hedge.end)],
                    confidence=0.6, document=meta),
    ]
    return [r.to_dict() for r in recs]


def shown_text(app: ReviewApp) -> str:
    """The text of every widget on the current screen as it renders (markup applied)."""
    parts = []
    for widget in app.screen.query("*"):
        if isinstance(widget, (Static, Label)):
            visual = widget.render()
            parts.append(getattr(visual, "plain", str(visual)))
    return "\n".join(parts)


@pytest.fixture
def store(tmp_path):
    s = ReviewStore(tmp_path / "review.sqlite")
    s.add_document(DOC_ID, ARTICLE, hostile_records(), path=DOC_ID)
    yield s
    s.close()


def test_review_screen_shows_hostile_text_inert(store, tmp_path):
    registry = tmp_path / "speakers.json"
    registry.write_text("[]", encoding="utf-8")
    seen: dict[str, str] = {}

    async def run() -> None:
        app = ReviewApp(store, [DOC_ID], "rev[b]iewer[/b]\x1b[5m", registry_path=registry)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            seen["main"] = shown_text(app)
            seen["svg"] = app.export_screenshot()
            await pilot.press("down")
            await pilot.pause()
            seen["second"] = shown_text(app)
            await pilot.press("s")  # the speaker dialog quotes the quotation
            await pilot.pause()
            seen["speaker dialog"] = shown_text(app)
            await pilot.press("escape")
            await pilot.pause()
            # A saved alias is announced in a toast that names the mention.
            app._save_alias(f"{MARKUP}{TITLE}", f"Ruiz {LINK}", "person")
            app.filters = {"speaker": f"{MARKUP} Ruiz{TITLE}"}
            app.rebuild_list()
            await pilot.pause()
            seen["toast"] = shown_text(app)
            seen["svg2"] = app.export_screenshot()

    asyncio.run(run())
    for where, text in seen.items():
        leftover = [ch for ch in RAW if ch in text]
        assert not leftover, f"{where}: raw {leftover!r}"
    assert MARKUP in seen["main"]  # the speaker's name, tags and all
    assert "[link=https://evil.example]pay[/link]" in seen["second"]
    assert f"Saved “{MARKUP}\\x1b]0;pwned\\x07”" in seen["toast"]
    assert json.loads(registry.read_text(encoding="utf-8"))  # the alias itself was saved
