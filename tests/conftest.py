"""Shared fixtures: the spaCy pipeline loads once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from quotes.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def run(nlp):
    """Extract records from a text with the shared pipeline."""
    from quotes.api import extract

    def _run(text: str, **kwargs):
        return extract(text, nlp=nlp, **kwargs)

    return _run


# Helpers shared by the detection and speaker tests: run the pipeline, check every
# record's contract, pick one record by its words.
QUOTE_CHARS = "\"'“”‘’«»„‚‹›"


def core(text: str) -> str:
    """A quote without its marks, outer spaces and final comma or full stop.

    Whether a span keeps the comma before a closing mark is a convention, not a
    finding a reader notices; the words are what the tests compare.
    """
    prev = None
    while prev != text:
        prev = text
        text = text.strip().strip(QUOTE_CHARS).rstrip(",.;:")
    return " ".join(text.split())


def check_contract(text: str, records) -> None:
    """Every span indexes the text as given, and every record validates."""
    from quotes.records import record_problems

    for rec in records:
        assert text[rec.quote.start : rec.quote.end] == rec.quote.text, rec.quote
        if rec.cue is not None:
            assert text[rec.cue.start : rec.cue.end] == rec.cue.text, rec.cue
        if rec.speaker is not None:
            spans = [rec.speaker.mention, rec.speaker.antecedent]
            spans += [member.mention for member in rec.speaker.members]
            for m in spans:
                if m is not None:
                    assert text[m.start : m.end] == m.text, m
        assert record_problems(rec.to_dict()) == []


@pytest.fixture(scope="session")
def extracted(run):
    """``extracted(text)``: the records of ``text``, after checking their contract."""

    def _go(text: str, **kwargs):
        records = run(text, **kwargs)
        check_contract(text, records)
        return records

    return _go


@pytest.fixture(scope="session")
def pick():
    """``pick(records, quote)``: the one record whose quote is ``quote`` (compared by words)."""

    def _pick(records, quote: str):
        want = core(quote)
        hits = [r for r in records if core(r.quote.text) == want]
        assert len(hits) == 1, f"want one record quoting {want!r}, got {describe(records)}"
        return hits[0]

    return _pick


def describe(records) -> list[tuple]:
    """What a reader sees of each record, for assertion messages."""
    return [
        (
            r.type,
            r.quote.text,
            r.cue.lemma if r.cue else None,
            r.speaker.name if r.speaker else None,
        )
        for r in records
    ]
