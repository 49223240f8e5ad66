"""Helpers for the hedge tests: find the record whose quote holds some words."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def record_for(run):
    """``record_for(text, words)``: the one record of ``text`` whose quote contains ``words``."""

    def _find(text: str, words: str, **kwargs):
        records = run(text, **kwargs)
        hits = [r for r in records if words in r.quote.text]
        assert hits, f"no record holds {words!r}: {[r.quote.text for r in records]}"
        for rec in records:
            for h in rec.hedges:
                assert text[h.start : h.end] == h.text, h
        return hits[0]

    return _find
