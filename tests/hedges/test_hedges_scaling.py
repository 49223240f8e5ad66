"""Tagging stays linear in the document's length (sentences and records indexed once)."""

from __future__ import annotations

import time

import pytest

PARAGRAPH = (
    "The mayor reportedly said that the bridge would close. "
    "Sources said the merger was close to collapse. "
    "Workers gathered amid rumors that the mill will close before winter.\n"
    '"We may need more time," the engineer said, as reported by the Dock News.\n'
)


def _tag_time(nlp, paragraphs: int) -> float:
    from quotes.hedges import tag_hedges
    from quotes.lexicon import load_lexicon

    doc = nlp(PARAGRAPH * paragraphs)
    records = list(doc._.attributions)
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        tag_hedges(doc, records, load_lexicon())
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.slow
def test_tagging_time_grows_linearly(nlp):
    small = _tag_time(nlp, 25)
    large = _tag_time(nlp, 200)
    # 8x the text: linear is ~8x; quadratic would be ~64x. Leave room for noise.
    assert large < small * 20
