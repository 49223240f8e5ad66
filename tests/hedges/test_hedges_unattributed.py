"""Claims carried only by hearsay wording, with nobody named, become `unattributed` records."""

from __future__ import annotations

import pytest

from quotes.records import record_problems


def hedge_types(rec) -> set[str]:
    return {h.type for h in rec.hedges}


CASES = [
    # (text, the claim as the record's quote, the cue word, the carrier's hedge type)
    (
        "The festival opens amid reports of a sharp rise in ticket prices across the region.",
        "a sharp rise in ticket prices across the region",
        "reports",
        "reported",
    ),
    (
        "Workers gathered outside amid rumors that the mill will close before winter.",
        "the mill will close before winter",
        "rumors",
        "rumored",
    ),
    (
        "The mayor met Jan Novak, who has been rumored as a likely successor to the party chief, "
        "on Monday.",
        "has been rumored as a likely successor to the party chief",
        "rumored",
        "rumored",
    ),
    (
        "The striker is said to be unhappy with his new contract.",
        "The striker is said to be unhappy with his new contract",
        "said",
        "reported",
    ),
    (
        "It is reported that the factory will close next year.",
        "the factory will close next year",
        "reported",
        "reported",
    ),
    (
        "The senator reportedly met the lobbyists twice in March.",
        "The senator reportedly met the lobbyists twice in March",
        "reportedly",
        "reported",
    ),
    (
        "The board dismissed speculation that the chief executive will resign.",
        "the chief executive will resign",
        "speculation",
        "rumored",
    ),
]


@pytest.mark.parametrize(("text", "claim", "cue", "htype"), CASES)
def test_vague_claim_is_an_unattributed_record(run, text, claim, cue, htype):
    records = [r for r in run(text) if r.type == "unattributed"]
    assert [r.quote.text for r in records] == [claim]
    rec = records[0]
    assert text[rec.quote.start : rec.quote.end] == claim
    assert rec.speaker is None
    assert rec.cue is not None and rec.cue.text == cue
    assert {htype, "unattributed"} <= hedge_types(rec)
    carrier = next(h for h in rec.hedges if h.type == "unattributed")
    assert text[carrier.start : carrier.end] == cue
    assert rec.stance == "unsourced"
    assert record_problems(rec.to_dict()) == []


@pytest.mark.parametrize(
    "text",
    [
        "The festival opens amid reports by the Valley Courier of a sharp rise in ticket prices.",
        "The festival opens amid Reuters reports of a sharp rise in ticket prices.",
        "The festival opens despite his claims of a sharp rise in ticket prices.",
        "The striker is said by his agent to be unhappy with his new contract.",
        "The festival opens on Friday with twelve bands on three stages.",
    ],
)
def test_sourced_or_plain_text_makes_no_unattributed_record(run, text):
    assert [r.quote.text for r in run(text) if r.type == "unattributed"] == []


def test_hearsay_inside_a_speakers_words_tags_that_record(run):
    text = "The coach said the striker is said to be unhappy with his contract."
    records = run(text)
    assert [r.type for r in records] == ["indirect"]
    assert "reported" in hedge_types(records[0])


def test_unattributed_records_come_in_text_order(run):
    text = (
        "The mayor said the bridge would reopen in May.\n"
        "Amid reports of a delay in the steel deliveries, the works stopped.\n"
        '"We are on schedule," the engineer said.\n'
    )
    records = run(text)
    starts = [r.quote.start for r in records]
    assert starts == sorted(starts)
    assert [r.type for r in records].count("unattributed") == 1
