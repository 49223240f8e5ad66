"""CSV export: sortable columns, every record with its status, formula-safe cells."""

from __future__ import annotations

import csv
import io

import pytest

from quotes.export import FORMATS
from quotes.export.spreadsheet import COLUMNS, safe_cell, write_csv

RIVER = "Our river is cleaner than it has been in fifty years"
TREES = "We will plant 🌳 trees along every 𝔰𝔱𝔯𝔢𝔢𝔱 by spring,"


def rows_of(records, **kw) -> tuple[int, list[str], list[dict[str, str]]]:
    out = io.StringIO(newline="")
    n = write_csv(records, out, **kw)
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    return n, list(reader.fieldnames or []), list(reader)


def test_header_starts_with_the_columns_fact_checkers_sort_by(make, article):
    _, header, _ = rows_of([make(article, RIVER)])
    assert header[:7] == ["speaker", "type", "stance", "hedges", "quote", "article", "status"]
    assert header == list(COLUMNS)


def test_one_row_per_record_with_status_and_joined_hedges(make, article):
    recs = [
        make(
            article,
            RIVER,
            stance="hedged",
            hedges=[("reported", "reportedly"), ("speculative", "disputes")],
            ids={"wikidata": "Q99"},
            review={"status": "accepted", "reviewer": "jo", "note": "checked audio"},
        ),
        make(article, TREES, review={"status": "rejected"}),
        make(article, "The water board"),
    ]
    n, _, rows = rows_of(recs)
    assert n == 3 == len(rows)
    first = rows[0]
    assert first["speaker"] == "Ana Kovač" and first["type"] == "direct"
    assert first["hedges"] == "reportedly (reported); disputes (speculative)"
    assert first["article"] == "Brightwater mayor hails cleaner river"
    assert first["status"] == "accepted" and first["reviewer"] == "jo"
    assert first["note"] == "checked audio" and first["wikidata"] == "Q99"
    assert first["quote"] == RIVER
    assert [r["status"] for r in rows] == ["accepted", "rejected", "unreviewed"]


def test_characters_outside_the_bmp_and_newlines_round_trip(make):
    text = '"Line one 🌳\nline two 𝔰𝔱," she said.'
    quote = "Line one 🌳\nline two 𝔰𝔱,"
    _, _, [row] = rows_of([make(text, quote, url=None, published=None, title_doc=None)])
    assert row["quote"] == quote
    assert row["article"] == "brightwater"  # no title or URL: the document id
    assert row["article_url"] == "" and row["published"] == ""
    assert int(row["end"]) - int(row["start"]) == len(quote)


@pytest.mark.parametrize("evil", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx"])
def test_cells_that_a_spreadsheet_would_run_get_an_apostrophe(make, evil):
    text = f'"{evil} is fine," {evil} said.'
    rec = make(text, evil, speaker=evil, title=f"{evil} Director")
    _, _, [row] = rows_of([rec])
    assert row["quote"] == row["speaker"] == "'" + evil
    assert row["speaker_title"].endswith(" Director")
    assert not row["speaker_title"].startswith(("=", "+", "-", "@", "\t"))
    assert row["start"].isdigit()


def test_plain_and_numeric_cells_are_unchanged():
    assert safe_cell("Prices fell") == "Prices fell"
    assert safe_cell(12) == 12 and safe_cell(0.5) == 0.5
    assert safe_cell("a=b") == "a=b"


def test_registered_in_formats_and_ignores_include_all(make, article):
    recs = [make(article, RIVER, review={"status": "rejected"})]
    out = io.StringIO(newline="")
    assert FORMATS["csv"](recs, out, include_all=False, texts={}) == 1
