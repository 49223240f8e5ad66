"""Hearsay and evidentiality: second-hand, relayed and unnamed sources."""

from __future__ import annotations

import pytest


def hedge_types(rec) -> set[str]:
    return {h.type for h in rec.hedges}


ADVERB_ON_CUE = [
    ("The mayor reportedly said that the bridge would close.", "bridge would close", "reported"),
    ("The coach allegedly told players that the season was over.", "season was over", "alleged"),
    ("The envoy purportedly wrote that the treaty was dead.", "treaty was dead", "alleged"),
]


@pytest.mark.parametrize(("text", "words", "htype"), ADVERB_ON_CUE)
def test_evidential_adverb_on_the_cue(record_for, text, words, htype):
    rec = record_for(text, words)
    assert htype in hedge_types(rec)
    adverb = next(h for h in rec.hedges if h.type == htype)
    assert adverb.text.endswith("ly")


ADVERB_IN_CONTENT = [
    ("The clerk said that the mayor reportedly owns three boats.", "owns three boats", "reported"),
    ("Neighbours said the dog allegedly bit two children.", "bit two children", "alleged"),
]


@pytest.mark.parametrize(("text", "words", "htype"), ADVERB_IN_CONTENT)
def test_evidential_adverb_inside_the_content(record_for, text, words, htype):
    rec = record_for(text, words)
    assert htype in hedge_types(rec)
    assert rec.speaker is not None and rec.speaker.name


ANONYMOUS = [
    ("Sources said the merger was close to collapse.", "merger was close"),
    ("Officials said the airport would reopen on Friday.", "airport would reopen"),
    ("Two people familiar with the talks said the deal had stalled.", "deal had stalled"),
    ("A senior official said the budget would be cut.", "budget would be cut"),
]


@pytest.mark.parametrize(("text", "words"), ANONYMOUS)
def test_unnamed_sources_are_anonymous(record_for, text, words):
    rec = record_for(text, words)
    assert "anonymous" in hedge_types(rec)
    assert rec.stance == "hearsay"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Maria Lopez said the airport would reopen on Friday.", "airport would reopen"),
        ("The minister said the budget would be cut.", "budget would be cut"),
    ],
)
def test_named_sources_are_not_anonymous(record_for, text, words):
    assert "anonymous" not in hedge_types(record_for(text, words))


def test_according_to_is_tagged(record_for):
    rec = record_for(
        "According to the fire chief, the blaze started in the kitchen.", "blaze started"
    )
    assert "according_to" in hedge_types(rec)


def test_according_to_reports_is_unsourced(record_for):
    rec = record_for("According to reports, the bridge will reopen in May.", "bridge will reopen")
    assert {"reported", "unattributed"} <= hedge_types(rec)
    assert rec.stance == "unsourced"


def test_reported_cue_is_reported(record_for):
    rec = record_for(
        "The Harbour Gazette reported that the ferry company had gone bankrupt.", "gone bankrupt"
    )
    assert "reported" in hedge_types(rec)
    assert rec.stance == "hearsay"


def test_as_reported_by_is_relayed(record_for):
    text = (
        '"We will rebuild the pier by summer," the mayor said, as reported by the Harbour Gazette.'
    )
    rec = record_for(text, "rebuild the pier")
    assert "relayed" in hedge_types(rec)
    relayed = next(h for h in rec.hedges if h.type == "relayed")
    assert "Harbour Gazette" in relayed.text
    assert rec.stance == "hearsay"


RELAY_PASSAGE = (
    "The Valley Courier reports this, citing a statement by councillor Maria Lopez.\n"
    "She said the council would vote on the budget on Friday. The plan, she added, "
    "leaves the parks untouched.\n"
    "The river is high this week.\n"
    '"We need the money now," Lopez said at the meeting.\n'
)


def test_relay_sentence_makes_the_next_paragraph_relayed(record_for):
    rec = record_for(RELAY_PASSAGE, "council would vote")
    assert "relayed" in hedge_types(rec)
    assert rec.relayed_by is not None and rec.relayed_by.name == "Valley Courier"
    relayed = next(h for h in rec.hedges if h.type == "relayed")
    assert relayed.text == "The Valley Courier reports"


def test_relay_sentence_stops_after_the_next_paragraph(record_for):
    rec = record_for(RELAY_PASSAGE, "need the money")
    assert "relayed" not in hedge_types(rec)
