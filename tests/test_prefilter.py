"""The prefilter lets the parser skip only text that cannot hold an attribution."""

from __future__ import annotations

import pytest

from quotes.prefilter import (
    cue_words,
    inflections,
    masked_text,
    may_attribute,
    paragraphs_to_parse,
)


@pytest.mark.parametrize(
    "text",
    [
        "The river rose two metres overnight and the road to the mill was closed.",
        "Ukraine's harbour is busy; it's the ferries' busiest week.",  # apostrophes only
        "Final score: 3-1. Attendance 12,400.",
    ],
)
def test_text_without_marks_or_cues_can_be_skipped(text):
    assert not may_attribute(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the road would reopen.",
        "Engineers warned of more flooding.",
        "Repairs will take a week, according to the council.",
        "“Not yet,” came the reply.",
        "The sign read 'Closed until spring'.",
        "The council DENIED any delay.",
        "In a statement, the port gave no date.",
    ],
)
def test_text_with_a_mark_or_cue_is_parsed(text):
    assert may_attribute(text)


def test_inflections_cover_regular_and_irregular_forms():
    assert {"denies", "denied", "denying"} <= inflections("deny")
    assert {"argued", "argues", "arguing"} <= inflections("argue")
    assert "said" in inflections("say") and "told" in inflections("tell")
    assert {"said", "says", "according", "statement"} <= cue_words()


ARTICLE = (
    "Flood waters closed the valley road on Tuesday.\n\n"
    "Trucks queued for hours near the old mill.\n\n"
    '"We have never seen the river this high," Mayor Lena Brandt said.\n\n'
    "The bridge stayed open to buses.\n\n"
    "Engineers expect the water to fall by Friday, the council announced.\n"
)


def test_kept_paragraphs_are_exact_spans():
    kept = paragraphs_to_parse(ARTICLE)
    assert [ARTICLE[s:e][:10] for s, e in kept] == ['"We have n', "Engineers "]


def test_every_record_lies_in_a_kept_paragraph(run):
    records = run(ARTICLE)
    assert records
    kept = paragraphs_to_parse(ARTICLE)
    for rec in records:
        assert any(s <= rec.quote.start and rec.quote.end <= e for s, e in kept), rec.quote


def test_masked_text_keeps_offsets_and_kept_paragraphs():
    masked = masked_text(ARTICLE)
    assert len(masked) == len(ARTICLE)
    assert masked.count("\n") == ARTICLE.count("\n")
    for s, e in paragraphs_to_parse(ARTICLE):
        assert masked[s:e] == ARTICLE[s:e]
    assert "Trucks" not in masked and "valley" not in masked


def test_masking_loses_no_record(run):
    full = [(r.quote.start, r.quote.end, r.speaker.name if r.speaker else None)
            for r in run(ARTICLE)]
    masked = [(r.quote.start, r.quote.end, r.speaker.name if r.speaker else None)
              for r in run(masked_text(ARTICLE))]
    assert masked == full


def test_hearsay_and_speaker_labels_are_kept_for_the_parser():
    from quotes.prefilter import may_attribute

    assert may_attribute("The harbour master has reportedly resigned over the delays.")
    assert may_attribute("Solberg: Ferries Will Run All Winter")
    assert not may_attribute("The harbour was closed for repairs until May.")
