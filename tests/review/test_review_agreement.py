"""Two reviewers: export flags where they disagree and sums up how far they agree."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from review_pilot import drive
from review_sample import DOC_ID

from quotes.cli import main
from quotes.records.schema import record_problems
from quotes.review.agreement import agreement, cohen_kappa


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize(
    ("pairs", "kappa"),
    [
        ([("a", "a"), ("a", "a"), ("r", "r"), ("a", "r")], 0.5),  # po .75, pe .5
        ([("a", "a"), ("r", "r")], 1.0),
        ([("a", "r"), ("r", "a")], -1.0),
        ([("a", "a"), ("a", "a")], 1.0),  # one label for everything: no chance term
        # po .6; pe (2*2 + 1*2 + 2*1) / 25 = .32; (.6 - .32) / .68
        ([("a", "a"), ("a", "c"), ("c", "c"), ("r", "r"), ("r", "a")], 0.4118),
        ([], None),
    ],
)
def test_cohen_kappa(pairs, kappa):
    got = cohen_kappa(pairs)
    assert got == kappa if kappa is None else got == pytest.approx(kappa, abs=1e-4)


def test_two_reviewers_in_the_app_then_export_flags_and_sums_up(store, store_path, records):
    r = [x["id"] for x in records]

    async def alice(pilot, app):
        await pilot.press("a", "a", "a", "r", "a")

    async def bob(pilot, app):
        await pilot.press("a", "r", "s")  # r2: bob names another speaker
        app.screen.query_one("#speaker-input").value = "Herald desk"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j", "r", "a")

    drive(store, alice, reviewer="alice")
    drive(store, bob, reviewer="bob")
    result = invoke("export", "--store", str(store_path))
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    for rec in lines:
        assert record_problems(rec) == []
    flagged = {x["id"] for x in lines if x["review"].get("disagreement")}
    assert flagged == {r[1], r[2]}

    summary = invoke("export", "--store", str(store_path), "--agreement", "--format", "json")
    assert summary.exit_code == 0, summary.output
    [pair] = json.loads(summary.stdout)
    assert pair["reviewers"] == ["alice", "bob"]
    assert (pair["both_decided"], pair["agreed"]) == (5, 3)
    assert pair["status_confusion"] == {"accepted": {"accepted": 2, "rejected": 1,
                                                     "corrected": 1},
                                        "rejected": {"rejected": 1}}
    assert pair["by_speaker"]["Coastal Herald"] == {"agreed": 0, "both_decided": 1}
    assert pair["by_speaker"]["Ana Ruiz"] == {"agreed": 2, "both_decided": 2}
    # keep-or-reject: alice kept 4 rejected 1, bob kept 3 rejected 2, agreeing on 4 of 5
    assert pair["kappa_keep_or_reject"] == pytest.approx(0.545, abs=1e-3)
    text = invoke("export", "--store", str(store_path), "--agreement")
    assert "alice / bob: 5 records decided by both, 3 agreed" in text.stdout
    assert f"disagree: {DOC_ID} {r[1]}" in text.stdout


def test_agreement_with_one_reviewer_says_so(store, store_path, records):
    store.accept(DOC_ID, records[0]["id"], "alice")
    assert agreement(store) == []
    result = invoke("export", "--store", str(store_path), "--agreement")
    assert result.exit_code == 0
    assert "fewer than two reviewers" in result.stdout
