"""Modality and boosters inside the reported content."""

from __future__ import annotations

import pytest


def hedge_types(rec) -> set[str]:
    return {h.type for h in rec.hedges}


MODAL = [
    ("The engineer said the dam may fail in a heavy storm.", "dam may fail", "may"),
    (
        "The forecaster said the storm might reach the coast by Sunday.",
        "storm might reach",
        "might",
    ),
    ("The analyst said prices could rise again next month.", "prices could rise", "could"),
    ("The nurse said the clinic will possibly close on weekends.", "clinic will", "possibly"),
    ("The captain said the ship is likely to arrive late.", "ship is likely", "likely"),
    ("The inspector said the wall appears to be cracked.", "wall appears", "appears to"),
]


@pytest.mark.parametrize(("text", "words", "marker"), MODAL)
def test_modal_content_is_hedged(record_for, text, words, marker):
    rec = record_for(text, words)
    modal = [h for h in rec.hedges if h.type == "modal"]
    assert [h.text for h in modal] == [marker]
    assert rec.quote.start <= modal[0].start < rec.quote.end
    assert rec.stance == "hedged"


def test_booster_is_tagged_without_hedging(record_for):
    rec = record_for("The engineer said the dam will certainly hold.", "dam will")
    assert "booster" in hedge_types(rec)
    assert rec.stance == "neutral"


def test_plain_content_has_no_modal(record_for):
    rec = record_for("The engineer said the dam will hold in May.", "dam will hold")
    assert "modal" not in hedge_types(rec)


def test_so_called_is_distancing(record_for):
    rec = record_for("The mayor said the so-called reform had failed.", "reform had failed")
    assert "distancing" in hedge_types(rec)
