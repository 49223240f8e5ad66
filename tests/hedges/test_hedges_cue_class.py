"""The cue verb's class becomes a hedge and sets the stance (cues.tsv classes)."""

from __future__ import annotations

import pytest


def hedge_types(rec) -> set[str]:
    return {h.type for h in rec.hedges}


CASES = [
    # (text, words of the content, hedge type expected, stance expected)
    (
        "The harbour master said that the ferry would leave at noon.",
        "ferry would leave",
        None,
        "neutral",
    ),
    (
        "The harbour master told reporters that the pier was closed.",
        "pier was closed",
        None,
        "neutral",
    ),
    (
        "The landlord claimed that the heating had been repaired.",
        "heating had been",
        "distancing",
        "distanced",
    ),
    (
        "The tenants insisted that the rent was never paid late.",
        "rent was never",
        "distancing",
        "distanced",
    ),
    (
        "The prosecutor alleged that the clerk had shredded the files.",
        "clerk had shredded",
        "alleged",
        "distanced",
    ),
    (
        "The council confirmed that the library will reopen in June.",
        "library will reopen",
        "factive",
        "endorsed",
    ),
    (
        "The auditor revealed that the fund had lost half its value.",
        "fund had lost",
        "factive",
        "endorsed",
    ),
    (
        "The coach admitted that the team had trained poorly.",
        "team had trained",
        "factive",
        "endorsed",
    ),
    (
        "The doctor suggested that the fever was caused by the heat.",
        "fever was caused",
        "speculative",
        "hedged",
    ),
    (
        "The farmer believes that the drought will end soon.",
        "drought will end",
        "speculative",
        "hedged",
    ),
    (
        "The company denied that the factory had polluted the river.",
        "factory had polluted",
        "denial",
        "denied",
    ),
    (
        "The union stressed that the strike would continue.",
        "strike would continue",
        "emphatic",
        "neutral",
    ),
    (
        "According to the harbour master, the ferry will leave at noon.",
        "ferry will leave",
        "according_to",
        "neutral",
    ),
]


@pytest.mark.parametrize(("text", "words", "htype", "stance"), CASES)
def test_cue_class_gives_hedge_and_stance(record_for, text, words, htype, stance):
    rec = record_for(text, words)
    if htype is None:
        assert not hedge_types(rec) & {"distancing", "alleged", "factive", "speculative", "denial"}
    else:
        assert htype in hedge_types(rec)
        cue_hedge = next(h for h in rec.hedges if h.type == htype)
        assert cue_hedge.start == rec.cue.start
    assert rec.stance == stance


def test_plain_said_with_quote_is_neutral(record_for):
    rec = record_for('"The water is warm enough to swim," the lifeguard said.', "warm enough")
    assert rec.hedges == []
    assert rec.stance == "neutral"
