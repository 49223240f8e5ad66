"""Every record names the detector rule that found it, and the name survives JSON."""

from __future__ import annotations

import pytest

from quotes.records import Attribution

# (text, words of the record, rule)
RULES = [
    ('"The ferry will run all winter," the harbour master said.',
     "The ferry will run all winter", "cue-after-direct"),
    ('The harbour master said: "The ferry will run all winter."',
     "The ferry will run all winter", "cue-before-direct"),
    ("Councillor Ada Moss said the new bridge would cost twice the estimate.",
     "the new bridge would cost twice the estimate", "reported-ccomp"),
    ("A new poll shows the mayor and Roe in a dead heat.",
     "the mayor and Roe in a dead heat", "finding-object"),
    ("The bridge, the engineer noted, was built on soft clay.",
     "The bridge, the engineer noted, was built on soft clay", "parenthetical-cue"),
    ("According to the port authority, the ferry carried 4,000 passengers last year.",
     "the ferry carried 4,000 passengers last year", "according-to"),
    ("The union rejected the mayor's claim that the ferry was safe.",
     "the ferry was safe", "noun-claim"),
    ("The mayor vowed to repeal the ferry tax before the summer.",
     "to repeal the ferry tax before the summer", "speech-act-complement"),
    ('The mayor described the repairs as "cosmetic at best."',
     "cosmetic at best", "naming-object"),
]


@pytest.mark.parametrize(("text", "words", "rule"), RULES)
def test_record_names_its_rule(extracted, pick, text, words, rule):
    rec = pick(extracted(text), words)
    assert rec.rule == rule


def test_rule_is_kept_through_json(extracted):
    rec = extracted('"The ferry will run all winter," the harbour master said.')[0]
    d = rec.to_dict()
    assert d["rule"] == "cue-after-direct"
    assert Attribution.from_dict(d).rule == "cue-after-direct"


def test_record_without_rule_writes_no_rule_key(extracted):
    rec = extracted('"The ferry will run all winter," the harbour master said.')[0]
    rec.rule = None
    assert "rule" not in rec.to_dict()
