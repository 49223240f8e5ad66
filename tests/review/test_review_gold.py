"""Reviews become a test set: decide, die, reopen, export --format gold, score the tool on it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from review_pilot import drive, keys
from review_sample import ARTICLE, DOC_ID, sample_records
from textual.widgets import Select

from quotes.cli import main
from quotes.export.gold import gold_items
from quotes.review.screens import AddQuoteScreen, SpanScreen
from quotes.review.store import ReviewStore

# Written for this test: a quote the machine's draft below does not hold.
MISSED = 'Harbour master Eva Lund warned that "the dock will flood by June".\n'
TEXT = ARTICLE + "\n" + MISSED


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def copy_as_killed(store_path: Path, to: Path) -> Path:
    """What a killed process leaves: the database and its WAL, copied while still open."""
    to.mkdir()
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(store_path) + suffix)
        if src.exists():
            shutil.copyfile(src, to / (store_path.name + suffix))
    return to / store_path.name


@pytest.fixture
def machine() -> list[dict]:
    return sample_records(TEXT)


def test_decide_kill_reopen_export_gold_and_eval(tmp_path, machine):
    r = [x["id"] for x in machine]
    store_path = tmp_path / "live" / "review.sqlite"
    store_path.parent.mkdir()
    store = ReviewStore(store_path)
    store.add_document(DOC_ID, TEXT, machine, path=DOC_ID)
    screens: list[type] = []

    async def first_session(pilot, app):
        await pilot.press("a", "r")  # r0 right, r1 not a quote of anyone
        await pilot.press("s")  # r2: the speaker is the herald's desk
        app.screen.query_one("#speaker-input").value = "Herald desk"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j")  # r3: the quote starts a word too early
        await pilot.press("e")
        screens.append(type(app.screen))
        await pilot.press("l", "enter")
        await pilot.press("m")  # a quote the tool missed
        screens.append(type(app.screen))
        await pilot.press(*keys("the dock will flood by June"), "enter")
        await pilot.press(*keys("Eva Lund"))
        app.screen.query_one("#add-type", Select).value = "direct"
        await pilot.press("enter")
        await pilot.pause()

    drive(store, first_session)
    assert screens == [SpanScreen, AddQuoteScreen]
    # the process dies here: the store is never closed
    killed = copy_as_killed(store_path, tmp_path / "after")
    store.close()

    again = ReviewStore(killed)
    resumed: list[object] = []

    async def second_session(pilot, app):
        resumed.append((app.current, app.progress))

    drive(again, second_session)
    again.close()
    assert resumed == [(r[4], (5, 6))]  # 4 decided + 1 added, of 6; r4 still open

    result = invoke("export", "--store", str(killed), "--format", "gold",
                    "-o", str(tmp_path / "gold.jsonl"))
    assert result.exit_code == 0, result.output
    gold = [json.loads(x) for x in (tmp_path / "gold.jsonl").read_text().splitlines()]
    by_text = {g["text"]: g for g in gold}
    assert by_text["the harbour bridge would reopen in May"]["required"] is True
    rejected = by_text["We are not cutting the repair budget,"]
    assert rejected["false_record"] is True and rejected["required"] is False
    herald = by_text["the contractor allegedly missed three deadlines"]
    assert herald["speaker"] == "Herald desk" and herald["required"] is True
    assert 'inspections were "almost finished"' in by_text
    added = by_text["the dock will flood by June"]
    assert (added["speaker"], added["type"], added["added"]) == ("Eva Lund", "direct", True)
    assert TEXT[added["start"]:added["end"]] == added["text"]
    assert by_text["the cables had rusted"]["undecided"] is True

    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(x) + "\n" for x in machine))
    scored = invoke("eval", "--gold", str(tmp_path / "gold.jsonl"), "--pred", str(pred),
                    "--json", "--no-aliases")
    assert scored.exit_code == 0, scored.output
    figures = json.loads(scored.stdout)
    # gold: r0, r2 (speaker fixed), r3 (span fixed), the added quote; r1 is a known
    # false record, r4 undecided (neutral). The machine found 3 of 4, with one wrong
    # speaker, one span a word too long, and repeated the rejected r1.
    assert figures["gold"] == 4 and figures["pred"] == 4
    assert figures["span_partial"] == [0.75, 0.75, 0.75]
    assert figures["attribution"] == [0.5, 0.5, 0.5]
    assert figures["counts"]["span_exact"] == 2
    assert [f["text"] for f in figures["known_false"]] == ["We are not cutting the repair budget,"]
    assert [m["text"] for m in figures["misses"]] == ["the dock will flood by June"]


def test_reviewers_who_disagree_give_a_neutral_gold_item(machine):
    base = machine[0]

    def reviewed(status: str, reviewer: str, corrected: dict | None = None) -> dict:
        review = {"status": status, "reviewer": reviewer, "time": None, "note": None}
        if corrected:
            review["corrected"] = corrected
        return dict(base, review=review)

    agree = gold_items([reviewed("accepted", "alice"), reviewed("accepted", "bob")])
    split = gold_items([reviewed("accepted", "alice"), reviewed("rejected", "bob")])
    names = gold_items([reviewed("accepted", "alice"),
                        reviewed("corrected", "bob", {"speaker": {"name": "Lena Ortiz"}})])
    assert agree[0]["required"] is True and agree[0]["reviewers"] == ["alice", "bob"]
    assert split[0]["required"] is False and split[0]["disagreement"] is True
    assert names[0]["disagreement"] is True
    both_rejected = gold_items([reviewed("rejected", "alice"), reviewed("rejected", "bob")])
    assert both_rejected[0]["false_record"] is True
