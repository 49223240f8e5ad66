"""A negated cue is noted, not read as the speaker's claim."""

from __future__ import annotations

import pytest


def hedge_types(rec) -> set[str]:
    return {h.type for h in rec.hedges}


CASES = [
    ("The governor did not say that the plan had failed.", "plan had failed", "did not say"),
    (
        "The minister would not confirm that the talks had stalled.",
        "talks had stalled",
        "would not confirm",
    ),
    (
        "The agency declined to confirm that the bridge would reopen.",
        "bridge would reopen",
        "declined to confirm",
    ),
    ("The envoy never said that the border would open.", "border would open", "never said"),
    (
        "The spokesman refused to say whether the plant was safe.",
        "plant was safe",
        "refused to say",
    ),
]


@pytest.mark.parametrize(("text", "words", "negation"), CASES)
def test_negated_cue(record_for, text, words, negation):
    rec = record_for(text, words)
    assert rec.cue is not None and rec.cue.negated
    assert rec.stance == "negated"
    neg = next(h for h in rec.hedges if h.type == "negated")
    assert neg.text == negation
    assert rec.to_dict()["cue"]["negated"] is True


def test_plain_cue_is_not_negated(record_for):
    rec = record_for("The governor said that the plan had not failed.", "plan had not failed")
    assert not rec.cue.negated
    assert "negated" not in hedge_types(rec)
    assert rec.stance == "neutral"


def test_not_inside_the_quotation_does_not_negate_the_cue(record_for):
    rec = record_for('"Is the bridge safe? Certainly not," the engineer said.', "bridge safe")
    assert not rec.cue.negated
    assert rec.stance != "negated"
