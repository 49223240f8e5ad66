"""The review screen driven headless with Pilot: every key press must end up in the store."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path

from click.testing import CliRunner
from review_sample import DOC_ID
from textual.widgets import DataTable, Select, Static

from quotes.cli import main
from quotes.review.app import ReviewApp
from quotes.review.screens import ConfirmScreen, FilterScreen, HelpScreen, SpeakerScreen
from quotes.review.store import ReviewStore

Script = Callable[[object, ReviewApp], Awaitable[None]]


def drive(store: ReviewStore, script: Script, *, registry: Path | None = None,
          reviewer: str = "alice", size: tuple[int, int] = (100, 30)) -> ReviewApp:
    """Run the app headless, play the script, and return the app (closed)."""

    async def run() -> ReviewApp:
        app = ReviewApp(store, [DOC_ID], reviewer, registry_path=registry)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await script(pilot, app)
            await pilot.pause()
        return app

    return asyncio.run(run())


def keys(text: str) -> list[str]:
    """Key names that type ``text`` (Pilot names the space bar "space")."""
    return ["space" if ch == " " else ch for ch in text]


def ids(records: list[dict]) -> list[str]:
    return [r["id"] for r in records]


def status_of(store: ReviewStore, rid: str, reviewer: str = "alice") -> str:
    return store.state(DOC_ID, rid, reviewer).status


def test_navigate_accept_reject(store, records):
    r = ids(records)
    seen: list[str | None] = []

    async def script(pilot, app):
        seen.append(app.current)
        await pilot.press("a")  # accept record 0, move to 1
        seen.append(app.current)
        await pilot.press("r")  # reject record 1, move to 2
        seen.append(app.current)
        await pilot.press("k", "k", "j", "down")  # 1, 0, 1, 2
        seen.append(app.current)
        seen.append(str(app.query_one("#list", DataTable).border_title))

    drive(store, script)
    assert seen[:4] == [r[0], r[1], r[2], r[2]]
    assert "2/5 reviewed" in seen[4]
    assert status_of(store, r[0]) == "accepted"
    assert status_of(store, r[1]) == "rejected"
    assert status_of(store, r[2]) == "pending"


def test_mouse_click_selects_a_row(store, records):
    r = ids(records)
    got: list[str | None] = []

    async def script(pilot, app):
        # border (1) + header row (1): row 3 is at y=5 inside the table
        await pilot.click("#list", offset=(6, 5))
        got.append(app.current)

    drive(store, script)
    assert got == [r[3]]


def test_reopening_resumes_at_first_unreviewed_with_progress(store, store_path, records):
    r = ids(records)

    async def first(pilot, app):
        await pilot.press("a", "r", "q")

    app = drive(store, first)
    assert app.return_code == 0
    store.close()
    again = ReviewStore(store_path)
    got: list[object] = []

    async def second(pilot, app):
        got.append(app.current)
        got.append(app.progress)

    drive(again, second)
    assert got == [r[2], (2, 5)]
    result = CliRunner().invoke(main, ["export", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(x["id"], x["review"]["status"]) for x in lines] == [
        (r[0], "accepted"), (r[1], "rejected")
    ]
    again.close()


def test_ctrl_c_quits_and_keeps_decisions(store, records):
    async def script(pilot, app):
        await pilot.press("a", "ctrl+c")

    app = drive(store, script)
    assert app.return_code == 0
    assert status_of(store, records[0]["id"]) == "accepted"


def test_undo_goes_back_and_restores(store, records):
    r = ids(records)
    where: list[str | None] = []

    async def script(pilot, app):
        await pilot.press("a", "a", "u")
        where.append(app.current)
        await pilot.press("u")
        where.append(app.current)

    drive(store, script)
    assert where == [r[1], r[0]]
    assert status_of(store, r[0]) == "pending"
    assert status_of(store, r[1]) == "pending"


def test_correct_speaker_with_completion_from_registry(store, records, tmp_path):
    registry = tmp_path / "speakers.json"
    registry.write_text(json.dumps([
        {"name": "Lena Ortiz", "aliases": [], "kind": "person", "ids": {"wikidata": "Q1"}},
    ]))
    rid = records[1]["id"]  # "the council spokesman", unresolved
    seen: list[object] = []

    async def script(pilot, app):
        await pilot.press("j", "s")
        seen.append(type(app.screen))
        await pilot.press("L", "e")
        await pilot.pause()
        await pilot.press("right")  # take the completion
        seen.append(app.screen.query_one("#speaker-input").value)
        await pilot.press("enter")
        await pilot.pause()
        # "the council spokesman" is a description: no alias question
        seen.append(type(app.screen))
        seen.append(str(app.query_one("#details", Static).render()))

    drive(store, script, registry=registry)
    assert seen[0] is SpeakerScreen
    assert seen[1] == "Lena Ortiz"
    assert seen[2] is not ConfirmScreen
    state = store.state(DOC_ID, rid, "alice")
    assert state.status == "corrected"
    assert state.corrected == {"speaker": {"name": "Lena Ortiz", "kind": "person",
                                           "ids": {"wikidata": "Q1"}}}
    assert json.loads(registry.read_text())[0]["aliases"] == []


def test_corrected_mention_saved_as_alias_only_when_asked_yes(store, records, tmp_path):
    registry = tmp_path / "speakers.json"
    registry.write_text(json.dumps([{"name": "Ana Ruiz Soto", "aliases": []}]))
    answers: list[object] = []

    def correct_record_3(answer: str):
        async def script(pilot, app):
            app.select(records[3]["id"])  # mention "Ruiz"
            await pilot.press("s")
            app.screen.query_one("#speaker-input").value = "Ana Ruiz Soto"  # typing: see above
            await pilot.press("enter")
            await pilot.pause()
            answers.append(type(app.screen))
            await pilot.press(answer)
            await pilot.pause()
        return script

    drive(store, correct_record_3("n"), registry=registry)
    assert json.loads(registry.read_text())[0]["aliases"] == []
    store.undo(DOC_ID, "alice")
    drive(store, correct_record_3("y"), registry=registry)
    assert answers == [ConfirmScreen, ConfirmScreen]
    assert json.loads(registry.read_text())[0]["aliases"] == ["Ruiz"]
    assert store.state(DOC_ID, records[3]["id"], "alice").corrected["speaker"]["name"] == (
        "Ana Ruiz Soto"
    )


def test_change_type_and_back(store, records):
    rid = records[1]["id"]  # direct
    states: list[tuple[str, dict]] = []

    async def script(pilot, app):
        await pilot.press("j", "t", "2")  # indirect
        s = app.store.state(DOC_ID, rid, "alice")
        states.append((s.status, s.corrected))
        await pilot.press("t", "enter")  # highlighted is the current type: no change
        await pilot.press("t", "1")  # back to the machine's type
        s = app.store.state(DOC_ID, rid, "alice")
        states.append((s.status, s.corrected))

    drive(store, script)
    assert states == [("corrected", {"type": "indirect"}), ("pending", {})]


def test_note_is_saved(store, records):
    async def script(pilot, app):
        await pilot.press("c", *keys("ask the mayor"), "enter")

    drive(store, script)
    state = store.state(DOC_ID, records[0]["id"], "alice")
    assert state.note == "ask the mayor" and state.status == "pending"


def test_filter_by_status_speaker_and_hedge(store, records):
    r = ids(records)
    store.accept(DOC_ID, r[0], "alice")
    listed: list[list[str]] = []

    async def script(pilot, app):
        await pilot.press("f")
        assert isinstance(app.screen, FilterScreen)
        app.screen.query_one("#filter-status", Select).value = "pending"
        await pilot.press("ctrl+s")
        listed.append(list(app.listed))
        await pilot.press("f")
        app.screen.query_one("#filter-status", Select).value = Select.NULL
        app.screen.query_one("#filter-hedge", Select).value = "alleged"
        await pilot.click("#apply")
        listed.append(list(app.listed))
        await pilot.press("f")
        app.screen.query_one("#filter-hedge", Select).value = Select.NULL
        app.screen.query_one("#filter-speaker", Select).value = "Ana Ruiz"
        await pilot.press("ctrl+s")
        listed.append(list(app.listed))
        await pilot.press("F")
        listed.append(list(app.listed))

    drive(store, script)
    assert listed == [r[1:], [r[2]], [r[0], r[3]], r]


def test_next_unreviewed_skips_decided_and_wraps(store, records):
    r = ids(records)
    store.accept(DOC_ID, r[1], "alice")
    store.reject(DOC_ID, r[2], "alice")
    path: list[str | None] = []

    async def script(pilot, app):
        path.append(app.current)
        for _ in range(3):
            await pilot.press("n")
            path.append(app.current)

    drive(store, script)
    assert path == [r[0], r[3], r[4], r[0]]


def test_help_screen_opens_and_closes(store):
    screens: list[type] = []

    async def script(pilot, app):
        await pilot.press("question_mark")
        screens.append(type(app.screen))
        await pilot.press("escape")
        screens.append(type(app.screen))

    drive(store, script)
    assert screens[0] is HelpScreen and screens[1] is not HelpScreen


def test_current_quote_is_highlighted_in_its_paragraph(store, records):
    spans: list[list[tuple[str, str]]] = []

    async def script(pilot, app):
        await pilot.press("j", "j")  # the according_to record with "allegedly"
        para = next(w for w in app.para_widgets if "allegedly" in str(w.render()))
        text = para.render()
        spans.append([(text.plain[s.start:s.end], str(s.style)) for s in text.spans])

    drive(store, script)
    styled = dict(spans[0])
    assert styled["the contractor allegedly missed three deadlines"].startswith("on ")
    assert "underline" in styled["the Coastal Herald"]
    assert styled["According to"] == "bold"
    assert "magenta" in styled["allegedly"]


def test_two_reviewers_in_the_app_keep_separate_decisions(store, records):
    async def accept(pilot, app):
        await pilot.press("a")

    async def reject(pilot, app):
        await pilot.press("r")

    drive(store, accept, reviewer="alice")
    drive(store, reject, reviewer="bob")
    assert status_of(store, records[0]["id"], "alice") == "accepted"
    assert status_of(store, records[0]["id"], "bob") == "rejected"


def test_readable_at_80_by_24(store):
    shots: list[str] = []

    async def script(pilot, app):
        shots.append(app.export_screenshot())

    drive(store, script, size=(80, 24))
    svg = shots[0]
    for words in ("0/5", "reviewed", "Accept", "Reject", "Speaker", "Help", "Quit", "Mayor"):
        assert words in svg


def test_brackets_move_between_articles(store, records):
    second = "Chief Ole Dahl said the ferry would run all winter.\n"
    start = second.index("the ferry")
    rec = dict(records[0], id="ferry-1", doc_id="ferry.txt",
               quote={"text": "the ferry would run all winter", "start": start,
                      "end": start + len("the ferry would run all winter")},
               cue=None, speaker=None, hedges=[], document={"id": "ferry.txt"})
    store.add_document("ferry.txt", second, [rec])
    seen: list[object] = []

    async def script(pilot, app):
        await pilot.press("right_square_bracket")
        await pilot.pause()
        seen.append((app.doc_id, app.current, app.progress))
        await pilot.press("a", "left_square_bracket")
        await pilot.pause()
        seen.append((app.doc_id, app.progress))

    async def run() -> None:
        app = ReviewApp(store, [DOC_ID, "ferry.txt"], "alice")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await script(pilot, app)

    asyncio.run(run())
    assert seen == [("ferry.txt", "ferry-1", (0, 1)), (DOC_ID, (0, 5))]
    assert status_of_doc(store, "ferry.txt", "ferry-1") == "accepted"


def status_of_doc(store: ReviewStore, doc_id: str, rid: str) -> str:
    return store.state(doc_id, rid, "alice").status
