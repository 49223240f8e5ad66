"""Fixing the extraction: spans by word, the cue, missed quotes; and why this speaker."""

from __future__ import annotations

import json

import pytest
from review_pilot import drive, keys
from review_sample import ARTICLE, DOC_ID
from textual.containers import VerticalScroll

from quotes.records.schema import record_problems
from quotes.review.edit import added_record, cue_fix, find_passage, move_end, move_start
from quotes.review.store import ReviewStore

# Sentences written for these tests.
LINE = 'The mayor said on Monday that "the bridge is safe," and left.'


def at(text: str, part: str) -> tuple[int, int]:
    s = text.index(part)
    return s, s + len(part)


@pytest.mark.parametrize(
    ("quote", "step", "start_word"),
    [
        ('"the bridge is safe,"', 1, "bridge"),
        ('"the bridge is safe,"', -1, "that"),
        ('"the bridge is safe,"', -2, "Monday"),
        ("safe,\"", 1, "safe,"),  # one word left: the start cannot pass the end
        ("The mayor", -1, "The"),  # the article's first word: nowhere earlier to go
    ],
)
def test_start_moves_by_word(quote, step, start_word):
    s, e = at(LINE, quote)
    new = move_start(LINE, s, e, step)
    assert LINE[new:].startswith(start_word)


@pytest.mark.parametrize(
    ("quote", "step", "last_word"),
    [
        ('"the bridge is', 1, 'safe,"'),
        ('"the bridge is safe,"', -1, "is"),
        ('"the bridge is safe,"', 2, "left."),
        ('"the', -1, '"the'),  # cannot end before it starts
    ],
)
def test_end_moves_by_word(quote, step, last_word):
    s, e = at(LINE, quote)
    new = move_end(LINE, s, e, step)
    assert LINE[:new].endswith(last_word)


def test_passages_are_found_across_line_breaks_nearest_first():
    text = "He said it twice.\nFirst: the plan\nworks. Later: the plan works."
    assert find_passage(text, "the plan works", near=0) == (25, 39)  # across the line break
    later = text.rindex("the plan works")
    assert find_passage(text, "the plan works", near=len(text)) == (later, later + 14)
    assert find_passage(text, "nowhere said") is None


def test_cue_is_the_nearest_occurrence_with_its_class():
    from quotes.lexicon import load_lexicon

    text = "Ruiz said no. Later, Ruiz claimed the bridge was safe."
    fix = cue_fix(text, "Claimed", text.index("the bridge"), load_lexicon())
    assert (fix["text"], fix["lemma"], text[fix["start"]:fix["end"]]) == (
        "claimed", "claimed", "claimed")
    assert fix["class"] == load_lexicon().cue_class("claimed")


def test_an_added_record_is_schema_valid():
    rec = added_record(DOC_ID, ARTICLE, at(ARTICLE, "the cables had rusted"), "Tomas Berg",
                       "indirect", {"id": DOC_ID, "path": DOC_ID})
    assert record_problems(rec) == []
    assert rec["speaker"]["name"] == "Tomas Berg" and rec["confidence"] == 1.0


def test_changing_the_cue_in_the_app(store, records):
    rid = records[4]["id"]  # cue "claimed"; the reviewer says "reported" is the cue

    async def script(pilot, app):
        app.select(rid)
        await pilot.press("v", "ctrl+u", *keys("reported"), "enter")

    drive(store, script)
    fix = store.state(DOC_ID, rid, "alice").corrected["cue"]
    assert ARTICLE[fix["start"]:fix["end"]] == "reported"


def test_adding_a_quote_that_is_already_listed_selects_it(store, records):
    seen: list[object] = []

    async def script(pilot, app):
        seen.append(app.add_quote("the cables had rusted", "Tomas Berg", "indirect"))
        seen.append(app.current)

    drive(store, script)
    assert seen == [None, records[4]["id"]]
    assert len(store.records(DOC_ID)) == 5


def test_why_this_speaker_uses_the_antecedent_when_there_is_one(store_path, records):
    text = ARTICLE + "\n" + "\n".join(f"Filler paragraph {i} about tides." for i in range(40))
    text += '\n\n"It will hold," he said.\n'
    q0, q1 = at(text, "It will hold,")
    he = text.rindex("he said")
    rec = json.loads(json.dumps(records[0]))
    rec.update(id="late-1", type="direct",
               quote={"text": text[q0:q1], "start": q0, "end": q1})
    rec["speaker"] = {
        "name": "Tomas Berg", "kind": "person", "resolution": "pronoun",
        "mention": {"text": "he", "start": he, "end": he + 2},
        "antecedent": {"text": "Engineer Tomas Berg", "start": text.index("Engineer"),
                       "end": text.index("Engineer") + len("Engineer Tomas Berg")},
    }
    rec["cue"] = None
    seen: list[object] = []
    with ReviewStore(store_path) as store:
        store.add_document(DOC_ID, text, [*records, rec])

        async def script(pilot, app):
            app.select("late-1")
            await pilot.pause()
            article = app.query_one("#article", VerticalScroll)
            seen.append(article.scroll_y)
            await pilot.press("w")
            await pilot.pause()
            seen.append(article.scroll_y)
            seen.append(app.why_shown)

        drive(store, script, size=(100, 30))
    assert seen[1] < seen[0]  # the article went back up to where Berg was named
    assert seen[2] == (text.index("Engineer"), text.index("Engineer") + 19)


def test_why_this_speaker_falls_back_to_the_mention(store, records):
    seen: list[object] = []

    async def script(pilot, app):
        app.select(records[3]["id"])  # mention "Ruiz", no antecedent in the record
        await pilot.press("w")
        seen.append(app.why_shown)

    drive(store, script)
    mention = records[3]["speaker"]["mention"]
    assert seen == [(mention["start"], mention["end"])]


def test_bulk_accept_under_a_filter_asks_and_undoes_as_one(store, records):
    from textual.widgets import Select

    from quotes.review.screens import ConfirmScreen

    r = [x["id"] for x in records]
    store.reject(DOC_ID, r[1], "alice")
    seen: list[object] = []

    async def script(pilot, app):
        await pilot.press("f")
        app.screen.query_one("#filter-speaker", Select).value = "Ana Ruiz"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("A")
        await pilot.pause()
        seen.append((type(app.screen), str(app.screen.question)))
        await pilot.press("n")  # asked, and said no: nothing happens
        await pilot.pause()
        seen.append(store.decision_count())
        await pilot.press("F", "A")  # every undecided record of the article
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        seen.append({rid: app.store.state(DOC_ID, rid, "alice").status for rid in r})
        await pilot.press("u")
        await pilot.pause()

    drive(store, script)
    assert seen[0][0] is ConfirmScreen
    assert "2 undecided records" in seen[0][1] and "speaker=Ana Ruiz" in seen[0][1]
    assert seen[1] == 1
    assert seen[2] == {r[0]: "accepted", r[1]: "rejected", r[2]: "accepted",
                       r[3]: "accepted", r[4]: "accepted"}
    after = {rid: store.state(DOC_ID, rid, "alice").status for rid in r}
    assert after == {r[0]: "pending", r[1]: "rejected", r[2]: "pending", r[3]: "pending",
                     r[4]: "pending"}
