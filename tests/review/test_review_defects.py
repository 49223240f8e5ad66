"""The defects of issue 17 seen in real sessions, each replayed with Pilot."""

from __future__ import annotations

import json
import os

from review_pilot import add_second_article, drive, keys
from review_sample import ARTICLE, DOC_ID
from textual.widgets import DataTable, Static

from quotes.review.screens import ConfirmScreen
from quotes.review.store import ReviewStore, ReviewStoreError


def ids(records: list[dict]) -> list[str]:
    return [r["id"] for r in records]


def panel_text(app) -> str:
    """The details panel as plain text, as a wide terminal would print it."""
    from rich.console import Console

    console = Console(width=200, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(app.query_one("#details", Static).content)
    return console.export_text()


def test_end_and_home_go_to_last_and_first_row_without_scrolling_sideways(store, records):
    r = ids(records)
    seen: list[tuple[str | None, float]] = []

    async def script(pilot, app):
        table = app.query_one("#list", DataTable)
        for key in ("end", "home", "G", "g"):
            await pilot.press(key)
            await pilot.pause()
            seen.append((app.current, table.scroll_x))
        seen.append(("shot", 0))
        await pilot.press("end")
        await pilot.pause()
        seen.append((app.export_screenshot(), 0))

    drive(store, script, size=(80, 24))
    assert seen[:4] == [(r[4], 0), (r[0], 0), (r[4], 0), (r[0], 0)]
    assert "speaker" in seen[5][0] and "type" in seen[5][0]  # the columns are still there


def test_a_note_is_marked_in_the_list_and_shown_above_the_fields(store, records):
    rid = records[4]["id"]  # the record with the most fields (hedges, relay)
    got: list[str] = []

    async def script(pilot, app):
        app.select(rid)
        await pilot.press("c", *keys("ask radio norte for the tape"), "enter")
        await pilot.pause()
        table = app.query_one("#list", DataTable)
        got.append(str(table.get_cell(rid, "status")))
        got.append(app.export_screenshot())

    drive(store, script, size=(80, 24))
    assert "¶" in got[0]
    assert "norte" in got[1] and "tape" in got[1]  # on screen, not clipped below the panel


def test_after_a_speaker_correction_the_old_title_is_gone(store_path, records):
    rec = json.loads(json.dumps(records[0]))
    rec["speaker"]["title"] = "Mayor"
    with ReviewStore(store_path) as store:
        store.add_document(DOC_ID, ARTICLE, [rec, *records[1:]])
        shown: list[str] = []

        async def script(pilot, app):
            shown.append(panel_text(app))
            await pilot.press("s")
            app.screen.query_one("#speaker-input").value = "Lena Ortiz"
            await pilot.press("enter")
            await pilot.pause()
            shown.append(panel_text(app))

        drive(store, script)
    assert "Title" in shown[0] and "Mayor" in shown[0]
    assert "Lena Ortiz" in shown[1] and "Title" not in shown[1]


def test_a_mention_that_names_another_entry_is_not_offered(store, records, tmp_path):
    registry = tmp_path / "speakers.json"
    entries = [{"name": "Ana Ruiz", "aliases": ["Ruiz"]}, {"name": "Lena Ortiz", "aliases": []}]
    registry.write_text(json.dumps(entries))
    before = registry.read_text()
    screens: list[type] = []

    async def script(pilot, app):
        app.select(records[3]["id"])  # mention "Ruiz"
        await pilot.press("s")
        app.screen.query_one("#speaker-input").value = "Lena Ortiz"
        await pilot.press("enter")
        await pilot.pause()
        screens.append(type(app.screen))
        await pilot.press("y")  # would have been the fatal yes

    drive(store, script, registry=registry)
    assert screens[0] is not ConfirmScreen
    assert registry.read_text() == before


def test_undo_takes_the_saved_alias_out_again(store, records, tmp_path):
    registry = tmp_path / "speakers.json"
    registry.write_text(json.dumps([{"name": "Ana Ruiz Soto", "aliases": []}]))
    seen: list[list] = []

    async def script(pilot, app):
        app.select(records[3]["id"])
        await pilot.press("s")
        app.screen.query_one("#speaker-input").value = "Ana Ruiz Soto"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        seen.append(json.loads(registry.read_text())[0]["aliases"])
        await pilot.press("u")
        await pilot.pause()
        seen.append(json.loads(registry.read_text())[0]["aliases"])

    drive(store, script, registry=registry)
    assert seen == [["Ruiz"], []]
    assert store.state(DOC_ID, records[3]["id"], "alice").status == "pending"


def test_titles_stay_out_of_names_and_aliases(store, records, tmp_path):
    registry = tmp_path / "speakers.json"
    registry.write_text("[]")
    questions: list[str] = []

    async def script(pilot, app):
        await pilot.press("s")  # record 0, mention "Mayor Ana Ruiz"
        app.screen.query_one("#speaker-input").value = "Mayor Ana Ruiz Soto"
        await pilot.press("enter")
        await pilot.pause()
        questions.append(str(app.screen.question))
        await pilot.press("y")
        await pilot.pause()

    drive(store, script, registry=registry)
    state = store.state(DOC_ID, records[0]["id"], "alice")
    assert state.corrected["speaker"] == {"name": "Ana Ruiz Soto", "title": "Mayor"}
    assert "“Ana Ruiz”" in questions[0]
    saved = json.loads(registry.read_text())
    assert [(e["name"], e["aliases"]) for e in saved] == [("Ana Ruiz Soto", ["Ana Ruiz"])]


def test_opens_on_the_article_with_work_left_and_n_moves_on(store, records):
    ferry = add_second_article(store, records)
    for rid in ids(records):
        store.accept(DOC_ID, rid, "alice")
    seen: list[object] = []

    async def script(pilot, app):
        seen.append((app.doc_id, app.current, app.overall))
        seen.append(app.sub_title)
        await pilot.press("a", "a")
        await pilot.pause()
        seen.append(app.overall)

    drive(store, script, doc_ids=[DOC_ID, "ferry.txt"])
    assert seen[0] == ("ferry.txt", ferry[0], (5, 7))
    assert "all 5/7" in seen[1]
    assert seen[2] == (7, 7)


def test_n_goes_to_the_next_article_when_this_one_is_done(store, records):
    ferry = add_second_article(store, records)
    for rid in ids(records)[:4]:
        store.accept(DOC_ID, rid, "alice")
    seen: list[object] = []

    async def script(pilot, app):
        seen.append((app.doc_id, app.current))
        await pilot.press("a")  # the last one here
        await pilot.press("n")
        await pilot.pause()
        seen.append((app.doc_id, app.current))

    drive(store, script, doc_ids=[DOC_ID, "ferry.txt"])
    assert seen == [(DOC_ID, records[4]["id"]), ("ferry.txt", ferry[0])]


def test_undo_never_reverts_what_another_window_decided(store, store_path, records):
    r = ids(records)
    seen: list[object] = []

    async def script(pilot, app):
        other = ReviewStore(store_path)  # the same reviewer's second window
        other.accept(DOC_ID, r[3], "alice")
        other.close()
        app.check_outside()  # what the window's timer does every second
        await pilot.pause()
        table = app.query_one("#list", DataTable)
        seen.append(str(table.get_cell(r[3], "status")))
        seen.append(app.progress)
        await pilot.press("a")  # accept r[0] here
        await pilot.press("u", "u")  # the second undo finds nothing of this window's
        await pilot.pause()

    drive(store, script)
    assert seen == ["✓", (1, 5)]
    assert store.state(DOC_ID, r[0], "alice").status == "pending"
    assert store.state(DOC_ID, r[3], "alice").status == "accepted"


def test_undo_after_reopening_still_reaches_earlier_sessions(store, records):
    store.accept(DOC_ID, records[0]["id"], "alice")

    async def script(pilot, app):
        await pilot.press("u")

    drive(store, script)
    assert store.state(DOC_ID, records[0]["id"], "alice").status == "pending"


def test_read_only_store_shows_everything_and_saves_nothing(store, store_path, records):
    store.accept(DOC_ID, records[0]["id"], "alice")
    count = store.decision_count()
    seen: list[object] = []
    with ReviewStore(store_path, readonly=True) as ro:

        async def script(pilot, app):
            seen.append((app.current, app.progress))
            await pilot.press("a", "r", "u")
            seen.append(app.sub_title)
            await pilot.press("q")

        app = drive(ro, script)
    assert seen[0] == (records[1]["id"], (1, 5))
    assert "read-only" in seen[1]
    assert app.return_code == 0
    assert store.decision_count() == count


def test_a_store_failing_mid_review_is_a_message_not_a_crash(store, records, monkeypatch):
    def broken(*args, **kwargs):
        raise ReviewStoreError("review.sqlite: the review store is damaged (disk I/O error)")

    monkeypatch.setattr(store, "accept", broken)
    seen: list[object] = []

    async def script(pilot, app):
        await pilot.press("a")
        seen.append(app.current)
        await pilot.press("r")
        seen.append(app.current)
        await pilot.press("q")

    app = drive(store, script)
    assert app.return_code == 0
    assert seen == [records[0]["id"], records[1]["id"]]  # nothing accepted; reject works
    assert store.state(DOC_ID, records[0]["id"], "alice").status == "rejected"


def test_search_finds_quotes_and_speakers_then_the_article(store, records):
    r = ids(records)
    seen: list[object] = []

    async def script(pilot, app):
        await pilot.press("slash", *keys("deadlines"), "enter")
        seen.append(app.current)
        await pilot.press("slash", *keys("berg"), "enter")  # a speaker name
        seen.append(app.current)
        await pilot.press("slash", "enter")  # the same words again: wraps to the only hit
        seen.append(app.current)
        await pilot.press("slash", "ctrl+u", *keys("monday"), "enter")  # in no quote
        seen.append(app.current)

    drive(store, script)
    assert seen == [r[2], r[4], r[4], r[4]]


def test_a_late_timer_tick_while_closing_is_no_crash(store, store_path, records):
    """The watch timer may fire after the widgets are gone; the exit stays clean."""
    r = ids(records)
    seen: list[object] = []

    async def script(pilot, app):
        other = ReviewStore(store_path)
        other.accept(DOC_ID, r[2], "alice")
        other.close()
        await app.query_one("#list", DataTable).remove()
        app.check_outside()  # the tick that lands while the screen is torn down
        seen.append("survived")

    drive(store, script)
    assert seen == ["survived"]
    assert store.state(DOC_ID, r[2], "alice").status == "accepted"
